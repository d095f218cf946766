/** Generate juror tabs: create what is missing, update what changed, keep every typed cell. */
import type { Competition, Where } from '../core/model';
import { problem } from '../core/say';
import { recordOf, type FrozenEntrants } from '../core/frozen';
import { entrantsMessages } from '../i18n/entrants';
import { entrantsSheetName, renderEntrants } from '../workbook/entrantsSheet';
import { say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import {
  copyFits,
  differs,
  FIRST_ROW,
  identifyTab,
  isBlankCopy,
  jurorTabName,
  parseJurorTab,
  renderJurorTab,
  templateName,
  templateOf,
  type TabPlan,
} from '../workbook/jurorTab';
import { ProtectionBlocked, type RangeRef, type SheetSnapshot, type SpreadsheetPort } from '../workbook/port';
import { a1, inRange } from '../workbook/a1';
import { locate, type LocatedProblem } from '../core/location';
import { finishSheet, sealOf, writeSheet, type RenderedSheet } from '../workbook/render';
import { jurorFilesMessages } from '../i18n/jurorFiles';
import { finishJurorFiles, jurorFilesOf, refuseOtherAccount } from './jurorFiles';
import { usableSetup, type ActionOutcome } from './outcome';
import { refuseNonMember } from './secretariat';
import {
  isError,
  locateProblems,
  readWorkbook,
  runWorkbook,
  tabOf,
  type Staged,
  type Workbook,
} from './workbook';

export interface GenerateOutcome extends ActionOutcome {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** The record of who takes part in each later stage was written (a stage frozen, or a new cut confirmed). */
  recorded?: boolean;
}

export interface TabAction {
  sheet: string;
  /** 'create' over an empty sheet of that name (left by an interrupted run) reuses it. */
  status: 'create' | 'update' | 'same';
  rendered: RenderedSheet;
  /** What the tab was rendered from, to render it again from a fresh read. */
  plan: TabPlan;
}

/**
 * What generating would do, decided in pure code: the tab of every juror and
 * stage that can be generated now, and whether it must be created, updated or
 * left as it is. A tab that cannot be rewritten without losing something the
 * user typed is left out and reported.
 */
export function planTabs(
  wb: Workbook,
  c: Competition,
  staged: Staged = runWorkbook(wb, c),
): { actions: TabAction[]; problems: LocatedProblem[]; frozen: FrozenEntrants | null } {
  const { runs, problems } = staged;
  const located: LocatedProblem[] = [];
  const actions: TabAction[] = [];
  // Who takes part in a later stage is fixed when its tabs are first generated, and changed only on confirmation.
  const frozen: FrozenEntrants = { ...wb.frozen };
  let refrozen = false;
  // An empty sheet under a tab's name is what an interrupted run leaves: the tab takes it over.
  const taken = new Set(wb.names.filter((n) => !wb.empty.has(n)));
  const entryById = new Map(c.entries.map((e) => [e.id, e]));
  // A stage after one still waiting waits too: its entrants come from that one's.
  let waiting = false;
  runs.forEach((run, index) => {
    const previous = index > 0 ? runs[index - 1] : null;
    // Top N or a passing grade can only be known once the previous stage is fully scored.
    if (
      previous &&
      !run.frozen &&
      (waiting ||
        (run.stage.entry.kind !== 'all' && (previous.incomplete.size > 0 || previous.entrants.length === 0)))
    ) {
      waiting = true;
      const params = { stage: run.stage.name, previous: previous.stage.name };
      const where: Where = { kind: 'table', table: 'stages', index };
      located.push(
        locate(problem('stage-waiting', 'warning', where, params), { sheet: wb.setupName ?? '', cell: '' }),
      );
      return;
    }
    const recorded = Object.prototype.hasOwnProperty.call(wb.frozen, run.stage.id);
    // A stage taking every entry follows the previous one: nothing to record until its rule cuts.
    const cuts = run.stage.entry.kind !== 'all';
    if (previous && (run.confirmed || (cuts && !recorded && !run.cut))) {
      frozen[run.stage.id] = recordOf(c, run.stage, run.entrants);
      refrozen = true;
    }
    const inStage = c.jurors.filter((j) => run.listed[j.id] !== undefined);
    const longestName = inStage.reduce((a, j) => (j.name.length > a.length ? j.name : a), '');
    for (const juror of c.jurors) {
      const assigned = run.listed[juror.id];
      if (assigned === undefined) continue;
      const tab = tabOf(wb, run.stage.id, juror.id);
      const sheet = tab?.sheet ?? jurorTabName(run.stage, juror, taken, longestName);
      taken.add(sheet);
      const entries = assigned.flatMap((id) => entryById.get(id) ?? []);
      const plan: TabPlan = {
        sheet,
        competition: c,
        stage: run.stage,
        juror,
        entries,
        previous: tab ?? null,
        lang: c.lang,
      };
      const out = renderJurorTab(plan);
      located.push(...out.problems);
      if (!out.sheet) continue;
      const status = !tab ? 'create' : differs(out.sheet, wb.snapshots.get(sheet)!) ? 'update' : 'same';
      actions.push({ sheet, status, rendered: out.sheet, plan });
    }
  });
  // Assignment problems (more jurors per entry than are eligible...) belong to the Setup.
  located.push(
    ...locateProblems(
      wb,
      problems.filter((p) => p.where.kind !== 'score' && p.where.kind !== 'scoreSheet'),
    ),
  );
  return { actions, problems: located, frozen: refrozen ? frozen : null };
}

/**
 * Creates the missing juror tabs and brings the others in line with the
 * Setup, keeping every score where it was typed: rows of entries that are no
 * longer assigned go to the tab's archive. A tab is up to date when its
 * values are and its protection carries the seal of what Juri wrote last, so
 * a run interrupted anywhere is finished by the next one. Run twice, it
 * changes nothing.
 */
export function generateTabs(port: SpreadsheetPort, options: { confirmCut?: boolean } = {}): GenerateOutcome {
  const none = { created: [], updated: [], unchanged: [] };
  const wb = readWorkbook(port);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, ...none };
  const refused = refuseNonMember(port, wb, setup.c);
  if (refused) return { ...refused, ...none };
  const files = jurorFilesOf(port, setup.c);
  const other = refuseOtherAccount(files);
  if (other) return { ...other, ...none };
  const inFiles = files !== null && setup.c.scoringPlace === 'files';
  if (inFiles) {
    // Tabs typed in this spreadsheet would be left behind, their scores with them: say so, change nothing.
    const here = wb.tabs.filter((t) => files.ownerOf(t.sheet) === null).map((t) => t.sheet);
    if (here.length > 0)
      return {
        ok: false,
        message: say(jurorFilesMessages, 'tabsInMaster', { sheets: here.join(', ') }),
        problems: [],
        ...none,
      };
    files.prepare(setup.c);
  }
  const staged = runWorkbook(wb, setup.c, { confirmCut: options.confirmCut === true });
  const { actions, problems, frozen } = planTabs(wb, setup.c, staged);
  // The record first: the tabs written next follow it, and a run stopped in between is finished by the next.
  const recorded = frozen !== null && writeEntrants(port, wb, setup.c, frozen, problems);
  if (setup.c.scoringPlace === 'files' && !port.jurorFiles) {
    const at = wb.setup?.locate({ kind: 'competition', field: 'scoringPlace' }) ?? { sheet: '', cell: '' };
    const where: Where = { kind: 'competition', field: 'scoringPlace' };
    problems.push(locate(problem('juror-files-not-here', 'warning', where), at));
  }
  // Templates an interrupted run left behind are Juri's own: they go before anything is copied again.
  for (const name of wb.templates) port.deleteSheet(name);
  const copying = inFiles ? new Map<TabAction, Copying>() : copyPlan(port, wb, actions, staged);
  const done: Record<TabAction['status'], string[]> = { create: [], update: [], same: [] };
  try {
    for (const a of actions) {
      try {
        if (inFiles) port.placeTab?.(a.sheet, a.plan.juror.id);
        const copy = copying.get(a);
        done[copy ? copyTab(port, a, copy) : bringUpToDate(port, wb, a, problems)].push(a.sheet);
      } catch (error) {
        if (!(error instanceof ProtectionBlocked)) throw error;
        problems.push(blockedProblem(port, error, a));
      }
    }
  } finally {
    removeTemplates(port, copying);
  }
  if (inFiles) finishJurorFiles(port, files, setup.c);
  const [created, updated, unchanged] = [done.create, done.update, done.same];
  const confirmed = staged.runs.filter((r) => r.confirmed).map((r) => r.stage.name);
  const message = options.confirmCut
    ? confirmed.length === 0
      ? say(entrantsMessages, 'confirmedNothing')
      : say(entrantsMessages, 'confirmed', {
          stages: confirmed.join(', '),
          created: created.length,
          updated: updated.length,
          unchanged: unchanged.length,
        })
    : created.length + updated.length === 0
      ? say(workflowMessages, 'generatedNothing')
      : say(workflowMessages, 'generated', {
          created: created.length,
          updated: updated.length,
          unchanged: unchanged.length,
        });
  return { ok: !problems.some(isError), message, problems, created, updated, unchanged, recorded };
}

