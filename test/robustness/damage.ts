/**
 * The ways a user damages a scored jury workbook, each applied by hand through
 * the fake's SpreadsheetApp, with where Juri must then point. A damage is a
 * plain description (so fast-check can print a failing one) turned into
 * effects by `apply`.
 */
import type { Where } from '../../src/core/model';
import { columnLetter } from '../../src/workbook/a1';
import { readWorkbook } from '../../src/workflow/workbook';
import type { FakeApps } from '../fakes';
import type { Book } from './book';

/** Things a juror or a secretariat types where a score belongs. */
export const BAD_SCORES = [
  'delapan puluh',
  -5,
  1e12,
  'NaN',
  'Infinity',
  '#DIV/0!',
  'date',
  true,
  false,
  '=1/0',
  '=D6*2',
  '=HYPERLINK("http://x.example","85")',
  null,
  '   ',
  '85,5',
  80.25,
] as const;
export type BadScore = (typeof BAD_SCORES)[number];

/** Things typed in a notes cell: all harmless, and all must stay as typed. */
export const NOTES = ['=1+1', '<script>alert(1)</script>', 'بسم الله', '👍🏽 bagus', '', '+62 812'] as const;

export type Damage =
  | { kind: 'score'; tab: number; row: number; criterion: number; value: BadScore }
  | { kind: 'notes'; tab: number; row: number; value: (typeof NOTES)[number] }
  | { kind: 'deleteRow'; tab: number; row: number }
  | { kind: 'duplicateRow'; tab: number; row: number }
  | { kind: 'swapRows'; tab: number; row: number; other: number }
  | { kind: 'entryId'; tab: number; row: number; value: 'X-999' | '' | 'other' }
  | { kind: 'tabIds'; tab: number; which: 'stage' | 'juror' }
  | { kind: 'criterionId'; tab: number; criterion: number; value: 'zzz' | '' }
  | { kind: 'renameTab'; tab: number }
  | { kind: 'deleteTab'; tab: number }
  | { kind: 'duplicateTab'; tab: number }
  | { kind: 'setup'; what: SetupDamage; index: number };

export type SetupDamage =
  | 'criterionWeightText'
  | 'scaleMaxText'
  | 'jurorEmail'
  | 'entryCategory'
  | 'entryIdDuplicate'
  | 'stageIdBlank'
  | 'entriesHeaderGone'
  | 'jurorsTitleGone'
  | 'methodUnknown';

/** Where Juri must report the damage. */
export type Expect =
  /** A problem on this sheet, at one of these cells ('' = the sheet, no cell). */
  | { at: { sheet: string; cells: string[] } }
  /** An error somewhere: the damage left nothing to point at (a deleted tab). */
  | { anyError: true }
  /** Nothing is wrong: the damage changed nothing that matters. */
  | { nothing: true };

const FIRST_ROW = 6;

type Grid = { value: unknown; formula: string }[][];

function sheetOf(fake: FakeApps, name: string) {
  const sheet = fake.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`test: no sheet ${name}`);
  return sheet;
}

function readGrid(fake: FakeApps, name: string): Grid {
  const range = sheetOf(fake, name).getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  return values.map((row, r) => row.map((value, c) => ({ value, formula: formulas[r][c] })));
}

/** Rewrites the rows from FIRST_ROW down, as a user cutting and pasting rows would leave them. */
function rewriteRows(fake: FakeApps, name: string, change: (rows: Grid) => Grid): void {
  const sheet = sheetOf(fake, name);
  const grid = readGrid(fake, name);
  const rows = change(grid.slice(FIRST_ROW - 1));
  const width = grid[0].length;
  const height = Math.max(grid.length - FIRST_ROW + 1, rows.length);
  if (FIRST_ROW + height - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height);
  sheet.getRange(FIRST_ROW, 1, height, width).clearContent();
  if (rows.length === 0) return;
  sheet
    .getRange(FIRST_ROW, 1, rows.length, width)
    .setValues(rows.map((row) => row.map((cell) => (cell.formula ? cell.formula : cell.value))));
}

