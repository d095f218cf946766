/**
 * A juror's cells carried whole through a rewrite of their tab in Sheets
 * (Block.from): taken as they are before the tab is cleared, then written
 * where the layout puts them, so that a row moving down (an entry inserted
 * above it), up (one removed) or to the archive keeps what the juror gave
 * its cells: a formula as a formula, a date as a date, the cell's number
 * format and note, the links in its text.
 *
 * Calls: getValues, getFormulas, getNumberFormats, getNotes and (when some
 * cell holds text) getRichTextValues, once each for the range of the carried cells,
 * read at the moment of the rewrite, so a score typed since the tab was read
 * moves with its row; then one setRichTextValue per carried cell whose text
 * holds a link. Links on a number or a formula's result are not readable by a
 * script (getRichTextValue gives null for them).
 */
import type { RangeRef } from '../workbook/port';
import type { Known, SheetCache } from './sheetsGrid';

type Range = GoogleAppsScript.Spreadsheet.Range;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/**
 * What Sheets reports as the number format of a cell nobody formatted (set
 * back, it would fix the cell to plain numbers), and what a script sets for
 * the automatic format: neither is the juror's own.
 */
const NOT_OWN_FORMATS = new Set(['0.###############', 'General', '']);

export interface CarriedCells {
  range: RangeRef;
  /** As Sheets gives them: a date is a Date. */
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  /** The rich text of each cell whose text holds a link; null elsewhere. */
  links: (RichTextValue | null)[][];
  /** The note on each cell ('' for none). */
  notes: string[][];
}

/**
 * What cells get back once a block is written and formatted, by 'row,col'
 * where they are now: a number format and a note of the juror's own (on a
 * cell left where it was, or carried there), a linked text.
 */
export interface Pending {
  formats: Map<string, string>;
  notes: Map<string, string>;
  links: PendingLink[];
}

/** One carried cell: what setValues writes, then the number format, note and linked text it gets back. */
export interface CarriedCell {
  formula: string;
  /** As Sheets gives it ('' for empty): a date is a Date. */
  value: string | number | boolean | Date | null;
  format: string | null;
  note: string;
  link: RichTextValue | null;
}

/** Takes the cells of `ref` through `range` (the same cells). */
export function takeCells(range: Range, ref: RangeRef): CarriedCells {
  const notes = range.getNotes();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const hasText = values.some((line, r) =>
    line.some((v, c) => typeof v === 'string' && v !== '' && !formulas[r][c]),
  );
  const rich = hasText ? range.getRichTextValues() : null;
  const links = values.map((line, r) =>
    line.map((v, c) => {
      const t = rich?.[r]?.[c] ?? null;
      if (t === null || formulas[r][c] || typeof v !== 'string') return null;
      return t.getRuns().some((run) => run.getLinkUrl() !== null) ? t : null;
    }),
  );
  return { range: ref, values, formulas, formats, links, notes };
}

/** The number formats and notes the juror gave the carried cells, where they are before any write. */
export function pendingOf(carried: CarriedCells): Pending {
  const pending: Pending = { formats: new Map(), notes: new Map(), links: [] };
  carried.formats.forEach((line, r) =>
    line.forEach((format, c) => {
      const key = `${carried.range.row + r},${carried.range.col + c}`;
      if (!NOT_OWN_FORMATS.has(format)) pending.formats.set(key, format);
      const note = carried.notes[r]?.[c] ?? '';
      if (note !== '') pending.notes.set(key, note);
    }),
  );
  return pending;
}

/** The carried cell that was at (row, col), or null when it is outside what was taken. */
export function carriedAt(carried: CarriedCells, at: { row: number; col: number }): CarriedCell | null {
  const r = at.row - carried.range.row;
  const c = at.col - carried.range.col;
  if (r < 0 || c < 0 || r >= carried.range.numRows || c >= carried.range.numCols) return null;
  const format = carried.formats[r][c];
  const v = carried.values[r][c];
  const value =
    v instanceof Date || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : null;
  return {
    formula: carried.formulas[r][c] ?? '',
    value: value === '' ? null : value,
    format: NOT_OWN_FORMATS.has(format) ? null : format,
    note: carried.notes[r]?.[c] ?? '',
    link: carried.links[r][c],
  };
}

/** A carried text with a link, to put back into its new cell once it is written. */
export interface PendingLink {
  row: number;
  col: number;
  text: RichTextValue;
}

/** The links of carried texts, once their cells are written and formatted: one call each. */
export function putLinks(cache: SheetCache, k: Known): void {
  for (const { row, col, text } of k.pending?.links ?? [])
    cache.rangeOf(k, row, col, 1, 1).setRichTextValue(text);
  if (k.pending) k.pending.links = [];
}
