/** SpreadsheetApp and Spreadsheet. */
import { parseA1 } from './a1';
import type { Recorder } from './calls';
import type { ProtectionKind, SpreadsheetData, World } from './model';
import { FakeProtection, FakeUser } from './protection';
import { FakeRange } from './range';
import { FakeSheet, checkSheetName, rangeOfA1 } from './sheet';
import { FakeUi } from './ui';
import { FakeRichTextValueBuilder } from './richText';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

function sheetArg(sheet: unknown, method: string): FakeSheet {
  if (!(sheet instanceof FakeSheet)) {
    throw new Error(`The parameters (Object) don't match the method signature for SpreadsheetApp.${method}.`);
  }
  return sheet;
}

export class FakeSpreadsheet {
  constructor(
    private readonly rec: Recorder,
    readonly data: SpreadsheetData,
  ) {}

  getId(): string {
    this.rec.call('Spreadsheet.getId');
    return this.data.id;
  }

  getUrl(): string {
    this.rec.call('Spreadsheet.getUrl');
    return this.data.url();
  }

  getName(): string {
    this.rec.call('Spreadsheet.getName');
    return this.data.name;
  }

  rename(name: string): void {
    this.rec.call('Spreadsheet.rename');
    this.data.name = name;
  }

  getSpreadsheetLocale(): string {
    this.rec.call('Spreadsheet.getSpreadsheetLocale');
    return this.data.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.rec.call('Spreadsheet.setSpreadsheetLocale');
    this.data.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    this.rec.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.data.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.rec.call('Spreadsheet.setSpreadsheetTimeZone');
    this.data.timeZone = timeZone;
  }

  getSheets(): FakeSheet[] {
    this.rec.call('Spreadsheet.getSheets');
    return this.data.sheets.map((s) => new FakeSheet(this.rec, s));
  }

  getSheetByName(name: string): FakeSheet | null {
    this.rec.call('Spreadsheet.getSheetByName');
    const sheet = this.data.sheetByName(name);
    return sheet ? new FakeSheet(this.rec, sheet) : null;
  }

  getSheetById(id: number): FakeSheet | null {
    this.rec.call('Spreadsheet.getSheetById');
    const sheet = this.data.sheets.find((s) => s.id === id);
    return sheet ? new FakeSheet(this.rec, sheet) : null;
  }

