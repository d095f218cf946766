/**
 * One file per juror (`juri generate --split`): each juror's tabs, as the
 * master workbook has them, in a workbook of their own with an identity sheet
 * saying which competition, juror and version of the Setup it was made from.
 * The shell writes the files; what goes in them, and whether a file already
 * there may be replaced, is decided here.
 */
import { setupFingerprint } from '../core/fingerprint';
import type { Competition, Juror, Where } from '../core/model';
import { problem } from '../core/say';
import { say } from '../i18n';
import { splitMessages } from '../i18n/split';
import { isBlankCell } from '../core/cells';
import { renderJurorTab, type TabRow } from '../workbook/jurorTab';
import {
  jurorFileSheetNames,
  parseJurorFileSheet,
  renderJurorFileSheet,
  type JurorFileInfo,
} from '../workbook/jurorFile';
import { a1 } from '../workbook/a1';
import type { CellValue, SpreadsheetPort } from '../workbook/port';
import { cellRef, locate, type LocatedProblem } from '../core/location';
import type { RenderedSheet } from '../workbook/render';
import { planTabs, type TabAction } from './generate';
import { usableSetup, type ActionOutcome } from './outcome';
import { readWorkbook, tabOf, type Workbook } from './workbook';

export interface JurorFilePlan {
  juror: Juror;
  /** "<juror id> <name>.xlsx", unique in the folder, with what no file system accepts replaced. */
  fileName: string;
  /** The juror's tabs in stage order, then the identity sheet. */
  sheets: RenderedSheet[];
}

export interface SplitOutcome extends ActionOutcome {
  files: JurorFilePlan[];
}

/**
 * The juror files of the master workbook as it is now (run after generate):
 * each juror's tabs with the layout, rules, protection and typed cells of
 * the master's, and the juror's cells open to them.
 */
export function planJurorFiles(port: SpreadsheetPort, made: string, dir: string): SplitOutcome {
  const wb = readWorkbook(port);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, files: [] };
  const c = setup.c;
  const byJuror = new Map<string, TabAction[]>();
  // Only tabs the master holds as they should be: a juror file is a copy of the master's tab.
  for (const a of planTabs(wb, c).actions.filter((x) => x.status === 'same'))
    byJuror.set(a.plan.juror.id, [...(byJuror.get(a.plan.juror.id) ?? []), a]);
  const fingerprint = setupFingerprint(c);
  const taken = new Set<string>();
  const files: JurorFilePlan[] = [];
  for (const juror of c.jurors) {
    const actions = byJuror.get(juror.id);
    if (!actions) continue;
    const tabs = actions.map(splitTab);
    const info: JurorFileInfo = {
      competition: c.name,
      jurorName: juror.name,
      jurorId: juror.id,
      setupFingerprint: fingerprint,
      made,
      tabs: actions.map((a) => ({ stageId: a.plan.stage.id, sheet: a.sheet })),
    };
    files.push({
      juror,
      fileName: jurorFileName(juror, taken),
      sheets: [...tabs, renderJurorFileSheet(info, c.lang)],
    });
  }
  const message =
    files.length === 0
      ? say(splitMessages, 'splitNone')
      : say(splitMessages, 'splitDone', { count: files.length, dir });
  return { ok: files.length > 0, message, problems: [], files };
}

/** The master's tab, with the juror's cells open to the juror even when the Setup has no email for them. */
function splitTab(a: TabAction): RenderedSheet {
  const { sheet, open } = renderJurorTab(a.plan);
  const tab = sheet ?? a.rendered;
  if (!open || !tab.protection) return tab;
  const editors = a.plan.juror.email.trim() === '' ? [] : [a.plan.juror.email];
  return { ...tab, protection: { ...tab.protection, editableRanges: [{ range: open, editors }] } };
}

/** The file name of a juror's file: their id and name, safe on Windows, macOS and Linux. */
export function jurorFileName(juror: Juror, taken: Set<string> = new Set()): string {
  const clean = `${juror.id} ${juror.name}`
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const base = [...(clean || 'juri')].slice(0, 80).join('').trim();
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.xlsx` : `${base} (${n}).xlsx`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A juror file as read: its identity (null when it has none) and its tabs. */
export interface JurorFileRead {
  info: JurorFileInfo | null;
  wb: Workbook;
}

export function readJurorFile(port: SpreadsheetPort): JurorFileRead {
  const names = new Set(port.sheetNames());
  let info: JurorFileInfo | null = null;
  for (const name of jurorFileSheetNames()) {
    const snapshot = names.has(name) ? port.read(name, { formulas: false }) : null;
    info = snapshot ? parseJurorFileSheet(snapshot) : null;
    if (info) break;
  }
  return { info, wb: readWorkbook(port) };
}

/** What a juror typed in one of their cells: the formula if they typed one, else the value. */
export function typedCell(row: TabRow | undefined, criterionId: string | null): CellValue {
  if (!row) return null;
  if (criterionId === null) return row.notes;
  return row.formulas[criterionId] || (row.scores[criterionId] ?? null);
}

export function sameTyped(a: CellValue, b: CellValue): boolean {
  if (isBlankCell(a) || isBlankCell(b)) return isBlankCell(a) && isBlankCell(b);
  return String(a).trim() === String(b).trim();
}

/**
 * The first cell of a juror file holding something the master does not
 * (a score or a note typed and not collected yet): replacing the file would
 * lose it. Null when everything typed in it is in the master.
 */
export function notInMaster(
  master: Workbook,
  file: Workbook,
): { sheet: string; cell: string; value: CellValue } | null {
  for (const tab of file.tabs) {
    const mine = tabOf(master, tab.stageId, tab.jurorId);
    const masterRows = [...(mine?.rows ?? []), ...(mine?.archive ?? [])];
    for (const row of [...tab.rows, ...tab.archive]) {
      const inMaster = masterRows.filter((r) => r.entryId === row.entryId);
      const cells: [string | null, number][] = [
        ...tab.criterionIds.map((cid): [string, number] => [cid, tab.colOf[cid]]),
        [null, tab.notesCol],
      ];
      for (const [cid, col] of cells) {
        const value = typedCell(row, cid);
        if (isBlankCell(value)) continue;
        if (inMaster.some((r) => sameTyped(typedCell(r, cid), value))) continue;
        return { sheet: tab.sheet, cell: a1(row.row, col), value };
      }
    }
  }
  return null;
}

/**
 * Whether a file already at a juror file's place may be replaced: only a
 * juror file of this competition whose every typed cell is in the master.
 */
export function replaceProblem(
  master: Workbook,
  c: Competition,
  existing: JurorFileRead,
  names: { file: string; master: string; dir: string },
  juror: Juror,
): LocatedProblem | null {
  const where: Where = { kind: 'scoreSheet', stageId: c.stages[0]?.id ?? '', jurorId: juror.id };
  const none = { sheet: '', cell: '' };
  if (!existing.info || existing.info.competition !== c.name)
    return locate(problem('juror-file-kept', 'error', where, { file: names.file }), none);
  const left = notInMaster(master, existing.wb);
  if (!left) return null;
  const params = { ...names, ref: cellRef(left.sheet, left.cell), value: String(left.value) };
  return locate(problem('juror-file-uncollected', 'error', where, params), none);
}
