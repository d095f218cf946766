/**
 * Files a secretariat may hand to `juri`: not a workbook, missing, or a demo
 * workbook damaged by hand in Excel (built here with exceljs directly). Each
 * gets a message naming the place, exit code 1 or 2, and the file is left
 * byte for byte as it was when the command refuses.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileState, juri, removeTempDirs, tempDir, type Ran } from './cliRun';

afterAll(removeTempDirs);
// Commands open and save .xlsx files; the limit only stops a hang.
jest.setTimeout(60_000);

const FIRST_TAB = 'Presentasi – Dr. Ratna Wulanda…';

interface Report {
  problems: { sheet: string; cell: string; code: string; message: string }[];
  progress: { jurorId: string; stageId: string; sheet: string; scored: number; total: number }[];
}

let dir = '';
let demo = '';

beforeAll(async () => {
  dir = tempDir();
  demo = join(dir, 'demo.xlsx');
  expect((await juri(['demo', '--out', demo])).code).toBe(0);
});

/** The demo workbook, damaged by `harm` and saved under `name`. */
async function damaged(name: string, harm: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(demo);
  harm(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`the demo has no sheet ${name}`);
  return found;
}

/** Runs check (text and --json) and rank, which must all refuse and leave the file as it was. */
async function refused(path: string, code: 1 | 2): Promise<{ check: Ran; report: Report | null; rank: Ran }> {
  const before = existsSync(path) ? fileState(path) : null;
  const check = await juri(['check', path]);
  const json = await juri(['check', path, '--json']);
  const rank = await juri(['rank', path]);
  expect([check.code, json.code, rank.code, (await juri(['rank', path, '--json'])).code]).toEqual([
    code,
    code,
    code,
    code,
  ]);
  expect(existsSync(path) ? fileState(path) : null).toEqual(before);
  return { check, report: json.out ? (JSON.parse(json.out) as Report) : null, rank };
}

describe('files that are not a jury workbook', () => {
  it('a text file named .xlsx: exit 2, says the file is not an .xlsx workbook', async () => {
    const path = join(dir, 'catatan.xlsx');
    writeFileSync(path, 'ID,Nilai\n001,85\n');
    const { check, rank } = await refused(path, 2);
    expect(check.err).toContain(path);
    expect(check.err).toContain('bukan buku kerja .xlsx');
    expect(rank.err).toBe(check.err);
  });

  it('a missing file: exit 2, names the file, creates nothing', async () => {
    const path = join(dir, 'tidak-ada.xlsx');
    const { check } = await refused(path, 2);
    expect(check.err).toContain(`${path} tidak ditemukan`);
    expect(existsSync(path)).toBe(false);
    expect((await juri(['generate', path])).code).toBe(2);
    expect(existsSync(path)).toBe(false);
  });

  it('a workbook without the Setup sheet: exit 1, names the sheet and how to get it back', async () => {
    const path = await damaged('tanpa-pengaturan.xlsx', (w) => w.removeWorksheet(sheet(w, 'Pengaturan').id));
    const { check, report } = await refused(path, 1);
    expect(check.err).toContain('lembar "Pengaturan"');
    expect(check.err).toContain('juri init');
    expect(report!.problems.map((p) => p.code)).toEqual(['setup-missing']);
    expect((await juri(['generate', path])).code).toBe(1);
  });
});

