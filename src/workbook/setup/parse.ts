/**
 * Reading the Setup sheet back into a Competition: find the sections by their
 * titles, the columns by their headers, read every non-blank row, then run
 * the setup validation and place each of its problems on the cell to fix.
 * User input never throws; everything wrong becomes a placed problem.
 */
import type { Competition, Lang, Where } from '../../core/model';
import { nearlyEqual, sum } from '../../core/numbers';
import { validateCompetition } from '../../core/validate';
import { a1, columnNumber } from '../a1';
import type { LocatedProblem } from '../../core/location';
import type { CellValue, SheetSnapshot } from '../port';
import { isBlankCell, normalizeLabel } from './cells';
import { competitionSection, documentsSection, panelSection, rankingSection } from './keySections';
import {
  REQUIRED_SECTIONS,
  SECTION_ORDER,
  label,
  sectionLabel,
  type FieldDef,
  type KeySectionDef,
  type SectionName,
  type TableDef,
  type TableName,
} from './layout';
import { locateIn, locateValidation, type SheetLayout, type TableSpot } from './locate';
import { SETUP_TABLES } from './tables';
import { fieldReader, labelText, sheetProblem } from './reader';

export interface SetupRead {
  competition: Competition;
  /** Reading problems first, then the setup validation's; each message starts with its sheet!cell. */
  problems: LocatedProblem[];
  /** The cell showing what a problem's `where` names, in the sheet as read. */
  locate(where: Where): { sheet: string; cell: string };
  /** Where each section and table was found (1-based), for an action that adds rows to a table. */
  layout: SheetLayout;
}

/** 0-based: the title row and the row after the section's last one. */
interface Span {
  title: number;
  end: number;
}

export function sheetLang(sheetName: string): Lang {
  return normalizeLabel(sheetName) === normalizeLabel(label('sheet.name', 'en')) ? 'en' : 'id';
}

function labelsMatch(key: string, def: FieldDef<string>): boolean {
  return key === normalizeLabel(label(def.label, 'id')) || key === normalizeLabel(label(def.label, 'en'));
}

function scanSections(
  values: CellValue[][],
  sheet: string,
  problems: LocatedProblem[],
): Map<SectionName, Span> {
  const byLabel = new Map<string, SectionName>();
  for (const s of SECTION_ORDER) {
    byLabel.set(normalizeLabel(label(sectionLabel(s), 'id')), s);
    byLabel.set(normalizeLabel(label(sectionLabel(s), 'en')), s);
  }
  const starts: { section: SectionName; row: number }[] = [];
  values.forEach((row, r) => {
    const section = byLabel.get(normalizeLabel(row[0]));
    if (section !== undefined) starts.push({ section, row: r });
  });
  const spans = new Map<SectionName, Span>();
  starts.forEach(({ section, row }, i) => {
    const first = spans.get(section);
    if (first === undefined) {
      spans.set(section, { title: row, end: starts[i + 1]?.row ?? values.length });
      return;
    }
    const params = { section: labelText(sectionLabel(section)), first: first.title + 1 };
    problems.push(
      sheetProblem(
        'setup-duplicate-section',
        'warning',
        sectionWhere(section),
        sheet,
        a1(row + 1, 1),
        params,
      ),
    );
  });
  return spans;
}

function sectionWhere(section: SectionName): Where {
  if (section === 'competition') return { kind: 'competition', field: 'name' };
  if (section === 'ranking') return { kind: 'setting', field: 'method' };
  if (section === 'documents') return { kind: 'documents', field: 'place' };
  if (section === 'panel') return { kind: 'competition', field: 'scoringPlace' };
  return { kind: 'table', table: section, index: -1 };
}

function rowIsBlank(row: CellValue[] | undefined, columns: Iterable<number>): boolean {
  for (const c of columns) if (!isBlankCell(row?.[c])) return false;
  return true;
}

