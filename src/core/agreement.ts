/**
 * How far the jurors agree, and how much the ranking rests on any one of
 * them: Kendall's W and Krippendorff's alpha per category and stage, each juror's mean offset from the
 * rest of the panel, large disagreements on one entry, and the places that
 * would change if one juror were left out.
 */
import type { Text } from './model';
import type { AlphaAgreement, CategoryAgreement, Disagreement, JurorOffset, PlaceChange } from './result';
import { alphaOfUnits } from './alpha';
import type { JurorTotal, StageTotals } from './aggregate';
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

/** Krippendorff's alpha over the given entrants of a stage, with the jurors it cannot use named. */
export function alphaAgreement(
  stageId: string,
  entrants: readonly string[],
  totals: StageTotals,
): AlphaAgreement {
  const lists: (readonly JurorTotal[])[] = [];
  let count = 0;
  const compared = new Set<string>();
  // Jurors who scored an entry nobody else scored: with `compared`, every juror who scored.
  const alone = new Set<string>();
  for (const entryId of entrants) {
    const ofEntry = totals.byEntry.get(entryId);
    if (ofEntry === undefined) continue;
    if (ofEntry.length < 2) {
      for (const t of ofEntry) alone.add(t.jurorId);
      continue;
    }
    lists.push(ofEntry);
    count += ofEntry.length;
    for (const t of ofEntry) compared.add(t.jurorId);
  }
  const values = new Float64Array(count);
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((ofEntry, u) => {
    starts[u + 1] = starts[u] + ofEntry.length;
    ofEntry.forEach((t, i) => (values[starts[u] + i] = t.total));
  });
  const result = alphaOfUnits(values, starts);
  let note: Text | null = null;
  if (result.reason === 'noPairs' && compared.size + alone.size > 0)
    note = say(rankingMessages, 'alpha.noPairs');
  else if (result.reason === 'noPairs' || result.reason === 'fewEntries')
    note = say(rankingMessages, 'alpha.fewEntries', { count: result.entries });
  else if (result.reason === 'noSpread') note = say(rankingMessages, 'alpha.noSpread');
  return {
    stageId,
    value: result.alpha,
    entries: result.entries,
    jurors: compared.size,
    note,
    leftOut: result.alpha !== null ? [...alone].filter((id) => !compared.has(id)).sort() : [],
  };
}

/** "2" when every entry had as many jurors, else "2–3". */
function perEntryText(counts: readonly number[]): string {
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return min === max ? String(min) : `${min}–${max}`;
}

/**
 * Agreement of one category in one stage: Kendall's W over the jurors who
 * scored every entrant of the category there (W needs one complete ranking
 * per juror; the others are named as left out), and Krippendorff's alpha over
 * every juror who shared an entry with another.
 */
export function categoryAgreement(
  stageId: string,
  entrants: readonly string[],
  totals: StageTotals,
): CategoryAgreement {
  const n = entrants.length;
  const alpha = alphaAgreement(stageId, entrants, totals);
  const none = { stageId, kendallW: null, jurors: 0, entries: n, leftOut: [], alpha };
  if (n < 2) return { ...none, note: say(rankingMessages, 'kendall.fewEntries', { entries: n }) };
  // How many of the entrants each juror scored (one total per entry at most), in order of appearance:
  // a row of every entrant is made only for a juror who scored them all. When each juror scores a
  // few entries of a large category, a row per juror would cost jurors × entries.
  const scoredOf = new Map<string, number>();
  const scoredBy: number[] = [];
  for (const entryId of entrants) {
    const ofEntry = totals.byEntry.get(entryId) ?? [];
    scoredBy.push(ofEntry.length);
    for (const t of ofEntry) scoredOf.set(t.jurorId, (scoredOf.get(t.jurorId) ?? 0) + 1);
  }
  const rowOf = new Map<string, number[]>();
  const partial: string[] = [];
  for (const [jurorId, scored] of scoredOf) {
    if (scored >= n) rowOf.set(jurorId, new Array<number>(n));
    else partial.push(jurorId);
  }
  if (rowOf.size > 0)
    entrants.forEach((entryId, i) => {
      for (const t of totals.byEntry.get(entryId) ?? []) {
        const row = rowOf.get(t.jurorId);
        if (row) row[i] = t.total;
      }
    });
  const rows: number[][] = [];
  for (const [jurorId, row] of rowOf) {
    // As before any row was left out: every entrant scored (totals listed twice for one entry could
    // count to n without covering them all).
    let full = true;
    for (let i = 0; i < n && full; i += 1) full = row[i] !== undefined && !Number.isNaN(row[i]);
    if (full) rows.push(row);
    else partial.push(jurorId);
  }
  const m = rows.length;
  const leftOut = m >= 2 ? partial.sort() : [];
  if (m < 2) {
    const note =
      scoredOf.size >= 2
        ? say(rankingMessages, 'kendall.incomplete', {
            perEntry: perEntryText(scoredBy),
            jurors: scoredOf.size,
          })
        : say(rankingMessages, 'kendall.fewJurors', { count: m, entries: n });
    return { ...none, jurors: m, note };
  }
  const w = kendallW(rows);
  const note = w === null ? say(rankingMessages, 'kendall.allTied') : null;
  return { stageId, kendallW: w, jurors: m, entries: n, note, leftOut, alpha };
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
