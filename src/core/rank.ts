/**
 * Places within one category: standard competition ranking (1, 2, 2, 4), the
 * higher score first, ties settled by the published tie-break chain, and the
 * rule that decided each place named.
 */
import type { Text, TieBreak } from './model';
import { rankingMessages } from '../i18n/ranking';
import { say } from './say';

/**
 * When two scores are the same score: scores are compared after rounding to
 * 1e-9, so 85 computed as 84.99999999999999 ties with 85. This is the rule for
 * comparing scores with scores (places, ties, tie-break values, mid-ranks,
 * spreads against the disagreement threshold). It must be an equivalence:
 * with a tolerance, a ≈ b and b ≈ c without a ≈ c would make a tie
 * depend on which entries stand next to each other, and sorting inconsistent.
 * numbers.ts's nearlyEqual answers another question (see there).
 */
export function roundKey(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Competition places, higher score first; entries without a score get no place. */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const order = scores
    .map((score, index) => ({ key: score === null ? null : roundKey(score), index }))
    .filter((s): s is { key: number; index: number } => s.key !== null)
    .sort((a, b) => b.key - a.key);
  const places: (number | null)[] = scores.map(() => null);
  order.forEach((s, i) => {
    const previous = order[i - 1];
    places[s.index] = previous && previous.key === s.key ? (places[previous.index] as number) : i + 1;
  });
  return places;
}

export interface Candidate {
  entryId: string;
  /** Index of the last stage the entry took part in: going further beats any score. */
  reached: number;
  /** The final score, or for an entry that stopped early, its score in the last stage it took. */
  score: number;
  /** One value per rule of the tie-break chain, higher wins; null (no value) loses to any number. */
  tieBreaks: (number | null)[];
}

/** What decided a place: the score itself, a rule of the tie-break chain (its index), or nothing (a tie). */
export type Decider = 'score' | 'tie' | number;

export interface Placement {
  entryId: string;
  place: number;
  tie: boolean;
  decider: Decider;
}

/**
 * What candidates are ranked by, one column per component, higher first:
 * column 0 the index of the last stage reached (going further beats any
 * score), column 1 the score, then one column per tie-break rule. Values are
 * rounded with roundKey; -Infinity stands for no value. Columns rather than
 * one array per candidate: leave-one-out ranks thousands of entries once per
 * juror, and typed columns cost no allocation per entry.
 */
export type KeyColumns = readonly Float64Array[];

/** A place as positions in place order: who, which place, and what decided it (TIE, SCORE or a tie-break index). */
export interface Ranked {
  /** The members, in place order (equal keys in index order). */
  order: Int32Array;
  place: Int32Array;
  decider: Int32Array;
}

export const TIE = -2;
export const SCORE = -1;

/** How many leading key components two candidates share. */
function shared(keys: KeyColumns, a: number, b: number): number {
  let c = 0;
  while (c < keys.length && keys[c][a] === keys[c][b]) c += 1;
  return c;
}

/** Whether candidate a ranks before b: higher keys first, then the lower index (a total order). */
function before(keys: KeyColumns, a: number, b: number): boolean {
  for (let c = 0; c < keys.length; c += 1) {
    const x = keys[c][a];
    const y = keys[c][b];
    if (x !== y) return x > y;
  }
  return a < b;
}

/** Blocks this small are sorted by insertion before they are merged. */
const RUN = 16;

/**
 * Sorts candidate indices into place order, in place. A merge sort written
 * out rather than Array#sort with a comparator: leave-one-out sorts every
 * category once per juror, and a call into a comparator per comparison costs
 * several times the comparison itself. Since the order is total, the result
 * does not depend on the order given; an order close to the result (the
 * published one, for leave-one-out) costs little more than one pass, since a
 * merge of two blocks already in order is skipped. `scratch` (at least as
 * long as `order`) may be given by a caller that sorts many times.
 */
