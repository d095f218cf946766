/**
 * Collect juror files (`juri collect`): what each juror typed in their own
 * file goes into their tabs of the master workbook. A file is read only when
 * it is a juror file of this competition, made from this very Setup, and
 * unchanged outside the juror's cells; a typed cell is never replaced by an
 * empty one, and where master and file hold different values both are kept
 * and the cell is reported.
 */
import { setupFingerprint, shortFingerprint } from '../core/fingerprint';
import type { Competition, Juror, Lang, Where } from '../core/model';
import { problem, type SayParams } from '../core/say';
import type { ProblemCode } from '../i18n/problems';
import { say } from '../i18n';
import { splitMessages } from '../i18n/split';
import { a1 } from '../workbook/a1';
import { isBlankCell } from '../core/cells';
import { CELL, firstDifference, renderJurorTab, type JurorTab } from '../workbook/jurorTab';
import type { CellValue, SheetSnapshot, SpreadsheetPort } from '../workbook/port';
import { writeSheet, type RenderedSheet } from '../workbook/render';
import { cellRef, locate, type LocatedProblem } from '../core/location';
import { planTabs, type TabAction } from './generate';
import { usableSetup, type ActionOutcome } from './outcome';
import { jurorFileName, readJurorFile, sameTyped, typedCell, type JurorFileRead } from './split';
import { isError, readWorkbook, tabOf, type Workbook } from './workbook';

export interface CollectOutcome extends ActionOutcome {
  /** Juror files read and accepted. */
  files: number;
  /** Cells of the master filled from them. */
  cells: number;
}

/** A juror file as the shell opened it: the path as the user gave it, and a port over it. */
export interface OpenedJurorFile {
  file: string;
  port: SpreadsheetPort;
}

interface Names {
  master: string;
  dir: string;
}

/**
 * A cell the juror owns in a tab: a score (criterion id), the notes, the
 * recusal checkbox and its reason, or one of the integrity cells of row 3.
 */
type Slot =
  | { kind: 'score'; criterionId: string }
  | { kind: 'notes' | 'recused' | 'recusalReason' }
  | { kind: 'control'; name: JurorControl };

/** The integrity cells the juror fills in: the pakta, its date and Submitted. */
const JUROR_CONTROLS = ['pakta', 'paktaDate', 'submit'] as const;
type JurorControl = (typeof JUROR_CONTROLS)[number];

/** A cell to fill in a master tab: 1-based row and column, and what to write. */
interface Fill {
  row: number;
  col: number;
  slot: Slot;
  value: CellValue;
  /** The formula the juror typed, written as a formula (check then reports it). */
  formula: string | null;
}

/** An unticked checkbox holds FALSE: like an empty cell, it never replaces a tick. */
function unset(v: CellValue): boolean {
  return isBlankCell(v) || v === false;
}

export function collectJurorFiles(
  master: SpreadsheetPort,
  files: readonly OpenedJurorFile[],
  names: Names,
): CollectOutcome {
  const none = { files: 0, cells: 0 };
  const wb = readWorkbook(master);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, ...none };
  const c = setup.c;
  const actions = planTabs(wb, c).actions;
  const problems: LocatedProblem[] = [];
  const seen = new Set<string>();
  const fills = new Map<string, { target: Target; list: Fill[] }>();
  let accepted = 0;
  const reads = files.map((opened) => ({ ...opened, read: readJurorFile(opened.port) }));
  const filesOf = new Map<string, string[]>();
  // Files of this competition, by juror (a file of another one is refused on its own).
  for (const { file, read } of reads) {
    if (read.info?.competition === c.name)
      filesOf.set(read.info.jurorId, [...(filesOf.get(read.info.jurorId) ?? []), file]);
  }
  for (const [jurorId, list] of filesOf) {
    const juror = c.jurors.find((j) => j.id === jurorId);
    if (list.length < 2 || !juror) continue;
    problems.push(
      refusal('juror-file-duplicate', whereOf(juror, c.stages[0]?.id ?? ''), {
        juror: juror.name,
        files: list.join(', '),
      }),
    );
  }
  for (const opened of reads) {
    const read = opened.read;
    const ofJuror = read.info?.competition === c.name ? filesOf.get(read.info.jurorId) : undefined;
    if (ofJuror && read.info) seen.add(read.info.jurorId);
    // Two files of one juror (a copy under another name, an older version): which one is right is for a person to say.
    if (ofJuror && ofJuror.length > 1 && c.jurors.some((j) => j.id === read.info?.jurorId)) continue;
    const checked = checkFile(wb, c, actions, read, opened.file, names);
    if ('problem' in checked) {
      problems.push(checked.problem);
      continue;
    }
    accepted++;
    for (const target of checked.tabs) {
      const found = merge(target.masterTab, target.fileTab, opened.file, checked.juror);
      problems.push(...found.conflicts);
      fills.set(target.masterTab.sheet, { target, list: found.fills });
    }
  }
  let cells = 0;
  for (const { target, list } of fills.values()) cells += write(master, wb, target, list);
  for (const juror of c.jurors) {
    const tab = wb.tabs.find((t) => t.jurorId === juror.id);
    if (!tab || seen.has(juror.id)) continue;
    problems.push(
      refusal('juror-file-missing', whereOf(juror, tab.stageId), {
        juror: juror.name,
        id: juror.id,
        dir: names.dir,
        file: jurorFileName(juror),
      }),
    );
  }
  const message =
    cells > 0
      ? say(splitMessages, 'collected', { files: accepted, cells })
      : say(splitMessages, 'collectedNothing', { files: accepted });
  return { ok: !problems.some(isError), message, problems, files: accepted, cells };
}

