/** One tab of a spreadsheet. Its grid does not grow by itself: a script must insert rows. */
import { parseA1 } from './a1';
import type { Recorder } from './calls';
import {
  NO_ACCESS,
  type Cell,
  clearContent,
  clearFormat,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  type ProtectionKind,
  ProtectionData,
  type SheetData,
} from './model';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { Stored } from './values';
import { FakeSpreadsheet } from './spreadsheet';

export const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
export const MAX_SHEET_NAME = 100;

/** A range of the sheet, with the checks (and messages) of Sheet.getRange. */
export function rangeOf(
  rec: Recorder,
  sheet: SheetData,
  row: number,
  col: number,
  numRows = 1,
  numCols = 1,
): FakeRange {
  if (row < 1) throw new Error('The starting row of the range is too small.');
  if (col < 1) throw new Error('The starting column of the range is too small.');
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw new Error(OUTSIDE);
  return new FakeRange(rec, sheet, { row, col, numRows, numCols });
}

/** The range an A1 reference names within a sheet (the sheet part, if any, already resolved). */
export function rangeOfA1(rec: Recorder, sheet: SheetData, a1: string): FakeRange {
  const p = parseA1(a1);
  const startRow = p.startRow ?? 1;
  const endRow = p.endRow ?? sheet.maxRows;
  const startCol = p.startCol ?? 1;
  const endCol = p.endCol ?? sheet.maxCols;
  return rangeOf(rec, sheet, startRow, startCol, endRow - startRow + 1, endCol - startCol + 1);
}

