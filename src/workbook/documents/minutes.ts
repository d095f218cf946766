/**
 * The Berita Acara Hasil Penilaian, of one stage or of the final result:
 * letterhead, title and number, the opening sentence with the date in words,
 * the jury, what was assessed (and the categories not run), the method in
 * words, the results per category, manual adjustments and the plenary's
 * decisions, jurors who did not score, the fingerprint, the closing sentence
 * and the signatures of every juror and of the acknowledging official.
 */
import { dateInWords } from '../../core/dateWords';
import { conflictTest } from '../../core/conflicts';
import type { Adjustment, Stage } from '../../core/model';
import type { RankedEntry } from '../../core/result';
import { stageStandings, type StageStanding } from '../../core/stageResults';
import { fill, formatNumber, formatScore } from '../../i18n';
import { outputMessages } from '../../i18n/output';
import { methodText, tieBreakSummary } from '../rankingSheet';
import type { RenderedSheet } from '../render';
import {
  documentSheetName,
  fingerprintLine,
  footer,
  jurorsOf,
  letterhead,
  orBlank,
  placeAndDate,
  roleText,
  signatureBlock,
  statusNote,
  t,
  type DocumentContext,
  withdrew,
} from './common';
import { paperGrid, type PaperGrid } from './paper';
import type { PlenaryDecision } from './plenary';

/** No | Name or title | Role or agency | NIP or score | Agency or advances */
const WIDTHS = [58, 215, 125, 138, 110];
const HEADER_BG = '#e8eaed';
const TITLE_BG = '#d2e3fc';

interface Row {
  place: number | null;
  tie: boolean;
  title: string;
  agency: string;
  score: number | null;
  advances: boolean;
}

function opening(ctx: DocumentContext, stage: Stage | null): string {
  const w = dateInWords(ctx.date, ctx.lang);
  const what =
    stage === null
      ? t(ctx, 'minutes.what.final', { stages: ctx.c.stages.map((s) => s.name).join(', ') })
      : t(ctx, 'minutes.what.stage', { stage: stage.name });
  return t(ctx, 'minutes.opening', {
    weekday: w.weekday,
    day: w.day,
    month: w.month,
    year: w.year,
    place: orBlank(ctx, ctx.settings.place),
    competition: `${ctx.c.name} ${ctx.c.year}`,
    what,
  });
}

function jury(g: PaperGrid, ctx: DocumentContext, stage: Stage | null): void {
  g.paragraph(t(ctx, 'minutes.jury'), { bold: true });
  g.row([t(ctx, 'col.no'), t(ctx, 'col.name'), t(ctx, 'col.role'), t(ctx, 'col.nip'), t(ctx, 'col.agency')], {
    bold: true,
    background: HEADER_BG,
  });
  jurorsOf(ctx, stage).forEach((j, i) =>
    g.row([i + 1, j.name, roleText(j, ctx.lang), j.nip ?? '', j.agency], { textCols: [1, 2, 3, 4] }),
  );
}

function assessed(g: PaperGrid, ctx: DocumentContext, counts: { name: string; count: number }[]): void {
  g.paragraph(t(ctx, 'minutes.assessed'), { bold: true });
  for (const k of counts)
    g.paragraph(t(ctx, 'minutes.assessed.category', { category: k.name, count: k.count }));
  for (const d of ctx.result.dropped) {
    const category = ctx.c.categories.find((k) => k.id === d.categoryId);
    const target = ctx.c.categories.find((k) => k.id === d.movedTo)?.name ?? d.movedTo;
    g.paragraph(
      t(ctx, d.movedTo ? 'minutes.assessed.dropped' : 'minutes.assessed.droppedAwaiting', {
        category: category?.name ?? d.categoryId,
        count: d.entries,
        min: category?.minEntries ?? 0,
        target,
      }),
    );
  }
  for (const e of ctx.c.entries.filter((x) => x.excludedReason !== ''))
    g.paragraph(
      t(ctx, 'minutes.assessed.excluded', { title: e.title, agency: e.agency, reason: e.excludedReason }),
    );
}

function ruleText(ctx: DocumentContext, stage: Stage): string {
  const rule = stage.entry;
  if (rule.kind === 'topN') return t(ctx, 'minutes.rule.topN', { n: rule.n });
  if (rule.kind === 'passing')
    return t(ctx, 'minutes.rule.passing', { grade: formatNumber(rule.grade, ctx.lang) });
  return t(ctx, 'minutes.rule.all');
}

