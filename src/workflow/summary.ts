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
  setup: { exists: boolean; valid: boolean; sheet: string; problems: SummaryProblem[] };
  tabs: {
    generated: number;
    expected: number;
    /** The setup changed since the tabs were generated: Generate again adds what is missing. */
    outOfDate: boolean;
  };
  progress: {
    juror: string;
    stage: string;
    sheet: string;
    scored: number;
    total: number;
    done: boolean;
  }[];
  check: { problems: SummaryProblem[]; errors: number; warnings: number };
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

/** What every action of the sidebar returns. */
export interface ActionReply {
  ok: boolean;
  /** One sentence for the user, in their language. */
  message: string;
  /** The action needs a confirmation (e.g. rank with incomplete scores); ask, then call again with confirm=true. */
  needsConfirmation?: boolean;
  summary: PanelSummary;
}
