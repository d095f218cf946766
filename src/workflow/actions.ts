/**
 * The workflow every shell wires to: new competition, generate juror tabs,
 * check scores, compute the ranking. Each action reads the workbook once
 * through the port, decides in pure code, and writes whole sheets.
 */
import { planCategories } from '../core/categories';
import { disagreements } from '../core/agreement';
import { computeRanking, runStages } from '../core/compute';
import { problem, say } from '../core/say';
import type { StageRun } from '../core/standings';
import { regencyExample } from '../core/example';
import { fingerprint, shortFingerprint } from '../core/fingerprint';
import type { Competition, Lang, Problem, Progress, Text } from '../core/model';
import type { RankingResult } from '../core/result';
import { textOf } from '../i18n';
import { sheetMessages } from '../i18n/sheets';
import { workflowMessages } from '../i18n/workflow';
import { differs, jurorTabName, renderJurorTab } from '../workbook/jurorTab';
import type { SpreadsheetPort } from '../workbook/port';
import type { PlacedProblem } from '../workbook/problems';
import { rankingSheetName, recapSheetName, renderRanking } from '../workbook/rankingSheet';
import { renderRecap } from '../workbook/recapSheet';
import { writeSheet, type RenderedSheet } from '../workbook/render';
import { blankCompetition, renderSetup, setupSheetName } from '../workbook/setupSheet';
import {
  isError,
  placeProblems,
  readWorkbook,
  scoreSheets,
  tabLayoutProblems,
  tabOf,
  OLD_SUFFIX,
  TEMP_SUFFIX,
  type Workbook,
} from './workbook';

export interface ActionOutcome {
  ok: boolean;
  message: Text;
  problems: PlacedProblem[];
}

function fail(message: Text, problems: PlacedProblem[] = []): ActionOutcome {
  return { ok: false, message, problems };
}

/** The Setup of the workbook, or the outcome that explains why there is none usable. */
function usableSetup(wb: Workbook): { c: Competition } | { outcome: ActionOutcome } {
  if (!wb.setup) return { outcome: fail(textOf(workflowMessages, 'noSetup')) };
  const errors = wb.setup.problems.filter(isError);
  if (errors.length > 0) {
    return {
      outcome: fail(textOf(workflowMessages, 'setupHasErrors', { count: errors.length }), wb.setup.problems),
    };
  }
  return { c: wb.setup.competition };
}

