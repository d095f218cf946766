/** Reading a juror tab back: which tab it is, and what the juror typed, cell by cell. */
import { isBlankCell } from '../../core/cells';
import { locate, type LocatedProblem } from '../../core/location';
import type { Severity } from '../../core/model';
import { problem, type SayParams } from '../../core/say';
import type { ProblemCode } from '../../i18n/problems';
import { a1 } from '../a1';
import type { CellValue, SheetSnapshot } from '../port';
import {
  both,
  bothIntegrity,
  CELL,
  COL_AGENCY,
  COL_ID,
  COL_TITLE,
  FIRST_CRITERION_COL,
  FIRST_ROW,
  HEADER_ROW,
  norm,
  text,
  type ControlName,
  type JurorTab,
  type TabRow,
} from './layout';

/** The stage and juror a sheet belongs to, or null when it is not a juror tab. */
export function identifyTab(snapshot: SheetSnapshot): { stageId: string; jurorId: string } | null {
  const row2 = snapshot.values[1] ?? [];
  if (!both('tab.stageId').includes(norm(row2[0] ?? null))) return null;
  if (!both('tab.jurorId').includes(norm(row2[2] ?? null))) return null;
  const stageId = text(row2[1] ?? null);
  const jurorId = text(row2[3] ?? null);
  return stageId && jurorId ? { stageId, jurorId } : null;
}

function isArchiveTitle(v: CellValue): boolean {
  const t = norm(v);
  return t !== '' && both('tab.archive').some((a) => t.startsWith(a.split(':')[0]));
}

/** A problem of a juror tab, at its cell. */
export function tabProblem(
  sheet: string,
  cell: string,
  code: ProblemCode,
  severity: Severity,
  params: SayParams,
  stageId: string,
  jurorId: string,
): LocatedProblem {
  return locate(problem(code, severity, { kind: 'scoreSheet', stageId, jurorId }, params), { sheet, cell });
}

