/** Numeric helpers shared by setup validation and score checks. */

/** Scores and weights come from spreadsheets: sums like 0.1 + 0.2 must still count as equal. */
const TOLERANCE = 1e-9;

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isWholeNumber(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value);
}

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a >= b, forgiving floating-point noise (a mean of 85 computed as 84.99999999999999 passes a grade of 85). */
export function atLeast(a: number, b: number): boolean {
  return a >= b || nearlyEqual(a, b);
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Whether `value` is `from` plus a whole number of steps: 0.3 is on a 0.1 step from 0 although 0.3 / 0.1 = 2.9999999999999996. */
export function isOnStep(value: number, from: number, step: number): boolean {
  if (!(step > 0)) return false;
  const steps = (value - from) / step;
  return Math.abs(steps - Math.round(steps)) <= 1e-6;
}

/** Within [min, max], forgiving floating-point noise at the ends. */
export function isWithin(value: number, min: number, max: number): boolean {
  return atLeast(value, min) && atLeast(max, value);
}
