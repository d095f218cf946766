/**
 * What an action read and wrote, kept so that its reply (the sidebar's
 * summary) is built from it instead of a second read of every sheet: at
 * national size that second read cost as many service calls as the action.
 *
 * The action runs on `port`, which passes every call through to the
 * spreadsheet and keeps a copy of each sheet as read, then as written. The
 * reply reads through `view()`, which answers from those copies and reads
 * through only the sheets the action never saw.
 */
import type { Block, CellValue, SheetSnapshot, SpreadsheetPort } from './port';

export interface Recorded {
  /** The port the action runs on: every call reaches the spreadsheet. */
  port: SpreadsheetPort;
  /** The spreadsheet as the action left it, for reading only. */
  view(): SpreadsheetPort;
}

/** A sheet's cells as last read or written; `shared` until the first write copies the rows. */
interface Grid {
  values: CellValue[][];
  formulas: string[][];
  shared: boolean;
}

export function recordPort(inner: SpreadsheetPort): Recorded {
  let names: string[] | null = null;
  let locale: string | null = null;
  /** A sheet absent from the map was never seen: the view reads it through. */
  const grids = new Map<string, Grid>();

  const forget = (name: string) => grids.delete(name);
  const empty = (): Grid => ({ values: [], formulas: [], shared: false });

  const port: SpreadsheetPort = {
    locale: () => (locale = inner.locale()),
    sheetNames() {
      const listed = inner.sheetNames();
      names = [...listed];
      return listed;
    },
    read(name, options) {
      const snapshot = inner.read(name, options);
      // A sheet's first rows only are not the sheet: the view reads it through if it needs it.
      if (options?.top) {
        if (!snapshot) forget(name);
        return snapshot;
      }
      if (snapshot) grids.set(name, { values: snapshot.values, formulas: snapshot.formulas, shared: true });
      else forget(name);
      return snapshot;
    },
    insertSheet(name, index) {
      inner.insertSheet(name, index);
      if (names) names.splice(index === undefined ? names.length : index, 0, name);
      grids.set(name, empty());
    },
    deleteSheet(name) {
      inner.deleteSheet(name);
      if (names) names = names.filter((n) => n !== name);
      forget(name);
    },
    renameSheet(from, to) {
      inner.renameSheet(from, to);
      if (names) names = names.map((n) => (n === from ? to : n));
      const grid = grids.get(from);
      forget(from);
      if (grid) grids.set(to, grid);
    },
    clearSheet(name, options) {
      inner.clearSheet(name, options);
      if (!options?.keepValues) grids.set(name, empty());
    },
    writeBlock(name, block) {
      inner.writeBlock(name, block);
      const grid = grids.get(name);
      if (grid) applyBlock(grid, block);
    },
    // Formats, notes, validations, protections and looks do not change what a read returns.
    writeFormats: (name, formats) => inner.writeFormats(name, formats),
    setValidations: (name, validations) => inner.setValidations(name, validations),
    setProtection: (name, protection) => inner.setProtection(name, protection),
    setLook: (name, look) => inner.setLook(name, look),
    setPaper: (name, layout) => inner.setPaper(name, layout),
  };
  // Who runs the action and the state of a protection read nothing a sheet holds: straight through.
  if (inner.user) port.user = () => inner.user!();
  if (inner.isOwner) port.isOwner = () => inner.isOwner!();
  if (inner.protectionState) port.protectionState = (name) => inner.protectionState!(name);
  if (inner.placeTab) port.placeTab = (sheet, jurorId) => inner.placeTab!(sheet, jurorId);
  if (inner.carries) port.carries = (sheet) => inner.carries!(sheet);
  if (inner.jurorFiles) port.jurorFiles = () => inner.jurorFiles!();
  const copies = inner.copies;
  if (copies)
    port.copies = {
      confirmed: () => copies.confirmed(),
      record: (ok) => copies.record(ok),
      copy(template, name) {
        copies.copy(template, name);
        if (names) names.push(name);
        const from = grids.get(template);
        if (from) grids.set(name, { values: from.values, formulas: from.formulas, shared: true });
        else forget(name);
      },
      deleteRows(name, row, count) {
        copies.deleteRows(name, row, count);
        const grid = grids.get(name);
        if (!grid || count <= 0) return;
        grid.values = grid.values.filter((_, r) => r + 1 < row || r + 1 >= row + count);
        grid.formulas = grid.formulas.filter((_, r) => r + 1 < row || r + 1 >= row + count);
        // The rows may still be the template's: the next write copies them first.
        grid.shared = true;
        trim(grid);
      },
      traits: (name, cell, cols) => copies.traits(name, cell, cols),
    };

  const readOnly = (): never => {
    throw new Error('recordPort: the view of an action is for reading only');
  };

  return {
    port,
    view: () => ({
      locale: () => locale ?? inner.locale(),
      sheetNames: () => (names ? [...names] : port.sheetNames()),
      read(name): SheetSnapshot | null {
        const grid = grids.get(name);
        if (!grid) return port.read(name);
        return { name, values: grid.values, formulas: grid.formulas };
      },
      insertSheet: readOnly,
      deleteSheet: readOnly,
      renameSheet: readOnly,
      clearSheet: readOnly,
      writeBlock: readOnly,
      writeFormats: readOnly,
      setValidations: readOnly,
      setProtection: readOnly,
      setLook: readOnly,
      setPaper: readOnly,
      ...(inner.jurorFiles ? { jurorFiles: () => inner.jurorFiles!() } : {}),
    }),
  };
}

