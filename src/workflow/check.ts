/** Check scores: every problem at its cell, each juror's progress, and disagreements. Writes nothing. */
import { disagreements } from '../core/agreement';
import type { Competition, Problem, Progress, Text, Where } from '../core/model';
import { roundDecimal } from '../core/numbers';
import { roundKey } from '../core/rank';
import { locate } from '../core/location';
import { problem, say } from '../core/say';
import type { StageRun } from '../core/standings';
import { workflowMessages } from '../i18n/workflow';
import type { SpreadsheetPort } from '../workbook/port';
import { jurorFilesOf, refuseOtherAccount } from './jurorFiles';
import { integrityMessages } from '../i18n/integrity';
import { recordIntegrity, reviewIntegrity, type IntegrityReview, type TabState } from './integrity';
import { usableSetup, type ActionOutcome } from './outcome';
import {
  isError,
  locateProblems,
  readWorkbook,
  runWorkbook,
  tabLayoutProblems,
  tabOf,
  type Staged,
  type Workbook,
} from './workbook';

export interface LocatedProgress extends Progress {
  sheet: string;
  juror: string;
  stage: string;
  /** In progress, complete (every score valid, not submitted), or submitted (recorded by Juri). */
  state: TabState;
}

export interface CheckOutcome extends ActionOutcome {
  progress: LocatedProgress[];
  /** Submissions and reopenings Juri recorded in the workbook: it must be saved. */
  recorded: number;
}

function placeProgress(
  wb: Workbook,
  c: Competition,
  progress: readonly Progress[],
  review: IntegrityReview | null,
): LocatedProgress[] {
  return progress.map((p) => {
    const integrity = review?.tabs.find((t) => t.stageId === p.stageId && t.jurorId === p.jurorId);
    return {
      ...p,
      sheet: tabOf(wb, p.stageId, p.jurorId)?.sheet ?? '',
      juror: c.jurors.find((j) => j.id === p.jurorId)?.name ?? p.jurorId,
      stage: c.stages.find((s) => s.id === p.stageId)?.name ?? p.stageId,
      state: integrity?.state ?? (p.done ? 'complete' : 'inProgress'),
    };
  });
}

export interface CheckOptions {
  /** When Juri records a submission or a reopening, as the spreadsheet shows time. */
  now?: string;
  /** The change log's last failure, as the Sheets shell kept it: reported once. */
  logFailure?: { when: string; error: string } | null;
}

/**
 * Everything wrong with the scores, each at its cell, and each juror's
 * progress. Writes only Juri's own records: a submission ticked on a complete
 * tab, or a reopening the secretariat asked for.
 */
export function checkScores(port: SpreadsheetPort, options: CheckOptions = {}): CheckOutcome {
  const wb = readWorkbook(port);
  const c = wb.setup?.competition;
  const other = refuseOtherAccount(c ? jurorFilesOf(port, c) : null);
  if (other) return { ...other, progress: [], recorded: 0 };
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, progress: [], recorded: 0 };
  const staged = runWorkbook(wb, setup.c);
  const review = reviewIntegrity(wb, setup.c, staged);
  const written = options.now === undefined ? [] : recordIntegrity(port, wb, setup.c, review, options.now);
  const outcome = checkWorkbook(wb, staged, review);
  if (written.length > 0) {
    outcome.recorded = written.length;
    const submitted = written.filter((r) => r.kind === 'submit').length;
    const said = say(integrityMessages, 'recorded', {
      count: submitted,
      reopened: written.length - submitted,
    });
    outcome.message = { id: `${outcome.message.id} ${said.id}`, en: `${outcome.message.en} ${said.en}` };
  }
  if (options.logFailure) {
    const sheet = integrityMessages[setup.c.lang]['log.sheet'];
    const where: Where = { kind: 'competition', field: 'name' };
    const failed = problem('log-failed', 'warning', where, { ...options.logFailure });
    outcome.problems.unshift(locate(failed, { sheet, cell: '' }));
  }
  return outcome;
}

