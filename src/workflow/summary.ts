/**
 * What the sidebar shows, as one plain object that a single server call
 * returns (no Date, no class: it crosses google.script.run). Every text in it
 * is already in the user's language; everything that came from the
 * spreadsheet is untrusted and escaped by the sidebar.
 */
import type { Lang } from '../core/model';

export interface SummaryProblem {
  sheet: string;
  /** A1 cell; '' when the problem has no single cell. */
  cell: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** The juror concerned, for grouping in the Check step; '' for setup problems. */
  juror: string;
}

export interface PanelSummary {
  lang: Lang;
  /** Null until a Setup sheet exists. */
  competition: { name: string; year: number } | null;
  setup: {
    exists: boolean;
    valid: boolean;
    sheet: string;
    /** The first few, in the order of `orderProblems`; the rest on request. */
    problems: SummaryProblem[];
    /** All of them: a national Setup may have hundreds of warnings. */
    errors: number;
    warnings: number;
  };
  tabs: {
    generated: number;
    expected: number;
    /** The setup changed since the tabs were generated: Generate again adds what is missing. */
    outOfDate: boolean;
    /**
     * Stages whose entrants were fixed when their tabs were generated and that the
     * Setup would now cut differently: what would change, in words; applied only on confirmation.
     */
    cutChanged?: string[];
  };
  progress: {
    juror: string;
    stage: string;
    sheet: string;
    scored: number;
    total: number;
    done: boolean;
    /** Days past the stage's deadline while not done; 0 when on time or without a deadline. */
    daysLate: number;
    /** In progress, complete (all valid, not submitted), or submitted (recorded by Juri). */
    state: 'inProgress' | 'complete' | 'submitted';
  }[];
  check: {
    /** The first few problems of each group, in the order of `orderProblems`; the rest on request. */
    problems: SummaryProblem[];
    /** Cells in error and warnings in all, as the check's message counts them. */
    errors: number;
    warnings: number;
    /** One per juror with problems ('' for those of no juror first), with how many lines each has. */
    groups: ProblemGroup[];
  };
  ranking: {
    computed: boolean;
    sheet: string;
    /** When it was computed, as text in the spreadsheet's time zone. */
    at: string;
    method: string;
    fingerprint: string;
    /** The scores or the setup changed since: compute again. */
    outOfDate: boolean;
    categories: {
      name: string;
      leaders: {
        place: number | null;
        id: string;
        title: string;
        score: string;
        tie: boolean;
        advances: boolean;
      }[];
    }[];
  };
  publish: { url: string; at: string };
}

/** How many problems of each juror the summary carries: enough to start on; the sidebar asks for the rest. */
export const FIRST_PROBLEMS = 2;
/** How many more problems one request of the sidebar brings. */
export const PROBLEM_PAGE = 50;

/** The summary of a spreadsheet without a Setup: every step empty, nothing computed or published. */
export function emptySummary(lang: Lang): PanelSummary {
  return {
    lang,
    competition: null,
    setup: { exists: false, valid: false, sheet: '', problems: [], errors: 0, warnings: 0 },
    tabs: { generated: 0, expected: 0, outOfDate: false },
    progress: [],
    check: { problems: [], errors: 0, warnings: 0, groups: [] },
    ranking: {
      computed: false,
      sheet: '',
      at: '',
      method: '',
      fingerprint: '',
      outOfDate: false,
      categories: [],
    },
    publish: { url: '', at: '' },
  };
}

/** The lines of one juror's problems (empty cells of a tab are one line). */
export interface ProblemGroup {
  juror: string;
  errors: number;
  warnings: number;
}

/** Where a list of problems is shown: the Setup step, or a juror's group in the Check step. */
export type ProblemSection = 'setup' | 'check';

/** The next problems of one group, asked for by the sidebar when the user wants more than the first few. */
export interface ProblemPage {
  section: ProblemSection;
  /** The juror of a Check group ('' for problems of no juror, and for the Setup). */
  juror: string;
  /** Index in the group's ordered list of the first problem of this page. */
  from: number;
  problems: SummaryProblem[];
  /** Lines in the group now (the workbook may have changed since the summary). */
  total: number;
}

/** Errors first, then warnings; same codes side by side; otherwise in the order found. */
export function orderProblems<P extends { severity: string; code: string }>(problems: readonly P[]): P[] {
  const rank = (p: P) => (p.severity === 'error' ? 0 : 1);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || cmp(a.p.code, b.p.code) || a.i - b.i)
    .map((x) => x.p);
}

/** What every action of the sidebar returns. */
export interface ActionReply {
  ok: boolean;
  /** One sentence for the user, in their language. */
  message: string;
  /** The action needs a confirmation (e.g. rank with incomplete scores); ask, then call again with confirm=true. */
  needsConfirmation?: boolean;
  /** Plenary decisions typed but not yet recorded as manual adjustments (making the documents). */
  pendingDecisions?: number;
  summary: PanelSummary;
}

/** One late juror's reminder, as the sidebar and the menu's dialog show it. */
export interface ReminderItem {
  jurorId: string;
  name: string;
  email: string;
  text: string;
  mailto: string;
  whatsapp: string;
  stages: { stage: string; sheet: string; missing: number; total: number; daysLate: number }[];
}

export interface RemindReply extends ActionReply {
  reminders: ReminderItem[];
}

/** A sheet a list of entries can be imported from, as the sidebar offers it. */
export interface ImportSourceItem {
  sheet: string;
  /** Row 1, one text per column. */
  headers: string[];
  rows: number;
  /** Field -> 1-based column, as found by the headers or last chosen; a field absent is not imported. */
  mapping: Partial<Record<'title' | 'agency' | 'category' | 'group' | 'region', number>>;
}

export interface ImportSourcesReply {
  sources: ImportSourceItem[];
}
