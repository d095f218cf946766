import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { newWorkbook } from '../../src/cli/xlsxFile';
import { xlsxPort } from '../../src/cli/xlsxPort';
import type { SpreadsheetPort, Validation } from '../../src/workbook/port';
import { convertToCsv, libreOfficeAvailable, parseCsv } from './libreoffice';
import { partOf, removeTempFolders, saveAndReopen, tempFolder } from './xlsxTestFiles';
import { saveWorkbookAtomic } from '../../src/cli/xlsxFile';

afterEach(removeTempFolders);

const TRAPS = ['=HYPERLINK("http://x","y")', '+cmd', '007', '-2+3', '@SUM(A1)'];

function freshPort(): { workbook: ExcelJS.Workbook; port: SpreadsheetPort } {
  const workbook = newWorkbook();
  return { workbook, port: xlsxPort(workbook, { locale: 'id_ID' }) };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** exceljs leaves sheetProtection untyped. */
function protectionOf(sheet: ExcelJS.Worksheet): Record<string, unknown> | null {
  return (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection ?? null;
}

describe('values and formulas through a saved file', () => {
  it('keeps every kind of value, keeps user text as text and keeps formulas', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.writeBlock('Juri 1', {
      row: 1,
      col: 1,
      values: [
        ['Judul', 'Nilai', 'Hadir', 'Catatan'],
        ['Ojek ASI', 85.5, true, null],
        ['e-Kinerja', 70, false, ''],
        [...TRAPS.slice(0, 4)],
        [TRAPS[4], null, null, null],
      ],
      formulas: [[null, null, null, '=SUM(B2:B3)'], [], [null, null, null, 'B2*2']],
    });
    const { workbook: reopened } = await saveAndReopen(workbook);
    expect(xlsxPort(reopened, { locale: 'id_ID' }).read('Juri 1')).toEqual({
      name: 'Juri 1',
      values: [
        // Formulas written by the port have no cached result until a spreadsheet program saves the file.
        ['Judul', 'Nilai', 'Hadir', null],
        ['Ojek ASI', 85.5, true, null],
        ['e-Kinerja', 70, false, null],
        ['=HYPERLINK("http://x","y")', '+cmd', '007', '-2+3'],
        ['@SUM(A1)', null, null, null],
      ],
      formulas: [
        ['', '', '', '=SUM(B2:B3)'],
        ['', '', '', ''],
        ['', '', '', '=B2*2'],
        ['', '', '', ''],
        ['', '', '', ''],
      ],
    });
    // The traps are stored as strings, not as formulas, in the file itself.
    const cell = sheetOf(reopened, 'Juri 1').getCell('A4');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it('reads what other programs store: dates, rich text, links, errors, cached results', async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Setup');
    sheet.getCell('A1').value = new Date(Date.UTC(2026, 10, 28));
    sheet.getCell('B1').value = {
      richText: [{ text: 'Sahabat ' }, { text: 'Santri', font: { bold: true } }],
    };
    sheet.getCell('C1').value = { text: 'Situs', hyperlink: 'https://example.go.id' };
    sheet.getCell('D1').value = { error: '#DIV/0!' };
    sheet.getCell('A2').value = { formula: 'B2/0', result: { error: '#DIV/0!' } };
    sheet.getCell('B2').value = { formula: 'C2*2', result: 170 };
    sheet.getCell('C2').value = { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 5)) };
    sheet.getCell('D2').value = { formula: 'A1&"x"', result: 'teks' };
    const { workbook: reopened } = await saveAndReopen(workbook);
    expect(xlsxPort(reopened, { locale: 'id_ID' }).read('Setup')).toEqual({
      name: 'Setup',
      values: [
        ['2026-11-28', 'Sahabat Santri', 'Situs', '#DIV/0!'],
        ['#DIV/0!', 170, '2026-01-05', 'teks'],
      ],
      formulas: [
        ['', '', '', ''],
        ['=B2/0', '=C2*2', '=TODAY()', '=A1&"x"'],
      ],
    });
  });

  it('reads the value of a merge in its first cell only, and writes skip the hidden cells', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Peringkat');
    port.writeBlock('Peringkat', { row: 1, col: 1, values: [['Kategori 1', null, null, 'x']] });
    sheetOf(workbook, 'Peringkat').mergeCells('A1:B2');
    port.writeBlock('Peringkat', { row: 2, col: 1, values: [['tersembunyi', 'juga', 'x']] });
    const { workbook: reopened } = await saveAndReopen(workbook);
    // exceljs itself repeats the master's value in every cell of the merge.
    expect(sheetOf(reopened, 'Peringkat').getCell('B2').value).toBe('Kategori 1');
    expect(xlsxPort(reopened, { locale: 'id_ID' }).read('Peringkat')?.values).toEqual([
      ['Kategori 1', null, null, 'x'],
      [null, null, 'x', null],
    ]);
  });

  it('reads an empty sheet as no rows, a missing sheet as null, and ignores formats beyond the values', () => {
    const { port } = freshPort();
    port.insertSheet('Kosong');
    expect(port.read('Kosong')).toEqual({ name: 'Kosong', values: [], formulas: [] });
    expect(port.read('Tidak ada')).toBeNull();
    port.writeBlock('Kosong', { row: 2, col: 2, values: [['a']] });
    port.writeFormats('Kosong', {
      row: 1,
      col: 1,
      numRows: 5,
      numCols: 5,
      bold: Array(5).fill(Array(5).fill(true)),
    });
    expect(port.read('Kosong')?.values).toEqual([
      [null, null],
      [null, 'a'],
    ]);
  });
});

