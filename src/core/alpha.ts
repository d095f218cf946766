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

/** Σ_{i≠j}(v_i − v_j)² over one list of values, taken around `centre` to keep precision. */
function pairSquares(values: readonly number[], centre: number): number {
  let sum = 0;
  let squares = 0;
  for (const v of values) {
    const d = v - centre;
    sum += d;
    squares += d * d;
  }
  return 2 * (values.length * squares - sum * sum);
}

/** Krippendorff's alpha (interval) over units, each the values the jurors gave one entry. */
export function krippendorffAlpha(units: readonly (readonly number[])[]): AlphaResult {
  const pairable = units.filter((u) => u.length >= 2);
  const n = pairable.reduce((k, u) => k + u.length, 0);
  if (pairable.length === 0) return { alpha: null, reason: 'noPairs', entries: 0, values: 0 };
  if (pairable.length < 2) return { alpha: null, reason: 'fewEntries', entries: 1, values: n };
  let total = 0;
  for (const u of pairable) for (const v of u) total += v;
  const centre = total / n;
  let within = 0;
  for (const u of pairable) within += pairSquares(u, centre) / (u.length - 1);
  const all = pairable.flat();
  const expected = pairSquares(all, centre) / (n * (n - 1));
  const observed = within / n;
  if (!(expected > 1e-12 * Math.max(1, centre * centre)))
    return { alpha: null, reason: 'noSpread', entries: pairable.length, values: n };
  return { alpha: 1 - observed / expected, reason: null, entries: pairable.length, values: n };
}
