/**
 * Data validations. A list rule is written inline ("a,b,c") when Excel allows
 * it: at most 255 characters and no value containing a comma (the inline
 * separator, which cannot be escaped). Other lists are written as columns of a
 * very hidden sheet named '_lists' and referenced by range; the port hides that
 * sheet from the layouts. Identical lists share one column; columns are never
 * reclaimed (a few stale cells are cheaper than tracking references).
 * A 'rangeList' rule refers to its range directly, so rows added later count.
 */
import type ExcelJS from 'exceljs';
import type { RangeRef, Validation, ValidationRule } from '../workbook/port';
import { columnLetter, quoteSheet } from '../workbook/a1';
import { replaceValidationModel, type ValidationModel } from './xlsxInternals';

export const LISTS_SHEET = '_lists';

/** Excel's limit on the text of an inline list. */
const INLINE_LIST_MAX = 255;

/** Exceljs keys: a single cell as "D5", a block as "D5:F20". */
function addressOf(range: RangeRef): string {
  const first = `${columnLetter(range.col)}${range.row}`;
  if (range.numRows === 1 && range.numCols === 1) return first;
  return `${first}:${columnLetter(range.col + range.numCols - 1)}${range.row + range.numRows - 1}`;
}

/** The inline formula of a list, or null when the list must live on the lists sheet. */
export function inlineList(values: string[]): string | null {
  if (values.some((value) => value.includes(','))) return null;
  const text = values.join(',').replace(/"/g, '""');
  return text.length <= INLINE_LIST_MAX ? `"${text}"` : null;
}

function listsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(LISTS_SHEET);
  if (existing) return existing;
  // addWorksheet puts it last, where the port keeps it.
  return workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
}

function columnValues(sheet: ExcelJS.Worksheet, col: number): string[] {
  const values: string[] = [];
  sheet.getColumn(col).eachCell((cell) => {
    values.push(String(cell.value));
  });
  return values;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** An absolute reference to a column of the lists sheet holding exactly these values. */
function listReference(workbook: ExcelJS.Workbook, values: string[]): string {
  const sheet = listsSheet(workbook);
  let col = 1;
  while (col <= sheet.columnCount && !sameList(columnValues(sheet, col), values)) col++;
  if (col > sheet.columnCount) values.forEach((value, i) => (sheet.getCell(i + 1, col).value = value));
  return absoluteRange(LISTS_SHEET, { row: 1, col, numRows: Math.max(values.length, 1), numCols: 1 });
}

function absoluteRange(sheet: string, range: RangeRef): string {
  const first = `$${columnLetter(range.col)}$${range.row}`;
  const last = `$${columnLetter(range.col + range.numCols - 1)}$${range.row + range.numRows - 1}`;
  return `${quoteSheet(sheet)}!${first}:${last}`;
}

function ruleOf(
  workbook: ExcelJS.Workbook,
  rule: Exclude<ValidationRule, { kind: 'any' }>,
): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: rule.helpText };
  if (rule.kind === 'number') {
    return { type: 'decimal', operator: 'between', formulae: [rule.min, rule.max], ...common };
  }
  if (rule.kind === 'checkbox') {
    // Excel has no checkbox a file can carry everywhere: TRUE or FALSE from a drop-down reads the same.
    return { type: 'list', formulae: ['"TRUE,FALSE"'], ...common };
  }
  if (rule.kind === 'rangeList') {
    return { type: 'list', formulae: [absoluteRange(rule.sheet, rule.range)], ...common };
  }
  return {
    type: 'list',
    formulae: [inlineList(rule.values) ?? listReference(workbook, rule.values)],
    ...common,
  };
}

export function setValidations(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  validations: Validation[],
): void {
  const model: ValidationModel = {};
  for (const { range, rule } of validations)
    if (rule.kind !== 'any') model[addressOf(range)] = ruleOf(workbook, rule);
  replaceValidationModel(worksheet, model);
}
