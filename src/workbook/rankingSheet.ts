/**
 * The Ranking sheet: a header that says how the ranking was made (time,
 * method, tie-breaks, advancement, fingerprint of the inputs, completeness),
 * then one block per category, then the categories that were not run.
 */
import type { Competition, Lang, Text } from '../core/model';
import { roundDecimal } from '../core/numbers';
import type { CategoryRanking, RankedEntry, RankingResult } from '../core/result';
import { fill, formatNumber, pick } from '../i18n';
import { outputMessages } from '../i18n/output';
import { setupMessages } from '../i18n/setup';
import { quotasFor } from '../core/validateQuotas';
import { sheetMessages } from '../i18n/sheets';
import type { CellValue, SheetSnapshot } from './port';
import { grid } from './grid';
import type { RenderedSheet } from './render';

export interface RankingMeta {
  /** Local date and time, as text. */
  computedAt: string;
  fingerprint: string;
}

const HEADER_BG = '#e8eaed';
const TITLE_BG = '#d2e3fc';

export function rankingSheetName(lang: Lang): string {
  return outputMessages[lang]['ranking.sheet'];
}

export function recapSheetName(lang: Lang): string {
  return outputMessages[lang]['recap.sheet'];
}

/** Every name the Ranking sheet may have (the spreadsheet's language may have changed). */
export const RANKING_NAMES = [outputMessages.id['ranking.sheet'], outputMessages.en['ranking.sheet']];
export const RECAP_NAMES = [outputMessages.id['recap.sheet'], outputMessages.en['recap.sheet']];

/** W and alpha of a category, stage by stage, with the reason next to any that is not given. */
function agreementText(c: Competition, category: CategoryRanking, lang: Lang): string {
  const value = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, 3));
  return category.agreement
    .map((a) => {
      const stage = c.stages.find((s) => s.id === a.stageId)?.name ?? a.stageId;
      const notes = [a.note, a.alpha.note].filter((n): n is Text => n !== null).map((n) => pick(n, lang));
      const said = `${stage}: W ${value(a.kendallW)}, α ${value(a.alpha.value)}`;
      return notes.length > 0 ? `${said} (${notes.join(' ')})` : said;
    })
    .join('; ');
}

/** The method and how stages combine, then why the method was not applied in a stage (the sidebar's line). */
export function methodText(c: Competition, result: RankingResult, lang: Lang): string {
  const notes = result.method.stages.filter((s) => s.note).map((s) => pick(s.note!, lang));
  return [methodLine(c, lang), ...notes].join(' ');
}

/** The method and how stages combine; on the sheet, a fallback of the method has a line of its own. */
function methodLine(c: Competition, lang: Lang): string {
  const t = outputMessages[lang];
  const method = t[`method.${c.settings.method}`];
  const stages = c.stages.map((s) => `${s.name} ${formatNumber(s.weight, lang)} %`).join(', ');
  const last = c.stages[c.stages.length - 1]?.name ?? '';
  const final =
    c.settings.finalScore === 'weighted'
      ? fill(t['ranking.finalScore.weighted'], { stages })
      : fill(t['ranking.finalScore.last'], { stage: last });
  return `${method}; ${final}`;
}

export function tieBreakSummary(c: Competition, lang: Lang): string {
  const t = outputMessages[lang];
  if (c.settings.tieBreaks.length === 0) return t['ranking.tieBreaks.none'];
  return c.settings.tieBreaks
    .map((rule, i) => {
      const stage = c.stages.find((s) => s.id === rule.stageId)?.name ?? rule.stageId;
      if (rule.kind === 'stage') return `${i + 1}. ${stage}`;
      const criterion =
        c.criteria.find((k) => k.id === rule.criterionId && k.stageId === rule.stageId)?.name ??
        rule.criterionId;
      return `${i + 1}. ${criterion} (${stage})`;
    })
    .join('; ');
}

