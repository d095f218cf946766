import { linesOf, paperGrid } from '../../src/workbook/documents/paper';

describe('text wrapped in a cell', () => {
  it('counts the lines a spreadsheet wraps text into, at spaces, breaking words longer than a line', () => {
    expect(linesOf(null, 100, false)).toBe(1);
    expect(linesOf('pendek', 100, false)).toBe(1);
    // 100 px holds 14 characters of the default font: two words of 8 do not share a line.
    expect(linesOf('abcdefgh abcdefgh', 100, false)).toBe(2);
    expect(linesOf('abcdefgh\nabcdefgh', 400, false)).toBe(2);
    expect(linesOf('x'.repeat(30), 100, false)).toBe(3);
    expect(
      linesOf('Substansi (manfaat dan kemungkinan direplikasi) (50 %)', 75, true),
    ).toBeGreaterThanOrEqual(7);
  });
});

describe('page breaks of a sheet made for paper', () => {
  it('starts a kept block on a new page when it would not fit on the rest of the current one', () => {
    const g = paperGrid([600], 'A4');
    for (let i = 0; i < 40; i++) g.row([`baris ${i}`]);
    g.keep(() => {
      for (let i = 0; i < 10; i++) g.row([`tanda tangan ${i}`], { minHeight: 38 });
    });
    const sheet = g.build('Uji', '{page}/{pages}');
    // 40 rows of 19 pt fill 760 pt of the 703 pt of a page: row 38 starts page 2 on its own, and the block of
    // 10 × 38 pt fits after the 3 rows there.
    expect(sheet.paper?.breaksBefore).toEqual([]);
    const g2 = paperGrid([600], 'A4');
    for (let i = 0; i < 30; i++) g2.row([`baris ${i}`]);
    g2.keep(() => {
      for (let i = 0; i < 10; i++) g2.row([`tanda tangan ${i}`], { minHeight: 38 });
    });
    expect(g2.build('Uji', '').paper?.breaksBefore).toEqual([31]);
  });

  it('never breaks before a block taller than a page, which has to split anyway', () => {
    const g = paperGrid([600], 'F4');
    g.row(['judul']);
    g.keep(() => {
      for (let i = 0; i < 60; i++) g.row([`baris ${i}`], { minHeight: 38 });
    });
    expect(g.build('Uji', '').paper?.breaksBefore).toEqual([]);
  });

  it('breaks where asked, repeats a header row and merges paragraphs across the page', () => {
    const g = paperGrid([100, 200], 'A4');
    g.paragraph('Judul', { bold: true, center: true });
    g.row(['No', 'Nama']);
    g.repeatLastRow();
    g.row([1, 'A']);
    g.newPage();
    g.row([2, 'B']);
    const paper = g.build('Uji', '').paper!;
    expect(paper.breaksBefore).toEqual([4]);
    expect(paper.titleRows).toEqual({ first: 2, last: 2 });
    expect(paper.merges).toEqual([{ row: 1, col: 1, numRows: 1, numCols: 2 }]);
    expect(paper.centerRows).toEqual([1]);
    expect(paper.printArea).toEqual({ row: 1, col: 1, numRows: 4, numCols: 2 });
  });
});
