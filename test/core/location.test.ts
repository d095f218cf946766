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
