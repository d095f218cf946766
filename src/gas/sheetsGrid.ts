/**
 * What the Sheets port knows of each sheet during one action: the Sheet
 * object, its grid size and the ranges it has asked for, so that a sheet, a
 * grid size or a range is asked of Sheets once, and the grid is grown or
 * trimmed in one call per direction.
 */
import type { RangeRef } from '../workbook/port';
import type { CarriedCells, Pending } from './carry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * What a remembering port knows of one sheet. The flags hold from the moment
 * the port inserted or cleared the sheet until it writes that kind of thing.
 */
export interface Known {
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
  /** The number formats the port wrote (or copied) from a cell on, so that values written next need not read them. */
  numberFormats?: { row: number; col: number; rows: string[][] };
  /** Protections of the sheet as last listed (remembering ports), for protectionState then setProtection. */
  protections?: { sheets: GasProtection[]; ranges: GasProtection[] };
  /** Cells taken before a clear, for the writes that carry them (Block.from). */
  carried?: CarriedCells;
  /** What cells get back once the block is written and formatted. */
  pending?: Pending;
}

export interface SheetCache {
  /** Whether the port serves one action and may remember (SheetsPortOptions.remember). */
  remember: boolean;
  learn(name: string, sheet: Sheet, facts?: Omit<Known, 'sheet'>): Known;
  lookup(name: string): Known | null;
  knownNamed(name: string): Known;
  sheetNamed(name: string): Sheet;
  forget(name: string): void;
  forgetAll(): void;
  rename(from: string, to: string, k: Known): void;
  /** A sheet the port has just inserted: its grid is that of the first one inserted (1000 x 26 in Sheets). */
  learnNewGrid(k: Known): void;
  /** Sheets refuses ranges beyond the grid: add the missing rows and columns, once each. */
  ensureGrid(k: Known, lastRow: number, lastCol: number): void;
  ensureBox(k: Known, box: RangeRef): void;
  rangeOf(k: Known, row: number, col: number, numRows: number, numCols: number): Range;
  rangeFor(k: Known, ref: RangeRef): Range;
  /** A range already asked for that holds `box` (the smallest), with where it starts and its size; null when none. */
  holding(k: Known, box: RangeRef): { range: Range; ref: RangeRef } | null;
  /** Rows and columns beyond the wanted size go: every cell of a grid counts against Sheets' limit of 10 M. */
  trimGrid(k: Known, size: { rows: number; cols: number }): void;
  wholeGrid(k: Known): Range;
}

export function sheetCache(ss: Spreadsheet, remember: boolean): SheetCache {
  const known = new Map<string, Known>();
  /** The grid of a new sheet (1000 x 26 in Sheets), learned from the first one inserted. */
  let newGrid: { rows: number; cols: number } | null = null;

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

  return {
    remember,
    learn,
    lookup,
    knownNamed,
    sheetNamed: (name) => knownNamed(name).sheet,
    forget: (name) => known.delete(name),
    forgetAll: () => known.clear(),
    rename(from, to, k) {
      known.delete(from);
      if (remember) known.set(to, k);
    },
    learnNewGrid(k) {
      if (!remember) return;
      if (!newGrid) newGrid = { rows: k.sheet.getMaxRows(), cols: k.sheet.getMaxColumns() };
      Object.assign(k, { maxRows: newGrid.rows, maxCols: newGrid.cols });
    },
    ensureGrid,
    ensureBox: (k, box) => ensureGrid(k, box.row + box.numRows - 1, box.col + box.numCols - 1),
    rangeOf,
    rangeFor: (k, ref) => rangeOf(k, ref.row, ref.col, ref.numRows, ref.numCols),
    holding(k, box) {
      let best: { range: Range; ref: RangeRef } | null = null;
      for (const [key, range] of k.ranges ?? []) {
        const [row, col, numRows, numCols] = key.split(',').map(Number);
        const ref = { row, col, numRows, numCols };
        if (!contains(ref, box)) continue;
        if (!best || numRows * numCols < best.ref.numRows * best.ref.numCols) best = { range, ref };
      }
      return best;
    },
    trimGrid(k, size) {
      const maxRows = k.maxRows ?? k.sheet.getMaxRows();
      const maxCols = k.maxCols ?? k.sheet.getMaxColumns();
      if (maxRows > size.rows) k.sheet.deleteRows(size.rows + 1, maxRows - size.rows);
      if (maxCols > size.cols) k.sheet.deleteColumns(size.cols + 1, maxCols - size.cols);
      if (remember)
        Object.assign(k, { maxRows: Math.min(maxRows, size.rows), maxCols: Math.min(maxCols, size.cols) });
    },
    wholeGrid(k) {
      const rows = k.maxRows ?? k.sheet.getMaxRows();
      const cols = k.maxCols ?? k.sheet.getMaxColumns();
      if (remember) Object.assign(k, { maxRows: rows, maxCols: cols });
      return k.sheet.getRange(1, 1, rows, cols);
    },
  };
}

/** A range asked of Sheets directly, not kept (merges, another sheet's list of a rule). */
export function rangeAt(sheet: Sheet, ref: RangeRef): Range {
  return sheet.getRange(ref.row, ref.col, ref.numRows, ref.numCols);
}

function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

export function boundingBox(refs: RangeRef[]): RangeRef | null {
  if (refs.length === 0) return null;
  const top = Math.min(...refs.map((r) => r.row));
  const left = Math.min(...refs.map((r) => r.col));
  const bottom = Math.max(...refs.map((r) => r.row + r.numRows - 1));
  const right = Math.max(...refs.map((r) => r.col + r.numCols - 1));
  return { row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1 };
}
