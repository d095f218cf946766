/**
 * Google Sheets: a juror tab whose rows move (an entry inserted in the
 * middle of the Setup, another removed to the archive) keeps every cell the
 * juror typed at its new place: a date as a date with its format, a formula
 * as a formula, a number format of the juror's own, a link in a note's
 * text, a note on the cell; the scores read back the same and Check says
 * what it said.
 */
import { sheetsPort } from '../../src/gas/sheetsPort';
import { columnLetter } from '../../src/workbook/a1';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { createFakeApps, type FakeApps } from '../fakes';
import { editSetup, scoreEverything } from '../workflow/helpers';

const NEW_ENTRY = '901';
const URL = 'https://example.go.id/dokumen?id=7';

/** What the fake shows for the formulas the juror typed (the fake computes no formula itself). */
const evaluate = (f: string) =>
  f === '=1/0' ? '#DIV/0!' : f === '="Catatan "&B1' ? 'Catatan x' : f === '=40+40' ? 80 : null;

/** A port for one action, as the add-on makes one per menu click. */
function portOf(fake: FakeApps) {
  return sheetsPort(fake.spreadsheet, {
    remember: true,
    services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
  });
}

/** Everything the juror gave a cell, as the spreadsheet holds it. */
function cellState(fake: FakeApps, sheet: string, row: number, col: number) {
  const range = fake.spreadsheet.getSheetByName(sheet)!.getRange(row, col);
  const value = range.getValue();
  const rich = range.getRichTextValue();
  return {
    value: value instanceof Date ? `date:${value.toISOString()}` : value,
    formula: range.getFormula(),
    format: range.getNumberFormat(),
    note: range.getNote(),
    links: rich ? rich.getRuns().map((r) => [r.getText(), r.getLinkUrl()]) : null,
  };
}

function tabRows(fake: FakeApps, sheet: string) {
  const tab = readWorkbook(portOf(fake)).tabs.find((t) => t.sheet === sheet)!;
  const rows: Record<string, number> = {};
  const read: Record<string, unknown> = {};
  for (const r of [...tab.rows, ...tab.archive]) {
    rows[r.entryId] = r.row;
    read[r.entryId] = { scores: r.scores, formulas: r.formulas, notes: r.notes, other: r.otherFormulas };
  }
  return { rows, read, archived: tab.archive.map((r) => r.entryId), notesCol: tab.notesCol };
}

/** Check's problems about these entries' rows of the sheet, each with its entry and column instead of its cell. */
function checkedAt(fake: FakeApps, sheet: string, rows: Record<string, number>): string[] {
  const entryAt = new Map(Object.entries(rows).map(([id, row]) => [row, id]));
  return workflow
    .checkScores(portOf(fake))
    .problems.filter((p) => p.sheet === sheet && entryAt.has(Number(/\d+/.exec(p.cell)?.[0])))
    .map((p) => {
      const id = entryAt.get(Number(/\d+/.exec(p.cell)![0]));
      return `${id}:${/[A-Z]+/.exec(p.cell)![0]}:${p.severity}:${p.message.id.replace(/[A-Z]+\d+/g, '…')}`;
    })
    .sort();
}

/**
 * The example generated and scored (in a spreadsheet of that locale, when given): its first Presentasi tab and
 * that tab's entries in the order of their rows.
 */
function scoredExample(locale?: string) {
  const fake = createFakeApps({ evaluate });
  if (locale) fake.fakes.spreadsheet.setSpreadsheetLocale(locale);
  workflow.newCompetition(portOf(fake), { example: true, lang: 'id' });
  workflow.generateTabs(portOf(fake));
  scoreEverything(portOf(fake));
  const sheet = readWorkbook(portOf(fake)).tabs.find((t) => t.sheet.startsWith('Presentasi'))!.sheet;
  const before = tabRows(fake, sheet);
  const ids = Object.keys(before.rows).sort((a, b) => before.rows[a] - before.rows[b]);
  return { fake, sheet, before, ids, tab: fake.spreadsheet.getSheetByName(sheet)! };
}

/** The example scored, then an entry inserted in the middle of the Setup and another removed; not generated yet. */
function movedScene() {
  const scene = scoredExample('id_ID');
  const { fake } = scene;
  editSetup(portOf(fake), (c) => {
    c.entries.splice(2, 0, {
      id: NEW_ENTRY,
      title: 'Layanan baru di tengah',
      agency: 'Dinas Baru',
      categoryId: c.entries[0].categoryId,
      excludedReason: '',
    });
    c.entries.splice(5, 1);
  });
  return scene;
}