function whereOf(juror: Juror, stageId: string): Where {
  return { kind: 'scoreSheet', stageId, jurorId: juror.id };
}

function refusal(code: ProblemCode, where: Where, params: SayParams, sheet = '', cell = ''): LocatedProblem {
  return locate(problem(code, 'error', where, params), { sheet, cell });
}

/** A tab of a juror file and the master tab it goes into. */
interface Target {
  fileTab: JurorTab;
  masterTab: JurorTab;
  action: TabAction;
}

type Checked = { problem: LocatedProblem } | { juror: Juror; tabs: Target[] };

/** Whether a file may be collected, and the master tab each of its tabs goes into. */
function checkFile(
  wb: Workbook,
  c: Competition,
  actions: readonly TabAction[],
  read: JurorFileRead,
  file: string,
  names: Names,
): Checked {
  const general: Where = { kind: 'competition', field: 'name' };
  const info = read.info;
  if (!info)
    return {
      problem: refusal('juror-file-foreign', general, { file, sheet: splitMessages[c.lang]['file.sheet'] }),
    };
  const juror = c.jurors.find((j) => j.id === info.jurorId);
  if (info.competition !== c.name)
    return {
      problem: refusal('juror-file-other-competition', general, {
        file,
        theirs: info.competition,
        ours: c.name,
      }),
    };
  if (!juror)
    return {
      problem: refusal('juror-file-juror-unknown', general, { file, id: info.jurorId }),
    };
  const firstStage = info.tabs[0]?.stageId ?? c.stages[0]?.id ?? '';
  const refuse = (code: ProblemCode, params: SayParams, sheet = '', cell = '') => ({
    problem: refusal(code, whereOf(juror, firstStage), params, sheet, cell),
  });
  const ours = setupFingerprint(c);
  if (info.setupFingerprint !== ours)
    return refuse('juror-file-setup-changed', {
      file,
      theirs: shortFingerprint(info.setupFingerprint),
      ours: shortFingerprint(ours),
      ...names,
    });
  const tabs: Target[] = [];
  for (const listed of info.tabs) {
    const stage = c.stages.find((s) => s.id === listed.stageId);
    const stageName = stage?.name ?? listed.stageId;
    const fileTab = read.wb.tabs.find((t) => t.stageId === listed.stageId && t.jurorId === juror.id);
    if (!fileTab)
      return refuse('juror-file-tab-missing', {
        file,
        stage: stageName,
        sheet: listed.sheet,
        juror: juror.name,
      });
    const action = actions.find((a) => a.plan.stage.id === listed.stageId && a.plan.juror.id === juror.id);
    const masterTab = tabOf(wb, listed.stageId, juror.id);
    if (!action || action.status !== 'same' || !masterTab)
      return refuse('juror-file-master-not-ready', { juror: juror.name, stage: stageName, file, ...names });
    // The file's tab must be the master's, cell for cell, outside the juror's own cells.
    const open = renderJurorTab(action.plan).open;
    const snapshot = read.wb.snapshots.get(fileTab.sheet)!;
    const at = firstDifference(action.rendered, outsideJurorControls(snapshot, action.rendered), open);
    if (at) {
      const cell = a1(at.row, at.col);
      const shown = (v: CellValue | string | undefined) => (isBlankCell(v ?? null) ? '' : String(v));
      return refuse(
        'juror-file-cell-edited',
        {
          file,
          ref: cellRef(fileTab.sheet, cell),
          juror: juror.name,
          theirs: shown(
            snapshot.formulas[at.row - 1]?.[at.col - 1] || snapshot.values[at.row - 1]?.[at.col - 1],
          ),
          ours: shown(
            action.rendered.block.formulas?.[at.row - 1]?.[at.col - 1] ||
              action.rendered.block.values[at.row - 1]?.[at.col - 1],
          ),
        },
        fileTab.sheet,
        cell,
      );
    }
    tabs.push({ fileTab, masterTab, action });
  }
  return { juror, tabs };
}

