/**
 * Text as a person sees it. A message quoting what a cell holds spells out
 * the characters nobody can see, so the user knows why "85" is not a number.
 */

/** Control and format characters, and every space but the plain one. */
const INVISIBLE = /(?! )[\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * Characters a person cannot see (zero-width spaces, byte-order marks,
 * direction marks, no-break and other unusual spaces, control characters),
 * written as ⟨U+200B⟩ so a message can show what the cell really holds.
 */
export function visible(text: string): string {
  return text.replace(new RegExp(INVISIBLE.source, 'gu'), (ch) => {
    const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `⟨U+${hex}⟩`;
  });
}

/** Whether `text` holds a character that `visible` would spell out. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}
