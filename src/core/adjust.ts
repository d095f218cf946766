/**
 * What happens after the rules have ranked: the secretariat's manual
 * adjustments (each kept on its entry with its reason, the computed place
 * staying visible) and who advances.
 *
 * Order: exclusions and moves in the order listed, then advancement by the
 * rules on the adjusted places, then forced advancement decisions.
 */
import type { QuotaPick } from './quota';
import type { Adjustment, Problem, Settings } from './model';
import type { CategoryRanking, RankedEntry } from './result';
import { atLeast } from './numbers';
import { rankingMessages } from '../i18n/ranking';
import { problem, say } from './say';

function where(index: number): Problem['where'] {
  return { kind: 'table', table: 'adjustments', index, field: 'entryId' };
}

/**
 * Renumbers the entries holding a place, in list order, as a competition
 * ranking: consecutive entries that shared a place keep sharing one, except
 * `alone`, which the panel placed on its own.
 */
function renumber(entries: RankedEntry[], alone: RankedEntry | null): void {
  const placed = entries.filter((e) => e.place !== null || e === alone);
  const before = placed.map((e) => e.place);
  placed.forEach((e, i) => {
    const sameAsPrevious = i > 0 && e !== alone && placed[i - 1] !== alone && before[i] === before[i - 1];
    e.place = sameAsPrevious ? (placed[i - 1].place as number) : i + 1;
  });
  const count = new Map<number, number>();
  for (const e of placed) count.set(e.place as number, (count.get(e.place as number) ?? 0) + 1);
  for (const e of placed) e.tie = (count.get(e.place as number) ?? 0) > 1;
}

function exclude(list: RankedEntry[], entry: RankedEntry, reason: string): RankedEntry[] {
  if (entry.excludedReason === '') entry.excludedReason = reason;
  entry.place = null;
  entry.tie = false;
  entry.decidedBy = say(rankingMessages, 'decided.excluded', { reason: entry.excludedReason });
  const rest = list.filter((e) => e !== entry);
  renumber(rest, null);
  return [...rest, entry];
}

/** Puts the entry at `toPlace`, or just after the tie that place falls inside (returned as the actual place). */
function move(
  list: RankedEntry[],
  entry: RankedEntry,
  toPlace: number,
  reason: string,
): { list: RankedEntry[]; actual: number } {
  const rest = list.filter((e) => e !== entry);
  const placed = rest.filter((e) => e.place !== null);
  let index = Math.min(Math.max(Math.round(toPlace), 1), placed.length + 1) - 1;
  while (index > 0 && index < placed.length && placed[index].place === placed[index - 1].place) index += 1;
  const unplaced = rest.filter((e) => e.place === null);
  const next = [...placed.slice(0, index), entry, ...placed.slice(index), ...unplaced];
  entry.decidedBy = say(rankingMessages, 'decided.adjusted', { reason });
  renumber(next, entry);
  return { list: next, actual: entry.place as number };
}

/** Applies the 'exclude' and 'move' adjustments in order; 'advance' ones are only recorded here. */
export function applyPlaceAdjustments(
  categories: CategoryRanking[],
  adjustments: readonly Adjustment[],
): Problem[] {
  const problems: Problem[] = [];
  const home = new Map<string, CategoryRanking>();
  for (const category of categories) for (const e of category.entries) home.set(e.entryId, category);
  adjustments.forEach((adjustment, index) => {
    const category = home.get(adjustment.entryId);
    const entry = category?.entries.find((e) => e.entryId === adjustment.entryId);
    const params = { row: index + 1, entry: adjustment.entryId };
    if (!category || !entry) {
      problems.push(problem('adjust-unknown-entry', 'warning', where(index), params));
      return;
    }
    entry.adjustments.push(adjustment);
    if (adjustment.kind === 'exclude') category.entries = exclude(category.entries, entry, adjustment.reason);
    if (adjustment.kind !== 'move') return;
    if (entry.excludedReason !== '') {
      const moveParams = { ...params, place: adjustment.toPlace };
      problems.push(problem('adjust-move-excluded', 'warning', where(index), moveParams));
      return;
    }
    const moved = move(category.entries, entry, adjustment.toPlace, adjustment.reason);
    category.entries = moved.list;
    if (moved.actual !== adjustment.toPlace) {
      const tieParams = { ...params, place: adjustment.toPlace, actual: moved.actual };
      problems.push(problem('adjust-move-inside-tie', 'warning', where(index), tieParams));
    }
  });
  return problems;
}

/**
 * Whether an entry advances by the rules: the best N places of its category
 * (ties at the N-th place all advance) and/or a final score at the passing
 * grade; both rules set means both must hold, none means nobody advances.
 * Only entries that took every stage can advance.
 */
export function advancesByRules(entry: RankedEntry, settings: Settings, lastStageId: string): boolean {
  const { advanceTopN, passingGrade } = settings;
  if (entry.excludedReason !== '' || entry.lastStageId !== lastStageId) return false;
  if (advanceTopN === null && passingGrade === null) return false;
  const byPlace = advanceTopN === null || (entry.place !== null && entry.place <= advanceTopN);
  const byGrade =
    passingGrade === null || (entry.finalScore !== null && atLeast(entry.finalScore, passingGrade));
  return byPlace && byGrade;
}

/**
 * Who advances: by the rules (above), or, when the Setup asks for the best N of
 * all categories, by that pick (core/quota.ts), whose entries that a plain best N
 * would not have taken are marked as in by quota. Manual adjustments come last.
 */
export function applyAdvancement(
  categories: CategoryRanking[],
  settings: Settings,
  lastStageId: string,
  adjustments: readonly Adjustment[],
  overall: QuotaPick | null = null,
): void {
  const byId = new Map<string, RankedEntry>();
  const chosen = overall === null ? null : new Set(overall.chosen);
  const byQuota = new Set(overall?.byQuota ?? []);
  for (const category of categories) {
    for (const entry of category.entries) {
      entry.advances =
        chosen === null ? advancesByRules(entry, settings, lastStageId) : chosen.has(entry.entryId);
      if (entry.advances && byQuota.has(entry.entryId)) entry.advancedByQuota = true;
      byId.set(entry.entryId, entry);
    }
  }
  for (const adjustment of adjustments) {
    const entry = byId.get(adjustment.entryId);
    if (adjustment.kind === 'advance' && entry) entry.advances = adjustment.advances;
  }
}