  /**
   * insertSheet() | insertSheet(index) | insertSheet(name) | insertSheet(name, index), each with
   * options { template } last; the new sheet becomes active. A template's cells (values,
   * formats, notes, rules), merges, grid size, column widths, row heights, frozen panes and
   * tab colour are copied; its protections are not, and the copy is shown. Juri relies on this
   * only where the Check environment found the same in the real spreadsheet.
   */
  insertSheet(
    nameOrIndex?: string | number,
    indexOrOptions?: number | { template?: FakeSheet },
    options?: { template?: FakeSheet },
  ): FakeSheet {
    this.rec.call('Spreadsheet.insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeName();
    const at =
      typeof nameOrIndex === 'number'
        ? nameOrIndex
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : undefined;
    const template = (typeof indexOrOptions === 'object' ? indexOrOptions : options)?.template;
    checkSheetName(this.data, name);
    const sheet = this.data.addSheet(name, at);
    if (template) {
      const from = sheetArg(template, 'Spreadsheet.insertSheet').data;
      for (const [k, cell] of from.cells) sheet.cells.set(k, { ...cell });
      for (const [k, w] of from.widths) sheet.widths.set(k, w);
      for (const [k, h] of from.heights) sheet.heights.set(k, h);
      Object.assign(sheet, {
        maxRows: from.maxRows,
        maxCols: from.maxCols,
        frozenRows: from.frozenRows,
        frozenCols: from.frozenCols,
        tabColor: from.tabColor,
        merges: from.merges.map((m) => ({ ...m })),
      });
    }
    this.data.activeSheet = sheet;
    return new FakeSheet(this.rec, sheet);
  }

  deleteSheet(sheet: FakeSheet): void {
    this.rec.call('Spreadsheet.deleteSheet');
    const data = sheetArg(sheet, 'Spreadsheet.deleteSheet').data;
    if (!this.data.sheets.includes(data)) throw new Error('Sheet not found');
    if (this.data.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.data.world.guard(data, null);
    this.data.removeSheet(data);
  }

  getActiveSheet(): FakeSheet {
    this.rec.call('Spreadsheet.getActiveSheet');
    return new FakeSheet(this.rec, this.data.activeSheet ?? this.data.sheets[0]);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.rec.call('Spreadsheet.setActiveSheet');
    this.data.activeSheet = sheetArg(sheet, 'Spreadsheet.setActiveSheet').data;
    return sheet;
  }

  /** An A1 reference, with the sheet's name ("'Presentasi – Juri 1'!D5") or on the active sheet. */
  getRange(a1: string): FakeRange {
    this.rec.call('Spreadsheet.getRange');
    const { sheet: sheetName } = parseA1(a1);
    const sheet =
      sheetName === null ? (this.data.activeSheet ?? this.data.sheets[0]) : this.data.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return rangeOfA1(this.rec, sheet, a1);
  }

  setActiveRange(range: FakeRange): FakeRange {
    this.rec.call('Spreadsheet.setActiveRange');
    if (!(range instanceof FakeRange))
      throw new Error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.setActiveRange.",
      );
    this.data.activeSheet = range.sheetData;
    this.data.activeRange = { sheet: range.sheetData, rect: { ...range.rect } };
    return range;
  }

  getActiveRange(): FakeRange | null {
    this.rec.call('Spreadsheet.getActiveRange');
    const active = this.data.activeRange;
    return active ? new FakeRange(this.rec, active.sheet, { ...active.rect }) : null;
  }

  getProtections(type: ProtectionKind): FakeProtection[] {
    this.rec.call('Spreadsheet.getProtections');
    return this.data.protections
      .filter((p) => p.kind === String(type))
      .map((p) => new FakeProtection(this.rec, p));
  }

  getEditors(): FakeUser[] {
    this.rec.call('Spreadsheet.getEditors');
    return this.data.editors.map((e) => new FakeUser(this.rec, e));
  }

  getOwner(): FakeUser {
    this.rec.call('Spreadsheet.getOwner');
    return new FakeUser(this.rec, this.data.world.options.owner);
  }

  addEditor(email: string | FakeUser): FakeSpreadsheet {
    this.rec.call('Spreadsheet.addEditor');
    this.addEditor1(email instanceof FakeUser ? email.address : email);
    return this;
  }

  addEditors(emails: string[]): FakeSpreadsheet {
    this.rec.call('Spreadsheet.addEditors');
    for (const email of emails) this.addEditor1(email);
    return this;
  }

  removeEditor(email: string | FakeUser): FakeSpreadsheet {
    this.rec.call('Spreadsheet.removeEditor');
    const address = email instanceof FakeUser ? email.address : email;
    const i = this.data.editors.indexOf(address);
    if (i > 0) this.data.editors.splice(i, 1);
    return this;
  }

  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.rec.call('Spreadsheet.toast');
    this.data.world.ui.toasts.push({ message, title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }

  private addEditor1(email: string): void {
    if (!this.data.editors.includes(email)) this.data.editors.push(email);
  }

  private freeName(): string {
    let n = this.data.sheets.length + 1;
    while (this.data.sheetByName(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }
}

export class FakeSpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;

  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
  ) {}

  /** A new spreadsheet with one sheet, 'Sheet1'; it does not become the active one. */
  create(name: string): FakeSpreadsheet {
    this.rec.call('SpreadsheetApp.create');
    return new FakeSpreadsheet(this.rec, this.world.createSpreadsheet(name));
  }

  openById(id: string): FakeSpreadsheet {
    this.rec.call('SpreadsheetApp.openById');
    const book = this.world.spreadsheets.get(id);
    if (!book)
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return new FakeSpreadsheet(this.rec, book);
  }

  openByUrl(url: string): FakeSpreadsheet {
    this.rec.call('SpreadsheetApp.openByUrl');
    const id = /\/d\/([^/]+)/.exec(url)?.[1];
    const book = id === undefined ? undefined : this.world.spreadsheets.get(id);
    if (!book)
      throw new Error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return new FakeSpreadsheet(this.rec, book);
  }

  /** The spreadsheet the script is bound to; null for a standalone script. */
  getActive(): FakeSpreadsheet | null {
    this.rec.call('SpreadsheetApp.getActive');
    return this.world.active ? new FakeSpreadsheet(this.rec, this.world.active) : null;
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    this.rec.call('SpreadsheetApp.getActiveSpreadsheet');
    return this.world.active ? new FakeSpreadsheet(this.rec, this.world.active) : null;
  }

  setActiveSpreadsheet(spreadsheet: FakeSpreadsheet): void {
    this.rec.call('SpreadsheetApp.setActiveSpreadsheet');
    this.world.active = spreadsheet.data;
  }

  getActiveSheet(): FakeSheet {
    this.rec.call('SpreadsheetApp.getActiveSheet');
    const book = this.activeBook();
    return new FakeSheet(this.rec, book.activeSheet ?? book.sheets[0]);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.rec.call('SpreadsheetApp.setActiveSheet');
    const data = sheetArg(sheet, 'setActiveSheet').data;
    data.parent.activeSheet = data;
    return sheet;
  }

  getActiveRange(): FakeRange | null {
    this.rec.call('SpreadsheetApp.getActiveRange');
    const active = this.activeBook().activeRange;
    return active ? new FakeRange(this.rec, active.sheet, { ...active.rect }) : null;
  }

  setActiveRange(range: FakeRange): FakeRange {
    this.rec.call('SpreadsheetApp.setActiveRange');
    range.sheetData.parent.activeSheet = range.sheetData;
    range.sheetData.parent.activeRange = { sheet: range.sheetData, rect: { ...range.rect } };
    return range;
  }

  getUi(): FakeUi {
    this.rec.call('SpreadsheetApp.getUi');
    if (!this.world.options.uiAvailable)
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return new FakeUi(this.rec, this.world.ui);
  }

  newRichTextValue(): FakeRichTextValueBuilder {
    this.rec.call('SpreadsheetApp.newRichTextValue');
    return new FakeRichTextValueBuilder(this.rec);
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.rec.call('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.rec);
  }

  flush(): void {
    this.rec.call('SpreadsheetApp.flush');
  }

  private activeBook(): SpreadsheetData {
    if (!this.world.active) throw new Error('There is no active spreadsheet.');
    return this.world.active;
  }
}
