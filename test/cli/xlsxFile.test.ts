import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { newWorkbook, openWorkbook, saveWorkbookAtomic } from '../../src/cli/xlsxFile';
import { xlsxPort } from '../../src/cli/xlsxPort';
import { partOf, removeTempFolders, saveAndReopen, tempFolder } from './xlsxTestFiles';

afterEach(removeTempFolders);

function workbookWith(text: string): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.addWorksheet('Setup').getCell('A1').value = text;
  return workbook;
}

describe('openWorkbook', () => {
  it('reports a missing file as a value naming the file in both languages', async () => {
    const path = join(await tempFolder(), 'tidak-ada.xlsx');
    const opened = await openWorkbook(path);
    expect(opened).toEqual({
      error: expect.objectContaining({ code: 'file-missing', severity: 'error', path }),
    });
    if (!('error' in opened)) return;
    expect(opened.error.message.id).toContain(path);
    expect(opened.error.message.id).toContain('tidak ditemukan');
    expect(opened.error.message.en).toContain('was not found');
  });

  it('reports a file that is not a zip (a CSV saved as .xlsx) as not an .xlsx', async () => {
    const path = join(await tempFolder(), 'nilai.xlsx');
    await writeFile(path, 'Judul,Nilai\nOjek ASI,85\n');
    const opened = await openWorkbook(path);
    expect(opened).toEqual({ error: expect.objectContaining({ code: 'file-not-xlsx', path }) });
    if ('error' in opened) expect(opened.error.message.en).toContain('Excel Workbook (.xlsx)');
  });

  it('reports a truncated .xlsx (a copy cut short) as not an .xlsx', async () => {
    const folder = await tempFolder();
    const good = join(folder, 'utuh.xlsx');
    expect(await saveWorkbookAtomic(workbookWith('Juri'), good)).toBeNull();
    const bytes = await readFile(good);
    const cut = join(folder, 'terpotong.xlsx');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await openWorkbook(cut)).toEqual({ error: expect.objectContaining({ code: 'file-not-xlsx' }) });
  });

  it('reports a folder given as the file as unreadable, with the reason', async () => {
    const folder = await tempFolder();
    const opened = await openWorkbook(folder);
    expect(opened).toEqual({ error: expect.objectContaining({ code: 'file-unreadable' }) });
    if ('error' in opened) expect(opened.error.message.en).toContain('EISDIR');
  });

  it('turns formulas Excel shares down a column into plain formulas, so overwriting the first keeps the others', async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Juri 1');
    sheet.getCell('A1').value = 1;
    sheet.getCell('A2').value = 2;
    // How exceljs models a shared formula's master (its typings leave shareType out).
    const master = { formula: 'A1*2', shareType: 'shared', ref: 'B1:B2', result: 2 };
    sheet.getCell('B1').value = master as ExcelJS.CellFormulaValue;
    sheet.getCell('B2').value = { sharedFormula: 'B1', result: 4 };
    const { workbook: reopened } = await saveAndReopen(workbook);
    const port = xlsxPort(reopened, { locale: 'id_ID' });
    expect(port.read('Juri 1')?.formulas).toEqual([
      ['', '=A1*2'],
      ['', '=A2*2'],
    ]);
    port.writeBlock('Juri 1', { row: 1, col: 2, values: [['ganti']] });
    const { workbook: again } = await saveAndReopen(reopened);
    expect(xlsxPort(again, { locale: 'id_ID' }).read('Juri 1')).toEqual({
      name: 'Juri 1',
      values: [
        [1, 'ganti'],
        [2, 4],
      ],
      formulas: [
        ['', ''],
        ['', '=A2*2'],
      ],
    });
  });
});

describe('saveWorkbookAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'juri.xlsx');
    expect(await saveWorkbookAtomic(workbookWith('lama'), path)).toBeNull();
    expect(await saveWorkbookAtomic(workbookWith('baru'), path)).toBeNull();
    expect(await readdir(folder)).toEqual(['juri.xlsx']);
    const opened = await openWorkbook(path);
    if ('error' in opened) throw new Error(opened.error.message.en);
    expect(opened.workbook.getWorksheet('Setup')?.getCell('A1').value).toBe('baru');
  });

  it('leaves the original bytes untouched when writing fails half-way', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'juri.xlsx');
    expect(await saveWorkbookAtomic(workbookWith('lama'), path)).toBeNull();
    const before = await readFile(path);

    // exceljs fails while serialising this cell; its own writeFile would have
    // emptied the target by then.
    const broken = workbookWith('baru');
    const sheet = broken.getWorksheet('Setup');
    for (let row = 2; row < 200; row++) sheet!.getCell(row, 1).value = `baris ${row}`;
    sheet!.getCell('B1').value = { richText: [{ text: null as unknown as string }] };

    await expect(saveWorkbookAtomic(broken, path)).rejects.toThrow();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['juri.xlsx']);
  });

  it('reports a target it cannot replace and removes the temporary file it wrote', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'juri.xlsx');
    await mkdir(path);
    await writeFile(join(path, 'isi.txt'), 'x');
    const problem = await saveWorkbookAtomic(workbookWith('x'), path);
    expect(problem).toEqual(expect.objectContaining({ code: 'file-not-saved', path }));
    expect(await readdir(folder)).toEqual(['juri.xlsx']);
  });

  it('reports a folder that does not exist as a value, not an exception', async () => {
    const path = join(await tempFolder(), 'tidak-ada', 'juri.xlsx');
    const problem = await saveWorkbookAtomic(workbookWith('x'), path);
    expect(problem).toEqual(expect.objectContaining({ code: 'file-not-saved', severity: 'error', path }));
    expect(problem?.message.id).toContain('ENOENT');
    expect(problem?.message.id).toContain('tidak berubah');
  });

  it('asks Excel to recompute formulas on opening, since cached results may be stale', async () => {
    // exceljs writes this flag but does not read it back: look at the file itself.
    const { path } = await saveAndReopen(workbookWith('x'));
    expect(await partOf(path, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});
