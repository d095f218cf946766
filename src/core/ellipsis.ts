/**
 * Text cut to a length with an ellipsis where it was cut: a tab's name (31
 * characters), a column of the command line's tables, a cell Juri composes
 * from user text (Sheets refuses a cell over 50,000 UTF-16 units).
 */

/**
 * `text` as it is when it fits in `max`; else its start, without trailing
 * spaces, then "…", `max` long at the most. `measure` says what `max` counts:
 * characters as a person sees them (code points), or the UTF-16 units a
 * spreadsheet cell's limit counts. A character of two units (an emoji) is never
 * split in half. At least one character is kept before the ellipsis.
 */
export function cutWithEllipsis(
  text: string,
  max: number,
  measure: 'characters' | 'utf16' = 'characters',
): string {
  if (measure === 'characters') {
    const chars = [...text];
    if (chars.length <= max) return text;
    return `${chars
      .slice(0, Math.max(1, max - 1))
      .join('')
      .trimEnd()}…`;
  }
  if (text.length <= max) return text;
  let end = Math.max(1, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
