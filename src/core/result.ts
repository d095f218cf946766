/**
 * What a ranking computation produces. Plain data only (no Date, no class, no
 * Map): it crosses JSON and google.script.run unchanged.
 */
import type { Adjustment, AggregationMethod, Problem, Progress, Text, TieBreak } from './model';

export interface RankedEntry {
  entryId: string;
  title: string;
  agency: string;
  /** The category the entry is ranked in (after a dropped category's fallback); '' = awaiting a decision. */
  categoryId: string;
  /** After manual adjustments; null for excluded entries and entries without a score. */
  place: number | null;
  /** As the rules alone decided it, before manual adjustments. */
  computedPlace: number | null;
  /** Null for entries that did not take every stage, or lack a score in one of them. */
  finalScore: number | null;
  /** Every stage id -> the entry's score there; null when it did not take part or nobody scored it. */
  stageScores: Record<string, number | null>;
  /** The last stage the entry took part in; '' when none. */
  lastStageId: string;
  tie: boolean;
  /** The rule that decided the place. */
  decidedBy: Text;
  advances: boolean;
  /** Advances by a composition quota, where a plain "best N" would not have taken it. */
  advancedByQuota?: boolean;
  /** Some juror assigned to the entry has no complete score set in a stage it took part in. */
  incomplete: boolean;
  excludedReason: string;
  /** The manual adjustments applied to this entry, in the order applied. */
  adjustments: Adjustment[];
}

export interface CategoryAgreement {
  stageId: string;
  kendallW: number | null;
  /** Jurors who scored every entrant of the category in the stage (those W is computed over). */
  jurors: number;
  /** Entrants of the category in the stage. */
  entries: number;
  /** Why W is not given; null when it is. */
  note: Text | null;
  /** Jurors who scored some but not every entrant, so W leaves them out. */
  leftOut: string[];
  alpha: AlphaAgreement;
}

/** Krippendorff's alpha (interval) over the entries of a category, or of a whole stage. */
export interface AlphaAgreement {
  stageId: string;
  value: number | null;
  /** Entries scored by at least two jurors: the ones alpha compares. */
  entries: number;
  /** Jurors with at least one total on such an entry. */
  jurors: number;
  /** Why alpha is not given; null when it is. */
  note: Text | null;
  /** Jurors who scored something but shared no entry with another juror, so alpha leaves them out. */
  leftOut: string[];
}

export interface CategoryRanking {
  categoryId: string;
  name: string;
  /** Ranked entries in place order, then entries without a score, then excluded entries. */
  entries: RankedEntry[];
  agreement: CategoryAgreement[];
}

export interface StageMethod {
  stageId: string;
  applied: AggregationMethod;
  /** Why the requested method was not applied; null when it was. */
  note: Text | null;
}

export interface JurorTotalRow {
  stageId: string;
  jurorId: string;
  entryId: string;
  total: number;
}

export interface JurorOffset {
  stageId: string;
  jurorId: string;
  /** Mean of (own total - mean of the other jurors' totals) over shared entries; null when none is shared. */
  meanOffset: number | null;
  entries: number;
}

export interface Disagreement {
  stageId: string;
  entryId: string;
  min: number;
  max: number;
  spread: number;
}

export interface PlaceChange {
  entryId: string;
  from: number;
  /** Null when the entry would be left without any score. */
  to: number | null;
}

/** An entry that would have entered a stage it did not, or missed one it entered. */
export interface StageChange {
  entryId: string;
  stageId: string;
  /** True: would have entered the stage; false: would not have. */
  enters: boolean;
}

export interface LeaveOneOut {
  jurorId: string;
  /** Who would enter each later stage differently, in stage then entry order. */
  stageChanges: StageChange[];
  /** Published places (after manual adjustments) that would change, in entry order. */
  changes: PlaceChange[];
}

export interface RankingResult {
  competition: { name: string; year: number };
  method: { requested: AggregationMethod; stages: StageMethod[] };
  finalScore: 'weighted' | 'last';
  tieBreaks: TieBreak[];
  categories: CategoryRanking[];
  dropped: { categoryId: string; entries: number; movedTo: string }[];
  jurorTotals: JurorTotalRow[];
  offsets: JurorOffset[];
  disagreements: Disagreement[];
  /** Krippendorff's alpha of each stage over all its entrants. */
  stageAgreement: AlphaAgreement[];
  leaveOneOut: LeaveOneOut[];
  progress: Progress[];
  /** Validation, category plan, assignment, score check, method notes and adjustments. */
  problems: Problem[];
  /** False when any error problem exists or any entry's scores are incomplete. */
  complete: boolean;
  /**
   * Set while a later stage is under way and some of its entrants have no
   * score there yet: they are ranked by the last stage fully scored, `done`.
   */
  interim: { done: string; pending: string; text: Text } | null;
}
