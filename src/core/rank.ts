/**
 * Places within one category: standard competition ranking (1, 2, 2, 4), the
 * higher score first, ties settled by the published tie-break chain, and the
 * rule that decided each place named.
 */
import type { Text, TieBreak } from './model';
import { rankingMessages } from '../i18n/ranking';
import { say } from './say';

/**
 * Scores are compared after rounding to 1e-9: 85 computed as 84.99999999999999
 * must tie with 85. Rounding (unlike a tolerance) keeps equality transitive.
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

function keyOf(c: Candidate): number[] {
  return [c.reached, roundKey(c.score), ...c.tieBreaks.map((v) => (v === null ? -Infinity : roundKey(v)))];
}

/** How many leading key components two keys share. */
function shared(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const i = shared(a, b);
  if (i === a.length) return 0;
  return b[i] > a[i] ? 1 : -1;
}

/**
 * Ranks the candidates of one category. Equal keys through the whole chain
 * share a place and stay a tie. The decider of a place is the first rule that
 * separates the entry from its closest neighbours: since keys are sorted, no
 * other entry shares a longer prefix than a neighbour does.
 * Entries of equal key keep their input order.
 */
export function placeCandidates(candidates: readonly Candidate[]): Placement[] {
  const keyed = candidates.map((candidate) => ({ candidate, key: keyOf(candidate) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const placements: Placement[] = [];
  keyed.forEach(({ candidate, key }, i) => {
    const before = i > 0 ? shared(key, keyed[i - 1].key) : 0;
    const after = i + 1 < keyed.length ? shared(key, keyed[i + 1].key) : 0;
    const depth = Math.max(before, after);
    const tie = depth === key.length;
    const place = before === key.length ? placements[i - 1].place : i + 1;
    // Components 0 (stage reached) and 1 (score) are the score; 2.. the tie-breaks.
    const decider: Decider = tie ? 'tie' : depth <= 1 ? 'score' : depth - 2;
    placements.push({ entryId: candidate.entryId, place, tie, decider });
  });
  return placements;
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
