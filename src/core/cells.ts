/** What a spreadsheet cell holds, as every reader of Juri's sheets sees it. */
import type { CellValue } from './model';

/** An empty cell, or one holding only spaces: nothing was typed there. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
