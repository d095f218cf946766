/**
 * Import entries: from another sheet of the spreadsheet (a Google Form's
 * responses, a pasted registration list) or, on the command line, a CSV or
 * .xlsx file, into the Entries table of the Setup. Columns are found by
 * their header (or chosen), each new entry gets the next free ID, and an
 * entry already in the Setup (same title and agency) is not added again, so
 * importing the same list twice adds it once. Bad rows are reported at their
 * cell in the source and skipped; nothing in the source is changed.
 */
import { agencyKey } from '../core/conflicts';
import type { Competition, Entry } from '../core/model';
import { problem, say } from '../core/say';
import { importMessages } from '../i18n/importEntries';
import { a1 } from '../workbook/a1';
import type { CellValue, SheetSnapshot, SpreadsheetPort } from '../workbook/port';
import { locate, type LocatedProblem } from '../core/location';
import { fail, type ActionOutcome } from './outcome';
import { workflowMessages } from '../i18n/workflow';
import { isOutput, readWorkbook } from './workbook';
import { documentSheetNames } from '../workbook/documents/common';

export type ImportField = 'title' | 'agency' | 'category' | 'group' | 'region';
/** 1-based columns of the source; a field left out is found by its header; 0: the field is not imported. */
export type ImportMapping = Partial<Record<ImportField, number>>;

const FIELDS: readonly ImportField[] = ['title', 'agency', 'category', 'group', 'region'];

/** Headers as registration forms write them, in either language. */
const HEADERS: Record<ImportField, RegExp> = {
  title: /judul|nama inovasi|title|name of the innovation/,
  agency: /instansi|opd|perangkat daerah|unit kerja|agency|institution|organi[sz]ation/,
  category: /kategori|category/,
  group: /kelompok|group/,
  region: /wilayah|kabupaten|kota|provinsi|region|district/,
};

const FIELD_LABEL = {
  title: 'fieldTitle',
  agency: 'fieldAgency',
  category: 'fieldCategory',
  group: 'fieldGroup',
  region: 'fieldRegion',
} as const;

const ENTRY_COLUMN: Record<ImportField, keyof Entry> = {
  title: 'title',
  agency: 'agency',
  category: 'categoryId',
  group: 'group',
  region: 'region',
};

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The same innovation: the same title from the same agency, however spaced or capitalised. */
function entryKey(title: string, agency: string): string {
  return `${norm(title)}\u0000${agencyKey(agency)}`;
}

/** The columns of each field: as chosen, else the first header that names it. */
export function findColumns(header: readonly CellValue[], chosen: ImportMapping = {}): ImportMapping {
  const out: ImportMapping = { ...chosen };
  const taken = new Set(Object.values(chosen));
  for (const field of FIELDS) {
    if (out[field] !== undefined) continue;
    const col = header.findIndex((h, i) => !taken.has(i + 1) && HEADERS[field].test(norm(text(h))));
    if (col >= 0) {
      out[field] = col + 1;
      taken.add(col + 1);
    }
  }
  for (const field of FIELDS) if (out[field] === 0) delete out[field];
  return out;
}

function categoryResolver(c: Competition): (value: string) => string | null {
  const byKey = new Map<string, string>();
  for (const k of c.categories) {
    byKey.set(norm(k.id), k.id);
    byKey.set(norm(k.name), k.id);
  }
  const only = c.categories.length === 1 ? c.categories[0]!.id : null;
  return (value) => (value === '' ? only : (byKey.get(norm(value)) ?? null));
}

function nextIds(c: Competition): () => string {
  const used = new Set(c.entries.map((e) => e.id));
  const numeric = c.entries.map((e) => e.id).filter((id) => /^\d+$/.test(id));
  const width = Math.max(3, ...numeric.map((id) => id.length));
  let n = Math.max(0, ...numeric.map(Number));
  return () => {
    let id: string;
    do id = String(++n).padStart(width, '0');
    while (used.has(id));
    used.add(id);
    return id;
  };
}

