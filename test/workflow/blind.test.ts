/**
 * Blind judging: a stage marked blind in the Setup leaves the entrant's agency
 * (and the columns the Setup marks as identifying) out of its juror tabs, on
 * Google Sheets and in an .xlsx file alike; the Ranking and the Recap keep
 * everything, and switching it off brings the agency back without touching a
 * typed score.
 */
import { newWorkbook } from '../../src/cli/xlsxFile';
import { xlsxPort } from '../../src/cli/xlsxPort';
import { RANKING_NAMES } from '../../src/workbook/rankingSheet';
import type { SpreadsheetPort } from '../../src/workbook/port';
import { FIRST_ROW, COL_AGENCY, COL_TITLE, HEADER_ROW } from '../../src/workbook/jurorTab/layout';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, fakeWorkbook, scoreCells, scoreEverything } from './helpers';

const now = '2026-11-28 10:00';

const ports: [string, () => SpreadsheetPort][] = [
  ['Google Sheets (the fake)', () => fakeWorkbook().port],
  ['an .xlsx file', () => xlsxPort(newWorkbook(), { locale: 'id_ID' })],
];

function column(port: SpreadsheetPort, sheet: string, col: number): unknown[] {
  const values = port.read(sheet)!.values;
  return values.slice(FIRST_ROW - 1).map((r) => r[col - 1] ?? null);
}

describe.each(ports)('blind judging on %s', (_name, makePort) => {
  it('hides the agency (and the title when marked) in the blind stage only; the Ranking keeps it', () => {
    const port = makePort();
    expect(workflow.newCompetition(port, { example: true, lang: 'id' }).ok).toBe(true);
    const c = editSetup(port, (c) => {
      c.stages[0].blind = true;
    });
    expect(readWorkbook(port).setup!.competition.stages.map((s) => s.blind)).toEqual([true, undefined]);
    expect(workflow.generateTabs(port).ok).toBe(true);
    const wb = readWorkbook(port);
    const blindTabs = wb.tabs.filter((t) => t.stageId === c.stages[0].id);
    const openTabs = wb.tabs.filter((t) => t.stageId === c.stages[1].id);
    expect(blindTabs).toHaveLength(c.jurors.length);
    const agencies = new Set(c.entries.map((e) => e.agency));
    for (const tab of blindTabs) {
      expect(column(port, tab.sheet, COL_AGENCY).every((v) => v === null)).toBe(true);
      expect(column(port, tab.sheet, COL_TITLE).filter((v) => v !== null).length).toBe(tab.rows.length);
      const header = port.read(tab.sheet)!.values[HEADER_ROW - 1];
      expect(header[COL_AGENCY - 1]).toBe('Instansi (disembunyikan: penilaian buta)');
      // Nothing else of the tab names an agency either.
      const text = JSON.stringify(port.read(tab.sheet)!.values);
      for (const a of agencies) expect(text).not.toContain(JSON.stringify(a));
    }
    for (const tab of openTabs) {
      expect(column(port, tab.sheet, COL_AGENCY).some((v) => typeof v === 'string' && agencies.has(v))).toBe(
        true,
      );
    }

    scoreEverything(port);
    const rank = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(rank.ok).toBe(true);
    const ranking = port.read(port.sheetNames().find((n) => RANKING_NAMES.includes(n))!)!;
    const shown = JSON.stringify(ranking.values);
    for (const a of agencies) expect(shown).toContain(JSON.stringify(a));

    // The title too, when the Setup marks it as identifying; then blind judging switched off.
    const typed = scoreCells(port);
    editSetup(port, (c) => {
      c.identifying = ['title'];
    });
    expect(readWorkbook(port).setup!.competition.identifying).toEqual(['title']);
    workflow.generateTabs(port);
    for (const tab of blindTabs) {
      expect(column(port, tab.sheet, COL_TITLE).every((v) => v === null)).toBe(true);
    }
    editSetup(port, (c) => {
      c.stages[0].blind = undefined;
    });
    const regenerated = workflow.generateTabs(port);
    expect(regenerated.updated.sort()).toEqual(blindTabs.map((t) => t.sheet).sort());
    for (const tab of blindTabs) {
      expect(column(port, tab.sheet, COL_AGENCY).filter((v) => v !== null).length).toBe(tab.rows.length);
    }
    expect(scoreCells(port)).toEqual(typed);
    // Hiding columns changes no score and no place: the ranking is still up to date.
    const again = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(again.fingerprint).toBe(rank.fingerprint);
  });
});
