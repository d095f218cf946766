/** The whole panel from the state: header, then the welcome or the six steps. */
import { presetChooser } from './intake';
import type { Lang } from '../core/model';
import type { PanelSummary } from '../workflow/summary';
import { h, srOnly, type Child } from './dom';
import { checkStep, documentsStep, publishStep, rankingStep } from './results';
import { progressStep, setupStep, tabsStep } from './steps';
import { actionButton, busyButton, para, type Ctx } from './widgets';

function langButton(ctx: Ctx, lang: Lang, short: string): HTMLButtonElement {
  const current = ctx.state.lang === lang;
  return h(
    'button',
    {
      type: 'button',
      class: 'lang-btn',
      lang,
      'aria-pressed': current ? 'true' : 'false',
      'data-key': `lang-${lang}`,
      disabled: ctx.state.busy !== null,
      onclick: () => ctx.on.setLang(lang),
    },
    short,
    srOnly(` (${ctx.say(lang === 'id' ? 'app.lang.id' : 'app.lang.en')})`),
  );
}

export function renderHeader(ctx: Ctx): HTMLElement {
  const { say, state } = ctx;
  const c = state.summary?.competition;
  return h(
    'div',
    { class: 'top' },
    h(
      'div',
      { class: 'top-row' },
      h('h1', {}, say('app.title')),
      h(
        'div',
        { class: 'lang', role: 'group', 'aria-label': say('app.language') },
        langButton(ctx, 'id', 'ID'),
        langButton(ctx, 'en', 'EN'),
      ),
      busyButton(ctx, {
        key: 'refresh',
        class: 'btn small-btn',
        running: state.busy === 'refresh' && state.summary !== null,
        label: say('app.refresh'),
        runningLabel: say('app.refreshing'),
        onclick: () => ctx.on.refresh(),
      }),
    ),
    c ? h('p', { class: 'competition' }, say('app.competition', { name: c.name, year: c.year })) : null,
  );
}

/** A part of the panel under its own heading; `name` is its class and names the heading's id. */
function titled(name: string, title: string, ...body: Child[]): HTMLElement {
  return h(
    'section',
    { class: name, 'aria-labelledby': `${name}-title` },
    h('h2', { id: `${name}-title` }, title),
    ...body,
  );
}

function welcome(ctx: Ctx): HTMLElement {
  const { say } = ctx;
  return titled(
    'welcome',
    say('welcome.title'),
    para(say('welcome.body')),
    h(
      'div',
      { class: 'stack' },
      actionButton(ctx, 'newEmpty', 'welcome.empty', 'welcome.creating'),
      actionButton(ctx, 'newExample', 'welcome.example', 'welcome.creating', false),
    ),
    presetChooser(ctx),
  );
}

/** Once, in a real spreadsheet: what only Google Sheets itself can tell. */
function environment(ctx: Ctx): HTMLElement {
  const { say } = ctx;
  return titled(
    'environment',
    say('env.title'),
    para(say('env.body'), 'muted'),
    actionButton(ctx, 'environment', 'env.run', 'env.running', false),
  );
}

function steps(ctx: Ctx, s: PanelSummary): HTMLElement[] {
  return [
    ...[setupStep, tabsStep, progressStep, checkStep, rankingStep, publishStep, documentsStep].map((render) =>
      render(ctx, s),
    ),
    environment(ctx),
  ];
}

export function renderBody(ctx: Ctx): HTMLElement[] {
  const s = ctx.state.summary;
  if (!s) {
    if (ctx.state.busy !== 'refresh') return [];
    return [
      h(
        'p',
        { class: 'loading' },
        h('span', { class: 'spinner dark', 'aria-hidden': 'true' }),
        ctx.say('app.loading'),
      ),
    ];
  }
  return s.setup.exists ? steps(ctx, s) : [welcome(ctx)];
}