function readTable<T, F extends string>(
  def: TableDef<T, F>,
  values: CellValue[][],
  span: Span | undefined,
  sheet: string,
  problems: LocatedProblem[],
  /** Same shape as values: the formula of a cell, or ''. */
  formulas: readonly (readonly string[])[] = [],
): { items: T[]; spot: TableSpot | null } {
  if (span === undefined) return { items: [], spot: null };
  let header = span.title + 1;
  while (header < span.end && rowIsBlank(values[header], (values[header] ?? []).keys())) header++;
  const headerRow = header < span.end ? (values[header] ?? []) : [];
  const headerIndex = new Map<string, number>();
  headerRow.forEach((v, c) => {
    const key = normalizeLabel(v);
    if (key !== '' && !headerIndex.has(key)) headerIndex.set(key, c);
  });
  const columns = new Map<F, number>();
  for (const col of def.columns) {
    const found = [...headerIndex].find(([key]) => labelsMatch(key, col));
    if (found !== undefined) columns.set(col.field, found[1]);
    else if (col.required) {
      const params = {
        section: labelText(sectionLabel(def.name)),
        column: labelText(col.label),
        row: header + 1,
      };
      problems.push(
        sheetProblem(
          'setup-missing-column',
          'error',
          sectionWhere(def.name),
          sheet,
          a1(span.title + 1, 1),
          params,
        ),
      );
    }
  }
  const labels = new Map(def.columns.map((col) => [col.field, col.label] as const));
  const items: T[] = [];
  const rows: number[] = [];
  for (let r = header + 1; r < span.end; r++) {
    const row = values[r] ?? [];
    if (rowIsBlank(row, columns.values())) continue;
    const index = items.length;
    const item = def.read(
      fieldReader<F>({
        sheet,
        cell(f) {
          const c = columns.get(f);
          return c === undefined
            ? null
            : { value: row[c] ?? null, address: a1(r + 1, c + 1), formula: formulas[r]?.[c] ?? '' };
        },
        labelOf: (f) => labels.get(f) ?? 'col.id',
        // A Setup table's columns are named by its items' fields (TableField).
        whereOf: (f) => ({ kind: 'table', table: def.name, index, field: f }) as Where,
        problems,
      }),
    );
    if (item === null) continue;
    items.push(item);
    rows.push(r + 1);
  }
  const spot: TableSpot = {
    rows,
    columns: new Map([...columns].map(([f, c]) => [f, c + 1])),
    fields: new Set(def.columns.map((col) => col.field)),
    aliases: def.aliases ?? {},
  };
  return { items, spot };
}

function readKeys<K extends string, P>(
  def: KeySectionDef<K, P>,
  values: CellValue[][],
  span: Span | undefined,
  ctx: {
    sheet: string;
    lang: Lang;
    problems: LocatedProblem[];
    keys: Map<string, number>;
    whereOf: (f: K) => Where;
  },
): P {
  const rowOf = new Map<K, number>();
  for (let r = (span?.title ?? 0) + 1; span !== undefined && r < span.end; r++) {
    const key = normalizeLabel(values[r]?.[0]);
    const found = def.keys.find((k) => labelsMatch(key, k));
    if (found !== undefined && !rowOf.has(found.field)) rowOf.set(found.field, r);
  }
  for (const k of def.keys) {
    const r = rowOf.get(k.field);
    if (r !== undefined) ctx.keys.set(k.field, r + 1);
    else if (span !== undefined && k.required) {
      const params = { section: labelText(sectionLabel(def.name)), label: labelText(k.label) };
      ctx.problems.push(
        sheetProblem(
          'setup-missing-row',
          'error',
          ctx.whereOf(k.field),
          ctx.sheet,
          a1(span.title + 1, 1),
          params,
        ),
      );
    }
  }
  const labels = new Map(def.keys.map((k) => [k.field, k.label] as const));
  const reader = fieldReader<K>({
    sheet: ctx.sheet,
    cell(f) {
      const r = rowOf.get(f);
      return r === undefined ? null : { value: values[r]?.[1] ?? null, address: a1(r + 1, 2) };
    },
    labelOf: (f) => labels.get(f) ?? 'col.id',
    whereOf: ctx.whereOf,
    problems: ctx.problems,
  });
  return def.read(reader, ctx.lang);
}

/**
 * Weights typed as fractions (0.3, or 30 % in a percent-formatted cell, which
 * the spreadsheet hands over as 0.3) are read as percent, without a word:
 * the intent is plain when they add up to 1.
 */
