/**
 * A failure injected at every single service call of Generate and of
 * Compute ranking (the 6-minute limit, a service error, an editor Sheets
 * refuses), then the same action again, as a second secretariat member: the
 * workbook must be whole. Every juror tab protected by Juri and sealed, open
 * to its juror and the secretariat and to nobody else, no score changed, no
 * temporary or empty sheet left.
 */
import type { Competition } from '../../src/core/model';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import {
  checksum,
  jurorCells,
  MEMBER,
  NOW,
  scoreAll,
  sharedBook,
  sharedCompetition,
  type Book,
} from './book';
import { wholeProblems } from './whole';

const figures: Record<string, { points: number; tabsChecked: number; problemsLeft: number }> = {};

afterAll(() => {
  for (const [name, f] of Object.entries(figures))
    console.log(
      `robustness (interrupted ${name}): ${f.points} interruption points tried, ` +
        `${f.tabsChecked} juror tabs checked, ${f.problemsLeft} problems left`,
    );
});

interface Scenario {
  name: string;
  /** The workbook just before the action, and the Setup the action will find. */
  before(): { book: Book; c: Competition };
  act(book: Book): void;
}

function generated(c: Competition): Book {
  const book = sharedBook(c);
  writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
  workflow.generateTabs(book.port());
  scoreAll(book.port(), c);
  return book;
}

function withSetup(book: Book, c: Competition): void {
  writeSheet(book.port(), { ...renderSetup(c, c.lang), name: 'Pengaturan' }, { create: false });
}

const generate = (book: Book) => {
  const out = workflow.generateTabs(book.port());
  if (!out.ok) throw new Error(out.problems.map((p) => p.message.en).join('; '));
};
const rank = (book: Book) => {
  const out = workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });
  if (!out.ok) throw new Error(out.message.en);
};

const scenarios: Scenario[] = [
  {
    name: 'first generate',
    before() {
      const c = sharedCompetition();
      const book = sharedBook(c);
      writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
      return { book, c };
    },
    act: generate,
  },
  {
    name: 'generate after a criterion is renamed',
    before() {
      const c = sharedCompetition();
      const book = generated(c);
      const edited = structuredClone(c);
      edited.criteria[0].name += ' (revisi)';
      withSetup(book, edited);
      return { book, c: edited };
    },
    act: generate,
  },
  {
    name: 'generate after an entry is withdrawn',
    before() {
      const c = sharedCompetition();
      const book = generated(c);
      const edited = structuredClone(c);
      edited.entries = edited.entries.slice(1);
      withSetup(book, edited);
      return { book, c: edited };
    },
    act: generate,
  },
  {
    name: 'compute ranking',
    before() {
      const c = sharedCompetition();
      const book = generated(c);
      rank(book);
      return { book, c };
    },
    act: rank,
  },
];

describe.each(scenarios)('a failure at any call of $name', (scenario) => {
  it('is finished by the same action run again by another secretariat member', () => {
    const { book, c } = scenario.before();
    const state = book.fake.inspect();
    const saved = state.copy();
    const typed = checksum(jurorCells(book.fake));
    book.fake.runAs(MEMBER);
    book.fake.calls.reset();
    scenario.act(book);
    const total = book.fake.calls.total();
    const tabs = state.sheets.filter((s) => /–/.test(s.name)).length;
    expect(wholeProblems(book.fake, c, tabs, [MEMBER])).toEqual([]);

    const f = (figures[scenario.name] = { points: 0, tabsChecked: 0, problemsLeft: 0 });
    const left: string[] = [];
    for (let k = 1; k <= total; k++) {
      state.restore(saved);
      let seen = 0;
      const stop = book.fake.failWhen(() => ++seen === k);
      try {
        scenario.act(book);
      } catch {
        // The interruption: whatever it left, the next run must finish.
      }
      stop();
      scenario.act(book);
      const problems = wholeProblems(book.fake, c, tabs, [MEMBER]);
      if (checksum(jurorCells(book.fake)) !== typed) problems.push('a score or note changed');
      f.points++;
      f.tabsChecked += tabs;
      f.problemsLeft += problems.length;
      left.push(...problems.map((p) => `call ${k}: ${p}`));
    }
    expect(f.points).toBe(total);
    expect(left).toEqual([]);
  });
});
