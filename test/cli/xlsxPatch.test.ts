/** Cells written into a sheet's XML in place: only they change, whatever way the file stores its rows. */
import { addPatch, patchSheetXml, type Patches } from '../../src/cli/xlsxPatch';
import { scanSheet, type ReadContext } from '../../src/cli/xlsxScan';
import type { Block } from '../../src/workbook/port';

const ctx: ReadContext = { strings: ['Judul', 'lama'], dateStyles: [], date1904: false };

function patched(xml: string, ...blocks: Block[]): string {
  const patches: Patches = new Map();
  for (const b of blocks) addPatch(patches, b);
  return patchSheetXml(xml, patches);
}

const sheet = (data: string, dimension = 'A1:C3') =>
  `<worksheet xmlns="x"><dimension ref="${dimension}"/><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="E1:F1"/></mergeCells><conditionalFormatting sqref="A1:C3"><cfRule type="expression" priority="1"><formula>A1&gt;1</formula></cfRule></conditionalFormatting></worksheet>`;

describe('patchSheetXml', () => {
  it('replaces a written cell keeping its format, adds cells and rows in order, and leaves the rest as it was', () => {
    const row1 =
      '<row r="1" spans="1:3" ht="20" customHeight="1"><c r="A1" s="4" t="s"><v>0</v></c><c r="C1" s="2"><v>5</v></c></row>';
    const row3 = '<row r="3"><c r="A3" t="s"><v>1</v></c></row>';
    const xml = sheet(row1 + row3);
    const out = patched(
      xml,
      { row: 1, col: 2, values: [['B & <b>']] },
      { row: 1, col: 3, values: [[7]] },
      { row: 2, col: 1, values: [['=not a formula']] },
      { row: 5, col: 4, values: [[null]], formulas: [['=SUM(C1:C3)']] },
    );
    expect(out).toContain(
      '<row r="1" ht="20" customHeight="1"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">B &amp; &lt;b&gt;</t></is></c><c r="C1" s="2"><v>7</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">=not a formula</t></is></c></row>' +
        row3 +
        '<row r="5"><c r="D5"><f>SUM(C1:C3)</f></c></row>',
    );
    expect(out).toContain('<dimension ref="A1:D5"/>');
    // What follows the cells keeps its bytes.
    expect(out.slice(out.indexOf('</sheetData>'))).toBe(xml.slice(xml.indexOf('</sheetData>')));
    expect(scanSheet('T', out, ctx).values).toEqual([
      ['Judul', 'B & <b>', 7, null],
      ['=not a formula', null, null, null],
      ['lama', null, null, null],
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  it('places cells and rows that the file leaves without a reference, and writes into an empty sheet', () => {
    const out = patched(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'), {
      row: 2,
      col: 2,
      values: [[9]],
    });
    expect(scanSheet('T', out, ctx).values).toEqual([
      [1, 2],
      [3, 9],
    ]);
    const empty = '<worksheet xmlns="x"><sheetData/><pageMargins left="1"/></worksheet>';
    expect(patched(empty, { row: 1, col: 1, values: [['x']] })).toBe(
      '<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row></sheetData><pageMargins left="1"/></worksheet>',
    );
  });

  it('writes out whole the formulas that shared a master the write replaces', () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row>',
    );
    const out = patched(xml, { row: 1, col: 1, values: [['judul']] });
    expect(scanSheet('T', out, ctx).formulas.map((r) => r[0])).toEqual(['', '=B2*2', '=B3*2']);
    expect(out).toContain('<c r="A2"><f>B2*2</f><v>4</v></c>');
  });

  it('keeps the namespace prefix of a sheet written with one', () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const out = patched(xml, { row: 1, col: 2, values: [[2]] });
    expect(out).toBe(
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });
});
