/**
 * The few exceljs 4.4 features that work at run time but are missing from its
 * typings or have no public API. Every cast into exceljs internals lives here,
 * so an exceljs upgrade has one file to check.
 */
import type ExcelJS from 'exceljs';

/** Address ('D5' or 'D5:F20') -> rule; exceljs writes each key as one sqref. */
export type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

interface WorksheetInternals {
  /** Untyped in index.d.ts; present on every worksheet since exceljs 1.x. */
  dataValidations: { model: ValidationModel };
  /** Tab position: `workbook.worksheets` and the saved file sort sheets by it. */
  orderNo: number;
}

interface CellInternals {
  _comment?: unknown;
}

function internals(worksheet: ExcelJS.Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}

/** The validation rules as exceljs keeps them: what a test compares between two ways of writing a sheet. */
export function validationModel(worksheet: ExcelJS.Worksheet): ValidationModel {
  return internals(worksheet).dataValidations.model;
}

/** Replacing the model is the only clean removal: `remove()` leaves undefined keys that break the writer. */
export function replaceValidationModel(worksheet: ExcelJS.Worksheet, model: ValidationModel): void {
  internals(worksheet).dataValidations.model = model;
}

export function setOrder(worksheet: ExcelJS.Worksheet, orderNo: number): void {
  internals(worksheet).orderNo = orderNo;
}

/** exceljs can set a note but not remove one: `cell.note = ''` would still write an empty comment. */
export function removeNote(cell: ExcelJS.Cell): void {
  delete (cell as unknown as CellInternals)._comment;
}
