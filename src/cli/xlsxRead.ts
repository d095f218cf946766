/**
 * Reading a worksheet into the port's snapshot: plain values the layouts can
 * parse, whatever exceljs made of the cell (rich text, hyperlink, error,
 * date, cached formula result).
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../workbook/port';

type Result = NonNullable<ExcelJS.CellFormulaValue['result']>;

function isoDate(date: Date): CellValue {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function resultValue(result: Result | undefined): CellValue {
  if (result === undefined || result === null) return null;
  if (result instanceof Date) return isoDate(result);
  if (typeof result === 'object') return result.error;
  return result;
}

function richTextValue(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

/** The plain value of an exceljs cell value; '' counts as empty, as in Sheets. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  const plain = plainValueOf(value);
  return plain === '' ? null : plain;
}

function plainValueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return richTextValue(value);
  if ('hyperlink' in value) {
    // A hyperlink's text may itself be rich text, though the typings say string.
    const text: unknown = value.text;
    return typeof text === 'object' && text !== null && 'richText' in text
      ? richTextValue(text as ExcelJS.CellRichTextValue)
      : String(text ?? '');
  }
  return resultValue(value.result);
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** A non-master cell of a merge: exceljs repeats the master's value there, Sheets shows nothing. */
export function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

interface UsedCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string;
}

function usedCells(worksheet: ExcelJS.Worksheet): UsedCell[] {
  const cells: UsedCell[] = [];
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (isMergeSlave(cell)) return;
      const formula = isFormula(cell.value) ? `=${cell.formula}` : '';
      const value = plainValue(cell.value);
      if (value !== null || formula !== '') cells.push({ row: rowNumber, col: colNumber, value, formula });
    });
  });
  return cells;
}

/**
 * Values and formulas from A1 to the last row and column holding a value or a
 * formula (formats and notes alone do not extend it). An empty sheet reads as
 * zero rows. Non-master cells of a merge read as null.
 */
export function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  return snapshotOf(worksheet.name, usedCells(worksheet));
}

/**
 * The rectangular snapshot of a sheet's used cells: from A1 to the last row and
 * column holding a value or a formula, null and '' elsewhere. Both readers
 * (exceljs and the package scan) end here.
 */
export function snapshotOf(
  name: string,
  cells: readonly { row: number; col: number; value: CellValue; formula: string }[],
): SheetSnapshot {
  let numRows = 0;
  let numCols = 0;
  for (const cell of cells) {
    if (cell.row > numRows) numRows = cell.row;
    if (cell.col > numCols) numCols = cell.col;
  }
  const values: CellValue[][] = Array.from({ length: numRows }, () =>
    new Array<CellValue>(numCols).fill(null),
  );
  const formulas: string[][] = Array.from({ length: numRows }, () => new Array<string>(numCols).fill(''));
  for (const cell of cells) {
    values[cell.row - 1][cell.col - 1] = cell.value;
    formulas[cell.row - 1][cell.col - 1] = cell.formula;
  }
  return { name, values, formulas };
}
