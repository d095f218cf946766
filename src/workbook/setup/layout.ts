/**
 * The vocabulary of the Setup sheet: its sections, the values of its
 * drop-downs, and the shape of a section definition (keySections.ts,
 * tables.ts), which render.ts and parse.ts only walk.
 */
import type {
  AggregationMethod,
  Adjustment,
  Competition,
  IdentifyingColumn,
  JurorRole,
  Lang,
  Paper,
  QuotaColumn,
  ScoringPlace,
  Settings,
  StageEntryRule,
  TieBreak,
  Where,
} from '../../core/model';
import type { CellValue } from '../port';
import { setupSheetLabels, type SetupLabel } from '../../i18n/setupSheet';

export type TableName = Extract<Where, { kind: 'table' }>['table'];
export type KeySectionName = 'competition' | 'ranking' | 'documents' | 'panel';
export type SectionName = TableName | KeySectionName;

/** Order on the sheet. Entries come last: with thousands of them, everything else stays near the top. */
export const SECTION_ORDER: readonly SectionName[] = [
  'competition',
  'categories',
  'stages',
  'criteria',
  'jurors',
  'ranking',
  'tieBreaks',
  'adjustments',
  'documents',
  'conflicts',
  'quotas',
  'panel',
  'entries',
];

/** Whether a competition uses quotas: only then is the Composition section drawn (it is read whenever present). */
export function usesQuotas(c: Competition): boolean {
  return (
    (c.quotas ?? []).length > 0 ||
    (c.settings.advanceOverallN ?? null) !== null ||
    c.stages.some((s) => s.entry.kind === 'quota')
  );
}

/**
 * Sections a Setup may leave out: a missing tie-break, adjustment, conflict or
 * quota section simply means none, a missing documents section the defaults.
 */
const OPTIONAL_SECTIONS: ReadonlySet<SectionName> = new Set<SectionName>([
  'tieBreaks',
  'adjustments',
  'documents',
  'conflicts',
  'quotas',
  // A Setup made before the jurors could score in files of their own runs in tabs, as it always did.
  'panel',
]);

/** Sections whose absence is reported: every other one. */
export const REQUIRED_SECTIONS: ReadonlySet<SectionName> = new Set(
  SECTION_ORDER.filter((s) => !OPTIONAL_SECTIONS.has(s)),
);

export function sectionLabel(section: SectionName): SetupLabel {
  return `section.${section}`;
}

export function label(key: SetupLabel, lang: Lang): string {
  return setupSheetLabels[lang][key];
}

/** A value offered in a drop-down, shown in the sheet's language and read in either. */
export interface Choice<V> {
  value: V;
  label: SetupLabel;
  /** Further spellings accepted when reading, e.g. the model's own 'mean'. */
  aliases?: readonly string[];
}

export function choiceLabel<V>(choices: readonly Choice<V>[], value: V, lang: Lang): string {
  const found = choices.find((c) => c.value === value);
  return found === undefined ? String(value) : label(found.label, lang);
}

export const METHODS: readonly Choice<AggregationMethod>[] = [
  { value: 'mean', label: 'choice.mean', aliases: ['mean', 'rata rata', 'average'] },
  { value: 'median', label: 'choice.median' },
  { value: 'trimmed', label: 'choice.trimmed', aliases: ['trimmed'] },
  { value: 'zscore', label: 'choice.zscore', aliases: ['zscore', 'z score', 'skor z'] },
];
export const FINAL_SCORES: readonly Choice<Settings['finalScore']>[] = [
  { value: 'weighted', label: 'choice.weighted', aliases: ['weighted'] },
  { value: 'last', label: 'choice.last', aliases: ['last'] },
];
export const ENTRY_RULES: readonly Choice<StageEntryRule['kind']>[] = [
  { value: 'all', label: 'choice.all', aliases: ['all'] },
  { value: 'topN', label: 'choice.topN', aliases: ['topn', 'top n'] },
  { value: 'passing', label: 'choice.passing', aliases: ['passing'] },
  { value: 'quota', label: 'choice.quota', aliases: ['quota', 'kuota', 'komposisi'] },
];
export const QUOTA_COLUMNS: readonly Choice<QuotaColumn>[] = [
  { value: 'category', label: 'choice.byCategory', aliases: ['category'] },
  { value: 'group', label: 'choice.byGroup', aliases: ['group', 'kelompok'] },
  { value: 'region', label: 'choice.byRegion', aliases: ['region', 'wilayah'] },
];
export const TIE_BREAK_KINDS: readonly Choice<TieBreak['kind']>[] = [
  { value: 'criterion', label: 'choice.tbCriterion', aliases: ['criterion', 'kriteria'] },
  { value: 'stage', label: 'choice.tbStage', aliases: ['stage', 'tahap'] },
];
export const ACTIONS: readonly Choice<Adjustment['kind']>[] = [
  { value: 'move', label: 'choice.move', aliases: ['move', 'pindah', 'pindahkan'] },
  { value: 'exclude', label: 'choice.exclude', aliases: ['exclude'] },
  { value: 'advance', label: 'choice.advance', aliases: ['advance', 'lolos'] },
];
export const YES_NO: readonly Choice<boolean>[] = [
  { value: true, label: 'choice.yes' },
  { value: false, label: 'choice.no' },
];
export const JUROR_ROLES: readonly Choice<JurorRole>[] = [
  { value: 'chair', label: 'choice.chair', aliases: ['chair', 'ketua', 'ketua tim'] },
  { value: 'secretary', label: 'choice.secretary', aliases: ['secretary', 'sekretaris'] },
  { value: 'member', label: 'choice.member', aliases: ['member', 'anggota'] },
];
export const PAPERS: readonly Choice<Paper>[] = [
  { value: 'A4', label: 'choice.a4', aliases: ['a4'] },
  { value: 'F4', label: 'choice.f4', aliases: ['f4', 'folio', 'f4 folio'] },
];
export const LANGS: readonly Choice<Lang>[] = [
  { value: 'id', label: 'choice.langId', aliases: ['id', 'indonesia', 'indonesian', 'bahasa'] },
  { value: 'en', label: 'choice.langEn', aliases: ['en', 'inggris', 'bahasa inggris'] },
];

