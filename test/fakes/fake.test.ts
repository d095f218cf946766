import { SCOPES } from './auth';
import { createFakeApps } from './index';

describe('fake SpreadsheetApp: spreadsheets and sheets', () => {
  it('starts bound to a spreadsheet with one empty sheet, Sheet1, in Indonesian', () => {
    const fake = createFakeApps();
    const ss = fake.SpreadsheetApp.getActive();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ss.getSpreadsheetLocale()).toBe('id_ID');
    expect(fake.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(ss.getId());
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    ss.setSpreadsheetLocale('en_US');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
  });

  it('finds sheets by name and gives null for a missing one', () => {
    const ss = createFakeApps().spreadsheet;
    ss.insertSheet('Setup');
    expect(ss.getSheetByName('Setup')?.getName()).toBe('Setup');
    expect(ss.getSheetByName('Peringkat')).toBeNull();
  });

  it('refuses a duplicate sheet name, whatever its case, and names over 100 characters', () => {
    const ss = createFakeApps().spreadsheet;
    ss.insertSheet('Juri 1');
    expect(() => ss.insertSheet('Juri 1')).toThrow(
      'A sheet with the name "Juri 1" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('JURI 1')).toThrow('already exists');
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow();
    expect(() => ss.insertSheet('x'.repeat(100))).not.toThrow();
    expect(() => ss.getSheetByName('Sheet1')?.setName('juri 1')).toThrow('already exists');
  });

  it('inserts at a 0-based index, reports 1-based indexes and makes the new sheet active', () => {
    const ss = createFakeApps().spreadsheet;
    ss.insertSheet('B');
    ss.insertSheet('A', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
    expect(ss.getSheetByName('B')?.getIndex()).toBe(3);
    expect(ss.getActiveSheet().getName()).toBe('A');
    expect(ss.getSheetByName('Sheet1')?.getSheetId()).toBe(0);
  });

  it('deletes a sheet but never the last one', () => {
    const ss = createFakeApps().spreadsheet;
    const extra = ss.insertSheet('Extra');
    ss.deleteSheet(extra);
    expect(ss.getSheetByName('Extra')).toBeNull();
    const only = ss.getSheets()[0];
    expect(() => ss.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
  });

  it('creates spreadsheets that openById finds, and fails on an unknown id', () => {
    const fake = createFakeApps();
    const made = fake.SpreadsheetApp.create('Rekap 2026');
    expect(made.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(fake.SpreadsheetApp.openById(made.getId()).getName()).toBe('Rekap 2026');
    expect(() => fake.SpreadsheetApp.openById('nope')).toThrow();
    expect(fake.SpreadsheetApp.getActive().getId()).not.toBe(made.getId());
  });

  it('reads A1 references with a quoted sheet name', () => {
    const ss = createFakeApps().spreadsheet;
    ss.insertSheet('Presentasi – Juri 1');
    const range = ss.getRange("'Presentasi – Juri 1'!D5");
    expect(range.getSheet().getName()).toBe('Presentasi – Juri 1');
    expect([range.getRow(), range.getColumn(), range.getA1Notation()]).toEqual([5, 4, 'D5']);
    expect(ss.getRange("'Presentasi – Juri 1'!B2:C4").getA1Notation()).toBe('B2:C4');
    const whole = ss.getRange('Sheet1!A:B');
    expect([whole.getNumRows(), whole.getNumColumns()]).toEqual([1000, 2]);
    expect(() => ss.getRange("'Tidak Ada'!A1")).toThrow('Range not found');
  });

  it('tracks the active sheet and range', () => {
    const ss = createFakeApps().spreadsheet;
    const s = ss.insertSheet('Setup');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    ss.setActiveRange(s.getRange('B3'));
    expect(ss.getActiveSheet().getName()).toBe('Setup');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('B3');
  });
});

describe('fake Range: values as Sheets stores them', () => {
  function cell(input: unknown, locale = 'id_ID') {
    const fake = createFakeApps({ locale });
    const range = fake.spreadsheet.getSheets()[0].getRange('A1');
    range.setValues([[input]]);
    return { value: range.getValues()[0][0] as unknown, formula: range.getFormulas()[0][0] };
  }

  it.each([
    ['85', 85],
    ['007', 7],
    ['-3.5', -3.5],
    ['1,5', 1.5],
    ['50%', 0.5],
    ['TRUE', true],
    ['false', false],
    ["'007", '007'],
    ["'=1+1", '=1+1'],
    ['Ojek ASI', 'Ojek ASI'],
    ['@inovasi', '@inovasi'],
    [85, 85],
    [true, true],
    [null, ''],
    ['', ''],
  ])('stores %p as %p', (input, expected) => {
    expect(cell(input)).toEqual({ value: expected, formula: '' });
  });

  it('turns a string starting with = into a formula that reads as "" without an evaluator', () => {
    expect(cell('=SUM(D5:F5)')).toEqual({ value: '', formula: '=SUM(D5:F5)' });
    expect(cell('=HYPERLINK("http://x","y")').formula).toBe('=HYPERLINK("http://x","y")');
  });

  it('treats + or - text that is not a number as a formula, as Sheets would', () => {
    expect(cell('+cmd').formula).toBe('=+cmd');
    expect(cell('-bukan angka').formula).toBe('=-bukan angka');
  });

  it('turns an ISO date into a Date at midnight in the spreadsheet time zone', () => {
    const { value } = cell('2026-11-28');
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  it('keeps every string exactly in a plain-text (@) cell', () => {
    const range = createFakeApps().spreadsheet.getSheets()[0].getRange('A1:D1');
    range.setNumberFormat('@');
    range.setValues([['007', "'x", '=1+1', 'TRUE']]);
    expect(range.getValues()).toEqual([['007', "'x", '=1+1', 'TRUE']]);
    expect(range.getFormulas()).toEqual([['', '', '', '']]);
  });

  it('reads formulas through the evaluator hook', () => {
    const fake = createFakeApps({
      evaluate: (f, at) => (f === '=1+1' ? 2 : `${at.sheet}!${at.row},${at.col}`),
    });
    const range = fake.spreadsheet.getRange('Sheet1!A1:B1');
    range.setFormulas([['=1+1', '=X()']]);
    expect(range.getValues()).toEqual([[2, 'Sheet1!1,2']]);
  });

  it('returns a fresh array that callers may change', () => {
    const range = createFakeApps().spreadsheet.getRange('A1');
    range.setValue(1);
    range.getValues()[0][0] = 99;
    expect(range.getValue()).toBe(1);
  });

  it('rejects data of another shape with the words of Sheets', () => {
    const range = createFakeApps().spreadsheet.getSheets()[0].getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('refuses ranges beyond the grid until rows or columns are inserted', () => {
    const sheet = createFakeApps().spreadsheet.getSheets()[0];
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 1);
    sheet.getRange(1005, 27).setValue('x');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1005, 27, 1005, 27,
    ]);
  });

  it('reads a block of values in one call with getSheetValues, within the grid only', () => {
    const fake = createFakeApps();
    const sheet = fake.spreadsheet.getSheets()[0];
    sheet.getRange('A1:B1').setValues([['Judul', 42]]);
    fake.calls.reset();
    expect(sheet.getSheetValues(1, 1, 2, 3)).toEqual([
      ['Judul', 42, ''],
      ['', '', ''],
    ]);
    expect(fake.calls.all()).toEqual({ 'Sheet.getSheetValues': 1 });
    sheet.deleteRows(3, 998);
    expect(() => sheet.getSheetValues(1, 1, 20, 2)).toThrow('outside the dimensions');
    expect(() => sheet.getSheetValues(1, 1, 0, 2)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  it('moves cells down when rows are inserted in the middle', () => {
    const sheet = createFakeApps().spreadsheet.getSheets()[0];
    sheet.getRange('A1:A2').setValues([['atas'], ['bawah']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['atas'], [''], [''], ['bawah']]);
  });

  it('gives the data range from A1 to the last cell with content, or A1 alone', () => {
    const sheet = createFakeApps().spreadsheet.getSheets()[0];
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C4').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  it('keeps formats, notes and weights cell by cell', () => {
    const range = createFakeApps().spreadsheet.getRange('A1:B1');
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    range.setBackgrounds([['#FFEEAA', null]]);
    range.setFontWeights([['bold', null]]);
    range.setNotes([['catatan', '']]);
    range.setNumberFormats([['0.00', '@']]);
    expect(range.getBackgrounds()).toEqual([['#ffeeaa', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getNotes()).toEqual([['catatan', '']]);
    expect(range.getNumberFormats()).toEqual([['0.00', '@']]);
  });

  it('keeps links inside a text as rich text: none on a number, a date or a formula; a new value erases them', () => {
    const fake = createFakeApps();
    const sheet = fake.spreadsheet.getSheets()[0];
    const linked = fake.SpreadsheetApp.newRichTextValue()
      .setText('Lihat berkas')
      .setLinkUrl(6, 12, 'https://example.go.id')
      .build();
    const a1 = sheet.getRange('A1');
    a1.setRichTextValue(linked);
    expect(a1.getValue()).toBe('Lihat berkas');
    const runs = a1.getRichTextValue()!.getRuns();
    expect(runs.map((r) => [r.getText(), r.getLinkUrl()])).toEqual([
      ['Lihat ', null],
      ['berkas', 'https://example.go.id'],
    ]);
    expect(a1.getRichTextValue()!.getLinkUrl()).toBeNull();
    // Clearing formats leaves the text and its links; a new value, or clearing the contents, erases them.
    sheet.clear({ formatOnly: true });
    expect(a1.getRichTextValue()!.getLinkUrl(6, 12)).toBe('https://example.go.id');
    a1.setValues([['Lihat berkas']]);
    expect(a1.getRichTextValue()!.getLinkUrl(6, 12)).toBeNull();
    const row = sheet.getRange('B1:D1');
    row.setValues([[5, new Date(0), '=1+1']]);
    expect(row.getRichTextValues()).toEqual([[null, null, null]]);
    expect(() => row.setRichTextValues([[linked, linked, null as never]])).toThrow('setRichTextValues');
    // A text written as rich text is text, even when it reads as a number.
    const digits = fake.SpreadsheetApp.newRichTextValue().setText('007').build();
    sheet.getRange('E1').setRichTextValue(digits);
    expect(sheet.getRange('E1').getValue()).toBe('007');
  });

  it('clears contents, formats and notes separately', () => {
    const sheet = createFakeApps().spreadsheet.getSheets()[0];
    const a1 = sheet.getRange('A1');
    a1.setValue(5).setBackground('#00ff00').setNote('n');
    sheet.clear();
    expect([a1.getValue(), a1.getBackground(), a1.getNote()]).toEqual(['', '#ffffff', 'n']);
    sheet.clearNotes();
    expect(a1.getNote()).toBe('');
  });

  it('keeps only the top-left value of a merge and breaks merges only whole', () => {
    const sheet = createFakeApps().spreadsheet.getSheets()[0];
    sheet.getRange('A1:B1').setValues([['judul', 'hilang']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['judul', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    sheet.getRange('B1').setValue('tidak tersimpan');
    expect(sheet.getRange('B1').getValue()).toBe('');
    expect(() => sheet.getRange('B1:C1').breakApart()).toThrow('You must select all cells in a merged range');
    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('A1:B1').isPartOfMerge()).toBe(false);
  });

  it('shows values roughly as Sheets displays them', () => {
    const range = createFakeApps().spreadsheet.getRange('A1:C1');
    range.setValues([[85.5, true, '2026-11-28']]);
    expect(range.getDisplayValues()).toEqual([['85,5', 'TRUE', '28/11/2026']]);
  });
});

describe('fake data validation', () => {
  it('stores rules that read back, without blocking script writes', () => {
    const fake = createFakeApps();
    const range = fake.spreadsheet.getRange('D5:D6');
    const rule = fake.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 100)
      .setAllowInvalid(false)
      .setHelpText('Nilai 0–100')
      .build();
    range.setDataValidation(rule);
    range.setValues([[150], ['teks']]);
    expect(range.getValues()).toEqual([[150], ['teks']]);
    const [[first], [second]] = range.getDataValidations();
    expect(first?.getCriteriaType()).toBe(fake.SpreadsheetApp.DataValidationCriteria.NUMBER_BETWEEN);
    expect(first?.getCriteriaValues()).toEqual([0, 100]);
    expect(first?.getAllowInvalid()).toBe(false);
    expect(second?.getHelpText()).toBe('Nilai 0–100');
    range.clearDataValidations();
    expect(range.getDataValidations()).toEqual([[null], [null]]);
  });

  it('keeps a list with its drop-down flag, and a rule from a range', () => {
    const fake = createFakeApps();
    const list = fake.SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak'], true).build();
    expect(list.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
    const fromRange = fake.SpreadsheetApp.newDataValidation()
      .requireValueInRange(fake.spreadsheet.getRange('A1:A5'))
      .build();
    expect(fromRange.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect((fromRange.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe(
      'A1:A5',
    );
    expect(() => fake.SpreadsheetApp.newDataValidation().build()).toThrow();
  });
});

describe('fake protections', () => {
  const owner = 'sekretariat@example.go.id';

  it('start with the spreadsheet editors; neither the owner nor the current user can be removed', () => {
    const fake = createFakeApps({ collaborators: ['juri1@example.go.id'] });
    const p = fake.spreadsheet.getRange('A1:B2').protect().setDescription('Nilai');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([owner, 'juri1@example.go.id']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([owner]);
    p.addEditors(['juri2@example.go.id']);
    p.removeEditor('juri2@example.go.id');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([owner]);
    expect(p.canEdit()).toBe(true);
    expect([p.getDescription(), p.getRange().getA1Notation(), p.getProtectionType()]).toEqual([
      'Nilai',
      'A1:B2',
      'RANGE',
    ]);
  });

  it('gives one protection per sheet, with unprotected ranges, and any number per range', () => {
    const fake = createFakeApps();
    const ss = fake.spreadsheet;
    const sheet = ss.getSheets()[0];
    const p = sheet.protect();
    expect(sheet.protect().getDescription()).toBe(p.getDescription());
    p.setDescription('lembar');
    expect(sheet.protect().getDescription()).toBe('lembar');
    p.setUnprotectedRanges([sheet.getRange('D5:F9')]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['D5:F9']);
    const r1 = sheet.getRange('D5').protect();
    sheet.getRange('D5').protect();
    expect(() => r1.setUnprotectedRanges([])).toThrow();
    const { SHEET, RANGE } = fake.SpreadsheetApp.ProtectionType;
    expect([sheet.getProtections(SHEET).length, sheet.getProtections(RANGE).length]).toEqual([1, 2]);
    r1.remove();
    expect(ss.getProtections(RANGE).length).toBe(1);
  });

  it('goes away with its sheet', () => {
    const fake = createFakeApps();
    const ss = fake.spreadsheet;
    const sheet = ss.insertSheet('Juri 1');
    sheet.protect();
    sheet.getRange('A1').protect();
    ss.deleteSheet(sheet);
    expect(ss.getProtections(fake.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    expect(ss.getProtections(fake.SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });

  it('opens to the domain only in a Workspace domain', () => {
    const consumer = createFakeApps().spreadsheet.getRange('A1').protect();
    expect(consumer.canDomainEdit()).toBe(false);
    expect(() => consumer.setDomainEdit(true)).toThrow();
    const workspace = createFakeApps({ domain: 'example.go.id', domainEdit: true })
      .spreadsheet.getRange('A1')
      .protect();
    expect(workspace.canDomainEdit()).toBe(true);
    workspace.setDomainEdit(false);
    expect(workspace.canDomainEdit()).toBe(false);
  });

  it('keeps the warning-only flag', () => {
    const p = createFakeApps().spreadsheet.getRange('A1').protect();
    expect(p.setWarningOnly(true).isWarningOnly()).toBe(true);
  });
});

describe('fake look of a sheet', () => {
  it('keeps frozen rows, widths, tab colour and visibility', () => {
    const ss = createFakeApps().spreadsheet;
    const sheet = ss.insertSheet('Juri 1');
    sheet.setFrozenRows(4);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidths(2, 3, 180);
    sheet.setColumnWidth(1, 40);
    sheet.setTabColor('#1A73E8');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([4, 2]);
    expect([1, 2, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([40, 180, 180, 100]);
    expect(sheet.getTabColor()).toBe('#1a73e8');
    sheet.setTabColor(null);
    expect(sheet.getTabColor()).toBeNull();
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    ss.getSheetByName('Sheet1')!.hideSheet();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets");
  });

  it('copies a template whole, but for its protections and its visibility', () => {
    const fake = createFakeApps();
    const ss = fake.SpreadsheetApp.getActive();
    const template = ss.insertSheet('Template');
    template.getRange('B1').setNumberFormat('@').setBackground('#fffbe6');
    template.getRange('A1:B2').setValues([
      ['Juri', '007'],
      [1, '=A2*2'],
    ]);
    template
      .getRange('A2')
      .setDataValidation(fake.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    template.setColumnWidth(2, 240);
    template.setRowHeights(3, 2, 40);
    template.setFrozenRows(2);
    template.setFrozenColumns(1);
    template.deleteColumns(10, 17);
    template.protect().setDescription('Juri: template');
    template.hideSheet();
    const copy = ss.insertSheet('Copy', { template });
    expect(copy.getRange('A1:B2').getValues()).toEqual([
      ['Juri', '007'],
      [1, ''],
    ]);
    expect(copy.getRange('B2').getFormula()).toBe('=A2*2');
    expect([copy.getRange('B1').getNumberFormat(), copy.getRange('B1').getBackground()]).toEqual([
      '@',
      '#fffbe6',
    ]);
    expect(copy.getRange('A2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect([
      copy.getColumnWidth(2),
      copy.getRowHeight(4),
      copy.getFrozenRows(),
      copy.getFrozenColumns(),
    ]).toEqual([240, 40, 2, 1]);
    expect([copy.getMaxRows(), copy.getMaxColumns()]).toEqual([1000, 9]);
    expect(copy.getProtections(fake.SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
    expect(copy.isSheetHidden()).toBe(false);
  });

  it('moves row heights up with the rows below deleted ones', () => {
    const sheet = createFakeApps().spreadsheet.insertSheet('Juri 1');
    sheet.setRowHeights(2, 1, 30);
    sheet.setRowHeights(8, 1, 50);
    sheet.deleteRows(3, 4);
    expect([sheet.getRowHeight(2), sheet.getRowHeight(4), sheet.getMaxRows()]).toEqual([30, 50, 996]);
  });
});

describe('fake call counting and failure injection', () => {
  it('counts every public call by Class.method', () => {
    const fake = createFakeApps();
    const sheet = fake.spreadsheet.getSheets()[0];
    fake.calls.reset();
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getDataRange().getValues();
    expect(fake.calls.get('Range.getValues')).toBe(2);
    expect(fake.calls.get('Sheet.getRange')).toBe(1);
    expect(fake.calls.total()).toBe(4);
    expect(fake.calls.total((m) => m.startsWith('Range.'))).toBe(2);
    fake.calls.reset();
    expect(fake.calls.total()).toBe(0);
  });

  it('makes the chosen call fail once, before it changes anything', () => {
    const fake = createFakeApps();
    const range = fake.spreadsheet.getRange('A1');
    range.setValue('lama');
    fake.failNext('Range.setValues', 'Service Spreadsheets failed while accessing document');
    expect(() => range.setValues([['baru']])).toThrow('Service Spreadsheets failed');
    expect(range.getValue()).toBe('lama');
    range.setValues([['baru']]);
    expect(range.getValue()).toBe('baru');
  });

  it('fails calls that a predicate picks until the failure is lifted', () => {
    const fake = createFakeApps();
    const sheet = fake.spreadsheet.getSheets()[0];
    fake.calls.reset();
    const lift = fake.failWhen((method, nth) => method === 'Sheet.getRange' && nth >= 2);
    expect(() => sheet.getRange('A1')).not.toThrow();
    expect(() => sheet.getRange('A2')).toThrow();
    lift();
    expect(() => sheet.getRange('A3')).not.toThrow();
  });
});

describe('fake services around the spreadsheet', () => {
  it('tells who runs the script', () => {
    const fake = createFakeApps({ effectiveUser: 'admin@example.go.id' });
    expect(fake.Session.getEffectiveUser().getEmail()).toBe('admin@example.go.id');
    expect(createFakeApps().Session.getEffectiveUser().getEmail()).toBe('sekretariat@example.go.id');
  });

  it('lets only one holder have a lock', () => {
    const fake = createFakeApps();
    const release = fake.holdLock('document');
    const lock = fake.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout');
    expect(fake.LockService.getScriptLock().tryLock(0)).toBe(true);
    release();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(fake.LockService.getDocumentLock().tryLock(0)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('sees a lock released while writes are still queued, and not once they are flushed', () => {
    const fake = createFakeApps();
    const sheet = fake.spreadsheet.getSheets()[0];
    const lock = fake.LockService.getDocumentLock();
    lock.tryLock(0);
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').getValue();
    sheet.getRange('B1:B2').setValues([[2], [3]]);
    lock.releaseLock();
    expect(fake.unflushedReleases()).toEqual([
      { lock: 'document', writes: ['Range.setValue', 'Range.setValues'] },
    ]);
    lock.tryLock(0);
    sheet.getRange('A1').setValue(4);
    fake.SpreadsheetApp.flush();
    lock.releaseLock();
    // Reading, selecting and a lock not held do not count.
    sheet.getRange('A1').getValue();
    fake.spreadsheet.setActiveSheet(sheet);
    lock.tryLock(0);
    lock.releaseLock();
    lock.releaseLock();
    expect(fake.unflushedReleases()).toHaveLength(1);
  });

  it('lets nothing but the menu and the locale run in AuthMode.NONE, and refuses a withheld scope', () => {
    const none = createFakeApps({ authMode: 'NONE', userLocale: 'en' });
    none.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'openPanel').addToUi();
    expect(none.Session.getActiveUserLocale()).toBe('en');
    expect(() => none.SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission');
    expect(() => none.PropertiesService.getUserProperties()).toThrow('You do not have permission');

    const limited = createFakeApps({ authMode: 'LIMITED' });
    expect(limited.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
    expect(() => limited.Session.getEffectiveUser()).toThrow('not sufficient');

    const withheld = createFakeApps({ grantedScopes: [SCOPES.currentOnly, SCOPES.ui] });
    expect(() => withheld.Session.getEffectiveUser()).toThrow(
      `Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: (${SCOPES.email})`,
    );
    const info = withheld.ScriptApp.getAuthorizationInfo(withheld.ScriptApp.AuthMode.FULL, [
      SCOPES.currentOnly,
      SCOPES.email,
    ]);
    expect(info.getAuthorizedScopes()).toEqual([SCOPES.currentOnly]);
    expect(info.getAuthorizationStatus()).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toMatch(/^https:/);
    expect(() => withheld.ScriptApp.requireScopes(withheld.ScriptApp.AuthMode.FULL, [SCOPES.email])).toThrow(
      'Authorization is required',
    );
    // A refused call changes nothing.
    expect(
      withheld.ScriptApp.getAuthorizationInfo(withheld.ScriptApp.AuthMode.FULL).getAuthorizationStatus(),
    ).toBe('REQUIRED');
  });

  it('records menus, alerts, prompts, toasts and sidebars', () => {
    const fake = createFakeApps({ htmlFiles: { sidebar: '<p>Juri</p>' } });
    const ui = fake.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Siapkan', 'menuSetup')
      .addSeparator()
      .addSubMenu(ui.createMenu('Lanjutan').addItem('Hitung', 'menuCompute'))
      .addToUi();
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.ui.itemsOf(fake.ui.menus[0])).toEqual(['Siapkan', '---', 'Lanjutan >']);
    expect(fake.ui.menus[0].entries[0]).toEqual({
      kind: 'item',
      caption: 'Siapkan',
      functionName: 'menuSetup',
    });

    fake.ui.alertAnswers.push('NO');
    expect(ui.alert('Hapus?', 'Yakin?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    expect(fake.ui.alerts[0]).toEqual({ title: 'Hapus?', prompt: 'Yakin?', buttons: 'YES_NO', answer: 'NO' });
    // Unanswered, a question is closed; an answer the alert does not show is the test's mistake.
    expect(ui.alert('Hapus?', 'Yakin?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.CLOSE);
    fake.ui.alertAnswers.push('YES');
    expect(() => ui.alert('Selesai', ui.ButtonSet.OK)).toThrow(
      'answers YES to an alert that shows OK, CLOSE',
    );

    fake.ui.promptAnswers.push({ button: 'OK', text: 'Juri 3' });
    const answer = ui.prompt('Nama juri?');
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Juri 3', ui.Button.OK]);

    fake.spreadsheet.toast('Tersimpan', 'Juri', 5);
    expect(fake.ui.toasts).toEqual([{ message: 'Tersimpan', title: 'Juri', timeoutSeconds: 5 }]);

    ui.showSidebar(fake.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Juri'));
    expect(fake.ui.sidebars).toEqual([{ title: 'Juri', content: '<p>Juri</p>' }]);
    expect(() => fake.HtmlService.createHtmlOutputFromFile('missing')).toThrow();
    const out = fake.HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200);
    ui.showModalDialog(out, 'Detail');
    expect(fake.ui.dialogs).toEqual([{ title: 'Detail', content: '<b>x</b>', modal: true }]);
  });

  it('has no UI where Apps Script has none', () => {
    const fake = createFakeApps({ uiAvailable: false });
    expect(() => fake.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('keeps properties per store', () => {
    const fake = createFakeApps();
    fake.PropertiesService.getDocumentProperties().setProperty('lang', 'en');
    expect(fake.PropertiesService.getDocumentProperties().getProperty('lang')).toBe('en');
    expect(fake.PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
  });

  it('formats dates in a time zone and computes digests as signed bytes', () => {
    const fake = createFakeApps();
    const d = new Date('2026-11-27T17:00:00Z');
    expect(fake.Utilities.formatDate(d, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')).toBe('2026-11-28 00:00');
    expect(fake.Utilities.formatDate(d, 'UTC', "dd/MM/yy 'pukul' H")).toBe('27/11/26 pukul 17');
    const digest = fake.Utilities.computeDigest(fake.Utilities.DigestAlgorithm.SHA_256, 'abc');
    // SHA-256("abc") starts ba 78 16 bf: 0xba = 186 = -70 as a signed byte.
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(fake.ScriptApp.AuthMode.LIMITED).toBeDefined();
  });

  it('shares a spreadsheet by link through Drive', () => {
    const fake = createFakeApps();
    const file = fake.DriveApp.getFileById(fake.spreadsheet.getId());
    expect(file.getSharingAccess()).toBe(fake.DriveApp.Access.PRIVATE);
    file.setSharing(fake.DriveApp.Access.ANYONE_WITH_LINK, fake.DriveApp.Permission.VIEW);
    expect([file.getSharingAccess(), file.getSharingPermission()]).toEqual(['ANYONE_WITH_LINK', 'VIEW']);
    expect(() => fake.DriveApp.getFileById('nope')).toThrow();
  });

  it('installs the services as globals and takes them back', () => {
    const fake = createFakeApps();
    const target: Record<string, unknown> = { Session: 'before' };
    const undo = fake.installGlobals(target);
    expect(target.SpreadsheetApp).toBe(fake.SpreadsheetApp);
    undo();
    expect(target).toEqual({ Session: 'before' });
  });
});
