/**
 * Writing values and formats to Sheets: one setValues per block, user text
 * kept as text (quoted where Sheets would convert it), and each kind of format
 * as one 2-D array over the block's range.
 */
import { cutWithEllipsis } from '../core/ellipsis';
import { MAX_CELL_CHARS, type Block, type CellValue, type FormatBlock } from '../workbook/port';
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
  range.setValues(cellsToWrite(block, numRows, numCols, formats));
}

export function writeFormats(cache: SheetCache, name: string, f: FormatBlock): void {
  const k = cache.knownNamed(name);
  cache.ensureGrid(k, f.row + f.numRows - 1, f.col + f.numCols - 1);
  const range = cache.rangeOf(k, f.row, f.col, f.numRows, f.numCols);
  if (f.numberFormats) {
    // '' is the automatic format: what Sheets reports for an untouched cell is not, so it is never read back.
    k.defaultFormats = false;
    range.setNumberFormats(f.numberFormats.map((row) => row.map((x) => (x === '' ? AUTOMATIC : x))));
    if (cache.remember) k.numberFormats = { row: f.row, col: f.col, rows: f.numberFormats };
  }
  if (f.backgrounds) range.setBackgrounds(f.backgrounds);
  if (f.bold) range.setFontWeights(f.bold.map((row) => row.map((b) => (b ? 'bold' : 'normal'))));
  if (f.notes) range.setNotes(f.notes);
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
): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  for (let r = 0; r < numRows; r++) {
    const line: (string | number | boolean)[] = [];
    for (let c = 0; c < numCols; c++) {
      const formula = block.formulas?.[r]?.[c];
      if (formula) line.push(formula.startsWith('=') ? formula : `=${formula}`);
      else line.push(plainCell(block.values[r][c] ?? null, numberFormats[r]?.[c] ?? ''));
    }
    out.push(line);
  }
  return out;
}

/** A plain-text ('@') cell keeps any string as it is, apostrophe included. */
function plainCell(value: CellValue, numberFormat: string): string | number | boolean {
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
