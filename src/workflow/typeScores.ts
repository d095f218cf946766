/**
 * Types scores into a juror tab as a juror would: only the score cells of the
 * rows given change, in one block write. The command line's demo uses it to
 * play the jurors; tests use it to play jurors who make mistakes.
 */
import { CELL, FIRST_ROW, identifyTab, isTicked, parseJurorTab, type JurorTab } from '../workbook/jurorTab';
import type { CellValue, SpreadsheetPort } from '../workbook/port';
import { readWorkbook } from './workbook';

/** entry id -> criterion id -> what the juror types */
export type Typing = Record<string, Record<string, CellValue>>;

function readTab(port: SpreadsheetPort, sheet: string): { tab: JurorTab; values: CellValue[][] } {
  const snapshot = port.read(sheet);
  const id = snapshot && identifyTab(snapshot);
  if (!snapshot || !id) throw new Error(`${sheet} is not a juror tab`);
  return { tab: parseJurorTab(snapshot, id), values: snapshot.values };
}

export function typeScores(port: SpreadsheetPort, sheet: string, typing: Typing): void {
  const { tab, values: snapshot } = readTab(port, sheet);
  if (tab.rows.length === 0 || tab.criterionIds.length === 0) return;
  const firstCol = Math.min(...tab.criterionIds.map((c) => tab.colOf[c]));
  const lastRow = Math.max(...tab.rows.map((r) => r.row));
  const values: CellValue[][] = [];
  for (let r = FIRST_ROW; r <= lastRow; r++) {
    const row = tab.rows.find((x) => x.row === r);
    values.push(
      tab.criterionIds.map((cid) => {
        if (!row) return snapshot[r - 1]?.[tab.colOf[cid] - 1] ?? null;
        const typed = typing[row.entryId];
        return typed && cid in typed ? typed[cid] : (row.scores[cid] ?? null);
      }),
    );
  }
  port.writeBlock(sheet, { row: FIRST_ROW, col: firstCol, values });
}

/**
 * Every juror types into every row of their tabs that still has an empty
 * score: what they type comes from `scoresFor`. The demo plays its jurors
 * this way; the benchmark and the tests too.
 */
export function typeWhereEmpty(
  port: SpreadsheetPort,
  scoresFor: (stageId: string, jurorId: string, entryIds: string[]) => Typing,
  /** The date each juror signs the pakta integritas with, where not signed yet; none: left as it is. */
  pakta?: string,
): void {
  for (const tab of readWorkbook(port).tabs) {
    if (pakta !== undefined && !isTicked(tab.controls.pakta)) signPakta(port, tab.sheet, pakta);
    const todo = tab.rows
      .filter((r) => !isTicked(r.recused) && tab.criterionIds.some((cid) => r.scores[cid] === null))
      .map((r) => r.entryId);
    if (todo.length > 0) typeScores(port, tab.sheet, scoresFor(tab.stageId, tab.jurorId, todo));
  }
}

/** The juror ticks the pakta integritas and writes the date beside it. */
export function signPakta(port: SpreadsheetPort, sheet: string, date: string): void {
  readTab(port, sheet);
  port.writeBlock(sheet, { row: CELL.pakta[0], col: CELL.pakta[1], values: [[true]] });
  port.writeBlock(sheet, { row: CELL.paktaDate[0], col: CELL.paktaDate[1], values: [[date]] });
}

/** The juror ticks Submitted. */
export function tickSubmitted(port: SpreadsheetPort, sheet: string, ticked = true): void {
  readTab(port, sheet);
  port.writeBlock(sheet, { row: CELL.submit[0], col: CELL.submit[1], values: [[ticked]] });
}

/** The juror withdraws from an entry: ticks its Conflict / Abstain cell and writes the reason. */
export function recuse(port: SpreadsheetPort, sheet: string, entryId: string, reason: string): void {
  const { tab } = readTab(port, sheet);
  const row = tab.rows.find((r) => r.entryId === entryId);
  if (!row || tab.recusalCol === 0) throw new Error(`${sheet} has no row for ${entryId} to recuse from`);
  port.writeBlock(sheet, { row: row.row, col: tab.recusalCol, values: [[true, reason]] });
}

/** The secretariat reopens a submitted tab with a reason. */
export function reopen(port: SpreadsheetPort, sheet: string, reason: string): void {
  readTab(port, sheet);
  port.writeBlock(sheet, { row: CELL.reopen[0], col: CELL.reopen[1], values: [[reason]] });
}
