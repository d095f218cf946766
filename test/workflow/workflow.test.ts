/**
 * The whole workflow on the in-memory SpreadsheetApp, as a secretariat and its
 * jurors live it: new competition, generate, jurors type scores (some wrong),
 * check, fix, compute, add an entry and a juror, generate again, compute again.
 */
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { typeScores } from '../../src/workflow/typeScores';
import { editSetup, fakeWorkbook, scoreCells, scoreEverything } from './helpers';

const now = '2026-11-28 10:00';

describe('the jury workflow on Google Sheets', () => {
  it('runs from an empty spreadsheet to a ranking and survives changes to the Setup', () => {
    const { fake, port } = fakeWorkbook();

    // 1. New competition with the regency example.
    expect(workflow.newCompetition(port, { example: true, lang: 'id' }).ok).toBe(true);
    expect(port.sheetNames()).toContain('Pengaturan');
    // Creating it again never overwrites the secretariat's Setup.
    const again = workflow.newCompetition(port, { example: false, lang: 'id' });
    expect(again.ok).toBe(false);
    expect(again.message.id).toContain('Pengaturan');

    // 2. Generate: one tab per juror and stage.
    const generated = workflow.generateTabs(port);
    expect(generated.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const c = readWorkbook(port).setup!.competition;
    expect(generated.created).toHaveLength(c.jurors.length * c.stages.length);
    const [firstTab] = generated.created;
    const sheet = fake.inspect().sheets.find((s) => s.name === firstTab)!;
    expect(sheet.frozenRows).toBe(5);

    // 3. Jurors type scores, some of them wrong.
    scoreEverything(port);
    const wb = readWorkbook(port);
    const tab = wb.tabs[0];
    const [e1, e2, e3] = tab.rows;
    const [k1, k2] = tab.criterionIds;
    typeScores(port, tab.sheet, {
      [e1.entryId]: { [k1]: 850 },
      [e2.entryId]: { [k2]: 'delapan puluh' },
      [e3.entryId]: { [k1]: null },
    });

    // 4. Check finds each mistake at its cell, and writes nothing.
    const before = scoreCells(port);
    const check = workflow.checkScores(port);
    expect(scoreCells(port)).toEqual(before);
    const col = (cid: string) => String.fromCharCode(64 + tab.colOf[cid]);
    const at = (code: string) =>
      check.problems.filter((p) => p.code === code).map((p) => `${p.sheet}!${p.cell}`);
    expect(at('score-out-of-scale')).toEqual([`${tab.sheet}!${col(k1)}${e1.row}`]);
    expect(at('score-not-number')).toEqual([`${tab.sheet}!${col(k2)}${e2.row}`]);
    expect(at('score-missing')).toEqual([`${tab.sheet}!${col(k1)}${e3.row}`]);
    const progress = check.progress.find((p) => p.sheet === tab.sheet)!;
    expect(progress).toMatchObject({ scored: tab.rows.length - 3, total: tab.rows.length, done: false });
    expect(check.progress.filter((p) => p.done)).toHaveLength(check.progress.length - 1);

    // 5. Compute refuses incomplete scores unless asked to go on.
    const refused = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBe(true);
    expect(port.sheetNames()).not.toContain('Peringkat');
    const partial = workflow.computeRankingAction(port, { allowIncomplete: true, now });
    expect(partial.ok).toBe(true);
    const flagged = partial
      .result!.categories.flatMap((k) => k.entries)
      .filter((e) => e.incomplete)
      .map((e) => e.entryId);
    expect(flagged.sort()).toEqual([e1.entryId, e2.entryId, e3.entryId].sort());

    // 6. The juror fixes the mistakes; the ranking is complete.
    typeScores(port, tab.sheet, {
      [e1.entryId]: { [k1]: 85 },
      [e2.entryId]: { [k2]: 80 },
      [e3.entryId]: { [k1]: 75 },
    });
    expect(workflow.checkScores(port).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(ranked.ok).toBe(true);
    expect(ranked.result!.complete).toBe(true);
    expect(port.sheetNames()).toEqual(expect.arrayContaining(['Peringkat', 'Rekap']));
    const ranking = port.read('Peringkat')!;
    expect(ranking.values.flat()).toContain(now);
    expect(ranking.values.flat().join(' ')).toContain(ranked.fingerprint);

    // 7. The secretariat adds an entry and a juror; generating again keeps every score.
    const typed = scoreCells(port);
    editSetup(port, (m) => {
      m.entries.push({
        id: '007',
        title: 'Layanan baru',
        agency: 'Dinas Baru',
        categoryId: m.entries[0].categoryId,
        excludedReason: '',
      });
      m.jurors.push({
        id: 'j4',
        name: 'Juri Keempat',
        email: 'juri4@example.go.id',
        agency: 'Universitas',
        stages: [],
      });
    });
    const regenerated = workflow.generateTabs(port);
    expect(regenerated.created).toHaveLength(c.stages.length);
    expect(regenerated.updated.length).toBeGreaterThan(0);
    const after = scoreCells(port);
    for (const [key, cells] of typed) expect(after.get(key)).toBe(cells);
    expect([...after.keys()].filter((k) => k.endsWith('/007')).length).toBe(
      (c.jurors.length + 1) * c.stages.length,
    );

    // 8. Run twice on an unchanged setup: nothing is written.
    fake.calls.reset();
    const third = workflow.generateTabs(port);
    expect(third.created).toEqual([]);
    expect(third.updated).toEqual([]);
    expect(fake.calls.get('Range.setValues')).toBe(0);

    // 9. With the new rows scored, compute again.
    scoreEverything(port);
    const final = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(final.ok).toBe(true);
    expect(final.fingerprint).not.toBe(ranked.fingerprint);
    expect(final.result!.categories.flatMap((k) => k.entries).map((e) => e.entryId)).toContain('007');
  });

  it('moves the rows of a removed entry to the archive instead of deleting them', () => {
    const { port } = fakeWorkbook();
    workflow.newCompetition(port, { example: true, lang: 'id' });
    workflow.generateTabs(port);
    scoreEverything(port);
    const typed = scoreCells(port);
    const removed = readWorkbook(port).setup!.competition.entries[1].id;
    editSetup(port, (m) => {
      m.entries = m.entries.filter((e) => e.id !== removed);
    });
    workflow.generateTabs(port);
    const wb = readWorkbook(port);
    for (const tab of wb.tabs) {
      expect(tab.rows.map((r) => r.entryId)).not.toContain(removed);
      expect(tab.archive.map((r) => r.entryId)).toContain(removed);
    }
    expect(scoreCells(port)).toEqual(typed);
    // Adding it back restores the scores to the active rows.
    editSetup(port, (m) => {
      m.entries.splice(1, 0, {
        id: removed,
        title: 'Kembali',
        agency: 'X',
        categoryId: m.entries[0].categoryId,
        excludedReason: '',
      });
    });
    workflow.generateTabs(port);
    const back = readWorkbook(port);
    for (const tab of back.tabs) expect(tab.rows.map((r) => r.entryId)).toContain(removed);
    expect(scoreCells(port)).toEqual(typed);
  });

  it('keeps titles that look like formulas as text in every sheet', () => {
    const { fake, port } = fakeWorkbook();
    workflow.newCompetition(port, { example: true, lang: 'id' });
    const hostile = ['=HYPERLINK("http://x","y")', '+cmd', '-1+1', '@SUM(A1)', '007'];
    editSetup(port, (m) => {
      hostile.forEach((title, i) => (m.entries[i].title = title));
      m.jurors[0].name = '=1+1';
    });
    workflow.generateTabs(port);
    scoreEverything(port);
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now }).ok).toBe(true);
    const book = fake.inspect();
    let seen = 0;
    for (const sheet of book.sheets) {
      for (const cell of sheet.cells.values()) {
        if (typeof cell.value === 'string' && hostile.includes(cell.value)) seen++;
        if (cell.formula) expect(hostile.some((h) => cell.formula!.includes(h.slice(1)))).toBe(false);
      }
    }
    // Setup, every juror tab, the Ranking and the Recap show them as typed.
    expect(seen).toBeGreaterThan(hostile.length * 4);
  });
});