describe('a juror tab in Sheets whose rows move', () => {
  it('keeps each typed cell whole at its new row or in the archive: date, number format, formula, link, note', () => {
    const { fake, sheet, before } = movedScene();
    const ids = Object.keys(before.rows).sort((a, b) => before.rows[a] - before.rows[b]);
    expect(ids).toHaveLength(6);
    const [, , third, fourth, fifth, sixth] = ids;
    const notes = before.notesCol;

    // The juror types the cells the way Sheets keeps them.
    const tab = fake.spreadsheet.getSheetByName(sheet)!;
    const at = (id: string, col: number) => tab.getRange(before.rows[id], col);
    at(third, 4)
      .setValue(new Date(Date.UTC(2025, 11, 8, 17)))
      .setNumberFormat('dd/mm/yyyy');
    at(third, 5).setValue(77.5).setNumberFormat('0.0" poin"');
    at(third, notes).setFormula('=1/0');
    const linked = fake.SpreadsheetApp.newRichTextValue()
      .setText('Lihat dokumen ini')
      .setLinkUrl(6, 13, URL)
      .build();
    at(fourth, notes).setRichTextValue(linked);
    at(fifth, 4)
      .setValue(new Date(Date.UTC(2025, 11, 9, 17)))
      .setNumberFormat('dd/mm/yyyy');
    at(fifth, notes).setFormula('="Catatan "&B1');
    at(sixth, 4).setFormula('=40+40');
    at(fourth, 5).setNote('Dinilai ulang: video baru');
    const typed: [string, number][] = [
      [third, 4],
      [third, 5],
      [third, notes],
      [fourth, notes],
      [fifth, 4],
      [fifth, notes],
      [sixth, 4],
      [fourth, 5],
    ];
    const was = typed.map(([id, col]) => cellState(fake, sheet, before.rows[id], col));
    expect(was[3].links).toEqual([
      ['Lihat ', null],
      ['dokumen', URL],
      [' ini', null],
    ]);
    const read = tabRows(fake, sheet).read;
    const kept = (rows: Record<string, number>) =>
      Object.fromEntries(Object.entries(rows).filter(([id]) => id !== fifth));
    const checked = checkedAt(fake, sheet, kept(before.rows));
    expect(checked.length).toBeGreaterThanOrEqual(3);

    const generated = workflow.generateTabs(portOf(fake));
    expect(generated.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(generated.updated).toContain(sheet);
    // Nothing to warn of: every cell came whole.
    expect(generated.problems.map((p) => p.code)).not.toContain('tab-cells-rewritten');

    const after = tabRows(fake, sheet);
    // The rows did move: two down, one to the archive; the sixth stays where it was but is written again.
    expect(after.archived).toEqual([fifth]);
    expect([third, fourth].map((id) => after.rows[id] - before.rows[id])).toEqual([1, 1]);
    expect(after.rows[sixth]).toBe(before.rows[sixth]);
    const now = typed.map(([id, col]) => cellState(fake, sheet, after.rows[id], col));
    typed.forEach(([id, col], i) => expect({ id, col, cell: now[i] }).toEqual({ id, col, cell: was[i] }));
    // The engine reads the same for every entry, and Check says the same of them.
    for (const id of Object.keys(read)) expect({ id, read: after.read[id] }).toEqual({ id, read: read[id] });
    const checkedAfter = checkedAt(fake, sheet, kept(after.rows));
    expect(checkedAfter).toEqual(expect.arrayContaining(checked));
    expect(checkedAfter.filter((p) => !checked.includes(p)).every((p) => p.startsWith(`${NEW_ENTRY}:`))).toBe(
      true,
    );
    // Run again: nothing left to do.
    expect(workflow.generateTabs(portOf(fake)).updated).toEqual([]);
  });

  it('keeps the number format and the note a juror gave a cell when the tab is written around the juror cells', () => {
    const { fake, sheet, before, tab } = scoredExample('id_ID');
    const { rows } = before;
    const [first, second] = Object.keys(rows);
    tab
      .getRange(rows[first], 4)
      .setValue(new Date(Date.UTC(2025, 11, 8, 17)))
      .setNumberFormat('dd/mm/yyyy');
    tab.getRange(rows[second], 5).setValue(77.5).setNumberFormat('0.0" poin"').setNote('Dibulatkan?');
    const was = [cellState(fake, sheet, rows[first], 4), cellState(fake, sheet, rows[second], 5)];
    const checked = checkedAt(fake, sheet, rows);
    // A criterion renamed: the tab changes, its rows stay where they are.
    editSetup(portOf(fake), (c) => {
      const criterion = c.criteria.filter((k) => k.stageId === c.stages[0].id).at(-1)!;
      criterion.name = `${criterion.name} (baru)`;
    });
    expect(workflow.generateTabs(portOf(fake)).updated).toContain(sheet);
    expect(tabRows(fake, sheet).rows).toEqual(rows);
    expect([cellState(fake, sheet, rows[first], 4), cellState(fake, sheet, rows[second], 5)]).toEqual(was);
    expect(checkedAt(fake, sheet, rows)).toEqual(checked);
  });

  it('says which text cells a port that cannot carry cells wrote back from their text, at their new place', () => {
    const { fake, sheet, before, ids, tab } = scoredExample();
    tab.getRange(before.rows[ids[3]], before.notesCol).setValue('Lihat berkas');
    tab.getRange(before.rows[ids[4]], 4).setValue(new Date(Date.UTC(2025, 11, 8, 17)));
    editSetup(portOf(fake), (c) => {
      c.entries.splice(1, 0, { ...c.entries[0], id: NEW_ENTRY, title: 'Baru' });
    });
    // A port whose writes take values and formulas only (as the juror files' port does).
    const inner = portOf(fake);
    const plain = {
      ...inner,
      carries: undefined,
      writeBlock: (name: string, block: Parameters<typeof inner.writeBlock>[1]) =>
        inner.writeBlock(name, { ...block, from: undefined }),
    };
    const generated = workflow.generateTabs(plain);
    const after = tabRows(fake, sheet);
    const notesAt = `${columnLetter(before.notesCol)}${after.rows[ids[3]]}`;
    const dateAt = `D${after.rows[ids[4]]}`;
    const warned = generated.problems.filter((p) => p.code === 'tab-cells-rewritten' && p.sheet === sheet);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning', cell: notesAt });
    expect(warned[0].message.en).toContain(`: ${notesAt}, ${dateAt}.`);
    expect(warned[0].message.id).toContain(notesAt);
    // What it says happened: the date is text now.
    expect(cellState(fake, sheet, after.rows[ids[4]], 4).value).toBe('2025-12-09');
  });

  it('moves a score the juror types while the tab is being rewritten with its row', () => {
    const { fake, sheet, before, ids, tab } = scoredExample();
    const cell = () => tab.getRange(before.rows[ids[3]], 4);
    cell().clearContent();
    editSetup(portOf(fake), (c) => {
      c.entries.splice(1, 0, { ...c.entries[0], id: NEW_ENTRY, title: 'Baru' });
    });
    // The juror types after Generate read the tab, just before it takes the cells it moves.
    let typed = false;
    fake.before(
      (method) => method === 'Range.getNotes',
      () => {
        expect(cell().getValue()).toBe('');
        cell().setValue(88);
        typed = true;
      },
    );
    const generated = workflow.generateTabs(portOf(fake));
    expect(typed).toBe(true);
    expect(generated.updated[0]).toBe(sheet);
    const after = tabRows(fake, sheet);
    expect(after.rows[ids[3]]).toBe(before.rows[ids[3]] + 1);
    expect(tab.getRange(after.rows[ids[3]], 4).getValue()).toBe(88);
  });

  it("keeps a juror's formula pointing at the cells it pointed at when its rows move", () => {
    const { fake, sheet, before } = movedScene();
    const ids = Object.keys(before.rows).sort((a, b) => before.rows[a] - before.rows[b]);
    const [, , third, fourth, fifth] = ids;
    const [r3, r4, r5] = [third, fourth, fifth].map((id) => before.rows[id]);
    const tab = fake.spreadsheet.getSheetByName(sheet)!;
    // The notes cell (a plain-text cell: the juror makes it automatic first) with a formula over scores of
    // three rows, the Setup and the header.
    const notes = before.notesCol;
    tab
      .getRange(r4, notes)
      .setNumberFormat('General')
      .setFormula(`=D${r4}+$D$${r3}+D${r5}+Pengaturan!D${r4}+D5`);

    workflow.generateTabs(portOf(fake));
    const after = tabRows(fake, sheet);
    expect([after.rows[third], after.rows[fourth]]).toEqual([r3 + 1, r4 + 1]);
    expect(after.archived).toEqual([fifth]);
    expect(tab.getRange(after.rows[fourth], notes).getFormula()).toBe(
      `=D${r4 + 1}+$D$${r3 + 1}+D${after.rows[fifth]}+Pengaturan!D${r4}+D5`,
    );
  });
});
