/**
 * One .xlsx per juror: `juri generate FILE --split DIR` and `juri collect
 * FILE DIR`. The jurors type into their own files (opened and saved as a
 * user's spreadsheet program would); the secretariat collects them and ranks.
 */
import { copyFileSync, existsSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { demoTyping } from '../../src/cli/demo';
import { lockPathOf } from '../../src/cli/xlsxLock';
import type { SpreadsheetPort } from '../../src/workbook/port';
import { recuse, tickSubmitted, typeScores, typeWhereEmpty } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreCells, scoreEverything } from '../workflow/helpers';
import { editFile, fileState, juri, removeTempDirs, tempDir } from './cliRun';
import { libreOfficeAvailable, resaveWithLibreOffice } from './libreoffice';

afterEach(removeTempDirs);
jest.setTimeout(120_000);

/** The regency example, its tabs generated. */
async function newMaster(dir: string, name = 'kompetisi.xlsx'): Promise<string> {
  const path = join(dir, name);
  expect((await juri(['init', path, '--example'])).code).toBe(0);
  return path;
}

/** exceljs leaves sheetProtection untyped. */
function protectionOf(sheet: ExcelJS.Worksheet): Record<string, unknown> | null {
  return (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection ?? null;
}

function jurorFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * The juror of a juror file signs the pakta integritas and types the demo's
 * scores into every empty row, as they would in Excel.
 */
async function jurorTypes(file: string, competitionOf: () => Promise<ReturnType<typeof competition>>) {
  const c = await competitionOf();
  await editFile(file, (port) =>
    typeWhereEmpty(
      port,
      (stageId, jurorId, entryIds) => demoTyping(c, stageId, jurorId, entryIds),
      '2026-11-29',
    ),
  );
}

function competition(port: SpreadsheetPort) {
  return readWorkbook(port).setup!.competition;
}

async function rankJson(path: string, lang = 'id'): Promise<unknown> {
  const ranked = await juri(['rank', path, '--json', '--lang', lang]);
  expect(ranked.code).toBe(0);
  return JSON.parse(ranked.out);
}

/** The scores a juror's tabs in the master hold (none once nothing of theirs was collected). */
async function scoresOf(master: string, jurorId: string): Promise<unknown[]> {
  const tabs = await editFile(master, (port) => readWorkbook(port).tabs.filter((t) => t.jurorId === jurorId));
  return tabs
    .flatMap((t) => t.rows.flatMap((r) => t.criterionIds.map((k) => r.scores[k])))
    .filter((v) => v !== null);
}

async function splitAndType(dir: string): Promise<{ master: string; folder: string }> {
  const master = await newMaster(dir);
  const folder = join(dir, 'juri');
  const split = await juri(['generate', master, '--split', folder]);
  // The example's dropped category is a warning of the Setup; nothing is an error.
  expect(split.err).not.toContain('✗');
  expect(split.code).toBe(0);
  const c = await editFile(master, competition);
  for (const file of jurorFiles(folder)) await jurorTypes(file, async () => c);
  return { master, folder };
}

describe('juri generate --split and juri collect', () => {
  it('gives the same ranking as the tabs flow on the regency demo', async () => {
    const dir = tempDir();
    // The tabs flow: jurors type in the master's own tabs.
    const tabs = await newMaster(dir, 'tabs.xlsx');
    expect((await juri(['generate', tabs])).code).toBe(0);
    await editFile(tabs, scoreEverything);
    const expected = await rankJson(tabs);

    const { master, folder } = await splitAndType(dir);
    const files = jurorFiles(folder).map((f) => f.slice(folder.length + 1));
    expect(files).toEqual(['j1 Dr. Ratna Wulandari.xlsx', 'j2 Bambang Hermawan.xlsx', 'j3 Sri Lestari.xlsx']);
    const collected = await juri(['collect', master, folder]);
    expect(collected.err).toBe('');
    expect(collected.code).toBe(0);
    expect(collected.out).toContain('3 berkas juri');
    expect((await juri(['check', master])).code).toBe(0);
    expect(await rankJson(master)).toEqual(expected);

    // Collecting again finds nothing new and changes nothing.
    const before = fileState(master);
    const again = await juri(['collect', master, folder, '--lang', 'en']);
    expect(again).toMatchObject({ code: 0, err: '' });
    expect(again.out).toContain('nothing new');
    expect(fileState(master)).toEqual(before);
  });

  it('puts only the juror\u2019s own tabs in each file, protected, with the score rules and open score cells', async () => {
    const dir = tempDir();
    const master = await newMaster(dir);
    const folder = join(dir, 'juri');
    expect((await juri(['generate', master, '--split', folder])).code).toBe(0);
    const masterTabs = await editFile(master, (port) => readWorkbook(port).tabs);
    for (const file of jurorFiles(folder)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const jurorId = file.slice(folder.length + 1).split(' ')[0];
      const names = wb.worksheets.map((w) => w.name);
      const own = masterTabs.filter((t) => t.jurorId === jurorId);
      expect(names).toEqual([...own.map((t) => t.sheet), 'Tentang berkas ini']);
      for (const tab of own) {
        const ws = wb.getWorksheet(tab.sheet)!;
        expect(protectionOf(ws)?.sheet).toBe(true);
        // The first score cell is open and bound to the criterion's scale; the entry's title is locked.
        expect(ws.getCell('D6').protection?.locked).toBe(false);
        expect(ws.getCell('B6').protection?.locked).not.toBe(false);
        expect(ws.getCell('D6').dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
      }
      // The juror's file shows nobody else's tab, and nobody else's name in a tab.
      const others = masterTabs.filter((t) => t.jurorId !== jurorId).map((t) => t.sheet);
      expect(names.filter((n) => others.includes(n))).toEqual([]);
      expect(protectionOf(wb.getWorksheet('Tentang berkas ini')!)?.sheet).toBe(true);
    }
  });

  it('never empties a typed cell and reports a conflicting one at its cell, in both languages', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const [first] = jurorFiles(folder);
    // The secretariat typed one score into the master while the juror typed another in the file,
    // and a score in the master where the juror's file is still empty.
    const fileTab = await editFile(first, (port) => readWorkbook(port).tabs[0]);
    const row = fileTab.rows[0];
    const [k1, k2] = fileTab.criterionIds;
    const theirs = row.scores[k1];
    await editFile(first, (port) => typeScores(port, fileTab.sheet, { [row.entryId]: { [k2]: null } }));
    await editFile(master, (port) =>
      typeScores(port, fileTab.sheet, { [row.entryId]: { [k1]: 55, [k2]: 66 } }),
    );
    const cellK1 = `D${row.row}`;

    const collected = await juri(['collect', master, folder, '--json']);
    expect(collected.code).toBe(1);
    const report = JSON.parse(collected.out);
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'juror-file-conflict',
        sheet: fileTab.sheet,
        cell: cellK1,
        juror: 'j1',
      }),
    ]);
    expect(report.problems[0].message).toContain(`'${fileTab.sheet}'!${cellK1}`);
    expect(report.problems[0].message).toContain(String(theirs));
    expect(report.problems[0].message).toContain('55');
    const en = await juri(['collect', master, folder, '--lang', 'en']);
    expect(en.err).toContain(`holds ${theirs}, while this workbook holds 55; neither was changed`);

    const cells = await editFile(master, (port) =>
      readWorkbook(port).tabs.find((t) => t.sheet === fileTab.sheet)!,
    );
    const masterRow = cells.rows.find((r) => r.entryId === row.entryId)!;
    expect(masterRow.scores[k1]).toBe(55);
    expect(masterRow.scores[k2]).toBe(66);
    // Everything else of the juror was collected.
    expect(cells.rows[1].scores[k1]).toBe(fileTab.rows[1].scores[k1]);
  });

  it("carries the juror's pakta, recusal and Submitted back into the master", async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const [first] = jurorFiles(folder);
    const fileTab = await editFile(first, (port) => readWorkbook(port).tabs[0]);
    const row = fileTab.rows[1];
    await editFile(first, (port) => {
      recuse(port, fileTab.sheet, row.entryId, 'Pernah membimbing inovasi ini');
      tickSubmitted(port, fileTab.sheet);
    });
    const collected = await juri(['collect', master, folder]);
    expect(collected.err).toBe('');
    expect(collected.code).toBe(0);
    const tab = await editFile(master, (port) =>
      readWorkbook(port).tabs.find((t) => t.sheet === fileTab.sheet)!,
    );
    expect(tab.controls.pakta).toBe(true);
    expect(tab.controls.paktaDate).toBeTruthy();
    expect(tab.controls.submit).toBe(true);
    const masterRow = tab.rows.find((r) => r.entryId === row.entryId)!;
    expect(masterRow.recused).toBe(true);
    expect(masterRow.recusalReason).toBe('Pernah membimbing inovasi ini');
  });

  it('refuses a juror file of another competition, naming the file', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const other = await newMaster(dir, 'lain.xlsx');
    await editFile(other, (port) => editSetup(port, (c) => (c.name = 'Kompetisi Inovasi Kota Lain 2026')));
    const otherFolder = join(dir, 'lain');
    expect((await juri(['generate', other, '--split', otherFolder])).code).toBe(0);
    const [stray] = jurorFiles(otherFolder);
    const strayName = 'tersesat.xlsx';
    copyFileSync(stray, join(folder, strayName));

    const ran = await juri(['collect', master, folder, '--json']);
    expect(ran.code).toBe(1);
    const { problems } = JSON.parse(ran.out);
    expect(problems).toEqual([expect.objectContaining({ code: 'juror-file-other-competition' })]);
    expect(problems[0].message).toContain(join(folder, strayName));
    expect(problems[0].message).toContain('Kompetisi Inovasi Kota Lain 2026');
    const en = await juri(['collect', master, folder, '--lang', 'en']);
    expect(en.err).toContain('is a juror file of another competition');
    // The other files were collected all the same.
    expect((await juri(['check', master])).code).toBe(0);
  });

  it('refuses a juror file made from another version of the Setup, and keeps the master as it was', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    await editFile(master, (port) => editSetup(port, (c) => (c.criteria[0].name = 'Penyampaian dan gaya')));
    expect((await juri(['generate', master])).code).toBe(0);
    const before = await editFile(master, scoreCells);

    const ran = await juri(['collect', master, folder]);
    expect(ran.code).toBe(1);
    for (const file of jurorFiles(folder)) {
      expect(ran.err).toContain(file);
    }
    expect(ran.err).toContain('dibuat dari versi Pengaturan yang lain');
    const en = await juri(['collect', master, folder, '--lang', 'en', '--json']);
    const { problems } = JSON.parse(en.out);
    expect(problems.map((p: { code: string; juror: string }) => [p.code, p.juror])).toEqual([
      ['juror-file-setup-changed', 'j1'],
      ['juror-file-setup-changed', 'j2'],
      ['juror-file-setup-changed', 'j3'],
    ]);
    expect(problems[0].message).toContain('was made from another version of the Setup');
    expect(await editFile(master, scoreCells)).toEqual(before);
  });

  it('refuses a juror file edited outside its score cells, at the cell', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const [first] = jurorFiles(folder);
    const sheet = await editFile(first, (port) => {
      const tab = readWorkbook(port).tabs[0];
      // The juror "improves" an entry's title.
      port.writeBlock(tab.sheet, { row: tab.rows[0].row, col: 2, values: [['Judul yang lebih bagus']] });
      return tab.sheet;
    });
    const ran = await juri(['collect', master, folder, '--json']);
    expect(ran.code).toBe(1);
    const { problems } = JSON.parse(ran.out);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'juror-file-cell-edited', sheet, cell: 'B6', juror: 'j1' }),
    ]);
    expect(problems[0].message).toContain(first);
    expect(problems[0].message).toContain(`'${sheet}'!B6`);
    const en = await juri(['collect', master, folder, '--lang', 'en']);
    expect(en.err).toContain(`cell '${sheet}'!B6 was changed outside the score and notes cells`);
    // Nothing of that juror reached the master.
    expect(await scoresOf(master, 'j1')).toEqual([]);
  });

  it('reports a missing juror file by juror and collects the others', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const missing = jurorFiles(folder)[1];
    rmSync(missing);
    const ran = await juri(['collect', master, folder]);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('Masalah – Bambang Hermawan:');
    expect(ran.err).toContain('Berkas juri Bambang Hermawan (j2) tidak ada di folder');
    const en = await juri(['collect', master, folder, '--lang', 'en', '--json']);
    const { problems } = JSON.parse(en.out);
    expect(problems).toEqual([expect.objectContaining({ code: 'juror-file-missing', juror: 'j2' })]);
    expect(problems[0].message).toContain('The juror file of Bambang Hermawan (j2) is not in the folder');
    const check = JSON.parse((await juri(['check', master, '--json'])).out);
    const done = check.progress.map((p: { jurorId: string; done: boolean }) => [p.jurorId, p.done]);
    expect(done).toContainEqual(['j1', true]);
    expect(done).toContainEqual(['j2', false]);
    expect(done).toContainEqual(['j3', true]);
  });

  it('does not replace a juror file holding scores the master lacks', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const [first] = jurorFiles(folder);
    const before = fileState(first);
    const ran = await juri(['generate', master, '--split', folder]);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain(`${first} sudah ada dan memuat nilai yang belum ada di buku kerja ini`);
    expect(fileState(first)).toEqual(before);
    // Once collected, the files are made again, with the scores the master now holds.
    expect((await juri(['collect', master, folder])).code).toBe(0);
    const again = await juri(['generate', master, '--split', folder, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.err).not.toContain('✗');
    expect(again.out).toContain('3 juror files written');
    const typed = await editFile(first, scoreCells);
    expect([...typed.values()].filter((v) => !/^\[(null,)*null\]$/.test(v)).length).toBeGreaterThan(0);
    expect(existsSync(first)).toBe(true);
  });

  it('collects a juror file saved again by LibreOffice Calc', async () => {
    if (!libreOfficeAvailable('a juror file saved by LibreOffice')) return;
    const dir = tempDir();
    const tabs = await newMaster(dir, 'tabs.xlsx');
    expect((await juri(['generate', tabs])).code).toBe(0);
    await editFile(tabs, scoreEverything);
    const expected = await rankJson(tabs);
    const { master, folder } = await splitAndType(dir);
    await resaveWithLibreOffice(jurorFiles(folder)[0]);
    const collected = await juri(['collect', master, folder]);
    expect(collected).toMatchObject({ code: 0, err: '' });
    expect(await rankJson(master)).toEqual(expected);
  });

  it('collects neither of two files of one juror, and says which', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const [first] = jurorFiles(folder);
    const copy = join(folder, 'j1 salinan.xlsx');
    copyFileSync(first, copy);
    const ran = await juri(['collect', master, folder, '--json', '--lang', 'en']);
    expect(ran.code).toBe(1);
    const { problems } = JSON.parse(ran.out);
    expect(problems).toEqual([expect.objectContaining({ code: 'juror-file-duplicate', juror: 'j1' })]);
    expect(problems[0].message).toContain(first);
    expect(problems[0].message).toContain(copy);
    expect(await scoresOf(master, 'j1')).toEqual([]);
  });

  it('collects under the workbook\u2019s lock, as generate and rank write', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    const before = fileState(master);
    const lock = lockPathOf(realpathSync(master));
    writeFileSync(lock, `${process.pid}\n${hostname()}\n`);
    process.env.JURI_LOCK_WAIT_MS = '300';
    try {
      const ran = await juri(['collect', master, folder, '--lang', 'en']);
      expect(ran.code).toBe(2);
      expect(ran.err).toContain(`(process ${process.pid})`);
    } finally {
      delete process.env.JURI_LOCK_WAIT_MS;
      rmSync(lock);
    }
    expect(fileState(master)).toEqual(before);
    expect((await juri(['collect', master, folder])).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('leaves the agency out of a blind stage\u2019s juror files, and collects them', async () => {
    const dir = tempDir();
    const master = await newMaster(dir);
    await editFile(master, (port) => editSetup(port, (c) => (c.stages[0].blind = true)));
    const folder = join(dir, 'juri');
    expect((await juri(['generate', master, '--split', folder])).code).toBe(0);
    const c = await editFile(master, competition);
    const agencies = c.entries.map((e) => e.agency);
    for (const file of jurorFiles(folder)) {
      const tabs = await editFile(file, (port) => readWorkbook(port).tabs);
      const blind = tabs.find((t) => t.stageId === c.stages[0].id)!;
      const seen = tabs.find((t) => t.stageId === c.stages[1].id)!;
      expect(blind.rows.map((r) => r.agency)).toEqual(blind.rows.map(() => null));
      expect(seen.rows.map((r) => r.agency)).toEqual(
        seen.rows.map((r) => c.entries.find((e) => e.id === r.entryId)!.agency),
      );
      expect(agencies.every((a) => a !== '')).toBe(true);
      await jurorTypes(file, async () => c);
    }
    expect((await juri(['collect', master, folder])).code).toBe(0);
    expect((await juri(['check', master])).code).toBe(0);
  });

  it('calls a stage made blind after the split a change of the Setup, not the juror\u2019s edit', async () => {
    const dir = tempDir();
    const { master, folder } = await splitAndType(dir);
    await editFile(master, (port) => editSetup(port, (c) => (c.stages[0].blind = true)));
    expect((await juri(['generate', master])).code).toBe(0);
    const { problems } = JSON.parse((await juri(['collect', master, folder, '--json'])).out);
    expect(problems.map((p: { code: string }) => p.code)).toEqual([
      'juror-file-setup-changed',
      'juror-file-setup-changed',
      'juror-file-setup-changed',
    ]);
  });

  it('splits a competition whose Setup chooses one spreadsheet per juror without the Sheets-only note', async () => {
    const dir = tempDir();
    const master = await newMaster(dir);
    await editFile(master, (port) => editSetup(port, (c) => (c.scoringPlace = 'files')));
    const plain = await juri(['generate', master, '--lang', 'en']);
    expect(plain.err).toContain('run generate with --split FOLDER');
    const split = await juri(['generate', master, '--split', join(dir, 'juri'), '--lang', 'en']);
    expect(split.code).toBe(0);
    expect(split.err).not.toContain('Google Sheets only');
    expect(jurorFiles(join(dir, 'juri'))).toHaveLength(3);
  });
});
