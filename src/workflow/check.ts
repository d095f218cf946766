/** Check scores: every problem at its cell, each juror's progress, and disagreements. Writes nothing. */
import { disagreements } from '../core/agreement';
import type { Competition, Problem, Progress } from '../core/model';
import { problem, say } from '../core/say';
import type { StageRun } from '../core/standings';
import { textOf } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { SpreadsheetPort } from '../workbook/port';
import { usableSetup, type ActionOutcome } from './outcome';
import {
  isError,
  placeProblems,
  readWorkbook,
  runWorkbook,
  tabLayoutProblems,
  tabOf,
  type Staged,
  type Workbook,
} from './workbook';

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

export function checkWorkbook(wb: Workbook, staged?: Staged): CheckOutcome {
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, progress: [] };
  const c = setup.c;
  const { runs, problems: found, progress } = staged ?? runWorkbook(wb, c);
  const problems = [...found, ...disagreementWarnings(c, runs)];
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
