/**
 * Drawing the Setup sheet from a Competition: the sections of layout.ts one
 * under the other, each table followed by spare rows that already carry its
 * drop-downs, so adding a row is typing into it. User text goes into values
 * only (the port stores strings as text), never into formulas.
 */
import type { Competition, Lang } from '../../core/model';
import { fill } from '../../i18n';
import { setupSheetLabels } from '../../i18n/setupSheet';
import type { CellValue, RangeRef, Validation } from '../port';
import type { RenderedSheet } from '../render';
import { isKeySection, KEY_SECTIONS } from './keySections';
import {
  SECTION_ORDER,
  label,
  usesQuotas,
  sectionLabel,
  type Choice,
  type FieldDef,
  type KeySectionDef,
  type SectionName,
  type TableDef,
  type TableName,
} from './layout';
import { SETUP_TABLES } from './tables';

/** Empty rows under each table, ready for new items. */
const SPARE_ROWS = 4;

const TITLE_BACKGROUND = '#cfe2f3';
const HEADER_BACKGROUND = '#eeeeee';
const COLUMN_WIDTHS = [230, 300, 160, 150, 150, 130, 110];

interface Cell {
  value: CellValue;
  text?: boolean;
  bold?: boolean;
  note?: string;
}

/** Where a table landed: its data rows (spares included) and the column of each field, 1-based. */
interface Placed {
  first: number;
  last: number;
  columns: Map<string, number>;
  defs: readonly FieldDef<string>[];
}

interface Sheet {
  width: number;
  values: CellValue[][];
  formats: string[][];
  bold: boolean[][];
  backgrounds: (string | null)[][];
  notes: string[][];
}

function addRow(sheet: Sheet, cells: readonly Cell[], background: string | null = null): number {
  const pad = <T>(f: (c: Cell | undefined) => T): T[] =>
    Array.from({ length: sheet.width }, (_, i) => f(cells[i]));
  sheet.values.push(pad((c) => c?.value ?? null));
  sheet.formats.push(pad((c) => (c?.text ? '@' : '')));
  sheet.bold.push(pad((c) => c?.bold ?? false));
  sheet.backgrounds.push(pad(() => background));
  sheet.notes.push(pad((c) => c?.note ?? ''));
  return sheet.values.length;
}

function note(def: FieldDef<string>, lang: Lang): string {
  return def.note === undefined ? '' : label(def.note, lang);
}

function renderKeys<K extends string, P>(
  sheet: Sheet,
  def: KeySectionDef<K, P>,
  c: Competition,
  lang: Lang,
  validations: Validation[],
): void {
  const shown = def.write(c, lang);
  for (const key of def.keys) {
    if (key.shownWhen !== undefined && !key.shownWhen(c)) continue;
    const row = addRow(sheet, [
      { value: label(key.label, lang), bold: true, note: note(key, lang) },
      { value: shown[key.field], text: key.text },
    ]);
    if (key.choices)
      validations.push(listValidation({ row, col: 2, numRows: 1, numCols: 1 }, key.choices, lang));
  }
}

function renderTable<T, F extends string>(
  sheet: Sheet,
  def: TableDef<T, F>,
  c: Competition,
  lang: Lang,
): Placed {
  addRow(
    sheet,
    def.columns.map((col) => ({ value: label(col.label, lang), bold: true, note: note(col, lang) })),
    HEADER_BACKGROUND,
  );
  const cellsOf = (shown: Record<F, CellValue> | null) =>
    def.columns.map((col) => ({ value: shown?.[col.field] ?? null, text: col.text }));
  let first = 0;
  for (const item of def.items(c)) {
    const row = addRow(sheet, cellsOf(def.write(item, lang)));
    if (first === 0) first = row;
  }
  let last = 0;
  for (let i = 0; i < SPARE_ROWS; i++) last = addRow(sheet, cellsOf(null));
  if (first === 0) first = last - SPARE_ROWS + 1;
  return {
    first,
    last,
    columns: new Map(def.columns.map((col, i) => [col.field, i + 1])),
    defs: def.columns,
  };
}

