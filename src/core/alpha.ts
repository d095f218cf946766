/**
 * Krippendorff's alpha with the interval metric, for juries where each juror
 * scores only some of the entries (an incomplete design, where Kendall's W is
 * not defined). Entries are the units, juror totals the values; an entry only
 * one juror scored has nothing to be compared with and is left out.
 *
 * With δ²(a, b) = (a − b)², over the n pairable values (those of entries with
 * at least two values):
 *   D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} (v_i − v_j)²
 *   D_e = 1/(n(n − 1)) Σ_{i≠j} (v_i − v_j)²
 *   α = 1 − D_o / D_e
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). Both sums
 * over pairs are taken in closed form, Σ_{i≠j}(v_i − v_j)² = 2(k·Σv² − (Σv)²)
 * over k values, so a national stage of thousands of entries costs one pass.
 */

export interface AlphaResult {
  /** Null when undefined; `reason` says why. */
  alpha: number | null;
  reason: 'noPairs' | 'fewEntries' | 'noSpread' | null;
  /** Entries with at least two values (the units alpha is computed over). */
  entries: number;
  /** Pairable values n. */
  values: number;
}

/** Σ_{i≠j}(v_i − v_j)² over values[from..to), taken around `centre` to keep precision. */
function pairSquares(values: Float64Array, from: number, to: number, centre: number): number {
  let sum = 0;
  let squares = 0;
  for (let i = from; i < to; i += 1) {
    const d = values[i] - centre;
    sum += d;
    squares += d * d;
  }
  return 2 * ((to - from) * squares - sum * sum);
}

/**
 * Krippendorff's alpha (interval) over units laid end to end: unit u holds
 * values[starts[u] .. starts[u + 1]). Units with fewer than two values are
 * skipped.
 */
export function alphaOfUnits(values: Float64Array, starts: Int32Array): AlphaResult {
  // The pairable units, found once: from and to of each, end to end.
  const pairable: number[] = [];
  let n = 0;
  let total = 0;
  for (let u = 0; u + 1 < starts.length; u += 1) {
    const from = starts[u];
    const to = starts[u + 1];
    if (to - from < 2) continue;
    pairable.push(from, to);
    n += to - from;
    for (let i = from; i < to; i += 1) total += values[i];
  }
  const units = pairable.length / 2;
  if (units === 0) return { alpha: null, reason: 'noPairs', entries: 0, values: 0 };
  if (units < 2) return { alpha: null, reason: 'fewEntries', entries: 1, values: n };
  const centre = total / n;
  let within = 0;
  let sum = 0;
  let squares = 0;
  for (let p = 0; p < pairable.length; p += 2) {
    const from = pairable[p];
    const to = pairable[p + 1];
    within += pairSquares(values, from, to, centre) / (to - from - 1);
    for (let i = from; i < to; i += 1) {
      const d = values[i] - centre;
      sum += d;
      squares += d * d;
    }
  }
  const expected = (2 * (n * squares - sum * sum)) / (n * (n - 1));
  const observed = within / n;
  if (!(expected > 1e-12 * Math.max(1, centre * centre)))
    return { alpha: null, reason: 'noSpread', entries: units, values: n };
  return { alpha: 1 - observed / expected, reason: null, entries: units, values: n };
}

/** Krippendorff's alpha (interval) over units, each the values the jurors gave one entry. */
export function krippendorffAlpha(units: readonly (readonly number[])[]): AlphaResult {
  const starts = new Int32Array(units.length + 1);
  units.forEach((u, i) => (starts[i + 1] = starts[i] + u.length));
  return alphaOfUnits(Float64Array.from(units.flat()), starts);
}
