/**
 * The floor of `npm run bench`: a plain loop over typed arrays that produces
 * the same places, leave-one-juror-out changes, disagreements and juror
 * offsets as computeRanking, for the benchmark's competitions. It is what the
 * engine's time is measured against (issue 16: within 4 times this floor), and
 * test/scripts/floor.test.ts checks that it agrees with the engine at province
 * size, so that it stays an honest reference.
 *
 * Its scope is the benchmark's: every stage takes every entry, the mean or
 * z-scores (with the engine's guard), a weighted final score, tie-breaks on a
 * criterion or a stage score, no manual adjustments, every sheet row complete
 * and valid. It does no validation, no messages, no texts. Sums are plain
 * (not sorted by size as the engine's are), which can only matter for totals
 * equal to within 1e-9.
 */
import type { Competition, ScoreSheet } from '../src/core/model';

export interface Floor {
  /** Place per entry (in c.entries order); null for none. */
  places: (number | null)[];
  leaveOneOut: { jurorId: string; changes: { entryId: string; from: number; to: number | null }[] }[];
  disagreements: { stageId: string; entryId: string; spread: number }[];
  offsets: { stageId: string; jurorId: string; meanOffset: number | null; entries: number }[];
}

const key = (v: number) => Math.round(v * 1e9) / 1e9;

interface StageData {
  n: number;
  entry: Int32Array;
  juror: Int32Array;
  value: Float64Array;
  /** Per tie-break rule on a criterion of this stage: the weighted criterion score of each total. */
  parts: Map<number, Float64Array>;
}

function readStage(
  c: Competition,
  stageIndex: number,
  sheets: readonly ScoreSheet[],
  entryOf: Map<string, number>,
  jurorOf: Map<string, number>,
): StageData {
  const stage = c.stages[stageIndex];
  const criteria = c.criteria.filter((k) => k.stageId === stage.id);
  const ruleCriteria = new Map<number, string>();
  c.settings.tieBreaks.forEach((rule, r) => {
    if (rule.kind === 'criterion' && rule.stageId === stage.id) ruleCriteria.set(r, rule.criterionId);
  });
  let n = 0;
  for (const sheet of sheets) if (sheet.stageId === stage.id) n += sheet.rows.length;
  const entry = new Int32Array(n);
  const juror = new Int32Array(n);
  const value = new Float64Array(n);
  const parts = new Map([...ruleCriteria.keys()].map((r) => [r, new Float64Array(n)]));
  let k = 0;
  for (const sheet of sheets) {
    if (sheet.stageId !== stage.id) continue;
    const j = jurorOf.get(sheet.jurorId) as number;
    for (const row of sheet.rows) {
      let total = 0;
      for (const criterion of criteria)
        total += (criterion.weight / 100) * (row.scores[criterion.id] as number);
      entry[k] = entryOf.get(row.entryId) as number;
      juror[k] = j;
      value[k] = total;
      for (const [r, criterionId] of ruleCriteria) {
        const criterion = criteria.find((x) => x.id === criterionId);
        (parts.get(r) as Float64Array)[k] =
          ((criterion?.weight ?? 0) / 100) * (row.scores[criterionId] as number);
      }
      k += 1;
    }
  }
  return { n, entry, juror, value, parts };
}

/** Stage scores (NaN = none), without juror `without` (-1 = none). */
function stageScores(
  c: Competition,
  d: StageData,
  entries: number,
  jurors: number,
  without: number,
): Float64Array {
  const sum = new Float64Array(entries);
  const count = new Int32Array(entries);
  let values = d.value;
  if (c.settings.method === 'zscore') {
    const js = new Float64Array(jurors);
    const jq = new Float64Array(jurors);
    const jn = new Int32Array(jurors);
    let s = 0;
    let q = 0;
    let m = 0;
    for (let k = 0; k < d.n; k++) {
      const j = d.juror[k];
      if (j === without) continue;
      js[j] += d.value[k];
      jn[j] += 1;
      s += d.value[k];
      m += 1;
    }
    const mu = s / m;
    for (let k = 0; k < d.n; k++) if (d.juror[k] !== without) q += (d.value[k] - mu) ** 2;
    const sd = Math.sqrt(q / m);
    for (let k = 0; k < d.n; k++)
      if (d.juror[k] !== without) jq[d.juror[k]] += (d.value[k] - js[d.juror[k]] / jn[d.juror[k]]) ** 2;
    let applied = m > 0;
    for (let j = 0; j < jurors; j++) {
      if (jn[j] === 0) continue;
      if (jn[j] < c.settings.zscoreMinEntries || !(Math.sqrt(jq[j] / jn[j]) > 1e-9)) applied = false;
    }
    if (applied) {
      values = new Float64Array(d.n);
      for (let k = 0; k < d.n; k++) {
        const j = d.juror[k];
        values[k] = mu + (sd * (d.value[k] - js[j] / jn[j])) / Math.sqrt(jq[j] / jn[j]);
      }
    }
  }
  for (let k = 0; k < d.n; k++) {
    if (d.juror[k] === without) continue;
    sum[d.entry[k]] += values[k];
    count[d.entry[k]] += 1;
  }
  const out = new Float64Array(entries);
  for (let i = 0; i < entries; i++) out[i] = count[i] > 0 ? sum[i] / count[i] : NaN;
  return out;
}

