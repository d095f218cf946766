/**
 * The change log: one row per edited cell of a juror tab (score, notes,
 * recusal and its reason, pakta and its date, submit), as Sheets' onEdit
 * trigger reports the edit. This file knows the Log sheet's layout and which
 * cells of a tab are worth a row; src/gas/changeLog.ts wires the trigger.
 *
 *   row 1  title
 *   row 2  Waktu | Pengguna | Tab | Sel | Inovasi | Kriteria | Nilai lama | Nilai baru
 *   row 3… one row per edited cell, appended
 */
import type { Lang } from '../core/model';
import { integrityMessages } from '../i18n/integrity';
import { a1 } from './a1';
import {
  both,
  bothIntegrity,
  CELL,
  FIRST_CRITERION_COL,
  FIRST_ROW,
  HEADER_ROW,
  identifyTab,
  norm,
  text,
  type ControlName,
} from './jurorTab';
import type { CellValue, SheetSnapshot } from './port';
import type { RenderedSheet } from './render';

export const LOG_NAMES = [integrityMessages.id['log.sheet'], integrityMessages.en['log.sheet']];
export const LOG_WIDTH = 8;
export const LOG_FIRST_ROW = 3;

export function logSheetName(lang: Lang): string {
  return integrityMessages[lang]['log.sheet'];
}

/** A new Log sheet: its title and header, protected so that only Juri writes to it. */
export function renderLogSheet(lang: Lang): RenderedSheet {
  const t = integrityMessages[lang];
  const header = [
    t['log.time'],
    t['log.user'],
    t['log.tab'],
    t['log.cell'],
    t['log.entry'],
    t['log.criterion'],
    t['log.old'],
    t['log.new'],
  ];
  return {
    name: logSheetName(lang),
    block: {
      row: 1,
      col: 1,
      values: [[t['log.title'], ...new Array<CellValue>(LOG_WIDTH - 1).fill(null)], header],
    },
    formats: {
      row: 1,
      col: 1,
      numRows: 2,
      numCols: LOG_WIDTH,
      bold: [new Array<boolean>(LOG_WIDTH).fill(true), new Array<boolean>(LOG_WIDTH).fill(true)],
      backgrounds: [
        new Array<string | null>(LOG_WIDTH).fill('#d2e3fc'),
        new Array<string | null>(LOG_WIDTH).fill('#e8eaed'),
      ],
    },
    // A simple trigger runs as the person editing: a juror must be able to append, so the Log
    // warns anyone who edits it by hand rather than refusing the trigger.
    protection: { description: t['log.protection'], editableRanges: [], warningOnly: true },
    look: { frozenRows: 2, frozenCols: 0, columnWidths: [130, 200, 200, 60, 80, 120, 120, 120] },
  };
}

/** An edit as the onEdit event reports it, in the tab's terms. */
export interface Edit {
  sheet: string;
  /** The edited block, 1-based. */
  row: number;
  col: number;
  /** The new values of the block, as the sheet holds them after the edit. */
  values: CellValue[][];
  /** Only for a single cell, as the event gives them (absent when the cell was empty or cleared). */
  oldValue?: CellValue;
  value?: CellValue;
  time: string;
  user: string;
  lang: Lang;
}

/**
 * The Log rows for an edit of a juror tab: one per edited cell that holds a
 * score, notes, a recusal or its reason, the pakta or its date, or Submitted.
 * `top` holds the tab's first rows (identity, integrity cells, criterion ids,
 * header) and `ids` the entry id of each edited row. Empty for any other sheet.
 */
export function logRows(top: SheetSnapshot, ids: readonly CellValue[], edit: Edit): CellValue[][] {
  if (!identifyTab(top)) return [];
  const idsRow = top.values[HEADER_ROW - 2] ?? [];
  const header = top.values[HEADER_ROW - 1] ?? [];
  const notes = both('col.notes');
  let notesCol = 0;
  for (let c = FIRST_CRITERION_COL; c <= header.length && notesCol === 0; c++)
    if (notes.includes(norm(header[c - 1] ?? null))) notesCol = c;
  const recusal = bothIntegrity('col.recusal').includes(norm(header[notesCol] ?? null)) ? notesCol + 1 : 0;
  const watched: ControlName[] = ['pakta', 'paktaDate', 'submit', 'reopen'];
  const single = edit.values.length === 1 && (edit.values[0]?.length ?? 0) === 1;
  const out: CellValue[][] = [];
  edit.values.forEach((cells, i) => {
    const r = edit.row + i;
    cells.forEach((value, j) => {
      const c = edit.col + j;
      let entry = '';
      let what: string;
      const control = watched.find((name) => CELL[name][0] === r && CELL[name][1] === c);
      if (control) what = integrityMessages[edit.lang][`tab.${control === 'paktaDate' ? 'date' : control}`];
      else if (
        r >= FIRST_ROW &&
        notesCol > 0 &&
        c >= FIRST_CRITERION_COL &&
        (c <= notesCol || (recusal > 0 && c <= recusal + 1))
      ) {
        entry = text(ids[i] ?? null);
        // A score is logged by its criterion id (as row 4 has it), the other cells by their heading.
        what = text((c < notesCol ? idsRow : header)[c - 1] ?? null);
      } else return;
      const now = single ? (edit.value ?? value) : value;
      out.push([
        edit.time,
        edit.user,
        edit.sheet,
        a1(r, c),
        entry,
        what,
        single ? (edit.oldValue ?? null) : null,
        now ?? null,
      ]);
    });
  });
  return out;
}
