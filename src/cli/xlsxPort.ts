/**
 * The spreadsheet port over an in-memory exceljs workbook. Nothing touches the
 * disk here: open and save with ./xlsxFile.
 *
 * Where an .xlsx file cannot do what Sheets does:
 * - read: non-master cells of a merge read as null (exceljs repeats the
 *   master's value there); a formula's value is the result cached in the file,
 *   null when there is none (formulas written by this port have none until
 *   Excel or LibreOffice recalculates and saves). An empty sheet reads as [];
 *   an empty string reads as null, as Sheets cannot tell them apart.
 * - writeBlock skips the hidden cells of a merge (exceljs would overwrite the
 *   master with them).
 * - protection: an .xlsx sheet has no per-user rights. The sheet is protected
 *   without a password (anyone can unprotect it from the Review menu) and the
 *   editable ranges are unlocked cells, open to everyone; editors and
 *   description are not stored.
 * - sheet names are limited to 31 characters; renaming does not update
 *   formulas that mention the old name.
 * - long lists of a validation live on a hidden '_lists' sheet (./xlsxValidations).
 */
import type ExcelJS from 'exceljs';
import type { Protection, RangeRef, SheetLook, SpreadsheetPort } from '../workbook/port';
import { readSheet } from './xlsxRead';
import { argbOf, writeBlock, writeFormats } from './xlsxWrite';
import { setValidations } from './xlsxValidations';
import { setPaper } from './xlsxPaper';
import {
  clearSheet,
  deleteSheet,
  findSheet,
  insertSheet,
  portSheets,
  renameSheet,
  sheetOrThrow,
} from './xlsxSheets';

/** Users may select cells and widen columns, nothing else, as in a protected Sheets range. */
const PROTECTION_OPTIONS: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
};

function forEachCellOfRange(
  worksheet: ExcelJS.Worksheet,
  range: RangeRef,
  visit: (cell: ExcelJS.Cell) => void,
): void {
  for (let r = 0; r < range.numRows; r++) {
    for (let c = 0; c < range.numCols; c++) visit(worksheet.getCell(range.row + r, range.col + c));
  }
}

/** Cells unlocked by an earlier protection are locked again, so a replaced protection leaves no stray openings. */
function relockAll(worksheet: ExcelJS.Worksheet): void {
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) cell.protection = { ...cell.protection, locked: true };
    });
  });
}

function setProtection(worksheet: ExcelJS.Worksheet, protection: Protection | null): void {
  relockAll(worksheet);
  if (protection === null) {
    worksheet.unprotect();
    return;
  }
  // Without a password exceljs sets the protection synchronously; the promise only matters for hashing.
  void worksheet.protect('', { ...PROTECTION_OPTIONS });
  for (const { range } of protection.editableRanges) {
    forEachCellOfRange(worksheet, range, (cell) => {
      cell.protection = { ...cell.protection, locked: false };
    });
  }
}

/** Excel column widths are in characters of the default font, about 7 pixels each. */
export function widthOfPixels(pixels: number): number {
  return Math.round((pixels / 7) * 100) / 100;
}

function setLook(worksheet: ExcelJS.Worksheet, look: SheetLook): void {
  const frozen = look.frozenRows > 0 || look.frozenCols > 0;
  worksheet.views = [
    frozen ? { state: 'frozen', xSplit: look.frozenCols, ySplit: look.frozenRows } : { state: 'normal' },
  ];
  (look.columnWidths ?? []).forEach((pixels, i) => {
    worksheet.getColumn(i + 1).width = widthOfPixels(pixels);
  });
  // exceljs types tabColor as required, yet writes no colour when it is absent.
  if (look.tabColor === null) delete (worksheet.properties as Partial<ExcelJS.WorksheetProperties>).tabColor;
  else if (look.tabColor !== undefined) worksheet.properties.tabColor = { argb: argbOf(look.tabColor) };
  if (look.hidden) worksheet.state = 'hidden';
}

export function xlsxPort(workbook: ExcelJS.Workbook, options: { locale: string }): SpreadsheetPort {
  const sheet = (name: string): ExcelJS.Worksheet => sheetOrThrow(workbook, name);
  return {
    locale: () => options.locale,
    sheetNames: () => portSheets(workbook).map((worksheet) => worksheet.name),
    read: (name) => {
      const worksheet = findSheet(workbook, name);
      return worksheet ? readSheet(worksheet) : null;
    },
    insertSheet: (name, index) => {
      insertSheet(workbook, name, index);
    },
    deleteSheet: (name) => deleteSheet(workbook, name),
    renameSheet: (from, to) => renameSheet(workbook, from, to),
    clearSheet: (name, options) => clearSheet(workbook, name, options?.keepValues === true),
    writeBlock: (name, block) => writeBlock(sheet(name), block),
    writeFormats: (name, formats) => writeFormats(sheet(name), formats),
    setValidations: (name, validations) => setValidations(workbook, sheet(name), validations),
    setProtection: (name, protection) => setProtection(sheet(name), protection),
    setLook: (name, look) => setLook(sheet(name), look),
    setPaper: (name, layout) => setPaper(sheet(name), layout),
  };
}
