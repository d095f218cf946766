/**
 * What the panel knows between two server calls, and how each answer changes
 * it. Pure functions: main.ts owns the one current state and repaints.
 */
import type { Lang } from '../core/model';
import type { UiKey } from '../i18n/ui';
import type { ActionReply, PanelSummary } from '../workflow/summary';

/** The buttons that change the spreadsheet. */
export type ActionName = 'newEmpty' | 'newExample' | 'generate' | 'check' | 'rank' | 'publish';

/** What is running: at most one server call that changes something, or a refresh. */
export type Busy = ActionName | 'refresh' | 'lang' | null;

/**
 * A message at the top of the panel. Server replies arrive as words; the
 * panel's own messages are keys, so they follow a language switch.
 */
export type Notice =
  { kind: 'error' | 'info'; text: string } | { kind: 'error' | 'info'; key: UiKey; detail?: string };

export interface State {
  lang: Lang;
  /** Null until the first summary arrives. */
  summary: PanelSummary | null;
  busy: Busy;
  notice: Notice | null;
  /** The server's reason when it asks whether to rank on incomplete scores; null when not asking. */
  confirmRank: string | null;
  /** The server's reason when the published file cannot be updated and a new file is the user's choice. */
  confirmPublish: string | null;
  includeRecap: boolean;
}

export function initialState(): State {
  return {
    lang: 'id',
    summary: null,
    busy: 'refresh',
    notice: null,
    confirmRank: null,
    confirmPublish: null,
    includeRecap: false,
  };
}

export function started(state: State, busy: Exclude<Busy, null>): State {
  return { ...state, busy, notice: null, confirmRank: null, confirmPublish: null };
}

/** A fresh summary (refresh or language switch): earlier messages no longer apply. */
export function summarised(state: State, summary: PanelSummary): State {
  return {
    ...state,
    busy: null,
    summary,
    lang: summary.lang,
    notice: null,
    confirmRank: null,
    confirmPublish: null,
  };
}

export function replied(state: State, reply: ActionReply): State {
  const next: State = {
    ...state,
    busy: null,
    summary: reply.summary,
    lang: reply.summary.lang,
    confirmRank: null,
    confirmPublish: null,
  };
  if (reply.needsConfirmation)
    return state.busy === 'publish'
      ? { ...next, notice: null, confirmPublish: reply.message }
      : { ...next, notice: null, confirmRank: reply.message };
  if (!reply.message) return { ...next, notice: null };
  return { ...next, notice: { kind: reply.ok ? 'info' : 'error', text: reply.message } };
}

export function failed(state: State, key: UiKey, detail?: string): State {
  return { ...state, busy: null, notice: { kind: 'error', key, detail } };
}

export function declined(state: State, question: 'rank' | 'publish' = 'rank'): State {
  const key: UiKey = question === 'publish' ? 'publish.confirm.cancelled' : 'confirm.cancelled';
  return { ...state, confirmRank: null, confirmPublish: null, notice: { kind: 'info', key } };
}
