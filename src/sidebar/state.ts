/**
 * What the panel knows between two server calls, and how each answer changes
 * it. Pure functions: main.ts owns the one current state and repaints.
 */
import type { Lang } from '../core/model';
import type { UiKey } from '../i18n/ui';
import type {
  ActionReply,
  ImportSourceItem,
  PanelSummary,
  ReminderItem,
  RemindReply,
  ProblemPage,
  ProblemSection,
  SummaryProblem,
} from '../workflow/summary';

/** The buttons that change the spreadsheet. */
export type ActionName =
  | 'newEmpty'
  | 'newExample'
  | 'preset'
  | 'import'
  | 'remind'
  | 'generate'
  | 'confirmCut'
  | 'check'
  | 'rank'
  | 'publish'
  | 'environment'
  | 'documents'
  | 'decisions';

/** What is running: at most one server call that changes something, a refresh, or more problems of a juror. */
export type Busy = ActionName | 'refresh' | 'lang' | 'more' | 'importOpen' | null;

export type PresetName = 'regency' | 'province' | 'nation';
export type ImportField = keyof ImportSourceItem['mapping'];
export const IMPORT_FIELDS: readonly ImportField[] = ['title', 'agency', 'category', 'group', 'region'];

/** The import being prepared: the sheets offered, the one chosen and its columns (0: not imported). */
export interface ImportForm {
  sources: ImportSourceItem[];
  sheet: string;
  mapping: Record<ImportField, number>;
}

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
  /** The template chosen for a new competition. */
  preset: PresetName;
  /** Null unless the user opened Import entries. */
  importForm: ImportForm | null;
  /** The reminders of the last Remind jurors; null before it ran. */
  reminders: ReminderItem[] | null;
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
    preset: 'regency',
    importForm: null,
    reminders: null,
    more: {},
  };
}

/** The columns of a source as the form shows them: each field's column, 0 where none. */
function formMapping(source: ImportSourceItem | undefined): Record<ImportField, number> {
  const out = {} as Record<ImportField, number>;
  for (const f of IMPORT_FIELDS) out[f] = source?.mapping[f] ?? 0;
  return out;
}

/** The sheets to import from arrived: the first is chosen, with its columns as found or last chosen. */
export function sourcesLoaded(state: State, sources: ImportSourceItem[]): State {
  const first = sources[0];
  return {
    ...state,
    busy: null,
    notice: null,
    importForm: { sources, sheet: first?.sheet ?? '', mapping: formMapping(first) },
  };
}

export function sourceChosen(state: State, sheet: string): State {
  const form = state.importForm;
  if (!form) return state;
  return {
    ...state,
    importForm: { ...form, sheet, mapping: formMapping(form.sources.find((s) => s.sheet === sheet)) },
  };
}

export function columnChosen(state: State, field: ImportField, col: number): State {
  const form = state.importForm;
  if (!form) return state;
  return { ...state, importForm: { ...form, mapping: { ...form.mapping, [field]: col } } };
}

/** Remind jurors answered: its message, and the reminders to send. */
export function reminded(state: State, reply: RemindReply): State {
  return { ...replied(state, reply), reminders: reply.reminders };
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
    // An import done (or refused) closes its form; its message says what happened.
    importForm: state.busy === 'import' && reply.ok ? null : state.importForm,
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
