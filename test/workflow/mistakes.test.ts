/**
 * The mistakes docs/domain.md lists, made on the in-memory SpreadsheetApp: each one
 * gets its message at the right sheet and cell, and nothing typed is lost.
 */
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { typeScores } from '../../src/workflow/typeScores';
import { columnLetter } from '../../src/workbook/a1';
import { editSetup, fakeWorkbook, scoreCells, scoreEverything } from './helpers';

function scoredCompetition() {
  const bench = fakeWorkbook();
  workflow.newCompetition(bench.port, { example: true, lang: 'id' });
  workflow.generateTabs(bench.port);
  scoreEverything(bench.port);
  const wb = readWorkbook(bench.port);
  return { ...bench, tab: wb.tabs[0], c: wb.setup!.competition };
}

const problemsOf = (port: Parameters<typeof workflow.checkScores>[0], code: string) =>
  workflow.checkScores(port).problems.filter((p) => p.code === code);

describe('mistakes of jurors and secretariats, each at its cell', () => {
  it('checking the scores before any juror tab exists: nothing to check yet, not "no errors"', () => {
    const { port } = fakeWorkbook();
    workflow.newCompetition(port, { example: true, lang: 'id' });
    const check = workflow.checkScores(port);
    expect(check.problems).toEqual([]);
    expect(check.message.id).toContain('Belum ada tab juri');
    expect(check.message.en).toContain('no juror tabs yet');
  });

  it('a formula typed into a score cell', () => {
    const { port, tab } = scoredCompetition();
    const cid = tab.criterionIds[0];
    port.writeBlock(tab.sheet, {
      row: tab.rows[1].row,
      col: tab.colOf[cid],
      values: [[null]],
      formulas: [['=80+5']],
    });
    const [p] = problemsOf(port, 'score-not-number');
    expect(`${p.sheet}!${p.cell}`).toBe(`${tab.sheet}!${columnLetter(tab.colOf[cid])}${tab.rows[1].row}`);
    expect(p.message.id).toContain('=80+5');
  });

  it('a row copied twice by a juror', () => {
    const { port, tab } = scoredCompetition();
    const last = tab.rows[tab.rows.length - 1];
    const snapshot = port.read(tab.sheet)!;
    port.writeBlock(tab.sheet, {
      row: last.row + 1,
      col: 1,
      values: [snapshot.values[tab.rows[0].row - 1].slice(0, 8)],
    });
    const [p] = problemsOf(port, 'score-duplicate-row');
    expect(p.sheet).toBe(tab.sheet);
    // The copy is what the juror should look at.
    expect(p.cell).toMatch(new RegExp(`^[A-Z]+${last.row + 1}$`));
  });

  it('a juror tab renamed: still found by its ids, nothing created twice', () => {
    const { port, tab } = scoredCompetition();
    port.renameSheet(tab.sheet, 'Tab saya');
    expect(workflow.checkScores(port).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(workflow.generateTabs(port).created).toEqual([]);
  });

  it('a juror tab deleted: reported for its juror, and generated again empty', () => {
    const { port, tab, c } = scoredCompetition();
    port.deleteSheet(tab.sheet);
    const missing = problemsOf(port, 'sheet-missing');
    expect(missing).toHaveLength(1);
    const juror = c.jurors.find((j) => j.id === tab.jurorId)!;
    expect(missing[0].message.id).toContain(juror.name);
    expect(workflow.generateTabs(port).created).toEqual([tab.sheet]);
  });

  it('criteria changed in the middle of judging', () => {
    const { port, tab, c } = scoredCompetition();
    const typed = scoreCells(port);
    // A criterion added: the tabs lack its column until generated again, and no score moves.
    editSetup(port, (m) => {
      const stage = m.criteria.filter((k) => k.stageId === tab.stageId);
      stage[0].weight -= 10;
      m.criteria.push({
        id: 'baru',
        stageId: tab.stageId,
        name: 'Kriteria baru',
        weight: 10,
        scale: stage[0].scale,
      });
    });
    expect(problemsOf(port, 'tab-criterion-missing').map((p) => p.sheet)).toContain(tab.sheet);
    workflow.generateTabs(port);
    const after = scoreCells(port);
    for (const [key, cells] of typed)
      expect(JSON.parse(after.get(key)!)).toEqual(expect.arrayContaining(JSON.parse(cells)));
    // A criterion that holds scores removed: the tab is left as it is, and the header cell says why.
    editSetup(port, (m) => {
      const gone = m.criteria.find((k) => k.stageId === tab.stageId)!;
      m.criteria = m.criteria.filter((k) => k.id !== gone.id);
      m.criteria.find((k) => k.id === 'baru')!.weight += gone.weight;
    });
    const before = port.read(tab.sheet)!.values;
    const out = workflow.generateTabs(port);
    // The Setup is sound: its only word is the example's inclusion category, which is not run.
    expect(out.problems.filter((p) => p.sheet === 'Pengaturan').map((p) => p.code)).toEqual([
      'category-dropped',
    ]);
    const blocked = out.problems.filter((p) => p.code === 'tab-criterion-removed' && p.sheet === tab.sheet);
    expect(blocked.map((p) => p.cell)).toEqual([
      `${columnLetter(tab.colOf[c.criteria.find((k) => k.stageId === tab.stageId)!.id])}5`,
    ]);
    expect(port.read(tab.sheet)!.values).toEqual(before);
  });

  it('two jurors far apart on one entry', () => {
    const { port, tab, c } = scoredCompetition();
    const entry = tab.rows[0].entryId;
    typeScores(port, tab.sheet, { [entry]: Object.fromEntries(tab.criterionIds.map((cid) => [cid, 10])) });
    const [p] = problemsOf(port, 'juror-disagreement');
    expect(p.severity).toBe('warning');
    expect(p.message.id).toContain(c.entries.find((e) => e.id === entry)!.title);
    expect(p.cell).toMatch(/^A\d+$/);
    // The juror who typed the outlier (10s against the others' 70s and 80s) is where it points.
    expect(p.sheet).toBe(tab.sheet);
  });

  it('two jurors equally far from the third on one entry: both named', () => {
    const { port, tab, c } = scoredCompetition();
    const wb = readWorkbook(port);
    const entry = tab.rows[0].entryId;
    const tabs = wb.tabs.filter((t) => t.stageId === tab.stageId);
    expect(tabs).toHaveLength(3);
    // Totals 40, 60 and 80 (every criterion the same score): 40 and 80 are both 20 from the middle.
    tabs.forEach((t, i) =>
      typeScores(port, t.sheet, {
        [entry]: Object.fromEntries(t.criterionIds.map((cid) => [cid, 40 + 20 * i])),
      }),
    );
    const found = problemsOf(port, 'juror-disagreement-several').filter((p) =>
      p.message.en.includes(c.entries.find((e) => e.id === entry)!.title),
    );
    expect(found).toHaveLength(1);
    const name = (t: (typeof tabs)[number]) => c.jurors.find((j) => j.id === t.jurorId)!.name;
    expect(found[0].message.id).toContain(`${name(tabs[2])} dan ${name(tabs[0])} sama jauhnya`);
    expect(found[0].message.en).toContain(`${name(tabs[2])} and ${name(tabs[0])} are equally far`);
    expect(found[0].sheet).toBe(tabs[2].sheet);
  });

  it('criterion weights of a stage that do not sum to 100 %', () => {
    const { port } = scoredCompetition();
    editSetup(port, (m) => {
      m.criteria[0].weight -= 5;
    });
    const out = workflow.generateTabs(port);
    expect(out.ok).toBe(false);
    const weights = out.problems.find((p) => p.code === 'weights-sum')!;
    expect(weights.sheet).toBe('Pengaturan');
    expect(weights.message.id).toMatch(/^Pengaturan![A-Z]+\d+: .*95 %.*100 %/);
  });

  it('a "Peringkat" sheet kept by hand before Juri: never overwritten', () => {
    const { port } = scoredCompetition();
    port.insertSheet('Peringkat');
    port.writeBlock('Peringkat', {
      row: 1,
      col: 1,
      values: [['Peringkat manual 2017'], ['1', 'Intelligence Room']],
    });
    const out = workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:00' });
    expect(out.ok).toBe(false);
    expect(out.message.id).toContain('Lembar "Peringkat" sudah ada tetapi tidak dibuat oleh Juri');
    expect(port.read('Peringkat')!.values[0]).toEqual(['Peringkat manual 2017', null]);
    port.renameSheet('Peringkat', 'Peringkat lama');
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:00' }).ok).toBe(
      true,
    );
    // Juri's own Ranking and Recap are replaced on the next run.
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:05' }).ok).toBe(
      true,
    );
    expect(port.read('Peringkat lama')!.values[0][0]).toBe('Peringkat manual 2017');
  });

  it('a small "Peringkat" kept by hand (a grid of 3 rows): never overwritten either', () => {
    const { port, fake } = scoredCompetition();
    const sheet = fake.spreadsheet.insertSheet('Peringkat');
    sheet.deleteRows(4, sheet.getMaxRows() - 3);
    sheet.getRange(1, 1, 2, 2).setValues([
      ['Peringkat manual 2017', ''],
      ['Juara', 'Intelligence Room'],
    ]);
    const out = workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:00' });
    expect(out.ok).toBe(false);
    expect(out.message.en).toContain('"Peringkat" already exists but was not made by Juri');
    expect(port.read('Peringkat')!.values).toEqual([
      ['Peringkat manual 2017', null],
      ['Juara', 'Intelligence Room'],
    ]);
  });

  it('a Ranking of its own is recognised from its first rows, read in one call, and replaced', () => {
    const { port, fake } = scoredCompetition();
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:00' }).ok).toBe(
      true,
    );
    fake.calls.reset();
    const again = workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:05' });
    expect(again.ok).toBe(true);
    expect(fake.calls.get('Sheet.getSheetValues')).toBe(1);
    expect(port.read('Peringkat')!.values[1].slice(0, 2)).toEqual([expect.any(String), '2026-11-28 10:05']);
    expect(port.sheetNames().filter((n) => n.startsWith('Peringkat'))).toEqual(['Peringkat']);
  });
});
