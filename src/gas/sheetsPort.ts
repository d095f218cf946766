/**
 * The spreadsheet port over SpreadsheetApp. Every method makes a fixed number
 * of service calls (plus a few per sheet, rule or protected range), never one
 * per row or cell: values, formats and validations go in 2-D arrays.
 */
import { cutWithEllipsis } from '../core/ellipsis';
import {
  MAX_CELL_CHARS,
  ProtectionBlocked,
  type PaperLayout,
  type Block,
  type CellValue,
  type FormatBlock,
  type Protection,
  type ProtectionState,
  type RangeRef,
  type ReadOptions,
  type SheetLook,
  type SheetSnapshot,
  type SpreadsheetPort,
  type Validation,
  type ValidationRule,
} from '../workbook/port';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * Descriptions of the protections this add-on makes start with this, so that
 * it replaces its own and never touches those the secretariat made by hand.
 */
export const PROTECTION_PREFIX = 'Juri: ';
/** Between a protection's description and its seal, which is written last. */
export const SEAL_MARK = ' · #';
/** What Sheets calls the automatic number format when a script sets it. */
const AUTOMATIC = 'General';

/** The width of every column of a new sheet, in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;

export interface SheetsPortOptions {
  /** The person running the action (kept as an editor of every protection); Session's effective user by default. */
  owner?: string;
  /** The services, where they are not Apps Script's globals (tests pass a fake's). */
  services?: {
    SpreadsheetApp?: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    Session?: GoogleAppsScript.Base.Session;
  };
  /**
   * The port serves one action (as activePort's do): it remembers what it
   * has learned or done itself (the sheets it listed, their grid sizes, the
   * sheets it inserted or cleared) instead of asking Sheets again. A listing
   * of the sheets starts afresh. Off for ports that outlive an action while
   * something else edits the spreadsheet (tests that edit the fake directly).
   */
  remember?: boolean;
}

/**
 * What a remembering port knows of one sheet. The flags hold from the moment
 * the port inserted or cleared the sheet until it writes that kind of thing.
 */
interface Known {
  sheet: Sheet;
  maxRows?: number;
  maxCols?: number;
  /** Inserted or cleared by this port: no merges, and default number formats until formats are written. */
  blank?: boolean;
  defaultFormats?: boolean;
  noValidations?: boolean;
  noOwnProtections?: boolean;
  /** Inserted by this port: nothing frozen. */
  inserted?: boolean;
  /** Ranges asked for: a block's values and formats, a validation and the open range share theirs. */
  ranges?: Map<string, Range>;
  /** Protections of the sheet as last listed (remembering ports), for protectionState then setProtection. */
  protections?: { sheets: GasProtection[]; ranges: GasProtection[] };
}

