/** A1 notation as Sheets writes and reads it. */

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let out = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'D5' for one cell, 'A1:C3' otherwise, as Range.getA1Notation(). */
export function a1Of(rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

/** A quoted sheet name as Sheets writes it in references: 'Juri 1'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheet: string | null;
  /** Open ends (whole columns 'A:C', whole rows '2:4') are null, bounded by the sheet's grid later. */
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

const CELL = /^([A-Za-z]*)(\d*)$/;

/** Parses "'Presentasi – Juri 1'!D5", 'Setup!A1:C3', 'A:A', '2:4'; throws on anything else. */
export function parseA1(text: string): ParsedA1 {
  const { sheet, ref } = splitSheet(text.trim());
  const [first, second, extra] = ref.split(':');
  if (extra !== undefined || first === '') throw rangeNotFound();
  const a = cellPart(first);
  const b = second === undefined ? a : cellPart(second);
  if (second === undefined && (a.row === null || a.col === null)) throw rangeNotFound();
  const rowsOpen = a.row === null || b.row === null;
  const colsOpen = a.col === null || b.col === null;
  if (rowsOpen && (a.row !== null || b.row !== null)) throw rangeNotFound();
  if (colsOpen && (a.col !== null || b.col !== null)) throw rangeNotFound();
  return {
    sheet,
    startRow: rowsOpen ? null : Math.min(a.row as number, b.row as number),
    endRow: rowsOpen ? null : Math.max(a.row as number, b.row as number),
    startCol: colsOpen ? null : Math.min(a.col as number, b.col as number),
    endCol: colsOpen ? null : Math.max(a.col as number, b.col as number),
  };
}

function splitSheet(text: string): { sheet: string | null; ref: string } {
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
    if (!match) throw rangeNotFound();
    return { sheet: match[1].replace(/''/g, "'"), ref: match[2] };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: text };
  return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

function cellPart(part: string): { row: number | null; col: number | null } {
  const match = CELL.exec(part.replace(/\$/g, ''));
  if (!match || (match[1] === '' && match[2] === '')) throw rangeNotFound();
  const row = match[2] === '' ? null : Number(match[2]);
  if (row === 0) throw rangeNotFound();
  return { col: match[1] === '' ? null : columnNumber(match[1]), row };
}

function rangeNotFound(): Error {
  return new Error('Range not found');
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
