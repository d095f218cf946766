import {
  a1,
  a1Range,
  columnLetter,
  columnNumber,
  followRows,
  inRange,
  quoteSheet,
} from '../../src/workbook/a1';

describe('A1 notation', () => {
  it('names columns past Z like Sheets does', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
  it('names cells and ranges', () => {
    expect(a1(14, 3)).toBe('C14');
    expect(a1Range(6, 4, 6, 4)).toBe('D6:G11');
  });
  it('quotes sheet names with apostrophes', () => {
    expect(quoteSheet("Juri O'Neil")).toBe("'Juri O''Neil'");
  });
  it('tells a cell inside a range from one just outside it', () => {
    const range = { row: 6, col: 4, numRows: 6, numCols: 4 }; // D6:G11
    expect([inRange(range, 6, 4), inRange(range, 11, 7)]).toEqual([true, true]);
    expect([inRange(range, 5, 4), inRange(range, 12, 4), inRange(range, 6, 3), inRange(range, 6, 8)]).toEqual(
      [false, false, false, false],
    );
  });
  it('reads column letters back', () => {
    expect(['A', 'z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'].map(columnNumber)).toEqual([
      1, 26, 27, 52, 53, 702, 703,
    ]);
  });
});

describe('a formula whose rows moved', () => {
  const tab = "Presentasi – O'Neil";
  // Row 8 went to 9, row 9 to 8 (two entries swapped), row 12 to the archive at 20; row 5 (the header) stayed.
  const moved = new Map([
    [8, 9],
    [9, 8],
    [12, 20],
    [5, 5],
  ]);
  it('points at the cells it pointed at: references to its own sheet follow their rows, anchored or not', () => {
    expect(followRows('=D8*2+$E$9+F$12', tab, moved)).toBe('=D9*2+$E$8+F$20');
    expect(followRows('AVERAGE(D8:G8)&D5', tab, moved)).toBe('AVERAGE(D9:G9)&D5');
    expect(followRows(`'Presentasi – O''Neil'!D8+D12`, tab, moved)).toBe(`'Presentasi – O''Neil'!D9+D20`);
  });
  it("leaves another sheet's cells, texts, names and functions as they are", () => {
    expect(followRows(`Pengaturan!D8+'Juri 1'!E9:F12+D8`, tab, moved)).toBe(
      `Pengaturan!D8+'Juri 1'!E9:F12+D9`,
    );
    expect(followRows('"D8 "&LOG10(D8)&T2023&D8', tab, moved)).toBe('"D8 "&LOG10(D9)&T2023&D9');
    expect(followRows('SUM(D8)', tab, new Map())).toBe('SUM(D8)');
  });
});
