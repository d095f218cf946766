/**
 * From the valid scores of a stage to one score per entry (docs/domain.md,
 * "The formulas"), and from stage scores to the final score.
 *
 * Sums are taken over values sorted by size, so that the same scores listed
 * in another order (jurors, entries) give bit-identical results and the
 * ranking cannot depend on the order of the Setup sheet.
 */
import type { AggregationMethod, Assignment, Criterion, StageScores, Text } from './model';
import type { ProblemCode } from '../i18n/problems';
import { problemText, type SayParams } from './say';

/** One juror's complete score set for one entry of a stage. */
export interface JurorTotal {
  jurorId: string;
  entryId: string;
  /** T(j,e): sum over the stage's criteria of weight/100 * score. */
  total: number;
  /** criterion id -> weight/100 * score, for criterion tie-breaks. */
  parts: Record<string, number>;
}

export type PlainMethod = Exclude<AggregationMethod, 'zscore'>;

export type ZscoreRefusal =
  | { reason: 'noScores' }
  | { reason: 'tooFew'; jurorId: string; count: number; min: number }
  | { reason: 'noSpread'; jurorId: string };

export interface StageAggregation {
  /** Entrant id -> score; null when no juror has a complete score set for it. */
  scores: Record<string, number | null>;
  applied: AggregationMethod;
  /** Why z-scores were requested but not applied; null otherwise. */
  refusal: ZscoreRefusal | null;
}

/** A stage's totals, indexed once so that per-entry and per-juror work stays linear. */
export interface StageTotals {
  all: JurorTotal[];
  byEntry: Map<string, JurorTotal[]>;
  byJuror: Map<string, JurorTotal[]>;
}

/** A juror's spread below this is treated as none: their totals are all equal up to float noise. */
const NO_SPREAD = 1e-9;

/** record[key] for own keys only: an entry id like 'constructor' must not reach Object.prototype. */
export function own<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * The value lists here are read only: leave-one-out passes views of one scratch array it fills per
 * entry, so that thousands of entries per juror left out cost no allocation.
 */
type Values = ArrayLike<number>;

function sortedSum(values: Values): number {
  // Two values add up the same in either order; beyond that, order matters in floating point.
  if (values.length <= 2)
    return values.length === 0 ? 0 : values.length === 1 ? values[0] : values[0] + values[1];
  let total = 0;
  for (const v of Float64Array.from(values).sort()) total += v;
  return total;
}

export function mean(values: Values): number | null {
  return values.length === 0 ? null : sortedSum(values) / values.length;
}

export function median(values: Values): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Drops one highest and one lowest value when at least 4 remain to drop from; else the plain mean. */
function trimmedMean(values: Values): number | null {
  if (values.length < 4) return mean(values);
  return mean(Float64Array.from(values).sort().subarray(1, -1));
}

/** The score of one entry from the totals of the jurors who scored it; null when nobody did. */
export function aggregate(values: Values, method: PlainMethod): number | null {
  switch (method) {
    case 'mean':
      return mean(values);
    case 'median':
      return median(values);
    case 'trimmed':
      return trimmedMean(values);
  }
}

/**
 * The totals of the complete score sets of a stage. A set missing any
 * criterion of the stage is left out (its entry is flagged incomplete
 * elsewhere); with an assignment, only assigned pairs count. `partsOf` names
 * the criteria whose parts the caller reads (the tie-breaks'); absent, every
 * criterion's part is kept. A national stage has tens of thousands of totals:
 * a record of every part of each is most of what computing them allocates.
 */
