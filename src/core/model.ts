import type { ProblemCode } from '../i18n/problems';

/**
 * The domain model of a jury, as a secretariat describes it in the Setup sheet.
 * Plain data only (no classes, no Date) so that it crosses google.script.run,
 * JSON and the two shells unchanged.
 */

export type Lang = 'id' | 'en';

/** A text in both languages of the product. */
export interface Text {
  id: string;
  en: string;
}

export interface Scale {
  min: number;
  max: number;
  /** Smallest difference between two valid scores: 1 for whole points, 0.5 for half points. */
  step: number;
}

export interface Category {
  id: string;
  name: string;
  /** An optional category runs only when it has at least `minEntries` entries. */
  optional: boolean;
  minEntries: number;
  /** Category id that takes the entries of this category when it does not run; '' = report for a decision. */
  fallback: string;
}

/** Which entries take part in a stage. The first stage always takes every entry that is not excluded. */
export type StageEntryRule =
  | { kind: 'all' }
  /** The best N of each category in the previous stage. */
  | { kind: 'topN'; n: number }
  /** Entries whose score in the previous stage is at or above the grade. */
  | { kind: 'passing'; grade: number }
  /** The best N of all categories together by previous-stage score, within this stage's quotas (core/quota.ts). */
  | { kind: 'quota'; n: number };

export interface Stage {
  id: string;
  name: string;
  /** Share of the final score in percent, used when `Settings.finalScore` is 'weighted'. */
  weight: number;
  entry: StageEntryRule;
  /** Jurors per entry; null means every juror of the stage scores every entry. */
  jurorsPerEntry: number | null;
  /** Last day for the jurors' scores, as ISO text ('2026-11-30'); '' or absent = none. */
  deadline?: string;
  /**
   * Blind judging (a stage judged on documents): the juror tabs and juror files of the stage leave
   * out the entrant's agency and every column of `Competition.identifying`. Absent = false.
   */
  blind?: boolean;
}

export interface Criterion {
  id: string;
  stageId: string;
  name: string;
  /** Percent; the weights of one stage sum to 100. */
  weight: number;
  scale: Scale;
}

/** A juror's place in the team, as the decree appointing the jury names it. */
export type JurorRole = 'chair' | 'secretary' | 'member';

export interface Juror {
  id: string;
  name: string;
  email: string;
  /** The juror's own agency: they never score an entry of it (conflict of interest). */
  agency: string;
  /** Stage ids the juror serves in; empty means every stage. */
  stages: string[];
  /** Printed on the official documents only (absent reads as 'member'); not part of the ranking's fingerprint. */
  role?: JurorRole;
  /** NIP (civil servant) or NIDN (lecturer) number, printed under the signature; '' or absent when none. */
  nip?: string;
  /** Mobile number for reminders by WhatsApp, as typed; '' or absent = none. */
  phone?: string;
}

export interface Entry {
  id: string;
  title: string;
  agency: string;
  categoryId: string;
  /** Non-empty when the secretariat excluded the entry; the reason is shown on the ranking. */
  excludedReason: string;
  /** Kind of innovation (e.g. umum, replikasi, khusus), for quotas; '' or absent = none. */
  group?: string;
  /** Region (e.g. a province, or "3T"), for quotas; '' or absent = none. */
  region?: string;
}

/** The columns of the Entries table a quota can count by. */
export type QuotaColumn = 'category' | 'group' | 'region';

/** One line of the composition table: how many entries of one value a "best N" pick takes. */
export interface Quota {
  /** A stage id whose entry rule is 'quota', or '' for the final advancement (Settings.advanceOverallN). */
  appliesTo: string;
  column: QuotaColumn;
  value: string;
  min: number;
  /** null: no maximum. */
  max: number | null;
}

/** A conflict of interest the secretariat knows of: the juror never scores the entry. */
export interface Conflict {
  jurorId: string;
  entryId: string;
  reason: string;
}

export type AggregationMethod = 'mean' | 'median' | 'trimmed' | 'zscore';

export type TieBreak =
  /** Higher (weighted) score on one criterion of one stage. */
  | { kind: 'criterion'; stageId: string; criterionId: string }
  /** Higher score in a stage. */
  | { kind: 'stage'; stageId: string };

export interface Settings {
  method: AggregationMethod;
  /** z-scores are applied only when every juror of the stage scored at least this many entries. */
  zscoreMinEntries: number;
  /** 'weighted': sum of stage scores times stage weights; 'last': the last stage alone. */
  finalScore: 'weighted' | 'last';
  tieBreaks: TieBreak[];
  /** The best N of each category advance; null = no such rule. */
  advanceTopN: number | null;
  /** Entries whose final score is at or above the grade advance; null = no such rule. */
  passingGrade: number | null;
  /** The best N of all categories together advance, within the final quotas; null or absent = no such rule. */
  advanceOverallN?: number | null;
  /** Two juror totals of one entry further apart than this are reported; null = off. */
  disagreementThreshold: number | null;
}

export type Adjustment =
  | { kind: 'move'; entryId: string; toPlace: number; reason: string }
  | { kind: 'exclude'; entryId: string; reason: string }
  | { kind: 'advance'; entryId: string; advances: boolean; reason: string };

export type Paper = 'A4' | 'F4';

/**
 * What the official documents (Berita Acara, Rekapitulasi Nilai, Lembar
 * Penilaian, plenary list) print besides the results. None of it changes a
 * score or a place, so none of it is part of the ranking's fingerprint.
 */
