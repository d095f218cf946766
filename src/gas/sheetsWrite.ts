/**
 * Writing values and formats to Sheets: one setValues per block, user text
 * kept as text (quoted where Sheets would convert it), and each kind of format
 * as one 2-D array over the block's range.
 */
import { cutWithEllipsis } from '../core/ellipsis';
import { followRows, inRange } from '../workbook/a1';
import { MAX_CELL_CHARS, type Block, type CellValue, type FormatBlock } from '../workbook/port';
import { carriedAt, putLinks, type Pending } from './carry';
import type { Known, SheetCache } from './sheetsGrid';

/** What Sheets calls the automatic number format when a script sets it. */
const AUTOMATIC = 'General';

export function writeBlock(cache: SheetCache, name: string, block: Block): void {
  const numRows = block.values.length;
  const numCols = block.values.reduce((most, row) => Math.max(most, row.length), 0);
  if (numRows === 0 || numCols === 0) return;
  const k = cache.knownNamed(name);
  cache.ensureGrid(k, block.row + numRows - 1, block.col + numCols - 1);
  const range = cache.rangeOf(k, block.row, block.col, numRows, numCols);
  // A value written under a merge is lost; the block owns its cells (a cleared sheet has no merges).
  if (!k.blank) for (const merged of range.getMergedRanges()) merged.breakApart();
  // Number formats decide only how text that Sheets would convert is written; those the port wrote are known.
  const formats =
    k.defaultFormats || !block.values.some(hasQuotableText)
      ? []
      : (formatsWritten(k, block.row, block.col, numRows, numCols) ?? range.getNumberFormats());
  const cells = cellsToWrite(block, numRows, numCols, formats);
  // What is written here replaces what was: a cell's own format and note go with it, unless carried back.
  if (k.pending)
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < numCols; c++) {
        k.pending.formats.delete(`${block.row + r},${block.col + c}`);
        k.pending.notes.delete(`${block.row + r},${block.col + c}`);
      }
  if (block.from && k.carried) carryInto(k, name, block, cells, formats);
  range.setValues(cells);
}

/**
 * Puts the carried cells of a block into what setValues writes (a formula as
 * a formula, a date as a date, the cell's own value read just now) and keeps
 * what they get back after it: their number formats and linked texts.
 */
function carryInto(k: Known, sheet: string, block: Block, cells: unknown[][], formats: string[][]): void {
  const pending: Pending = (k.pending ??= { formats: new Map(), notes: new Map(), links: [] });
  block.from!.forEach((line, r) =>
    line.forEach((at, c) => {
      const cell = at ? carriedAt(k.carried!, at) : null;
      if (!cell || r >= cells.length || c >= cells[r].length) return;
      const row = block.row + r;
      const col = block.col + c;
      const formula =
        cell.formula && block.movedRows ? followRows(cell.formula, sheet, block.movedRows) : cell.formula;
      cells[r][c] = formula || plainCell(cell.value, formats[r]?.[c] ?? '');
      if (cell.format) pending.formats.set(`${row},${col}`, cell.format);
      if (cell.note) pending.notes.set(`${row},${col}`, cell.note);
      if (cell.link) pending.links.push({ row, col, text: cell.link });
    }),
  );
}

