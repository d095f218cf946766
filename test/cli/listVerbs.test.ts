/**
 * The command line's templates, import and reminders: `juri init --preset`,
 * `juri import FILE LIST.csv|LIST.xlsx`, `juri remind FILE --today`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/listFile';
import { parseMapping } from '../../src/cli/listVerbs';
import { typeScores } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { editFile, juri, removeTempDirs, tempDir } from './cliRun';

afterEach(removeTempDirs);
jest.setTimeout(60_000);

describe('juri init --preset', () => {
  it('writes the template of the level asked for, and refuses an unknown one', async () => {
    const path = join(tempDir(), 'provinsi.xlsx');
    const made = await juri(['init', path, '--preset', 'province', '--lang', 'en']);
    expect(made.code).toBe(0);
    await editFile(path, (port) => {
      const c = readWorkbook(port).setup!.competition;
      expect(c.stages.map((s) => s.id)).toEqual(['proposal', 'presentasi', 'verifikasi']);
      expect(c.stages[1].entry).toEqual({ kind: 'quota', n: 45 });
      expect(c.source).toContain('KIPP 2023');
    });
    const bad = await juri(['init', join(tempDir(), 'x.xlsx'), '--preset', 'kota', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown template "kota". Choose one of: regency, province, nation.');
  });
});

describe('juri import', () => {
  it('adds the entries of a CSV list once, and reports a bad row at its cell', async () => {
    const path = join(tempDir(), 'kompetisi.xlsx');
    expect((await juri(['init', path, '--example'])).code).toBe(0);
    // Excel in an Indonesian locale saves CSV with semicolons and a byte-order mark.
    const list = join(tempDir(), 'pendaftaran.csv');
    writeFileSync(
      list,
      '\uFEFFTimestamp;Judul Inovasi;Nama Instansi;Kategori\n' +
        '01/10/2026;Layanan "Jemput Bola";Disdukcapil;Kolaborasi\n' +
        '02/10/2026;Sekolah Aman;Dinas Pendidikan;transparansi\n' +
        '03/10/2026;Tanpa kategori;Dinas X;Lainnya\n',
    );
    const first = await juri(['import', path, list, '--lang', 'en']);
    expect(first.code).toBe(1);
    expect(first.err).toContain('\'pendaftaran.csv\'!D4: category "Lainnya" is not in the Categories table');
    expect(first.out).toContain('2 entries added');
    const again = await juri(['import', path, list, '--lang', 'en']);
    expect(again.out).toContain('No new entry: 2 are in the Entries table already');
    await editFile(path, (port) => {
      const entries = readWorkbook(port).setup!.competition.entries;
      expect(entries.slice(6).map((e) => [e.id, e.title, e.categoryId])).toEqual([
        ['007', 'Layanan "Jemput Bola"', 'kolaborasi'],
        ['008', 'Sekolah Aman', 'transparansi'],
      ]);
    });
  });

  it('reads columns chosen with --map, and refuses a map it cannot read', () => {
    expect(parseMapping('title=C, agency=b,category=4')).toEqual({ title: 3, agency: 2, category: 4 });
    expect(parseMapping('judul=C')).toBeNull();
    expect(parseCsv('a,b\r\n"x, y",007\r\n', 'l.csv').values).toEqual([
      ['a', 'b'],
      ['x, y', '007'],
    ]);
  });
});

describe('juri remind', () => {
  it('lists the late juror with the message and both links, and nobody before the deadline', async () => {
    const path = join(tempDir(), 'kompetisi.xlsx');
    expect((await juri(['init', path, '--example'])).code).toBe(0);
    await editFile(path, (port) =>
      editSetup(port, (c) => {
        c.stages[0].deadline = '2026-11-20';
      }),
    );
    expect((await juri(['generate', path])).code).toBe(0);
    await editFile(path, (port) => {
      scoreEverything(port);
      const tab = readWorkbook(port).tabs.find((t) => t.stageId === 'presentasi' && t.jurorId === 'j2')!;
      typeScores(port, tab.sheet, { [tab.rows[0].entryId]: { [tab.criterionIds[0]]: null } });
    });
    const reminded = await juri(['remind', path, '--today', '2026-11-29', '--lang', 'en']);
    expect(reminded.code).toBe(0);
    expect(reminded.out).toContain('Bambang Hermawan <bambang.hermawan@jatimprov.go.id>');
    expect(reminded.out).toContain('1 of 6 entries is not fully scored');
    expect(reminded.out).toContain('Email: mailto:bambang.hermawan@jatimprov.go.id?subject=');
    expect(reminded.out).toContain('WhatsApp: https://wa.me/?text=');
    expect(reminded.out).toContain('Jurors late as of 2026-11-29: 1.');
    // Check marks the late tab too (the tests' clock says 2026-11-28: 8 days past the deadline).
    const checked = await juri(['check', path, '--json']);
    const late = JSON.parse(checked.out).progress.filter((p: { daysLate: number }) => p.daysLate > 0);
    expect(
      late.map((p: { jurorId: string; stageId: string; daysLate: number }) => [
        p.jurorId,
        p.stageId,
        p.daysLate,
      ]),
    ).toEqual([['j2', 'presentasi', 8]]);
    expect((await juri(['check', path, '--lang', 'en'])).out).toMatch(
      /Bambang Hermawan – Presentasi: 5\/6 +in progress +LATE by 8 days/,
    );
    const early = await juri(['remind', path, '--today', '2026-11-19', '--json']);
    expect(JSON.parse(early.out).reminders).toEqual([]);
    expect((await juri(['remind', path, '--today', 'besok'])).code).toBe(2);
  });
});
