/**
 * The sidebar's reply to an action is built from what the action read and
 * wrote (recordPort), not from a second read of every sheet. It must be the
 * summary a fresh read would give, at a handful of service calls at most.
 */
import type { Competition } from '../../src/core/model';
import { syntheticCompetition } from '../../src/core/synthetic';
import type { SpreadsheetPort } from '../../src/workbook/port';
import { recordPort } from '../../src/workbook/recorded';
import * as workflow from '../../src/workflow/actions';
import { buildSummary, problemPage, type Computed } from '../../src/workflow/panel';
import { FIRST_PROBLEMS, PROBLEM_PAGE, type PanelSummary } from '../../src/workflow/summary';
import { typeScores } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { NOW, newBook, scoreAll, type Book } from '../robustness/book';
import { editSetup } from './helpers';

/** Runs an action on a recording port; the reply's summary, its service calls, and a fresh summary to compare. */
function act<T>(
  book: Book,
  action: (port: SpreadsheetPort) => T,
  computed: (outcome: T) => Computed = () => ({}),
): { outcome: T; reply: PanelSummary; replyCalls: number; fresh: PanelSummary } {
  const recorded = recordPort(book.port());
  const outcome = action(recorded.port);
  book.fake.calls.reset();
  const reply = buildSummary(recorded.view(), 'id', null, computed(outcome));
  const replyCalls = book.fake.calls.total();
  return { outcome, reply, replyCalls, fresh: buildSummary(book.port(), 'id', null) };
}

const ranking = (o: workflow.RankOutcome): Computed =>
  o.result ? { ranking: { result: o.result, fingerprint: o.fingerprint } } : {};

const competition = (): Competition =>
  syntheticCompetition({
    entries: 10,
    jurors: 4,
    stages: 2,
    criteriaPerStage: 3,
    jurorsPerEntry: 2,
    categories: 2,
    seed: 11,
  });