describe('formats and notes through a saved file', () => {
  it('stores number formats, backgrounds, bold and notes, and removes them when asked', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.writeBlock('Juri 1', { row: 1, col: 1, values: [['007', 85.456]] });
    port.writeFormats('Juri 1', {
      row: 1,
      col: 1,
      numRows: 2,
      numCols: 2,
      numberFormats: [
        ['@', '0.00'],
        ['', ''],
      ],
      backgrounds: [
        ['#fff2cc', null],
        [null, '#CFE2F3'],
      ],
      bold: [
        [true, false],
        [false, false],
      ],
      notes: [
        ['Kode dari sekretariat', ''],
        ['Catatan di sel kosong', 'akan dihapus'],
      ],
    });
    port.writeFormats('Juri 1', { row: 2, col: 2, numRows: 1, numCols: 1, notes: [['']] });
    // A note alone on an empty, unformatted cell.
    port.writeFormats('Juri 1', { row: 5, col: 3, numRows: 1, numCols: 1, notes: [['Hanya catatan']] });
    const { workbook: reopened } = await saveAndReopen(workbook);
    const sheet = sheetOf(reopened, 'Juri 1');
    expect(sheet.getCell('A1').numFmt).toBe('@');
    expect(sheet.getCell('B1').numFmt).toBe('0.00');
    expect(sheet.getCell('A1').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    });
    expect(sheet.getCell('B2').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFCFE2F3' },
    });
    expect(sheet.getCell('B1').fill).not.toEqual(expect.objectContaining({ pattern: 'solid' }));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('B1').font?.bold).toBeFalsy();
    expect(sheet.getCell('A1').note).toBe('Kode dari sekretariat');
    expect(sheet.getCell('A2').note).toBe('Catatan di sel kosong');
    expect(sheet.getCell('B1').note).toBeUndefined();
    expect(sheet.getCell('B2').note).toBeUndefined();
    expect(sheet.getCell('C5').note).toBe('Hanya catatan');
  });

  it('does not share one style object between cells when only some turn bold', () => {
    const { workbook, port } = freshPort();
    port.insertSheet('S');
    port.writeFormats('S', { row: 1, col: 1, numRows: 1, numCols: 2, numberFormats: [['0.00', '0.00']] });
    port.writeFormats('S', { row: 1, col: 1, numRows: 1, numCols: 1, bold: [[true]] });
    expect(sheetOf(workbook, 'S').getCell('B1').font?.bold).toBeFalsy();
  });
});