export function sortByKeys(
  keys: KeyColumns,
  order: Int32Array,
  scratch: Int32Array = new Int32Array(order.length),
): Int32Array {
  const n = order.length;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i += 1) {
      const v = order[i];
      let j = i - 1;
      while (j >= lo && before(keys, v, order[j])) {
        order[j + 1] = order[j];
        j -= 1;
      }
      order[j + 1] = v;
    }
  }
  if (n <= RUN) return order;
  let from: Int32Array = order;
  let to: Int32Array = scratch;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      if (mid < hi && before(keys, from[mid - 1], from[mid])) {
        // Already in order: copied as it is.
        to.set(from.subarray(lo, hi), lo);
        continue;
      }
      while (i < mid && j < hi) to[k++] = before(keys, from[j], from[i]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== order) order.set(from.subarray(0, n));
  return order;
}

/**
 * Ranks the members (indices into the key columns) as a competition ranking:
 * equal keys through the whole chain share a place and stay a tie, listed in
 * index order. The decider of a place is the first component that separates
 * the member from its closest neighbours: since keys are sorted, no other
 * member shares a longer prefix than a neighbour does.
 */
export function rankByKeys(keys: KeyColumns, members: ArrayLike<number>): Ranked {
  const order = sortByKeys(keys, Int32Array.from(members));
  const place = new Int32Array(order.length);
  const decider = new Int32Array(order.length);
  rankSorted(keys, order, place, decider);
  return { order, place, decider };
}

/** rankByKeys on members sorted already: place[i] and decider[i] of order[i]. */
export function rankSorted(
  keys: KeyColumns,
  order: Int32Array,
  place: Int32Array,
  decider: Int32Array,
): void {
  const width = keys.length;
  const n = order.length;
  let previous = 0;
  for (let i = 0; i < n; i += 1) {
    const after = i + 1 < n ? shared(keys, order[i], order[i + 1]) : 0;
    const depth = Math.max(previous, after);
    place[i] = i > 0 && previous === width ? place[i - 1] : i + 1;
    // Components 0 (stage reached) and 1 (score) are the score; 2.. the tie-breaks.
    decider[i] = depth === width ? TIE : depth <= 1 ? SCORE : depth - 2;
    previous = after;
  }
}

/** The value a key column holds for a score or tie-break value. */
export function keyOf(value: number | null): number {
  return value === null ? -Infinity : roundKey(value);
}

export function deciderOf(code: number): Decider {
  return code === TIE ? 'tie' : code === SCORE ? 'score' : code;
}

/** Ranks the candidates of one category (see rankByKeys). Entries of equal key keep their input order. */
export function placeCandidates(candidates: readonly Candidate[]): Placement[] {
  const n = candidates.length;
  const width = 2 + (candidates[0]?.tieBreaks.length ?? 0);
  const keys = Array.from({ length: width }, () => new Float64Array(n));
  candidates.forEach((candidate, i) => {
    keys[0][i] = candidate.reached;
    keys[1][i] = roundKey(candidate.score);
    candidate.tieBreaks.forEach((v, r) => (keys[2 + r][i] = keyOf(v)));
  });
  const ranked = rankByKeys(
    keys,
    candidates.map((_, i) => i),
  );
  return Array.from(ranked.order, (i, k) => ({
    entryId: candidates[i].entryId,
    place: ranked.place[k],
    tie: ranked.decider[k] === TIE,
    decider: deciderOf(ranked.decider[k]),
  }));
}

/** The name of a tie-break rule, as shown next to the places it decided. */
export function tieBreakText(rule: TieBreak, stageName: string, criterionName: string): Text {
  return rule.kind === 'criterion'
    ? say(rankingMessages, 'decided.criterion', { criterion: criterionName, stage: stageName })
    : say(rankingMessages, 'decided.stage', { stage: stageName });
}

/**
 * The rule that decided a place. `lastStageName` is '' for an entry that took
 * every stage (its final score decided), else the stage it stopped at.
 */
export function decidedText(decider: Decider, lastStageName: string, tieBreakTexts: readonly Text[]): Text {
  if (decider === 'tie') return say(rankingMessages, 'decided.tie');
  if (decider === 'score') {
    return lastStageName === ''
      ? say(rankingMessages, 'decided.final')
      : say(rankingMessages, 'decided.lastStage', { stage: lastStageName });
  }
  return tieBreakTexts[decider];
}