function listValidation(range: RangeRef, choices: readonly Choice<unknown>[], lang: Lang): Validation {
  const values = choices.map((ch) => label(ch.label, lang));
  return {
    range,
    rule: {
      kind: 'list',
      values,
      helpText: fill(setupSheetLabels[lang]['help.list'], { choices: values.join(', ') }),
    },
  };
}

function columnRange(placed: Placed, col: number): RangeRef {
  return { row: placed.first, col, numRows: placed.last - placed.first + 1, numCols: 1 };
}

/** Drop-downs of the tables, resolved once every table has its place (an adjustment names entries drawn below it). */
function tableValidations(tables: Map<TableName, Placed>, sheetName: string, lang: Lang): Validation[] {
  const out: Validation[] = [];
  for (const placed of tables.values()) {
    for (const def of placed.defs) {
      const range = columnRange(placed, placed.columns.get(def.field) ?? 1);
      if (def.choices) out.push(listValidation(range, def.choices, lang));
      const source = def.idsOf === undefined ? undefined : tables.get(def.idsOf);
      if (def.idsOf !== undefined && source !== undefined) {
        const helpText = fill(setupSheetLabels[lang]['help.ids'], {
          section: label(sectionLabel(def.idsOf), lang),
        });
        out.push({
          range,
          rule: {
            kind: 'rangeList',
            sheet: sheetName,
            range: columnRange(source, source.columns.get('id') ?? 1),
            helpText,
          },
        });
      }
    }
  }
  return out;
}

function renderSection(
  sheet: Sheet,
  section: SectionName,
  c: Competition,
  lang: Lang,
  validations: Validation[],
): Placed | null {
  if (isKeySection(section)) {
    const def: KeySectionDef<string, unknown> = KEY_SECTIONS[section];
    renderKeys(sheet, def, c, lang, validations);
    return null;
  }
  const table: TableDef<unknown, string> = SETUP_TABLES[section];
  return renderTable(sheet, table, c, lang);
}

/** The widest table sets the block's width; key/value sections use two columns. */
function sheetWidth(): number {
  return Math.max(2, ...Object.values(SETUP_TABLES).map((t) => t.columns.length));
}

function isTable(section: SectionName): section is TableName {
  return section !== 'competition' && section !== 'ranking' && section !== 'documents' && section !== 'panel';
}

export function renderSetupSheet(c: Competition, lang: Lang): RenderedSheet {
  const name = label('sheet.name', lang);
  const sheet: Sheet = { width: sheetWidth(), values: [], formats: [], bold: [], backgrounds: [], notes: [] };
  const validations: Validation[] = [];
  const tables = new Map<TableName, Placed>();
  addRow(sheet, [{ value: label('sheet.title', lang), bold: true }]);
  addRow(sheet, [{ value: label('sheet.hint', lang) }]);
  for (const section of SECTION_ORDER) {
    if (section === 'quotas' && !usesQuotas(c)) continue;
    addRow(sheet, []);
    addRow(sheet, [{ value: label(sectionLabel(section), lang), bold: true }], TITLE_BACKGROUND);
    const placed = renderSection(sheet, section, c, lang, validations);
    if (placed !== null && isTable(section)) tables.set(section, placed);
  }
  validations.push(...tableValidations(tables, name, lang));
  const numRows = sheet.values.length;
  return {
    name,
    block: { row: 1, col: 1, values: sheet.values },
    formats: {
      row: 1,
      col: 1,
      numRows,
      numCols: sheet.width,
      numberFormats: sheet.formats,
      backgrounds: sheet.backgrounds,
      bold: sheet.bold,
      notes: sheet.notes,
    },
    validations,
    protection: null,
    look: { frozenRows: 1, frozenCols: 0, columnWidths: COLUMN_WIDTHS },
  };
}