export function percentFromFractions(weights: readonly number[]): number[] {
  const fractions = weights.length > 0 && weights.every((w) => Number.isFinite(w) && w >= 0 && w <= 1);
  if (!fractions || !nearlyEqual(sum(weights), 1)) return [...weights];
  return weights.map((w) => Math.round(w * 100 * 1e9) / 1e9);
}

function withPercentWeights<T extends { weight: number }>(items: T[], groupOf: (item: T) => string): T[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), i]));
  const out = [...items];
  for (const indexes of groups.values()) {
    const weights = percentFromFractions(indexes.map((i) => items[i].weight));
    indexes.forEach((i, k) => (out[i] = { ...items[i], weight: weights[k] }));
  }
  return out;
}

export function parseSetupSheet(snapshot: SheetSnapshot): SetupRead {
  const { name: sheet, values } = snapshot;
  const problems: LocatedProblem[] = [];
  const spans = scanSections(values, sheet, problems);
  for (const s of SECTION_ORDER) {
    if (REQUIRED_SECTIONS.has(s) && !spans.has(s)) {
      problems.push(
        sheetProblem('setup-missing-section', 'error', sectionWhere(s), sheet, '', {
          section: labelText(sectionLabel(s)),
        }),
      );
    }
  }
  const keys = new Map<string, number>();
  const ctx = { sheet, lang: sheetLang(sheet), problems, keys };
  const head = readKeys(competitionSection, values, spans.get('competition'), {
    ...ctx,
    whereOf: (field) => ({ kind: 'competition', field }),
  });
  const settings = readKeys(rankingSection, values, spans.get('ranking'), {
    ...ctx,
    whereOf: (field) => ({ kind: 'setting', field }),
  });
  // A Setup made before the documents existed has no such section: the documents use their defaults.
  const documentsSpan = spans.get('documents');
  const documents =
    documentsSpan === undefined
      ? undefined
      : readKeys(documentsSection, values, documentsSpan, {
          ...ctx,
          whereOf: (field) => ({ kind: 'documents', field }),
        });
  const panel = readKeys(panelSection, values, spans.get('panel'), {
    ...ctx,
    whereOf: (field) => ({ kind: 'competition', field }),
  });
  const tables = new Map<TableName, TableSpot>();
  const table = <T, F extends string>(def: TableDef<T, F>): T[] => {
    const { items, spot } = readTable(def, values, spans.get(def.name), sheet, problems, snapshot.formulas);
    if (spot !== null) tables.set(def.name, spot);
    return items;
  };
  const competition: Competition = {
    ...head,
    categories: table(SETUP_TABLES.categories),
    stages: withPercentWeights(table(SETUP_TABLES.stages), () => ''),
    criteria: withPercentWeights(table(SETUP_TABLES.criteria), (cr) => cr.stageId),
    jurors: table(SETUP_TABLES.jurors),
    entries: table(SETUP_TABLES.entries),
    conflicts: table(SETUP_TABLES.conflicts),
    settings: { ...settings, tieBreaks: table(SETUP_TABLES.tieBreaks) },
    adjustments: table(SETUP_TABLES.adjustments),
    ...(documents ? { documents } : {}),
  };
  if (panel.scoringPlace) competition.scoringPlace = panel.scoringPlace;
  if (panel.identifying) competition.identifying = panel.identifying;
  const quotas = table(SETUP_TABLES.quotas);
  if (quotas.length > 0) competition.quotas = quotas;
  const titles = new Map([...spans].map(([s, span]) => [s, span.title + 1] as const));
  const layout: SheetLayout = { sheet, titles, tables, keys };
  const locate = (where: Where) => locateIn(layout, where);
  const read = inSheetOrder(problems);
  return {
    competition,
    problems: [...read, ...locateValidation(validateCompetition(competition), layout, read)],
    locate,
    layout,
  };
}

/** Reading problems top to bottom, left to right, as the user will walk through them; those without a cell first. */
function inSheetOrder(problems: LocatedProblem[]): LocatedProblem[] {
  const position = (cell: string): number => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (m === null) return -1;
    const col = columnNumber(m[1]);
    return Number(m[2]) * 1000 + col;
  };
  return problems
    .map((p, i) => ({ p, i, at: position(p.cell) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ p }) => p);
}
