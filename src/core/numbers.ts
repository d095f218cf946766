/** Numeric helpers shared by setup validation and score checks. */
import { hasInvisible } from './text';

/**
 * Whether a computed value reaches a value the secretariat typed: weights
 * adding up to 100 (or to 1), a score at a scale's end, a final score at the
 * passing grade. Sums like 0.1 + 0.2 must still count as equal. A tolerance
 * relative to the values, since they come in any magnitude (weights as 0.3 or
 * as 30) and each comparison stands alone: nothing chains them, so it need not
 * be transitive. Comparing scores with one another (places, ties) is rank.ts's
 * roundKey, which must be.
 */
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

/**
 * `value` rounded to `decimals` places the way Excel's and Sheets' ROUND do it:
 * on the decimal number the spreadsheet shows (15 significant digits), half
 * away from zero. A juror total of exactly 72.775, held in binary as
 * 72.77499999999999, rounds to 72.78, as it does in the juror's own tab;
 * `Math.round(value * 100) / 100` would give 72.77. Every number Juri shows
 * with a fixed count of decimals goes through here.
 */
export function roundDecimal(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const shown = Number(value.toPrecision(15));
  const digits = String(Math.abs(shown));
  // Exponent notation (below 1e-6 or from 1e21): far from any half to decide, toFixed is exact enough.
  if (digits.includes('e')) return Number(shown.toFixed(decimals)) || 0;
  const shifted = Math.round(Number(`${digits}e${decimals}`));
  // `|| 0` turns -0 (a small negative offset rounding to zero) into 0, which every reader shows the same.
  return Math.sign(shown) * Number(`${shifted}e-${decimals}`) || 0;
}

/** What a cell's text says as a number, and why it may not be read as one. */
export type NumberText =
  | { kind: 'number'; value: number }
  /** "1.000" or "85,000": a decimal mark, or a thousands separator (a thousand in an Indonesian workbook)? */
  | { kind: 'ambiguous'; asDecimal: number; asThousands: number }
  /** "1.000.000" or "1.000,5": a number written with thousands separators. */
  | { kind: 'grouped' }
  /** "85 %" or "85%": the number before the sign. */
  | { kind: 'percent'; value: number }
  /** A character nobody sees (zero-width space, no-break space inside) sits in the text. */
  | { kind: 'invisible' }
  | { kind: 'none' };

const PLAIN = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
/** One separator, one to three digits before it (not a lone 0), exactly three after: "1.000", "85,000". */
const THOUSAND_LIKE = /^([+-]?)([1-9]\d{0,2})[.,](\d{3})$/;
const GROUPED = /^[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?$/;

/**
 * Reads a number typed as text the way a secretariat types it: a point or a
 * comma as decimal mark ("85.5", "85,5"), spaces around it. Text that could
 * mean two numbers is not guessed at: "1.000" is 1 with a decimal point and a
 * thousand with an Indonesian thousands separator, so it is reported, not read.
 */
export function readNumberText(raw: string): NumberText {
  const text = raw.trim();
  if (hasInvisible(text)) return { kind: 'invisible' };
  const percent = /^(.*?)\s*%$/.exec(text);
  if (percent && PLAIN.test(percent[1]))
    return { kind: 'percent', value: Number(percent[1].replace(',', '.')) };
  const thousand = THOUSAND_LIKE.exec(text);
  if (thousand) {
    return {
      kind: 'ambiguous',
      asDecimal: Number(text.replace(',', '.')),
      asThousands: Number(`${thousand[1]}${thousand[2]}${thousand[3]}`),
    };
  }
  if (PLAIN.test(text)) return { kind: 'number', value: Number(text.replace(',', '.')) };
  if (GROUPED.test(text)) return { kind: 'grouped' };
  return { kind: 'none' };
}