describe('a demo workbook damaged by hand', () => {
  it('a juror tab renamed: still found by what it holds, so the ranking does not change', async () => {
    // The tab's rows 2 and 4 name its stage, juror and criteria: the name is only a label.
    const path = await damaged('diganti-nama.xlsx', (w) => (sheet(w, FIRST_TAB).name = 'Ratna'));
    const check = await juri(['check', path, '--json']);
    expect(check.code).toBe(0);
    const progress = (JSON.parse(check.out) as Report).progress.find(
      (p) => p.jurorId === 'j1' && p.stageId === 'presentasi',
    );
    expect(progress).toMatchObject({ sheet: 'Ratna', scored: 6, total: 6 });
    const original = JSON.parse((await juri(['rank', demo, '--json'])).out) as { categories: unknown };
    const renamed = JSON.parse((await juri(['rank', path, '--json'])).out) as { categories: unknown };
    expect(renamed.categories).toEqual(original.categories);
  });

  it('a juror tab deleted: names the juror and stage and says to generate the tabs again', async () => {
    const path = await damaged('tab-dihapus.xlsx', (w) => w.removeWorksheet(sheet(w, FIRST_TAB).id));
    const { check, report, rank } = await refused(path, 1);
    expect(report!.problems.map((p) => p.code)).toEqual(['category-dropped', 'sheet-missing']);
    const message = report!.problems[1].message;
    expect(message).toContain('Dr. Ratna Wulandari');
    expect(message).toContain('tahap Presentasi');
    // The command line names its own verb, never the add-on's menu item.
    expect(message).toContain(`Untuk membuatnya kembali, jalankan "juri generate ${path}"`);
    expect(message).not.toContain('Buat tab juri');
    expect(check.out).toContain(message);
    expect(rank.err).toContain(message);
    expect(report!.progress.find((p) => p.jurorId === 'j1' && p.stageId === 'presentasi')).toMatchObject({
      scored: 0,
      total: 6,
    });
    // Generating again brings the tab back, empty, and then only its scores and its pakta are missing.
    expect((await juri(['generate', path])).code).toBe(0);
    const after = JSON.parse((await juri(['check', path, '--json'])).out) as Report;
    expect(new Set(after.problems.map((p) => `${p.code} ${p.sheet}`))).toEqual(
      new Set(['category-dropped Pengaturan', `score-missing ${FIRST_TAB}`, `pakta-missing ${FIRST_TAB}`]),
    );
  });

  it('a score row deleted: names the juror, the entry and the stage', async () => {
    // Row 7 holds entry 002, the second of the tab.
    const path = await damaged('baris-dihapus.xlsx', (w) => sheet(w, FIRST_TAB).spliceRows(7, 1));
    const { check, report } = await refused(path, 1);
    // The example's inclusion category is not run, and check says so before the scores; the demo's tabs are
    // submitted: the row missing from the record is reported at its fingerprint too.
    expect(report!.problems.map((p) => `${p.code} ${p.cell}`)).toEqual([
      'category-dropped D15',
      'score-row-missing ',
      'tab-record-altered L2',
    ]);
    const [, problem] = report!.problems;
    expect(problem.sheet).toBe(FIRST_TAB);
    expect(problem.message).toContain('Dr. Ratna Wulandari');
    expect(problem.message).toContain('Ojek ASI');
    expect(problem.message).toContain('Presentasi');
    expect(check.out).toContain(problem.message);
  });

  it('a merged cell over score cells: each score hidden by the merge is named at its cell', async () => {
    const path = await damaged('sel-digabung.xlsx', (w) => sheet(w, FIRST_TAB).mergeCells('D6:E7'));
    const { check, report } = await refused(path, 1);
    // D6 keeps its value; E6, D7 and E7 are under the merge and read as empty: missing, and changed since submitted.
    expect(report!.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`)).toEqual([
      'category-dropped Pengaturan!D15',
      ...['E6', 'D7', 'E7'].map((cell) => `score-missing ${FIRST_TAB}!${cell}`),
      ...['E6', 'D7', 'E7'].map((cell) => `tab-tampered ${FIRST_TAB}!${cell}`),
    ]);
    expect(check.out).toContain(`'${FIRST_TAB}'!E6`);
  });

  it('a formula in a score cell: named at its cell, with the formula shown', async () => {
    const path = await damaged(
      'rumus.xlsx',
      (w) => (sheet(w, FIRST_TAB).getCell('D6').value = { formula: 'E6+1', result: 80 }),
    );
    const { check, report } = await refused(path, 1);
    expect(report!.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`)).toEqual([
      'category-dropped Pengaturan!D15',
      `score-not-number ${FIRST_TAB}!D6`,
      `tab-tampered ${FIRST_TAB}!D6`,
    ]);
    expect(report!.problems[1].message).toContain('=E6+1');
    expect(check.out).toContain(`'${FIRST_TAB}'!D6`);
  });
});
