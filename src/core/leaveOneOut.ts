/**
 * How much the published ranking rests on any one juror: the whole pipeline
 * run again without that juror's scores. Each stage's scores are recomputed
 * (under z-scores every score of the stage moves, and the guard is asked
 * again), the next stage's entrants follow from them by the Setup's rule,
 * places follow from the stage scores, the Setup's manual adjustments are
 * applied again as written, and the outcome is compared with what was
 * published: the places after adjustments, and who entered each stage.
 *
 * An entry that would have entered a later stage has no scores there (no
 * juror was given it), so it is ranked as unscored in that stage; an entry
 * that would have missed a stage loses the scores it got there.
 *
 * Speed: a national stage has thousands of entries and a dozen jurors, and
 * this runs once per juror. Everything that does not depend on the juror left
 * out is prepared once in typed arrays (each total's entry, juror and value,
 * the totals of each entry, the totals in order of size, each juror's scale);
 * each run only walks them. The arithmetic is the engine's own (the same
 * sums over values sorted by size, the same rescaling), so a run gives
 * bit-for-bit the scores the engine would give the same totals.
 */
import type { Adjustment, Competition } from './model';
import type { CategoryRanking, LeaveOneOut, PlaceChange, StageChange } from './result';
import { aggregate, hasSpread, rescale, scaleOf, type PlainMethod, type Scale } from './aggregate';
import { applyPlaceAdjustments } from './adjust';
import { stageEntrants } from './assign';
import type { CategoryPlan } from './categories';
import {
  placeAll,
  placer,
  rankedCategories,
  standingsOf,
  type Column,
  type Layout,
  type StageRun,
  valueAt,
} from './standings';

/** One stage's totals, laid out once for every run. */
interface Prepared {
  run: StageRun;
  /** Per total: its entry (layout position), its juror (position in `jurors`), its value. */
  entry: Int32Array;
  juror: Int32Array;
  value: Float64Array;
  /** The totals of entry i are order[start[i] .. start[i + 1]), in the order the stage lists them. */
  start: Int32Array;
  order: Int32Array;
  /** The most totals any entry has: the size of the scratch array a run collects an entry's values in. */
  widest: number;
  /**
   * The values of the totals of the published entrants, smallest first (a sum in this order is the
   * engine's sorted sum), and the same of each juror's alone: the values without one juror are the
   * first list less the second, still in order.
   */
  sorted: Float64Array;
  sortedOf: Float64Array[];
  /** Each juror's scale over all their totals of the stage (valid while the stage's entrants are unchanged). */
  scales: (Scale | null)[];
  /** Totals per juror. */
  counts: Int32Array;
  /** Published entrants, as a mask over the layout. */
  entrants: Uint8Array;
  /** Published stage score per entry (NaN = none). */
  scores: Column;
  /** Per criterion a tie-break rule names: each total's weighted part on it (NaN = none). */
  parts: Map<string, Float64Array>;
}

export interface Published {
  layout: Layout;
  runs: readonly StageRun[];
  /** The published stage score columns. */
  scores: readonly Column[];
  /** Tie-break columns as published. */
  ties: readonly Column[];
  /** The published categories, after manual adjustments. */
  categories: readonly CategoryRanking[];
  groups: readonly { categoryId: string; name: string }[];
}