export interface ImportPlan {
  entries: Entry[];
  /** Rows of the source already in the Setup. */
  skipped: number;
  problems: LocatedProblem[];
  /** A required column is missing: nothing can be imported. */
  refused: boolean;
}

/** What importing `source` (header in row 1) would add to the competition. Pure. */
export function planImport(c: Competition, source: SheetSnapshot, mapping: ImportMapping = {}): ImportPlan {
  const problems: LocatedProblem[] = [];
  type ImportCode = 'import-no-column' | 'import-no-title' | 'import-duplicate' | 'import-category-unknown';
  const report = (row: number, column: number, code: ImportCode, params = {}) =>
    problems.push(
      locate(problem(code, 'error', { kind: 'import', row, column }, params), {
        sheet: source.name,
        cell: a1(row, column),
      }),
    );
  const columns = findColumns(source.values[0] ?? [], mapping);
  const needed: ImportField[] = c.categories.length === 1 ? ['title'] : ['title', 'category'];
  for (const field of needed) {
    if (columns[field] === undefined)
      report(1, 1, 'import-no-column', { field: say(importMessages, FIELD_LABEL[field]) });
  }
  if (problems.length > 0) return { entries: [], skipped: 0, problems, refused: true };

  const category = categoryResolver(c);
  const choices = c.categories.map((k) => k.id).join(', ');
  const existing = new Set(c.entries.map((e) => entryKey(e.title, e.agency)));
  const firstRow = new Map<string, number>();
  const nextId = nextIds(c);
  const entries: Entry[] = [];
  let skipped = 0;
  source.values.forEach((row, i) => {
    if (i === 0) return;
    const r = i + 1;
    const value = (f: ImportField) => (columns[f] === undefined ? '' : text(row[columns[f]! - 1]));
    if (FIELDS.every((f) => value(f) === '')) return;
    const title = value('title');
    if (title === '') return report(r, columns.title!, 'import-no-title');
    const key = entryKey(title, value('agency'));
    if (existing.has(key)) {
      skipped++;
      return;
    }
    const first = firstRow.get(key);
    if (first !== undefined) return report(r, columns.title!, 'import-duplicate', { first });
    const categoryId = category(value('category'));
    if (categoryId === null)
      return report(r, columns.category ?? columns.title!, 'import-category-unknown', {
        value: value('category'),
        choices,
      });
    firstRow.set(key, r);
    const entry: Entry = { id: nextId(), title, agency: value('agency'), categoryId, excludedReason: '' };
    if (value('group') !== '') entry.group = value('group');
    if (value('region') !== '') entry.region = value('region');
    entries.push(entry);
  });
  return { entries, skipped, problems, refused: false };
}

/** The Entries table's columns in the Setup, by field. */
const TABLE_FIELDS = ['id', ...FIELDS.map((f) => ENTRY_COLUMN[f])] as const;

export interface ImportOutcome extends ActionOutcome {
  added: number;
  skipped: number;
}

