/**
 * Randomised damage to a scored workbook on the in-memory SpreadsheetApp:
 * whatever a user does to the cells, rows, tabs or Setup, no exception
 * escapes generate, check or rank; the damage is reported where it is; and
 * not one cell a juror typed changes.
 */
import fc from 'fast-check';
import type { LocatedProblem } from '../../src/core/location';
import { checksum, jurorCells, runActions, scoredBook, type Outcomes } from './book';
import { apply, BAD_SCORES, NOTES, type Damage, type Expect, type SetupDamage } from './damage';

type Tally = { cases: number; problems: number; jurorCellsChanged: number };
const figures: Tally = { cases: 0, problems: 0, jurorCellsChanged: 0 };

afterAll(() => {
  console.log(
    `robustness (damage): ${figures.cases} damaged workbooks, ${figures.problems} problems reported, ` +
      `${figures.jurorCellsChanged} juror cells changed`,
  );
});

const SETUP_DAMAGE: SetupDamage[] = [
  'criterionWeightText',
  'scaleMaxText',
  'jurorEmail',
  'entryCategory',
  'entryIdDuplicate',
  'stageIdBlank',
  'entriesHeaderGone',
  'jurorsTitleGone',
  'methodUnknown',
];

const n = fc.nat({ max: 40 });
const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant('score' as const),
    tab: n,
    row: n,
    criterion: n,
    value: fc.constantFrom(...BAD_SCORES),
  }),
  fc.record({ kind: fc.constant('notes' as const), tab: n, row: n, value: fc.constantFrom(...NOTES) }),
  fc.record({ kind: fc.constant('deleteRow' as const), tab: n, row: n }),
  fc.record({ kind: fc.constant('duplicateRow' as const), tab: n, row: n }),
  fc.record({ kind: fc.constant('swapRows' as const), tab: n, row: n, other: n }),
  fc.record({
    kind: fc.constant('entryId' as const),
    tab: n,
    row: n,
    value: fc.constantFrom('X-999' as const, '' as const, 'other' as const),
  }),
  fc.record({
    kind: fc.constant('tabIds' as const),
    tab: n,
    which: fc.constantFrom('stage' as const, 'juror' as const),
  }),
  fc.record({
    kind: fc.constant('criterionId' as const),
    tab: n,
    criterion: n,
    value: fc.constant('zzz' as const),
  }),
  fc.record({ kind: fc.constant('renameTab' as const), tab: n }),
  fc.record({ kind: fc.constant('deleteTab' as const), tab: n }),
  fc.record({ kind: fc.constant('duplicateTab' as const), tab: n }),
  fc.record({ kind: fc.constant('setup' as const), what: fc.constantFrom(...SETUP_DAMAGE), index: n }),
);

function allProblems(o: Outcomes): LocatedProblem[] {
  return [...o.generate.problems, ...o.check.problems, ...o.rank.problems];
}

function describeProblems(problems: LocatedProblem[]): string {
  return problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`).join('\n');
}

function assertReported(expect_: Expect, o: Outcomes): void {
  const problems = allProblems(o);
  if ('nothing' in expect_) {
    expect(describeProblems(o.check.problems.filter((p) => p.severity === 'error'))).toBe('');
    return;
  }
  if ('anyError' in expect_) {
    expect(o.check.problems.some((p) => p.severity === 'error')).toBe(true);
    return;
  }
  const { sheet, cells } = expect_.at;
  const hit = problems.some((p) => p.sheet === sheet && (cells.includes(p.cell) || cells.includes('')));
  if (!hit)
    throw new Error(
      `nothing reported at ${sheet}!${cells.join('|')}; reported:\n${describeProblems(problems)}`,
    );
}

/** One damage, three actions: nothing thrown, the damage reported at its place, no typed cell changed. */
function survives(damage: Damage): void {
  const tally = figures;
  const book = scoredBook();
  const expected = apply(book, damage);
  const before = jurorCells(book.fake);
  let outcomes: Outcomes;
  try {
    outcomes = runActions(book);
  } catch (error) {
    throw new Error(
      `an action threw after ${JSON.stringify(damage)}: ${error instanceof Error ? error.stack : String(error)}`,
      {
        cause: error,
      },
    );
  }
  const after = jurorCells(book.fake);
  tally.cases++;
  tally.problems += outcomes.check.problems.length;
  tally.jurorCellsChanged +=
    after.filter((x) => !before.includes(x)).length + before.filter((x) => !after.includes(x)).length;
  expect(checksum(after)).toBe(checksum(before));
  assertReported(expected, outcomes);
}

describe('a damaged workbook', () => {
  it('survives every kind of damage once, reported where it is', () => {
    const examples: Damage[] = [
      ...BAD_SCORES.map((value, i): Damage => ({ kind: 'score', tab: i, row: i, criterion: i, value })),
      { kind: 'notes', tab: 1, row: 2, value: '=1+1' },
      { kind: 'deleteRow', tab: 0, row: 1 },
      { kind: 'duplicateRow', tab: 2, row: 0 },
      { kind: 'swapRows', tab: 3, row: 0, other: 2 },
      { kind: 'entryId', tab: 4, row: 1, value: 'X-999' },
      { kind: 'entryId', tab: 4, row: 1, value: '' },
      { kind: 'entryId', tab: 4, row: 1, value: 'other' },
      { kind: 'tabIds', tab: 5, which: 'stage' },
      { kind: 'tabIds', tab: 0, which: 'juror' },
      { kind: 'criterionId', tab: 1, criterion: 1, value: 'zzz' },
      { kind: 'renameTab', tab: 2 },
      { kind: 'deleteTab', tab: 3 },
      { kind: 'duplicateTab', tab: 4 },
      ...SETUP_DAMAGE.map((what, i): Damage => ({ kind: 'setup', what, index: i })),
    ];
    for (const damage of examples) {
      try {
        survives(damage);
      } catch (error) {
        throw new Error(
          `${JSON.stringify(damage)}: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    }
  });

  // A blank criterion id in row 4 once ended the criteria there, so generate moved the next
  // criterion's scores into Notes and dropped the rest; the Notes column is now found by its heading
  // and a tab with a column Juri cannot identify is left alone.
  it('keeps the scores of a tab whose criterion id cell was cleared', () => {
    survives({ kind: 'criterionId', tab: 1, criterion: 1, value: '' });
  });

  it('survives random damage (property)', () => {
    fc.assert(
      fc.property(damageArb, (damage) => survives(damage)),
      { numRuns: 60, seed: 20261128 },
    );
  });

  it('survives several kinds of damage at once without losing a typed cell (property)', () => {
    fc.assert(
      fc.property(fc.array(damageArb, { minLength: 2, maxLength: 4 }), (damages) => {
        const book = scoredBook();
        for (const d of damages) {
          try {
            apply(book, d);
          } catch {
            // An earlier damage (a deleted tab, a broken Setup) may leave nothing for this one to damage.
          }
        }
        const before = jurorCells(book.fake);
        runActions(book);
        runActions(book);
        const after = jurorCells(book.fake);
        figures.cases++;
        expect(checksum(after)).toBe(checksum(before));
      }),
      { numRuns: 25, seed: 20261129 },
    );
  });
});