/** A new tab made as a copy of its stage's template (jurorTab/template.ts). */
interface Copying {
  template: RenderedSheet;
  /** The template's entry rows; the copy deletes those beyond its own. */
  rows: number;
  /** Set once the template is written. */
  written: boolean;
  /** The last tab copied from it: the template goes after it. */
  last: TabAction;
}

/** Copies pay from this many new tabs of a stage: a template costs about as much as a tab. */
const COPIES_FROM = 2;

/**
 * Which new tabs are made as copies of a template, where the spreadsheet
 * copies sheets whole and the Check environment confirmed that a copy keeps
 * rules, widths and frozen panes here: per stage with enough new tabs, those
 * whose copy would look exactly as their own writing would.
 */
function copyPlan(
  port: SpreadsheetPort,
  wb: Workbook,
  actions: TabAction[],
  staged: Staged,
): Map<TabAction, Copying> {
  const out = new Map<TabAction, Copying>();
  const copies = port.copies;
  if (!copies) return out;
  const fresh = actions.filter((a) => a.status === 'create' && !wb.empty.has(a.sheet));
  const stages = staged.runs.map((r) => r.stage.id);
  const groups = stages
    .map((id, index) => ({ index, tabs: fresh.filter((a) => a.plan.stage.id === id) }))
    .filter((g) => g.tabs.length >= COPIES_FROM);
  if (groups.length === 0 || !copies.confirmed()) return out;
  for (const g of groups) {
    const name = templateName(g.index);
    // A sheet of the user's under that name (Sheets compares names without case) keeps the stage on the plain path.
    const taken = wb.names.some((n) => n.toLowerCase() === name.toLowerCase() && !wb.templates.includes(n));
    if (taken) continue;
    const biggest = g.tabs.reduce((a, b) => (b.plan.entries.length > a.plan.entries.length ? b : a));
    const rows = biggest.plan.entries.length;
    const template = templateOf(biggest.rendered, name);
    const fits = g.tabs.filter((a) => copyFits(template, rows, a.rendered, a.plan.entries.length));
    if (fits.length < COPIES_FROM) continue;
    const copying: Copying = { template, rows, written: false, last: fits[fits.length - 1] };
    for (const a of fits) out.set(a, copying);
  }
  return out;
}