describe('validations through a saved file', () => {
  const range = (row: number, col: number, numRows = 1, numCols = 1) => ({ row, col, numRows, numCols });
  const longList = Array.from({ length: 30 }, (_, i) => `Inovasi nomor ${i + 1}`);

  function validations(): Validation[] {
    return [
      {
        range: range(2, 4, 3, 2),
        rule: { kind: 'number', min: 0, max: 100, helpText: 'Isi angka 0 sampai 100.' },
      },
      {
        range: range(2, 6, 3),
        rule: { kind: 'list', values: ['Ya', 'Tidak'], helpText: 'Pilih Ya atau Tidak.' },
      },
      { range: range(2, 7), rule: { kind: 'list', values: ['a"b', 'c'], helpText: 'h' } },
      { range: range(2, 8), rule: { kind: 'list', values: longList, helpText: 'Pilih inovasi.' } },
      {
        range: range(2, 9),
        rule: { kind: 'list', values: ['Jawa Timur', 'Situbondo, Kab.'], helpText: 'h' },
      },
      {
        range: range(2, 10, 5),
        rule: { kind: 'rangeList', sheet: 'Setup', range: range(5, 2, 46), helpText: 'h' },
      },
    ];
  }

  it('writes each kind of rule as Excel expects it', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Setup');
    port.insertSheet('Juri 1');
    port.setValidations('Juri 1', validations());
    const { path, workbook: reopened } = await saveAndReopen(workbook);
    const sheet = sheetOf(reopened, 'Juri 1');
    const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' };
    expect(sheet.getCell('E4').dataValidation).toEqual({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      error: 'Isi angka 0 sampai 100.',
      ...common,
    });
    expect(sheet.getCell('F3').dataValidation).toEqual({
      type: 'list',
      formulae: ['"Ya,Tidak"'],
      error: 'Pilih Ya atau Tidak.',
      ...common,
    });
    expect(sheet.getCell('G2').dataValidation.formulae).toEqual(['"a""b,c"']);
    // Over 255 characters, and a value with a comma: both go to the hidden lists sheet.
    expect(sheet.getCell('H2').dataValidation.formulae).toEqual(["'_lists'!$A$1:$A$30"]);
    expect(sheet.getCell('I2').dataValidation.formulae).toEqual(["'_lists'!$B$1:$B$2"]);
    expect(sheet.getCell('J6').dataValidation.formulae).toEqual(["'Setup'!$B$5:$B$50"]);
    expect(sheet.getCell('D5').dataValidation).toBeUndefined();
    expect(sheet.getCell('C2').dataValidation).toBeUndefined();

    const lists = sheetOf(reopened, '_lists');
    expect(lists.state).toBe('veryHidden');
    expect(lists.getCell('A30').value).toBe('Inovasi nomor 30');
    expect(lists.getCell('B2').value).toBe('Situbondo, Kab.');
    // One rule per range in the file, not one per cell.
    const xml = await partOf(path, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('sqref="D2:E4"');
  });

  it('hides the lists sheet from the layouts and reuses a column for the same list', () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.insertSheet('Juri 2');
    const rule = { kind: 'list' as const, values: longList, helpText: 'h' };
    port.setValidations('Juri 1', [{ range: range(2, 2), rule }]);
    port.setValidations('Juri 2', [{ range: range(2, 2), rule }]);
    expect(port.sheetNames()).toEqual(['Juri 1', 'Juri 2']);
    expect(port.read('_lists')).toBeNull();
    expect(sheetOf(workbook, 'Juri 2').getCell('B2').dataValidation.formulae).toEqual([
      "'_lists'!$A$1:$A$30",
    ]);
    expect(sheetOf(workbook, '_lists').columnCount).toBe(1);
    expect(() => port.insertSheet('_lists')).toThrow();
  });

  it('replaces every rule of the sheet, including those read from the file', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.setValidations('Juri 1', validations());
    const { workbook: reopened } = await saveAndReopen(workbook);
    const again = xlsxPort(reopened, { locale: 'id_ID' });
    again.setValidations('Juri 1', [
      { range: range(10, 1), rule: { kind: 'number', min: 1, max: 5, helpText: 'h' } },
    ]);
    const { workbook: last } = await saveAndReopen(reopened);
    const sheet = sheetOf(last, 'Juri 1');
    expect(sheet.getCell('E4').dataValidation).toBeUndefined();
    expect(sheet.getCell('F3').dataValidation).toBeUndefined();
    expect(sheet.getCell('A10').dataValidation.formulae).toEqual([1, 5]);
  });
});

