/**
 * The change log on the in-memory SpreadsheetApp, fed event objects shaped as
 * Apps Script's simple onEdit trigger delivers them (Event Objects reference,
 * "Edit"): authMode, range, source and user always; value and oldValue only
 * when the edited range is a single cell, oldValue left out when the cell was
 * empty before, value left out when the edit cleared it; neither for a pasted
 * range.
 */
import { logEdit, takeLogFailure, type LogServices } from '../../src/gas/changeLog';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import { MEMBER, sharedBook, sharedCompetition } from '../robustness/book';
import { wholeProblems } from '../robustness/whole';
import { fakeWorkbook } from '../workflow/helpers';

type Range = GoogleAppsScript.Spreadsheet.Range;

function setup() {
  const bench = fakeWorkbook();
  const { fake, port } = bench;
  workflow.newCompetition(port, { example: true, lang: 'id' });
  workflow.generateTabs(port);
  const tab = readWorkbook(port).tabs.find((t) => t.stageId === 'presentasi' && t.jurorId === 'j1')!;
  const sheet = fake.spreadsheet.getSheetByName(tab.sheet)!;
  let clock = 0;
  const services: LogServices = {
    properties: () => fake.PropertiesService.getDocumentProperties(),
    now: () => `2026-11-29 10:00:0${clock++}`,
  };
  const event = (range: Range, fields: { value?: string; oldValue?: string } = {}) =>
    ({
      authMode: fake.ScriptApp.AuthMode.LIMITED,
      range,
      source: fake.spreadsheet,
      user: fake.Session.getActiveUser(),
      ...fields,
    }) as GoogleAppsScript.Events.SheetsOnEdit;
  const log = () => fake.spreadsheet.getSheetByName('Log')?.getDataRange().getValues().slice(2) ?? [];
  return { ...bench, tab, sheet, services, event, log };
}

describe('the change log (onEdit)', () => {
  it('logs a single cell with its old and new value, as the event gives them', () => {
    const { fake, sheet, tab, services, event, log } = setup();
    const user = fake.Session.getActiveUser().getEmail();
    const cell = sheet.getRange('D6');
    cell.setValue(80);
    logEdit(event(cell, { value: '80' }), services);
    cell.setValue(85);
    logEdit(event(cell, { value: '85', oldValue: '80' }), services);
    expect(log()).toEqual([
      ['2026-11-29 10:00:00', user, tab.sheet, 'D6', '001', tab.criterionIds[0], '', '80'],
      ['2026-11-29 10:00:01', user, tab.sheet, 'D6', '001', tab.criterionIds[0], '80', '85'],
    ]);
    // Juri made the Log, and keeps everyone but a warning away from it.
    const protection = fake.spreadsheet
      .getSheetByName('Log')!
      .getProtections(fake.SpreadsheetApp.ProtectionType.SHEET);
    expect(protection.map((p) => p.isWarningOnly())).toEqual([true]);
  });

  it('logs every cell of a pasted range, with no old value (the event has none)', () => {
    const { sheet, tab, services, event, log } = setup();
    const pasted = sheet.getRange('D6:E7');
    pasted.setValues([
      [70, 75],
      [80, 85],
    ]);
    logEdit(event(pasted), services);
    const [k1, k2] = tab.criterionIds;
    expect(log().map((r) => r.slice(3))).toEqual([
      ['D6', '001', k1, '', 70],
      ['E6', '001', k2, '', 75],
      ['D7', '002', k1, '', 80],
      ['E7', '002', k2, '', 85],
    ]);
  });

  it('logs a cleared cell with its old value and an empty new one', () => {
    const { sheet, services, event, log } = setup();
    const cell = sheet.getRange('E6');
    cell.setValue(90);
    cell.clearContent();
    logEdit(event(cell, { oldValue: '90' }), services);
    expect(log().map((r) => r.slice(3))).toEqual([['E6', '001', expect.any(String), '90', '']]);
  });

  it('logs the pakta, Submitted and a recusal, and nothing outside the juror cells', () => {
    const { sheet, tab, services, event, log } = setup();
    logEdit(event(sheet.getRange('D3'), { value: 'TRUE', oldValue: 'FALSE' }), services);
    logEdit(event(sheet.getRange('H3'), { value: 'TRUE', oldValue: 'FALSE' }), services);
    const recusal = tab.recusalCol;
    logEdit(event(sheet.getRange(7, recusal), { value: 'TRUE', oldValue: 'FALSE' }), services);
    logEdit(event(sheet.getRange(7, recusal + 1), { value: 'Mantan atasan' }), services);
    logEdit(event(sheet.getRange('B6'), { value: 'judul lain' }), services);
    logEdit(event(sheet.getRange('A1'), { value: 'x' }), services);
    expect(log().map((r) => r.slice(3))).toEqual([
      ['D3', '', 'Pakta integritas (centang)', 'FALSE', 'TRUE'],
      ['H3', '', 'Selesai (centang)', 'FALSE', 'TRUE'],
      [`${String.fromCharCode(64 + recusal)}7`, '002', 'Konflik / Abstain', 'FALSE', 'TRUE'],
      [`${String.fromCharCode(65 + recusal)}7`, '002', 'Alasan', '', 'Mantan atasan'],
    ]);
  });

  it('ignores edits of other sheets, the Setup included', () => {
    const { fake, services, event, log } = setup();
    logEdit(event(fake.spreadsheet.getSheetByName('Pengaturan')!.getRange('B5'), { value: 'x' }), services);
    expect(log()).toEqual([]);
    expect(fake.spreadsheet.getSheetByName('Log')).toBeNull();
  });

  it('never throws into the edit; the next Check says it could not write, once', () => {
    const { fake, port, sheet, services, event } = setup();
    logEdit(event(sheet.getRange('D6'), { value: '80' }), services);
    fake.failNext('Range.setValues', 'Service Spreadsheets timed out while accessing document');
    expect(() => logEdit(event(sheet.getRange('D7'), { value: '81' }), services)).not.toThrow();
    const failure = takeLogFailure(services);
    expect(failure).toEqual({
      when: '2026-11-29 10:00:01',
      error: 'Service Spreadsheets timed out while accessing document',
    });
    const check = workflow.checkScores(port, { logFailure: failure });
    const said = check.problems.filter((p) => p.code === 'log-failed');
    expect(said.map((p) => p.sheet)).toEqual(['Log']);
    expect(said[0].message.en).toContain('could not be logged (2026-11-29 10:00:01)');
    expect(takeLogFailure(services)).toBeNull();
  });
});

