/**
 * From a problem's `where` (model terms) to the cell of the Setup sheet that
 * shows it, using where each section, row and column was found when reading.
 */
import type { Problem, Where } from '../../core/model';
import { a1 } from '../a1';
import { locate, type Location, type LocatedProblem } from '../../core/location';
import type { SectionName, TableName } from './layout';

/** Where each table item and setting was found: 1-based rows and columns. */
export interface TableSpot {
  rows: number[];
  columns: Map<string, number>;
  fields: ReadonlySet<string>;
  aliases: Readonly<Partial<Record<string, string>>>;
}

export interface SheetLayout {
  sheet: string;
  titles: Map<SectionName, number>;
  tables: Map<TableName, TableSpot>;
  keys: Map<string, number>;
}

export function locateIn(layout: SheetLayout, where: Where): Location {
  const at = (cell: string) => ({ sheet: layout.sheet, cell });
  const title = (s: SectionName) => {
    const row = layout.titles.get(s);
    return at(row === undefined ? '' : a1(row, 1));
  };
  const key = (field: string, s: SectionName) => {
    const row = layout.keys.get(field);
    return row === undefined ? title(s) : at(a1(row, 2));
  };
  switch (where.kind) {
    case 'competition':
      return key(
        where.field,
        where.field === 'scoringPlace' || where.field === 'identifying' ? 'panel' : 'competition',
      );
    case 'setting':
      return where.field === 'tieBreaks' ? title('tieBreaks') : key(where.field, 'ranking');
    case 'documents':
      return key(where.field, 'documents');
    case 'table': {
      const spot = layout.tables.get(where.table);
      const row = spot?.rows[where.index];
      if (spot === undefined || row === undefined || where.index < 0) return title(where.table);
      const field = where.field === undefined ? undefined : (spot.aliases[where.field] ?? where.field);
      return at(a1(row, (field === undefined ? undefined : spot.columns.get(field)) ?? 1));
    }
    default:
      return at('');
  }
}

/** A field whose whole column is missing was reported once on its section; row by row it would only repeat that. */
function inMissingColumn(layout: SheetLayout, where: Where): boolean {
  if (where.kind !== 'table' || where.field === undefined) return false;
  const spot = layout.tables.get(where.table);
  if (spot === undefined) return false;
  const field = spot.aliases[where.field] ?? where.field;
  return spot.fields.has(field) && !spot.columns.has(field);
}

/**
 * A cell that could not be read already carries the precise problem ("must be
 * a number"); the validation's view of the same cell ("weight NaN") is dropped.
 */
export function locateValidation(
  found: Problem[],
  layout: SheetLayout,
  readProblems: LocatedProblem[],
): LocatedProblem[] {
  const taken = new Set(readProblems.map((p) => p.cell));
  const out: LocatedProblem[] = [];
  for (const p of found) {
    const { sheet, cell } = locateIn(layout, p.where);
    if (taken.has(cell) || inMissingColumn(layout, p.where)) continue;
    out.push(locate(p, { sheet, cell }));
  }
  return out;
}
