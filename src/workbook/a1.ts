export { quoteSheet } from '../core/location';
import type { RangeRef } from './port';

/** A1 notation for 1-based rows and columns. */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A range in A1 notation, e.g. D6:G11. */
export function a1Range(row: number, col: number, numRows: number, numCols: number): string {
  return `${a1(row, col)}:${a1(row + numRows - 1, col + numCols - 1)}`;
}

/** Whether the cell at (row, col), 1-based, lies in the range. */
export function inRange(range: RangeRef, row: number, col: number): boolean {
  return (
    row >= range.row && row < range.row + range.numRows && col >= range.col && col < range.col + range.numCols
  );
}

/** 'AB' -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A cell reference in a formula, as written: `sheet` is null when it names no sheet (the formula's own). */
export interface FormulaRef {
  sheet: string | null;
  row: number;
  col: number;
  rowAnchor: boolean;
  colAnchor: boolean;
}

const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/**
 * A formula with each cell reference outside its strings replaced by what
 * `replace` returns for it (null keeps it as written). A reference's sheet is
 * the one named before it ('Juri 1'!C3, Setup!C3), or for the second end of a
 * range (Setup!C3:D4) the first end's.
 */
export function mapReferences(formula: string, replace: (ref: FormulaRef) => string | null): string {
  const pieces = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  let previous: { end: number; piece: number; sheet: string | null } | null = null;
  return pieces
    .map((piece, i) => {
      if (i % 2 === 1) return piece;
      return piece.replace(
        REF,
        (whole, colAnchor: string, col: string, rowAnchor: string, row: string, at: number) => {
          let sheet: string | null = null;
          if (piece[at - 1] === '!') {
            const named = /([A-Za-z0-9_.]+)!$/.exec(piece.slice(0, at));
            if (named) sheet = named[1];
            else if (at === 1 && i > 0 && pieces[i - 1].startsWith("'"))
              sheet = pieces[i - 1].slice(1, -1).replace(/''/g, "'");
          } else if (piece[at - 1] === ':' && previous?.piece === i && previous.end === at - 1) {
            sheet = previous.sheet;
          }
          previous = { end: at + whole.length, piece: i, sheet };
          const ref = {
            sheet,
            row: Number(row),
            col: columnNumber(col),
            rowAnchor: rowAnchor === '$',
            colAnchor: colAnchor === '$',
          };
          const out = replace(ref);
          return out ?? whole;
        },
      );
    })
    .join('');
}

/** A reference written back: anchors as they were. */
export function formulaRef(ref: FormulaRef, row: number, col: number): string {
  return `${ref.colAnchor ? '$' : ''}${columnLetter(col)}${ref.rowAnchor ? '$' : ''}${row}`;
}

/**
 * A formula whose sheet's rows moved, as Sheets and Excel rewrite it when rows
 * are inserted or deleted: a reference to a cell of its own sheet (named or not)
 * in a row that moved points at that row's new place; anything else is kept.
 */
export function followRows(formula: string, sheet: string, moved: ReadonlyMap<number, number>): string {
  if (moved.size === 0) return formula;
  const own = sheet.toLowerCase();
  return mapReferences(formula, (ref) => {
    if (ref.sheet !== null && ref.sheet.toLowerCase() !== own) return null;
    const to = moved.get(ref.row);
    return to === undefined || to === ref.row ? null : formulaRef(ref, to, ref.col);
  });
}