describe('the change log in a spreadsheet shared as a jury shares it', () => {
  it('is made and appended to by the trigger running as each juror, and the sealed tabs stay whole', () => {
    const c = sharedCompetition();
    const book = sharedBook(c);
    const fake = book.fake;
    writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
    expect(workflow.generateTabs(book.port()).ok).toBe(true);
    const services: LogServices = {
      properties: () => fake.PropertiesService.getDocumentProperties(),
      now: () => '2026-11-29 10:00:00',
    };
    const tabs = readWorkbook(book.port()).tabs.filter((t) => t.stageId === c.stages[0].id);
    for (const tab of tabs.slice(0, 2)) {
      const juror = c.jurors.find((j) => j.id === tab.jurorId)!;
      fake.runAs(juror.email);
      const cell = fake.spreadsheet.getSheetByName(tab.sheet)!.getRange(6, 4);
      cell.setValue(7);
      logEdit(
        {
          authMode: fake.ScriptApp.AuthMode.LIMITED,
          range: cell,
          source: fake.spreadsheet,
          user: fake.Session.getActiveUser(),
          value: '7',
        } as GoogleAppsScript.Events.SheetsOnEdit,
        services,
      );
    }
    expect(takeLogFailure(services)).toBeNull();
    const rows = fake.spreadsheet.getSheetByName('Log')!.getDataRange().getValues().slice(2);
    expect(rows.map((r) => [r[1], r[2], r[3], r[7]])).toEqual(
      tabs.slice(0, 2).map((t) => [c.jurors.find((j) => j.id === t.jurorId)!.email, t.sheet, 'D6', '7']),
    );
    fake.runAs(MEMBER);
    expect(workflow.generateTabs(book.port()).updated).toEqual([]);
    expect(wholeProblems(fake, c, c.jurors.length * c.stages.length, [MEMBER])).toEqual([]);
  });
});