function prepare(
  layout: Layout,
  run: StageRun,
  jurorIndex: ReadonlyMap<string, number>,
  jurors: number,
  scores: Column,
  tieCriteria: readonly string[],
): Prepared {
  const all = run.totals.all;
  const entries = layout.ids.length;
  const entry = new Int32Array(all.length);
  const juror = new Int32Array(all.length);
  const value = new Float64Array(all.length);
  const start = new Int32Array(entries + 1);
  all.forEach((t, k) => {
    entry[k] = layout.indexOf.get(t.entryId) ?? -1;
    juror[k] = jurorIndex.get(t.jurorId) ?? -1;
    value[k] = t.total;
    if (entry[k] >= 0) start[entry[k] + 1] += 1;
  });
  let widest = 0;
  for (let i = 0; i < entries; i += 1) {
    widest = Math.max(widest, start[i + 1]);
    start[i + 1] += start[i];
  }
  const fill = start.slice(0, entries);
  const order = new Int32Array(start[entries]);
  for (let k = 0; k < all.length; k += 1) if (entry[k] >= 0) order[fill[entry[k]]++] = k;
  const counts = new Int32Array(jurors);
  const valuesOf: number[][] = Array.from({ length: jurors }, () => []);
  for (let k = 0; k < all.length; k += 1) {
    if (juror[k] < 0) continue;
    counts[juror[k]] += 1;
    valuesOf[juror[k]].push(value[k]);
  }
  const entrants = new Uint8Array(entries);
  for (const id of run.entrants) {
    const i = layout.indexOf.get(id);
    if (i !== undefined) entrants[i] = 1;
  }
  // Sorted by the typed arrays' own numeric sort, as scaleOf sorts.
  const kept: number[] = [];
  const keptOf: number[][] = Array.from({ length: jurors }, () => []);
  for (let k = 0; k < all.length; k += 1) {
    if (entry[k] < 0 || entrants[entry[k]] === 0) continue;
    kept.push(value[k]);
    if (juror[k] >= 0) keptOf[juror[k]].push(value[k]);
  }
  const parts = new Map<string, Float64Array>();
  for (const criterionId of tieCriteria) {
    const part = new Float64Array(all.length);
    all.forEach((t, k) => {
      const v: unknown = t.parts[criterionId];
      part[k] = typeof v === 'number' ? v : NaN;
    });
    parts.set(criterionId, part);
  }
  return {
    parts,
    run,
    entry,
    juror,
    value,
    start,
    order,
    widest,
    sorted: Float64Array.from(kept).sort(),
    sortedOf: keptOf.map((v) => Float64Array.from(v).sort()),
    scales: valuesOf.map((v) => (v.length > 0 ? scaleOf(v) : null)),
    counts,
    entrants,
    scores,
  };
}