export function checkWorkbook(wb: Workbook, staged?: Staged, integrity?: IntegrityReview): CheckOutcome {
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, progress: [], recorded: 0 };
  const c = setup.c;
  // Juror files this account may not read: that is the one thing to say (their tabs are not missing).
  const unreadable = wb.tabProblems.filter(
    (p) => p.code === 'juror-files-other-account' || p.code === 'juror-files-unreachable',
  );
  if (unreadable.length > 0) {
    const message = unreadable[0].text ?? unreadable[0].message;
    return { ok: false, message, problems: unreadable, progress: [], recorded: 0 };
  }
  // Before any juror tab exists there is nothing to check: saying "no errors" would mislead.
  if (wb.tabs.length === 0)
    return {
      ok: true,
      message: say(workflowMessages, 'checkNothingYet'),
      problems: [],
      progress: [],
      recorded: 0,
    };
  const run = staged ?? runWorkbook(wb, c);
  const { runs, problems: found, progress } = run;
  const review = integrity ?? reviewIntegrity(wb, c, run);
  const problems = [...found, ...disagreementWarnings(c, runs)];
  const placed = [...locateProblems(wb, problems), ...tabLayoutProblems(wb, c), ...review.problems];
  const errors = placed.filter(isError).length;
  const scored = progress.reduce((n, p) => n + p.scored, 0);
  const total = progress.reduce((n, p) => n + p.total, 0);
  const message =
    placed.length === 0
      ? say(workflowMessages, 'checkedClean', { scored, total })
      : say(workflowMessages, 'checkedProblems', {
          errors,
          warnings: placed.length - errors,
          scored,
          total,
        });
  return {
    ok: errors === 0,
    message,
    problems: placed,
    progress: placeProgress(wb, c, progress, review),
    recorded: 0,
  };
}

/**
 * Jurors far apart on one entry go unnoticed in hand-made sheets; check says so
 * while there is still time to talk or call another juror. The warning sits on
 * the entry's row in the tab of the juror farthest from the others' middle;
 * when several are equally far (always so with two jurors), it names them all
 * and sits with the first of them (the higher total).
 */
function disagreementWarnings(c: Competition, runs: readonly StageRun[]): Problem[] {
  const threshold = c.settings.disagreementThreshold;
  if (threshold === null) return [];
  const name = (id: string) => c.jurors.find((j) => j.id === id)?.name ?? id;
  return runs.flatMap((run) =>
    disagreements(run.stage.id, run.entrants, run.totals, threshold).map((d) => {
      const totals = [...(run.totals.byEntry.get(d.entryId) ?? [])].sort((a, b) => b.total - a.total);
      const high = totals[0];
      const low = totals[totals.length - 1];
      const sorted = totals.map((t) => t.total).sort((a, b) => a - b);
      const middle =
        (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
      const distance = (t: { total: number }) => roundKey(Math.abs(t.total - middle));
      const farthest = Math.max(...totals.map(distance));
      const far = totals.filter((t) => distance(t) === farthest);
      const title = c.entries.find((e) => e.id === d.entryId)?.title ?? d.entryId;
      const params = {
        entry: title,
        stage: run.stage.name,
        high: name(high.jurorId),
        low: name(low.jurorId),
        max: roundDecimal(d.max, 2),
        min: roundDecimal(d.min, 2),
        spread: roundDecimal(d.spread, 2),
        threshold,
      };
      const where: Where = {
        kind: 'score',
        stageId: run.stage.id,
        jurorId: far[0].jurorId,
        entryId: d.entryId,
      };
      return far.length > 1
        ? problem('juror-disagreement-several', 'warning', where, {
            ...params,
            jurors: listOf(far.map((t) => name(t.jurorId))),
          })
        : problem('juror-disagreement', 'warning', where, params);
    }),
  );
}

/** "A, B and C" in both languages. */
function listOf(names: readonly string[]): Text {
  const join = (and: string) =>
    names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
  return { id: join(workflowMessages.id.and), en: join(workflowMessages.en.and) };
}
