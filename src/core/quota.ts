/**
 * "The best N, with a composition": the national competition's independent
 * panel picks its Top 99 proportionally by category, group and region, and
 * its Top 45 the same way (docs/domain.md). A quota table gives, for the values of
 * one grouping column of the entries, the least and the most entries of that
 * value that may be picked; values the table does not name are unrestricted.
 *
 * The pick is the best one the quotas allow: candidates are taken in order of
 * score, and each is taken exactly when the rest can still meet every quota
 * (for one grouping column this greedy choice is optimal: no other valid pick
 * has better scores at the first place where the two differ). When a minimum
 * cannot be met because too few entries of that value were scored, the pick
 * takes what there is and says so; it never invents entries.
 */

export interface QuotaBound {
  /** The value of the grouping column, as written in the Entries table. */
  value: string;
  min: number;
  /** null: no maximum. */
  max: number | null;
}

export interface QuotaCandidate {
  id: string;
  score: number;
  /** The entry's value in the grouping column. */
  group: string;
}

export interface QuotaPick {
  /** Picked ids, best first. */
  chosen: string[];
  /** Picked ids that a plain "best N" would not have picked: they are in by quota, not by place. */
  byQuota: string[];
  /** Minimums that could not be met: too few scored entries of the value. */
  unmet: { value: string; min: number; available: number }[];
  /** A candidate left out with the same score as the last one picked: the order in the Setup settled it. */
  tieAtCut: { picked: string; leftOut: string } | null;
}

/** Group values are typed by hand in two places: compare them without case and spacing. */
export function groupKey(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Picks up to n candidates. `candidates` must already be in the order of
 * preference (best score first; equal scores in the Setup's entry order).
 */
export function pickWithQuotas(
  candidates: readonly QuotaCandidate[],
  n: number,
  bounds: readonly QuotaBound[],
): QuotaPick {
  const min = new Map<string, number>();
  const max = new Map<string, number>();
  for (const b of bounds) {
    const key = groupKey(b.value);
    min.set(key, Math.max(min.get(key) ?? 0, b.min));
    if (b.max !== null) max.set(key, Math.min(max.get(key) ?? Infinity, b.max));
  }
  const remaining = new Map<string, number>();
  for (const c of candidates) {
    const key = groupKey(c.group);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const unmet: QuotaPick['unmet'] = [];
  for (const b of bounds) {
    const key = groupKey(b.value);
    const available = remaining.get(key) ?? 0;
    if (available < b.min) unmet.push({ value: b.value, min: b.min, available });
  }
  // What can be met: a minimum above what was scored shrinks to it (and is reported above).
  const need = new Map<string, number>();
  for (const [key, m] of min) need.set(key, Math.min(m, remaining.get(key) ?? 0));
  const cap = (key: string): number => max.get(key) ?? Infinity;
  const reachable = [...remaining].reduce((total, [key, r]) => total + Math.min(r, cap(key)), 0);
  const target = Math.min(n, reachable);

  const taken = new Map<string, number>();
  const chosen: string[] = [];
  /** Whether, with these counts, the slots left can be filled and every minimum met from what is left. */
  const feasible = (slots: number): boolean => {
    let stillNeeded = 0;
    let room = 0;
    for (const [key, r] of remaining) {
      const t = taken.get(key) ?? 0;
      stillNeeded += Math.max(0, (need.get(key) ?? 0) - t);
      room += Math.max(0, Math.min(cap(key) - t, r));
    }
    return stillNeeded <= slots && room >= slots;
  };
  for (const c of candidates) {
    if (chosen.length >= target) break;
    const key = groupKey(c.group);
    remaining.set(key, (remaining.get(key) ?? 1) - 1);
    const t = taken.get(key) ?? 0;
    let take = t + 1 <= cap(key);
    if (take) {
      taken.set(key, t + 1);
      take = feasible(target - chosen.length - 1);
      if (!take) taken.set(key, t);
    }
    if (take) chosen.push(c.id);
  }
  const plain = new Set(candidates.slice(0, n).map((c) => c.id));
  const byQuota = chosen.filter((id) => !plain.has(id));
  return { chosen, byQuota, unmet, tieAtCut: tieAtCut(candidates, chosen) };
}

function tieAtCut(candidates: readonly QuotaCandidate[], chosen: readonly string[]): QuotaPick['tieAtCut'] {
  const last = chosen[chosen.length - 1];
  if (last === undefined) return null;
  const picked = new Set(chosen);
  const lastScore = candidates.find((c) => c.id === last)?.score;
  const leftOut = candidates.find((c) => !picked.has(c.id) && c.score === lastScore);
  return leftOut === undefined ? null : { picked: last, leftOut: leftOut.id };
}