/**
 * The copy, its rows cut to its own, its values, then its protection with the
 * seal last, as a tab written whole: a run stopped before the values leaves a
 * blank copy the next run takes over; after them, a tab it finishes.
 */
function copyTab(port: SpreadsheetPort, a: TabAction, c: Copying): 'create' {
  const copies = port.copies!;
  if (!c.written) {
    writeSheet(port, c.template, { create: true });
    c.written = true;
  }
  copies.copy(c.template.name, a.sheet);
  copies.deleteRows(a.sheet, FIRST_ROW + a.plan.entries.length, c.rows - a.plan.entries.length);
  port.writeBlock(a.sheet, a.rendered.block);
  if (a.rendered.protection)
    port.setProtection(a.sheet, { ...a.rendered.protection, seal: sealOf(a.rendered) });
  if (c.last === a) {
    port.deleteSheet(c.template.name);
    c.written = false;
  }
  return 'create';
}

/** Templates still there when the run stops early; the next run removes any this cannot. */
function removeTemplates(port: SpreadsheetPort, copying: Map<TabAction, Copying>): void {
  for (const c of new Set(copying.values())) {
    if (!c.written) continue;
    c.written = false;
    try {
      port.deleteSheet(c.template.name);
    } catch {
      // Left for the next Generate, which knows it as Juri's template.
    }
  }
}

/** Writes what a tab lacks; returns what was done. Throws ProtectionBlocked before writing into a tab Juri may not change. */
function bringUpToDate(
  port: SpreadsheetPort,
  wb: Workbook,
  a: TabAction,
  problems: LocatedProblem[],
): TabAction['status'] {
  if (a.status === 'create' && !wb.empty.has(a.sheet)) {
    writeSheet(port, a.rendered, { create: true });
    return 'create';
  }
  const state = port.protectionState?.(a.sheet) ?? null;
  if (state?.blocked) throw new ProtectionBlocked(a.sheet, state.blocked);
  const sealed = state === null || state.seal === sealOf(a.rendered);
  if (a.status === 'same' && sealed) return 'same';
  // A juror may have typed since the first read, minutes ago at national size: read the tab again right before writing it.
  const fresh = port.read(a.sheet);
  const id = fresh && identifyTab(fresh);
  // An empty sheet or a blank copy of a template under the tab's name: an interrupted run's, taken over.
  if (!fresh || (!id && fresh.values.length > 0 && !isBlankCopy(fresh))) return 'same';
  const out = id
    ? renderJurorTab({ ...a.plan, previous: parseJurorTab(fresh, id) })
    : { sheet: a.rendered, problems: [] };
  if (!out.sheet) {
    problems.push(...out.problems);
    return 'same';
  }
  if (id && !differs(out.sheet, fresh)) {
    // The values are right: only what an interrupted run left undone (formats, rules, look, protection).
    finishSheet(port, out.sheet, state?.seal === null);
    return 'update';
  }
  const keep = unmoved(out.sheet, fresh);
  if (!port.carries?.(a.sheet)) {
    const cells = writtenFromText(out.sheet, fresh, keep);
    if (cells.length > 0) problems.push(uncarriedProblem(a, cells));
  }
  writeSheet(port, out.sheet, {
    create: false,
    previous: { rows: fresh.values.length, cols: Math.max(0, ...fresh.values.map((r) => r.length)) },
    keep,
  });
  return a.status === 'create' ? 'create' : 'update';
}

