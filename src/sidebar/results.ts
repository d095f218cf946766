/** The last three steps: check the scores, compute the ranking, publish it. */
import type { UiKey } from '../i18n/ui';
import { orderProblems, type PanelSummary } from '../workflow/summary';
import { shownProblems, type ActionName } from './state';
import { h, safeUrl, srOnly, type Child } from './dom';
import { actionButton, moreButton, para, problemList, step, type Ctx } from './widgets';

type Group = PanelSummary['check']['groups'][number];

/**
 * One juror's problems: the counts of all of them, the first few the summary
 * carried and any loaded since, and a button for the next ones.
 */
function jurorGroup(ctx: Ctx, group: Group, index: number): HTMLElement {
  const { say, state } = ctx;
  const shown = shownProblems(state, 'check', group.juror);
  const total = group.errors + group.warnings;
  const kinds = (['error', 'warning'] as const)
    .map((severity) => ({
      severity,
      count: severity === 'error' ? group.errors : group.warnings,
      list: orderProblems(shown.filter((p) => p.severity === severity)),
    }))
    .filter((k) => k.count > 0);
  return h(
    'div',
    { class: 'juror-group' },
    h('h3', {}, say('check.jurorCounts', { juror: group.juror || say('check.general'), n: total })),
    kinds.map((k) => [
      h(
        'h4',
        { class: k.severity },
        `${say(k.severity === 'error' ? 'check.error' : 'check.warning')} (${k.count})`,
      ),
      k.list.length > 0 ? problemList(ctx, k.list, `check-${index}-${k.severity}`) : null,
    ]),
    moreButton(ctx, 'check', group.juror, shown.length, total, `check-${index}-more`),
  );
}

export function checkStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say } = ctx;
  const { errors, warnings, groups } = s.check;
  const clean = errors === 0 && warnings === 0 && groups.length === 0;
  // Before any juror tab exists there are no scores: "no errors" would claim a check that found nothing to check.
  const nothingYet = s.tabs.generated === 0;
  return step(
    'step-check',
    say('step.check'),
    errors > 0 ? 'error' : warnings > 0 ? 'warn' : 'todo',
    actionButton(ctx, 'check', 'check.run', 'check.running', true, nothingYet ? 'check-blocked' : null),
    nothingYet
      ? h('p', { class: 'count', id: 'check-blocked' }, say('check.nothingYet'))
      : para(clean ? say('check.none') : say('check.counts', { errors, warnings }), 'count'),
    groups.map((g, i) => jurorGroup(ctx, g, i)),
  );
}

interface Question {
  question: UiKey;
  yes: UiKey;
  answer: (yes: boolean) => void;
}

/** An action's button and, while the server's question about it waits (its reason not null), that question. */
function askingAction(
  ctx: Ctx,
  action: ActionName,
  labels: { run: UiKey; running: UiKey },
  reason: string | null,
  ask: Question,
): Child[] {
  return [
    actionButton(ctx, action, labels.run, labels.running),
    reason !== null ? confirmBox(ctx, reason, ask) : null,
  ];
}

/** A question the server asked: its reason, the question, and the two answers. */
function confirmBox(ctx: Ctx, reason: string, ask: Question): HTMLElement {
  const { say } = ctx;
  return h(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': 'confirm-reason confirm-question' },
    h('p', { id: 'confirm-reason' }, reason),
    h('p', { id: 'confirm-question', class: 'strong' }, say(ask.question)),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn primary',
          'data-key': 'confirm-yes',
          onclick: () => ask.answer(true),
        },
        say(ask.yes),
      ),
      h(
        'button',
        { type: 'button', class: 'btn', 'data-key': 'confirm-no', onclick: () => ask.answer(false) },
        say('confirm.no'),
      ),
    ),
  );
}

type Category = PanelSummary['ranking']['categories'][number];
type Leader = Category['leaders'][number];

function leader(ctx: Ctx, e: Leader): HTMLLIElement {
  const { say } = ctx;
  const place = e.place === null ? '–' : String(e.place);
  return h(
    'li',
    { class: e.advances ? 'leader advances' : 'leader' },
    h(
      'span',
      { class: 'place' },
      srOnly(e.place === null ? say('ranking.noPlace') : say('ranking.place', { place: '' })),
      h('span', { 'aria-hidden': e.place === null ? 'true' : null }, place),
    ),
    h(
      'span',
      { class: 'entry' },
      h('span', { class: 'title' }, e.title),
      e.id ? h('span', { class: 'entry-id' }, e.id) : null,
      h(
        'span',
        { class: 'badges' },
        e.tie ? h('span', { class: 'badge tie' }, say('ranking.tie')) : null,
        e.advances ? h('span', { class: 'badge advances' }, say('ranking.advances')) : null,
      ),
    ),
    h('span', { class: 'score' }, srOnly(say('ranking.score', { score: '' })), e.score),
  );
}

