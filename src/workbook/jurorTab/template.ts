/**
 * A template of a stage's juror tabs: the tab of the stage's juror with the
 * most rows, without anything that says whose it is. Generate copies it for
 * each new tab of the stage (where the spreadsheet copies sheets whole), so
 * that formats, rules, column widths, frozen panes and the grid are written
 * once per stage instead of once per tab. A copy loses the template's rows
 * it does not need, then gets its own values and protection.
 *
 * A template, or a copy a run was interrupted before writing, is known by
 * the mark in A1 (a juror tab has its title there) and by having no juror:
 * the next Generate removes the one and takes the other over.
 */
import { isBlankCell } from '../../core/cells';
import type { FormatBlock, SheetSnapshot, Validation } from '../port';
import type { RenderedSheet } from '../render';
import { FIRST_ROW, type ControlName } from './layout';
import { identifyTab, parseJurorTab } from './read';
import { holdsSomething } from './render';

/** What A1 of a template holds. */
export const TEMPLATE_MARK = '~juri-template~';

/** The name of a stage's template: a name no user picks. */
export function templateName(stageIndex: number): string {
  return `~juri-template-${stageIndex + 1}~`;
}

export function isTemplateName(name: string): boolean {
  return /^~juri-template-\d+~$/.test(name);
}

/** The juror id and email cells of row 2. */
const WHOSE: readonly (readonly [number, number])[] = [
  [2, 4],
  [2, 6],
];

/** The template made from a stage's tab with the most rows: its title, juror and email left out. */
export function templateOf(tab: RenderedSheet, name: string): RenderedSheet {
  const values = tab.block.values.map((row) => [...row]);
  values[0][0] = TEMPLATE_MARK;
  for (const [r, c] of WHOSE) if (values[r - 1] && values[r - 1].length >= c) values[r - 1][c - 1] = null;
  return { ...tab, name, block: { ...tab.block, values }, protection: null };
}

/** Whether a sheet is a template or a copy of one not yet written: the mark in A1 and no juror. */
export function isTemplate(snapshot: SheetSnapshot): boolean {
  return snapshot.values[0]?.[0] === TEMPLATE_MARK && identifyTab(snapshot) === null;
}

/** A copy left unwritten by an interrupted run, in which nobody has typed: Generate may take it over. */
export function isBlankCopy(snapshot: SheetSnapshot): boolean {
  if (!isTemplate(snapshot)) return false;
  const tab = parseJurorTab(snapshot, { stageId: '', jurorId: '' });
  const typed = (['pakta', 'paktaDate', 'submit'] as ControlName[]).some(
    (c) => !isBlankCell(tab.controls[c]),
  );
  return !typed && ![...tab.rows, ...tab.archive].some(holdsSomething);
}

/**
 * Whether a copy of `template` (a stage's tab with the most rows), without
 * the entry rows `tab` does not have, looks exactly as `tab` would when
 * written: formats, rules and look. Values are written over it; only where
 * this holds does the copy carry `tab`'s seal honestly.
 */
export function copyFits(
  template: RenderedSheet,
  templateRows: number,
  tab: RenderedSheet,
  rows: number,
): boolean {
  const extra = templateRows - rows;
  if (extra < 0) return false;
  const width = (s: RenderedSheet) => Math.max(0, ...s.block.values.map((r) => r.length));
  if (tab.block.row !== 1 || tab.block.col !== 1 || template.block.row !== 1 || template.block.col !== 1)
    return false;
  if (tab.block.values.length !== FIRST_ROW - 1 + rows) return false;
  if (template.block.values.length !== FIRST_ROW - 1 + templateRows) return false;
  if (width(tab) !== width(template)) return false;
  if (tab.paper || template.paper) return false;
  const from = FIRST_ROW + rows;
  const look = template.look && {
    ...template.look,
    ...(template.look.gridSize
      ? { gridSize: { ...template.look.gridSize, rows: template.look.gridSize.rows - extra } }
      : {}),
  };
  const copied = {
    formats: template.formats && withoutRowsOfFormats(template.formats, from, extra),
    validations: (template.validations ?? []).flatMap((v) => withoutRowsOfRule(v, from, extra)),
    look,
  };
  const wanted = { formats: tab.formats, validations: tab.validations ?? [], look: tab.look };
  return JSON.stringify(copied) === JSON.stringify(wanted);
}

function withoutRowsOfFormats(f: FormatBlock, from: number, count: number): FormatBlock {
  if (count === 0) return f;
  const cut = <T>(rows: T[][] | undefined): T[][] | undefined => {
    if (!rows) return rows;
    const out = [...rows];
    const at = from - f.row;
    if (at < out.length) out.splice(Math.max(0, at), Math.min(count, out.length - Math.max(0, at)));
    return out;
  };
  const lost = Math.max(0, Math.min(f.row + f.numRows, from + count) - Math.max(f.row, from));
  return {
    ...f,
    numRows: f.numRows - lost,
    numberFormats: cut(f.numberFormats),
    backgrounds: cut(f.backgrounds),
    bold: cut(f.bold),
    notes: cut(f.notes),
  };
}

/** A rule's range once rows [from, from + count) are deleted; none when all its rows go. */
function withoutRowsOfRule(v: Validation, from: number, count: number): Validation[] {
  if (count === 0) return [v];
  const { row, numRows } = v.range;
  const end = from + count;
  const lost = Math.max(0, Math.min(row + numRows, end) - Math.max(row, from));
  const left = numRows - lost;
  if (left <= 0) return [];
  const top = row >= end ? row - count : row < from ? row : from;
  return [{ ...v, range: { ...v.range, row: top, numRows: left } }];
}
