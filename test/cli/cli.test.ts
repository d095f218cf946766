/**
 * The `juri` command as a secretariat uses it on an .xlsx file: init,
 * generate, check, rank, demo; exit codes, --json shapes, language, colour,
 * help. Scores are typed into the file between commands, as jurors would.
 */
import { join } from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import type { SpreadsheetPort } from '../../src/workbook/port';
import { signPakta, tickSubmitted, typeScores, type Typing } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreCells } from '../workflow/helpers';
import { editFile, fileState, juri, juriBuilt, removeTempDirs, tempDir } from './cliRun';

afterEach(removeTempDirs);
// Commands open and save .xlsx files; the limit only stops a hang.
jest.setTimeout(60_000);

/**
 * Scores chosen so that the ranking can be worked out by hand. Presentation
 * weights 30/50/10/10 (60 % of the final), field visit 50/30/20 (40 %).
 *   001: 80 everywhere in the presentation, 90 in the field -> 0.6*80 + 0.4*90 = 84
 *   002: jurors give 60, 70, 80 in the presentation (mean 70), 70 in the field -> 70
 *   003: 90/70/70/70 -> 27+35+7+7 = 76, 76 in the field -> 76
 *   005: 70/80/75/75 -> 21+40+7.5+7.5 = 76, 76 in the field -> 76, ties 003 and
 *        wins on the first tie-break, Substansi (80 against 70)
 *   006: 60 -> 60 (moved to Kolaborasi, Inklusi has too few entries)
 *   004: 50 -> 50, alone in Transparansi
 */
function handScore(stageId: string, jurorId: string, entryId: string, criterionId: string): number {
  if (stageId === 'lapangan')
    return { '001': 90, '002': 70, '003': 76, '004': 50, '005': 76, '006': 60 }[entryId]!;
  if (entryId === '001') return 80;
  if (entryId === '002') return { j1: 60, j2: 70, j3: 80 }[jurorId]!;
  if (entryId === '003') return criterionId === 'penyampaian' ? 90 : 70;
  if (entryId === '005') return { penyampaian: 70, substansi: 80 }[criterionId] ?? 75;
  return entryId === '006' ? 60 : 50;
}

function typeHandScores(port: SpreadsheetPort): void {
  for (const tab of readWorkbook(port).tabs) {
    const typing: Typing = {};
    for (const r of tab.rows) {
      typing[r.entryId] = Object.fromEntries(
        tab.criterionIds.map((k) => [k, handScore(tab.stageId, tab.jurorId, r.entryId, k)]),
      );
    }
    typeScores(port, tab.sheet, typing);
    signPakta(port, tab.sheet, '2018-10-15');
  }
}

async function newCompetitionFile(): Promise<string> {
  const path = join(tempDir(), 'kompetisi.xlsx');
  expect((await juri(['init', path, '--example'])).code).toBe(0);
  expect((await juri(['generate', path])).code).toBe(0);
  return path;
}

describe('juri check --json: the three progress states', () => {
  it('in progress, complete and submitted, the submission recorded in the file and compared on every check', async () => {
    const path = await newCompetitionFile();
    const sheets = await editFile(path, (port) => {
      typeHandScores(port);
      const tabs = readWorkbook(port).tabs;
      // The first tab submitted, the second left with one empty score, the rest complete.
      tickSubmitted(port, tabs[0].sheet);
      typeScores(port, tabs[1].sheet, { [tabs[1].rows[0].entryId]: { [tabs[1].criterionIds[0]]: null } });
      return tabs.map((t) => t.sheet);
    });
    type Report = {
      progress: { sheet: string; state: string }[];
      problems: { code: string; cell: string }[];
    };
    const first = JSON.parse((await juri(['check', path, '--json'])).out) as Report;
    expect(first.progress.map((p) => [p.sheet, p.state])).toEqual(
      sheets.map((s, i) => [s, i === 0 ? 'submitted' : i === 1 ? 'inProgress' : 'complete']),
    );
    // The submission is in the file now: a later change to it is reported at its cell.
    await editFile(path, (port) => {
      const tab = readWorkbook(port).tabs[0];
      typeScores(port, tab.sheet, { [tab.rows[1].entryId]: { [tab.criterionIds[1]]: 1 } });
    });
    const second = JSON.parse((await juri(['check', path, '--json'])).out) as Report;
    expect(second.progress[0].state).toBe('submitted');
    expect(second.problems.filter((p) => p.code === 'tab-tampered').map((p) => p.cell)).toEqual(['E7']);
  });
});