const QUOTA_WORD = { category: 'quotaByCategory', group: 'quotaByGroup', region: 'quotaByRegion' } as const;

function advanceSummary(c: Competition, lang: Lang): string {
  const t = outputMessages[lang];
  const parts: string[] = [];
  if (c.settings.advanceTopN !== null)
    parts.push(fill(t['ranking.advance.topN'], { n: c.settings.advanceTopN }));
  const overall = c.settings.advanceOverallN ?? null;
  if (overall !== null) {
    const column = quotasFor(c, '')[0]?.column ?? 'category';
    const word = setupMessages[lang][QUOTA_WORD[column]];
    parts.push(fill(t['ranking.advance.overall'], { n: overall, column: word }));
  }
  if (c.settings.passingGrade !== null)
    parts.push(fill(t['ranking.advance.grade'], { grade: formatNumber(c.settings.passingGrade, lang) }));
  return parts.length > 0 ? parts.join(t['ranking.advance.and']) : t['ranking.advance.none'];
}

function adjustmentText(entry: RankedEntry, lang: Lang): string {
  const t = outputMessages[lang];
  return entry.adjustments
    .map((a) => {
      if (a.kind === 'move')
        return fill(t['adjust.move'], {
          place: a.toPlace,
          from: entry.computedPlace ?? '–',
          reason: a.reason,
        });
      if (a.kind === 'exclude') return fill(t['adjust.exclude'], { reason: a.reason });
      return fill(a.advances ? t['adjust.advance'] : t['adjust.noAdvance'], { reason: a.reason });
    })
    .join('; ');
}

function remarks(entry: RankedEntry, c: Competition, lang: Lang): string {
  const t = outputMessages[lang];
  const out: string[] = [];
  if (entry.excludedReason) out.push(fill(t['remark.excluded'], { reason: entry.excludedReason }));
  const lastStage = c.stages[c.stages.length - 1]?.id ?? '';
  if (entry.lastStageId && entry.lastStageId !== lastStage) {
    out.push(
      fill(t['remark.stoppedAt'], {
        stage: c.stages.find((s) => s.id === entry.lastStageId)?.name ?? entry.lastStageId,
      }),
    );
  }
  if (entry.incomplete) out.push(t['remark.incomplete']);
  return out.join('; ');
}

/** A score as the sheet shows it: a number rounded to 2 decimals (the Recap keeps every juror's total). */
export function round2(n: number | null): CellValue {
  return n === null ? null : roundDecimal(n, 2);
}

