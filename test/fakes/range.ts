/** A rectangle of cells of one sheet, with Sheets' checks on every 2-D write. */
import { type Rect, a1Of, contains, intersects } from './a1';
import type { Recorder } from './calls';
import { type Cell, clearContent, clearFormat, ProtectionData, type SheetData } from './model';
import { FakeProtection } from './protection';
import { FakeRichTextValue } from './richText';
import { FakeSheet } from './sheet';
import { FakeDataValidation } from './validation';
import { type Stored, display, enter } from './values';

const WHITE = '#ffffff';

/**
 * What Sheets reports as the number format of a cell nobody formatted. It is
 * not the automatic format: set back on a cell, it fixes the cell to plain
 * numbers. 'General' sets the automatic format.
 */
export const UNTOUCHED_FORMAT = '0.###############';

export class FakeRange {
  constructor(
    private readonly rec: Recorder,
    readonly sheetData: SheetData,
    readonly rect: Rect,
  ) {}

  // ---- position -------------------------------------------------------------

  getA1Notation(): string {
    this.rec.call('Range.getA1Notation');
    return a1Of(this.rect);
  }

  getRow(): number {
    this.rec.call('Range.getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.rec.call('Range.getColumn');
    return this.rect.col;
  }

  getNumRows(): number {
    this.rec.call('Range.getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.rec.call('Range.getNumColumns');
    return this.rect.numCols;
  }

  getLastRow(): number {
    this.rec.call('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.rec.call('Range.getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }

  getSheet(): FakeSheet {
    this.rec.call('Range.getSheet');
    return new FakeSheet(this.rec, this.sheetData);
  }

  activate(): FakeRange {
    this.rec.call('Range.activate');
    const book = this.sheetData.parent;
    book.activeSheet = this.sheetData;
    book.activeRange = { sheet: this.sheetData, rect: { ...this.rect } };
    return this;
  }

  // ---- values ---------------------------------------------------------------

  getValues(): Stored[][] {
    this.rec.call('Range.getValues');
    return this.map((cell, row, col) => this.valueAt(cell, row, col));
  }

  /** The values without counting a call, for a Sheet method that reads a block in one (getSheetValues). */
  valuesOf(): Stored[][] {
    return this.map((cell, row, col) => this.valueAt(cell, row, col));
  }

  getValue(): Stored {
    this.rec.call('Range.getValue');
    const { row, col } = this.rect;
    return this.valueAt(this.sheetData.cell(row, col), row, col);
  }

  getDisplayValues(): string[][] {
    this.rec.call('Range.getDisplayValues');
    const book = this.sheetData.parent;
    return this.map((cell, row, col) => {
      const v = this.valueAt(cell, row, col);
      return v === '' ? '' : display(v, book.locale, book.timeZone, cell?.numberFormat);
    });
  }

  getFormulas(): string[][] {
    this.rec.call('Range.getFormulas');
    return this.map((cell, row, col) =>
      this.sheetData.hiddenByMerge(row, col) ? '' : (cell?.formula ?? ''),
    );
  }

  getFormula(): string {
    this.rec.call('Range.getFormula');
    return this.sheetData.cell(this.rect.row, this.rect.col)?.formula ?? '';
  }

  setValues(values: unknown[][]): FakeRange {
    this.rec.call('Range.setValues');
    this.guard();
    this.checkShape(values);
    this.write(values, (input, cell, row, col) => this.enterInto(cell, input, row, col));
    return this;
  }

  setValue(value: unknown): FakeRange {
    this.rec.call('Range.setValue');
    this.guard();
    this.fill((cell, row, col) => this.enterInto(cell, value, row, col));
    return this;
  }

  /** Like setValues: a formula is a string starting with '='; '' empties the cell. */
  setFormulas(formulas: string[][]): FakeRange {
    this.rec.call('Range.setFormulas');
    this.guard();
    this.checkShape(formulas);
    this.write(formulas, (input, cell, row, col) => this.enterInto(cell, input, row, col));
    return this;
  }

  setFormula(formula: string): FakeRange {
    this.rec.call('Range.setFormula');
    this.guard();
    this.fill((cell, row, col) => this.enterInto(cell, formula, row, col));
    return this;
  }

  // ---- rich text (links) ---------------------------------------------------

  /** null for a cell that does not hold text a user entered: a number, a boolean, a date, a formula. */
  getRichTextValues(): (FakeRichTextValue | null)[][] {
    this.rec.call('Range.getRichTextValues');
    return this.map((cell, row, col) => this.richTextAt(cell, row, col));
  }

  getRichTextValue(): FakeRichTextValue | null {
    this.rec.call('Range.getRichTextValue');
    const { row, col } = this.rect;
    return this.richTextAt(this.sheetData.cell(row, col), row, col);
  }

  /** Each cell takes the text as text (never a number or a formula) with its links. */
  setRichTextValues(values: FakeRichTextValue[][]): FakeRange {
    this.rec.call('Range.setRichTextValues');
    this.guard();
    this.checkShape(values);
    for (const line of values) for (const v of line) checkRichText(v, 'setRichTextValues');
    this.write(values, (v, cell, row, col) => this.putRichText(cell, v as FakeRichTextValue, row, col));
    return this;
  }

  setRichTextValue(value: FakeRichTextValue): FakeRange {
    this.rec.call('Range.setRichTextValue');
    this.guard();
    checkRichText(value, 'setRichTextValue');
    this.fill((cell, row, col) => this.putRichText(cell, value, row, col));
    return this;
  }

  // ---- formats --------------------------------------------------------------

  getNumberFormats(): string[][] {
    this.rec.call('Range.getNumberFormats');
    return this.map((cell) => cell?.numberFormat ?? UNTOUCHED_FORMAT);
  }

  getNumberFormat(): string {
    this.rec.call('Range.getNumberFormat');
    return this.sheetData.cell(this.rect.row, this.rect.col)?.numberFormat ?? UNTOUCHED_FORMAT;
  }

  setNumberFormats(formats: string[][]): FakeRange {
    this.rec.call('Range.setNumberFormats');
    this.guard();
    this.checkShape(formats);
    this.write(formats, (f, cell) => (cell.numberFormat = String(f)));
    return this;
  }

  setNumberFormat(format: string): FakeRange {
    this.rec.call('Range.setNumberFormat');
    this.guard();
    this.fill((cell) => (cell.numberFormat = format));
    return this;
  }

  getBackgrounds(): string[][] {
    this.rec.call('Range.getBackgrounds');
    return this.map((cell) => cell?.background ?? WHITE);
  }

  getBackground(): string {
    this.rec.call('Range.getBackground');
    return this.sheetData.cell(this.rect.row, this.rect.col)?.background ?? WHITE;
  }

  setBackgrounds(colors: (string | null)[][]): FakeRange {
    this.rec.call('Range.setBackgrounds');
    this.guard();
    this.checkShape(colors);
    this.write(colors, (c, cell) => setBackground(cell, c as string | null));
    return this;
  }

  setBackground(color: string | null): FakeRange {
    this.rec.call('Range.setBackground');
    this.guard();
    this.fill((cell) => setBackground(cell, color));
    return this;
  }

  getFontWeights(): ('bold' | 'normal')[][] {
    this.rec.call('Range.getFontWeights');
    return this.map((cell) => (cell?.bold ? 'bold' : 'normal'));
  }

  setFontWeights(weights: ('bold' | 'normal' | null)[][]): FakeRange {
    this.rec.call('Range.setFontWeights');
    this.guard();
    this.checkShape(weights);
    this.write(weights, (w, cell) => (cell.bold = w === 'bold'));
    return this;
  }

  getWraps(): boolean[][] {
    this.rec.call('Range.getWraps');
    return this.map((cell) => cell?.wrap === true);
  }

  setWraps(wraps: boolean[][]): FakeRange {
    this.rec.call('Range.setWraps');
    this.checkShape(wraps);
    if (wraps.some((row) => row.some((w) => typeof w !== 'boolean')))
      throw new Error(
        "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setWraps.",
      );
    this.write(wraps, (w, cell) => (w ? (cell.wrap = true) : delete cell.wrap));
    return this;
  }

  getHorizontalAlignments(): string[][] {
    this.rec.call('Range.getHorizontalAlignments');
    return this.map((cell) => cell?.align ?? 'general');
  }

  setHorizontalAlignments(alignments: (string | null)[][]): FakeRange {
    this.rec.call('Range.setHorizontalAlignments');
    this.checkShape(alignments);
    const known = ['left', 'center', 'right', 'normal', 'general', null];
    if (alignments.some((row) => row.some((a) => !known.includes(a))))
      throw new Error('Invalid argument: alignments');
    this.write(alignments, (a, cell) =>
      a === null || a === 'general' ? delete cell.align : (cell.align = String(a)),
    );
    return this;
  }

  setFontWeight(weight: 'bold' | 'normal' | null): FakeRange {
    this.rec.call('Range.setFontWeight');
    this.guard();
    this.fill((cell) => (cell.bold = weight === 'bold'));
    return this;
  }

  getNotes(): string[][] {
    this.rec.call('Range.getNotes');
    return this.map((cell) => cell?.note ?? '');
  }

  getNote(): string {
    this.rec.call('Range.getNote');
    return this.sheetData.cell(this.rect.row, this.rect.col)?.note ?? '';
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    this.rec.call('Range.setNotes');
    this.guard();
    this.checkShape(notes);
    this.write(notes, (n, cell) => setNote(cell, n as string | null));
    return this;
  }

  setNote(note: string | null): FakeRange {
    this.rec.call('Range.setNote');
    this.guard();
    this.fill((cell) => setNote(cell, note));
    return this;
  }

  // ---- data validation ------------------------------------------------------

  getDataValidations(): (FakeDataValidation | null)[][] {
    this.rec.call('Range.getDataValidations');
    return this.map((cell) => (cell?.validation ? new FakeDataValidation(this.rec, cell.validation) : null));
  }

  getDataValidation(): FakeDataValidation | null {
    this.rec.call('Range.getDataValidation');
    const v = this.sheetData.cell(this.rect.row, this.rect.col)?.validation;
    return v ? new FakeDataValidation(this.rec, v) : null;
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.rec.call('Range.setDataValidation');
    this.guard();
    checkRule(rule);
    this.fill((cell) => setValidation(cell, rule));
    return this;
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    this.rec.call('Range.setDataValidations');
    this.guard();
    this.checkShape(rules);
    for (const row of rules) for (const rule of row) checkRule(rule);
    this.write(rules, (rule, cell) => setValidation(cell, rule as FakeDataValidation | null));
    return this;
  }

  clearDataValidations(): FakeRange {
    this.rec.call('Range.clearDataValidations');
    this.guard();
    this.sheetData.forEachIn(this.rect, (cell) => delete cell.validation);
    return this;
  }

  // ---- clearing, merging, protecting ----------------------------------------

  clear(): FakeRange {
    this.rec.call('Range.clear');
    this.guard();
    this.sheetData.forEachIn(this.rect, (cell) => {
      clearContent(cell);
      clearFormat(cell);
    });
    return this;
  }

  clearContent(): FakeRange {
    this.rec.call('Range.clearContent');
    this.guard();
    this.sheetData.forEachIn(this.rect, clearContent);
    return this;
  }

  clearFormat(): FakeRange {
    this.rec.call('Range.clearFormat');
    this.guard();
    this.sheetData.forEachIn(this.rect, clearFormat);
    return this;
  }

  clearNote(): FakeRange {
    this.rec.call('Range.clearNote');
    this.guard();
    this.sheetData.forEachIn(this.rect, (cell) => delete cell.note);
    return this;
  }

  /** Keeps the top-left value only, as Sheets does. */
  merge(): FakeRange {
    this.rec.call('Range.merge');
    this.guard();
    this.checkWholeMerges();
    const sheet = this.sheetData;
    sheet.merges = sheet.merges.filter((m) => !contains(this.rect, m));
    sheet.forEachIn(this.rect, (cell, row, col) => {
      if (row !== this.rect.row || col !== this.rect.col) clearContent(cell);
    });
    if (this.rect.numRows > 1 || this.rect.numCols > 1) sheet.merges.push({ ...this.rect });
    return this;
  }

  breakApart(): FakeRange {
    this.rec.call('Range.breakApart');
    this.guard();
    this.checkWholeMerges();
    this.sheetData.merges = this.sheetData.merges.filter((m) => !contains(this.rect, m));
    return this;
  }

  isPartOfMerge(): boolean {
    this.rec.call('Range.isPartOfMerge');
    return this.sheetData.merges.some((m) => intersects(m, this.rect));
  }

  getMergedRanges(): FakeRange[] {
    this.rec.call('Range.getMergedRanges');
    return this.sheetData.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => new FakeRange(this.rec, this.sheetData, { ...m }));
  }

  /** A new protected range; the editors start as the spreadsheet's editors, as in Sheets. */
  protect(): FakeProtection {
    this.rec.call('Range.protect');
    const data = new ProtectionData('RANGE', this.sheetData, { ...this.rect });
    this.sheetData.parent.protections.push(data);
    return new FakeProtection(this.rec, data);
  }

  // ---- helpers (not service methods) ----------------------------------------

  /** A write into cells the current user may not edit throws Sheets' message. */
  private guard(): void {
    this.sheetData.parent.world.guard(this.sheetData, this.rect);
  }

  private valueAt(cell: Cell | undefined, row: number, col: number): Stored {
    if (!cell || this.sheetData.hiddenByMerge(row, col)) return '';
    if (cell.formula !== undefined) {
      const evaluate = this.sheetData.parent.world.options.evaluate;
      const v = evaluate ? evaluate(cell.formula, { sheet: this.sheetData.name, row, col }) : null;
      return v === null ? '' : v;
    }
    const v = cell.value;
    if (v === undefined) return '';
    return v instanceof Date ? new Date(v.getTime()) : v;
  }

  private richTextAt(cell: Cell | undefined, row: number, col: number): FakeRichTextValue | null {
    if (!cell || this.sheetData.hiddenByMerge(row, col)) return new FakeRichTextValue(this.rec, '', []);
    if (cell.formula !== undefined) return null;
    if (cell.value === undefined) return new FakeRichTextValue(this.rec, '', []);
    if (typeof cell.value !== 'string') return null;
    return new FakeRichTextValue(
      this.rec,
      cell.value,
      (cell.links ?? []).map((l) => ({ ...l })),
    );
  }

  private putRichText(cell: Cell, value: FakeRichTextValue, row: number, col: number): void {
    if (this.sheetData.hiddenByMerge(row, col)) return;
    delete cell.formula;
    delete cell.value;
    delete cell.links;
    if (value.text === '') return;
    cell.value = value.text;
    if (value.links.length > 0) cell.links = value.links.map((l) => ({ ...l }));
  }

  private map<T>(read: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.numCols; c++) {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        line.push(read(this.sheetData.cell(row, col), row, col));
      }
      out.push(line);
    }
    return out;
  }