function method(g: PaperGrid, ctx: DocumentContext, stage: Stage | null): void {
  const o = outputMessages[ctx.lang];
  g.paragraph(t(ctx, 'minutes.method'), { bold: true });
  g.paragraph(t(ctx, 'minutes.method.score', { method: o[`method.${ctx.c.settings.method}`] }));
  for (const s of ctx.c.stages.filter((x) => stage === null || x.id === stage.id)) {
    const criteria = ctx.c.criteria
      .filter((k) => k.stageId === s.id)
      .map((k) => `${k.name} ${formatNumber(k.weight, ctx.lang)} %`)
      .join('; ');
    g.paragraph(t(ctx, 'minutes.method.stage', { stage: s.name, criteria }));
  }
  if (stage === null) {
    g.paragraph(t(ctx, 'minutes.method.final', { final: methodText(ctx.c, ctx.result, ctx.lang) }));
    g.paragraph(t(ctx, 'minutes.method.tieBreaks', { tieBreaks: tieBreakSummary(ctx.c, ctx.lang) }));
    const advance = ctx.c.settings;
    const parts: string[] = [];
    if (advance.advanceTopN !== null) parts.push(fill(o['ranking.advance.topN'], { n: advance.advanceTopN }));
    if (advance.passingGrade !== null)
      parts.push(fill(o['ranking.advance.grade'], { grade: formatNumber(advance.passingGrade, ctx.lang) }));
    g.paragraph(
      t(ctx, 'minutes.method.advance', {
        advance: parts.length > 0 ? parts.join(o['ranking.advance.and']) : o['ranking.advance.none'],
      }),
    );
    return;
  }
  const next = ctx.c.stages[ctx.c.stages.findIndex((s) => s.id === stage.id) + 1];
  if (next) g.paragraph(t(ctx, 'minutes.method.next', { next: next.name, rule: ruleText(ctx, next) }));
}

function results(g: PaperGrid, ctx: DocumentContext, categories: { name: string; rows: Row[] }[]): void {
  categories.forEach((k, i) => {
    g.keep(() => {
      // The section's heading stays with its first table.
      if (i === 0) g.paragraph(t(ctx, 'minutes.results'), { bold: true });
      g.paragraph(t(ctx, 'minutes.results.category', { category: k.name }), {
        bold: true,
        background: TITLE_BG,
      });
      g.row(
        [
          t(ctx, 'col.place'),
          t(ctx, 'col.title'),
          t(ctx, 'col.agency'),
          t(ctx, 'col.score'),
          t(ctx, 'col.advances'),
        ],
        { bold: true, background: HEADER_BG },
      );
      for (const r of k.rows) {
        g.row(
          [
            r.place === null ? '' : r.tie ? t(ctx, 'tie', { place: r.place }) : r.place,
            r.title,
            r.agency,
            r.score === null ? '' : formatScore(r.score, ctx.lang),
            r.advances ? t(ctx, 'yes') : t(ctx, 'no'),
          ],
          { textCols: [1, 2, 3], background: r.advances ? '#e6f4ea' : null },
        );
      }
    });
  });
}

function adjustmentText(ctx: DocumentContext, a: Adjustment, from: number | null): string {
  const o = outputMessages[ctx.lang];
  if (a.kind === 'move')
    return fill(o['adjust.move'], { place: a.toPlace, from: from ?? '–', reason: a.reason });
  if (a.kind === 'exclude') return fill(o['adjust.exclude'], { reason: a.reason });
  return fill(a.advances ? o['adjust.advance'] : o['adjust.noAdvance'], { reason: a.reason });
}

function adjustments(
  g: PaperGrid,
  ctx: DocumentContext,
  decisions: PlenaryDecision[],
  plenarySheet: string,
): void {
  g.paragraph(t(ctx, 'minutes.adjustments'), { bold: true });
  const adjusted: RankedEntry[] = ctx.result.categories.flatMap((k) =>
    k.entries.filter((e) => e.adjustments.length > 0),
  );
  if (adjusted.length === 0) g.paragraph(t(ctx, 'minutes.adjustments.none'));
  for (const e of adjusted)
    for (const a of e.adjustments) g.paragraph(`${e.title}: ${adjustmentText(ctx, a, e.computedPlace)}.`);
  if (decisions.length === 0) return;
  g.paragraph(t(ctx, 'minutes.plenary', { sheet: plenarySheet }));
  for (const d of decisions)
    g.paragraph(
      t(ctx, 'minutes.plenary.line', {
        title: d.title,
        decision: d.decisionText,
        reason: d.reason,
        recorded: t(ctx, d.recorded ? 'minutes.plenary.recorded' : 'minutes.plenary.pending'),
      }),
    );
}