/**
 * The block's cells as a read returns them afterwards: '' is an empty cell,
 * a formula is read back with its '='; the grid stays rectangular and ends
 * at its last cell with content, as a sheet's data range does.
 */
function applyBlock(grid: Grid, block: Block): void {
  if (grid.shared) {
    grid.values = grid.values.map((row) => [...row]);
    grid.formulas = grid.formulas.map((row) => [...row]);
    grid.shared = false;
  }
  const blockWidth = block.values.reduce((most, row) => Math.max(most, row.length), 0);
  const width = Math.max(grid.values[0]?.length ?? 0, block.col - 1 + blockWidth);
  const height = Math.max(grid.values.length, block.row - 1 + block.values.length);
  while (grid.values.length < height) {
    grid.values.push([]);
    grid.formulas.push([]);
  }
  for (let r = 0; r < height; r++) {
    while (grid.values[r].length < width) grid.values[r].push(null);
    while (grid.formulas[r].length < width) grid.formulas[r].push('');
  }
  for (let r = 0; r < block.values.length; r++) {
    const values = grid.values[block.row - 1 + r];
    const formulas = grid.formulas[block.row - 1 + r];
    for (let c = 0; c < blockWidth; c++) {
      const formula = block.formulas?.[r]?.[c];
      const value = block.values[r][c] ?? null;
      // Sheets computes a formula's value; nothing Juri reads back depends on it.
      values[block.col - 1 + c] = formula || value === '' ? null : value;
      formulas[block.col - 1 + c] = formula ? (formula.startsWith('=') ? formula : `=${formula}`) : '';
    }
  }
  trim(grid);
}

function trim(grid: Grid): void {
  const filled = (r: number, c: number) => grid.values[r][c] !== null || grid.formulas[r][c] !== '';
  let rows = grid.values.length;
  while (rows > 0 && grid.values[rows - 1].every((_, c) => !filled(rows - 1, c))) rows--;
  let cols = grid.values[0]?.length ?? 0;
  while (cols > 0 && grid.values.slice(0, rows).every((_, r) => !filled(r, cols - 1))) cols--;
  grid.values = grid.values.slice(0, rows).map((row) => row.slice(0, cols));
  grid.formulas = grid.formulas.slice(0, rows).map((row) => row.slice(0, cols));
}