  private write(
    data: unknown[][],
    put: (input: unknown, cell: Cell, row: number, col: number) => void,
  ): void {
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numCols; c++) {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        put(data[r][c], this.sheetData.cellFor(row, col), row, col);
      }
    }
  }

  private fill(put: (cell: Cell, row: number, col: number) => void): void {
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numCols; c++) {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        put(this.sheetData.cellFor(row, col), row, col);
      }
    }
  }

  /** A value written under a merge (not its top-left cell) is lost, so the fake drops it. */
  private enterInto(cell: Cell, input: unknown, row: number, col: number): void {
    if (this.sheetData.hiddenByMerge(row, col)) return;
    const book = this.sheetData.parent;
    const entered = enter(input, cell.numberFormat ?? 'General', book.locale, book.timeZone);
    delete cell.value;
    delete cell.formula;
    // A new value erases the links of the text it replaces.
    delete cell.links;
    if (entered.value !== undefined) cell.value = entered.value;
    if (entered.formula !== undefined) cell.formula = entered.formula;
  }

  private checkShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.rect.numRows) {
      const has = Array.isArray(data) ? data.length : 0;
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${has} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of data) {
      const has = Array.isArray(row) ? row.length : 0;
      if (has !== this.rect.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${has} but the range has ${this.rect.numCols}.`,
        );
      }
    }
  }

  private checkWholeMerges(): void {
    for (const m of this.sheetData.merges) {
      if (intersects(m, this.rect) && !contains(this.rect, m)) {
        throw new Error('You must select all cells in a merged range to merge or unmerge them.');
      }
    }
  }
}

function setBackground(cell: Cell, color: string | null): void {
  if (color === null || color === '' || color.toLowerCase() === WHITE) delete cell.background;
  else cell.background = color.toLowerCase();
}

function setNote(cell: Cell, note: string | null): void {
  if (note === null || note === '') delete cell.note;
  else cell.note = note;
}

function setValidation(cell: Cell, rule: FakeDataValidation | null): void {
  if (rule === null) delete cell.validation;
  else cell.validation = rule.data;
}

function checkRichText(value: unknown, method: string): void {
  if (!(value instanceof FakeRichTextValue))
    throw new Error(
      `The parameters (${value === null ? 'null' : 'Object'}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
}

function checkRule(rule: unknown): void {
  if (rule !== null && !(rule instanceof FakeDataValidation)) {
    throw new Error(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  }
}