describe('juri init, generate, check and rank', () => {
  it('goes from a new file to a ranking worked out by hand', async () => {
    const path = join(tempDir(), 'kompetisi.xlsx');
    const init = await juri(['init', path, '--example']);
    expect(init).toMatchObject({ code: 0, err: '' });
    expect(init.out).toContain(`juri generate ${path}`);
    // init never replaces an existing workbook.
    const before = fileState(path);
    const again = await juri(['init', path]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(path);
    expect(fileState(path)).toEqual(before);

    const generated = await juri(['generate', path]);
    expect(generated.code).toBe(0);
    expect(generated.out).toContain('6 dibuat');
    const tabs = await editFile(path, (port) =>
      readWorkbook(port).tabs.map((t) => `${t.stageId}/${t.jurorId}`),
    );
    expect(tabs.sort()).toEqual([
      'lapangan/j1',
      'lapangan/j2',
      'lapangan/j3',
      'presentasi/j1',
      'presentasi/j2',
      'presentasi/j3',
    ]);

    // Nothing typed yet: every score cell is reported, at its cell.
    const empty = await juri(['check', path, '--json']);
    expect(empty.code).toBe(1);
    const report = JSON.parse(empty.out) as {
      problems: { sheet: string; cell: string; code: string }[];
      progress: { jurorId: string; scored: number; total: number; sheet: string }[];
    };
    // 3 jurors x 6 entries x (4 presentation + 3 field criteria), and the pakta of each of the 6 tabs.
    // The inclusion category has one entry: check says it is not run, as rank does.
    expect(report.problems).toHaveLength(127 + 6);
    expect(report.problems[0]).toMatchObject({ code: 'category-dropped', sheet: 'Pengaturan', cell: 'D15' });
    expect(new Set(report.problems.slice(1).map((p) => p.code))).toEqual(
      new Set(['score-missing', 'pakta-missing']),
    );
    const j1Presentation = report.progress.find((p) => p.jurorId === 'j1' && p.sheet.startsWith('Presenta'))!;
    expect(j1Presentation).toMatchObject({ scored: 0, total: 6 });
    const cells = report.problems
      .filter((p) => p.sheet === j1Presentation.sheet && p.code === 'score-missing')
      .map((p) => p.cell);
    // Rows 6 to 11 (six entries), columns D to G (four criteria).
    expect(cells).toHaveLength(24);
    expect(cells).toEqual(expect.arrayContaining(['D6', 'G6', 'D11', 'G11']));

    // Rank refuses, lists the problems and leaves the file as it was.
    const unscored = fileState(path);
    const refused = await juri(['rank', path]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`'${j1Presentation.sheet}'!D6`);
    expect(refused.out).toContain('--allow-incomplete');
    expect(fileState(path)).toEqual(unscored);

    await editFile(path, typeHandScores);
    const clean = await juri(['check', path]);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('36 dari 36');

    const ranked = await juri(['rank', path, '--json']);
    expect(ranked.code).toBe(0);
    const json = JSON.parse(ranked.out) as {
      fingerprint: string;
      categories: { name: string; entries: Record<string, unknown>[] }[];
    };
    const summary = json.categories.map((k) => [
      k.name,
      k.entries.map((e) => [e.rank, e.id, e.score, e.tie, e.advances]),
    ]);
    expect(summary).toEqual([
      [
        'Tata kelola pelayanan publik yang efektif, efisien dan berkinerja tinggi',
        [
          [1, '001', 84, false, true],
          [2, '002', 70, false, false],
        ],
      ],
      ['Transparansi, akuntabilitas dan integritas', [[1, '004', 50, false, true]]],
      [
        'Kolaborasi',
        [
          [1, '005', 76, false, true],
          [2, '003', 76, false, false],
          [3, '006', 60, false, false],
        ],
      ],
    ]);
    const kolaborasi = json.categories[2].entries;
    expect(kolaborasi[0]).toMatchObject({
      title: 'Bayar tagihan air dengan sampah terpilah',
      agency: 'PDAM Tirta Baluran',
    });
    expect(String(kolaborasi[0].decidedBy)).toContain('Substansi');
    expect(json.fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    const sheets = await editFile(path, (port) => port.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(['Peringkat', 'Rekap']));

    // The table for people shows the same places.
    const table = await juri(['rank', path]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/1 {2}005 {2}Bayar tagihan air/);
    expect(table.out).toContain(json.fingerprint);
  });

  it('generates in place: changes nothing on an unchanged Setup and never changes a typed score', async () => {
    const path = await newCompetitionFile();
    await editFile(path, typeHandScores);
    const typed = fileState(path);
    const same = await juri(['generate', path]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('tidak ada yang diubah');
    // Not even rewritten: same bytes, same inode, same modification time.
    expect(fileState(path)).toEqual(typed);

    const scores = await editFile(path, scoreCells);
    await editFile(path, (port) =>
      editSetup(port, (c) => {
        c.entries.push({
          id: '007',
          title: 'Layanan baru',
          agency: 'Dinas Baru',
          categoryId: 'kolaborasi',
          excludedReason: '',
        });
      }),
    );
    const updated = await juri(['generate', path]);
    expect(updated.code).toBe(0);
    expect(updated.out).toContain('6 diperbarui');
    const after = await editFile(path, scoreCells);
    for (const [key, cells] of scores) expect(after.get(key)).toBe(cells);
    expect([...after.keys()].filter((k) => k.endsWith('/007'))).toHaveLength(6);
    // The new entry has no score yet: check says so, rank refuses.
    expect((await juri(['check', path])).code).toBe(1);
    expect((await juri(['rank', path])).code).toBe(1);
    // Unless told to go on: the new entry is ranked nowhere, flagged incomplete.
    const partial = await juri(['rank', path, '--json', '--allow-incomplete']);
    expect(partial.code).toBe(0);
    const entries = (
      JSON.parse(partial.out) as { categories: { entries: { id: string; incomplete: boolean }[] }[] }
    ).categories.flatMap((k) => k.entries);
    expect(entries.filter((e) => e.incomplete).map((e) => e.id)).toEqual(['007']);
  });
});

describe('the demo', () => {
  it('is deterministic and prints a ranking table per category', async () => {
    const dir = tempDir();
    const first = await juri(['demo', '--out', join(dir, 'a.xlsx')]);
    const second = await juri(['demo', '--out', join(dir, 'b.xlsx')]);
    expect(first.code).toBe(0);
    expect(first.out.replaceAll('a.xlsx', 'b.xlsx')).toBe(second.out);
    for (const name of ['Tata kelola', 'Transparansi', 'Kolaborasi'])
      expect(first.out).toContain(`Kategori: ${name}`);
    expect(first.out).toMatch(/Prk\s+ID\s+Judul\s+Nilai/);
    // The optional inclusion category is offered and dropped for too few entries.
    expect(first.out).toContain('Kategori tidak dilombakan');
    expect(first.out).toMatch(
      /Pelayanan publik inklusif: terlalu sedikit inovasi \(1, kurang dari minimum\); inovasinya dipindahkan ke kategori Kolaborasi/,
    );
    // A juror's slip is caught at its cell before the ranking.
    expect(first.out).toMatch(/✗ 'Presentasi – .+'!D7: Nilai 750 .* di luar skala/);
    // The file it saves is complete: check passes on it.
    expect((await juri(['check', join(dir, 'a.xlsx')])).code).toBe(0);
  });

  it('runs from the built command, and rank --json on its file agrees with the demo', async () => {
    const dir = tempDir();
    const demo = await juriBuilt(['demo'], dir);
    expect(demo.code).toBe(0);
    // The default output is under out/ in the current folder.
    const path = join(dir, 'out', 'demo.xlsx');
    expect(existsSync(path)).toBe(true);
    const ranked = await juriBuilt(['rank', 'out/demo.xlsx', '--json'], dir);
    expect(ranked.code).toBe(0);
    const json = JSON.parse(ranked.out) as {
      fingerprint: string;
      categories: { entries: { rank: number; id: string }[] }[];
    };
    expect(demo.out).toContain(json.fingerprint);
    for (const e of json.categories.flatMap((k) => k.entries))
      expect(demo.out).toMatch(new RegExp(`\\b${e.rank}  ${e.id}  `));
    expect(demo.out).not.toContain('\u001b[');
  });
});

describe('the command line itself', () => {
  it('has --help for every verb, and exit code 2 for a wrong command', async () => {
    for (const verb of ['init', 'generate', 'check', 'rank', 'demo']) {
      const help = await juri([verb, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toContain(`juri ${verb}`);
    }
    expect((await juri(['--help'])).out).toContain('generate');
    expect((await juri(['frobnicate'])).code).toBe(2);
    expect((await juri(['check'])).code).toBe(2);
    expect((await juri(['check', 'x.xlsx', '--bogus'])).code).toBe(2);
  });

  it('says where it cannot save, with exit code 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berkas'), 'not a folder');
    const demo = await juri(['demo', '--out', join(dir, 'berkas', 'demo.xlsx')]);
    expect(demo.code).toBe(2);
    expect(demo.err).toContain(`${join(dir, 'berkas', 'demo.xlsx')} tidak dapat dibuat`);
    expect(demo.err).not.toContain('sebelumnya');
  });

  it('speaks the language of the workbook, or of --lang', async () => {
    const dir = tempDir();
    const en = join(dir, 'en.xlsx');
    expect((await juri(['init', en, '--example', '--lang', 'en'])).out).toContain('Sheet "Setup" created');
    expect((await juri(['generate', en])).out).toContain('6 created');
    expect((await juri(['check', en])).out).toContain('are still empty');
    const path = await newCompetitionFile();
    expect((await juri(['check', path])).out).toContain('masih kosong');
    expect((await juri(['check', path, '--lang', 'en'])).out).toContain('are still empty');
  });

  it('takes its language from the environment it is given, not from the machine running the tests', async () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    process.env.LANG = 'en_US.UTF-8';
    process.env.LC_ALL = 'en_US.UTF-8';
    try {
      const dir = tempDir();
      // The helper pins an Indonesian locale whatever this process has.
      expect((await juri(['init', join(dir, 'a.xlsx')])).out).toContain('Lembar "Pengaturan" dibuat');
      const english = await juri(['init', join(dir, 'b.xlsx')], { locale: { LC_ALL: 'en_GB.UTF-8' } });
      expect(english.out).toContain('Sheet "Setup" created');
      expect((await juri(['init', join(dir, 'c.xlsx')], { locale: { LANG: 'C.UTF-8' } })).out).toContain(
        'Lembar "Pengaturan" dibuat',
      );
    } finally {
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  });

  it('colours its output only when asked to (on a terminal)', async () => {
    const path = await newCompetitionFile();
    expect((await juri(['check', path])).out).not.toContain('\u001b[');
    expect((await juri(['check', path], { colour: true })).out).toContain('\u001b[31m✗\u001b[39m');
  });
});
