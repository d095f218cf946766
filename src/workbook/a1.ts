export { quoteSheet } from '../core/location';

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
