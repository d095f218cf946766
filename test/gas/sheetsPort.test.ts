import fc from 'fast-check';
import { PROTECTION_PREFIX, needsQuote, sheetsPort, widthRuns } from '../../src/gas/sheetsPort';
import type { Block, CellValue, FormatBlock, Validation } from '../../src/workbook/port';
import { type FakeOptions, createFakeApps } from '../fakes';

const OWNER = 'sekretariat@example.go.id';

function setup(options: FakeOptions = {}) {
  const fake = createFakeApps(options);
  const ss = fake.spreadsheet;
  const port = sheetsPort(ss, { services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session } });
  port.insertSheet('Juri 1');
  fake.calls.reset();
  return { fake, ss, port, sheet: () => ss.getSheetByName('Juri 1')! };
}

function rows(n: number, cols: number): CellValue[][] {
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? `E${r + 1}` : r + c)),
  );
}

describe('sheetsPort: values', () => {
  it('round-trips numbers, booleans, empty cells and text that Sheets would otherwise convert', () => {
    const { port } = setup();
    const values: CellValue[][] = [
      ['Ojek ASI', 85, 72.5, true, false, null],
      ['007', '85', '2026-11-28', 'TRUE', '50%', '1,5'],
      ['=HYPERLINK("http://x","y")', '+cmd', '-', "'kutip", '@inovasi', '#N/A'],
      [' spasi ', 'Inovasi 2024', 'e-Kinerja', '-3.5', '', 0],
    ];
    port.writeBlock('Juri 1', { row: 1, col: 1, values });
    const read = port.read('Juri 1')!;
    expect(read.values).toEqual([
      ...values.slice(0, 3),
      [' spasi ', 'Inovasi 2024', 'e-Kinerja', '-3.5', null, 0],
    ]);
    expect(read.formulas.flat().every((f) => f === '')).toBe(true);
  });

  it('keeps any text exactly as text (property)', () => {
    const { port } = setup();
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        port.writeBlock('Juri 1', { row: 2, col: 2, values: [[text]] });
        const read = port.read('Juri 1')!;
        return read.values[1][1] === text && read.formulas[1][1] === '';
      }),
    );
  });

  it('writes formulas from block.formulas in the same call, in place of the value', () => {
    const { fake, port } = setup({ evaluate: (f) => (f === '=SUM(B1:C1)' ? 15 : null) });
    const block: Block = {
      row: 1,
      col: 1,
      values: [['Total', 5, 10, null]],
      formulas: [[null, '', null, 'SUM(B1:C1)']],
    };
    port.writeBlock('Juri 1', block);
    expect(fake.calls.get('Range.setValues')).toBe(1);
    const read = port.read('Juri 1')!;
    expect(read.values).toEqual([['Total', 5, 10, 15]]);
    expect(read.formulas).toEqual([['', '', '', '=SUM(B1:C1)']]);
  });

  it('reads a missing sheet as null and an empty one as no rows', () => {
    const { port } = setup();
    expect(port.read('Tidak Ada')).toBeNull();
    expect(port.read('Juri 1')).toEqual({ name: 'Juri 1', values: [], formulas: [] });
  });

  it('reads a date as its calendar day in the spreadsheet time zone', () => {
    const { ss, port } = setup();
    // Typed by a user: midnight in Jakarta, which is still the day before in UTC.
    ss.getRange("'Juri 1'!A1").setValue('2026-11-28');
    expect(port.read('Juri 1')!.values).toEqual([['2026-11-28']]);
  });

  it('writes text into plain-text (@) cells without an apostrophe, which would stay visible there', () => {
    const { ss, port } = setup();
    ss.getRange("'Juri 1'!A1:B1").setNumberFormat('@');
    port.writeBlock('Juri 1', { row: 1, col: 1, values: [['007', '=1+1']] });
    expect(port.read('Juri 1')!.values).toEqual([['007', '=1+1']]);
  });

  it('grows the grid with one insert of rows and one of columns', () => {
    const { fake, port, sheet } = setup();
    port.writeBlock('Juri 1', { row: 1000, col: 25, values: rows(501, 4) });
    expect(fake.calls.get('Sheet.insertRowsAfter')).toBe(1);
    expect(fake.calls.get('Sheet.insertColumnsAfter')).toBe(1);
    expect([sheet().getMaxRows(), sheet().getMaxColumns()]).toEqual([1500, 28]);
    const read = port.read('Juri 1')!;
    expect(read.values).toHaveLength(1500);
    expect(read.values[1499].slice(24)).toEqual(['E501', 501, 502, 503]);
  });

  it('breaks merges over the block so that no written value is lost', () => {
    const { ss, port } = setup();
    ss.getRange("'Juri 1'!A1:C1").merge();
    port.writeBlock('Juri 1', { row: 1, col: 2, values: [['b', 'c']] });
    expect(port.read('Juri 1')!.values).toEqual([[null, 'b', 'c']]);
  });

  it('leaves the previous content whole when the write fails', () => {
    const { fake, port } = setup();
    port.writeBlock('Juri 1', { row: 1, col: 1, values: [['Peringkat lama', 1]] });
    fake.failNext('Range.setValues');
    expect(() => port.writeBlock('Juri 1', { row: 1, col: 1, values: [['Peringkat baru', 2]] })).toThrow();
    expect(port.read('Juri 1')!.values).toEqual([['Peringkat lama', 1]]);
  });
});

