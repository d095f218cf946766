/**
 * The sidebar: one state, repainted whole after each server answer. The
 * message regions are painted apart so a screen reader hears each message once.
 */
import { call, describeFailure, isPage, isReply, isSummary, serverAvailable } from './api';
import type { Notice, State, ActionName } from './state';
import {
  columnChosen,
  declined,
  failed,
  initialState,
  paged,
  reminded,
  replied,
  sourceChosen,
  sourcesLoaded,
  started,
  summarised,
} from './state';
import { renderBody, renderHeader } from './render';
import { sayer } from './text';
import type { Ctx, Handlers } from './widgets';
import type { ActionReply, ImportSourcesReply, RemindReply } from '../workflow/summary';

interface Regions {
  top: HTMLElement;
  app: HTMLElement;
  alert: HTMLElement;
  status: HTMLElement;
  close: HTMLElement;
}

/** The fixed parts of index.html; null if the page is not ours. */
function regions(): Regions | null {
  const [top, app, alert, status, close] = ['top', 'app', 'alert', 'status', 'close-notice'].map((id) =>
    document.getElementById(id),
  );
  return top && app && alert && status && close ? { top, app, alert, status, close } : null;
}

function start(): void {
  const found = regions();
  if (!found) return;
  const { top, app, alert, status, close } = found;

  let state: State = initialState();
  /** The control the user last used: focus returns there when a repaint removes it. */
  let focusKey = '';
  document.addEventListener('focusin', (e) => {
    const key = (e.target as HTMLElement | null)?.dataset?.key;
    if (key) focusKey = key;
  });

  const set = (next: State) => {
    // The question about incomplete scores takes the focus, so keyboard users land on it.
    const asking =
      (next.confirmRank !== null && state.confirmRank === null) ||
      (next.confirmPublish !== null && state.confirmPublish === null) ||
      (next.confirmDocuments !== null && state.confirmDocuments === null);
    state = next;
    if (asking) focusKey = 'confirm-yes';
    paint(asking);
  };

  function noticeText(n: Notice): string {
    const say = sayer(state.lang);
    if ('text' in n) return n.text;
    return n.detail ? `${say(n.key)} ${say('error.detail', { detail: n.detail })}` : say(n.key);
  }

  function paintNotice(): void {
    const n = state.notice;
    const errorText = n && n.kind === 'error' ? noticeText(n) : '';
    const infoText = n && n.kind === 'info' ? noticeText(n) : '';
    // Rewriting the same words would make screen readers repeat them.
    if (alert.textContent !== errorText) alert.textContent = errorText;
    if (status.textContent !== infoText) status.textContent = infoText;
    close.hidden = !n;
    close.setAttribute('aria-label', sayer(state.lang)('app.closeMessage'));
  }

  function restoreFocus(force: boolean): void {
    const active = document.activeElement;
    if (!force && active && active !== document.body && document.contains(active)) return;
    const target = Array.from(document.querySelectorAll<HTMLElement>('[data-key]')).find(
      (el) => el.dataset.key === focusKey,
    );
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
  }

  function paint(moveFocus = false): void {
    document.documentElement.lang = state.lang;
    const ctx: Ctx = { state, say: sayer(state.lang), on: handlers };
    top.replaceChildren(renderHeader(ctx));
    app.replaceChildren(...renderBody(ctx));
    paintNotice();
    restoreFocus(moveFocus);
  }

  function settle(promise: Promise<unknown>): void {
    promise.then(
      (reply) =>
        set(
          !isReply(reply)
            ? failed(state, 'error.server', 'unexpected reply')
            : state.busy === 'remind' && Array.isArray((reply as RemindReply).reminders)
              ? reminded(state, reply as RemindReply)
              : replied(state, reply),
        ),
      (error) => set(failed(state, 'error.server', describeFailure(error))),
    );
  }

  /** `confirmed`: the user said yes to the server's question (rank on incomplete scores, publish as a new file). */
  function send(action: ActionName, confirmed = false): Promise<ActionReply> {
    const lang = state.lang;
    switch (action) {
      case 'newEmpty':
        return call('newCompetition', false, lang);
      case 'newExample':
        return call('newCompetition', true, lang);
      case 'preset':
        return call('newFromPreset', state.preset, lang);
      case 'import': {
        const form = state.importForm;
        return call('importEntries', form?.sheet ?? '', lang, { ...(form?.mapping ?? {}) });
      }
      case 'remind':
        return call('remindJurors', lang);
      case 'generate':
        return call('generateTabs', lang);
      case 'confirmCut':
        return call('confirmCut', lang);
      case 'check':
        return call('checkScores', lang);
      case 'rank':
        return call('computeRanking', confirmed, lang);
      case 'publish':
        return call('publishResults', state.includeRecap, lang, confirmed);
      case 'environment':
        return call('checkEnvironment', lang);
      case 'documents':
        return call('makeDocuments', confirmed, lang);
      case 'decisions':
        return call('recordPlenaryDecisions', lang);
    }
  }

  function load(promise: Promise<unknown>): void {
    promise.then(
      (summary) =>
        set(
          isSummary(summary) ? summarised(state, summary) : failed(state, 'error.server', 'unexpected reply'),
        ),
      (error) => set(failed(state, 'error.server', describeFailure(error))),
    );
  }

  /** The user's answer to the server's question about an action: run it anyway, or not. */
  function answer(action: 'rank' | 'publish' | 'documents', yes: boolean): void {
    if (state.busy) return;
    focusKey = action;
    if (!yes) return set(declined(state, action));
    set(started(state, action));
    settle(send(action, true));
  }

  const handlers: Handlers = {
    act(action) {
      if (state.busy) return;
      set(started(state, action));
      settle(send(action));
    },
    confirmRank: (yes) => answer('rank', yes),
    confirmDocuments: (yes) => answer('documents', yes),
    confirmPublish: (yes) => answer('publish', yes),
    refresh() {
      if (state.busy) return;
      set(started(state, 'refresh'));
      load(call('getSummary', state.lang));
    },
    setLang(lang) {
      if (state.busy || lang === state.lang) return;
      set(started(state, 'lang'));
      load(call('setLanguage', lang));
    },
    more(section, juror, from) {
      if (state.busy) return;
      // Focus stays on the list's button (same key) when it is still there after the repaint.
      set({ ...state, busy: 'more' });
      call('getProblems', section, juror, from, state.lang).then(
        (page) => set(isPage(page) ? paged(state, page) : failed(state, 'error.server', 'unexpected reply')),
        (error) => set(failed(state, 'error.server', describeFailure(error))),
      );
    },
    selectCell(sheet, cell) {
      call('selectCell', sheet, cell).catch((error) =>
        set(failed(state, 'error.server', describeFailure(error))),
      );
    },
    setPreset(preset) {
      // No repaint: the list already shows it.
      state = { ...state, preset };
    },
    openImport() {
      if (state.busy) return;
      set(started(state, 'importOpen'));
      call('importSources', state.lang).then(
        (reply) =>
          set(
            reply && Array.isArray((reply as ImportSourcesReply).sources)
              ? sourcesLoaded(state, (reply as ImportSourcesReply).sources)
              : failed(state, 'error.server', 'unexpected reply'),
          ),
        (error) => set(failed(state, 'error.server', describeFailure(error))),
      );
    },
    chooseSource(sheet) {
      set(sourceChosen(state, sheet));
    },
    chooseColumn(field, col) {
      // No repaint: the list already shows it.
      state = columnChosen(state, field, col);
    },
    cancelImport() {
      focusKey = 'importOpen';
      set({ ...state, importForm: null });
    },
    setIncludeRecap(on) {
      // No repaint: the checkbox already shows it.
      state = { ...state, includeRecap: on };
    },
  };

  close.addEventListener('click', () => set({ ...state, notice: null }));

  if (!serverAvailable()) {
    set(failed({ ...state, busy: null }, 'error.noServer'));
    return;
  }
  paint();
  load(call('getSummary', null));
}

start();