export interface DocumentSettings {
  /** Document numbers in print order: each stage's Berita Acara, then the final one; missing ones print as a blank to fill by hand. */
  numbers: string[];
  place: string;
  /** The date of the assessment as ISO text ('2026-11-29'); '' means today in the spreadsheet's time zone. */
  date: string;
  /** The issuing body's letterhead, one line each. */
  letterhead: string[];
  /** "Mengetahui": the official who acknowledges the minutes. */
  approverTitle: string;
  approverName: string;
  approverNip: string;
  paper: Paper;
  /** The plenary list names entries whose score is within this many points of the last advancing one. */
  plenaryMargin: number;
}

/** Where the jurors type their scores: tabs of the one shared spreadsheet, or one spreadsheet per juror. */
export type ScoringPlace = 'tabs' | 'files';

/** The columns of the Entries table a juror tab shows besides the ID, which a blind stage may leave out. */
export type IdentifyingColumn = 'agency' | 'title';

export interface Competition {
  name: string;
  year: number;
  lang: Lang;
  /** Emails of the secretariat: they may edit every juror tab. */
  secretariatEmails: string[];
  categories: Category[];
  /** In the order they are held. */
  stages: Stage[];
  criteria: Criterion[];
  jurors: Juror[];
  entries: Entry[];
  /** Declared conflicts of interest, besides the jurors' own agencies. */
  conflicts: Conflict[];
  settings: Settings;
  adjustments: Adjustment[];
  /** Absent in a Setup made before the documents existed: the defaults of `defaultDocuments` apply. */
  documents?: DocumentSettings;
  /** The composition table; absent = none. */
  quotas?: Quota[];
  /** Where the rules come from (a preset names the guide and year it follows); shown on the Setup sheet. */
  source?: string;
  /** Absent = 'tabs'. Changes no score and no place. */
  scoringPlace?: ScoringPlace;
  /** Columns left out of the juror tabs of a blind stage besides the agency (which always is). Absent = none. */
  identifying?: IdentifyingColumn[];
}

/** A cell as read from a spreadsheet (what a juror typed, a Setup value): empty cells are null, dates arrive as ISO text ('2026-11-28'). */
export type CellValue = string | number | boolean | null;

/** What one juror typed for one entry in one stage. */
export interface ScoreRow {
  entryId: string;
  /** criterion id -> what the juror typed */
  scores: Record<string, CellValue>;
  notes: string;
  /** The juror withdrew from this entry (conflict or abstention): the row is neither scored nor missing. */
  recused?: boolean;
  recusalReason?: string;
}

/** One juror's score tab for one stage, as read. */
export interface ScoreSheet {
  stageId: string;
  jurorId: string;
  rows: ScoreRow[];
}

/** Which entries each juror scores in a stage: juror id -> entry ids, in entry order. */
export type Assignment = Record<string, string[]>;

/** The item type of each table of the competition, by table name. */
export interface TableItems {
  categories: Category;
  stages: Stage;
  criteria: Criterion;
  jurors: Juror;
  entries: Entry;
  conflicts: Conflict;
  tieBreaks: TieBreak;
  adjustments: Adjustment;
  quotas: Quota;
}

export type TableName = keyof TableItems;

/**
 * Columns of a Setup table that are no field of its items: a stage's number
 * (best N, passing grade), a criterion's scale, an adjustment's value.
 */
interface TableColumns {
  stages: 'entryNumber';
  criteria: 'min' | 'max' | 'step';
  adjustments: 'value';
}

/** A field of the items of a table (of any of its kinds, for tie-breaks and adjustments), or one of its columns. */
export type TableField<T extends TableName> =
  | (TableItems[T] extends infer I ? (I extends unknown ? Extract<keyof I, string> : never) : never)
  | (T extends keyof TableColumns ? TableColumns[T] : never);

/** A row of a table, or one of its fields. */
export type TableWhere = {
  [T in TableName]: {
    kind: 'table';
    table: T;
    /** 0-based index of the row in its table; -1 for the table as a whole. */
    index: number;
    /** The item's field, e.g. 'weight', 'categoryId'; absent for the whole row. */
    field?: TableField<T>;
  };
}[TableName];

/**
 * Where a problem is, in the model's own terms. The sheet layouts turn it into
 * a sheet name and an A1 cell.
 */
export type Where =
  | {
      kind: 'competition';
      field: 'name' | 'year' | 'lang' | 'secretariatEmails' | 'source' | 'scoringPlace' | 'identifying';
    }
  | TableWhere
  | { kind: 'setting'; field: keyof Settings }
  | { kind: 'documents'; field: keyof DocumentSettings }
  /** A row of a list being imported (a registration sheet, a CSV file): 1-based row and column. */
  | { kind: 'import'; row: number; column: number }
  | {
      kind: 'score';
      stageId: string;
      jurorId: string;
      entryId: string;
      criterionId?: string;
      /** The row's recusal cell or its reason, instead of a score. */
      column?: 'recusal' | 'recusalReason';
    }
  | { kind: 'scoreSheet'; stageId: string; jurorId: string };

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable code, e.g. 'weights-sum', 'score-missing': one of a closed set, each with its one message. */
  code: ProblemCode;
  severity: Severity;
  where: Where;
  message: Text;
}

/** A juror's progress in one stage. */
export interface Progress {
  stageId: string;
  jurorId: string;
  /** Assigned entries whose every criterion holds a valid score. */
  scored: number;
  /** Assigned entries, less those the juror withdrew from. */
  total: number;
  /** Assigned entries the juror withdrew from. */
  recused: number;
  done: boolean;
}

/** Valid scores of one stage: juror id -> entry id -> criterion id -> score. */
export type StageScores = Record<string, Record<string, Record<string, number>>>;