export function sheetsPort(ss: Spreadsheet, options: SheetsPortOptions = {}): SpreadsheetPort {
  // Globals are read only when needed: onOpen runs before authorisation.
  const app = (): GoogleAppsScript.Spreadsheet.SpreadsheetApp =>
    options.services?.SpreadsheetApp ?? SpreadsheetApp;
  let meEmail: string | null = options.owner ?? null;
  const me = (): string => (meEmail ??= (options.services?.Session ?? Session).getEffectiveUser().getEmail());
  let ownsIt: boolean | null = null;
  /** The owner can edit through every protection: no need to ask each one. */
  const isOwner = (): boolean => (ownsIt ??= lower(ss.getOwner()?.getEmail() ?? '') === lower(me()));
  let usersOfFile: GoogleAppsScript.Base.User[] | null = null;
  /** A new protection starts with every editor of the spreadsheet: asked once per action. */
  const fileUsers = (): GoogleAppsScript.Base.User[] => (usersOfFile ??= ss.getEditors());
  let editorsOfFile: string[] | null = null;
  /** Their addresses: one call each, so asked only when needed, once per action. */
  const fileEditors = (): string[] => (editorsOfFile ??= fileUsers().map((u) => lower(u.getEmail())));
  /** Protections this port has restricted: the first goes without the editors' addresses. */
  let restricted = 0;
  /** Whether new protections start open to the whole domain: the same for all, asked once. */
  let domainOpen: boolean | null = null;
  /** The grid of a new sheet (1000 x 26 in Sheets), learned from the first one inserted. */
  let newGrid: { rows: number; cols: number } | null = null;
  /** Rules that name no range are plain values: one build serves every sheet the port writes. */
  const plainRules = new Map<string, DataValidation>();

  const remember = options.remember === true;
  const known = new Map<string, Known>();
  const learn = (name: string, sheet: Sheet, facts: Omit<Known, 'sheet'> = {}): Known => {
    const k: Known = { sheet, ...facts };
    if (remember) known.set(name, k);
    return k;
  };
  const lookup = (name: string): Known | null => {
    const k = known.get(name);
    if (k) return k;
    const sheet = ss.getSheetByName(name);
    return sheet ? learn(name, sheet) : null;
  };
  const knownNamed = (name: string): Known => {
    const k = lookup(name);
    if (!k) throw new Error(`sheetsPort: there is no sheet named "${name}"`);
    return k;
  };
  const sheetNamed = (name: string): Sheet => knownNamed(name).sheet;
  /** Sheets refuses ranges beyond the grid: add the missing rows and columns, once each. */
  const ensureGrid = (k: Known, lastRow: number, lastCol: number): void => {
    const maxRows = k.maxRows ?? k.sheet.getMaxRows();
    if (lastRow > maxRows) k.sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const maxCols = k.maxCols ?? k.sheet.getMaxColumns();
    if (lastCol > maxCols) k.sheet.insertColumnsAfter(maxCols, lastCol - maxCols);
    if (remember) {
      k.maxRows = Math.max(maxRows, lastRow);
      k.maxCols = Math.max(maxCols, lastCol);
    }
  };
  const rangeOf = (k: Known, row: number, col: number, numRows: number, numCols: number): Range => {
    const key = `${row},${col},${numRows},${numCols}`;
    const cached = k.ranges?.get(key);
    if (cached) return cached;
    const range = k.sheet.getRange(row, col, numRows, numCols);
    if (remember) (k.ranges ??= new Map()).set(key, range);
    return range;
  };
  const rangeFor = (k: Known, ref: RangeRef): Range => rangeOf(k, ref.row, ref.col, ref.numRows, ref.numCols);
  /** The protections of a sheet, listed once per action by a remembering port. */
  const protectionsOf = (k: Known): { sheets: GasProtection[]; ranges: GasProtection[] } => {
    if (k.protections) return k.protections;
    const type = app().ProtectionType;
    const sheets = k.sheet.getProtections(type.SHEET);
    const found = { sheets, ranges: k.sheet.getProtections(type.RANGE) };
    if (remember) k.protections = found;
    return found;
  };
  const descriptions = new Map<GasProtection, string>();
  const describe = (p: GasProtection): string => {
    let d = descriptions.get(p);
    if (d === undefined) descriptions.set(p, (d = p.getDescription()));
    return d;
  };
  /**
   * Juri's own: its description says so, or it is a protection Juri was
   * interrupted making before it could describe it: no description and every
   * editor of the spreadsheet still among its editors, so it keeps nobody out.
   */
  const isOwn = (p: GasProtection): boolean => {
    const d = describe(p);
    if (d.startsWith(PROTECTION_PREFIX)) return true;
    if (d !== '' || p.isWarningOnly() || !p.canEdit()) return false;
    const editors = new Set(p.getEditors().map((u) => lower(u.getEmail())));
    return fileEditors().every((e) => editors.has(e));
  };
  const mayChange = (p: GasProtection): boolean => isOwner() || p.canEdit();
  /** Removes Juri's own protections of a sheet; throws ProtectionBlocked when one may not be removed. */
  const removeOwn = (k: Known, name: string): void => {
    const { sheets, ranges } = protectionsOf(k);
    const own = [...sheets, ...ranges].filter(isOwn);
    if (own.some((p) => !mayChange(p))) throw new ProtectionBlocked(name, 'notEditor');
    for (const p of own) p.remove();
    const kept = (list: GasProtection[]) => list.filter((p) => !own.includes(p));
    k.protections = { sheets: kept(sheets), ranges: kept(ranges) };
  };
  /**
   * Only the wanted editors (and the person running the action). A new
   * protection's editors mirror the spreadsheet's until a script changes
   * them (the Range.protect reference): those missing are added first, so
   * that removing a group the runner edits through cannot lock them out,
   * then the others removed. At most one addEditors and one removeEditors.
   */
  const restrict = (p: GasProtection, wanted: string[]): void => {
    const runner = lower(me());
    const want = [...new Set([runner, ...wanted].map(lower).filter((e) => e !== ''))];
    restricted += 1;
    if (editorsOfFile === null && restricted === 1) {
      // One protection in the action (a Ranking): the spreadsheet's editors are removed as
      // users, without asking each one's address, then the wanted ones added back. Sheets never
      // removes the owner nor the runner (Protection.removeEditors); the runner is added first
      // all the same, in case they edit through a group, unless they are known to own the file.
      if (runner !== '' && ownsIt !== true) p.addEditor(runner);
      p.removeEditors(fileUsers());
      const back = want.filter((e) => e !== runner);
      if (back.length > 0) p.addEditors(back);
    } else {
      const editors = fileEditors();
      const missing = want.filter((e) => !editors.includes(e));
      if (missing.length > 0) p.addEditors(missing);
      const others = editors.filter((e) => !want.includes(e));
      if (others.length > 0) p.removeEditors(others);
    }
    domainOpen ??= p.canDomainEdit();
    if (domainOpen) p.setDomainEdit(false);
  };
  /** Rows and columns beyond the wanted size go: every cell of a grid counts against Sheets' limit of 10 M. */
  const trimGrid = (k: Known, size: { rows: number; cols: number }): void => {
    const maxRows = k.maxRows ?? k.sheet.getMaxRows();
    const maxCols = k.maxCols ?? k.sheet.getMaxColumns();
    if (maxRows > size.rows) k.sheet.deleteRows(size.rows + 1, maxRows - size.rows);
    if (maxCols > size.cols) k.sheet.deleteColumns(size.cols + 1, maxCols - size.cols);
    if (remember)
      Object.assign(k, { maxRows: Math.min(maxRows, size.rows), maxCols: Math.min(maxCols, size.cols) });
  };
  const wholeGrid = (k: Known): Range => {
    const rows = k.maxRows ?? k.sheet.getMaxRows();
    const cols = k.maxCols ?? k.sheet.getMaxColumns();
    if (remember) Object.assign(k, { maxRows: rows, maxCols: cols });
    return k.sheet.getRange(1, 1, rows, cols);
  };

  return {
    locale: () => ss.getSpreadsheetLocale(),

    sheetNames(): string[] {
      const sheets = ss.getSheets();
      known.clear();
      const names = sheets.map((sheet) => sheet.getName());
      names.forEach((name, i) => learn(name, sheets[i]));
      return names;
    },

    read(name: string, readOptions: ReadOptions = {}): SheetSnapshot | null {
      const sheet = lookup(name)?.sheet;
      if (!sheet) return null;
      const top = readOptions.top ? readTop(sheet, readOptions.top) : null;
      if (top) {
        const toIso = dateFormatter(top, () => ss.getSpreadsheetTimeZone());
        const values = top.map((row) => row.map((v) => toCellValue(v, toIso)));
        return { name, values, formulas: top.map((row) => row.map(() => '')) };
      }
      const range = sheet.getDataRange();
      const raw: unknown[][] = range.getValues();
      const formulas =
        readOptions.formulas === false ? raw.map((row) => row.map(() => '')) : range.getFormulas();
      if (isEmptyGrid(raw, formulas)) return { name, values: [], formulas: [] };
      const toIso = dateFormatter(raw, () => ss.getSpreadsheetTimeZone());
      return { name, values: raw.map((row) => row.map((v) => toCellValue(v, toIso))), formulas };
    },

    insertSheet(name: string, index?: number): void {
      const sheet = index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index);
      const k = learn(name, sheet, {
        blank: true,
        defaultFormats: true,
        noValidations: true,
        noOwnProtections: true,
        inserted: true,
        protections: { sheets: [], ranges: [] },
      });
      if (!remember) return;
      if (!newGrid) newGrid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
      Object.assign(k, { maxRows: newGrid.rows, maxCols: newGrid.cols });
    },

    deleteSheet(name: string): void {
      ss.deleteSheet(sheetNamed(name));
      known.delete(name);
    },

    renameSheet(from: string, to: string): void {
      const k = knownNamed(from);
      k.sheet.setName(to);
      known.delete(from);
      if (remember) known.set(to, k);
    },

    clearSheet(name: string, options?: { keepValues?: boolean }): void {
      const k = knownNamed(name);
      const sheet = k.sheet;
      // Juri's protections first: a user who may not remove them is told before anything changes.
      removeOwn(k, name);
      if (options?.keepValues) sheet.clear({ formatOnly: true });
      else sheet.clear();
      sheet.clearNotes();
      const grid = wholeGrid(k);
      grid.clearDataValidations();
      grid.breakApart();
      Object.assign(k, { blank: true, defaultFormats: true, noValidations: true, noOwnProtections: true });
    },

    writeBlock(name: string, block: Block): void {
      const numRows = block.values.length;
      const numCols = block.values.reduce((most, row) => Math.max(most, row.length), 0);
      if (numRows === 0 || numCols === 0) return;
      const k = knownNamed(name);
      ensureGrid(k, block.row + numRows - 1, block.col + numCols - 1);
      const range = rangeOf(k, block.row, block.col, numRows, numCols);
      // A value written under a merge is lost; the block owns its cells (a cleared sheet has no merges).
      if (!k.blank) for (const merged of range.getMergedRanges()) merged.breakApart();
      // Number formats decide only how text that Sheets would convert is written.
      const formats = k.defaultFormats || !block.values.some(hasQuotableText) ? [] : range.getNumberFormats();
      range.setValues(cellsToWrite(block, numRows, numCols, formats));
    },

    writeFormats(name: string, f: FormatBlock): void {
      const k = knownNamed(name);
      ensureGrid(k, f.row + f.numRows - 1, f.col + f.numCols - 1);
      const range = rangeOf(k, f.row, f.col, f.numRows, f.numCols);
      if (f.numberFormats) {
        // '' is the automatic format: what Sheets reports for an untouched cell is not, so it is never read back.
        k.defaultFormats = false;
        range.setNumberFormats(f.numberFormats.map((row) => row.map((x) => (x === '' ? AUTOMATIC : x))));
      }
      if (f.backgrounds) range.setBackgrounds(f.backgrounds);
      if (f.bold) range.setFontWeights(f.bold.map((row) => row.map((b) => (b ? 'bold' : 'normal'))));
      if (f.notes) range.setNotes(f.notes);
    },

    setValidations(name: string, validations: Validation[]): void {
      const k = knownNamed(name);
      const box = boundingBox(validations.map((v) => v.range));
      if (box) ensureGrid(k, box.row + box.numRows - 1, box.col + box.numCols - 1);
      if (!k.noValidations) wholeGrid(k).clearDataValidations();
      if (!box) return;
      k.noValidations = false;
      const built = new Map<string, DataValidation>();
      const ruleFor = (rule: ValidationRule): DataValidation | null => {
        if (rule.kind === 'any') return null;
        const key = JSON.stringify(rule);
        const cache = rule.kind === 'rangeList' ? built : plainRules;
        let dv = cache.get(key);
        if (!dv) {
          dv = buildRule(app(), rule, (sheetName, ref) => rangeAt(sheetNamed(sheetName), ref));
          cache.set(key, dv);
        }
        return dv;
      };
      const grid: (DataValidation | null)[][] = Array.from({ length: box.numRows }, () =>
        new Array<DataValidation | null>(box.numCols).fill(null),
      );
      for (const { range, rule } of validations) {
        const dv = ruleFor(rule);
        for (let r = 0; r < range.numRows; r++) {
          for (let c = 0; c < range.numCols; c++) grid[range.row - box.row + r][range.col - box.col + c] = dv;
        }
      }
      rangeFor(k, box).setDataValidations(grid);
    },

    setProtection(name: string, protection: Protection | null): void {
      const k = knownNamed(name);
      const sheet = k.sheet;
      if (!k.noOwnProtections) removeOwn(k, name);
      if (!protection) return;
      // sheet.protect() would hand back a protection someone made by hand: Juri never adopts one.
      if (protectionsOf(k).sheets.length > 0) throw new ProtectionBlocked(name, 'foreign');
      k.noOwnProtections = false;
      const description = PROTECTION_PREFIX + protection.description;
      const open = protection.editableRanges;
      const box = boundingBox(open.map((e) => e.range));
      if (box) ensureGrid(k, box.row + box.numRows - 1, box.col + box.numCols - 1);
      // Described at once, so that an interrupted run leaves a protection the next run knows as its own.
      const whole = sheet.protect().setDescription(description);
      if (protection.warningOnly) {
        // Anyone may edit after a warning: still Juri's own, sealed like the others.
        whole.setWarningOnly(true);
        if (protection.seal) whole.setDescription(description + SEAL_MARK + protection.seal);
        k.protections = undefined;
        return;
      }
      const editors = protection.editors ?? [];
      restrict(whole, editors);
      const ranges = open.map((e) => rangeFor(k, e.range));
      if (ranges.length > 0) whole.setUnprotectedRanges(ranges);
      ranges.forEach((range, i) =>
        restrict(range.protect().setDescription(description), [...editors, ...open[i].editors]),
      );
      if (protection.seal) whole.setDescription(description + SEAL_MARK + protection.seal);
      k.protections = undefined;
    },

    protectionState(name: string): ProtectionState {
      const k = knownNamed(name);
      const whole = protectionsOf(k).sheets[0];
      if (!whole) return { seal: null, blocked: null };
      const d = describe(whole);
      if (!isOwn(whole)) return { seal: null, blocked: 'foreign' };
      if (!mayChange(whole)) return { seal: null, blocked: 'notEditor' };
      const at = d.lastIndexOf(SEAL_MARK);
      return { seal: at >= 0 ? d.slice(at + SEAL_MARK.length) : null, blocked: null };
    },

    user: me,
    isOwner,

    setLook(name: string, look: SheetLook): void {
      const k = knownNamed(name);
      const sheet = k.sheet;
      const widths = look.columnWidths ?? [];
      if (widths.length > 0) ensureGrid(k, 1, widths.length);
      if (look.gridSize) trimGrid(k, look.gridSize);
      // A sheet this port inserted has nothing frozen.
      if (!(k.inserted && look.frozenRows === 0)) sheet.setFrozenRows(look.frozenRows);
      if (!(k.inserted && look.frozenCols === 0)) sheet.setFrozenColumns(look.frozenCols);
      for (const run of widthRuns(widths)) {
        // A sheet this port inserted has Sheets' default width everywhere.
        if (k.inserted && run.width === DEFAULT_COLUMN_WIDTH) continue;
        sheet.setColumnWidths(run.start, run.count, run.width);
      }
      if (look.tabColor !== undefined) sheet.setTabColor(look.tabColor);
      if (look.hidden) sheet.hideSheet();
    },

    /**
     * Merges, wrapping and row heights. Apps Script has no page setup (paper,
     * breaks, print titles, footer): the print dialog sets those, as the
     * sidebar and the guide say.
     */
    setPaper(name: string, layout: PaperLayout): void {
      const k = knownNamed(name);
      const sheet = k.sheet;
      const area = layout.printArea;
      ensureGrid(k, area.row + area.numRows - 1, area.col + area.numCols - 1);
      for (const m of layout.merges) rangeAt(sheet, m).merge();
      if (layout.wrapRows.length > 0) {
        const wrap = new Set(layout.wrapRows);
        const rows = Array.from({ length: area.numRows }, (_, r) =>
          new Array<boolean>(area.numCols).fill(wrap.has(area.row + r)),
        );
        rangeOf(k, area.row, area.col, area.numRows, area.numCols).setWraps(rows);
      }
      if (layout.centerRows.length > 0) {
        const center = new Set(layout.centerRows);
        const rows = Array.from({ length: area.numRows }, (_, r) =>
          new Array<'center' | 'left'>(area.numCols).fill(center.has(area.row + r) ? 'center' : 'left'),
        );
        rangeOf(k, area.row, area.col, area.numRows, area.numCols).setHorizontalAlignments(rows);
      }
      // Sheets measures rows in pixels, 4 to every 3 points.
      const pixels = layout.rowHeights.map((h) => (h === null ? undefined : Math.round((h * 4) / 3)));
      for (const run of widthRuns(pixels)) sheet.setRowHeights(run.start, run.count, run.width);
    },
  };
}

