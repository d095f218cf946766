/**
 * A juror's score tab for one stage: its layout, shared by reading (read.ts)
 * and writing (render.ts).
 *
 *   row 1  title: "<stage> – <juror>"
 *   row 2  ID tahap | <stage id> | ID juri | <juror id> | Email | <email> | Skala | <scale>
 *   row 3  Kemajuan | <live formula: complete rows / assigned rows>
 *   row 4  ID kriteria | | | <criterion id> ...          (ties columns to criteria by id, not by name)
 *   row 5  ID | Judul inovasi | Instansi | <criterion (weight %)> ... | Catatan | Total
 *   row 6… one row per assigned entry; Total is a live formula for the juror only:
 *          the engine never reads it and recomputes every total itself.
 *   then   a blank row, the archive title, the header again, and the rows of
 *          entries that are no longer assigned, scores kept as they were typed.
 *
 * Rows 2 and 4 identify the tab, so a tab is found again whatever its name.
 */
import type { Lang } from '../../core/model';
import { sheetMessages } from '../../i18n/sheets';
import type { CellValue } from '../port';
import type { PlacedProblem } from '../problems';

export const HEADER_ROW = 5;
export const FIRST_ROW = 6;
export const COL_ID = 1;
export const COL_TITLE = 2;
export const COL_AGENCY = 3;
export const FIRST_CRITERION_COL = 4;
/** Sheets allows 100 characters, Excel 31: one name for both keeps the two shells identical. */
export const MAX_TAB_NAME = 31;

/** One row of a juror tab as read: raw cells, exactly as typed. */
export interface TabRow {
  entryId: string;
  title: CellValue;
  agency: CellValue;
  /** criterion id -> the cell as read */
  scores: Record<string, CellValue>;
  /** criterion id -> formula, for score cells that hold one */
  formulas: Record<string, string>;
  notes: CellValue;
  /** 1-based sheet row */
  row: number;
}

export interface JurorTab {
  sheet: string;
  stageId: string;
  jurorId: string;
  /** Criterion ids in column order, as found in row 4. */
  criterionIds: string[];
  /** criterion id -> 1-based column */
  colOf: Record<string, number>;
  notesCol: number;
  rows: TabRow[];
  archive: TabRow[];
  problems: PlacedProblem[];
}

export function labels(lang: Lang) {
  return sheetMessages[lang];
}

export function both(key: keyof typeof sheetMessages.id): string[] {
  return [sheetMessages.id[key], sheetMessages.en[key]].map(norm);
}

export function norm(v: CellValue): string {
  return v === null ? '' : String(v).trim().toLowerCase();
}

export function text(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}
