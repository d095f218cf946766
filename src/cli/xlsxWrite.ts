/** Writing values, formulas and formats of one block into a worksheet. */
import type ExcelJS from 'exceljs';
import type { Block, FormatBlock } from '../workbook/port';
import { isMergeSlave } from './xlsxRead';
import { removeNote } from './xlsxInternals';

function forEachCell(
  worksheet: ExcelJS.Worksheet,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  visit: (cell: ExcelJS.Cell, r: number, c: number) => void,
): void {
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numCols; c++) visit(worksheet.getCell(row + r, col + c), r, c);
  }
}

/**
 * Strings go in as exceljs strings, which are saved as shared strings: text that
 * starts with '=' stays text. Cells hidden under a merge are skipped, since
 * exceljs would forward the write to the merge's master.
 */
export function writeBlock(worksheet: ExcelJS.Worksheet, block: Block): void {
  const numCols = block.values.reduce((max, row) => Math.max(max, row.length), 0);
  forEachCell(worksheet, block.row, block.col, block.values.length, numCols, (cell, r, c) => {
    if (isMergeSlave(cell)) return;
    const formula = block.formulas?.[r]?.[c];
    const value = block.values[r][c] ?? null;
    // exceljs would save NaN or Infinity as is, and Excel then refuses the whole file.
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`Not a finite number at ${cell.address}`);
    cell.value = formula ? { formula: formula.replace(/^=/, '') } : value;
  });
}

/** '#rrggbb' -> exceljs ARGB; anything else is a bug in the layout. */
export function argbOf(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`Not a #rrggbb colour: ${color}`);
  return `FF${color.slice(1).toUpperCase()}`;
}

function fillOf(color: string | null): ExcelJS.Fill {
  return color === null
    ? { type: 'pattern', pattern: 'none' }
    : { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(color) } };
}

function setNote(cell: ExcelJS.Cell, note: string): void {
  if (note === '') {
    removeNote(cell);
    return;
  }
  cell.note = note;
  // exceljs saves no <c> element for an empty cell without a style, and on
  // reading drops notes of cells missing from the sheet data: an explicit
  // (default) protection gives the cell a style of its own.
  cell.protection = { locked: true, ...cell.protection };
}

/**
 * Style objects are shared between cells in exceljs, so every change assigns a
 * fresh object instead of mutating the one in place.
 */
export function writeFormats(worksheet: ExcelJS.Worksheet, formats: FormatBlock): void {
  const { numberFormats, backgrounds, bold, notes } = formats;
  forEachCell(worksheet, formats.row, formats.col, formats.numRows, formats.numCols, (cell, r, c) => {
    const numFmt = numberFormats?.[r]?.[c];
    if (numFmt) cell.numFmt = numFmt;
    const background = backgrounds?.[r]?.[c];
    if (background !== undefined) cell.fill = fillOf(background);
    const isBold = bold?.[r]?.[c];
    if (isBold !== undefined) cell.font = { ...cell.font, bold: isBold };
    const note = notes?.[r]?.[c];
    if (note !== undefined) setNote(cell, note);
  });
}
