/**
 * Checks what jurors typed in their score tabs: every assigned score present,
 * a number, on the scale and on its step. Only complete, valid score sets are
 * passed on, so that a juror total is never computed over part of the
 * criteria (a missing score must never count as zero).
 */
import { isBlankCell } from './cells';
import { nameOrId, titleOrId } from './names';
import type {
  Assignment,
  Competition,
  Criterion,
  Entry,
  Juror,
  Problem,
  Progress,
  CellValue,
  ScoreRow,
  ScoreSheet,
  Stage,
  Severity,
  StageScores,
  Text,
  Where,
} from './model';
import { conflictTest, type ConflictTest } from './conflicts';
import { isOnStep, isWithin, readNumberText } from './numbers';
import { visible } from './text';
import { roundKey } from './rank';
import { problem, say, type SayParams } from './say';
import type { ProblemCode } from '../i18n/problems';
import { scoresMessages } from '../i18n/scores';

export interface ScoreCheck {
  problems: Problem[];
  /** one per juror of the assignment, in juror setup order */
  progress: Progress[];
  /** Only valid numeric scores, and only of rows where every criterion is valid. */
  scores: StageScores;
  /** entry id -> number of jurors who gave a complete valid score set (0 for assigned entries nobody completed) */
  scoredBy: Record<string, number>;
  /** juror id -> assigned entries they withdrew from (neither scored nor missing) */
  recused: Record<string, string[]>;
}

/**
 * Parses what a juror typed: numbers as they are; text that is a plain
 * decimal number ("85", " 85.5 ", "85,5") is accepted; anything else (other
 * text, booleans, dates as ISO text, and text that could mean two numbers,
 * like "1.000") is not a number.
 */
export function parseScore(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const read = readNumberText(raw);
  return read.kind === 'number' ? read.value : null;
}

interface Context {
  c: Competition;
  stage: Stage;
  criteria: Criterion[];
  entryById: Map<string, Entry>;
  conflict: ConflictTest;
}

interface JurorCheck {
  problems: Problem[];
  /** entry id -> criterion id -> score, complete rows only */
  scores: Record<string, Record<string, number>>;
  scored: number;
  /** Assigned entries the juror withdrew from. */
  recused: string[];
}

export function checkScores(
  c: Competition,
  stageId: string,
  assignment: Assignment,
  sheets: ScoreSheet[],
  /** The competition's conflict test, when the caller has one already (its agency keys are kept). */
  conflict: ConflictTest = conflictTest(c),
): ScoreCheck {
  const stage = c.stages.find((s) => s.id === stageId);
  if (stage === undefined) throw new Error(`checkScores: unknown stage ${stageId}`);
  const ctx: Context = {
    c,
    stage,
    criteria: c.criteria.filter((cr) => cr.stageId === stageId),
    entryById: new Map(c.entries.map((e) => [e.id, e] as const)),
    conflict,
  };
  const rowsOf = new Map<string, ScoreRow[]>();
  for (const sheet of sheets) {
    if (sheet.stageId !== stageId) continue;
    rowsOf.set(sheet.jurorId, [...(rowsOf.get(sheet.jurorId) ?? []), ...sheet.rows]);
  }

  const out: ScoreCheck = { problems: [], progress: [], scores: {}, scoredBy: {}, recused: {} };
  for (const ids of Object.values(assignment)) for (const id of ids) out.scoredBy[id] = 0;
  const jurorById = new Map(c.jurors.map((j) => [j.id, j] as const));
  for (const jurorId of jurorOrder(c, assignment, rowsOf)) {
    const juror = jurorById.get(jurorId) ?? { id: jurorId, name: jurorId, email: '', agency: '', stages: [] };
    const listed = assignment[jurorId] ?? [];
    const assigned = ctx.conflict.any(juror)
      ? listed.filter((id) => ctx.conflict(juror, ctx.entryById.get(id)) === null)
      : listed;
    const rows = rowsOf.get(jurorId);
    const result =
      rows === undefined
        ? missingSheet(ctx, juror, assigned)
        : checkJuror(ctx, juror, new Set(assigned), rows);
    out.problems.push(...result.problems);
    out.scores[jurorId] = result.scores;
    if (result.recused.length > 0) out.recused[jurorId] = result.recused;
    for (const entryId of Object.keys(result.scores))
      out.scoredBy[entryId] = (out.scoredBy[entryId] ?? 0) + 1;
    if (Object.prototype.hasOwnProperty.call(assignment, jurorId)) {
      out.progress.push({
        stageId,
        jurorId,
        scored: result.scored,
        total: assigned.length - result.recused.length,
        recused: result.recused.length,
        done: result.scored === assigned.length - result.recused.length,
      });
    }
  }
  return out;
}