export function writeFormats(cache: SheetCache, name: string, f: FormatBlock): void {
  const k = cache.knownNamed(name);
  cache.ensureGrid(k, f.row + f.numRows - 1, f.col + f.numCols - 1);
  const range = cache.rangeOf(k, f.row, f.col, f.numRows, f.numCols);
  if (f.numberFormats) {
    // '' is the automatic format: what Sheets reports for an untouched cell is not, so it is never read back.
    k.defaultFormats = false;
    // A carried cell keeps the number format the juror gave it (a date stays a date).
    const own = k.pending?.formats;
    const written = f.numberFormats.map((row, r) =>
      row.map((x, c) => own?.get(`${f.row + r},${f.col + c}`) ?? x),
    );
    range.setNumberFormats(written.map((row) => row.map((x) => (x === '' ? AUTOMATIC : x))));
    if (cache.remember) k.numberFormats = { row: f.row, col: f.col, rows: written };
  }
  if (f.backgrounds) range.setBackgrounds(f.backgrounds);
  if (f.bold) range.setFontWeights(f.bold.map((row) => row.map((b) => (b ? 'bold' : 'normal'))));
  // The juror's own notes, in the same call as Juri's (the clear removed every note).
  const notes = k.pending?.notes;
  const noteAt = (r: number, c: number) => notes?.get(`${f.row + r},${f.col + c}`);
  const ownInside =
    notes !== undefined &&
    notes.size > 0 &&
    [...notes.keys()].some((key) => {
      const [row, col] = key.split(',').map(Number);
      return inRange(f, row, col);
    });
  if (f.notes || ownInside)
    range.setNotes(
      Array.from({ length: f.numRows }, (_, r) =>
        Array.from({ length: f.numCols }, (_, c) => noteAt(r, c) ?? f.notes?.[r]?.[c] ?? ''),
      ),
    );
  putLinks(cache, k);
}

/** The formats the port wrote over a block's cells, '' for the automatic one; null when it did not write them all. */
function formatsWritten(
  k: Known,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): string[][] | null {
  const known = k.numberFormats;
  if (!known || row < known.row || col < known.col) return null;
  const rows = known.rows.slice(row - known.row, row - known.row + numRows);
  if (rows.length < numRows || rows.some((r) => r.length < col - known.col + numCols)) return null;
  return rows.map((r) => r.slice(col - known.col, col - known.col + numCols));
}

/**
 * True when Sheets, entering the string with the automatic format, would not
 * keep it as that same text: a formula or an error ('=', '+', '-', '#'), a
 * mention ('@'), a quote prefix, a number, date, time, percentage or boolean,
 * or text it trims. Any digit counts: quoting harmless text costs nothing,
 * missing a date costs the user's data.
 */
export function needsQuote(text: string): boolean {
  if (text === '') return false;
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s|\s$/.test(text) || /^(true|false)$/i.test(text);
}

function hasQuotableText(row: CellValue[]): boolean {
  return row.some((v) => typeof v === 'string' && needsQuote(v));
}

/** The one 2-D array for setValues: user text kept as text, formulas from block.formulas. */
export function cellsToWrite(
  block: Block,
  numRows: number,
  numCols: number,
  numberFormats: string[][],
): (string | number | boolean | Date)[][] {
  const out: (string | number | boolean | Date)[][] = [];
  for (let r = 0; r < numRows; r++) {
    const line: (string | number | boolean | Date)[] = [];
    for (let c = 0; c < numCols; c++) {
      const formula = block.formulas?.[r]?.[c];
      if (formula) line.push(formula.startsWith('=') ? formula : `=${formula}`);
      else line.push(plainCell(block.values[r][c] ?? null, numberFormats[r]?.[c] ?? ''));
    }
    out.push(line);
  }
  return out;
}

/** A plain-text ('@') cell keeps any string as it is, apostrophe included; a date stays a Date. */
function plainCell(value: CellValue | Date, numberFormat: string): string | number | boolean | Date {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  const quote = numberFormat !== '@' && needsQuote(value);
  const text = fitCell(value, quote ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS);
  return quote ? `'${text}` : text;
}

/**
 * Text Juri composes from user text (a juror name after a stage name, a
 * competition name in a title) may exceed what a cell holds: it is cut, with
 * an ellipsis (room left for the apostrophe that keeps it text), never
 * splitting an emoji in half. The Setup reports over-long text it reads at its cell.
 */
export function fitCell(text: string, max = MAX_CELL_CHARS): string {
  return cutWithEllipsis(text, max, 'utf16');
}