// ---- reading ---------------------------------------------------------------

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

// ---- writing values ----------------------------------------------------------

/**
 * True when Sheets, entering the string with the automatic format, would not
 * keep it as that same text: a formula or an error ('=', '+', '-', '#'), a
 * mention ('@'), a quote prefix, a number, date, time, percentage or boolean,
 * or text it trims. Any digit counts: quoting harmless text costs nothing,
 * missing a date costs the user's data.
 */
export function needsQuote(text: string): boolean {
  if (text === '') return false;
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s|\s$/.test(text) || /^(true|false)$/i.test(text);
}

function hasQuotableText(row: CellValue[]): boolean {
  return row.some((v) => typeof v === 'string' && needsQuote(v));
}

/** The one 2-D array for setValues: user text kept as text, formulas from block.formulas. */
export function cellsToWrite(
  block: Block,
  numRows: number,
  numCols: number,
  numberFormats: string[][],
): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  for (let r = 0; r < numRows; r++) {
    const line: (string | number | boolean)[] = [];
    for (let c = 0; c < numCols; c++) {
      const formula = block.formulas?.[r]?.[c];
      if (formula) line.push(formula.startsWith('=') ? formula : `=${formula}`);
      else line.push(plainCell(block.values[r][c] ?? null, numberFormats[r]?.[c] ?? ''));
    }
    out.push(line);
  }
  return out;
}

