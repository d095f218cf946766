import { cellRef, locate } from '../../src/core/location';
import type { Problem } from '../../src/core/model';

const problem: Problem = {
  code: 'weights-sum',
  severity: 'error',
  where: { kind: 'table', table: 'criteria', index: 0, field: 'weight' },
  message: { id: 'Bobot berjumlah 95 %.', en: 'Weights add up to 95 %.' },
};

describe('where a problem is', () => {
  it('writes a cell of a sheet, or the sheet alone', () => {
    expect(cellRef('Pengaturan', 'D32')).toBe('Pengaturan!D32');
    expect(cellRef('Pengaturan', '')).toBe('Pengaturan');
  });

  it('quotes a sheet name the way Sheets does', () => {
    expect(cellRef('Setup_2', 'A1')).toBe('Setup_2!A1');
    expect(cellRef('Presentasi – Juri 1', 'D6')).toBe("'Presentasi – Juri 1'!D6");
    expect(cellRef("Juri O'Neil", 'D6')).toBe("'Juri O''Neil'!D6");
    expect(cellRef('2026', 'A1')).toBe("'2026'!A1");
    expect(cellRef('A1', 'B2')).toBe("'A1'!B2");
    expect(cellRef('R1C1', 'B2')).toBe("'R1C1'!B2");
    expect(cellRef('pendaftaran.csv', 'D4')).toBe("'pendaftaran.csv'!D4");
    expect(cellRef('Juri 1', '')).toBe("'Juri 1'");
  });

  it('puts the location in front of the message and keeps the message alone', () => {
    const located = locate(problem, { sheet: 'Pengaturan', cell: 'D32' });
    expect(located).toMatchObject({
      sheet: 'Pengaturan',
      cell: 'D32',
      code: 'weights-sum',
      where: problem.where,
    });
    expect(located.message).toEqual({
      id: 'Pengaturan!D32: Bobot berjumlah 95 %.',
      en: 'Pengaturan!D32: Weights add up to 95 %.',
    });
    expect(located.text).toEqual(problem.message);
    expect(locate(problem, { sheet: 'Pengaturan', cell: '' }).message.en).toBe(
      'Pengaturan: Weights add up to 95 %.',
    );
  });

  it('leaves a problem without a sheet as it is', () => {
    expect(locate(problem, { sheet: '', cell: '' })).toEqual({ ...problem, sheet: '', cell: '' });
  });
});
