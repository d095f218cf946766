/**
 * Import entries from a registration list in another sheet: columns found by
 * their headers, the same list imported twice adds it once, bad rows are
 * reported at their cell in the source and skipped, and the source and the
 * rest of the Setup are left as they were.
 */
import type { CellValue } from '../../src/workbook/port';
import * as workflow from '../../src/workflow/actions';
import { findColumns, importEntries, planImport } from '../../src/workflow/importEntries';
import { readWorkbook } from '../../src/workflow/workbook';
import { fakeWorkbook } from './helpers';

const SOURCE = 'Form Responses 1';
const CATEGORIES = ['Kolaborasi', 'tata-kelola', 'Transparansi, akuntabilitas dan integritas'];

/** A Google Form's responses: a timestamp first, questions as headers, one row per registration. */
function responses(n: number): CellValue[][] {
  const rows: CellValue[][] = [
    ['Timestamp', 'Judul Inovasi', 'Nama Instansi/OPD', 'Kategori', 'Kelompok Inovasi'],
  ];
  for (let i = 1; i <= n; i++)
    rows.push([
      `2026-10-0${(i % 9) + 1} 08:00:00`,
      `Inovasi ${i}`,
      `Dinas ${i % 40}`,
      CATEGORIES[i % 3],
      i % 2 ? 'umum' : 'replikasi',
    ]);
  return rows;
}

function workbookWithResponses(rows: CellValue[][]) {
  const bench = fakeWorkbook();
  workflow.newCompetition(bench.port, { example: true, lang: 'id' });
  bench.fake.spreadsheet.insertSheet(SOURCE);
  bench.port.writeBlock(SOURCE, { row: 1, col: 1, values: rows });
  return bench;
}

describe('import entries', () => {
  it('adds 300 registrations once, however often it runs, with the next free IDs', () => {
    const { port } = workbookWithResponses(responses(300));
    const sourceBefore = JSON.stringify(port.read(SOURCE));
    const first = importEntries(port, SOURCE);
    expect(first.problems).toEqual([]);
    expect(first.added).toBe(300);
    const again = importEntries(port, SOURCE);
    expect(again).toMatchObject({ ok: true, added: 0, skipped: 300 });
    expect(JSON.stringify(port.read(SOURCE))).toBe(sourceBefore);

    const setup = readWorkbook(port).setup!;
    expect(setup.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const entries = setup.competition.entries;
    expect(entries).toHaveLength(306);
    expect(entries.slice(0, 6).map((e) => e.id)).toEqual(['001', '002', '003', '004', '005', '006']);
    expect(entries[6]).toEqual({
      id: '007',
      title: 'Inovasi 1',
      agency: 'Dinas 1',
      categoryId: 'tata-kelola',
      excludedReason: '',
      group: 'umum',
    });
    expect(entries[305].id).toBe('306');
    // Category names and IDs are both understood.
    expect(entries.filter((e) => e.categoryId === 'kolaborasi').length).toBe(100 + 2);
  });

  it('reports bad rows at their cell in the source and imports the rest', () => {
    const rows = responses(5);
    rows[2][1] = ''; // no title, row 3
    rows[3][3] = 'Inklusif'; // unknown category, row 4
    rows.push([...rows[5]]); // row 7 repeats row 6
    const { port } = workbookWithResponses(rows);
    const outcome = importEntries(port, SOURCE);
    expect(outcome.added).toBe(3);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      `${SOURCE}!B3`,
      `${SOURCE}!D4`,
      `${SOURCE}!B7`,
    ]);
    expect(outcome.problems[1].message.id).toContain('kategori "Inklusif" tidak ada di tabel Kategori');
    expect(outcome.problems[2].message.en).toContain('same as row 6');
    // Fixed at the source, the same import adds only what was skipped.
    port.writeBlock(SOURCE, { row: 3, col: 2, values: [['Inovasi baru']] });
    port.writeBlock(SOURCE, { row: 4, col: 4, values: [['kolaborasi']] });
    // Row 7 repeats an entry now in the Setup: skipped like the three imported before.
    expect(importEntries(port, SOURCE)).toMatchObject({ added: 2, skipped: 4 });
  });

  it('refuses a list without a title column, saying which header to add', () => {
    const { port } = workbookWithResponses([
      ['Nama', 'Kategori'],
      ['x', 'Kolaborasi'],
    ]);
    const outcome = importEntries(port, SOURCE);
    expect(outcome).toMatchObject({ ok: false, added: 0 });
    expect(outcome.message.en).toContain('no column "Title"');
    expect(readWorkbook(port).setup!.competition.entries).toHaveLength(6);
  });

  it('takes the columns the user chose over the headers', () => {
    expect(findColumns(['Judul', 'Instansi', 'Kategori'], { title: 3 })).toEqual({ title: 3, agency: 2 });
    const c = readWorkbook(workbookWithResponses(responses(1)).port).setup!.competition;
    const plan = planImport(
      c,
      {
        name: 'x',
        values: [
          ['A', 'B', 'C'],
          ['Layanan', 'Dinas', 'Kolaborasi'],
        ],
        formulas: [],
      },
      { title: 1, agency: 2, category: 3 },
    );
    expect(plan.entries.map((e) => [e.title, e.agency, e.categoryId])).toEqual([
      ['Layanan', 'Dinas', 'kolaborasi'],
    ]);
  });

  it('imports 3,000 rows in one action, with as many service calls as 30 rows take', () => {
    const calls = (n: number) => {
      const { port, fake } = workbookWithResponses(responses(n));
      fake.calls.reset();
      expect(importEntries(port, SOURCE).added).toBe(n);
      return fake.calls.total();
    };
    const many = calls(3000);
    // At most one call more: the Setup's grid grows to take 3,000 rows.
    expect(many).toBeLessThanOrEqual(calls(30) + 1);
    // Reading the workbook's sheets, then one write into the Setup.
    expect(many).toBeLessThanOrEqual(25);
  });
});
