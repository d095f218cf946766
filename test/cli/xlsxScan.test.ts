/** The sheet reader on XML as Excel, LibreOffice, Google Sheets and scripts write it. */
import {
  isDateFormat,
  scanSheet,
  sharedStrings,
  shiftFormula,
  type ReadContext,
} from '../../src/cli/xlsxScan';

const ctx = (over: Partial<ReadContext> = {}): ReadContext => ({
  strings: ['Ojek ASI', 'Catatan'],
  dateStyles: [false, true],
  date1904: false,
  ...over,
});

const sheet = (data: string, after = '') =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${after}</worksheet>`;

describe('scanSheet', () => {
  it('reads every kind of cell value', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>85.5</v></c><c r="C1" t="b"><v>1</v></c>' +
        '<c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="str"><f>A1&amp;"!"</f><v>Ojek ASI!</v></c>' +
        '<c r="F1" t="inlineStr"><is><r><t>Pe</t></r><r><rPr><b/></rPr><t xml:space="preserve">nting </t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>46354</v></c><c r="B2" t="inlineStr"><is><t>baris_x000D_baru &lt;b&gt;</t></is></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t></t></is></c></row>',
    );
    expect(scanSheet('T', xml, ctx())).toEqual({
      name: 'T',
      values: [
        ['Ojek ASI', 85.5, true, '#DIV/0!', 'Ojek ASI!', 'Penting '],
        ['2026-11-28', 'baris\rbaru <b>', 'Catatan', null, null, null],
      ],
      formulas: [
        ['', '', '', '', '=A1&"!"', ''],
        ['', '', '', '', '', ''],
      ],
    });
  });

  it('places cells without r attributes (some writers leave them out) one after another', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c/><c><v>3</v></c></row>');
    expect(scanSheet('T', xml, ctx()).values).toEqual([
      [1, 2],
      [null, 3],
    ]);
  });

  it('gives each cell of a shared formula its own formula', () => {
    const xml = sheet(
      '<row r="5"><c r="H5"><f t="shared" ref="H5:H7" si="0">SUM(D5:$G5)*$B$1</f><v>1</v></c></row>' +
        '<row r="6"><c r="H6"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="7"><c r="H7"><f t="shared" si="0"/><v>3</v></c></row>',
    );
    const read = scanSheet('T', xml, ctx());
    expect(read.formulas.slice(4).map((r) => r[7])).toEqual([
      '=SUM(D5:$G5)*$B$1',
      '=SUM(D6:$G6)*$B$1',
      '=SUM(D7:$G7)*$B$1',
    ]);
    expect(shiftFormula('IF(A1="B2",\'Juri 1\'!C3,LOG10(D4))', 1, 1)).toBe(
      'IF(B2="B2",\'Juri 1\'!D4,LOG10(E5))',
    );
  });

  it('reads hidden cells of a merge as empty, and counts dates from 1904 when the workbook does', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"><v>44892</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
    );
    const read = scanSheet('T', xml, ctx({ date1904: true }));
    // The merge's hidden cell holds nothing: it does not widen the sheet.
    expect(read.values).toEqual([['Ojek ASI'], ['2026-11-28']]);
  });

  it('reads an empty sheet as no rows', () => {
    expect(scanSheet('T', sheet(''), ctx())).toEqual({ name: 'T', values: [], formulas: [] });
    expect(scanSheet('T', '<worksheet><sheetData/></worksheet>', ctx()).values).toEqual([]);
  });
});

describe('shared strings and formats', () => {
  it('joins rich-text runs and leaves phonetic guides out', () => {
    expect(
      sharedStrings('<sst><si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r></si><si/><si><t/></si></sst>'),
    ).toEqual(['a', 'bc', '', '']);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'd-mmm-yy', '[$-421]dddd, d mmmm yyyy', 'h:mm', 'yyyy"年"m"月"'])
      expect({ code, date: isDateFormat(code) }).toEqual({ code, date: true });
    for (const code of ['0.00', '#,##0', '@', 'General', '"dibuat" 0', '[Red]0.00', '0.00\\ "d"'])
      expect({ code, date: isDateFormat(code) }).toEqual({ code, date: false });
  });
});
