/**
 * The Lembar Penilaian of a stage: one page per juror with the juror's own
 * scores per criterion as typed, the weights, the weighted total, the notes,
 * and the juror's signature. An entry of the juror's own agency is shown as
 * not scored, with the reason.
 */
import { conflictTest } from '../../core/conflicts';
import type { Stage } from '../../core/model';
import { formatNumber, formatScore } from '../../i18n';
import type { CellValue } from '../port';
import type { RenderedSheet } from '../render';
import {
  documentSheetName,
  fingerprintLine,
  footer,
  jurorsOf,
  letterhead,
  placeAndDate,
  roleText,
  signatureBlock,
  statusNote,
  t,
  type DocumentContext,
  withdrew,
} from './common';
import { paperGrid } from './paper';

export function renderScoreSheets(ctx: DocumentContext, stage: Stage): RenderedSheet {
  const name = documentSheetName('scoreSheets', stage, ctx.lang);
  const index = ctx.c.stages.findIndex((s) => s.id === stage.id);
  const run = ctx.runs[index];
  const criteria = ctx.c.criteria.filter((k) => k.stageId === stage.id);
  const critWidth = Math.max(44, Math.min(80, Math.floor(300 / Math.max(1, criteria.length))));
  const widths = [28, 180, ...criteria.map(() => critWidth), 72, 140];
  const g = paperGrid(widths, ctx.settings.paper);
  const entry = new Map(ctx.c.entries.map((e) => [e.id, e]));
  const jurors = jurorsOf(ctx, stage);
  const conflict = conflictTest(ctx.c);
  jurors.forEach((j, i) => {
    if (i > 0) g.newPage();
    letterhead(g, ctx);
    g.paragraph(t(ctx, 'scoreSheet.title'), { bold: true, center: true });
    g.paragraph(t(ctx, 'scoreSheet.competition', { name: ctx.c.name, year: ctx.c.year }));
    g.paragraph(t(ctx, 'scoreSheet.stage', { stage: stage.name }));
    g.paragraph(t(ctx, 'scoreSheet.juror', { name: j.name, role: roleText(j, ctx.lang) }), { bold: true });
    statusNote(g, ctx);
    g.blank();
    g.row(
      [
        t(ctx, 'col.no'),
        t(ctx, 'col.title'),
        ...criteria.map((k) =>
          t(ctx, 'col.criterion', { name: k.name, weight: formatNumber(k.weight, ctx.lang) }),
        ),
        t(ctx, 'col.weighted'),
        t(ctx, 'col.notes'),
      ],
      { bold: true, background: '#e8eaed' },
    );
    const sheet = ctx.sheets.find((s) => s.stageId === stage.id && s.jurorId === j.id);
    const assigned = run.assignment[j.id] ?? [];
    const recused = run.entrants.filter(
      (id) => !assigned.includes(id) && conflict(j, entry.get(id)) !== null,
    );
    // Rows the juror withdrew from in their tab are listed too, with the reason.
    const ids = run.entrants.filter(
      (id) => assigned.includes(id) || recused.includes(id) || withdrew(ctx, stage.id, j.id, id) !== null,
    );
    if (ids.length === 0) g.paragraph(t(ctx, 'scoreSheet.none'));
    ids.forEach((id, n) => {
      const e = entry.get(id);
      const total = (run.totals.byJuror.get(j.id) ?? []).find((x) => x.entryId === id)?.total ?? null;
      const row = sheet?.rows.find((r) => r.entryId === id);
      const scores: CellValue[] = criteria.map((k) => {
        const v = row?.scores[k.id] ?? null;
        return total === null ? null : typeof v === 'number' ? v : v === null ? null : String(v);
      });
      const note = recused.includes(id)
        ? t(ctx, conflict(j, e) === 'declared' ? 'scoreSheet.declared' : 'scoreSheet.recused')
        : row?.recused
          ? t(ctx, 'scoreSheet.withdrew', { reason: withdrew(ctx, stage.id, j.id, id) ?? '' })
          : total === null
            ? t(ctx, 'scoreSheet.missing')
            : (row?.notes ?? '');
      g.row([n + 1, e?.title ?? id, ...scores, total === null ? '' : formatScore(total, ctx.lang), note], {
        textCols: [1, criteria.length + 2, criteria.length + 3],
      });
    });
    g.paragraph(t(ctx, 'scoreSheet.method'));
    g.keep(() => {
      g.blank();
      placeAndDate(g, ctx);
      signatureBlock(g, ctx, t(ctx, 'scoreSheet.signedBy'), j.name, j.nip ?? '');
    });
  });
  g.blank();
  fingerprintLine(g, ctx);
  return g.build(name, footer(ctx, name));
}