/** Jurors of the assignment in setup order, then any others that have a sheet (their rows are all unassigned). */
function jurorOrder(c: Competition, assignment: Assignment, rowsOf: Map<string, ScoreRow[]>): string[] {
  const known = c.jurors.map((j) => j.id);
  const inAssignment = known.filter((id) => Object.prototype.hasOwnProperty.call(assignment, id));
  const seen = new Set(inAssignment);
  const out = [...inAssignment];
  for (const id of [...Object.keys(assignment), ...rowsOf.keys()]) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

function missingSheet(ctx: Context, juror: Juror, assigned: string[]): JurorCheck {
  if (assigned.length === 0) return { problems: [], scores: {}, scored: 0, recused: [] };
  const where = { kind: 'scoreSheet' as const, stageId: ctx.stage.id, jurorId: juror.id };
  const params = { juror: nameOrId(juror), stage: nameOrId(ctx.stage), count: assigned.length };
  return {
    problems: [problem('sheet-missing', 'error', where, params)],
    scores: {},
    scored: 0,
    recused: [],
  };
}

function checkJuror(ctx: Context, juror: Juror, assigned: Set<string>, rows: ScoreRow[]): JurorCheck {
  const out: JurorCheck = { problems: [], scores: {}, scored: 0, recused: [] };
  const seen = new Set<string>();
  // One function for every row (not one per row): a national tab has hundreds of rows.
  let entryId = '';
  const report = (code: ProblemCode, severity: Severity, params?: SayParams) =>
    out.problems.push(scoreProblem(ctx, juror, entryId, undefined, code, severity, params));
  for (const row of rows) {
    entryId = row.entryId.trim();
    if (entryId === '') {
      if (Object.values(row.scores).some((v) => !isBlankCell(v))) report('score-no-entry-id', 'warning');
      continue;
    }
    const entry = ctx.entryById.get(entryId);
    const conflict = entry === undefined ? null : ctx.conflict(juror, entry);
    if (entry === undefined) report('score-unknown-entry', 'warning');
    else if (seen.has(entryId)) report('score-duplicate-row', 'error');
    else if (conflict === 'agency') report('score-own-agency', 'warning', { agency: entry.agency });
    else if (conflict === 'declared')
      out.problems.push(recusalProblem(ctx, juror, entryId, {}, 'score-declared-conflict', 'warning'));
    else if (!assigned.has(entryId)) report('score-unassigned', 'warning');
    else if (row.recused === true) {
      out.recused.push(entryId);
      out.problems.push(...checkRecusal(ctx, juror, entryId, row));
    } else {
      const valid = checkRow(ctx, juror, entryId, row, out.problems);
      if (valid !== null) {
        out.scores[entryId] = valid;
        out.scored++;
      }
    }
    seen.add(entryId);
  }
  for (const entryId of assigned) {
    if (!seen.has(entryId))
      out.problems.push(scoreProblem(ctx, juror, entryId, undefined, 'score-row-missing', 'error'));
  }
  return out;
}

/**
 * A row the juror withdrew from: it needs a reason, and any score left in it
 * is reported (it does not count).
 */
function checkRecusal(ctx: Context, juror: Juror, entryId: string, row: ScoreRow): Problem[] {
  const out: Problem[] = [];
  if ((row.recusalReason ?? '').trim() === '')
    out.push(recusalProblem(ctx, juror, entryId, { column: 'recusalReason' }, 'recusal-no-reason', 'error'));
  const filled = ctx.criteria.find((cr) => !isBlankCell(row.scores[cr.id]));
  if (filled !== undefined)
    out.push(
      recusalProblem(ctx, juror, entryId, { criterionId: filled.id }, 'recusal-scores-ignored', 'warning'),
    );
  return out;
}

function recusalProblem(
  ctx: Context,
  juror: Juror,
  entryId: string,
  at: { criterionId?: string; column?: 'recusalReason' },
  code: ProblemCode,
  severity: Severity,
): Problem {
  const entry = ctx.entryById.get(entryId);
  const where: Where = { kind: 'score', stageId: ctx.stage.id, jurorId: juror.id, entryId, ...at };
  const params = {
    juror: nameOrId(juror),
    entry: entry === undefined ? entryId : titleOrId(entry),
    stage: nameOrId(ctx.stage),
  };
  return problem(code, severity, where, params);
}

/** The row's scores when every criterion holds a valid one, else null (its problems pushed to `problems`). */
function checkRow(
  ctx: Context,
  juror: Juror,
  entryId: string,
  row: ScoreRow,
  problems: Problem[],
): Record<string, number> | null {
  const scores: Record<string, number> = {};
  let complete = true;
  for (const cr of ctx.criteria) {
    const raw = Object.prototype.hasOwnProperty.call(row.scores, cr.id) ? row.scores[cr.id] : null;
    const fault = scoreFault(raw ?? null, cr);
    if (fault === null) {
      scores[cr.id] = parseScore(raw ?? null)!;
      continue;
    }
    complete = false;
    const params = {
      criterion: nameOrId(cr),
      range: rangeText(cr),
      value: parseScore(raw ?? null) ?? visible(String(raw)),
      step: cr.scale.step,
      ...fault.params,
    };
    problems.push(scoreProblem(ctx, juror, entryId, cr.id, fault.code, 'error', params));
  }
  return complete ? scores : null;
}

interface Fault {
  code: ProblemCode;
  params?: SayParams;
}

function onScale(value: number, cr: Criterion): boolean {
  const { min, max, step } = cr.scale;
  return isWithin(value, min, max) && isOnStep(value, min, step);
}

/** Text a juror typed that is no plain number: why, in words that show what the cell holds. */
function textFault(text: string): Fault | null {
  const read = readNumberText(text);
  const typed = text.trim();
  if (read.kind === 'ambiguous') {
    return {
      code: 'score-ambiguous',
      params: { typed, asDecimal: read.asDecimal, asThousands: read.asThousands },
    };
  }
  if (read.kind === 'grouped') return { code: 'score-grouped', params: { typed } };
  if (read.kind === 'invisible') return { code: 'score-invisible' };
  if (read.kind === 'percent') return { code: 'score-percent-text', params: { typed, number: read.value } };
  return null;
}

function scoreFault(raw: CellValue, cr: Criterion): Fault | null {
  if (isBlankCell(raw)) return { code: 'score-missing' };
  const fault = typeof raw === 'string' ? textFault(raw) : null;
  if (fault) return fault;
  const value = parseScore(raw);
  if (value === null) return { code: 'score-not-number' };
  if (onScale(value, cr)) return null;
  // 85 typed as "85 %" is stored as 0.85: say so rather than "0.85 is not a multiple of 1".
  const hundred = roundKey(value * 100);
  if (value > 0 && value <= 1 && onScale(hundred, cr))
    return { code: 'score-percent', params: { number: hundred } };
  const { min, max } = cr.scale;
  if (!isWithin(value, min, max)) return { code: 'score-out-of-scale' };
  return { code: 'score-off-step' };
}

function rangeText(cr: Criterion): Text {
  const { min, max, step } = cr.scale;
  return step === 1 && Number.isInteger(min)
    ? say(scoresMessages, 'rangeWhole', { min, max })
    : say(scoresMessages, 'rangeStep', { min, max, step });
}

function scoreProblem(
  ctx: Context,
  juror: Juror,
  entryId: string,
  criterionId: string | undefined,
  code: ProblemCode,
  severity: Severity,
  params: SayParams = {},
): Problem {
  const where =
    criterionId === undefined
      ? { kind: 'score' as const, stageId: ctx.stage.id, jurorId: juror.id, entryId }
      : { kind: 'score' as const, stageId: ctx.stage.id, jurorId: juror.id, entryId, criterionId };
  const entry = ctx.entryById.get(entryId);
  const names = {
    juror: nameOrId(juror),
    entry: entry === undefined ? entryId : titleOrId(entry),
    stage: nameOrId(ctx.stage),
  };
  return problem(code, severity, where, { ...names, ...params });
}
