/**
 * From the stages' aggregated scores to each entry's standing (final score,
 * tie-break values) and to the places of every category. The same functions
 * serve the ranking itself and its leave-one-juror-out recomputations, so both
 * follow exactly the same rules.
 *
 * Entries are addressed by their position in `c.entries` and per-entry values
 * kept in typed arrays ("columns", NaN for no value): leave-one-out
 * (leaveOneOut.ts) recomputes the ranking once per juror over thousands of
 * entries, from columns it copies and patches, and a typed column holds its
 * numbers without allocating one object per value.
 */
import type { Assignment, Competition, Stage, Text } from './model';
import type { CategoryRanking, RankedEntry } from './result';
import { criterionMean, finalScore, own, type StageAggregation, type StageTotals } from './aggregate';
import {
  decidedText,
  deciderOf,
  keyOf,
  rankSorted,
  roundKey,
  sortByKeys,
  tieBreakText,
  TIE,
  type Placement,
} from './rank';
import { isExcluded } from './categories';
import { rankingMessages } from '../i18n/ranking';
import { say } from './say';

/** One stage as computed: who took part, who scored what, and the resulting scores. */
export interface StageRun {
  stage: Stage;
  entrants: string[];
  /** Who scores what: conflicts and recusals left out. */
  assignment: Assignment;
  /** The rows each juror's tab lists: the assignment plus the entries the juror withdrew from. */
  listed: Assignment;
  totals: StageTotals;
  aggregation: StageAggregation;
  /** Entrants that some assigned juror has not fully scored. */
  incomplete: Set<string>;
  /** The entrants were fixed when the stage's tabs were generated (core/frozen.ts). */
  frozen?: boolean;
  /** A frozen stage the Setup would now cut differently: who would enter and leave; null when none. */
  cut?: { enter: string[]; leave: string[] } | null;
  /** That cut was applied: the secretariat confirmed it, and the stage takes the entrants the Setup now picks. */
  confirmed?: boolean;
}

/** One value per entry, in `c.entries` order; NaN = none (no score is NaN). */
export type Column = Float64Array;

/** A column's value as the result shows it: null for none. */
export function valueAt(column: Column, i: number): number | null {
  const v = column[i];
  return Number.isNaN(v) ? null : v;
}

/** A column of nulls. */
export function noneColumn(n: number): Column {
  return new Float64Array(n).fill(NaN);
}

/** The competition's entries by position, with what does not change when a juror is left out. */
export interface Layout {
  ids: string[];
  indexOf: Map<string, number>;
  /** Index of the last stage each entry took part in; -1 for none. */
  reached: number[];
  excluded: boolean[];
  /** The category each entry is ranked in; '' = awaiting a decision. */
  group: string[];
}

export interface Standings {
  finalScore: Column;
  /** What each entry is ranked by: its final score, or its score in the stage it stopped at. */
  rankScore: Column;
  /** One column per rule of the tie-break chain. */
  tieBreaks: Column[];
  /**
   * For an entry that reached a stage nobody has scored it in yet (a finalist
   * while the final stage is under way), the earlier stage whose score ranks
   * it for now; null for every other entry.
   */
  interimStage: (number | null)[];
}

/** Entrants that some juror assigned to them has no complete score set for. */
export function incompleteEntrants(assignment: Assignment, totals: StageTotals): Set<string> {
  const incomplete = new Set<string>();
  for (const jurorId of Object.keys(assignment)) {
    const scored = new Set((totals.byJuror.get(jurorId) ?? []).map((t) => t.entryId));
    for (const entryId of assignment[jurorId]) if (!scored.has(entryId)) incomplete.add(entryId);
  }
  return incomplete;
}