/**
 * The file's tab with the juror's own integrity cells (pakta, its date,
 * Submitted) set to what Juri renders, so that only the rest is compared.
 */
function outsideJurorControls(snapshot: SheetSnapshot, rendered: RenderedSheet): SheetSnapshot {
  const values = snapshot.values.map((r) => [...r]);
  const formulas = snapshot.formulas.map((r) => [...r]);
  for (const name of JUROR_CONTROLS) {
    const [r, c] = CELL[name];
    while (values.length < r) values.push([]);
    while (formulas.length < r) formulas.push([]);
    values[r - 1][c - 1] = rendered.block.values[r - 1]?.[c - 1] ?? null;
    formulas[r - 1][c - 1] = '';
  }
  return { ...snapshot, values, formulas };
}

/** The cells the file fills in the master tab, and the cells where both hold different values. */
function merge(
  masterTab: JurorTab,
  fileTab: JurorTab,
  file: string,
  juror: Juror,
): { fills: Fill[]; conflicts: LocatedProblem[] } {
  const fills: Fill[] = [];
  const conflicts: LocatedProblem[] = [];
  const shown = (v: CellValue, lang: Lang) => (unset(v) ? splitMessages[lang].empty : String(v));
  const compare = (
    row: number,
    col: number,
    slot: Slot,
    theirs: CellValue,
    ours: CellValue,
    formula: string | null,
  ) => {
    if (unset(theirs) || sameTyped(theirs, ours)) return;
    if (unset(ours)) {
      fills.push({ row, col, slot, value: formula ? null : theirs, formula });
      return;
    }
    const cell = a1(row, col);
    const params = {
      ref: cellRef(masterTab.sheet, cell),
      file,
      theirs: { id: shown(theirs, 'id'), en: shown(theirs, 'en') },
      ours: { id: shown(ours, 'id'), en: shown(ours, 'en') },
    };
    conflicts.push(
      refusal('juror-file-conflict', whereOf(juror, masterTab.stageId), params, masterTab.sheet, cell),
    );
  };
  for (const row of masterTab.rows) {
    const theirsRow = fileTab.rows.find((r) => r.entryId === row.entryId);
    for (const cid of masterTab.criterionIds) {
      const formula = theirsRow?.formulas[cid] ?? null;
      compare(
        row.row,
        masterTab.colOf[cid],
        { kind: 'score', criterionId: cid },
        typedCell(theirsRow, cid),
        typedCell(row, cid),
        formula,
      );
    }
    compare(row.row, masterTab.notesCol, { kind: 'notes' }, typedCell(theirsRow, null), row.notes, null);
    if (masterTab.recusalCol > 0 && theirsRow) {
      compare(row.row, masterTab.recusalCol, { kind: 'recused' }, theirsRow.recused, row.recused, null);
      compare(
        row.row,
        masterTab.recusalCol + 1,
        { kind: 'recusalReason' },
        theirsRow.recusalReason,
        row.recusalReason,
        null,
      );
    }
  }
  for (const name of JUROR_CONTROLS) {
    const [r, col] = CELL[name];
    compare(r, col, { kind: 'control', name }, fileTab.controls[name], masterTab.controls[name], null);
  }
  return { fills, conflicts };
}

/**
 * Fills the cells into a master tab: the tab is rendered again from what it
 * holds plus the cells filled, and written as generate writes a tab, so that
 * every port (the package port rewrites a sheet whole) takes it the same way.
 * Returns the number of cells filled.
 */
function write(port: SpreadsheetPort, wb: Workbook, target: Target, fills: readonly Fill[]): number {
  if (fills.length === 0) return 0;
  const { masterTab, action } = target;
  const controls = { ...masterTab.controls };
  for (const f of fills) if (f.slot.kind === 'control') controls[f.slot.name] = f.value;
  const rows = masterTab.rows.map((row) => {
    const mine = fills.filter((f) => f.row === row.row && f.slot.kind !== 'control');
    if (mine.length === 0) return row;
    const next = { ...row, scores: { ...row.scores }, formulas: { ...row.formulas } };
    for (const f of mine) {
      const slot = f.slot;
      if (slot.kind === 'score') {
        next.scores[slot.criterionId] = f.value;
        if (f.formula) next.formulas[slot.criterionId] = f.formula;
      } else if (slot.kind !== 'control') next[slot.kind] = f.value;
    }
    return next;
  });
  const out = renderJurorTab({ ...action.plan, previous: { ...masterTab, rows, controls } });
  if (!out.sheet) return 0;
  const snapshot = wb.snapshots.get(masterTab.sheet)!;
  const cols = Math.max(0, ...snapshot.values.map((r) => r.length));
  writeSheet(port, out.sheet, { create: false, previous: { rows: snapshot.values.length, cols } });
  return fills.length;
}
