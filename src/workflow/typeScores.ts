/**
 * Types scores into a juror tab as a juror would: only the score cells of the
 * rows given change, in one block write. The command line's demo uses it to
 * play the jurors; tests use it to play jurors who make mistakes.
 */
import { FIRST_ROW, identifyTab, parseJurorTab } from '../workbook/jurorTab';
import type { CellValue, SpreadsheetPort } from '../workbook/port';
import { readWorkbook } from './workbook';

/** entry id -> criterion id -> what the juror types */
export type Typing = Record<string, Record<string, CellValue>>;

export function typeScores(port: SpreadsheetPort, sheet: string, typing: Typing): void {
  const snapshot = port.read(sheet);
  const id = snapshot && identifyTab(snapshot);
  if (!snapshot || !id) throw new Error(`${sheet} is not a juror tab`);
  const tab = parseJurorTab(snapshot, id);
  if (tab.rows.length === 0 || tab.criterionIds.length === 0) return;
  const firstCol = Math.min(...tab.criterionIds.map((c) => tab.colOf[c]));
  const lastRow = Math.max(...tab.rows.map((r) => r.row));
  const values: CellValue[][] = [];
  for (let r = FIRST_ROW; r <= lastRow; r++) {
    const row = tab.rows.find((x) => x.row === r);
    values.push(
      tab.criterionIds.map((cid) => {
        if (!row) return snapshot.values[r - 1]?.[tab.colOf[cid] - 1] ?? null;
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
): void {
  for (const tab of readWorkbook(port).tabs) {
    const todo = tab.rows
      .filter((r) => tab.criterionIds.some((cid) => r.scores[cid] === null))
      .map((r) => r.entryId);
    if (todo.length > 0) typeScores(port, tab.sheet, scoresFor(tab.stageId, tab.jurorId, todo));
  }
}
