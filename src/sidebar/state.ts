/**
 * What the panel knows between two server calls, and how each answer changes
 * it. Pure functions: main.ts owns the one current state and repaints.
 */
import type { Lang } from '../core/model';
import type { UiKey } from '../i18n/ui';
import type {
  ActionReply,
  PanelSummary,
  ProblemPage,
  ProblemSection,
  SummaryProblem,
} from '../workflow/summary';

/** The buttons that change the spreadsheet. */
export type ActionName =
  | 'newEmpty'
  | 'newExample'
  | 'generate'
  | 'confirmCut'
  | 'check'
  | 'rank'
  | 'publish'
  | 'environment'
  | 'documents'
  | 'decisions';

/** What is running: at most one server call that changes something, a refresh, or more problems of a juror. */
export type Busy = ActionName | 'refresh' | 'lang' | 'more' | null;

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
  /** The same question when making the official documents. */
  confirmDocuments: string | null;
  /** Plenary decisions the last documents found typed but not yet recorded. */
  pendingDecisions: number;
  includeRecap: boolean;
  /** Problems loaded on request, after the first few the summary carries; by `groupKey`. */
  more: Record<string, SummaryProblem[]>;
}

export function initialState(): State {
  return {
    lang: 'id',
    summary: null,
    busy: 'refresh',
    notice: null,
    confirmRank: null,
    confirmPublish: null,
    confirmDocuments: null,
    pendingDecisions: 0,
    includeRecap: false,
    more: {},
  };
}

export function started(state: State, busy: Exclude<Busy, null>): State {
  return { ...state, busy, notice: null, confirmRank: null, confirmPublish: null, confirmDocuments: null };
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
    more: {},
    confirmDocuments: null,
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
    more: {},
    confirmDocuments: null,
    pendingDecisions:
      state.busy === 'documents' || state.busy === 'decisions'
        ? (reply.pendingDecisions ?? 0)
        : state.pendingDecisions,
  };
  if (reply.needsConfirmation && state.busy === 'documents')
    return { ...next, notice: null, confirmDocuments: reply.message };
  if (reply.needsConfirmation)
    return state.busy === 'publish'
      ? { ...next, notice: null, confirmPublish: reply.message }
      : { ...next, notice: null, confirmRank: reply.message };
  if (!reply.message) return { ...next, notice: null };
  return { ...next, notice: { kind: reply.ok ? 'info' : 'error', text: reply.message } };
}

/** The Setup's list, or a juror's group in the Check step. */
export function groupKey(section: ProblemSection, juror: string): string {
  return section === 'setup' ? 'setup' : `check:${juror}`;
}

/** The problems of a list shown so far: the summary's first few, then those loaded on request. */
export function shownProblems(state: State, section: ProblemSection, juror: string): SummaryProblem[] {
  const first =
    section === 'setup'
      ? (state.summary?.setup.problems ?? [])
      : (state.summary?.check.problems ?? []).filter((p) => p.juror === juror);
  return [...first, ...(state.more[groupKey(section, juror)] ?? [])];
}

/** More problems of a juror arrived; a page that does not follow what is shown (a double click) is dropped. */
export function paged(state: State, page: ProblemPage): State {
  const next = { ...state, busy: null };
  if (page.from !== shownProblems(state, page.section, page.juror).length) return next;
  const key = groupKey(page.section, page.juror);
  return {
    ...next,
    more: { ...state.more, [key]: [...(state.more[key] ?? []), ...page.problems] },
  };
}

export function failed(state: State, key: UiKey, detail?: string): State {
  return { ...state, busy: null, notice: { kind: 'error', key, detail } };
}

export function declined(state: State, question: 'rank' | 'publish' | 'documents' = 'rank'): State {
  const key: UiKey =
    question === 'publish'
      ? 'publish.confirm.cancelled'
      : question === 'documents'
        ? 'documents.cancelled'
        : 'confirm.cancelled';
  return {
    ...state,
    confirmRank: null,
    confirmPublish: null,
    confirmDocuments: null,
    notice: { kind: 'info', key },
  };
}