describe('protection and look through a saved file', () => {
  it('protects the sheet without a password and unlocks only the editable ranges', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.writeBlock('Juri 1', { row: 1, col: 1, values: [['Judul', 'Nilai']] });
    port.setProtection('Juri 1', {
      description: 'Nilai juri 1',
      editableRanges: [
        { range: { row: 2, col: 2, numRows: 3, numCols: 2 }, editors: ['juri1@example.go.id'] },
      ],
    });
    const { path, workbook: reopened } = await saveAndReopen(workbook);
    const sheet = sheetOf(reopened, 'Juri 1');
    expect(protectionOf(sheet)).toEqual(expect.objectContaining({ sheet: true }));
    expect(protectionOf(sheet)?.hashValue).toBeUndefined();
    expect(sheet.getCell('B2').protection?.locked).toBe(false);
    expect(sheet.getCell('C4').protection?.locked).toBe(false);
    expect(sheet.getCell('A1').protection?.locked).not.toBe(false);
    expect(sheet.getCell('B1').protection?.locked).not.toBe(false);
    expect(sheet.getCell('D2').protection?.locked).not.toBe(false);
    // Selecting cells stays allowed, widening columns too; formatting cells does not.
    const xml = await partOf(path, 'xl/worksheets/sheet1.xml');
    const element = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(element).toContain('sheet="1"');
    expect(element).toContain('formatColumns="0"');
    expect(element).not.toContain('selectLockedCells="1"');
    expect(element).not.toContain('password');
  });

  it('a new protection relocks the cells the old one opened, and null removes it', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.setProtection('Juri 1', {
      description: '',
      editableRanges: [{ range: { row: 2, col: 2, numRows: 1, numCols: 1 }, editors: [] }],
    });
    const { workbook: reopened } = await saveAndReopen(workbook);
    const again = xlsxPort(reopened, { locale: 'id_ID' });
    again.setProtection('Juri 1', {
      description: '',
      editableRanges: [{ range: { row: 3, col: 3, numRows: 1, numCols: 1 }, editors: [] }],
    });
    const sheet = sheetOf(reopened, 'Juri 1');
    expect(sheet.getCell('B2').protection?.locked).not.toBe(false);
    expect(sheet.getCell('C3').protection?.locked).toBe(false);
    again.setProtection('Juri 1', null);
    const { workbook: last } = await saveAndReopen(reopened);
    expect(protectionOf(sheetOf(last, 'Juri 1'))).toBeNull();
    expect(sheetOf(last, 'Juri 1').getCell('C3').protection?.locked).not.toBe(false);
  });

  it('freezes panes, sets column widths in characters and colours the tab', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.insertSheet('Setup');
    port.setLook('Juri 1', { frozenRows: 2, frozenCols: 1, columnWidths: [70, 210], tabColor: '#0b5394' });
    port.setLook('Setup', { frozenRows: 1, frozenCols: 0, tabColor: '#0b5394' });
    port.setLook('Setup', { frozenRows: 1, frozenCols: 0, tabColor: null });
    const { workbook: reopened } = await saveAndReopen(workbook);
    const sheet = sheetOf(reopened, 'Juri 1');
    expect(sheet.views[0]).toEqual(
      expect.objectContaining({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' }),
    );
    expect(sheet.getColumn(1).width).toBe(10);
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.properties.tabColor).toEqual({ argb: 'FF0B5394' });
    const setup = sheetOf(reopened, 'Setup');
    expect(setup.views[0]).toEqual(
      expect.objectContaining({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }),
    );
    expect(setup.properties.tabColor).toBeUndefined();
  });
});