export function layoutOf(
  c: Competition,
  runs: readonly StageRun[],
  groupOf: ReadonlyMap<string, string>,
): Layout {
  const ids = c.entries.map((e) => e.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const reached = ids.map(() => -1);
  runs.forEach((run, stageIndex) => {
    for (const id of run.entrants) {
      const i = indexOf.get(id);
      if (i !== undefined) reached[i] = stageIndex;
    }
  });
  return {
    ids,
    indexOf,
    reached,
    excluded: c.entries.map(isExcluded),
    group: ids.map((id) => groupOf.get(id) ?? ''),
  };
}

export function scoreColumn(layout: Layout, scores: Record<string, number | null>): Column {
  return Float64Array.from(layout.ids, (id) => own(scores, id) ?? NaN);
}

/** The tie-break values of every entry, one column per rule. */
export function tieBreakColumns(
  c: Competition,
  layout: Layout,
  runs: readonly StageRun[],
  scores: readonly Column[],
): Column[] {
  const stageIndex = new Map(runs.map((run, index) => [run.stage.id, index]));
  return c.settings.tieBreaks.map((rule) => {
    const index = stageIndex.get(rule.stageId);
    if (index === undefined) return noneColumn(layout.ids.length);
    if (rule.kind === 'stage') return scores[index];
    const byEntry = runs[index].totals.byEntry;
    return Float64Array.from(
      layout.ids,
      (id) => criterionMean(byEntry.get(id) ?? [], rule.criterionId) ?? NaN,
    );
  });
}

export function standingsOf(
  c: Competition,
  layout: Layout,
  runs: readonly StageRun[],
  scores: readonly Column[],
  tieBreaks: Column[],
): Standings {
  const weights = runs.map((r) => r.stage.weight);
  const last = runs.length - 1;
  const n = layout.ids.length;
  const finals = noneColumn(n);
  const rankScore = noneColumn(n);
  const row = new Float64Array(scores.length);
  const interimStage: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = 0; i < n; i += 1) {
    const reached = layout.reached[i];
    const full = runs.length > 0 && reached === last;
    let score = NaN;
    if (full) {
      for (let s = 0; s < scores.length; s += 1) row[s] = scores[s][i];
      score = finalScore(weights, row, c.settings.finalScore) ?? NaN;
      finals[i] = score;
    } else if (reached >= 0) score = scores[reached][i];
    // Not scored yet where it stands: ranked for now by the last stage that scored it, never below
    // the entries that stopped there (see placeIndex).
    if (Number.isNaN(score) && reached >= 0 && Number.isNaN(scores[reached][i])) {
      for (let s = reached - 1; s >= 0; s -= 1) {
        if (!Number.isNaN(scores[s][i])) {
          interimStage[i] = s;
          score = scores[s][i];
          break;
        }
      }
    }
    rankScore[i] = score;
  }
  return { finalScore: finals, rankScore, tieBreaks, interimStage };
}

/**
 * Place, tie and decider of every entry by position (place 0: none), each
 * category ranked on its own. `hint` lists every position in an order close
 * to the result (leave-one-out gives the published one): the places do not
 * depend on it, only the time the sort takes.
 */
export function placeIndex(
  layout: Layout,
  standings: Standings,
  hint?: Int32Array,
): { place: Int32Array; decider: Int32Array } {
  return placer(layout, standings.tieBreaks.length)(layout, standings, hint);
}

/**
 * placeIndex for one layout placed many times: leave-one-out places it once
 * per juror, with other stages reached and other standings, so the groups and
 * every buffer are made once. The layouts given to the function returned must
 * have the entries, categories and exclusions of `base`; the arrays it
 * returns are its own, overwritten by the next call.
 */
export function placer(
  base: Layout,
  tieBreaks: number,
): (layout: Layout, standings: Standings, hint?: Int32Array) => { place: Int32Array; decider: Int32Array } {
  const n = base.ids.length;
  const groupIndex = new Map<string, number>();
  const groupOf = Int32Array.from(base.group, (g) => {
    let index = groupIndex.get(g);
    if (index === undefined) groupIndex.set(g, (index = groupIndex.size));
    return index;
  });
  const groups = groupIndex.size;
  const keys = Array.from({ length: 2 + tieBreaks }, () => new Float64Array(n));
  const ranked = new Uint8Array(n);
  const start = new Int32Array(groups + 1);
  const members = new Int32Array(n);
  const scratch = new Int32Array(n);
  const sortedPlace = new Int32Array(n);
  const sortedDecider = new Int32Array(n);
  const place = new Int32Array(n);
  const decider = new Int32Array(n);
  return (layout, standings, hint) => {
    start.fill(0);
    for (let i = 0; i < n; i += 1) {
      const score = standings.rankScore[i];
      ranked[i] = layout.excluded[i] || Number.isNaN(score) ? 0 : 1;
      if (ranked[i] === 0) continue;
      start[groupOf[i] + 1] += 1;
      // An entry ranked for now by an earlier stage: halfway, above every entry that stopped at that stage
      // and below those scored where they stand.
      keys[0][i] = layout.reached[i] - (standings.interimStage[i] === null ? 0 : 0.5);
      keys[1][i] = roundKey(score);
      for (let r = 0; r < tieBreaks; r += 1) keys[2 + r][i] = keyOf(valueAt(standings.tieBreaks[r], i));
    }
    for (let g = 0; g < groups; g += 1) start[g + 1] += start[g];
    // Each category's members, in the order of the hint, side by side.
    const fill = start.slice(0, groups);
    for (let o = 0; o < n; o += 1) {
      const i = hint ? hint[o] : o;
      if (ranked[i] === 1) members[fill[groupOf[i]]++] = i;
    }
    place.fill(0);
    decider.fill(0);
    for (let g = 0; g < groups; g += 1) {
      const order = members.subarray(start[g], start[g + 1]);
      sortByKeys(keys, order, scratch);
      rankSorted(keys, order, sortedPlace, sortedDecider);
      for (let k = 0; k < order.length; k += 1) {
        place[order[k]] = sortedPlace[k];
        decider[order[k]] = sortedDecider[k];
      }
    }
    return { place, decider };
  };
}

