/** Pieces every step uses: the step frame, action buttons, clickable problems. */
import { cellRef } from '../core/location';
import type { UiKey } from '../i18n/ui';
import { PROBLEM_PAGE, type ProblemSection, type SummaryProblem } from '../workflow/summary';
import { h, type Child } from './dom';
import type { ActionName, ImportField, PresetName, State } from './state';
import type { Say } from './text';

export interface Handlers {
  act(action: ActionName): void;
  refresh(): void;
  setLang(lang: 'id' | 'en'): void;
  selectCell(sheet: string, cell: string): void;
  confirmRank(yes: boolean): void;
  confirmPublish(yes: boolean): void;
  more(section: ProblemSection, juror: string, from: number): void;
  confirmDocuments(yes: boolean): void;
  setIncludeRecap(on: boolean): void;
  setPreset(preset: PresetName): void;
  openImport(): void;
  chooseSource(sheet: string): void;
  chooseColumn(field: ImportField, col: number): void;
  cancelImport(): void;
}

export interface Ctx {
  state: State;
  say: Say;
  on: Handlers;
}

/** How a step stands, shown as the colour of its edge. */
export type StepMood = 'ok' | 'todo' | 'warn' | 'error';

export function step(id: string, title: string, mood: StepMood, ...body: Child[]): HTMLElement {
  return h(
    'section',
    { class: `step ${mood}`, 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title` }, title),
    ...body,
  );
}

export function para(text: string, cls = ''): HTMLParagraphElement {
  return h('p', { class: cls || null }, text);
}

/**
 * A button disabled while any action runs (the server takes one at a time);
 * while its own work runs it says so (`running`), with a spinner unless
 * `spinner` is false. `blockedBy` names the element that says why it cannot
 * run yet: the button is disabled and points to that reason.
 */
export function busyButton(
  ctx: Ctx,
  b: {
    key: string;
    class: string;
    running: boolean;
    label: string;
    runningLabel: string;
    spinner?: boolean;
    blockedBy?: string | null;
    onclick(): void;
  },
): HTMLButtonElement {
  const blockedBy = b.blockedBy ?? null;
  const runningText =
    b.spinner === false
      ? b.runningLabel
      : [h('span', { class: 'spinner', 'aria-hidden': 'true' }), b.runningLabel];
  return h(
    'button',
    {
      type: 'button',
      class: b.class,
      'data-key': b.key,
      disabled: ctx.state.busy !== null || blockedBy !== null,
      'aria-describedby': blockedBy,
      'aria-busy': b.running ? 'true' : null,
      onclick: () => b.onclick(),
    },
    b.running ? runningText : b.label,
  );
}

/** The button of one of the workflow's actions. */
export function actionButton(
  ctx: Ctx,
  action: ActionName,
  label: UiKey,
  busyLabel: UiKey,
  primary = true,
  blockedBy: string | null = null,
): HTMLButtonElement {
  return busyButton(ctx, {
    key: action,
    class: primary ? 'btn primary' : 'btn',
    running: ctx.state.busy === action,
    label: ctx.say(label),
    runningLabel: ctx.say(busyLabel),
    blockedBy,
    onclick: () => ctx.on.act(action),
  });
}

export function where(p: SummaryProblem): string {
  return cellRef(p.sheet, p.cell);
}

/** One problem: a button that jumps to its cell, or plain text when it has no sheet. */
function problemItem(ctx: Ctx, p: SummaryProblem, key: string): HTMLLIElement {
  const content = [
    h(
      'span',
      { class: `sev ${p.severity}` },
      ctx.say(p.severity === 'error' ? 'check.error' : 'check.warning'),
    ),
    h('span', { class: 'msg' }, p.message),
    p.sheet ? h('span', { class: 'where' }, where(p)) : null,
  ];
  if (!p.sheet) return h('li', {}, h('div', { class: `problem ${p.severity}` }, content));
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: `problem ${p.severity}`,
        'data-key': key,
        onclick: () => ctx.on.selectCell(p.sheet, p.cell || 'A1'),
      },
      content,
    ),
  );
}

export function problemList(ctx: Ctx, problems: SummaryProblem[], keyPrefix: string): HTMLUListElement {
  return h(
    'ul',
    { class: 'problems' },
    problems.map((p, i) => problemItem(ctx, p, `${keyPrefix}-${i}`)),
  );
}

/** The button that brings the next problems of a list, when the summary carried only the first few. */
export function moreButton(
  ctx: Ctx,
  section: ProblemSection,
  juror: string,
  shown: number,
  total: number,
  key: string,
): HTMLButtonElement | null {
  const left = total - shown;
  if (left <= 0) return null;
  const loading = ctx.state.busy === 'more';
  return h(
    'button',
    {
      type: 'button',
      class: 'btn link',
      'data-key': key,
      disabled: ctx.state.busy !== null,
      'aria-busy': loading ? 'true' : null,
      onclick: () => ctx.on.more(section, juror, shown),
    },
    loading
      ? ctx.say('check.loadingMore')
      : ctx.say('check.more', { n: Math.min(left, PROBLEM_PAGE), total }),
  );
}