function absent(g: PaperGrid, ctx: DocumentContext, stage: Stage | null): void {
  g.paragraph(t(ctx, 'minutes.absent'), { bold: true });
  const lines: string[] = [];
  const entry = new Map(ctx.c.entries.map((e) => [e.id, e]));
  const conflict = conflictTest(ctx.c);
  for (const run of ctx.runs.filter((r) => stage === null || r.stage.id === stage.id)) {
    for (const j of jurorsOf(ctx, run.stage)) {
      for (const id of run.entrants) {
        const e = entry.get(id);
        if (!e) continue;
        const kind = conflict(j, e);
        const reasonGiven = withdrew(ctx, run.stage.id, j.id, id);
        if (kind === 'agency')
          lines.push(t(ctx, 'minutes.absent.recused', { juror: j.name, title: e.title, agency: e.agency }));
        else if (kind === 'declared') {
          const reason = ctx.c.conflicts.find((x) => x.jurorId === j.id && x.entryId === id)?.reason ?? '';
          lines.push(t(ctx, 'minutes.absent.declared', { juror: j.name, title: e.title, reason }));
        } else if (reasonGiven !== null)
          lines.push(
            t(ctx, 'minutes.absent.withdrew', { juror: j.name, title: e.title, reason: reasonGiven }),
          );
        else if (
          (run.assignment[j.id] ?? []).includes(id) &&
          !(run.totals.byJuror.get(j.id) ?? []).some((x) => x.entryId === id)
        )
          lines.push(t(ctx, 'minutes.absent.missing', { juror: j.name, title: e.title }));
      }
    }
  }
  if (lines.length === 0) g.paragraph(t(ctx, 'minutes.absent.none'));
  for (const line of new Set(lines)) g.paragraph(line);
}

function signatures(g: PaperGrid, ctx: DocumentContext, stage: Stage | null): void {
  g.keep(() => {
    g.blank();
    placeAndDate(g, ctx);
    g.paragraph(t(ctx, 'minutes.signatures'), { bold: true });
    g.row([t(ctx, 'col.no'), t(ctx, 'col.name'), t(ctx, 'col.role'), t(ctx, 'col.signature')], {
      bold: true,
      background: HEADER_BG,
    });
    jurorsOf(ctx, stage).forEach((j, i) => {
      const name = j.nip ? `${j.name}\n${t(ctx, 'nip', { nip: j.nip })}` : j.name;
      g.row([i + 1, name, roleText(j, ctx.lang), `${i + 1}. ${t(ctx, 'blank')}`], {
        textCols: [1, 2, 3],
        minHeight: 38,
      });
    });
    g.blank();
    const s = ctx.settings;
    signatureBlock(
      g,
      ctx,
      `${t(ctx, 'minutes.acknowledged')}\n${orBlank(ctx, s.approverTitle)}`,
      s.approverName,
      s.approverNip,
      'approverNip',
    );
  });
}

function stageRows(list: StageStanding[]): Row[] {
  return list.map((e) => ({ ...e }));
}

export function renderMinutes(
  ctx: DocumentContext,
  stage: Stage | null,
  number: string,
  decisions: PlenaryDecision[],
  plenarySheet: string,
): RenderedSheet {
  const name = documentSheetName(stage === null ? 'final' : 'minutes', stage, ctx.lang);
  const g = paperGrid(WIDTHS, ctx.settings.paper);
  letterhead(g, ctx);
  const title = t(ctx, 'minutes.title');
  g.paragraph(title, { bold: true, center: true });
  g.paragraph(
    stage === null ? t(ctx, 'minutes.final') : t(ctx, 'minutes.stage', { stage: stage.name.toUpperCase() }),
    {
      bold: true,
      center: true,
    },
  );
  g.paragraph(t(ctx, 'minutes.competition', { name: ctx.c.name.toUpperCase(), year: ctx.c.year }), {
    bold: true,
    center: true,
  });
  g.paragraph(t(ctx, 'number', { number: orBlank(ctx, number) }), { center: true });
  g.blank();
  statusNote(g, ctx);
  g.paragraph(opening(ctx, stage));
  g.blank();
  jury(g, ctx, stage);
  g.blank();
  const index = stage === null ? -1 : ctx.c.stages.findIndex((s) => s.id === stage.id);
  const categories =
    stage === null
      ? ctx.result.categories.map((k) => ({
          name: k.name,
          rows: k.entries.map((e) => ({
            place: e.place,
            tie: e.tie,
            title: e.title,
            agency: e.agency,
            score: e.finalScore,
            advances: e.advances,
          })),
        }))
      : stageStandings(ctx.c, ctx.result, ctx.runs, index).map((k) => ({
          name: k.name,
          rows: stageRows(k.entries),
        }));
  assessed(
    g,
    ctx,
    categories.map((k) => ({ name: k.name, count: k.rows.length })),
  );
  g.blank();
  method(g, ctx, stage);
  g.blank();
  results(g, ctx, categories);
  g.blank();
  adjustments(g, ctx, decisions, plenarySheet);
  g.blank();
  absent(g, ctx, stage);
  g.blank();
  fingerprintLine(g, ctx);
  g.paragraph(t(ctx, 'minutes.closing'));
  signatures(g, ctx, stage);
  return g.build(name, footer(ctx, name));
}