describe('the reply to each action', () => {
  it('is the summary a fresh read gives, at 5 service calls or fewer, through a whole competition', () => {
    const book = newBook();
    const steps: { name: string; replyCalls: number }[] = [];
    const expectSame = <T>(
      name: string,
      r: { reply: PanelSummary; fresh: PanelSummary; replyCalls: number; outcome: T },
    ) => {
      expect({ name, summary: r.reply }).toEqual({ name, summary: r.fresh });
      steps.push({ name, replyCalls: r.replyCalls });
      return r.outcome;
    };

    expectSame(
      'new competition',
      act(book, (port) => workflow.newCompetition(port, { example: true, lang: 'id' })),
    );
    // The regency example, replaced by a larger one with two jurors per entry.
    editSetup(book.port(), (c) => Object.assign(c, competition(), { lang: 'id' }));
    expectSame(
      'generate',
      act(book, (port) => workflow.generateTabs(port)),
    );
    expectSame(
      'rank refused',
      act(book, (port) => workflow.computeRankingAction(port, { allowIncomplete: false, now: NOW }), ranking),
    );

    const c = readWorkbook(book.port()).setup!.competition;
    scoreAll(book.port(), c);
    // A zero too many on one cell, and one juror far from the others on one entry.
    const tabs = readWorkbook(book.port()).tabs;
    const [first, second] = tabs;
    typeScores(book.port(), first.sheet, { [first.rows[0].entryId]: { [first.criterionIds[0]]: 850 } });
    typeScores(book.port(), second.sheet, {
      [second.rows[1].entryId]: Object.fromEntries(second.criterionIds.map((id) => [id, 1])),
    });
    const checked = act(book, (port) => workflow.checkScores(port));
    expectSame('check', checked);
    expect(checked.reply.check.errors).toBeGreaterThan(0);

    const ranked = act(
      book,
      (port) => workflow.computeRankingAction(port, { allowIncomplete: true, now: NOW }),
      ranking,
    );
    expectSame('rank', ranked);
    expect(ranked.reply.ranking.computed).toBe(true);
    expectSame(
      'check with a ranking',
      act(book, (port) => workflow.checkScores(port)),
    );
    expectSame(
      'rank again',
      act(book, (port) => workflow.computeRankingAction(port, { allowIncomplete: true, now: NOW }), ranking),
    );

    // The Setup changes: generate rewrites the tabs of a stage, keeping every score.
    editSetup(book.port(), (x) => (x.criteria[0].name += ' (revisi)'));
    const regenerated = act(book, (port) => workflow.generateTabs(port));
    expect(regenerated.outcome.updated.length).toBeGreaterThan(0);
    expectSame('generate again', regenerated);

    expect(steps.filter((s) => s.replyCalls > 5)).toEqual([]);
  });

  it('carries the first few problems of each juror and their counts; the rest come page by page', () => {
    const book = newBook();
    workflow.newCompetition(book.port(), { example: true, lang: 'id' });
    editSetup(book.port(), (c) => Object.assign(c, competition(), { lang: 'id' }));
    workflow.generateTabs(book.port());
    // One juror types text into every score cell of a tab: many problems of one juror.
    const tab = readWorkbook(book.port()).tabs[0];
    typeScores(
      book.port(),
      tab.sheet,
      Object.fromEntries(
        tab.rows.map((r) => [r.entryId, Object.fromEntries(tab.criterionIds.map((id) => [id, 'baik']))]),
      ),
    );
    const summary = buildSummary(book.port(), 'id', null);
    const juror = summary.progress.find((p) => p.sheet === tab.sheet)!.juror;
    const group = summary.check.groups.find((g) => g.juror === juror)!;
    const carried = summary.check.problems.filter((p) => p.juror === juror);
    expect(group.errors).toBeGreaterThan(FIRST_PROBLEMS);
    expect(carried).toHaveLength(FIRST_PROBLEMS);
    for (const g of summary.check.groups)
      expect(summary.check.problems.filter((p) => p.juror === g.juror).length).toBe(
        Math.min(FIRST_PROBLEMS, g.errors + g.warnings),
      );

    // The pages continue where the summary stopped, and together they are the whole list.
    const all = [...carried];
    for (let from = carried.length; from < group.errors + group.warnings;) {
      const page = problemPage(book.port(), 'id', 'check', juror, from);
      expect(page.total).toBe(group.errors + group.warnings);
      expect(page.problems.length).toBeGreaterThan(0);
      all.push(...page.problems);
      from += page.problems.length;
    }
    expect(problemPage(book.port(), 'id', 'check', juror, 0).problems).toEqual(all.slice(0, PROBLEM_PAGE));
    expect(new Set(all.map((p) => `${p.sheet}!${p.cell}:${p.code}`)).size).toBe(all.length);
    expect(all.every((p) => p.juror === juror)).toBe(true);
  });

  it('carries the first few Setup problems and their counts; the rest come page by page', () => {
    const book = newBook();
    workflow.newCompetition(book.port(), { example: true, lang: 'id' });
    // Every juror's email broken: one problem per juror, more than the summary carries.
    editSetup(book.port(), (c) => {
      Object.assign(c, competition(), { lang: 'id' });
      c.jurors.forEach((j) => (j.email = 'bukan-email'));
    });
    const summary = buildSummary(book.port(), 'id', null);
    const total = summary.setup.errors + summary.setup.warnings;
    expect(total).toBeGreaterThan(FIRST_PROBLEMS);
    expect(summary.setup.problems).toHaveLength(FIRST_PROBLEMS);
    const page = problemPage(book.port(), 'id', 'setup', '', FIRST_PROBLEMS);
    expect(page.total).toBe(total);
    const all = [...summary.setup.problems, ...page.problems];
    expect(all).toHaveLength(total);
    expect(problemPage(book.port(), 'id', 'setup', '', 0).problems).toEqual(all);
  });
});
