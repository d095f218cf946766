/**
 * The state behind the fake services: spreadsheets, sheets, cells and
 * protections as plain data. The service facades (spreadsheet.ts, sheet.ts,
 * range.ts, ...) count calls and check arguments; nothing here is counted, so
 * tests may inspect it freely through `fake.inspect()`.
 */
import { type Rect, intersects } from './a1';
import type { Recorder } from './calls';
import { Authorization, type AuthModeName } from './auth';
import { PendingWrites } from './commits';
import type { LinkRun } from './richText';
import type { UiLog } from './ui';
import type { Stored } from './values';

/** Computes the value a formula cell shows; without it, formula cells read as ''. */
export type FormulaEvaluator = (
  formula: string,
  where: { sheet: string; row: number; col: number },
) => Stored | null;

export interface FakeOptions {
  /** The active spreadsheet's locale; 'id_ID' by default. */
  locale?: string;
  /** The user's own locale (Session.getActiveUserLocale); the spreadsheet's language by default. */
  userLocale?: string;
  /** The spreadsheet's time zone (File > Settings); 'Asia/Jakarta' by default. */
  timeZone?: string;
  /** The script project's own time zone (appsscript.json), which Sheets does not follow; 'Asia/Jakarta'. */
  scriptTimeZone?: string;
  name?: string;
  id?: string;
  /** Owner of every spreadsheet; 'sekretariat@example.go.id' by default. */
  owner?: string;
  /** The user the script runs as; the owner by default. */
  effectiveUser?: string;
  /** The user at the keyboard; the effective user by default. */
  activeUser?: string;
  /** Other editors of the spreadsheet: a new protection starts with them, as in Sheets. */
  collaborators?: string[];
  /** A Google Workspace domain: only then can a protection be open to the whole domain. */
  domain?: string;
  /** New protections start editable by the whole domain (the spreadsheet is shared with it). */
  domainEdit?: boolean;
  /** HTML files of the script project, by name without '.html'. */
  htmlFiles?: Record<string, string>;
  evaluate?: FormulaEvaluator;
  /** False when the script runs where there is no editor UI (a trigger): getUi() throws. */
  uiAvailable?: boolean;
  /** The authorization mode the script runs in; 'FULL' by default (a menu item, the sidebar). */
  authMode?: AuthModeName;
  /** The OAuth scopes the user granted; every scope of appsscript.json by default. */
  grantedScopes?: readonly string[];
}

export interface Cell {
  value?: Stored;
  formula?: string;
  numberFormat?: string;
  background?: string;
  bold?: boolean;
  /** Text wraps inside the cell (Sheets' default is overflow). */
  wrap?: boolean;
  /** 'left', 'center' or 'right'; absent is Sheets' default (general). */
  align?: string;
  note?: string;
  validation?: ValidationData;
  /** Links inside the text of a cell holding text (rich text runs). */
  links?: LinkRun[];
}

/** What Range.clearContent empties in a cell. */
export function clearContent(cell: Cell): void {
  delete cell.value;
  delete cell.formula;
  delete cell.links;
}

/** What Range.clearFormat empties in a cell. */
export function clearFormat(cell: Cell): void {
  delete cell.numberFormat;
  delete cell.background;
  delete cell.bold;
  delete cell.wrap;
  delete cell.align;
}

export interface ValidationData {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export type ProtectionKind = 'RANGE' | 'SHEET';

export class ProtectionData {
  description = '';
  readonly editors = new Set<string>();
  unprotected: Rect[] = [];
  warningOnly = false;
  domainEdit: boolean;
  removed = false;

  constructor(
    readonly kind: ProtectionKind,
    readonly sheet: SheetData,
    public rect: Rect,
  ) {
    const book = sheet.parent;
    for (const editor of book.editors) this.editors.add(editor);
    this.domainEdit = book.world.options.domainEdit;
  }
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_WIDTH = 100;
export const DEFAULT_HEIGHT = 21;
const KEY_STRIDE = 1 << 16;

export class SheetData {
  readonly cells = new Map<number, Cell>();
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  readonly widths = new Map<number, number>();
  /** Row heights in pixels set by the script; rows not listed have Sheets' default. */
  readonly heights = new Map<number, number>();
  tabColor: string | null = null;
  hidden = false;
  merges: Rect[] = [];

  constructor(
    readonly parent: SpreadsheetData,
    readonly id: number,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(row * KEY_STRIDE + col);
  }

  /** The cell, created if absent: for writes. */
  cellFor(row: number, col: number): Cell {
    const key = row * KEY_STRIDE + col;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  forEachIn(rect: Rect, visit: (cell: Cell, row: number, col: number) => void): void {
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / KEY_STRIDE);
      const col = key % KEY_STRIDE;
      if (
        row >= rect.row &&
        row < rect.row + rect.numRows &&
        col >= rect.col &&
        col < rect.col + rect.numCols
      ) {
        visit(cell, row, col);
      }
    }
  }

