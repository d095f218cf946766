/**
 * Where a problem is in the spreadsheet: a sheet and an A1 cell, kept as data
 * beside the message. Every renderer (the sidebar's link, the sheet's dialogs,
 * the command line) writes it with `cellRef`, the way Sheets writes a reference.
 */
import type { Problem, Text } from './model';

/** A sheet and an A1 cell a user can jump to ('' for none). */
export interface Location {
  sheet: string;
  cell: string;
}

/** A problem with its location. `message` begins with the location, as a secretariat quotes it. */
export interface LocatedProblem extends Problem, Location {
  /** The message alone, for a renderer that shows the location apart (the sidebar's link). */
  text?: Text;
}

/** A sheet name as Sheets quotes it in a reference: 'Presentasi – Juri 1', with ' doubled inside. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A name Sheets writes bare: letters, digits and _, not starting with a digit, not itself a cell. */
function isBareName(name: string): boolean {
  return (
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^R[0-9]*C[0-9]*$/i.test(name)
  );
}

/** 'Pengaturan!D14', "'Presentasi – Juri 1'!D6" as Sheets writes a reference, or the sheet alone when there is no cell. */
export function cellRef(sheet: string, cell: string): string {
  const name = isBareName(sheet) ? sheet : quoteSheet(sheet);
  return cell === '' ? name : `${name}!${cell}`;
}

/** The problem at `at`: its message begins "Pengaturan!D14: " (or "Pengaturan: " without a cell). */
export function locate(p: Problem, at: Location): LocatedProblem {
  const { sheet, cell } = at;
  if (!sheet) return { ...p, sheet, cell };
  const prefix = `${cellRef(sheet, cell)}: `;
  return {
    ...p,
    sheet,
    cell,
    message: { id: prefix + p.message.id, en: prefix + p.message.en },
    text: p.message,
  };
}
