/**
 * The narrow port through which the sheet layouts talk to a spreadsheet.
 * Implemented over SpreadsheetApp (src/gas/) and over exceljs (src/cli/).
 *
 * Every method is one batched operation on one sheet, so that the number of
 * service calls of an action grows with the number of sheets, never with the
 * number of entries or scores. Rows and columns are 1-based, as in Sheets.
 */

import type { CellValue } from '../core/model';
import type { JurorFiles } from './panelPort';

export type { CellValue };

/** Sheets refuses a whole write when one cell would hold more than this many UTF-16 units. */
export const MAX_CELL_CHARS = 50_000;

export interface RangeRef {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** One sheet as read: all values of its used range, from A1, and the formulas behind them. */
export interface SheetSnapshot {
  name: string;
  /** Rectangular; values[r][c] is the cell at row r+1, column c+1. */
  values: CellValue[][];
  /** Same shape as values: the formula ('=SUM(D5:F5)') or '' where the cell holds a plain value. */
  formulas: string[][];
}

/**
 * A block of cells to write from (row, col). A string value is always stored as
 * text, even when it starts with '=', '+', '-' or '@': user text never becomes a
 * formula. Formulas are written only through `formulas`, where a non-empty
 * string replaces the value at the same place.
 */
export interface Block {
  row: number;
  col: number;
  values: CellValue[][];
  formulas?: (string | null)[][];
  /**
   * Cells a user typed, carried over from where they were before the sheet
   * was cleared (1-based, within `carry` of clearSheet), or null: the cell
   * comes whole (its value with its type, so a date stays a date, its formula
   * as written, its number format, its link) and takes the place of the value
   * and formula here, which say what a port that cannot carry it writes.
   */
  from?: ({ row: number; col: number } | null)[][];
  /**
   * With `from`: each row of the sheet whose carried cells moved, to its new
   * row (the whole sheet's, in every block). A carried formula's references
   * to those rows follow them, as they do when rows are inserted or deleted.
   */
  movedRows?: ReadonlyMap<number, number>;
}

/** Formats of a block, each a 2-D array of the block's shape (or absent). */
export interface FormatBlock {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** '@' for plain text, '0.00' for two decimals, '' for Sheets' automatic format. */
  numberFormats?: string[][];
  /** '#rrggbb' or null for none. */
  backgrounds?: (string | null)[][];
  bold?: boolean[][];
  /** Text of a note on the cell; '' for none. */
  notes?: string[][];
}

export type ValidationRule =
  /** A number from min to max; anything else is rejected with the help text. */
  | { kind: 'number'; min: number; max: number; helpText: string }
  /** One of the values, offered as a drop-down; anything else is rejected. */
  | { kind: 'list'; values: string[]; helpText: string }
  /** No rule: the cells accept anything (a column inside a block of rules, such as a juror's notes). */
  | { kind: 'any' }
  /**
   * One of the values currently in a range of a sheet (e.g. the category ids of
   * the Setup sheet), offered as a drop-down, so that a row the user adds later
   * is offered too; anything else is rejected.
   */
  | { kind: 'rangeList'; sheet: string; range: RangeRef; helpText: string }
  /** A checkbox: ticked reads as true, unticked as false. */
  | { kind: 'checkbox'; helpText: string };

export interface Validation {
  range: RangeRef;
  rule: ValidationRule;
}

export interface Protection {
  /** Shown in the spreadsheet's list of protected ranges. */
  description: string;
  /**
   * Who may edit the whole sheet: the secretariat (none when absent). The
   * person running the action and the spreadsheet's owner can always edit.
   */
  editors?: string[];
  /** The whole sheet is protected; these ranges are open only to their editors (and those above). */
  editableRanges: { range: RangeRef; editors: string[] }[];
  /**
   * Anyone may edit, after a warning: for a sheet a simple trigger writes as
   * the person editing (who cannot be kept out of it).
   */
  warningOnly?: boolean;
  /**
   * Written last, when everything else of the protection is in place, and
   * read back by `protectionState`: a sheet whose seal is missing or stale
   * was left half done (an interrupted run) or made for other editors.
   */
  seal?: string;
}

/** Thrown by a port that may not replace a sheet's protection; the workflow reports it at the sheet. */
export class ProtectionBlocked extends Error {
  constructor(
    readonly sheet: string,
    readonly reason: 'foreign' | 'notEditor',
  ) {
    super(`The protection of "${sheet}" cannot be replaced (${reason}).`);
    this.name = 'ProtectionBlocked';
  }
}

/** What a spreadsheet says about the protection of one sheet, before Juri replaces it. */
export interface ProtectionState {
  /** The seal of Juri's own protection of the sheet; null when there is none or it was never finished. */
  seal: string | null;
  /**
   * Why Juri may not replace it: 'foreign' when a protection of the whole
   * sheet was made by someone else (by hand), 'notEditor' when the user
   * running the action is not among the editors of Juri's own.
   */
  blocked: 'foreign' | 'notEditor' | null;
}

export interface SheetLook {
  frozenRows: number;
  frozenCols: number;
  /** Width in pixels per column, from column A; missing entries are left as they are. */
  columnWidths?: number[];
  /** Tab colour '#rrggbb' or null. */
  tabColor?: string | null;
  /**
   * The grid a new sheet keeps: what it uses plus a margin. Rows and columns
   * beyond go (Sheets counts every cell of a grid against its limit).
   */
  gridSize?: { rows: number; cols: number };
  /** A sheet Juri keeps for itself (a record), out of the way of the tabs people work in. */
  hidden?: boolean;
}

/**
 * How a sheet made for paper prints: the official documents. A spreadsheet
 * that cannot store a setting (Google Sheets has no page setup a script can
 * set) keeps what it can (merges, wrapping) and the user chooses the rest in
 * the print dialog.
 */
export interface PaperLayout {
  /** F4 is Folio 215 × 330 mm, the usual paper of Indonesian government offices. Always portrait. */
  paper: 'A4' | 'F4';
  /** Rows repeated at the top of every printed page (1-based, inclusive); null for none. */
  titleRows: { first: number; last: number } | null;
  /** The printed area, from A1. */
  printArea: RangeRef;
  /** Rows that start a new page (1-based). */
  breaksBefore: number[];
  /** Cells merged into one, e.g. a paragraph across the page. */
  merges: RangeRef[];
  /** Rows whose text wraps inside its cells (1-based). */
  wrapRows: number[];
  /** Rows centred across the page, e.g. a document's title (1-based). */
  centerRows: number[];
  /** Height in points of each row from row 1; null leaves the row's own height. */
  rowHeights: (number | null)[];
  /** Printed at the foot of every page; {page} and {pages} are the page number and count. */
  footer: string;
}

export interface ReadOptions {
  formulas?: boolean;
  top?: { rows: number; cols: number };
}

export interface SpreadsheetPort {
  /** The spreadsheet's locale, e.g. 'id_ID' or 'en_US'. */
  locale(): string;
  /** Names of all sheets, in tab order. */
  sheetNames(): string[];
  /**
   * One read of all values and formulas of a sheet; null when there is no
   * such sheet. With `formulas: false` a port may leave the formulas out
   * (all '') when that saves a call: for sheets read for their values only.
   * With `top`, only the values of that block from A1 are needed (a sheet's
   * first rows, to tell who made it): a port may return just that block,
   * blank cells included, without formulas, when that saves a call.
   */
  read(name: string, options?: ReadOptions): SheetSnapshot | null;
  /** Adds an empty sheet at the end (or at `index`, 0-based); throws when the name exists. */
  insertSheet(name: string, index?: number): void;
  deleteSheet(name: string): void;
  renameSheet(from: string, to: string): void;
  /**
   * Removes values, formats, notes, validations, merges and Juri's own
   * protections of a sheet; with `keepValues`, everything but the values.
   * With `carry`, the cells of that range are first taken as they are (what
   * `Block.from` refers to).
   */
  clearSheet(name: string, options?: { keepValues?: boolean; carry?: RangeRef }): void;
  writeBlock(name: string, block: Block): void;
  writeFormats(name: string, formats: FormatBlock): void;
  /** Replaces every validation rule of the sheet with these. */
  setValidations(name: string, validations: Validation[]): void;
  /** Replaces the protection of the sheet; null removes it. */
  setProtection(name: string, protection: Protection | null): void;
  setLook(name: string, look: SheetLook): void;
  /** Lays a sheet out for paper: merges, wrapping, row heights, and the page setup where the spreadsheet keeps one. */
  setPaper(name: string, layout: PaperLayout): void;
  /**
   * Whether writeBlock carries a cell of `Block.from` whole in this sheet
   * (its type, formula, number format, link); absent or false: only the
   * value and formula the block gives are written.
   */
  carries?(sheet: string): boolean;
  /** The email of the person running the action; absent where there are no users (an .xlsx file). */
  user?(): string;
  /** Whether that person owns the spreadsheet (and so can edit through every protection). */
  isOwner?(): boolean;
  /**
   * The state of a sheet's protection; absent where a file is saved whole or
   * not at all (an .xlsx file), so that no protection is ever half made.
   */
  protectionState?(name: string): ProtectionState;
  /**
   * Where a juror tab about to be created lives: a port made of one
   * spreadsheet per juror (panelPort.ts) creates it in that juror's file.
   * Absent where every sheet lives in one spreadsheet.
   */
  placeTab?(sheet: string, jurorId: string): void;
  /** The juror files of a port made of one spreadsheet per juror, as it found them. */
  jurorFiles?(): JurorFiles;
  /**
   * Copies of a sheet within the spreadsheet (Sheets' insertSheet with a
   * template); absent where there are none (an .xlsx file) or where the port
   * keeps no record of the Check environment's findings.
   */
  copies?: SheetCopies;
}

/**
 * A sheet copied whole in one call: its values, formats, rules, column widths,
 * frozen panes and grid, never its protections. Juri copies only where the
 * Check environment has confirmed, in that very spreadsheet, that a copy keeps
 * them (`confirmed`).
 */
export interface SheetCopies {
  /** Whether the Check environment found here that a copy keeps rules, widths and frozen panes. */
  confirmed(): boolean;
  /** Records what the Check environment found. */
  record(confirmed: boolean): void;
  /** A new sheet `name` at the end, a copy of `template`. */
  copy(template: string, name: string): void;
  /** Deletes `count` rows of a sheet from `row` (1-based); the rows below move up. */
  deleteRows(name: string, row: number, count: number): void;
  /** What a sheet holds beyond its values, as the Check environment's trial compares it. */
  traits(name: string, cell: { row: number; col: number }, cols: number): SheetTraits;
}

export interface SheetTraits {
  /** The cell's validation rule, as a short text ('checkbox', 'number 0-100'), or null. */
  rule: string | null;
  numberFormat: string;
  background: string;
  /** Widths of the first columns, in pixels. */
  widths: number[];
  frozenRows: number;
  frozenCols: number;
  /** How many protections the sheet has. */
  protections: number;
}