function sameMask(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** A total counts in a run when its juror is not the one left out and its entry takes part in the stage. */
function keeps(p: Prepared, k: number, without: number, entrants: Uint8Array): boolean {
  return p.juror[k] !== without && p.entry[k] >= 0 && entrants[p.entry[k]] === 1;
}

/**
 * Under z-scores: each juror's scale and the stage's, over the totals kept,
 * or null when the guard refuses (a juror below the minimum or without
 * spread, or no totals at all) and the plain mean is used instead.
 */
function zscoreScales(
  p: Prepared,
  without: number,
  entrants: Uint8Array,
  same: boolean,
  minEntries: number,
): { jurors: (Scale | null)[]; stage: Scale } | null {
  const jurors = p.counts.length;
  let scales: (Scale | null)[];
  if (same) {
    scales = p.scales.map((scale, j) => (j === without ? null : scale));
    for (let j = 0; j < jurors; j += 1) {
      const scale = scales[j];
      if (scale && (p.counts[j] < minEntries || !hasSpread(scale))) return null;
    }
  } else {
    const valuesOf: number[][] = Array.from({ length: jurors }, () => []);
    for (let k = 0; k < p.value.length; k += 1)
      if (keeps(p, k, without, entrants)) valuesOf[p.juror[k]].push(p.value[k]);
    scales = valuesOf.map((v) => (v.length > 0 ? scaleOf(v) : null));
    for (let j = 0; j < jurors; j += 1) {
      const scale = scales[j];
      if (scale && (valuesOf[j].length < minEntries || !hasSpread(scale))) return null;
    }
  }
  let stage: Scale | null;
  if (same) stage = scaleWithout(p.sorted, without >= 0 ? p.sortedOf[without] : new Float64Array(0));
  else {
    const values: number[] = [];
    for (let k = 0; k < p.value.length; k += 1) if (keeps(p, k, without, entrants)) values.push(p.value[k]);
    stage = values.length > 0 ? scaleOf(values) : null;
  }
  return stage === null ? null : { jurors: scales, stage };
}

/**
 * scaleOf over the values of `sorted` less those of `skip` (a part of them,
 * also sorted), summed smallest first as scaleOf sums them; null for none. A
 * value equal to one to skip may be skipped in place of it: the sums add the
 * same values in the same order.
 */
function scaleWithout(sorted: Float64Array, skip: Float64Array): Scale | null {
  let sum = 0;
  let n = 0;
  for (let i = 0, s = 0; i < sorted.length; i += 1) {
    if (s < skip.length && sorted[i] === skip[s]) s += 1;
    else {
      sum += sorted[i];
      n += 1;
    }
  }
  if (n === 0) return null;
  const mu = sum / n;
  let squares = 0;
  for (let i = 0, s = 0; i < sorted.length; i += 1) {
    if (s < skip.length && sorted[i] === skip[s]) s += 1;
    else squares += (sorted[i] - mu) ** 2;
  }
  return { mu, sd: Math.sqrt(squares / n) };
}

/**
 * aggregate() over the first n values of a scratch array, NaN for none. One or two values (most
 * entries of a national stage) are taken without a view of the array: each method gives the value
 * itself for one, and the sum halved for two (two values add up the same in either order).
 */
function aggregateFirst(values: Float64Array, n: number, method: PlainMethod): number {
  if (n === 0) return NaN;
  if (n === 1) return values[0];
  if (n === 2) return (values[0] + values[1]) / 2;
  return aggregate(values.subarray(0, n), method) ?? NaN;
}

/** The stage's scores without one juror, over the given entrants. */
function stageScores(
  c: Competition,
  p: Prepared,
  without: number,
  entrants: Uint8Array,
  same: boolean,
): Column {
  const { method, zscoreMinEntries } = c.settings;
  const z = method === 'zscore' ? zscoreScales(p, without, entrants, same, zscoreMinEntries) : null;
  const plain = method === 'zscore' ? 'mean' : method;
  const column: Column = p.scores.slice();
  const values = new Float64Array(p.widest);
  for (let i = 0; i < entrants.length; i += 1) {
    if (entrants[i] === 0) {
      column[i] = NaN;
      continue;
    }
    let touched = !same || method === 'zscore';
    for (let o = p.start[i]; !touched && o < p.start[i + 1]; o += 1)
      touched = p.juror[p.order[o]] === without;
    if (!touched) continue;
    let n = 0;
    for (let o = p.start[i]; o < p.start[i + 1]; o += 1) {
      const k = p.order[o];
      if (p.juror[k] === without) continue;
      values[n++] = z ? rescale(p.value[k], z.jurors[p.juror[k]] as Scale, z.stage) : p.value[k];
    }
    column[i] = aggregateFirst(values, n, plain);
  }
  return column;
}

/** The entrants of a stage as the Setup's rule picks them from the previous stage's scores. */
function nextEntrants(
  c: Competition,
  plan: CategoryPlan,
  layout: Layout,
  index: number,
  previous: Uint8Array,
  scores: Column,
): Uint8Array {
  const rule = c.stages[index].entry;
  if (rule.kind === 'all') return previous.slice();
  const ids: string[] = [];
  const byId: Record<string, number | null> = {};
  for (let i = 0; i < previous.length; i += 1) {
    if (previous[i] === 0) continue;
    ids.push(layout.ids[i]);
    byId[layout.ids[i]] = valueAt(scores, i);
  }
  const mask = new Uint8Array(previous.length);
  for (const id of stageEntrants(c, plan, index, ids, byId)) mask[layout.indexOf.get(id) as number] = 1;
  return mask;
}

/** Tie-break columns without one juror: only entries they scored, or whose stage membership changed, move. */
function tieBreaksWithout(
  c: Competition,
  published: Published,
  prepared: readonly Prepared[],
  masks: readonly Uint8Array[],
  scores: readonly Column[],
  without: number,
): Column[] {
  const stageIndex = new Map(published.runs.map((run, index) => [run.stage.id, index]));
  return c.settings.tieBreaks.map((rule, r) => {
    const s = stageIndex.get(rule.stageId);
    if (s === undefined) return published.ties[r];
    if (rule.kind === 'stage') return scores[s];
    const p = prepared[s];
    const column = published.ties[r].slice();
    const part = p.parts.get(rule.criterionId) as Float64Array;
    const values = new Float64Array(p.widest);
    for (let i = 0; i < column.length; i += 1) {
      const moved = masks[s][i] !== p.entrants[i];
      let touched = moved;
      for (let o = p.start[i]; !touched && o < p.start[i + 1]; o += 1)
        touched = p.juror[p.order[o]] === without;
      if (!touched) continue;
      // criterionMean over the entry's totals but the juror's, from the parts laid out once.
      let n = 0;
      if (masks[s][i] === 1)
        for (let o = p.start[i]; o < p.start[i + 1]; o += 1) {
          const k = p.order[o];
          if (p.juror[k] !== without && !Number.isNaN(part[k])) values[n++] = part[k];
        }
      column[i] = aggregateFirst(values, n, 'mean');
    }
    return column;
  });
}

/** Places per entry after the Setup's manual adjustments, applied to a recomputed ranking as to the published one. */
function adjustedPlaces(
  c: Competition,
  published: Published,
  layout: Layout,
  scores: Column[],
  standings: ReturnType<typeof standingsOf>,
  placements: ReturnType<typeof placeAll>,
  adjustments: readonly Adjustment[],
): (number | null)[] {
  const categories = rankedCategories(
    c,
    published.groups,
    layout,
    published.runs,
    scores,
    standings,
    placements,
  );
  applyPlaceAdjustments(categories, adjustments);
  const places: (number | null)[] = layout.ids.map(() => null);
  for (const k of categories)
    for (const e of k.entries) places[layout.indexOf.get(e.entryId) as number] = e.place;
  return places;
}

/** What would change without each juror who scored anything, against the published ranking. */
export function leaveOneOut(c: Competition, plan: CategoryPlan, published: Published): LeaveOneOut[] {
  const { layout, runs } = published;
  const jurorIds = c.jurors.map((j) => j.id);
  const jurorIndex = new Map(jurorIds.map((id, i) => [id, i]));
  const prepared = runs.map((run, s) =>
    prepare(
      layout,
      run,
      jurorIndex,
      jurorIds.length,
      published.scores[s],
      c.settings.tieBreaks.flatMap((rule) =>
        rule.kind === 'criterion' && rule.stageId === run.stage.id ? [rule.criterionId] : [],
      ),
    ),
  );
  const publishedPlaces: (number | null)[] = layout.ids.map(() => null);
  // The published list order, every other position after it: each run's places sort from there.
  const hint = new Int32Array(layout.ids.length);
  const listed = new Uint8Array(layout.ids.length);
  let h = 0;
  for (const k of published.categories)
    for (const e of k.entries) {
      const i = layout.indexOf.get(e.entryId) as number;
      publishedPlaces[i] = e.place;
      if (listed[i] === 0) hint[h++] = i;
      listed[i] = 1;
    }
  for (let i = 0; i < listed.length; i += 1) if (listed[i] === 0) hint[h++] = i;
  const placeOf = placer(layout, c.settings.tieBreaks.length);

  return c.jurors
    .filter((j) => runs.some((run) => run.totals.byJuror.has(j.id)))
    .map((j) => {
      const without = jurorIndex.get(j.id) as number;
      const masks: Uint8Array[] = [];
      const scores: Column[] = [];
      prepared.forEach((p, s) => {
        const mask = s === 0 ? p.entrants : nextEntrants(c, plan, layout, s, masks[s - 1], scores[s - 1]);
        masks.push(mask);
        scores.push(stageScores(c, p, without, mask, sameMask(mask, p.entrants)));
      });
      const stageChanges: StageChange[] = [];
      prepared.forEach((p, s) => {
        for (let i = 0; i < layout.ids.length; i += 1)
          if (masks[s][i] !== p.entrants[i])
            stageChanges.push({ entryId: layout.ids[i], stageId: p.run.stage.id, enters: masks[s][i] === 1 });
      });
      const reached: number[] = new Array<number>(layout.ids.length).fill(-1);
      masks.forEach((mask, s) => {
        for (let i = 0; i < mask.length; i += 1) if (mask[i] === 1) reached[i] = s;
      });
      const hypothetical: Layout = { ...layout, reached };
      const ties = tieBreaksWithout(c, published, prepared, masks, scores, without);
      const standings = standingsOf(c, hypothetical, runs, scores, ties);
      const changes: PlaceChange[] = [];
      if (c.adjustments.length > 0) {
        const places = adjustedPlaces(
          c,
          published,
          hypothetical,
          scores,
          standings,
          placeAll(hypothetical, standings),
          c.adjustments,
        );
        layout.ids.forEach((entryId, i) => {
          const from = publishedPlaces[i];
          if (from !== null && places[i] !== from) changes.push({ entryId, from, to: places[i] });
        });
      } else {
        // Place 0 is none.
        const { place } = placeOf(hypothetical, standings, hint);
        for (let i = 0; i < place.length; i += 1) {
          const from = publishedPlaces[i];
          const to = place[i] === 0 ? null : place[i];
          if (from !== null && to !== from) changes.push({ entryId: layout.ids[i], from, to });
        }
      }
      return { jurorId: j.id, stageChanges, changes };
    });
}