function cell(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

function setupWhere(what: SetupDamage, index: number): Where {
  switch (what) {
    case 'criterionWeightText':
      return { kind: 'table', table: 'criteria', index, field: 'weight' };
    case 'scaleMaxText':
      return { kind: 'table', table: 'criteria', index, field: 'max' };
    case 'jurorEmail':
      return { kind: 'table', table: 'jurors', index, field: 'email' };
    case 'entryCategory':
      return { kind: 'table', table: 'entries', index, field: 'categoryId' };
    case 'entryIdDuplicate':
      return { kind: 'table', table: 'entries', index: index + 1, field: 'id' };
    case 'stageIdBlank':
      return { kind: 'table', table: 'stages', index, field: 'id' };
    case 'entriesHeaderGone':
      return { kind: 'table', table: 'entries', index: 0, field: 'title' };
    case 'jurorsTitleGone':
      return { kind: 'table', table: 'jurors', index: -1 };
    case 'methodUnknown':
      return { kind: 'setting', field: 'method' };
  }
}

/** Damages the workbook and says where Juri must point. */
export function apply(book: Book, damage: Damage): Expect {
  const { fake } = book;
  const wb = readWorkbook(book.port());
  const setupName = wb.setupName!;
  if (damage.kind === 'setup') return damageSetup(book, damage.what, damage.index, setupName);

  const tab = wb.tabs[damage.tab % wb.tabs.length];
  const name = tab.sheet;
  const rowOf = (i: number) => tab.rows[i % tab.rows.length];
  switch (damage.kind) {
    case 'score': {
      const r = rowOf(damage.row);
      const col = tab.colOf[tab.criterionIds[damage.criterion % tab.criterionIds.length]];
      const range = sheetOf(fake, name).getRange(r.row, col);
      const v = damage.value;
      if (v === null) range.clearContent();
      else if (v === 'date') range.setValue(new Date(Date.UTC(2026, 10, 28)));
      else range.setValue(v);
      return { at: { sheet: name, cells: [cell(col, r.row)] } };
    }
    case 'notes': {
      const r = rowOf(damage.row);
      sheetOf(fake, name).getRange(r.row, tab.notesCol).setValue(damage.value);
      return { nothing: true };
    }
    case 'deleteRow': {
      const r = rowOf(damage.row);
      rewriteRows(fake, name, (rows) => rows.filter((_, i) => i !== r.row - FIRST_ROW));
      // The entry may go to another juror of the stage: someone must score it.
      return { anyError: true };
    }
    case 'duplicateRow': {
      const r = rowOf(damage.row);
      const at = tab.rows[tab.rows.length - 1].row + 1;
      rewriteRows(fake, name, (rows) => [
        ...rows.slice(0, at - FIRST_ROW),
        rows[r.row - FIRST_ROW],
        ...rows.slice(at - FIRST_ROW),
      ]);
      return { at: { sheet: name, cells: [cell(1, r.row), cell(1, at)] } };
    }
    case 'swapRows': {
      const a = rowOf(damage.row).row - FIRST_ROW;
      const b = rowOf(damage.other).row - FIRST_ROW;
      rewriteRows(fake, name, (rows) => rows.map((row, i) => (i === a ? rows[b] : i === b ? rows[a] : row)));
      return { nothing: true };
    }
    case 'entryId': {
      const r = rowOf(damage.row);
      const other = tab.rows.find((x) => x.entryId !== r.entryId)?.entryId ?? 'X-999';
      const value = damage.value === 'other' ? other : damage.value;
      sheetOf(fake, name).getRange(r.row, 1).setValue(value);
      if (value === '') return { at: { sheet: name, cells: [cell(1, r.row)] } };
      const first = tab.rows.find((x) => x.entryId === value)?.row;
      return { at: { sheet: name, cells: [cell(1, r.row), ...(first ? [cell(1, first)] : [])] } };
    }
    case 'tabIds': {
      sheetOf(fake, name)
        .getRange(2, damage.which === 'stage' ? 2 : 4)
        .setValue('zzz');
      return { at: { sheet: name, cells: ['A2'] } };
    }
    case 'criterionId': {
      const col = 4 + (damage.criterion % tab.criterionIds.length);
      const range = sheetOf(fake, name).getRange(4, col);
      if (damage.value === '') range.clearContent();
      else range.setValue(damage.value);
      return { at: { sheet: name, cells: ['A4', cell(col, 4), cell(col, 5)] } };
    }
    case 'renameTab': {
      sheetOf(fake, name).setName(`Tab lama ${damage.tab}`);
      return { nothing: true };
    }
    case 'deleteTab': {
      fake.spreadsheet.deleteSheet(sheetOf(fake, name));
      return { anyError: true };
    }
    case 'duplicateTab': {
      const copy = `Salinan ${damage.tab}`;
      const grid = readGrid(fake, name);
      const sheet = fake.spreadsheet.insertSheet(copy);
      if (grid.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length);
      sheet.getRange(1, 1, grid.length, grid[0].length).setNumberFormat('@');
      // Values as text, then formulas: as a copy of the sheet would hold them.
      sheet
        .getRange(1, 1, grid.length, grid[0].length)
        .setValues(grid.map((row) => row.map((c) => (c.formula ? '' : c.value))));
      return { at: { sheet: copy, cells: ['A2'] } };
    }
  }
}

function damageSetup(book: Book, what: SetupDamage, index: number, setupName: string): Expect {
  const { fake } = book;
  const wb = readWorkbook(book.port());
  const c = wb.setup!.competition;
  const sizes = {
    criteria: c.criteria.length,
    jurors: c.jurors.length,
    entries: c.entries.length - 1,
    stages: c.stages.length,
  };
  const i =
    what === 'criterionWeightText' || what === 'scaleMaxText'
      ? index % sizes.criteria
      : what === 'jurorEmail'
        ? index % sizes.jurors
        : what === 'stageIdBlank'
          ? index % sizes.stages
          : index % sizes.entries;
  const where = setupWhere(what, i);
  const at = wb.setup!.locate(where);
  const sheet = sheetOf(fake, setupName);
  const range = sheet.getRange(at.cell);
  switch (what) {
    case 'criterionWeightText':
    case 'scaleMaxText':
      range.setValue('tiga puluh');
      return { at: { sheet: setupName, cells: [at.cell] } };
    case 'jurorEmail':
      range.setValue('bukan email');
      return { at: { sheet: setupName, cells: [at.cell] } };
    case 'entryCategory':
      range.setValue('tidak-ada');
      return { at: { sheet: setupName, cells: [at.cell] } };
    case 'entryIdDuplicate': {
      const first = wb.setup!.locate({ kind: 'table', table: 'entries', index: i, field: 'id' }).cell;
      range.setValue(c.entries[i].id);
      return { at: { sheet: setupName, cells: [at.cell, first] } };
    }
    case 'stageIdBlank':
      range.clearContent();
      return { at: { sheet: setupName, cells: [at.cell] } };
    case 'entriesHeaderGone': {
      // The header cell above the first entry's title.
      const row = Number(/\d+$/.exec(at.cell)![0]);
      const col = at.cell.replace(/\d+$/, '');
      sheet.getRange(`${col}${row - 1}`).clearContent();
      const title = wb.setup!.locate({ kind: 'table', table: 'entries', index: -1 });
      return { at: { sheet: setupName, cells: [title.cell, `${col}${row - 1}`] } };
    }
    case 'jurorsTitleGone':
      range.clearContent();
      return { at: { sheet: setupName, cells: ['', at.cell] } };
    case 'methodUnknown':
      range.setValue('rata-rata geometris');
      return { at: { sheet: setupName, cells: [at.cell] } };
  }
}
