/**
 * FNV-1a over UTF-16 code units: a fast, stable 32-bit hash. Not for secrets
 * (the fingerprint of a ranking is SHA-256); only for a fixed pseudo-random
 * order, a seeded example, or noticing that something changed.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/** The hash as an unsigned 32-bit integer; `basis` other than FNV's own gives an independent hash. */
export function fnv1a(text: string, basis = OFFSET_BASIS): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  return h >>> 0;
}

/** The hash as a number in [0, 1). */
export function fnv1aUnit(text: string, basis = OFFSET_BASIS): number {
  return fnv1a(text, basis) / 4294967296;
}