  /** Last row and column holding a value or a formula (0 when none), as getLastRow/getLastColumn. */
  extent(): { lastRow: number; lastCol: number } {
    let lastRow = 0;
    let lastCol = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      lastRow = Math.max(lastRow, Math.floor(key / KEY_STRIDE));
      lastCol = Math.max(lastCol, key % KEY_STRIDE);
    }
    return { lastRow, lastCol };
  }

  /** The merge a cell is hidden under (not its top-left cell), if any. */
  hiddenByMerge(row: number, col: number): boolean {
    return this.merges.some(
      (m) => intersects(m, { row, col, numRows: 1, numCols: 1 }) && (m.row !== row || m.col !== col),
    );
  }

  /** Moves cells, merges and protected ranges down when rows are inserted after `after`. */
  insertRows(after: number, howMany: number): void {
    this.maxRows += howMany;
    this.shiftCells((row, col) => (row > after ? [row + howMany, col] : [row, col]));
    const grow = (r: Rect): Rect =>
      r.row > after
        ? { ...r, row: r.row + howMany }
        : r.row + r.numRows - 1 > after
          ? { ...r, numRows: r.numRows + howMany }
          : r;
    this.moveRects(grow);
  }

  insertColumns(after: number, howMany: number): void {
    this.maxCols += howMany;
    this.shiftCells((row, col) => (col > after ? [row, col + howMany] : [row, col]));
    const grow = (r: Rect): Rect =>
      r.col > after
        ? { ...r, col: r.col + howMany }
        : r.col + r.numCols - 1 > after
          ? { ...r, numCols: r.numCols + howMany }
          : r;
    this.moveRects(grow);
  }

  /** Removes rows from `start` on: their cells go, cells below move up, rectangles shrink. */
  deleteRows(start: number, howMany: number): void {
    const end = start + howMany - 1;
    this.maxRows -= howMany;
    this.dropCells((row) => row >= start && row <= end);
    this.shiftCells((row, col) => (row > end ? [row - howMany, col] : [row, col]));
    this.moveRects((r) => shrink(r, 'row', 'numRows', start, end, howMany));
    for (const r of [...this.heights.keys()].sort((a, b) => a - b)) {
      const h = this.heights.get(r)!;
      this.heights.delete(r);
      if (r < start) this.heights.set(r, h);
      else if (r > end) this.heights.set(r - howMany, h);
    }
  }

  deleteColumns(start: number, howMany: number): void {
    const end = start + howMany - 1;
    this.maxCols -= howMany;
    this.dropCells((_, col) => col >= start && col <= end);
    this.shiftCells((row, col) => (col > end ? [row, col - howMany] : [row, col]));
    this.moveRects((r) => shrink(r, 'col', 'numCols', start, end, howMany));
    for (const c of [...this.widths.keys()].sort((a, b) => a - b)) {
      const w = this.widths.get(c)!;
      this.widths.delete(c);
      if (c < start) this.widths.set(c, w);
      else if (c > end) this.widths.set(c - howMany, w);
    }
  }

  private dropCells(gone: (row: number, col: number) => boolean): void {
    for (const key of [...this.cells.keys()]) {
      if (gone(Math.floor(key / KEY_STRIDE), key % KEY_STRIDE)) this.cells.delete(key);
    }
  }

  private shiftCells(move: (row: number, col: number) => [number, number]): void {
    const moved: [number, Cell][] = [];
    for (const [key, cell] of this.cells) {
      const [row, col] = move(Math.floor(key / KEY_STRIDE), key % KEY_STRIDE);
      moved.push([row * KEY_STRIDE + col, cell]);
    }
    this.cells.clear();
    for (const [key, cell] of moved) this.cells.set(key, cell);
  }

  private moveRects(move: (r: Rect) => Rect): void {
    this.merges = this.merges.map(move);
    for (const p of this.parent.protections) {
      if (p.sheet !== this) continue;
      if (p.kind === 'RANGE') p.rect = move(p.rect);
      p.unprotected = p.unprotected.map(move);
    }
  }

  whole(): Rect {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }
}

/** A rectangle after rows (or columns) start..end are deleted; it keeps at least one cell. */
function shrink(
  r: Rect,
  pos: 'row' | 'col',
  size: 'numRows' | 'numCols',
  start: number,
  end: number,
  howMany: number,
): Rect {
  const first = r[pos];
  const last = first + r[size] - 1;
  if (last < start) return r;
  if (first > end) return { ...r, [pos]: first - howMany };
  const kept = r[size] - (Math.min(last, end) - Math.max(first, start) + 1);
  return { ...r, [pos]: Math.min(first, start), [size]: Math.max(kept, 1) };
}