/** Throws as Sheets does for a sheet name it refuses. */
export function checkSheetName(book: SheetData['parent'], name: string, self?: SheetData): void {
  if (name.trim() === '') throw new Error('A sheet name cannot be empty.');
  if (name.length > MAX_SHEET_NAME) {
    throw new Error(`The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
  }
  const other = book.sheetByName(name);
  if (other && other !== self) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export class FakeSheet {
  constructor(
    private readonly rec: Recorder,
    readonly data: SheetData,
  ) {}

  getName(): string {
    this.rec.call('Sheet.getName');
    return this.data.name;
  }

  setName(name: string): FakeSheet {
    this.rec.call('Sheet.setName');
    this.guard();
    checkSheetName(this.data.parent, name, this.data);
    this.data.name = name;
    return this;
  }

  getSheetId(): number {
    this.rec.call('Sheet.getSheetId');
    return this.data.id;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    this.rec.call('Sheet.getIndex');
    return this.data.parent.sheets.indexOf(this.data) + 1;
  }

  getParent(): FakeSpreadsheet {
    this.rec.call('Sheet.getParent');
    return new FakeSpreadsheet(this.rec, this.data.parent);
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(rowOrA1: number | string, col?: number, numRows?: number, numCols?: number): FakeRange {
    this.rec.call('Sheet.getRange');
    if (typeof rowOrA1 === 'string') {
      const p = parseA1(rowOrA1);
      if (p.sheet !== null && p.sheet.toLowerCase() !== this.data.name.toLowerCase())
        throw new Error('Range not found');
      return rangeOfA1(this.rec, this.data, rowOrA1);
    }
    if (col === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return rangeOf(this.rec, this.data, rowOrA1, col, numRows ?? 1, numCols ?? 1);
  }

  /** The values of a block in one call, with the checks (and messages) of getRange. */
  getSheetValues(row: number, col: number, numRows: number, numCols: number): Stored[][] {
    this.rec.call('Sheet.getSheetValues');
    return rangeOf(this.rec, this.data, row, col, numRows, numCols).valuesOf();
  }

  /** From A1 to the last cell with content; A1 alone when the sheet is empty. */
  getDataRange(): FakeRange {
    this.rec.call('Sheet.getDataRange');
    const { lastRow, lastCol } = this.data.extent();
    return new FakeRange(this.rec, this.data, {
      row: 1,
      col: 1,
      numRows: Math.max(lastRow, 1),
      numCols: Math.max(lastCol, 1),
    });
  }

  getLastRow(): number {
    this.rec.call('Sheet.getLastRow');
    return this.data.extent().lastRow;
  }

  getLastColumn(): number {
    this.rec.call('Sheet.getLastColumn');
    return this.data.extent().lastCol;
  }

  getMaxRows(): number {
    this.rec.call('Sheet.getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.rec.call('Sheet.getMaxColumns');
    return this.data.maxCols;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec.call('Sheet.insertRowsAfter');
    this.guard();
    checkInsert(afterPosition, howMany, this.data.maxRows);
    this.data.insertRows(afterPosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec.call('Sheet.insertColumnsAfter');
    this.guard();
    checkInsert(afterPosition, howMany, this.data.maxCols);
    this.data.insertColumns(afterPosition, howMany);
    return this;
  }

  /** Values and formats; notes, validations, merges and protections stay. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): FakeSheet {
    this.rec.call('Sheet.clear');
    this.guard();
    const contents = !options?.formatOnly || Boolean(options.contentsOnly);
    const formats = !options?.contentsOnly || Boolean(options.formatOnly);
    this.each((cell) => {
      if (contents) clearContent(cell);
      if (formats) clearFormat(cell);
    });
    return this;
  }

  clearContents(): FakeSheet {
    this.rec.call('Sheet.clearContents');
    this.guard();
    this.each(clearContent);
    return this;
  }

  clearFormats(): FakeSheet {
    this.rec.call('Sheet.clearFormats');
    this.guard();
    this.each(clearFormat);
    return this;
  }

  clearNotes(): FakeSheet {
    this.rec.call('Sheet.clearNotes');
    this.guard();
    this.each((cell) => delete cell.note);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.rec.call('Sheet.setFrozenRows');
    this.guard();
    if (rows < 0 || rows > this.data.maxRows) throw new Error(OUTSIDE);
    this.data.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.rec.call('Sheet.setFrozenColumns');
    this.guard();
    if (columns < 0 || columns > this.data.maxCols) throw new Error(OUTSIDE);
    this.data.frozenCols = columns;
  }

  getFrozenRows(): number {
    this.rec.call('Sheet.getFrozenRows');
    return this.data.frozenRows;
  }

  getFrozenColumns(): number {
    this.rec.call('Sheet.getFrozenColumns');
    return this.data.frozenCols;
  }

  setColumnWidth(column: number, width: number): FakeSheet {
    this.rec.call('Sheet.setColumnWidth');
    this.guard();
    this.setWidths(column, 1, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.rec.call('Sheet.setColumnWidths');
    this.guard();
    this.setWidths(startColumn, numColumns, width);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): FakeSheet {
    this.rec.call('Sheet.setRowHeights');
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.data.maxRows) throw new Error(OUTSIDE);
    if (!Number.isFinite(height) || height < 0) throw new Error('Invalid argument: height');
    for (let r = startRow; r < startRow + numRows; r++) this.data.heights.set(r, height);
    return this;
  }

  getRowHeight(row: number): number {
    this.rec.call('Sheet.getRowHeight');
    return this.data.heights.get(row) ?? DEFAULT_HEIGHT;
  }

  getColumnWidth(column: number): number {
    this.rec.call('Sheet.getColumnWidth');
    return this.data.widths.get(column) ?? DEFAULT_WIDTH;
  }

  setTabColor(color: string | null): FakeSheet {
    this.rec.call('Sheet.setTabColor');
    this.guard();
    this.data.tabColor = color === null || color === '' ? null : color.toLowerCase();
    return this;
  }

  getTabColor(): string | null {
    this.rec.call('Sheet.getTabColor');
    return this.data.tabColor;
  }

  /** The sheet's protection: the existing one when the sheet is already protected. */
  protect(): FakeProtection {
    this.rec.call('Sheet.protect');
    const book = this.data.parent;
    let data = book.protections.find((p) => p.kind === 'SHEET' && p.sheet === this.data);
    if (!data) {
      if (book.world.user !== book.world.options.owner && !book.editors.includes(book.world.user))
        throw new Error(NO_ACCESS);
      data = new ProtectionData('SHEET', this.data, this.data.whole());
      book.protections.push(data);
    }
    return new FakeProtection(this.rec, data);
  }

  getProtections(type: ProtectionKind): FakeProtection[] {
    this.rec.call('Sheet.getProtections');
    return this.data.parent.protections
      .filter((p) => p.sheet === this.data && p.kind === String(type))
      .map((p) => new FakeProtection(this.rec, p));
  }

  activate(): FakeSheet {
    this.rec.call('Sheet.activate');
    this.data.parent.activeSheet = this.data;
    this.data.hidden = false;
    return this;
  }

  hideSheet(): FakeSheet {
    this.rec.call('Sheet.hideSheet');
    const visible = this.data.parent.sheets.filter((s) => !s.hidden && s !== this.data);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.data.hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    this.rec.call('Sheet.showSheet');
    this.data.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.rec.call('Sheet.isSheetHidden');
    return this.data.hidden;
  }

  /** Deletes rows from `rowPosition` on; a sheet keeps at least one row. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.rec.call('Sheet.deleteRows');
    this.guard();
    checkDelete(rowPosition, howMany, this.data.maxRows, 'rows');
    this.data.deleteRows(rowPosition, howMany);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.rec.call('Sheet.deleteColumns');
    this.guard();
    checkDelete(columnPosition, howMany, this.data.maxCols, 'columns');
    this.data.deleteColumns(columnPosition, howMany);
  }

  /** Changes to the sheet itself need the right to edit all of it. */
  private guard(): void {
    this.data.parent.world.guard(this.data, null);
  }

  private each(visit: (cell: Cell) => void): void {
    for (const cell of this.data.cells.values()) visit(cell);
  }

  private setWidths(start: number, count: number, width: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.data.maxCols) throw new Error(OUTSIDE);
    for (let c = start; c < start + count; c++) this.data.widths.set(c, width);
  }
}

function checkInsert(after: number, howMany: number, max: number): void {
  if (after < 1 || after > max) throw new Error(OUTSIDE);
  if (howMany < 1) throw new Error('The number of rows or columns to insert must be at least 1.');
}

function checkDelete(position: number, howMany: number, max: number, what: 'rows' | 'columns'): void {
  if (position < 1 || howMany < 1 || position + howMany - 1 > max) throw new Error(OUTSIDE);
  if (howMany === max) throw new Error(`You can't delete all the ${what} on the sheet.`);
}