function category(ctx: Ctx, c: Category): HTMLElement {
  return h(
    'div',
    { class: 'category' },
    h('h3', {}, c.name),
    h(
      'ol',
      { class: 'leaders' },
      c.leaders.map((e) => leader(ctx, e)),
    ),
  );
}

export function rankingStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say, state } = ctx;
  const r = s.ranking;
  const facts = r.computed
    ? [
        r.at ? para(say('ranking.at', { at: r.at }), 'muted') : null,
        r.outOfDate ? para(say('ranking.outOfDate'), 'warn') : null,
        r.categories.map((c) => category(ctx, c)),
        r.method ? para(say('ranking.method', { method: r.method }), 'fact') : null,
        r.fingerprint ? para(say('ranking.fingerprint', { fingerprint: r.fingerprint }), 'fact mono') : null,
        r.fingerprint ? para(say('ranking.fingerprintHint'), 'muted small') : null,
        r.sheet
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn link',
                'data-key': 'open-ranking',
                onclick: () => ctx.on.selectCell(r.sheet, 'A1'),
              },
              say('ranking.open'),
            )
          : null,
      ]
    : [para(say('ranking.none'), 'muted')];
  return step(
    'step-ranking',
    say('step.ranking'),
    !r.computed ? 'todo' : r.outOfDate ? 'warn' : 'ok',
    askingAction(ctx, 'rank', { run: 'ranking.compute', running: 'ranking.computing' }, state.confirmRank, {
      question: 'confirm.question',
      yes: 'confirm.yes',
      answer: (yes) => ctx.on.confirmRank(yes),
    }),
    ...facts.flat(),
  );
}

export function publishStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say, state } = ctx;
  const url = safeUrl(s.publish.url);
  const recap = h('input', {
    type: 'checkbox',
    id: 'include-recap',
    'data-key': 'include-recap',
    onchange: (e: Event) => ctx.on.setIncludeRecap((e.target as HTMLInputElement).checked),
  });
  recap.checked = state.includeRecap;
  recap.disabled = state.busy !== null;
  return step(
    'step-publish',
    say('step.publish'),
    url ? 'ok' : 'todo',
    h('div', { class: 'check-row' }, recap, h('label', { for: 'include-recap' }, say('publish.recap'))),
    askingAction(ctx, 'publish', { run: 'publish.run', running: 'publish.running' }, state.confirmPublish, {
      question: 'publish.confirm.question',
      yes: 'publish.confirm.yes',
      answer: (yes) => ctx.on.confirmPublish(yes),
    }),
    url
      ? [
          s.publish.at ? para(say('publish.at', { at: s.publish.at }), 'muted') : null,
          h(
            'p',
            {},
            h(
              'a',
              {
                href: url,
                target: '_blank',
                rel: 'noopener noreferrer',
                class: 'results-link',
                'data-key': 'results-link',
              },
              say('publish.link'),
              ' ',
              h('span', { class: 'small' }, say('publish.newTab')),
            ),
          ),
        ]
      : para(say('publish.none'), 'muted'),
  );
}

/** The official documents: make them, record the plenary's decisions, and how to print them in Google Sheets. */
export function documentsStep(ctx: Ctx, s: PanelSummary): HTMLElement {
  const { say, state } = ctx;
  return step(
    'step-documents',
    say('step.documents'),
    'todo',
    para(say('documents.what'), 'muted'),
    askingAction(
      ctx,
      'documents',
      { run: 'documents.run', running: 'documents.running' },
      state.confirmDocuments,
      { question: 'documents.confirm', yes: 'documents.yes', answer: (yes) => ctx.on.confirmDocuments(yes) },
    ),
    state.pendingDecisions > 0 ? para(say('documents.pending', { n: state.pendingDecisions }), 'warn') : null,
    state.pendingDecisions > 0
      ? actionButton(ctx, 'decisions', 'documents.record', 'documents.recording')
      : null,
    s.ranking.computed ? para(say('documents.print'), 'small') : null,
  );
}