describe('sheetsPort: quoting rule', () => {
  it.each([
    '=1',
    '+1',
    '-x',
    '@a',
    "'a",
    '#REF!',
    '12',
    'Rp 1.000',
    '1/2',
    '12:30',
    'true',
    'FALSE',
    ' a',
    'a ',
  ])('quotes %p', (text) => expect(needsQuote(text)).toBe(true));
  it.each(['', 'Ojek ASI', 'Dinas Kominfosan', 'e-Kinerja', 'Juri'])('leaves %p alone', (text) =>
    expect(needsQuote(text)).toBe(false),
  );
});

describe('sheetsPort: formats and look', () => {
  it('applies each format array in one call, with the automatic format where none is given', () => {
    const { fake, ss, port } = setup();
    ss.getRange("'Juri 1'!B1").setNumberFormat('0.0');
    fake.calls.reset();
    const formats: FormatBlock = {
      row: 1,
      col: 1,
      numRows: 1,
      numCols: 2,
      numberFormats: [['@', '']],
      backgrounds: [['#fce8b2', null]],
      bold: [[true, false]],
      notes: [['Isi 0–100', '']],
    };
    port.writeFormats('Juri 1', formats);
    // Never the format read back: what Sheets reports for an untouched cell would fix it to plain numbers.
    expect(fake.calls.get('Range.getNumberFormats')).toBe(0);
    const range = ss.getRange("'Juri 1'!A1:B1");
    expect(range.getNumberFormats()).toEqual([['@', 'General']]);
    expect(range.getBackgrounds()).toEqual([['#fce8b2', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getNotes()).toEqual([['Isi 0–100', '']]);
    for (const m of ['setNumberFormats', 'setBackgrounds', 'setFontWeights', 'setNotes'])
      expect(fake.calls.get(`Range.${m}`)).toBe(1);
  });

  it('freezes, sizes columns by runs of equal widths and colours the tab', () => {
    const { fake, port, sheet } = setup();
    const widths: number[] = [40, 200, 200, 90];
    widths[5] = 90; // column F; column E is left as it is
    port.setLook('Juri 1', { frozenRows: 4, frozenCols: 2, columnWidths: widths, tabColor: '#1a73e8' });
    const s = sheet();
    expect([s.getFrozenRows(), s.getFrozenColumns(), s.getTabColor()]).toEqual([4, 2, '#1a73e8']);
    expect([1, 2, 3, 4, 5, 6].map((c) => s.getColumnWidth(c))).toEqual([40, 200, 200, 90, 100, 90]);
    expect(fake.calls.get('Sheet.setColumnWidths')).toBe(4);
  });

  it('groups widths into runs', () => {
    expect(widthRuns([10, 10, 20])).toEqual([
      { start: 1, count: 2, width: 10 },
      { start: 3, count: 1, width: 20 },
    ]);
  });
});

describe('sheetsPort: validations', () => {
  const scoreRule = { kind: 'number', min: 0, max: 100, helpText: 'Nilai 0–100' } as const;

  it('replaces all rules of the sheet, in one setDataValidations call', () => {
    const { fake, ss, port } = setup();
    port.setValidations('Juri 1', [{ range: { row: 9, col: 9, numRows: 1, numCols: 1 }, rule: scoreRule }]);
    fake.calls.reset();
    const validations: Validation[] = [
      { range: { row: 5, col: 4, numRows: 3, numCols: 2 }, rule: scoreRule },
      {
        range: { row: 5, col: 7, numRows: 3, numCols: 1 },
        rule: { kind: 'list', values: ['Ya', 'Tidak'], helpText: 'Pilih' },
      },
    ];
    port.setValidations('Juri 1', validations);
    expect(fake.calls.get('Range.setDataValidations')).toBe(1);
    const rules = ss.getRange("'Juri 1'!D5:G7").getDataValidations();
    const number = rules[0][0]!;
    expect(String(number.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(number.getCriteriaValues()).toEqual([0, 100]);
    expect(number.getAllowInvalid()).toBe(false);
    expect(number.getHelpText()).toBe('Nilai 0–100');
    expect(rules[2][1]?.getCriteriaValues()).toEqual([0, 100]);
    expect(rules[1][2]).toBeNull();
    expect(rules[1][3]?.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
    expect(ss.getRange("'Juri 1'!I9").getDataValidation()).toBeNull();
  });

  it('offers the values of a range of another sheet', () => {
    const { ss, port } = setup();
    port.insertSheet('Setup');
    port.setValidations('Juri 1', [
      {
        range: { row: 2, col: 1, numRows: 1, numCols: 1 },
        rule: {
          kind: 'rangeList',
          sheet: 'Setup',
          range: { row: 2, col: 1, numRows: 50, numCols: 1 },
          helpText: 'Kategori',
        },
      },
    ]);
    const rule = ss.getRange("'Juri 1'!A2").getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const [source, dropdown] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([source.getSheet().getName(), source.getA1Notation(), dropdown]).toEqual([
      'Setup',
      'A2:A51',
      true,
    ]);
  });
});

describe('sheetsPort: protection', () => {
  const juri1 = 'juri1@example.go.id';
  const juri2 = 'juri2@example.go.id';

  function editorsOf(p: GoogleAppsScript.Spreadsheet.Protection): string[] {
    return p
      .getEditors()
      .map((u) => u.getEmail())
      .sort();
  }

  it('protects the sheet for the owner only and opens the score ranges to their juror', () => {
    const { fake, port, sheet } = setup({ collaborators: [juri1, juri2] });
    port.setProtection('Juri 1', {
      description: 'Penilaian Juri 1',
      editors: [],
      editableRanges: [{ range: { row: 5, col: 4, numRows: 6, numCols: 3 }, editors: [juri1] }],
    });
    const { SHEET, RANGE } = fake.SpreadsheetApp.ProtectionType;
    const [whole] = sheet().getProtections(SHEET);
    expect(whole.getDescription()).toBe(`${PROTECTION_PREFIX}Penilaian Juri 1`);
    expect(editorsOf(whole)).toEqual([OWNER]);
    expect(whole.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['D5:F10']);
    const ranges = sheet().getProtections(RANGE);
    expect(ranges).toHaveLength(1);
    expect(ranges[0].getRange().getA1Notation()).toBe('D5:F10');
    expect(editorsOf(ranges[0])).toEqual([juri1, OWNER]);
  });

  it("replaces its own protections, leaves the secretariat's, and removes its own on null", () => {
    const { fake, port, sheet } = setup({ collaborators: [juri1] });
    const theirs = sheet().getRange('A1').protect().setDescription('Kunci manual');
    const p = {
      description: 'Juri 1',
      editableRanges: [{ range: { row: 5, col: 4, numRows: 1, numCols: 1 }, editors: [juri1] }],
    };
    port.setProtection('Juri 1', p);
    port.setProtection('Juri 1', p);
    const { SHEET, RANGE } = fake.SpreadsheetApp.ProtectionType;
    expect(sheet().getProtections(SHEET)).toHaveLength(1);
    expect(
      sheet()
        .getProtections(RANGE)
        .map((x) => x.getDescription()),
    ).toEqual(['Kunci manual', `${PROTECTION_PREFIX}Juri 1`]);
    port.setProtection('Juri 1', null);
    expect(sheet().getProtections(SHEET)).toHaveLength(0);
    expect(
      sheet()
        .getProtections(RANGE)
        .map((x) => x.getDescription()),
    ).toEqual([theirs.getDescription()]);
  });

  it('closes the protected areas to the rest of a Workspace domain', () => {
    const { fake, port, sheet } = setup({ domain: 'example.go.id', domainEdit: true });
    port.setProtection('Juri 1', {
      description: 'Juri 1',
      editors: [],
      editableRanges: [{ range: { row: 5, col: 4, numRows: 1, numCols: 1 }, editors: [juri1] }],
    });
    const { SHEET, RANGE } = fake.SpreadsheetApp.ProtectionType;
    expect(sheet().getProtections(SHEET)[0].canDomainEdit()).toBe(false);
    expect(sheet().getProtections(RANGE)[0].canDomainEdit()).toBe(false);
  });

  it('keeps the user who runs the script as an editor when that is not the owner', () => {
    const admin = 'admin@example.go.id';
    const { fake, sheet, ss } = setup({ effectiveUser: admin });
    sheetsPort(ss, { owner: admin, services: { SpreadsheetApp: fake.SpreadsheetApp } }).setProtection(
      'Juri 1',
      {
        description: 'Juri 1',
        editors: [],
        editableRanges: [],
      },
    );
    expect(editorsOf(sheet().getProtections(fake.SpreadsheetApp.ProtectionType.SHEET)[0])).toEqual([
      admin,
      OWNER,
    ]);
  });
});

describe('sheetsPort: sheets', () => {
  it('lists, inserts at an index, renames and deletes sheets, and reports the locale', () => {
    const { port } = setup({ locale: 'en_US' });
    port.insertSheet('Setup', 0);
    port.renameSheet('Juri 1', 'Presentasi – Juri 1');
    expect(port.sheetNames()).toEqual(['Setup', 'Sheet1', 'Presentasi – Juri 1']);
    expect(() => port.insertSheet('setup')).toThrow('already exists');
    port.deleteSheet('Sheet1');
    expect(port.sheetNames()).toEqual(['Setup', 'Presentasi – Juri 1']);
    expect(port.locale()).toBe('en_US');
  });

  it('clears values, formats, notes, validations and its own protections', () => {
    const { fake, ss, port, sheet } = setup();
    port.writeBlock('Juri 1', { row: 1, col: 1, values: [['x', 1]] });
    port.writeFormats('Juri 1', {
      row: 1,
      col: 1,
      numRows: 1,
      numCols: 1,
      backgrounds: [['#ff0000']],
      notes: [['n']],
    });
    port.setValidations('Juri 1', [
      {
        range: { row: 1, col: 2, numRows: 1, numCols: 1 },
        rule: { kind: 'list', values: ['a'], helpText: '' },
      },
    ]);
    port.setProtection('Juri 1', { description: 'Juri 1', editors: [], editableRanges: [] });
    port.clearSheet('Juri 1');
    expect(port.read('Juri 1')!.values).toEqual([]);
    const a1b1 = ss.getRange("'Juri 1'!A1:B1");
    expect(a1b1.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(a1b1.getNotes()).toEqual([['', '']]);
    expect(a1b1.getDataValidations()).toEqual([[null, null]]);
    expect(sheet().getProtections(fake.SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });

  it('throws (a bug, not a user error) when writing to a sheet that does not exist', () => {
    const { port } = setup();
    expect(() => port.writeBlock('Tidak Ada', { row: 1, col: 1, values: [[1]] })).toThrow(
      'no sheet named "Tidak Ada"',
    );
  });
});

describe('sheetsPort: service calls do not grow with the data', () => {
  function callsFor(n: number): Record<string, number> {
    const { fake, port } = setup();
    const out: Record<string, number> = {};
    const measure = (label: string, act: () => void) => {
      fake.calls.reset();
      act();
      out[label] = fake.calls.total();
    };
    const ranges = { row: 1, col: 2, numRows: n, numCols: 3 };
    measure('writeBlock', () =>
      port.writeBlock('Juri 1', {
        row: 1,
        col: 1,
        values: rows(n, 4),
        formulas: rows(n, 4).map((r) => r.map((_, c) => (c === 3 ? '=B1+C1' : null))),
      }),
    );
    measure('read', () => port.read('Juri 1'));
    measure('writeFormats', () =>
      port.writeFormats('Juri 1', {
        row: 1,
        col: 1,
        numRows: n,
        numCols: 4,
        numberFormats: rows(n, 4).map((r) => r.map((_, c) => (c === 0 ? '@' : ''))),
        backgrounds: rows(n, 4).map((r) => r.map(() => '#ffffff')),
        bold: rows(n, 4).map((r) => r.map(() => false)),
        notes: rows(n, 4).map((r) => r.map(() => '')),
      }),
    );
    measure('setValidations', () =>
      port.setValidations('Juri 1', [
        { range: ranges, rule: { kind: 'number', min: 0, max: 100, helpText: '' } },
      ]),
    );
    measure('setProtection', () =>
      port.setProtection('Juri 1', {
        description: 'J',
        editors: [],
        editableRanges: [{ range: ranges, editors: ['j@example.go.id'] }],
      }),
    );
    measure('clearSheet', () => port.clearSheet('Juri 1'));
    return out;
  }

  it('makes the same calls for 10 and for 1,000 rows', () => {
    const small = callsFor(10);
    const large = callsFor(1000);
    // 1,000 rows from row 1 fit the default grid of 1,000 rows: no insert either way.
    expect(large).toEqual(small);
    expect(small.writeBlock).toBeLessThanOrEqual(8);
    expect(small.read).toBeLessThanOrEqual(4);
  });

  it('adds exactly the two grid inserts when the block outgrows the grid', () => {
    const { fake, port } = setup();
    port.writeBlock('Juri 1', { row: 1, col: 1, values: rows(10, 4) });
    const base = fake.calls.total();
    fake.calls.reset();
    port.writeBlock('Juri 1', { row: 1, col: 1, values: rows(3000, 30) });
    expect(fake.calls.total()).toBe(base + 2);
  });
});
