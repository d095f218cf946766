/**
 * The Rekapitulasi Nilai of a stage: every entrant with each juror's total,
 * how many jurors scored it, its stage score and its place in its category,
 * signed by the chair of the jury. The header row repeats on every page.
 */
import { roleOf } from '../../core/documentSettings';
import type { Stage } from '../../core/model';
import { stageStandings } from '../../core/stageResults';
import { formatScore } from '../../i18n';
import { outputMessages } from '../../i18n/output';
import type { CellValue } from '../port';
import type { RenderedSheet } from '../render';
import {
  documentSheetName,
  fingerprintLine,
  footer,
  jurorsOf,
  letterhead,
  placeAndDate,
  signatureBlock,
  stageHeading,
  t,
  type DocumentContext,
} from './common';
import { paperGrid } from './paper';

export function renderRecapitulation(ctx: DocumentContext, stage: Stage): RenderedSheet {
  const name = documentSheetName('recap', stage, ctx.lang);
  const index = ctx.c.stages.findIndex((s) => s.id === stage.id);
  const run = ctx.runs[index];
  const jurors = jurorsOf(ctx, stage);
  // The jurors' columns share what the page leaves: narrower as the jury grows, never below 44 pixels.
  const jurorWidth = Math.max(44, Math.min(72, Math.floor(290 / Math.max(1, jurors.length))));
  const widths = [28, 100, 165, ...jurors.map(() => jurorWidth), 52, 56, 64];
  const g = paperGrid(widths, ctx.settings.paper);
  letterhead(g, ctx);
  const title = t(ctx, 'recap.title');
  stageHeading(g, ctx, title, stage);
  g.paragraph(
    t(ctx, 'recap.method', { method: outputMessages[ctx.lang][`method.${ctx.c.settings.method}`] }),
  );
  g.blank();
  g.row(
    [
      t(ctx, 'col.no'),
      t(ctx, 'col.category'),
      t(ctx, 'col.title'),
      ...jurors.map((j) => j.name),
      t(ctx, 'col.jurors'),
      t(ctx, 'col.stageScore'),
      t(ctx, 'col.place'),
    ],
    { bold: true, background: '#e8eaed' },
  );
  g.repeatLastRow();
  let n = 0;
  const score = (v: number | null): CellValue => (v === null ? '' : formatScore(v, ctx.lang));
  for (const k of stageStandings(ctx.c, ctx.result, ctx.runs, index)) {
    for (const e of k.entries) {
      n += 1;
      const totals = run.totals.byEntry.get(e.entryId) ?? [];
      g.row(
        [
          n,
          k.name,
          e.title,
          ...jurors.map((j) => score(totals.find((x) => x.jurorId === j.id)?.total ?? null)),
          e.jurors,
          score(e.score),
          e.place === null ? '' : e.tie ? t(ctx, 'tie', { place: e.place }) : e.place,
        ],
        { textCols: [1, 2] },
      );
    }
  }
  g.blank();
  fingerprintLine(g, ctx);
  const chair = ctx.c.jurors.find((j) => roleOf(j) === 'chair');
  g.keep(() => {
    g.blank();
    placeAndDate(g, ctx);
    signatureBlock(g, ctx, t(ctx, 'recap.signedBy'), chair?.name ?? '', chair?.nip ?? '');
  });
  return g.build(name, footer(ctx, name));
}
