/**
 * How far the jurors agree, and how much the ranking rests on any one of
 * them: Kendall's W per category and stage, each juror's mean offset from the
 * rest of the panel, large disagreements on one entry, and the places that
 * would change if one juror were left out.
 */
import type { Text } from './model';
import type { CategoryAgreement, Disagreement, JurorOffset, PlaceChange } from './result';
import type { StageTotals } from './aggregate';
import { roundKey } from './rank';
import { rankingMessages } from '../i18n/ranking';
import { say } from './say';

/** Ranks with 1 for the highest value; tied values share the mean of the ranks they span. */
export function midRanks(values: readonly number[]): number[] {
  const order = values.map((v, index) => ({ key: roundKey(v), index })).sort((a, b) => b.key - a.key);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].key === order[start].key) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i += 1) ranks[order[i].index] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Σ(t³ − t) over the groups of tied values of one juror. */
function tieSum(values: readonly number[]): number {
  const sizes = new Map<number, number>();
  for (const v of values) sizes.set(roundKey(v), (sizes.get(roundKey(v)) ?? 0) + 1);
  let total = 0;
  for (const t of sizes.values()) total += t ** 3 - t;
  return total;
}

/**
 * Kendall's coefficient of concordance W of m jurors (rows) over the same n
 * entries (columns), with the correction for ties:
 * W = 12·Σ(R_i − R̄)² / (m²(n³ − n) − m·ΣT).
 * Null when undefined: fewer than 2 jurors or entries, or every juror tied everything.
 */
export function kendallW(matrix: readonly (readonly number[])[], correctTies = true): number | null {
  const m = matrix.length;
  const n = m > 0 ? matrix[0].length : 0;
  if (m < 2 || n < 2) return null;
  const rankSums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const row of matrix) {
    midRanks(row).forEach((r, i) => (rankSums[i] += r));
    if (correctTies) ties += tieSum(row);
  }
  const meanSum = (m * (n + 1)) / 2;
  let squares = 0;
  for (const r of rankSums) squares += (r - meanSum) ** 2;
  const denominator = m * m * (n ** 3 - n) - m * ties;
  return denominator > 0 ? (12 * squares) / denominator : null;
}

/**
 * Kendall's W of one category in one stage, over the jurors who fully scored
 * every entrant of the category there (W needs one complete ranking per juror).
 */
export function categoryAgreement(
  stageId: string,
  entrants: readonly string[],
  totals: StageTotals,
): CategoryAgreement {
  const n = entrants.length;
  if (n < 2)
    return {
      stageId,
      kendallW: null,
      jurors: 0,
      entries: n,
      note: say(rankingMessages, 'kendall.fewEntries', { entries: n }),
    };
  const rows: number[][] = [];
  for (const ofJuror of totals.byJuror.values()) {
    const totalOf = new Map(ofJuror.map((t) => [t.entryId, t.total]));
    const row = entrants.map((e) => totalOf.get(e));
    if (row.every((v): v is number => v !== undefined)) rows.push(row);
  }
  const m = rows.length;
  let note: Text | null = null;
  if (m < 2) note = say(rankingMessages, 'kendall.fewJurors', { count: m, entries: n });
  const w = m < 2 ? null : kendallW(rows);
  if (m >= 2 && w === null) note = say(rankingMessages, 'kendall.allTied');
  return { stageId, kendallW: w, jurors: m, entries: n, note };
}

/**
 * Per juror: the mean, over the entries they scored, of their total minus the
 * mean of the other jurors' totals for that entry (entries nobody else scored
 * are skipped). Positive = more lenient than the panel.
 */
export function jurorOffsets(
  stageId: string,
  jurorIds: readonly string[],
  totals: StageTotals,
): JurorOffset[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const [entryId, ofEntry] of totals.byEntry) {
    let sum = 0;
    for (const t of ofEntry) sum += t.total;
    sums.set(entryId, { sum, count: ofEntry.length });
  }
  return jurorIds.map((jurorId) => {
    let offset = 0;
    let entries = 0;
    for (const t of totals.byJuror.get(jurorId) ?? []) {
      const all = sums.get(t.entryId);
      if (!all || all.count < 2) continue;
      offset += t.total - (all.sum - t.total) / (all.count - 1);
      entries += 1;
    }
    return { stageId, jurorId, meanOffset: entries > 0 ? offset / entries : null, entries };
  });
}

/** Entries whose juror totals lie further apart than the threshold (null = not checked). */
export function disagreements(
  stageId: string,
  entrants: readonly string[],
  totals: StageTotals,
  threshold: number | null,
): Disagreement[] {
  if (threshold === null) return [];
  const out: Disagreement[] = [];
  for (const entryId of entrants) {
    const ofEntry = totals.byEntry.get(entryId) ?? [];
    if (ofEntry.length < 2) continue;
    const values = ofEntry.map((t) => t.total);
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (roundKey(max - min) > roundKey(threshold))
      out.push({ stageId, entryId, min, max, spread: max - min });
  }
  return out;
}

/** The entries whose place differs between two rankings, in entry order (the three arrays are aligned). */
export function placeChanges(
  entryIds: readonly string[],
  before: readonly (number | null)[],
  after: readonly (number | null)[],
): PlaceChange[] {
  const changes: PlaceChange[] = [];
  entryIds.forEach((entryId, i) => {
    const from = before[i];
    if (from !== null && after[i] !== from) changes.push({ entryId, from, to: after[i] });
  });
  return changes;
}
