import { fnv1a } from '../core/hash';
import { inRange } from './a1';
import type {
  Block,
  CellValue,
  FormatBlock,
  PaperLayout,
  Protection,
  RangeRef,
  SheetLook,
  SpreadsheetPort,
  Validation,
} from './port';

/**
 * One sheet as a layout wants it to be: the layouts build it as plain data,
 * `writeSheet` hands it to the port in a fixed, small number of calls.
 */
export interface RenderedSheet {
  name: string;
  /** From A1; formulas (where set) replace the value at the same place. */
  block: Block;
  formats?: FormatBlock;
  validations?: Validation[];
  protection?: Protection | null;
  look?: SheetLook;
  /** Sheets made for paper: the official documents. */
  paper?: PaperLayout;
}

export interface WriteOptions {
  create: boolean;
  /**
   * false: the protection goes without its seal, for a sheet swapped in whole
   * (the Ranking, the Recap, the documents): nothing reads such a seal, since
   * a sheet swapped in is replaced whole, never finished.
   */
  seal?: boolean;
  /**
   * Rewriting an existing sheet whose values must never be missing, not even
   * for a moment (a juror tab): the size of what it holds, which the new
   * values are written over (emptying what is no longer used) instead of
   * clearing the sheet first.
   */
  previous?: { rows: number; cols: number };
  /** With `previous`: cells left as they are (a juror's score cells, which the juror may be typing in right now). */
  keep?: RangeRef;
}

/**
 * Writes a rendered sheet over an existing (or new) sheet, replacing
 * everything it had. The protection comes last and its seal with it: a run
 * interrupted anywhere before leaves a sheet the next run sees as unfinished.
 */
export function writeSheet(port: SpreadsheetPort, sheet: RenderedSheet, options: WriteOptions): void {
  const { previous, keep } = options;
  const carry = previous ? carriedRange(sheet.block) : null;
  if (options.create) port.insertSheet(sheet.name);
  else
    port.clearSheet(sheet.name, {
      keepValues: previous !== undefined,
      ...(carry ? { carry } : {}),
    });
  if (previous) for (const part of around(sheet.block, previous, keep)) port.writeBlock(sheet.name, part);
  else port.writeBlock(sheet.name, sheet.block);
  finishSheet(port, sheet, options.create, options.seal);
}

/**
 * Formats, rules, look and protection of a sheet whose values are already
 * right: what an interrupted run left undone. The look of a new sheet
 * includes its column widths and grid size; clearing a sheet keeps both.
 */
export function finishSheet(
  port: SpreadsheetPort,
  sheet: RenderedSheet,
  created: boolean,
  seal = true,
): void {
  if (sheet.formats) port.writeFormats(sheet.name, sheet.formats);
  if (sheet.validations && sheet.validations.length > 0) port.setValidations(sheet.name, sheet.validations);
  if (sheet.look)
    port.setLook(
      sheet.name,
      created ? sheet.look : { ...sheet.look, columnWidths: undefined, gridSize: undefined },
    );
  if (sheet.paper) port.setPaper(sheet.name, sheet.paper);
  if (sheet.protection)
    port.setProtection(sheet.name, seal ? { ...sheet.protection, seal: sealOf(sheet) } : sheet.protection);
}

/** The block, padded over what the sheet held, whole or in up to four parts around the kept range. */
function around(block: Block, previous: { rows: number; cols: number }, keep: RangeRef | undefined): Block[] {
  const width = Math.max(previous.cols, ...block.values.map((r) => r.length));
  const height = Math.max(previous.rows, block.values.length);
  const cell = (r: number, c: number): CellValue => block.values[r]?.[c] ?? null;
  const formula = (r: number, c: number): string | null => block.formulas?.[r]?.[c] ?? null;
  const from = (r: number, c: number) => block.from?.[r]?.[c] ?? null;
  const part = (row: number, col: number, rows: number, cols: number): Block[] => {
    if (rows <= 0 || cols <= 0) return [];
    const rowsOf = <T>(get: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => get(row - 1 + r, col - 1 + c)),
      );
    return [
      {
        row,
        col,
        values: rowsOf(cell),
        formulas: block.formulas ? rowsOf(formula) : undefined,
        ...(block.from ? { from: rowsOf(from) } : {}),
        ...(block.movedRows ? { movedRows: block.movedRows } : {}),
      },
    ];
  };
  if (!keep) return part(1, 1, height, width);
  const { row, col, numRows, numCols } = keep;
  const lastRow = row + numRows - 1;
  const lastCol = col + numCols - 1;
  return [
    ...part(1, 1, row - 1, width),
    ...part(row, 1, numRows, col - 1),
    ...part(row, lastCol + 1, numRows, width - lastCol),
    ...part(lastRow + 1, 1, height - lastRow, width),
  ];
}

/** The range holding every cell the block carries over from where it was (Block.from); null when none. */
function carriedRange(block: Block): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const line of block.from ?? [])
    for (const at of line) {
      if (!at) continue;
      top = Math.min(top, at.row);
      left = Math.min(left, at.col);
      bottom = Math.max(bottom, at.row);
      right = Math.max(right, at.col);
    }
  return bottom === 0 ? null : { row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1 };
}

/**
 * A short digest of everything Juri owns in a rendered sheet: values,
 * formulas, formats, rules, look and protection with its editors. The cells
 * open to others are left out, so a juror typing a score does not make a
 * finished tab look unfinished.
 */
export function sealOf(sheet: RenderedSheet): string {
  const open = sheet.protection?.editableRanges.map((e) => e.range) ?? [];
  const inOpen = (r: number, c: number) => open.some((x) => inRange(x, r, c));
  const values = sheet.block.values.map((line, r) =>
    line.map((v, c) => (inOpen(sheet.block.row + r, sheet.block.col + c) ? null : v)),
  );
  const { seal: _ignored, ...protection } = sheet.protection ?? { seal: undefined };
  const text = JSON.stringify([
    values,
    sheet.block.formulas ?? null,
    sheet.formats ?? null,
    sheet.validations ?? null,
    protection,
    sheet.look ?? null,
  ]);
  return hex32(text, 0x811c9dc5) + hex32(text, 0x01000193);
}

function hex32(text: string, basis: number): string {
  return fnv1a(text, basis).toString(16).padStart(8, '0');
}
