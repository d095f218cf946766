import { a1, a1Range, columnLetter, quoteSheet } from '../../src/workbook/a1';

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
});