/** A plain-text ('@') cell keeps any string as it is, apostrophe included. */
function plainCell(value: CellValue, numberFormat: string): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  const quote = numberFormat !== '@' && needsQuote(value);
  const text = fitCell(value, quote ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS);
  return quote ? `'${text}` : text;
}

export { MAX_CELL_CHARS };

/**
 * Text Juri composes from user text (a juror name after a stage name, a
 * competition name in a title) may exceed what a cell holds: it is cut, with
 * an ellipsis (room left for the apostrophe that keeps it text), never
 * splitting an emoji in half. The Setup reports over-long text it reads at its cell.
 */
export function fitCell(text: string, max = MAX_CELL_CHARS): string {
  return cutWithEllipsis(text, max, 'utf16');
}

// ---- grid, ranges, rules, protections ---------------------------------------

function rangeAt(sheet: Sheet, ref: RangeRef): Range {
  return sheet.getRange(ref.row, ref.col, ref.numRows, ref.numCols);
}

export function boundingBox(refs: RangeRef[]): RangeRef | null {
  if (refs.length === 0) return null;
  const top = Math.min(...refs.map((r) => r.row));
  const left = Math.min(...refs.map((r) => r.col));
  const bottom = Math.max(...refs.map((r) => r.row + r.numRows - 1));
  const right = Math.max(...refs.map((r) => r.col + r.numCols - 1));
  return { row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1 };
}

function buildRule(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  rule: Exclude<ValidationRule, { kind: 'any' }>,
  rangeOf: (sheet: string, ref: RangeRef) => Range,
): DataValidation {
  const builder = app.newDataValidation();
  switch (rule.kind) {
    case 'number':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'list':
      builder.requireValueInList(rule.values, true);
      break;
    case 'rangeList':
      builder.requireValueInRange(rangeOf(rule.sheet, rule.range), true);
      break;
    case 'checkbox':
      builder.requireCheckbox();
      break;
  }
  return builder.setAllowInvalid(false).setHelpText(rule.helpText).build();
}

/** Emails compare without case, as Google accounts do. */
function lower(email: string): string {
  return email.trim().toLowerCase();
}

export function widthRuns(widths: (number | undefined)[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    if (width === undefined || !(width > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}