/** Imports `source` into the Setup's Entries table, below its last row: one read of each sheet, one write. */
export function importEntries(
  port: SpreadsheetPort,
  source: SheetSnapshot | string,
  mapping: ImportMapping = {},
): ImportOutcome {
  const none = { added: 0, skipped: 0 };
  const wb = readWorkbook(port);
  // A Setup fresh from a template has no entries yet, which is an error of the Setup: the very one importing fixes.
  if (!wb.setup) return { ...fail(say(workflowMessages, 'noSetup')), ...none };
  const setup = { c: wb.setup.competition };
  const snapshot = typeof source === 'string' ? port.read(source) : source;
  const sourceName = typeof source === 'string' ? source : source.name;
  if (snapshot === null) return { ...fail(say(importMessages, 'noSource', { sheet: sourceName })), ...none };
  if (snapshot.values.length <= 1)
    return { ...fail(say(importMessages, 'emptySource', { sheet: sourceName })), ...none };
  const plan = planImport(setup.c, snapshot, mapping);
  const counts = { skipped: plan.skipped, problems: plan.problems.length };
  if (plan.refused)
    return { ok: false, message: plan.problems[0]!.message, problems: plan.problems, ...none };
  if (plan.entries.length === 0)
    return {
      ok: plan.problems.length === 0,
      message: say(importMessages, 'nothingNew', counts),
      problems: plan.problems,
      added: 0,
      skipped: plan.skipped,
    };

  const layout = wb.setup!.layout;
  const spot = layout.tables.get('entries');
  const title = layout.titles.get('entries');
  if (spot === undefined || title === undefined)
    return { ...fail(say(importMessages, 'noEntriesTable')), ...none };
  const from = Math.max(title + 1, ...spot.rows) + 1;
  const cols = TABLE_FIELDS.map((f) => spot.columns.get(f)).filter((x): x is number => x !== undefined);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const fieldAt = new Map(TABLE_FIELDS.map((f) => [spot.columns.get(f), f] as const));
  const setupSnapshot = wb.snapshots.get(layout.sheet);
  const values = plan.entries.map((e, i) =>
    Array.from({ length: last - first + 1 }, (_, j): CellValue => {
      const field = fieldAt.get(first + j);
      if (field === undefined) return setupSnapshot?.values[from + i - 1]?.[first + j - 1] ?? null;
      return (e[field] as string | undefined) ?? '';
    }),
  );
  port.writeBlock(layout.sheet, { row: from, col: first, values });
  return {
    ok: plan.problems.length === 0,
    message: say(importMessages, 'imported', {
      ...counts,
      added: plan.entries.length,
      from,
      to: from + plan.entries.length - 1,
    }),
    problems: plan.problems,
    added: plan.entries.length,
    skipped: plan.skipped,
  };
}

/** A sheet entries may be imported from, as the sidebar offers it: its headers and the columns found for each field. */
export interface ImportSource {
  sheet: string;
  /** Row 1, as text, one per column. */
  headers: string[];
  /** Rows below the header that hold anything. */
  rows: number;
  mapping: ImportMapping;
}

/**
 * The sheets a list can be imported from: every sheet but Juri's own (the
 * Setup, juror tabs, Ranking, Recap, documents, the record of entrants),
 * with the columns found by their headers, or as `remembered` (the mapping
 * the secretariat chose the last time, by sheet), so that columns are mapped once.
 */
export function importSources(
  port: SpreadsheetPort,
  remembered: (sheet: string) => ImportMapping | null = () => null,
): ImportSource[] {
  const wb = readWorkbook(port);
  const documents = documentSheetNames(wb.setup?.competition.stages ?? []);
  const out: ImportSource[] = [];
  for (const name of wb.names) {
    if (
      name === wb.setupName ||
      name === wb.entrantsName ||
      wb.snapshots.has(name) ||
      isOutput(name, documents)
    )
      continue;
    const snapshot = port.read(name, { formulas: false });
    if (!snapshot || snapshot.values.length === 0) continue;
    const headers = (snapshot.values[0] ?? []).map((v) => text(v));
    const rows = snapshot.values.slice(1).filter((r) => r.some((v) => text(v) !== '')).length;
    const chosen = validMapping(remembered(name) ?? {}, headers.length);
    out.push({ sheet: name, headers, rows, mapping: findColumns(snapshot.values[0] ?? [], chosen) });
  }
  return out;
}

/** A mapping as the sidebar sends it: only fields Juri knows, each a column of the sheet. */
export function validMapping(mapping: unknown, width: number): ImportMapping {
  const out: ImportMapping = {};
  if (!mapping || typeof mapping !== 'object') return out;
  for (const field of FIELDS) {
    const col = (mapping as Record<string, unknown>)[field];
    if (typeof col === 'number' && Number.isInteger(col) && col >= 0 && col <= width) out[field] = col;
  }
  return out;
}
