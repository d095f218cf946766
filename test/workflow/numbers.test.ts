/**
 * Numbers on Google Sheets (the in-memory SpreadsheetApp through the add-on's
 * port): half a cent rounded as ROUND does it in every sheet and the sidebar,
 * and text that could mean two numbers reported at its cell, never read.
 */
import * as workflow from '../../src/workflow/actions';
import { buildSummary } from '../../src/workflow/panel';
import { readWorkbook } from '../../src/workflow/workbook';
import { signPakta, typeScores, type Typing } from '../../src/workflow/typeScores';
import { editSetup, fakeWorkbook, scoreEverything } from './helpers';

const now = '2026-11-28 10:00';

function example(lang: 'id' | 'en' = 'id'): ReturnType<typeof fakeWorkbook> {
  const bench = fakeWorkbook(lang === 'en' ? 'en_US' : 'id_ID');
  expect(workflow.newCompetition(bench.port, { example: true, lang }).ok).toBe(true);
  return bench;
}

describe('half a cent on Google Sheets', () => {
  it('every juror typing 64.085 everywhere: 64.09 in the Ranking, the Recap and the sidebar', () => {
    const { port } = example();
    // A 0.005 step lets every criterion hold 64.085; every total, mean and final score is then
    // exactly 64.085 in decimal, held in binary a hair below it.
    editSetup(port, (c) => {
      for (const k of c.criteria) k.scale = { min: 0, max: 100, step: 0.005 };
    });
    expect(workflow.generateTabs(port).problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const tab of readWorkbook(port).tabs) {
      const typing: Typing = {};
      for (const r of tab.rows)
        typing[r.entryId] = Object.fromEntries(tab.criterionIds.map((k) => [k, 64.085]));
      typeScores(port, tab.sheet, typing);
      signPakta(port, tab.sheet, '2026-11-29');
    }
    const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(ranked.ok).toBe(true);
    const finals = ranked.result!.categories.flatMap((k) => k.entries.map((e) => e.finalScore!));
    // The engine keeps the exact value: some of them are below 64.085 in binary, which is what went wrong.
    expect(finals.some((v) => v < 64.085 || Math.round(v * 100) / 100 === 64.08)).toBe(true);
    for (const name of ['Peringkat', 'Rekap']) {
      const numbers = port
        .read(name)!
        .values.flat()
        .filter((v): v is number => typeof v === 'number' && v > 60);
      expect(numbers.length).toBeGreaterThan(6);
      expect(new Set(numbers)).toEqual(new Set([64.09]));
    }
    const leaders = buildSummary(port, 'id', null).ranking.categories.flatMap((k) => k.leaders);
    expect(leaders.length).toBeGreaterThan(0);
    expect(new Set(leaders.map((e) => e.score))).toEqual(new Set(['64,09']));
  });
});

describe('text numbers on Google Sheets', () => {
  it.each([
    ['1.000', 'score-ambiguous', 'bisa berarti 1 atau 1000'],
    ['85,000', 'score-ambiguous', 'bisa berarti 85 atau 85000'],
    ['1.000.000', 'score-grouped', 'pemisah ribuan'],
    ['85 %', 'score-percent-text', 'Ketik 85 saja'],
    ['8\u200b5', 'score-invisible', '"8⟨U+200B⟩5"'],
  ])('%j is reported at its cell and the ranking waits', (typed, code, words) => {
    const { port } = example();
    editSetup(port, (c) => {
      for (const k of c.criteria) k.scale = { min: 0, max: 100000, step: 1 };
    });
    workflow.generateTabs(port);
    scoreEverything(port);
    const tab = readWorkbook(port).tabs[0];
    const row = tab.rows[1];
    const k = tab.criterionIds[0];
    typeScores(port, tab.sheet, { [row.entryId]: { [k]: typed } });
    const errors = workflow.checkScores(port).problems.filter((p) => p.severity === 'error');
    const cell = `${String.fromCharCode(64 + tab.colOf[k])}${row.row}`;
    expect(errors.map((p) => [p.code, p.sheet, p.cell])).toEqual([[code, tab.sheet, cell]]);
    expect(errors[0].message.id).toContain(words);
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now }).ok).toBe(false);
  });

  it('85 % kept by the spreadsheet as 0.85 is called a percentage, not an off-step score', () => {
    const { port } = example('en');
    workflow.generateTabs(port);
    scoreEverything(port);
    const tab = readWorkbook(port).tabs[0];
    typeScores(port, tab.sheet, { [tab.rows[0].entryId]: { [tab.criterionIds[0]]: 0.85 } });
    const [percent] = workflow.checkScores(port).problems.filter((p) => p.severity === 'error');
    expect(percent.code).toBe('score-percent');
    expect(percent.message.en).toContain('looks typed as a percentage (85 %)');
    expect(percent.message.en).not.toContain('multiple');
  });

  it('a Setup number typed "1.000" is reported at its cell with both readings', () => {
    const { port } = example();
    const setup = readWorkbook(port).setupName!;
    const values = port.read(setup)!.values;
    // The passing grade's row: its label in column A, its value in column B.
    const r = values.findIndex((row) => /^nilai batas lulus/i.test(String(row[0])));
    expect(r).toBeGreaterThanOrEqual(0);
    port.writeBlock(setup, { row: r + 1, col: 2, values: [['1.000']] });
    const problems = readWorkbook(port).setup!.problems.filter((p) => p.code === 'setup-ambiguous-number');
    expect(problems.map((p) => [p.sheet, p.cell])).toEqual([[setup, `B${r + 1}`]]);
    expect(problems[0].message.id).toContain('bisa berarti 1 atau 1000');
    expect(problems[0].message.en).toContain('could mean 1 or 1000');
  });
});
