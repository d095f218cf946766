/**
 * Reading a sheet from Sheets: its values (and formulas) in one block, dates
 * as ISO days in the spreadsheet's time zone.
 */
import type { CellValue, ReadOptions, SheetSnapshot } from '../workbook/port';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readSheet(ss: Spreadsheet, sheet: Sheet, name: string, options: ReadOptions): SheetSnapshot {
  const top = options.top ? readTop(sheet, options.top) : null;
  if (top) {
    const toIso = dateFormatter(top, () => ss.getSpreadsheetTimeZone());
    const values = top.map((row) => row.map((v) => toCellValue(v, toIso)));
    return { name, values, formulas: top.map((row) => row.map(() => '')) };
  }
  const range = sheet.getDataRange();
  const raw: unknown[][] = range.getValues();
  const formulas = options.formulas === false ? raw.map((row) => row.map(() => '')) : range.getFormulas();
  if (isEmptyGrid(raw, formulas)) return { name, values: [], formulas: [] };
  const toIso = dateFormatter(raw, () => ss.getSpreadsheetTimeZone());
  return { name, values: raw.map((row) => row.map((v) => toCellValue(v, toIso))), formulas };
}

/**
 * The values of a block from A1 in one call; null when the sheet's grid is
 * smaller than the block (Sheets refuses it), and the whole sheet is read instead.
 */
function readTop(sheet: Sheet, top: { rows: number; cols: number }): unknown[][] | null {
  try {
    return sheet.getSheetValues(1, 1, top.rows, top.cols);
  } catch {
    return null;
  }
}

/** getDataRange of an empty sheet is A1 alone, holding ''. */
function isEmptyGrid(values: unknown[][], formulas: string[][]): boolean {
  return values.length === 1 && values[0].length === 1 && values[0][0] === '' && formulas[0][0] === '';
}

export function toCellValue(v: unknown, toIso: (d: Date) => string): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return toIso(v);
  return String(v);
}

/**
 * Sheets gives a date cell as the instant of its midnight in the
 * spreadsheet's time zone; the calendar day must be read in that zone (in
 * Jakarta, UTC would give the day before). The zone is asked for only when a
 * date is present.
 */
function dateFormatter(values: unknown[][], timeZone: () => string): (d: Date) => string {
  let format: ((d: Date) => string) | null = null;
  const hasDate = values.some((row) => row.some((v) => v instanceof Date));
  return (d) => {
    if (!format) format = hasDate ? isoInZone(timeZone()) : isoUtc;
    return format(d);
  };
}

function isoUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isoInZone(timeZone: string): (d: Date) => string {
  let intl: Intl.DateTimeFormat;
  try {
    intl = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return isoUtc;
  }
  return (d) => {
    const parts = intl.formatToParts(d);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}
