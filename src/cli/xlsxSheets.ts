/**
 * The list of sheets as the port shows it: every worksheet in tab order except
 * the port's own hidden lists sheet, which always stays last.
 */
import type ExcelJS from 'exceljs';
import { LISTS_SHEET } from './xlsxValidations';
import { setOrder } from './xlsxInternals';

/** Excel's limit; exceljs would silently cut a longer name, losing the sheet for the caller. */
const MAX_NAME_LENGTH = 31;

export function portSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) => sheet.name !== LISTS_SHEET);
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return portSheets(workbook).find((sheet) => sheet.name === name);
}

export function sheetOrThrow(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = findSheet(workbook, name);
  if (!sheet) throw new Error(`No sheet named '${name}'`);
  return sheet;
}

function checkNewName(workbook: ExcelJS.Workbook, name: string): void {
  if (name === LISTS_SHEET) throw new Error(`'${LISTS_SHEET}' is reserved for the lists of validations`);
  if (name.length > MAX_NAME_LENGTH)
    throw new Error(`Sheet name longer than ${MAX_NAME_LENGTH} characters: ${name}`);
  // Excel compares sheet names without regard to case.
  if (workbook.worksheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`A sheet named '${name}' already exists`);
  }
}

function renumber(workbook: ExcelJS.Workbook, ordered: ExcelJS.Worksheet[]): void {
  ordered.forEach((sheet, i) => setOrder(sheet, i));
  const lists = workbook.getWorksheet(LISTS_SHEET);
  if (lists) setOrder(lists, ordered.length);
}

function insertAt(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, index: number | undefined): void {
  const others = portSheets(workbook).filter((other) => other !== sheet);
  const at = index === undefined ? others.length : Math.max(0, Math.min(index, others.length));
  renumber(workbook, [...others.slice(0, at), sheet, ...others.slice(at)]);
}

export function insertSheet(workbook: ExcelJS.Workbook, name: string, index?: number): ExcelJS.Worksheet {
  checkNewName(workbook, name);
  const sheet = workbook.addWorksheet(name);
  insertAt(workbook, sheet, index);
  return sheet;
}

export function deleteSheet(workbook: ExcelJS.Workbook, name: string): void {
  workbook.removeWorksheet(sheetOrThrow(workbook, name).id);
}

/** Unlike Sheets, formulas that mention the old name are not updated. */
export function renameSheet(workbook: ExcelJS.Workbook, from: string, to: string): void {
  const sheet = sheetOrThrow(workbook, from);
  if (from === to) return;
  checkNewName(workbook, to);
  sheet.name = to;
}

/**
 * A fresh worksheet in place of the old one: values, formats, notes, merges,
 * validations and protection go; what Sheets' clear() keeps stays (frozen
 * panes, column widths, tab colour, visibility, page setup). With
 * `keepValues` the values stay too.
 */
export function clearSheet(workbook: ExcelJS.Workbook, name: string, keepValues = false): void {
  const old = sheetOrThrow(workbook, name);
  const index = portSheets(workbook).indexOf(old);
  const widths = old.columns?.map((column) => ({ width: column.width, hidden: column.hidden })) ?? [];
  const options = {
    properties: { ...old.properties },
    views: old.views.map((view) => ({ ...view })),
    pageSetup: { ...old.pageSetup },
    state: old.state,
  };
  workbook.removeWorksheet(old.id);
  const fresh = workbook.addWorksheet(name, options);
  widths.forEach((column, i) => {
    const target = fresh.getColumn(i + 1);
    if (column.width !== undefined) target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  insertAt(workbook, fresh, index);
  if (keepValues)
    old.eachRow((row, r) => row.eachCell((cell, c) => (fresh.getCell(r, c).value = cell.value)));
}
