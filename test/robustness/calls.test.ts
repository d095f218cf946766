/**
 * The service calls of each action, counted by the fake through the port as
 * the add-on makes it (remembering within an action): they grow with the
 * number of tabs, never with entries or criteria. The budgets are those of
 * the benchmark (`npm run bench` prints the figures at full size).
 */
import type { Competition } from '../../src/core/model';
import { syntheticCompetition } from '../../src/core/synthetic';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import { NOW, newBook, scoreAll, sharedBook } from './book';

interface Counted {
  tabs: number;
  generate: number;
  check: number;
  rank: number;
  rankAgain: number;
}

function count(c: Competition): Counted {
  const book = newBook();
  writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
  const calls = book.fake.calls;
  calls.reset();
  const generated = workflow.generateTabs(book.port());
  const generate = calls.total();
  scoreAll(book.port(), c);
  calls.reset();
  expect(workflow.checkScores(book.port()).ok).toBe(true);
  const check = calls.total();
  calls.reset();
  expect(workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW }).ok).toBe(true);
  const rank = calls.total();
  calls.reset();
  workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });
  return { tabs: generated.created.length, generate, check, rank, rankAgain: calls.total() };
}

const size = (entries: number, criteriaPerStage: number) =>
  syntheticCompetition({
    entries,
    jurors: 4,
    stages: 2,
    criteriaPerStage,
    jurorsPerEntry: 2,
    categories: 2,
    seed: 3,
  });

describe('service calls per action', () => {
  const small = count(size(12, 3));
  const large = count(size(120, 7));

  it('do not grow with entries or criteria', () => {
    expect(large.tabs).toBe(small.tabs);
    expect(large).toEqual(small);
  });

  it('stay within 8 per juror tab plus 20 for check and rank', () => {
    const budget = 8 * small.tabs + 20;
    expect(small.check).toBeLessThanOrEqual(budget);
    expect(small.rank).toBeLessThanOrEqual(budget);
    expect(small.rankAgain).toBeLessThanOrEqual(budget);
  });

  // 42: the pakta and Submitted cells are a second range open to the juror alone, about 6 calls of its own.
  it('stay within 42 per tab written for generate (values, formats, validation, protection, look)', () => {
    expect(small.generate).toBeLessThanOrEqual(42 * small.tabs + 20);
  });
});

describe('generate, in a spreadsheet shared as a jury shares it', () => {
  /**
   * Calls of a first generate: every secretariat member and juror can edit the spreadsheet. With
   * `copies`, the Check environment has recorded that copies of a sheet keep what a tab needs here.
   */
  function firstGenerate(jurors: number, copies = false): { tabs: number; calls: number } {
    const c = syntheticCompetition({
      entries: 24,
      jurors,
      stages: 2,
      criteriaPerStage: 4,
      jurorsPerEntry: 2,
      categories: 2,
      seed: 3,
    });
    const book = sharedBook(c, { properties: copies });
    writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
    if (copies) book.port().copies!.record(true);
    book.fake.calls.reset();
    const out = workflow.generateTabs(book.port());
    return { tabs: out.created.length, calls: book.fake.calls.total() };
  }

  // 28, not 24, tab by tab: the pakta, its date and Submitted are a second range open to the juror (and
  // narrowed at submission): its range, its protection, description and editors are 4 calls of their own.
  // 24 is met by copies of a template (below), where the Check environment confirmed them.
  it('makes at most 28 calls per new juror tab', () => {
    const four = firstGenerate(4);
    const eight = firstGenerate(8);
    const perTab = (eight.calls - four.calls) / (eight.tabs - four.tabs);
    expect(perTab).toBeLessThanOrEqual(28);
    // Everything the action does once (reading the Setup, who runs it, the rule builder) included.
    expect(eight.calls / eight.tabs).toBeLessThanOrEqual(30);
  });

  // Where copies keep what a tab needs, each stage's template carries formats, rules, widths, panes and grid.
  it('makes at most 24 calls per new juror tab, all included, by copies of a template', () => {
    const four = firstGenerate(4, true);
    const eight = firstGenerate(8, true);
    expect((eight.calls - four.calls) / (eight.tabs - four.tabs)).toBeLessThanOrEqual(24);
    expect(four.calls / four.tabs).toBeLessThanOrEqual(24);
    expect(eight.calls / eight.tabs).toBeLessThanOrEqual(24);
    // Fewer than the same tabs written one by one.
    expect(eight.calls).toBeLessThan(firstGenerate(8).calls);
  });
});
