/**
 * What the command line says about a competition in progress: the Setup's
 * formulas and warnings, long lists cut, plurals, a stage not started, an interim ranking.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Competition } from '../../src/core/model';
import { typeScores } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { editFile, juri, removeTempDirs, tempDir } from './cliRun';

afterEach(removeTempDirs);
jest.setTimeout(120_000);

async function example(change?: (c: Competition) => void, lang: 'id' | 'en' = 'id'): Promise<string> {
  const path = join(tempDir(), 'kompetisi.xlsx');
  expect((await juri(['init', path, '--example', '--lang', lang])).code).toBe(0);
  if (change) await editFile(path, (port) => editSetup(port, change));
  return path;
}

interface Report {
  ok: boolean;
  message: string;
  problems: { sheet: string; cell: string; code: string; severity: string; message: string }[];
  progress?: { stageId: string; jurorId: string; scored: number; total: number; started: boolean }[];
  categories?: { entries: { rank: number | null; id: string; score: number | null; decidedBy: string }[] }[];
}

async function json(argv: string[]): Promise<Report> {
  return JSON.parse((await juri([...argv, '--json'])).out) as Report;
}

describe('the Setup on the command line', () => {
  /** The Setup's cell that holds `text`. */
  async function cellOf(path: string, text: string): Promise<{ row: number; col: number; a1: string }> {
    return editFile(path, (port) => {
      const values = port.read('Pengaturan')!.values;
      for (let r = 0; r < values.length; r++) {
        const c = values[r].findIndex((v) => typeof v === 'string' && v.startsWith(text));
        if (c >= 0) return { row: r + 1, col: c + 1, a1: `${String.fromCharCode(65 + c)}${r + 1}` };
      }
      throw new Error(`no cell starts with ${text.slice(0, 20)}`);
    });
  }

  it('a formula in an ID cell: a cached #VALUE! never becomes an ID, a formula is named as such', async () => {
    const path = await example();
    const at = await cellOf(path, '004');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('Pengaturan')!.getCell(at.row, at.col).value = {
      formula: 'A1*2',
      result: { error: '#VALUE!' },
    };
    await workbook.xlsx.writeFile(path);
    const report = await json(['check', path]);
    const problem = report.problems.find((p) => p.cell === at.a1)!;
    expect(problem).toMatchObject({ code: 'setup-formula', severity: 'error', sheet: 'Pengaturan' });
    expect(problem.message).toContain('=A1*2');
    expect(problem.message).toContain('#VALUE!');
    expect(JSON.stringify(report)).not.toMatch(/ID[^"]*kosong/);
    expect(report.problems.map((p) => p.message).join('\n')).not.toContain('"#VALUE!"');

    // A formula whose result is an ID still works, with a warning that IDs should be typed.
    workbook.getWorksheet('Pengaturan')!.getCell(at.row, at.col).value = {
      formula: '"00"&"4"',
      result: '004',
    };
    await workbook.xlsx.writeFile(path);
    const warned = await json(['generate', path]);
    expect(warned.problems.find((p) => p.cell === at.a1)).toMatchObject({
      code: 'setup-id-formula',
      severity: 'warning',
    });
  });

  it('over-long text is a warning the command line shows', async () => {
    const path = await example((c) => {
      c.entries[0].title = 'x'.repeat(50_010);
    });
    const at = await cellOf(path, 'x'.repeat(50_000));
    for (const verb of ['generate', 'check']) {
      const ran = await juri([verb, path]);
      expect(`${ran.out}\n${ran.err}`).toContain(
        `Pengaturan!${at.a1}: "Judul inovasi" berisi 50010 karakter`,
      );
    }
  });

  it('7,000 Setup errors are summarised; --json keeps them all', async () => {
    const path = await example((c) => {
      c.entries = Array.from({ length: 7000 }, (_, i) => ({
        id: `E${i + 1}`,
        title: `Inovasi ${i + 1}`,
        agency: 'Dinas',
        categoryId: 'tidak-ada',
        excludedReason: '',
      }));
    });
    const ran = await juri(['check', path]);
    expect(ran.code).toBe(1);
    const lines = `${ran.out}\n${ran.err}`.split('\n');
    expect(lines.length).toBeLessThan(60);
    expect(lines.join('\n')).toMatch(
      /… dan 69\d\d masalah lain seperti di atas; dengan --json semuanya dicantumkan\./,
    );
    const report = await json(['check', path]);
    expect(report.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(7000);
  });
});

describe('a competition in progress', () => {
  it('says "1 warning", not "1 warnings"', async () => {
    const path = await example(undefined, 'en');
    expect((await juri(['generate', path])).code).toBe(0);
    await editFile(path, scoreEverything);
    const ran = await juri(['check', path]);
    // The inclusion category is not run: the one warning.
    expect(ran.out).toContain('0 errors and 1 warning found; 36 of 36 rows fully scored.');
    const t = await editFile(path, (port) => readWorkbook(port).tabs[0]);
    await editFile(path, (port) =>
      typeScores(port, t.sheet, { [t.rows[0].entryId]: { [t.criterionIds[0]]: null } }),
    );
    const one = await juri(['check', path]);
    expect(one.out).toContain('1 error and 1 warning found');
    const refused = await juri(['rank', path]);
    expect(refused.out).toContain('there is 1 problem with the scores');
  });

  it('a stage whose entrants are not known yet has not started; an interim ranking says what it means', async () => {
    const path = await example((c) => {
      c.stages[1].entry = { kind: 'topN', n: 1 };
    });
    const generated = await juri(['generate', path]);
    expect(generated.code).toBe(0);
    const check = await juri(['check', path]);
    expect(check.out).not.toMatch(/0\/0/);
    expect(check.out).toMatch(/Kunjungan lapangan: belum dimulai/);
    expect((await json(['check', path])).progress!.filter((p) => p.stageId === 'lapangan')).toEqual(
      expect.arrayContaining([expect.objectContaining({ total: 0, started: false })]),
    );
    // Stage 1 fully scored: the finalists get their field-visit tabs, nobody has scored them yet.
    await editFile(path, scoreEverything);
    expect((await juri(['generate', path])).code).toBe(0);
    const ranked = await juri(['rank', path, '--allow-incomplete']);
    expect(ranked.code).toBe(0);
    expect(ranked.out).toContain(
      'Peringkat sementara: tahap Presentasi selesai dinilai, tahap Kunjungan lapangan belum.',
    );
    const report = await json(['rank', path, '--allow-incomplete']);
    for (const category of report.categories!) {
      const interim = category.entries.map((e) => e.decidedBy.startsWith('sementara'));
      // Finalists first (ranked for now by their presentation), then the entries that stopped there.
      expect(interim).toEqual([...interim].sort((a, b) => Number(b) - Number(a)));
      for (const e of category.entries) expect(e.rank).not.toBeNull();
      expect(category.entries.some((e) => e.decidedBy === 'belum ada nilai')).toBe(false);
    }
    expect(report.categories!.some((k) => k.entries.some((e) => e.decidedBy.startsWith('sementara')))).toBe(
      true,
    );
    const status = await editFile(path, (port) => port.read('Peringkat')!.values.flat().join('\n'));
    expect(status).toContain('Peringkat sementara');
  });

  it('generate announces the optional category that is not run', async () => {
    const path = await example();
    const generated = await juri(['generate', path]);
    expect(generated.err).toContain('Kategori "Pelayanan publik inklusif" tidak dijalankan');
  });
});
