/** Generate juror tabs: create what is missing, update what changed, keep every typed cell. */
import type { Competition } from '../core/model';
import { textOf } from '../i18n';
import { sheetMessages } from '../i18n/sheets';
import { workflowMessages } from '../i18n/workflow';
import { differs, jurorTabName, renderJurorTab } from '../workbook/jurorTab';
import type { SpreadsheetPort } from '../workbook/port';
import type { PlacedProblem } from '../workbook/problems';
import { writeSheet, type RenderedSheet } from '../workbook/render';
import { usableSetup, type ActionOutcome } from './outcome';
import {
  isError,
  placeProblems,
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
}

export interface TabAction {
  sheet: string;
  status: 'create' | 'update' | 'same';
  rendered: RenderedSheet;
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
): { actions: TabAction[]; problems: PlacedProblem[] } {
  const { runs, problems } = staged;
  const placed: PlacedProblem[] = [];
  const actions: TabAction[] = [];
  const taken = new Set(wb.names);
  const entryById = new Map(c.entries.map((e) => [e.id, e]));
  runs.forEach((run, index) => {
    const previous = index > 0 ? runs[index - 1] : null;
    // Top N or a passing grade can only be known once the previous stage is fully scored.
    if (
      previous &&
      run.stage.entry.kind !== 'all' &&
      (previous.incomplete.size > 0 || previous.entrants.length === 0)
    ) {
      placed.push({
        code: 'stage-waiting',
        severity: 'warning',
        where: { kind: 'table', table: 'stages', index },
        sheet: wb.setupName ?? '',
        cell: '',
        message: textOf(sheetMessages, 'problem.stageWaiting', {
          stage: run.stage.name,
          previous: previous.stage.name,
        }),
      });
      return;
    }
    const inStage = c.jurors.filter((j) => run.assignment[j.id] !== undefined);
    const longestName = inStage.reduce((a, j) => ([...j.name].length > [...a].length ? j.name : a), '');
    for (const juror of c.jurors) {
      const assigned = run.assignment[juror.id];
      if (assigned === undefined) continue;
      const tab = tabOf(wb, run.stage.id, juror.id);
      const sheet = tab?.sheet ?? jurorTabName(run.stage, juror, taken, longestName);
      taken.add(sheet);
      const entries = assigned.flatMap((id) => entryById.get(id) ?? []);
      const out = renderJurorTab({
        sheet,
        competition: c,
        stage: run.stage,
        juror,
        entries,
        previous: tab ?? null,
        lang: c.lang,
      });
      placed.push(...out.problems);
      if (!out.sheet) continue;
      const status = !tab ? 'create' : differs(out.sheet, wb.snapshots.get(sheet)!) ? 'update' : 'same';
      actions.push({ sheet, status, rendered: out.sheet });
    }
  });
  // Assignment problems (more jurors per entry than are eligible...) belong to the Setup.
  placed.push(
    ...placeProblems(
      wb,
      problems.filter((p) => p.where.kind !== 'score' && p.where.kind !== 'scoreSheet'),
    ),
  );
  return { actions, problems: placed };
}

/**
 * Creates the missing juror tabs and brings the others in line with the
 * Setup, keeping every score where it was typed: rows of entries that are no
 * longer assigned go to the tab's archive. Run twice, it changes nothing.
 */
export function generateTabs(port: SpreadsheetPort): GenerateOutcome {
  const wb = readWorkbook(port);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, created: [], updated: [], unchanged: [] };
  const { actions, problems } = planTabs(wb, setup.c);
  for (const a of actions)
    if (a.status !== 'same') writeSheet(port, a.rendered, { create: a.status === 'create' });
  const of = (status: TabAction['status']) => actions.filter((a) => a.status === status).map((a) => a.sheet);
  const [created, updated, unchanged] = [of('create'), of('update'), of('same')];
  const message =
    created.length + updated.length === 0
      ? textOf(workflowMessages, 'generatedNothing')
      : textOf(workflowMessages, 'generated', {
          created: created.length,
          updated: updated.length,
          unchanged: unchanged.length,
        });
  return { ok: !problems.some(isError), message, problems, created, updated, unchanged };
}