/**
 * The juror's cells a port that cannot carry a cell whole writes again from
 * the text it read (a date read as text, a text with a link): every text cell
 * of `Block.from` outside the cells left as they are. A number or a formula is
 * written back as what it was.
 */
function writtenFromText(
  rendered: RenderedSheet,
  fresh: SheetSnapshot,
  keep: RangeRef | undefined,
): string[] {
  const out: string[] = [];
  const kept = (r: number, c: number) => keep !== undefined && inRange(keep, r, c);
  rendered.block.from?.forEach((line, r) =>
    line.forEach((at, c) => {
      if (!at || kept(r + 1, c + 1)) return;
      const v = fresh.values[at.row - 1]?.[at.col - 1] ?? null;
      if (typeof v === 'string' && v.trim() !== '' && !fresh.formulas[at.row - 1]?.[at.col - 1])
        out.push(a1(r + 1, c + 1));
    }),
  );
  return out;
}

function uncarriedProblem(a: TabAction, cells: string[]): LocatedProblem {
  const shown = cells.length > 12 ? [...cells.slice(0, 12), `… (+${cells.length - 12})`] : cells;
  const where: Where = { kind: 'scoreSheet', stageId: a.plan.stage.id, jurorId: a.plan.juror.id };
  const rewritten = problem('tab-cells-rewritten', 'warning', where, { cells: shown.join(', ') });
  return locate(rewritten, { sheet: a.sheet, cell: cells[0] });
}

/**
 * The juror's cells (the open range of the tab) when the rewrite leaves
 * them where they are: then Juri writes around them and never over a cell a
 * juror may be typing in.
 */
function unmoved(rendered: RenderedSheet, fresh: SheetSnapshot): RangeRef | undefined {
  const open = rendered.protection?.editableRanges[0]?.range;
  if (!open) return undefined;
  for (let r = open.row; r < open.row + open.numRows; r++) {
    for (let c = open.col; c < open.col + open.numCols; c++) {
      const want =
        rendered.block.formulas?.[r - 1]?.[c - 1] || (rendered.block.values[r - 1]?.[c - 1] ?? null);
      const have = fresh.formulas[r - 1]?.[c - 1] || (fresh.values[r - 1]?.[c - 1] ?? null);
      if (want !== have) return undefined;
    }
  }
  return open;
}

function blockedProblem(port: SpreadsheetPort, e: ProtectionBlocked, a: TabAction | null): LocatedProblem {
  const where: Where = a
    ? { kind: 'scoreSheet', stageId: a.plan.stage.id, jurorId: a.plan.juror.id }
    : { kind: 'table', table: 'stages', index: -1 };
  const blocked =
    e.reason === 'foreign'
      ? problem('tab-protection-foreign', 'error', where)
      : problem('tab-protection-not-editor', 'error', where, { email: port.user?.() ?? '' });
  return locate(blocked, { sheet: e.sheet, cell: 'A1' });
}

/** Writes the record of who takes part in each later stage, hidden and open to the secretariat only. */
function writeEntrants(
  port: SpreadsheetPort,
  wb: Workbook,
  c: Competition,
  frozen: FrozenEntrants,
  problems: LocatedProblem[],
): boolean {
  const name = wb.entrantsName ?? entrantsSheetName(c.lang);
  const rendered = renderEntrants(c, frozen, name);
  try {
    const state = wb.entrantsName ? (port.protectionState?.(name) ?? null) : null;
    if (state?.blocked) throw new ProtectionBlocked(name, state.blocked);
    writeSheet(port, rendered, { create: wb.entrantsName === null });
    return true;
  } catch (error) {
    if (!(error instanceof ProtectionBlocked)) throw error;
    problems.push(blockedProblem(port, error, null));
    return false;
  }
}