describe('sheets', () => {
  it('inserts at a position, refuses a name that exists in any case, renames and deletes; the order is saved', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.insertSheet('Juri 2');
    port.insertSheet('Setup', 0);
    port.insertSheet('Peringkat', 1);
    expect(port.sheetNames()).toEqual(['Setup', 'Peringkat', 'Juri 1', 'Juri 2']);
    expect(() => port.insertSheet('juri 1')).toThrow();
    expect(() => port.insertSheet('Nama lembar yang jauh lebih panjang dari 31')).toThrow();
    port.renameSheet('Juri 2', 'Juri 3');
    expect(() => port.renameSheet('Juri 3', 'SETUP')).toThrow();
    port.deleteSheet('Peringkat');
    const { workbook: reopened } = await saveAndReopen(workbook);
    expect(xlsxPort(reopened, { locale: 'en_US' }).sheetNames()).toEqual(['Setup', 'Juri 1', 'Juri 3']);
    expect(xlsxPort(reopened, { locale: 'en_US' }).locale()).toBe('en_US');
  });

  it('keeps the lists sheet last when sheets are added after it', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Juri 1');
    port.setValidations('Juri 1', [
      {
        range: { row: 1, col: 1, numRows: 1, numCols: 1 },
        rule: { kind: 'list', values: ['a,b'], helpText: 'h' },
      },
    ]);
    port.insertSheet('Juri 2');
    port.insertSheet('Setup', 0);
    const { workbook: reopened } = await saveAndReopen(workbook);
    expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual(['Setup', 'Juri 1', 'Juri 2', '_lists']);
  });

  it('clears values, formats, notes, validations and protection but keeps the place, panes and widths', async () => {
    const { workbook, port } = freshPort();
    port.insertSheet('Setup');
    port.insertSheet('Juri 1');
    port.insertSheet('Peringkat');
    port.writeBlock('Juri 1', { row: 1, col: 1, values: [['Judul', 85]] });
    port.writeFormats('Juri 1', { row: 1, col: 1, numRows: 1, numCols: 1, bold: [[true]], notes: [['n']] });
    port.setValidations('Juri 1', [
      {
        range: { row: 2, col: 2, numRows: 1, numCols: 1 },
        rule: { kind: 'number', min: 0, max: 1, helpText: 'h' },
      },
    ]);
    port.setProtection('Juri 1', { description: '', editableRanges: [] });
    port.setLook('Juri 1', { frozenRows: 1, frozenCols: 2, columnWidths: [140] });
    port.clearSheet('Juri 1');
    const { workbook: reopened } = await saveAndReopen(workbook);
    const again = xlsxPort(reopened, { locale: 'id_ID' });
    expect(again.sheetNames()).toEqual(['Setup', 'Juri 1', 'Peringkat']);
    expect(again.read('Juri 1')?.values).toEqual([]);
    const sheet = sheetOf(reopened, 'Juri 1');
    expect(sheet.getCell('A1').font?.bold).toBeFalsy();
    expect(sheet.getCell('A1').note).toBeUndefined();
    expect(sheet.getCell('B2').dataValidation).toBeUndefined();
    expect(protectionOf(sheet)).toBeNull();
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 2, ySplit: 1 }));
    expect(sheet.getColumn(1).width).toBe(20);
  });

  it('throws on a sheet that does not exist (a bug in the caller)', () => {
    const { port } = freshPort();
    expect(() => port.writeBlock('Tidak ada', { row: 1, col: 1, values: [['x']] })).toThrow(/Tidak ada/);
    expect(() => port.deleteSheet('Tidak ada')).toThrow();
    port.insertSheet('S');
    expect(() => port.writeBlock('S', { row: 1, col: 1, values: [[Number.NaN]] })).toThrow(/A1/);
  });
});

describe('an independent reader (LibreOffice) sees what the port wrote', () => {
  const available = libreOfficeAvailable('xlsx port read back by LibreOffice');
  const itWithLibreOffice = available ? it : it.skip;

  itWithLibreOffice(
    'computes the formulas and keeps user text as text, on the second sheet',
    async () => {
      const { workbook, port } = freshPort();
      port.insertSheet('Setup');
      port.writeBlock('Setup', { row: 1, col: 1, values: [['Kompetisi']] });
      port.insertSheet('Juri 1');
      port.writeBlock('Juri 1', {
        row: 1,
        col: 1,
        values: [
          ['Judul', 'Nilai', 'Total'],
          ['Ojek ASI', 85.5, null],
          ['e-Kinerja', 70, null],
          [TRAPS[0], TRAPS[1], TRAPS[2]],
          ['Koma, dan "kutip"', true, null],
        ],
        formulas: [[], [null, null, '=B2*2'], [null, null, '=SUM(B2:B3)']],
      });
      port.setValidations('Juri 1', [
        {
          range: { row: 2, col: 2, numRows: 2, numCols: 1 },
          rule: { kind: 'number', min: 0, max: 100, helpText: 'h' },
        },
      ]);
      port.setProtection('Juri 1', {
        description: '',
        editableRanges: [{ range: { row: 2, col: 2, numRows: 2, numCols: 1 }, editors: [] }],
      });
      port.setLook('Juri 1', { frozenRows: 1, frozenCols: 1 });
      const path = join(await tempFolder(), 'juri.xlsx');
      expect(await saveWorkbookAtomic(workbook, path)).toBeNull();

      expect(parseCsv(await convertToCsv(path, 'Juri 1'))).toEqual([
        ['Judul', 'Nilai', 'Total'],
        ['Ojek ASI', '85.5', '171'],
        ['e-Kinerja', '70', '155.5'],
        ['=HYPERLINK("http://x","y")', '+cmd', '007'],
        ['Koma, dan "kutip"', 'TRUE', ''],
      ]);
      expect(parseCsv(await convertToCsv(path))).toEqual([['Kompetisi']]);
    },
    180_000,
  );
});
