/**
 * A juror's score tab for one stage: its layout, shared by reading (read.ts)
 * and writing (render.ts).
 *
 *   row 1  title: "<stage> – <juror>" | | <the pakta integritas, in the workbook's language>
 *   row 2  ID tahap | <stage id> | ID juri | <juror id> | Email | <email> | Skala | <scale>
 *          | Diserahkan | <time Juri recorded the submission> | Sidik jari | <SHA-256 of the record>
 *   row 3  Kemajuan | <live formula: complete rows / assigned rows> | Pakta integritas | <checkbox>
 *          | Tanggal | <date> | Selesai | <checkbox> | Buka kembali | <reason, the secretariat's>
 *          | Dibuka kembali | <time and reason Juri recorded>
 *   row 4  ID kriteria | | | <criterion id> ...          (ties columns to criteria by id, not by name)
 *   row 5  ID | Judul inovasi | Instansi | <criterion (weight %)> ... | Catatan | Konflik / Abstain
 *          | Alasan | Total | Nilai saat diserahkan
 *   row 6… one row per assigned entry; Total is a live formula for the juror only:
 *          the engine never reads it and recomputes every total itself. The last
 *          column is Juri's record of the row as submitted (protected).
 *   then   a blank row, the archive title, the header again, and the rows of
 *          entries that are no longer assigned, scores kept as they were typed.
 *
 * Rows 2 and 4 identify the tab, so a tab is found again whatever its name.
 */
import { isBlankCell } from '../../core/cells';
import type { Lang } from '../../core/model';
import { integrityMessages, type IntegrityMessage } from '../../i18n/integrity';
import { sheetMessages } from '../../i18n/sheets';
import type { CellValue } from '../port';
import type { LocatedProblem } from '../../core/location';

export const HEADER_ROW = 5;
export const FIRST_ROW = 6;
export const COL_ID = 1;
export const COL_TITLE = 2;
export const COL_AGENCY = 3;
export const FIRST_CRITERION_COL = 4;
/** The integrity cells of rows 1 to 3, as [row, column]. */
export const CELL = {
  paktaText: [1, 3],
  submittedAt: [2, 10],
  fingerprint: [2, 12],
  pakta: [3, 4],
  paktaDate: [3, 6],
  submit: [3, 8],
  reopen: [3, 10],
  reopened: [3, 12],
} as const;
export type ControlName = keyof typeof CELL;
/** Row 2's and row 3's labels, each just left of its cell. */
export const LABELS: readonly (readonly [row: number, col: number, key: IntegrityMessage])[] = [
  [2, 9, 'tab.submittedAt'],
  [2, 11, 'tab.fingerprint'],
  [3, 3, 'tab.pakta'],
  [3, 5, 'tab.date'],
  [3, 7, 'tab.submit'],
  [3, 9, 'tab.reopen'],
  [3, 11, 'tab.reopened'],
];

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
  /** Formulas the juror typed in the other cells of the row (a notes cell holding =HYPERLINK(...)). */
  otherFormulas: Partial<Record<'notes' | 'recused' | 'recusalReason', string>>;
  notes: CellValue;
  /** The recusal checkbox and its reason; null in a tab made before they existed. */
  recused: CellValue;
  recusalReason: CellValue;
  /** Juri's record of the row as submitted; null when none. */
  submitted: CellValue;
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
  /** 0 in a tab made before recusal existed. */
  recusalCol: number;
  totalCol: number;
  /** Juri's record of each row as submitted; 0 when the tab has none. */
  submittedCol: number;
  /** The integrity cells of rows 1 to 3, as read. */
  controls: Record<ControlName, CellValue>;
  rows: TabRow[];
  archive: TabRow[];
  problems: LocatedProblem[];
}

export function labels(lang: Lang) {
  return sheetMessages[lang];
}

export function both(key: keyof typeof sheetMessages.id): string[] {
  return [sheetMessages.id[key], sheetMessages.en[key]].map(norm);
}

/** An integrity label in both languages, as `both` does for the tab's other labels. */
export function bothIntegrity(key: IntegrityMessage): string[] {
  return [integrityMessages.id[key], integrityMessages.en[key]].map(norm);
}

export function norm(v: CellValue): string {
  return v === null ? '' : String(v).trim().toLowerCase();
}

export function text(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

/** Nothing typed (core/cells.ts), under the name the tab's readers use. */
export const isEmpty = isBlankCell;

/** A ticked checkbox: Sheets gives true; a file from elsewhere may say TRUE, x, ya, yes or ✓. */
export function isTicked(v: CellValue): boolean {
  if (v === true || v === 1) return true;
  return typeof v === 'string' && ['true', 'x', 'v', 'ya', 'yes', '✓', '✔', 'benar'].includes(norm(v));
}

/** In progress: something is missing or wrong; complete: all valid, not submitted; submitted: recorded. */
export type TabState = 'inProgress' | 'complete' | 'submitted';

/** What a tab's integrity cells say, as Check and the Recap report it. */
export interface TabIntegrity {
  sheet: string;
  stageId: string;
  jurorId: string;
  state: TabState;
  /** The date the juror gave with the ticked pakta; '' when not ticked with a date. */
  pakta: string;
  paktaTicked: boolean;
  /** When Juri recorded the submission; '' when not submitted. */
  submittedAt: string;
  /** Juri's record of every reopening: "time — reason; …". */
  reopened: string;
  recusals: { entryId: string; reason: string }[];
}
