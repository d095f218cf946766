/**
 * Remind jurors: who is late (a stage's deadline has passed and their tab is
 * not done), each with the message and the mailto: and WhatsApp links the
 * secretariat clicks. Reads the workbook once; writes nothing.
 */
import { reminders, type Reminder, type TabProgress } from '../core/reminders';
import type { Lang } from '../core/model';
import { say } from '../i18n';
import { reminderMessages } from '../i18n/reminders';
import type { SpreadsheetPort } from '../workbook/port';
import type { LocatedProblem } from '../core/location';
import { checkWorkbook, type LocatedProgress } from './check';
import { usableSetup, type ActionOutcome } from './outcome';
import { readWorkbook } from './workbook';

export interface RemindOutcome extends ActionOutcome {
  reminders: Reminder[];
}

export interface RemindOptions {
  /** Today in the spreadsheet's time zone, ISO ('2026-11-29'). */
  today: string;
  lang: Lang;
  /** A link to a cell, where the shell can make one (Sheets: the spreadsheet's URL with gid and range). */
  linkOf?: (sheet: string, cell: string) => string;
}

/** The first score problem of each tab, top to bottom: where the juror should start. */
function firstOpenCells(problems: readonly LocatedProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  const rowOf = (cell: string) => Number(/\d+/.exec(cell)?.[0] ?? Infinity);
  for (const p of problems) {
    if (p.severity !== 'error' || p.where.kind !== 'score' || p.cell === '') continue;
    const known = out.get(p.sheet);
    if (known === undefined || rowOf(p.cell) < rowOf(known)) out.set(p.sheet, p.cell);
  }
  return out;
}

function tabProgress(
  progress: readonly LocatedProgress[],
  problems: readonly LocatedProblem[],
): TabProgress[] {
  const first = firstOpenCells(problems);
  return progress.map((p) => ({
    stageId: p.stageId,
    jurorId: p.jurorId,
    sheet: p.sheet,
    scored: p.scored,
    total: p.total,
    done: p.done,
    firstOpen: first.get(p.sheet) ?? '',
  }));
}

export function remindJurors(port: SpreadsheetPort, options: RemindOptions): RemindOutcome {
  const wb = readWorkbook(port);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, reminders: [] };
  const c = setup.c;
  const check = checkWorkbook(wb);
  const list = reminders(
    c,
    tabProgress(check.progress, check.problems),
    options.today,
    options.lang,
    options.linkOf,
  );
  const today = options.today;
  const key = !c.stages.some((s) => (s.deadline ?? '') !== '')
    ? 'noDeadline'
    : list.length === 0
      ? 'noneLate'
      : 'someLate';
  return {
    ok: true,
    message: say(reminderMessages, key, { count: list.length, today }),
    problems: [],
    reminders: list,
  };
}