/** Competition places per category: final score, then the tie-break chain; equal keys share a place. */
function place(group: Int32Array, keys: Float64Array[], entries: number): Int32Array {
  const places = new Int32Array(entries);
  const order = Int32Array.from({ length: entries }, (_, i) => i).filter((i) => !Number.isNaN(keys[0][i]));
  const compare = (a: number, b: number) => {
    if (group[a] !== group[b]) return group[a] - group[b];
    for (const column of keys) {
      const x = column[a];
      const y = column[b];
      if (x !== y) return y > x ? 1 : -1;
    }
    return 0;
  };
  order.sort(compare);
  let rank = 0;
  for (let o = 0; o < order.length; o++) {
    const i = order[o];
    if (o === 0 || group[order[o - 1]] !== group[i]) rank = 0;
    rank += 1;
    places[i] = o > 0 && compare(order[o - 1], i) === 0 ? places[order[o - 1]] : rank;
  }
  return places;
}

export function floorRanking(c: Competition, sheets: readonly ScoreSheet[]): Floor {
  if (c.adjustments.length > 0 || c.stages.some((s, i) => i > 0 && s.entry.kind !== 'all'))
    throw new Error('floorRanking: outside the benchmark scope (adjustments or stage cuts)');
  const entries = c.entries.length;
  const jurors = c.jurors.length;
  const entryOf = new Map(c.entries.map((e, i) => [e.id, i]));
  const jurorOf = new Map(c.jurors.map((j, i) => [j.id, i]));
  const group = Int32Array.from(c.entries, (e) => c.categories.findIndex((k) => k.id === e.categoryId));
  const data = c.stages.map((_, s) => readStage(c, s, sheets, entryOf, jurorOf));
  const stageIndex = new Map(c.stages.map((s, i) => [s.id, i]));

  const keysWithout = (without: number): Float64Array[] => {
    const scores = data.map((d) => stageScores(c, d, entries, jurors, without));
    const final = new Float64Array(entries);
    for (let i = 0; i < entries; i++) {
      let total = 0;
      for (let s = 0; s < scores.length; s++) total += (c.stages[s].weight / 100) * scores[s][i];
      final[i] = key(total);
    }
    const ties = c.settings.tieBreaks.map((rule, r) => {
      const s = stageIndex.get(rule.stageId) as number;
      const column = new Float64Array(entries);
      if (rule.kind === 'stage') {
        for (let i = 0; i < entries; i++)
          column[i] = Number.isNaN(scores[s][i]) ? -Infinity : key(scores[s][i]);
        return column;
      }
      const d = data[s];
      const part = d.parts.get(r) as Float64Array;
      const count = new Int32Array(entries);
      for (let k = 0; k < d.n; k++) {
        if (d.juror[k] === without) continue;
        column[d.entry[k]] += part[k];
        count[d.entry[k]] += 1;
      }
      for (let i = 0; i < entries; i++) column[i] = count[i] > 0 ? key(column[i] / count[i]) : -Infinity;
      return column;
    });
    return [final, ...ties];
  };

  const published = place(group, keysWithout(-1), entries);
  const places = Array.from(published, (p) => (p === 0 ? null : p));
  const leaveOneOut: Floor['leaveOneOut'] = [];
  for (let j = 0; j < jurors; j++) {
    if (!data.some((d) => d.juror.includes(j))) continue;
    const again = place(group, keysWithout(j), entries);
    const changes: Floor['leaveOneOut'][number]['changes'] = [];
    for (let i = 0; i < entries; i++)
      if (published[i] !== 0 && again[i] !== published[i])
        changes.push({ entryId: c.entries[i].id, from: published[i], to: again[i] === 0 ? null : again[i] });
    leaveOneOut.push({ jurorId: c.jurors[j].id, changes });
  }

  const disagreements: Floor['disagreements'] = [];
  const offsets: Floor['offsets'] = [];
  const threshold = c.settings.disagreementThreshold;
  data.forEach((d, s) => {
    const stageId = c.stages[s].id;
    const sum = new Float64Array(entries);
    const count = new Int32Array(entries);
    const min = new Float64Array(entries).fill(Infinity);
    const max = new Float64Array(entries).fill(-Infinity);
    for (let k = 0; k < d.n; k++) {
      const i = d.entry[k];
      sum[i] += d.value[k];
      count[i] += 1;
      min[i] = Math.min(min[i], d.value[k]);
      max[i] = Math.max(max[i], d.value[k]);
    }
    if (threshold !== null)
      for (let i = 0; i < entries; i++)
        if (count[i] >= 2 && key(max[i] - min[i]) > key(threshold))
          disagreements.push({ stageId, entryId: c.entries[i].id, spread: max[i] - min[i] });
    const offset = new Float64Array(jurors);
    const shared = new Int32Array(jurors);
    const scored = new Int32Array(jurors);
    for (let k = 0; k < d.n; k++) {
      const i = d.entry[k];
      scored[d.juror[k]] += 1;
      if (count[i] < 2) continue;
      offset[d.juror[k]] += d.value[k] - (sum[i] - d.value[k]) / (count[i] - 1);
      shared[d.juror[k]] += 1;
    }
    for (let j = 0; j < jurors; j++)
      if (scored[j] > 0)
        offsets.push({
          stageId,
          jurorId: c.jurors[j].id,
          meanOffset: shared[j] > 0 ? offset[j] / shared[j] : null,
          entries: shared[j],
        });
  });
  return { places, leaveOneOut, disagreements, offsets };
}