/** Reads a juror tab. Never throws: what does not fit the layout becomes a problem with its cell. */
export function parseJurorTab(snapshot: SheetSnapshot, id: { stageId: string; jurorId: string }): JurorTab {
  const { values, formulas } = snapshot;
  const sheet = snapshot.name;
  const idsRow = values[HEADER_ROW - 2] ?? [];
  const headerRow = values[HEADER_ROW - 1] ?? [];
  const width = Math.max(0, ...values.map((r) => r.length));
  // The Notes column is found by its heading, so a criterion id cleared in row 4
  // cannot make the columns after it look like notes (and be rewritten as such).
  const notesHeadings = both('col.notes');
  let notesCol = 0;
  for (let c = FIRST_CRITERION_COL; c <= width && notesCol === 0; c++) {
    if (notesHeadings.includes(norm(headerRow[c - 1] ?? null))) notesCol = c;
  }
  const criterionIds: string[] = [];
  const colOf: Record<string, number> = {};
  const unknownColumns: number[] = [];
  for (let c = FIRST_CRITERION_COL; notesCol === 0 ? c <= width : c < notesCol; c++) {
    const cid = text(idsRow[c - 1] ?? null);
    if (!cid) {
      if (notesCol === 0) {
        // No Notes heading either: the layout is gone; the first blank id ends the criteria.
        notesCol = c;
        break;
      }
      unknownColumns.push(c);
      continue;
    }
    criterionIds.push(cid);
    colOf[cid] = c;
  }
  if (notesCol === 0) notesCol = FIRST_CRITERION_COL + criterionIds.length;
  // Recusal and its reason follow the notes; a tab made before they existed goes straight to Total.
  const recusalCol = bothIntegrity('col.recusal').includes(norm(headerRow[notesCol] ?? null))
    ? notesCol + 1
    : 0;
  const totalCol = recusalCol > 0 ? recusalCol + 2 : notesCol + 1;
  const submittedCol = bothIntegrity('col.submitted').includes(norm(headerRow[totalCol] ?? null))
    ? totalCol + 1
    : 0;
  const lastCol = submittedCol > 0 ? submittedCol : totalCol;
  const controls = {} as Record<ControlName, CellValue>;
  for (const [name, [r, c]] of Object.entries(CELL) as [ControlName, readonly [number, number]][])
    controls[name] = values[r - 1]?.[c - 1] ?? null;
  const tab: JurorTab = {
    sheet,
    ...id,
    criterionIds,
    colOf,
    notesCol,
    recusalCol,
    totalCol,
    submittedCol,
    controls,
    rows: [],
    archive: [],
    problems: [],
  };
  for (const c of unknownColumns) {
    const cell = a1(HEADER_ROW - 1, c);
    tab.problems.push(
      tabProblem(
        sheet,
        cell,
        'tab-column-unknown',
        'error',
        {
          heading: text(headerRow[c - 1] ?? null),
        },
        id.stageId,
        id.jurorId,
      ),
    );
  }
  let target = tab.rows;
  for (let r = FIRST_ROW; r <= values.length; r++) {
    const cells = values[r - 1];
    const first = cells[COL_ID - 1] ?? null;
    if (isArchiveTitle(first)) {
      target = tab.archive;
      r++; // the archive's header row
      continue;
    }
    const beyond = cells.findIndex((v, i) => i + 1 > lastCol && !isBlankCell(v));
    if (beyond >= 0) {
      tab.problems.push(
        tabProblem(sheet, a1(r, beyond + 1), 'tab-extra-content', 'error', {}, id.stageId, id.jurorId),
      );
    }
    const inTable = [
      ...cells.slice(0, notesCol),
      ...(recusalCol > 0 ? cells.slice(recusalCol - 1, recusalCol + 1) : []),
    ];
    if (inTable.every(isBlankCell)) continue;
    const row: TabRow = {
      entryId: text(first),
      title: cells[COL_TITLE - 1] ?? null,
      agency: cells[COL_AGENCY - 1] ?? null,
      scores: {},
      formulas: {},
      otherFormulas: {},
      notes: cells[notesCol - 1] ?? null,
      recused: recusalCol > 0 ? (cells[recusalCol - 1] ?? null) : null,
      recusalReason: recusalCol > 0 ? (cells[recusalCol] ?? null) : null,
      submitted: submittedCol > 0 ? (cells[submittedCol - 1] ?? null) : null,
      row: r,
    };
    const others = [
      ['notes', notesCol],
      ['recused', recusalCol],
      ['recusalReason', recusalCol > 0 ? recusalCol + 1 : 0],
    ] as const;
    for (const [key, c] of others) {
      const f = c > 0 ? (formulas[r - 1]?.[c - 1] ?? '') : '';
      if (f) row.otherFormulas[key] = f;
    }
    for (const cid of criterionIds) {
      const c = colOf[cid];
      row.scores[cid] = cells[c - 1] ?? null;
      const f = formulas[r - 1]?.[c - 1] ?? '';
      if (f) row.formulas[cid] = f;
    }
    if (!row.entryId && target === tab.rows) {
      tab.problems.push(
        tabProblem(sheet, a1(r, COL_ID), 'tab-row-without-id', 'error', {}, id.stageId, id.jurorId),
      );
    }
    target.push(row);
  }
  return tab;
}

/**
 * The cell of an entry's score (or of its ID when no criterion is named), for
 * messages; the last of its rows when the entry was copied, since the copy is
 * what the juror should look at.
 */
export function scoreCell(
  tab: JurorTab,
  entryId: string,
  criterionId: string | undefined,
  which: 'first' | 'last' = 'first',
): string {
  const rows = tab.rows.filter((r) => r.entryId === entryId);
  const row = (which === 'first' ? rows[0] : rows[rows.length - 1])?.row;
  if (row === undefined) return '';
  const col = criterionId ? tab.colOf[criterionId] : COL_ID;
  return a1(row, col ?? COL_ID);
}

/** The cell of an entry's recusal checkbox or reason, or of its ID in a tab without them. */
export function recusalCell(tab: JurorTab, entryId: string, column: 'recusal' | 'recusalReason'): string {
  const row = tab.rows.find((r) => r.entryId === entryId)?.row;
  if (row === undefined) return '';
  if (tab.recusalCol === 0) return a1(row, COL_ID);
  return a1(row, column === 'recusal' ? tab.recusalCol : tab.recusalCol + 1);
}
