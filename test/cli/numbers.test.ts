/**
 * The command line's numbers: two decimals are the correctly rounded exact
 * value in the table, the JSON, the Ranking and the Recap, equal to what a
 * spreadsheet's ROUND shows (LibreOffice computes it here); text numbers that
 * could mean two things are reported at their cell.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { roundDecimal } from '../../src/core/numbers';
import type { Competition } from '../../src/core/model';
import { signPakta, typeScores, type Typing } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { editFile, juri, removeTempDirs, tempDir } from './cliRun';
import { convertToCsv, libreOfficeAvailable, parseCsv } from './libreoffice';

afterEach(removeTempDirs);
jest.setTimeout(180_000);

async function example(change?: (c: Competition) => void): Promise<string> {
  const path = join(tempDir(), 'kompetisi.xlsx');
  expect((await juri(['init', path, '--example'])).code).toBe(0);
  if (change) await editFile(path, (port) => editSetup(port, change));
  return path;
}

interface Report {
  problems: { sheet: string; cell: string; code: string; severity: string; message: string }[];
  categories?: { entries: { score: number | null }[] }[];
}

async function json(argv: string[]): Promise<Report> {
  return JSON.parse((await juri([...argv, '--json'])).out) as Report;
}

describe('half a cent, correctly rounded', () => {
  it('a final score of exactly 64.085 shows 64,09 in the table, the Ranking and the Recap; --json keeps 64.085', async () => {
    const path = await example((c) => {
      for (const k of c.criteria) k.scale = { min: 0, max: 100, step: 0.005 };
    });
    expect((await juri(['generate', path])).code).toBe(0);
    await editFile(path, (port) => {
      for (const tab of readWorkbook(port).tabs) {
        const typing: Typing = {};
        for (const r of tab.rows)
          typing[r.entryId] = Object.fromEntries(tab.criterionIds.map((k) => [k, 64.085]));
        typeScores(port, tab.sheet, typing);
        signPakta(port, tab.sheet, '2026-11-29');
      }
    });
    const ranked = await juri(['rank', path]);
    expect(ranked.code).toBe(0);
    expect(ranked.out).toMatch(/64,09/);
    expect(ranked.out).not.toMatch(/64,08/);
    const report = await json(['rank', path]);
    const scores = report.categories!.flatMap((k) => k.entries.map((e) => e.score));
    expect(new Set(scores)).toEqual(new Set([64.085]));
    const sheets = await editFile(path, (port) => ({
      ranking: port.read('Peringkat')!.values.flat(),
      recap: port.read('Rekap')!.values.flat(),
    }));
    for (const values of [sheets.ranking, sheets.recap]) {
      const numbers = values.filter((v): v is number => typeof v === 'number' && v > 60);
      expect(numbers.length).toBeGreaterThan(6);
      expect(new Set(numbers)).toEqual(new Set([64.09]));
    }
  });

  it('equals a spreadsheet ROUND on values built to land on x.xx5', async () => {
    if (!libreOfficeAvailable('ROUND compared with LibreOffice')) return;
    // Half-cent values as Juri reaches them: typed, a mean of jurors, a weighted sum of criteria.
    const values: number[] = [];
    for (let k = 6000; k < 10_000; k += 37) {
      const exact = (2 * k + 1) / 200;
      values.push(exact, (exact + exact + exact) / 3, 0.3 * exact + 0.5 * exact + 0.2 * exact);
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Round');
    values.forEach((v, i) => {
      sheet.getCell(i + 1, 1).value = v;
      sheet.getCell(i + 1, 2).value = { formula: `ROUND(A${i + 1},2)` };
    });
    const path = join(tempDir(), 'round.xlsx');
    await workbook.xlsx.writeFile(path);
    const rows = parseCsv(await convertToCsv(path));
    const theirs = rows.filter((r) => r.length >= 2 && r[1] !== '').map((r) => Number(r[1]));
    expect(theirs).toHaveLength(values.length);
    expect(values.map((v) => roundDecimal(v, 2))).toEqual(theirs);
    // What was wrong before: plain binary rounding disagrees with ROUND on some of them.
    expect(values.filter((v, i) => Math.round(v * 100) / 100 !== theirs[i]).length).toBeGreaterThan(0);
  });
});

describe('text numbers that could mean two things', () => {
  it.each([
    ['1.000', 'score-ambiguous', 'bisa berarti 1 atau 1000'],
    ['85.000', 'score-ambiguous', 'bisa berarti 85 atau 85000'],
    ['8\u200b5', 'score-invisible', '"8⟨U+200B⟩5"'],
  ])('%j is reported at its cell, never read silently', async (typed, code, words) => {
    const path = await example((c) => {
      for (const k of c.criteria) k.scale = { min: 0, max: 100000, step: 1 };
    });
    expect((await juri(['generate', path])).code).toBe(0);
    const tab = await editFile(path, (port) => {
      scoreEverything(port);
      const t = readWorkbook(port).tabs[0];
      const k = t.criterionIds[0];
      typeScores(port, t.sheet, { [t.rows[1].entryId]: { [k]: typed } });
      return { sheet: t.sheet, cell: `${String.fromCharCode(64 + t.colOf[k])}${t.rows[1].row}` };
    });
    const report = await json(['check', path]);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.sheet, p.cell])).toEqual([[code, tab.sheet, tab.cell]]);
    expect(errors[0].message).toContain(words);
    const ranked = await juri(['rank', path]);
    expect(ranked.code).toBe(1);
    expect(`${ranked.out}\n${ranked.err}`).toContain(words);
  });
});