export function jurorTotals(
  scores: StageScores,
  criteria: readonly Criterion[],
  assignment?: Assignment,
  partsOf?: readonly string[],
): JurorTotal[] {
  const out: JurorTotal[] = [];
  if (criteria.length === 0) return out;
  const kept = criteria.map((c) => partsOf === undefined || partsOf.includes(c.id));
  for (const jurorId of Object.keys(scores)) {
    const allowed = assignment ? new Set(own(assignment, jurorId) ?? []) : null;
    const ofJuror = scores[jurorId];
    for (const entryId of Object.keys(ofJuror)) {
      if (allowed && !allowed.has(entryId)) continue;
      const set = ofJuror[entryId];
      const parts: Record<string, number> = {};
      let total = 0;
      let complete = true;
      for (let i = 0; i < criteria.length; i += 1) {
        const c = criteria[i];
        // Read without `own`: whatever an object inherits is no finite number, so a criterion id
        // like 'constructor' missing from the set counts as missing all the same.
        const score: unknown = set[c.id];
        if (typeof score !== 'number' || !Number.isFinite(score)) {
          complete = false;
          break;
        }
        const part = (c.weight / 100) * score;
        if (kept[i]) parts[c.id] = part;
        total += part;
      }
      if (complete) out.push({ jurorId, entryId, total, parts });
    }
  }
  return out;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexTotals(all: JurorTotal[]): StageTotals {
  const byEntry = new Map<string, JurorTotal[]>();
  const byJuror = new Map<string, JurorTotal[]>();
  for (const t of all) {
    push(byEntry, t.entryId, t);
    push(byJuror, t.jurorId, t);
  }
  return { all, byEntry, byJuror };
}

/**
 * Each total as a z-score within its juror's own totals, rescaled to the mean
 * and spread of all totals of the stage: a harsh juror's 70 becomes what it
 * is worth on the panel's scale. Refused (with the reason) unless every juror
 * scored at least `minEntries` entries and did not give everyone the same total.
 */
export function zscoreTotals(
  totals: readonly JurorTotal[],
  minEntries: number,
): { totals: JurorTotal[]; refusal: null } | { totals: null; refusal: ZscoreRefusal } {
  const z = zscoreScales(indexTotals([...totals]), minEntries);
  if (z.refusal) return { totals: null, refusal: z.refusal };
  return {
    totals: totals.map((t) => ({ ...t, total: rescale(t.total, z.jurors.get(t.jurorId) ?? UNIT, z.stage) })),
    refusal: null,
  };
}

/** Each juror's scale and the stage's, or why z-scores are refused (see zscoreTotals). */
function zscoreScales(
  totals: StageTotals,
  minEntries: number,
): { jurors: Map<string, Scale>; stage: Scale; refusal: null } | { refusal: ZscoreRefusal } {
  if (totals.all.length === 0) return { refusal: { reason: 'noScores' } };
  const jurorIds = [...totals.byJuror.keys()].sort();
  const fewest = jurorIds
    .map((jurorId) => ({ jurorId, count: totals.byJuror.get(jurorId)?.length ?? 0 }))
    .filter((j) => j.count < minEntries)
    .sort((a, b) => a.count - b.count)[0];
  if (fewest)
    return { refusal: { reason: 'tooFew', jurorId: fewest.jurorId, count: fewest.count, min: minEntries } };
  const jurors = new Map<string, Scale>();
  for (const jurorId of jurorIds) {
    const scale = scaleOf((totals.byJuror.get(jurorId) ?? []).map((t) => t.total));
    if (!hasSpread(scale)) return { refusal: { reason: 'noSpread', jurorId } };
    jurors.set(jurorId, scale);
  }
  return { jurors, stage: scaleOf(totals.all.map((t) => t.total)), refusal: null };
}

/** The centre and spread of a list of totals: their mean and population standard deviation. */
export interface Scale {
  mu: number;
  sd: number;
}

const UNIT: Scale = { mu: 0, sd: 1 };

/**
 * Mean and population standard deviation, both summed over the values in
 * ascending order: the same values listed in any order give the same scale to
 * the last bit, and a caller holding the values already sorted (leave-one-out)
 * can sum them in that order without sorting again.
 */
export function scaleOf(values: readonly number[]): Scale {
  if (values.length === 0) return { mu: 0, sd: 0 };
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  for (const v of sorted) total += v;
  const mu = total / sorted.length;
  let squares = 0;
  for (const v of sorted) squares += (v - mu) ** 2;
  return { mu, sd: Math.sqrt(squares / sorted.length) };
}

/** Whether a juror's totals differ enough to be standardised. */
export function hasSpread(scale: Scale): boolean {
  return scale.sd > NO_SPREAD;
}

/** A juror's total as a z-score on their own scale, put back on the stage's scale. */
export function rescale(total: number, juror: Scale, stage: Scale): number {
  return stage.mu + (stage.sd * (total - juror.mu)) / juror.sd;
}

function plainScores(
  totals: StageTotals,
  entrants: readonly string[],
  method: PlainMethod,
): Record<string, number | null> {
  const scores: Record<string, number | null> = {};
  for (const entryId of entrants) {
    scores[entryId] = aggregate(
      (totals.byEntry.get(entryId) ?? []).map((t) => t.total),
      method,
    );
  }
  return scores;
}

/** Entry scores of a stage, averaged over the jurors who actually scored each entry. */
export function aggregateStage(
  totals: StageTotals,
  entrants: readonly string[],
  method: AggregationMethod,
  zscoreMinEntries: number,
): StageAggregation {
  if (method !== 'zscore')
    return { scores: plainScores(totals, entrants, method), applied: method, refusal: null };
  const z = zscoreScales(totals, zscoreMinEntries);
  if (z.refusal)
    return { scores: plainScores(totals, entrants, 'mean'), applied: 'mean', refusal: z.refusal };
  const scores: Record<string, number | null> = {};
  for (const entryId of entrants) {
    const ofEntry = totals.byEntry.get(entryId) ?? [];
    scores[entryId] = mean(ofEntry.map((t) => rescale(t.total, z.jurors.get(t.jurorId) ?? UNIT, z.stage)));
  }
  return { scores, applied: 'zscore', refusal: null };
}

/** The mean weighted score of an entry on one criterion, over the jurors with complete sets (optionally but one). */
export function criterionMean(
  ofEntry: readonly JurorTotal[],
  criterionId: string,
  withoutJuror = '',
): number | null {
  const values: number[] = [];
  for (const t of ofEntry) {
    if (t.jurorId === withoutJuror) continue;
    // As in jurorTotals: an inherited property is never a number.
    const part: unknown = t.parts[criterionId];
    if (typeof part === 'number') values.push(part);
  }
  return mean(values);
}

/**
 * The final score of an entry that took every stage: the stage scores
 * weighted by the stages' percent weights, or the last stage's score alone.
 * Null when a stage score is missing (null, or NaN in a typed column: the
 * ranking passes a Float64Array, which holds its numbers without boxing them).
 */
export function finalScore(
  stageWeights: readonly number[],
  stageScores: ArrayLike<number | null>,
  mode: 'weighted' | 'last',
): number | null {
  if (stageScores.length === 0) return null;
  if (mode === 'last') {
    const last = stageScores[stageScores.length - 1];
    return last === null || Number.isNaN(last) ? null : last;
  }
  let total = 0;
  for (let i = 0; i < stageScores.length; i += 1) {
    const score = stageScores[i];
    if (score === null || Number.isNaN(score)) return null;
    total += (stageWeights[i] / 100) * score;
  }
  return total;
}

/** Why z-scores were not applied in a stage: the problem's code and what its message names. */
export function refusalProblem(
  refusal: ZscoreRefusal,
  stageName: string,
  jurorName: (jurorId: string) => string,
): { code: ProblemCode; params: SayParams } {
  switch (refusal.reason) {
    case 'noScores':
      return { code: 'zscore-no-scores', params: { stage: stageName } };
    case 'tooFew':
      return {
        code: 'zscore-too-few',
        params: {
          stage: stageName,
          juror: jurorName(refusal.jurorId),
          count: refusal.count,
          min: refusal.min,
        },
      };
    case 'noSpread':
      return { code: 'zscore-no-spread', params: { stage: stageName, juror: jurorName(refusal.jurorId) } };
  }
}

/** Why z-scores were not applied in a stage, in words for the secretariat. */
export function refusalNote(
  refusal: ZscoreRefusal,
  stageName: string,
  jurorName: (jurorId: string) => string,
): Text {
  const { code, params } = refusalProblem(refusal, stageName, jurorName);
  return problemText(code, params);
}
