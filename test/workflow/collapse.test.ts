import { collapseMissing } from '../../src/workflow/collapse';
import type { LocatedProblem } from '../../src/core/location';
import type { ProblemCode } from '../../src/i18n/problems';

const p = (code: ProblemCode, sheet: string, cell: string): LocatedProblem => ({
  code,
  severity: 'error',
  where: { kind: 'scoreSheet', stageId: 's', jurorId: 'j' },
  message: { id: `${code} ${cell}`, en: `${code} ${cell}` },
  sheet,
  cell,
});

describe('empty score cells in lists for people', () => {
  it('become one line per tab, at the first empty cell, other problems kept in place', () => {
    const out = collapseMissing([
      p('score-missing', 'A', 'D6'),
      p('score-out-of-scale', 'A', 'E6'),
      p('score-missing', 'A', 'D7'),
      p('score-missing', 'B', 'D6'),
      p('score-missing', 'A', 'D8'),
    ]);
    expect(out.map((x) => [x.code, x.sheet, x.cell])).toEqual([
      ['scores-missing', 'A', 'D6'],
      ['score-out-of-scale', 'A', 'E6'],
      ['score-missing', 'B', 'D6'],
    ]);
    expect(out[0].message.id).toBe('A!D6: 3 nilai di tab ini masih kosong, yang pertama di sel D6.');
    expect(out[0].message.en).toBe('A!D6: 3 scores in this tab are still empty, the first in cell D6.');
  });
});