export function newCompetition(
  port: SpreadsheetPort,
  options: { example: boolean; lang: Lang },
): ActionOutcome {
  const names = port.sheetNames();
  const existing = names.find((n) => n === setupSheetName('id') || n === setupSheetName('en'));
  if (existing) return fail(textOf(workflowMessages, 'setupExists', { sheet: existing }));
  const c = options.example ? { ...regencyExample(), lang: options.lang } : blankCompetition(options.lang);
  const name = setupSheetName(options.lang);
  writeSheet(port, renderSetup(c, options.lang), { create: true });
  return { ok: true, message: textOf(workflowMessages, 'setupCreated', { sheet: name }), problems: [] };
}

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
export function planTabs(wb: Workbook, c: Competition): { actions: TabAction[]; problems: PlacedProblem[] } {
  const problems: Problem[] = [];
  const runs = runStages(c, planCategories(c), scoreSheets(wb), problems, []);
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
    for (const juror of c.jurors) {
      const assigned = run.assignment[juror.id];
      if (assigned === undefined) continue;
      const tab = tabOf(wb, run.stage.id, juror.id);
      const sheet = tab?.sheet ?? jurorTabName(run.stage, juror, taken);
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

export interface PlacedProgress extends Progress {
  sheet: string;
  juror: string;
  stage: string;
}

export interface CheckOutcome extends ActionOutcome {
  progress: PlacedProgress[];
}

function placeProgress(wb: Workbook, c: Competition, progress: readonly Progress[]): PlacedProgress[] {
  return progress.map((p) => ({
    ...p,
    sheet: tabOf(wb, p.stageId, p.jurorId)?.sheet ?? '',
    juror: c.jurors.find((j) => j.id === p.jurorId)?.name ?? p.jurorId,
    stage: c.stages.find((s) => s.id === p.stageId)?.name ?? p.stageId,
  }));
}

/** Everything wrong with the scores, each at its cell, and each juror's progress. Writes nothing. */
export function checkScores(port: SpreadsheetPort): CheckOutcome {
  return checkWorkbook(readWorkbook(port));
}

export function checkWorkbook(wb: Workbook): CheckOutcome {
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, progress: [] };
  const c = setup.c;
  const problems: Problem[] = [];
  const progress: Progress[] = [];
  const runs = runStages(c, planCategories(c), scoreSheets(wb), problems, progress);
  problems.push(...disagreementWarnings(c, runs));
  const placed = [...placeProblems(wb, problems), ...tabLayoutProblems(wb, c)];
  const errors = placed.filter(isError).length;
  const scored = progress.reduce((n, p) => n + p.scored, 0);
  const total = progress.reduce((n, p) => n + p.total, 0);
  const message =
    placed.length === 0
      ? textOf(workflowMessages, 'checkedClean', { scored, total })
      : textOf(workflowMessages, 'checkedProblems', {
          errors,
          warnings: placed.length - errors,
          scored,
          total,
        });
  return { ok: errors === 0, message, problems: placed, progress: placeProgress(wb, c, progress) };
}

/**
 * Jurors far apart on one entry go unnoticed in hand-made sheets; check says so
 * while there is still time to talk or call another juror. The warning sits on
 * the entry's row in the tab of the juror farthest from the others.
 */
function disagreementWarnings(c: Competition, runs: readonly StageRun[]): Problem[] {
  const threshold = c.settings.disagreementThreshold;
  if (threshold === null) return [];
  return runs.flatMap((run) =>
    disagreements(run.stage.id, run.entrants, run.totals, threshold).map((d) => {
      const totals = run.totals.byEntry.get(d.entryId) ?? [];
      const high = totals.reduce((a, b) => (b.total > a.total ? b : a), totals[0]);
      const low = totals.reduce((a, b) => (b.total < a.total ? b : a), totals[0]);
      // The juror farthest from the others' middle is the one to look at first (with two, the higher).
      const sorted = totals.map((t) => t.total).sort((a, b) => a - b);
      const middle =
        (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
      const outlier = totals.reduce(
        (a, b) => (Math.abs(b.total - middle) > Math.abs(a.total - middle) ? b : a),
        high,
      );
      const name = (id: string) => c.jurors.find((j) => j.id === id)?.name ?? id;
      const title = c.entries.find((e) => e.id === d.entryId)?.title ?? d.entryId;
      return problem(
        'juror-disagreement',
        'warning',
        { kind: 'score', stageId: run.stage.id, jurorId: outlier.jurorId, entryId: d.entryId },
        say(workflowMessages, 'disagreement', {
          entry: title,
          stage: run.stage.name,
          high: name(high.jurorId),
          low: name(low.jurorId),
          max: Math.round(d.max * 100) / 100,
          min: Math.round(d.min * 100) / 100,
          spread: Math.round(d.spread * 100) / 100,
          threshold,
        }),
      );
    }),
  );
}

export interface RankOutcome extends ActionOutcome {
  /** The ranking needs the user's consent to go on with incomplete scores. */
  needsConfirmation: boolean;
  result: RankingResult | null;
  fingerprint: string;
  competition: Competition | null;
}

/**
 * Computes the ranking and writes the Ranking and Recap sheets. Refuses with
 * incomplete or invalid scores unless `allowIncomplete`. The new sheets are
 * written under temporary names and swapped in only when both are complete.
 */
export function computeRankingAction(
  port: SpreadsheetPort,
  options: { allowIncomplete: boolean; now: string },
): RankOutcome {
  const wb = readWorkbook(port);
  const none = { needsConfirmation: false, result: null, fingerprint: '', competition: null };
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, ...none };
  const c = setup.c;
  const sheets = scoreSheets(wb);
  const result = computeRanking(c, sheets);
  const hex = fingerprint(c, sheets);
  const short = shortFingerprint(hex);
  const placed = [...placeProblems(wb, result.problems), ...tabLayoutProblems(wb, c)];
  const blocking = placed.filter(isError);
  if (result.categories.length === 0) {
    return {
      ...none,
      ok: false,
      message: textOf(workflowMessages, 'rankRefusedSetup', { count: blocking.length }),
      problems: placed,
    };
  }
  if ((!result.complete || blocking.length > 0) && !options.allowIncomplete) {
    return {
      ...none,
      ok: false,
      needsConfirmation: true,
      message: textOf(workflowMessages, 'rankRefused', { count: Math.max(blocking.length, 1) }),
      problems: placed,
      result,
      fingerprint: short,
      competition: c,
    };
  }
  const lang = c.lang;
  const rankingName = rankingSheetName(lang);
  const recapName = recapSheetName(lang);
  const meta = { computedAt: options.now, fingerprint: `${short} (SHA-256 ${hex})` };
  swapIn(
    port,
    [renderRanking(c, result, meta, lang, rankingName), renderRecap(c, result, lang, recapName)],
    wb.names,
  );
  const key = result.complete && blocking.length === 0 ? 'ranked' : 'rankedIncomplete';
  return {
    ok: true,
    needsConfirmation: false,
    message: textOf(workflowMessages, key, { ranking: rankingName, recap: recapName, fingerprint: short }),
    problems: placed,
    result,
    fingerprint: short,
    competition: c,
  };
}

/**
 * Writes each sheet under a temporary name, then swaps the new sheets in:
 * the old ones are renamed aside, the new ones take their names, and the old
 * ones are deleted last. A failure before the old ones are deleted puts
 * everything back, so the previous ranking stays whole; leftovers of an
 * earlier failure are removed first.
 */
export function swapIn(
  port: SpreadsheetPort,
  sheets: RenderedSheet[],
  sheetNames: readonly string[] = port.sheetNames(),
): void {
  // The action has just listed the sheets: listing them again costs one call per sheet in Sheets.
  const names = new Set(sheetNames);
  for (const s of sheets) {
    for (const leftover of [s.name + TEMP_SUFFIX, s.name + OLD_SUFFIX]) {
      if (names.has(leftover)) port.deleteSheet(leftover);
    }
  }
  const temps = sheets.map((s) => ({ ...s, name: s.name + TEMP_SUFFIX }));
  const undo: (() => void)[] = [];
  try {
    for (const t of temps) {
      undo.push(() => port.deleteSheet(t.name));
      writeSheet(port, t, { create: true });
    }
    for (const s of sheets) {
      if (!names.has(s.name)) continue;
      port.renameSheet(s.name, s.name + OLD_SUFFIX);
      undo.push(() => port.renameSheet(s.name + OLD_SUFFIX, s.name));
    }
    for (const s of sheets) {
      port.renameSheet(s.name + TEMP_SUFFIX, s.name);
      undo.push(() => port.renameSheet(s.name, s.name + TEMP_SUFFIX));
    }
  } catch (error) {
    // Last step first: new sheets back to their temporary names, old ones back to theirs, then the temporary ones deleted.
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // The original error is the one to report; a step that cannot be undone leaves what it left.
      }
    }
    throw error;
  }
  for (const s of sheets) {
    if (!names.has(s.name)) continue;
    try {
      port.deleteSheet(s.name + OLD_SUFFIX);
    } catch {
      // The new ranking is in place; the next ranking removes this leftover, which nothing reads.
    }
  }
}
