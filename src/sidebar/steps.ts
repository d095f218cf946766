/** The first three steps: getting the competition ready and watching the jurors score. */
import { orderProblems, type PanelSummary } from '../workflow/summary';
import { h } from './dom';
import { shownProblems } from './state';
import { actionButton, moreButton, para, problemList, step, type Ctx } from './widgets';
import { importPart, remindPart } from './intake';

export function setupStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say } = ctx;
  const problems = orderProblems(shownProblems(ctx.state, 'setup', ''));
  const total = s.setup.errors + s.setup.warnings;
  const body =
    s.setup.valid && total === 0
      ? [para(say('setup.valid'), 'good')]
      : [
          para(say('setup.problems', { n: total })),
          problemList(ctx, problems, 'setup'),
          moreButton(ctx, 'setup', '', problems.length, total, 'setup-more'),
        ];
  const open = h(
    'button',
    {
      type: 'button',
      class: 'btn link',
      'data-key': 'open-setup',
      onclick: () => ctx.on.selectCell(s.setup.sheet, 'A1'),
    },
    say('setup.open'),
  );
  return step(
    'step-setup',
    say('step.setup'),
    s.setup.valid ? 'ok' : 'error',
    ...body,
    s.setup.sheet ? open : null,
    ...importPart(ctx),
  );
}

export function tabsStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say } = ctx;
  const { generated, expected, outOfDate } = s.tabs;
  const complete = expected > 0 && generated >= expected && !outOfDate;
  return step(
    'step-tabs',
    say('step.tabs'),
    complete ? 'ok' : outOfDate ? 'warn' : 'todo',
    // With an invalid setup nothing can be expected yet: "0 of 0" would only puzzle.
    s.setup.valid ? para(say('tabs.count', { generated, expected }), 'count') : null,
    outOfDate ? para(say('tabs.outOfDate'), 'warn') : null,
    ...cutChanged(ctx, s),
    // Generating from a Setup with errors would only repeat them: the button waits, with the reason beside it.
    s.setup.valid ? null : h('p', { class: 'muted', id: 'tabs-blocked' }, say('tabs.needsSetup')),
    actionButton(
      ctx,
      'generate',
      'tabs.generate',
      'tabs.generating',
      true,
      s.setup.valid ? null : 'tabs-blocked',
    ),
  );
}

/** A later stage the Setup would now cut differently: what would change, and the secretariat's confirmation. */
function cutChanged(ctx: Ctx, s: PanelSummary): HTMLElement[] {
  const changes = s.tabs.cutChanged ?? [];
  if (changes.length === 0) return [];
  return [
    h(
      'div',
      { class: 'cut', id: 'cut-changed' },
      para(ctx.say('tabs.cutChanged'), 'warn'),
      changes.map((c) => para(c, 'muted')),
    ),
    actionButton(ctx, 'confirmCut', 'tabs.confirmCut', 'tabs.confirmingCut', false),
  ];
}

type Row = PanelSummary['progress'][number];

/** Stages in the order the server lists them, each with its jurors' rows. */
function byStage(rows: Row[]): [string, Row[]][] {
  const stages = new Map<string, Row[]>();
  for (const row of rows) {
    const list = stages.get(row.stage) ?? [];
    list.push(row);
    stages.set(row.stage, list);
  }
  return [...stages.entries()];
}

function bar(ctx: Ctx, row: Row): HTMLLIElement {
  const { say } = ctx;
  const label = say('progress.label', {
    juror: row.juror,
    stage: row.stage,
    scored: row.scored,
    total: row.total,
  });
  const state =
    row.state === 'submitted'
      ? h('span', { class: 'done-mark' }, ` ✓ ${say('progress.submitted')}`)
      : h(
          'span',
          { class: 'state' },
          ` · ${say(row.state === 'complete' ? 'progress.complete' : 'progress.inProgress')}`,
        );
  return h(
    'li',
    { class: row.done ? 'bar done' : row.daysLate > 0 ? 'bar late' : 'bar' },
    h(
      'div',
      { class: 'bar-head' },
      h('span', { class: 'who' }, row.juror),
      h(
        'span',
        { class: 'count' },
        say('progress.count', { scored: row.scored, total: row.total }),
        state,
        row.daysLate > 0
          ? h('span', { class: 'late-mark' }, ` ${say('progress.late', { days: row.daysLate })}`)
          : null,
      ),
    ),
    h('progress', { value: row.scored, max: Math.max(row.total, 1), 'aria-label': label }),
  );
}

export function progressStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say } = ctx;
  if (s.progress.length === 0)
    return step('step-progress', say('step.progress'), 'todo', para(say('progress.none'), 'muted'));
  const late = s.progress.some((r) => r.daysLate > 0);
  const allDone = s.progress.every((r) => r.done);
  const groups = byStage(s.progress).map(([stage, rows]) =>
    h(
      'div',
      { class: 'stage' },
      h('h3', {}, stage),
      para(
        say('progress.stageDone', { done: rows.filter((r) => r.done).length, total: rows.length }),
        'muted',
      ),
      h(
        'ul',
        { class: 'bars' },
        rows.map((r) => bar(ctx, r)),
      ),
    ),
  );
  // Reminders go to jurors past a deadline: offered once someone is late, or after they were asked for.
  const remind = late || ctx.state.reminders !== null ? remindPart(ctx) : [];
  return step('step-progress', say('step.progress'), allDone ? 'ok' : 'todo', ...groups, ...remind);
}