export type Access = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
export type Permission = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'NONE';

export class SpreadsheetData {
  readonly sheets: SheetData[] = [];
  readonly protections: ProtectionData[] = [];
  activeSheet: SheetData | null = null;
  activeRange: { sheet: SheetData; rect: Rect } | null = null;
  readonly editors: string[];
  sharing: { access: Access; permission: Permission } = { access: 'PRIVATE', permission: 'NONE' };
  nextSheetId = 0;

  constructor(
    readonly world: World,
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {
    const { owner, effectiveUser, collaborators } = world.options;
    // Whoever runs the script can edit the spreadsheet, or could not have run it.
    this.editors = [...new Set([owner, effectiveUser, ...collaborators])];
  }

  sheetByName(name: string): SheetData | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  addSheet(name: string, index?: number): SheetData {
    const sheet = new SheetData(this, this.nextSheetId, name);
    // Sheets gives the first sheet gid 0 and later ones large random-looking ids.
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const p of this.protections.filter((x) => x.sheet === sheet)) this.removeProtection(p);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.activeRange?.sheet === sheet) this.activeRange = null;
  }

  removeProtection(p: ProtectionData): void {
    p.removed = true;
    const i = this.protections.indexOf(p);
    if (i >= 0) this.protections.splice(i, 1);
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** Puts this spreadsheet back as `saved` held it (a copy made by `copy`). */
  restore(saved: SpreadsheetData): void {
    const copy = saved.copy();
    for (const key of ['sheets', 'protections', 'editors'] as const)
      this[key].splice(0, Infinity, ...(copy[key] as never[]));
    for (const sheet of this.sheets) (sheet as { parent: SpreadsheetData }).parent = this;
    Object.assign(this, {
      activeSheet: copy.activeSheet,
      activeRange: copy.activeRange,
      sharing: copy.sharing,
      name: copy.name,
      locale: copy.locale,
      timeZone: copy.timeZone,
      nextSheetId: copy.nextSheetId,
    });
  }

  /** A deep copy, detached from any service: for tests that start many runs from one state. */
  copy(): SpreadsheetData {
    const out = new SpreadsheetData(this.world, this.id, this.name, this.locale, this.timeZone);
    out.editors.splice(0, Infinity, ...this.editors);
    out.nextSheetId = this.nextSheetId;
    out.sharing = { ...this.sharing };
    const sheets = new Map<SheetData, SheetData>();
    for (const s of this.sheets) {
      const t = new SheetData(out, s.id, s.name);
      for (const [k, cell] of s.cells)
        t.cells.set(k, {
          ...cell,
          value: cell.value instanceof Date ? new Date(cell.value) : cell.value,
          ...(cell.links ? { links: cell.links.map((l) => ({ ...l })) } : {}),
        });
      for (const [k, w] of s.widths) t.widths.set(k, w);
      Object.assign(t, {
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        tabColor: s.tabColor,
        hidden: s.hidden,
        merges: s.merges.map((m) => ({ ...m })),
      });
      sheets.set(s, t);
      out.sheets.push(t);
    }
    for (const p of this.protections) {
      const q = new ProtectionData(p.kind, sheets.get(p.sheet)!, { ...p.rect });
      q.editors.clear();
      for (const e of p.editors) q.editors.add(e);
      Object.assign(q, {
        description: p.description,
        unprotected: p.unprotected.map((u) => ({ ...u })),
        warningOnly: p.warningOnly,
        domainEdit: p.domainEdit,
      });
      out.protections.push(q);
    }
    out.activeSheet = this.activeSheet ? (sheets.get(this.activeSheet) ?? null) : null;
    out.activeRange = this.activeRange
      ? { sheet: sheets.get(this.activeRange.sheet)!, rect: { ...this.activeRange.rect } }
      : null;
    return out;
  }
}

interface ResolvedOptions {
  locale: string;
  userLocale: string;
  timeZone: string;
  scriptTimeZone: string;
  owner: string;
  effectiveUser: string;
  activeUser: string;
  collaborators: string[];
  domain: string | null;
  domainEdit: boolean;
  htmlFiles: Record<string, string>;
  evaluate: FormulaEvaluator | null;
  uiAvailable: boolean;
}

export type LockKind = 'document' | 'script' | 'user';

/** Sheets' message for a write into a protected cell by someone who is not among its editors. */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Sheets' message when someone who is not an editor of a protection reads its editors or changes it. */
export const NO_PERMISSION = 'You do not have permission to perform that action.';
/** Sheets' message for someone the spreadsheet is not shared with for editing. */
export const NO_ACCESS = 'You do not have permission to access the requested document.';