/** Places of every ranked entry (by position), each category ranked on its own. Excluded and unscored entries get none. */
export function placeAll(layout: Layout, standings: Standings): (Placement | null)[] {
  const { place, decider } = placeIndex(layout, standings);
  return layout.ids.map((entryId, i) =>
    place[i] === 0
      ? null
      : { entryId, place: place[i], tie: decider[i] === TIE, decider: deciderOf(decider[i]) },
  );
}

function tieBreakTexts(c: Competition): Text[] {
  return c.settings.tieBreaks.map((rule) => {
    const stage = c.stages.find((s) => s.id === rule.stageId);
    const criterion =
      rule.kind === 'criterion' ? c.criteria.find((k) => k.id === rule.criterionId) : undefined;
    return tieBreakText(
      rule,
      stage?.name ?? rule.stageId,
      criterion?.name ?? (rule.kind === 'criterion' ? rule.criterionId : ''),
    );
  });
}

/**
 * The categories with their entries in place order (then unscored, then
 * excluded entries), before manual adjustments and advancement.
 */
export function rankedCategories(
  c: Competition,
  groups: readonly { categoryId: string; name: string }[],
  layout: Layout,
  runs: readonly StageRun[],
  scores: readonly Column[],
  standings: Standings,
  placements: readonly (Placement | null)[],
): CategoryRanking[] {
  const texts = tieBreakTexts(c);
  // The few texts that say what decided a place, made once each (thousands of entries share them).
  const said = new Map<string, Text>();
  const decided = (decider: Placement['decider'], stopped: string): Text => {
    const key = `${decider}\u0000${stopped}`;
    let text = said.get(key);
    if (text === undefined) said.set(key, (text = decidedText(decider, stopped, texts)));
    return text;
  };
  const unscored = say(rankingMessages, 'decided.unscored');
  const byGroup = new Map(groups.map((g) => [g.categoryId, [] as RankedEntry[]]));
  c.entries.forEach((entry, i) => {
    const list = byGroup.get(layout.group[i]);
    if (!list) return;
    const placement = placements[i];
    const last = layout.reached[i];
    const full = last === runs.length - 1;
    const stageScores: Record<string, number | null> = {};
    runs.forEach((r, s) => (stageScores[r.stage.id] = valueAt(scores[s], i)));
    const excludedReason = layout.excluded[i] ? entry.excludedReason.trim() : '';
    const interim = standings.interimStage[i];
    const decidedBy =
      excludedReason !== ''
        ? say(rankingMessages, 'decided.excluded', { reason: excludedReason })
        : placement && interim !== null && placement.decider === 'score'
          ? say(rankingMessages, 'decided.interim', {
              stage: runs[interim].stage.name,
              next: runs[last].stage.name,
            })
          : placement
            ? decided(placement.decider, full ? '' : runs[last].stage.name)
            : unscored;
    list.push({
      entryId: entry.id,
      title: entry.title,
      agency: entry.agency,
      categoryId: layout.group[i],
      place: placement?.place ?? null,
      computedPlace: placement?.place ?? null,
      finalScore: valueAt(standings.finalScore, i),
      stageScores,
      lastStageId: last >= 0 ? runs[last].stage.id : '',
      tie: placement?.tie ?? false,
      decidedBy,
      advances: false,
      incomplete: runs.some((r, s) => s <= last && r.incomplete.has(entry.id)),
      excludedReason,
      adjustments: [],
    });
  });
  return groups.map((g) => ({ ...g, entries: inListOrder(byGroup.get(g.categoryId) ?? []), agreement: [] }));
}

/** Places first (ties in entry order), then unscored entries, then excluded ones. */
function inListOrder(entries: readonly RankedEntry[]): RankedEntry[] {
  const rankOf = (e: RankedEntry): number => (e.excludedReason !== '' ? 2 : e.place === null ? 1 : 0);
  return [...entries].sort((a, b) => rankOf(a) - rankOf(b) || (a.place ?? 0) - (b.place ?? 0));
}