export const SCORING_PLACES: readonly Choice<ScoringPlace>[] = [
  { value: 'tabs', label: 'choice.placeTabs', aliases: ['tabs', 'tab', 'tab juri'] },
  {
    value: 'files',
    label: 'choice.placeFiles',
    aliases: ['files', 'file', 'file juri', 'spreadsheet per juri'],
  },
];
/** Entries columns a juror tab shows; named by the Entries table's own headings. */
export const IDENTIFYING: readonly Choice<IdentifyingColumn>[] = [
  { value: 'agency', label: 'col.agency', aliases: ['agency', 'instansi', 'opd'] },
  { value: 'title', label: 'col.title', aliases: ['title', 'judul', 'innovation'] },
];

/**
 * Reads the fields of one row (or of a key/value section). Whatever the user
 * typed wrong is reported at its cell by the reader; the definitions only say
 * what a blank means.
 */
export interface FieldReader<F extends string> {
  blank(f: F): boolean;
  text(f: F): string;
  list(f: F, separators: RegExp): string[];
  /** NaN when the cell holds no number (reported). */
  number(f: F, ifBlank: number): number;
  nullableNumber(f: F): number | null;
  /** NaN when blank or not a number (reported). */
  requiredNumber(f: F): number;
  /** ifBlank also when the cell is neither yes nor no (reported). */
  yesNo(f: F, ifBlank: boolean): boolean;
  /** undefined when the cell holds none of the choices (reported). */
  choice<V>(f: F, choices: readonly Choice<V>[], ifBlank: V): V | undefined;
  /** Several of the choices in one cell, separated by commas; each unknown one is reported and skipped. */
  choices<V>(f: F, choices: readonly Choice<V>[]): V[];
  /** An ISO date ('2026-11-30'); '' when blank or not a date (reported). */
  date(f: F): string;
  /** Reports the cell as empty when it must not be. */
  missing(f: F): undefined;
}

export interface FieldDef<F extends string> {
  field: F;
  label: SetupLabel;
  /** A missing column (or key row) is reported; a missing optional one reads as blank. */
  required: boolean;
  /** Formatted '@' so that '007' stays text. */
  text?: boolean;
  note?: SetupLabel;
  /** List drop-down. */
  choices?: readonly Choice<unknown>[];
  /** Drop-down of the ids of another table. */
  idsOf?: TableName;
  /**
   * A key row drawn only for competitions that use it (a template's rules source, the overall
   * advancement): a Setup that does not need it keeps its shape. The reader finds it when present.
   */
  shownWhen?: (c: Competition) => boolean;
}

export interface TableDef<T, F extends string> {
  name: TableName;
  columns: readonly FieldDef<F>[];
  /** Model fields named in a problem's `where` that a column shows under another name. */
  aliases?: Readonly<Partial<Record<string, F>>>;
  items(c: Competition): readonly T[];
  write(item: T, lang: Lang): Record<F, CellValue>;
  /** null: the row cannot become an item (already reported). */
  read(r: FieldReader<F>): T | null;
}

export interface KeySectionDef<K extends string, P> {
  name: KeySectionName;
  keys: readonly FieldDef<K>[];
  write(c: Competition, lang: Lang): Record<K, CellValue>;
  read(r: FieldReader<K>, sheetLang: Lang): P;
}

/** A number the sheet can show; NaN (from an unreadable cell) shows as blank. */
export function shown(n: number | null): CellValue {
  return n === null || !Number.isFinite(n) ? null : n;
}