export function renderRanking(
  c: Competition,
  result: RankingResult,
  meta: RankingMeta,
  lang: Lang,
  name: string,
): RenderedSheet {
  const t = outputMessages[lang];
  const g = grid();
  g.add([fill(t['ranking.title'], { name: c.name, year: c.year })], {
    bold: true,
    background: TITLE_BG,
    textCols: [0],
  });
  g.add([t['ranking.computedAt'], meta.computedAt], { textCols: [1] });
  g.add([t['ranking.method'], methodLine(c, lang)], { textCols: [1] });
  if (c.settings.method === 'zscore')
    g.add(['', fill(t['ranking.zscore'], { min: c.settings.zscoreMinEntries })], { textCols: [1] });
  // A fallback of the z-score guard is a fact about the whole stage: each on its own line.
  for (const s of result.method.stages)
    if (s.note) g.add([t['ranking.methodNote'], pick(s.note, lang)], { textCols: [1], bold: true });
  g.add([t['ranking.tieBreaks'], tieBreakSummary(c, lang)], { textCols: [1] });
  g.add([t['ranking.advance'], advanceSummary(c, lang)], { textCols: [1] });
  g.add([t['ranking.fingerprint'], meta.fingerprint], { textCols: [1] });
  const status = result.interim
    ? pick(result.interim.text, lang)
    : result.complete
      ? t['ranking.status.complete']
      : t['ranking.status.incomplete'];
  g.add([t['ranking.status'], status], {
    textCols: [1],
    bold: !result.complete,
    background: result.complete ? null : '#fce8e6',
  });

  const header = [
    t['col.place'],
    'ID',
    sheetMessages[lang]['col.title'],
    sheetMessages[lang]['col.agency'],
    ...c.stages.map((s) => s.name),
    t['col.final'],
    t['col.tie'],
    t['col.decidedBy'],
    t['col.advances'],
    t['col.adjustments'],
    t['col.remarks'],
  ];
  for (const category of result.categories) {
    g.blank();
    g.add([fill(t['ranking.category'], { name: category.name })], {
      bold: true,
      background: TITLE_BG,
      textCols: [0],
    });
    g.add([t['ranking.agreement'], agreementText(c, category, lang)], { textCols: [1] });
    g.add(header, { bold: true, background: HEADER_BG });
    for (const e of category.entries) {
      g.add(
        [
          e.place,
          e.entryId,
          e.title,
          e.agency,
          ...c.stages.map((s) => round2(e.stageScores[s.id] ?? null)),
          round2(e.finalScore),
          e.tie ? t.yes : '',
          pick(e.decidedBy, lang),
          e.advances ? (e.advancedByQuota ? t['advances.byQuota'] : t.yes) : t.no,
          adjustmentText(e, lang),
          remarks(e, c, lang),
        ],
        {
          textCols: [1, 2, 3],
          wholeCols: [0],
          numberFormat: '0.00',
          background: e.advances ? '#e6f4ea' : null,
        },
      );
    }
  }
  if (result.dropped.length > 0) {
    g.blank();
    g.add([t['ranking.dropped']], { bold: true, background: TITLE_BG });
    for (const d of result.dropped) {
      const category = c.categories.find((k) => k.id === d.categoryId)?.name ?? d.categoryId;
      const target = c.categories.find((k) => k.id === d.movedTo)?.name ?? d.movedTo;
      g.add(
        [
          fill(d.movedTo ? t['ranking.dropped.moved'] : t['ranking.dropped.awaiting'], {
            category,
            count: d.entries,
            target,
          }),
        ],
        {
          textCols: [0],
        },
      );
    }
  }
  // Neighbouring columns share a width where they can: Sheets sets each run of equal widths in one call.
  const widths = [70, 70, 260, 260, ...c.stages.map(() => 100), 100, 100, 240, 100, 240, 240];
  const sheet = g.build(name, { frozenRows: 0, frozenCols: 0, columnWidths: widths });
  // Jurors edit the same spreadsheet: the result is open only to the secretariat, and recomputed, never typed.
  sheet.protection = {
    description: fill(t['ranking.protection'], {}),
    editors: c.secretariatEmails,
    editableRanges: [],
  };
  return sheet;
}

/** Where readRankingMeta looks (and isRecap, within it): the first rows, label and value. */
export const RANKING_META_BLOCK = { rows: 20, cols: 2 };

/** The fingerprint and time a Ranking sheet was computed with, to tell whether it is out of date. */
export function readRankingMeta(snapshot: SheetSnapshot): RankingMeta | null {
  const labelOf = (row: number) => String(snapshot.values[row]?.[0] ?? '').trim();
  const valueOf = (row: number) => String(snapshot.values[row]?.[1] ?? '').trim();
  const at = [outputMessages.id['ranking.computedAt'], outputMessages.en['ranking.computedAt']];
  const fp = [outputMessages.id['ranking.fingerprint'], outputMessages.en['ranking.fingerprint']];
  let computedAt = '';
  let fingerprint = '';
  for (let r = 0; r < Math.min(RANKING_META_BLOCK.rows, snapshot.values.length); r++) {
    if (at.includes(labelOf(r))) computedAt = valueOf(r);
    if (fp.includes(labelOf(r))) fingerprint = valueOf(r);
  }
  return fingerprint ? { computedAt, fingerprint } : null;
}