/** Every cell of `rect` lies in one of `ranges`. */
function coveredBy(rect: Rect, ranges: readonly Rect[]): boolean {
  if (ranges.length === 0) return false;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      const inside = ranges.some(
        (u) => r >= u.row && r < u.row + u.numRows && c >= u.col && c < u.col + u.numCols,
      );
      if (!inside) return false;
    }
  }
  return true;
}

/** Everything the fake services share within one test. */
export class World {
  readonly options: ResolvedOptions;
  readonly spreadsheets = new Map<string, SpreadsheetData>();
  active: SpreadsheetData | null = null;
  /** The user the script runs as now (Session.getEffectiveUser); `runAs` changes it. */
  user: string;
  /** The user at the keyboard (Session.getActiveUser); `runAs` changes it with `user`. */
  activeUser: string;
  /** Who holds each lock: a fake Lock object, or 'test' when a test holds it. */
  readonly lockHolders = new Map<LockKind, object | 'test'>();
  readonly properties = {
    document: new Map<string, string>(),
    script: new Map<string, string>(),
    user: new Map<string, string>(),
  };
  /** Writes queued since the last SpreadsheetApp.flush(), and locks released before it. */
  readonly writes = new PendingWrites();
  /** The authorization mode and the scopes granted: a call they do not allow throws. */
  readonly auth: Authorization;
  private nextSpreadsheet = 1;

  constructor(
    readonly rec: Recorder,
    readonly ui: UiLog,
    options: FakeOptions,
  ) {
    this.auth = new Authorization(options.authMode, options.grantedScopes);
    rec.observe((method) => this.auth.check(method));
    rec.observe((method) => this.writes.observe(method));
    const owner = options.owner ?? 'sekretariat@example.go.id';
    const effectiveUser = options.effectiveUser ?? owner;
    this.options = {
      locale: options.locale ?? 'id_ID',
      userLocale: options.userLocale ?? (options.locale ?? 'id_ID').split('_')[0],
      timeZone: options.timeZone ?? 'Asia/Jakarta',
      scriptTimeZone: options.scriptTimeZone ?? 'Asia/Jakarta',
      owner,
      effectiveUser,
      activeUser: options.activeUser ?? effectiveUser,
      collaborators: (options.collaborators ?? []).filter((e) => e !== owner),
      domain: options.domain ?? null,
      domainEdit: Boolean(options.domain) && (options.domainEdit ?? false),
      htmlFiles: options.htmlFiles ?? {},
      evaluate: options.evaluate ?? null,
      uiAvailable: options.uiAvailable ?? true,
    };
    this.user = effectiveUser;
    this.activeUser = this.options.activeUser;
  }

  /** Whether the current user may edit through this protection, as Sheets decides it. */
  mayEdit(p: ProtectionData): boolean {
    const user = this.user;
    if (user === this.options.owner || p.editors.has(user)) return true;
    const domain = this.options.domain;
    return p.domainEdit && domain !== null && user.endsWith(`@${domain}`);
  }

  /**
   * Throws Sheets' own message when the current user may not change these
   * cells of the sheet (or, with no rectangle, the sheet itself: its name,
   * grid, frozen panes, widths): a protected range covering them, or the
   * sheet's protection outside its unprotected ranges, whose editors do not
   * include the user. Warning-only protections let everyone through, as the
   * user answers the warning.
   */
  guard(sheet: SheetData, rect: Rect | null): void {
    if (this.user === this.options.owner) return;
    const book = sheet.parent;
    if (!book.editors.includes(this.user)) throw new Error(NO_ACCESS);
    for (const p of book.protections) {
      if (p.sheet !== sheet || p.removed || p.warningOnly || this.mayEdit(p)) continue;
      if (p.kind === 'RANGE') {
        if (rect === null || intersects(p.rect, rect)) throw new Error(PROTECTED);
      } else if (rect === null || !coveredBy(rect, p.unprotected)) throw new Error(PROTECTED);
    }
  }

  /** Throws Sheets' message when the current user may not manage this protection. */
  guardProtection(p: ProtectionData): void {
    if (!this.mayEdit(p)) throw new Error(NO_PERMISSION);
  }

  createSpreadsheet(name: string, id?: string): SpreadsheetData {
    const book = new SpreadsheetData(
      this,
      id ?? `fake-spreadsheet-${this.nextSpreadsheet++}`,
      name,
      this.options.locale,
      this.options.timeZone,
    );
    book.activeSheet = book.addSheet('Sheet1');
    this.spreadsheets.set(book.id, book);
    return book;
  }
}
