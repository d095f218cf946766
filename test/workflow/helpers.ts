/** A jury workbook on the in-memory SpreadsheetApp, driven through the real Apps Script port. */
import { createFakeApps, type FakeApps } from '../fakes';
import { sheetsPort } from '../../src/gas/sheetsPort';
import type { SpreadsheetPort, CellValue } from '../../src/workbook/port';
import type { Competition } from '../../src/core/model';
import { renderSetup } from '../../src/workbook/setupSheet';
import { writeSheet } from '../../src/workbook/render';
import { readWorkbook } from '../../src/workflow/workbook';
import { typeWhereEmpty } from '../../src/workflow/typeScores';
import { demoTyping } from '../../src/cli/demo';

export interface Bench {
  fake: FakeApps;
  port: SpreadsheetPort;
}

export function fakeWorkbook(locale = 'id_ID'): Bench {
  const fake = createFakeApps();
  fake.fakes.spreadsheet.setSpreadsheetLocale(locale);
  const port = sheetsPort(fake.spreadsheet, {
    remember: true,
    services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
  });
  return { fake, port };
}

/** The secretariat edits the Setup: here, by writing the whole sheet anew from a changed model. */
export function editSetup(port: SpreadsheetPort, change: (c: Competition) => void): Competition {
  const wb = readWorkbook(port);
  const c = structuredClone(wb.setup!.competition);
  change(c);
  writeSheet(port, { ...renderSetup(c, c.lang), name: wb.setupName! }, { create: false });
  return c;
}

/** Every juror signs the pakta integritas (if not yet) and types the demo's scores for every row still empty. */
export function scoreEverything(port: SpreadsheetPort): void {
  const c = readWorkbook(port).setup!.competition;
  typeWhereEmpty(
    port,
    (stageId, jurorId, entryIds) => demoTyping(c, stageId, jurorId, entryIds),
    '2026-11-29',
  );
}

/** What a juror tab holds in its score and notes cells, as a string, for before/after comparisons. */
export function scoreCells(port: SpreadsheetPort): Map<string, string> {
  const wb = readWorkbook(port);
  const out = new Map<string, string>();
  for (const tab of wb.tabs) {
    for (const r of [...tab.rows, ...tab.archive]) {
      const cells: CellValue[] = [...tab.criterionIds.map((cid) => r.scores[cid] ?? null), r.notes];
      out.set(`${tab.stageId}/${tab.jurorId}/${r.entryId}`, JSON.stringify(cells));
    }
  }
  return out;
}
