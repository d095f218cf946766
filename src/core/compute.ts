/**
 * The whole ranking pipeline, from the Setup model and the juror tabs to the
 * result: validate, plan the categories, then stage by stage (entrants,
 * assignment, score check, aggregation), then places, adjustments,
 * advancement and the agreement statistics. Only wiring: every decision is
 * made in the modules it calls.
 */
import type { Assignment, Competition, Entry, Problem, Progress, ScoreSheet } from './model';
import type { CategoryRanking, RankingResult } from './result';
import { aggregateStage, indexTotals, jurorTotals, own, refusalProblem } from './aggregate';
import { applyAdvancement, applyPlaceAdjustments } from './adjust';
import { alphaAgreement, categoryAgreement, disagreements, jurorOffsets } from './agreement';
import { leaveOneOut } from './leaveOneOut';
import { assignStage, quotaPick, quotaProblems, stageEntrants } from './assign';
import { conflictTest, type ConflictTest } from './conflicts';
import type { QuotaPick } from './quota';
import { atLeast } from './numbers';
import { planCategories, type CategoryPlan } from './categories';
import { checkScores } from './scores';
import { cutChange, cutProblem, keptEntrants, recordFor, type FrozenEntrants } from './frozen';
import { validateCompetition } from './validate';
import {
  incompleteEntrants,
  layoutOf,
  placeAll,
  rankedCategories,
  scoreColumn,
  standingsOf,
  tieBreakColumns,
  type Column,
  type Layout,
  type StageRun,
} from './standings';
import { rankingMessages } from '../i18n/ranking';
import { pick } from '../i18n';
import { problem, problemText, say } from './say';

function isError(p: Problem): boolean {
  return p.severity === 'error';
}

/** What each juror's tab of a stage already lists, so that assignment keeps it. */
function existingOf(sheets: readonly ScoreSheet[]): Assignment {
  const existing: Assignment = {};
  for (const sheet of sheets)
    existing[sheet.jurorId] = [...(existing[sheet.jurorId] ?? []), ...sheet.rows.map((r) => r.entryId)];
  return existing;
}

/**
 * A juror never scores an entry they are in conflict with, even if a tab lists
 * it, nor one they withdrew from: neither must count as missing. `listed` keeps
 * the entries they withdrew from (their tab still lists them), `scoring` not.
 */
function scoringPairs(
  c: Competition,
  assignment: Assignment,
  recused: Assignment,
  conflict: ConflictTest,
): { listed: Assignment; scoring: Assignment } {
  const jurors = new Map(c.jurors.map((j) => [j.id, j]));
  // Entries by id, made only if some juror may be in conflict with one.
  let entries: Map<string, Entry> | null = null;
  const entry = (id: string): Entry | undefined =>
    (entries ??= new Map(c.entries.map((e) => [e.id, e]))).get(id);
  const listed: Assignment = {};
  const scoring: Assignment = {};
  for (const jurorId of Object.keys(assignment)) {
    const juror = jurors.get(jurorId);
    listed[jurorId] =
      juror && conflict.any(juror)
        ? assignment[jurorId].filter((id) => conflict(juror, entry(id)) === null)
        : assignment[jurorId].slice();
    const withdrew = new Set(own(recused, jurorId) ?? []);
    scoring[jurorId] = listed[jurorId].filter((id) => !withdrew.has(id));
  }
  return { listed, scoring };
}

/** The entries each juror withdrew from, as the tabs say. */
function recusedOf(sheets: readonly ScoreSheet[]): Assignment {
  const out: Assignment = {};
  for (const sheet of sheets) {
    const ids = sheet.rows.filter((r) => r.recused === true).map((r) => r.entryId);
    if (ids.length > 0) out[sheet.jurorId] = [...(out[sheet.jurorId] ?? []), ...ids];
  }
  return out;
}

/**
 * Every stage in order: its entrants (from the previous stage's scores), its
 * assignment (keeping what the tabs already list), the score check and the
 * aggregation. Problems and progress are appended to the given lists.
 */
export function runStages(
  c: Competition,
  plan: CategoryPlan,
  sheets: readonly ScoreSheet[],
  problems: Problem[],
  progress: Progress[],
  frozen: FrozenEntrants = {},
  options: { confirmCut?: boolean } = {},
): StageRun[] {
  const runs: StageRun[] = [];
  // One conflict test for every stage, so that each agency's key is computed once.
  const conflict = conflictTest(c);
  c.stages.forEach((stage, index) => {
    const previous = index > 0 ? runs[index - 1] : undefined;
    const computed = stageEntrants(
      c,
      plan,
      index,
      previous?.entrants ?? [],
      previous?.aggregation.scores ?? {},
      problems,
    );
    const ofStage = sheets.filter((s) => s.stageId === stage.id);
    const record = previous ? recordFor(stage, frozen) : null;
    let entrants = computed;
    let cut: StageRun['cut'] = null;
    if (record && previous) {
      const kept = keptEntrants(c, record, previous.entrants);
      // A cut on scores can be known only once the previous stage is fully scored.
      const known =
        stage.entry.kind === 'all' || (previous.incomplete.size === 0 && previous.entrants.length > 0);
      const change = known ? cutChange(kept, computed) : null;
      if (change && !options.confirmCut) problems.push(cutProblem(c, index, record, kept, change));
      if (!change || !options.confirmCut) entrants = kept;
      cut = change;
    }
    const assigned = assignStage(
      c,
      stage.id,
      entrants,
      ofStage.length > 0 ? existingOf(ofStage) : undefined,
      recusedOf(ofStage),
      conflict,
    );
    const check = checkScores(c, stage.id, assigned.assignment, ofStage, conflict);
    problems.push(...assigned.problems, ...check.problems);
    progress.push(...check.progress);
    const { scoring: assignment, listed } = scoringPairs(c, assigned.assignment, check.recused, conflict);
    const criteria = c.criteria.filter((k) => k.stageId === stage.id);
    // Only the parts a tie-break reads (criterionMean, leave-one-out) are kept.
    const tieCriteria = c.settings.tieBreaks.flatMap((rule) =>
      rule.kind === 'criterion' && rule.stageId === stage.id ? [rule.criterionId] : [],
    );
    const totals = indexTotals(jurorTotals(check.scores, criteria, assignment, tieCriteria));
    const aggregation = aggregateStage(totals, entrants, c.settings.method, c.settings.zscoreMinEntries);
    runs.push({
      stage,
      entrants,
      assignment,
      listed,
      totals,
      aggregation,
      incomplete: incompleteEntrants(assignment, totals),
      frozen: record !== null,
      cut,
      confirmed: cut !== null && options.confirmCut === true,
    });
  });
  return runs;
}

function groupsOf(
  c: Competition,
  plan: CategoryPlan,
): { groups: { categoryId: string; name: string }[]; groupOf: Map<string, string> } {
  const running = new Set(plan.running);
  const groupOf = new Map<string, string>();
  for (const e of c.entries) {
    const category = own(plan.categoryOf, e.id) ?? e.categoryId;
    groupOf.set(e.id, running.has(category) ? category : '');
  }
  const groups = plan.running.map((id) => ({
    categoryId: id,
    name: c.categories.find((k) => k.id === id)?.name ?? id,
  }));
  if ([...groupOf.values()].includes(''))
    groups.push({ categoryId: '', name: pick(say(rankingMessages, 'group.awaiting'), c.lang) });
  return { groups, groupOf };
}

function addAgreement(
  categories: CategoryRanking[],
  runs: readonly StageRun[],
  groupOf: ReadonlyMap<string, string>,
): void {
  // Each stage's entrants by category, in the stage's order, sorted out once.
  const byCategory = runs.map((run) => {
    const out = new Map<string | undefined, string[]>();
    for (const id of run.entrants) {
      const category = groupOf.get(id);
      const list = out.get(category);
      if (list) list.push(id);
      else out.set(category, [id]);
    }
    return out;
  });
  for (const category of categories) {
    category.agreement = runs.map((run, s) =>
      categoryAgreement(run.stage.id, byCategory[s].get(category.categoryId) ?? [], run.totals),
    );
  }
}

/** The places as the rules alone decide them, from stage score columns. */
function placesFrom(
  c: Competition,
  layout: Layout,
  runs: readonly StageRun[],
  scores: Column[],
  ties: Column[],
) {
  const standings = standingsOf(c, layout, runs, scores, ties);
  return { standings, placements: placeAll(layout, standings) };
}

/** The final "best N of all categories" pick, when the Setup asks for one; its shortfalls go to problems. */
function overallPick(
  c: Competition,
  plan: CategoryPlan,
  categories: CategoryRanking[],
  lastStageId: string,
  problems: Problem[],
): QuotaPick | null {
  const n = c.settings.advanceOverallN ?? null;
  if (n === null) return null;
  const grade = c.settings.passingGrade;
  const eligible = new Map<string, number>();
  for (const category of categories)
    for (const e of category.entries)
      if (
        e.excludedReason === '' &&
        e.lastStageId === lastStageId &&
        e.finalScore !== null &&
        (grade === null || atLeast(e.finalScore, grade))
      )
        eligible.set(e.entryId, e.finalScore);
  const candidates = c.entries.filter((e) => eligible.has(e.id));
  const pick = quotaPick(c, plan, '', n, candidates, (id) => eligible.get(id) ?? null);
  problems.push(...quotaProblems(c, '', pick));
  return pick;
}

/** What an interim ranking means, said once: which stage is done, which is under way. */
function interimOf(
  runs: readonly StageRun[],
  interimStage: readonly (number | null)[],
): RankingResult['interim'] {
  const used = interimStage.filter((s): s is number => s !== null);
  if (used.length === 0) return null;
  const done = runs[Math.max(...used)];
  const pending = runs[runs.indexOf(done) + 1] ?? runs[runs.length - 1];
  const text = say(rankingMessages, 'interim', { done: done.stage.name, pending: pending.stage.name });
  return { done: done.stage.id, pending: pending.stage.id, text };
}

export function computeRanking(
  c: Competition,
  sheets: ScoreSheet[],
  frozen: FrozenEntrants = {},
): RankingResult {
  const problems = validateCompetition(c);
  const result: RankingResult = {
    competition: { name: c.name, year: c.year },
    method: { requested: c.settings.method, stages: [] },
    finalScore: c.settings.finalScore,
    tieBreaks: c.settings.tieBreaks,
    categories: [],
    dropped: [],
    jurorTotals: [],
    offsets: [],
    disagreements: [],
    stageAgreement: [],
    leaveOneOut: [],
    progress: [],
    problems,
    complete: false,
    interim: null,
  };
  if (problems.some(isError)) return result;

  const plan = planCategories(c);
  problems.push(...plan.problems);
  result.dropped = plan.dropped;
  const runs = runStages(c, plan, sheets, problems, result.progress, frozen);
  const jurorName = (id: string): string => c.jurors.find((j) => j.id === id)?.name ?? id;
  result.method.stages = runs.map((run) => {
    const refusal = run.aggregation.refusal
      ? refusalProblem(run.aggregation.refusal, run.stage.name, jurorName)
      : null;
    const note = refusal ? problemText(refusal.code, refusal.params) : null;
    if (refusal)
      problems.push(problem(refusal.code, 'warning', { kind: 'setting', field: 'method' }, refusal.params));
    return { stageId: run.stage.id, applied: run.aggregation.applied, note };
  });

  const { groups, groupOf } = groupsOf(c, plan);
  const layout = layoutOf(c, runs, groupOf);
  const scores = runs.map((run) => scoreColumn(layout, run.aggregation.scores));
  const ties = tieBreakColumns(c, layout, runs, scores);
  const { standings, placements } = placesFrom(c, layout, runs, scores, ties);
  const categories = rankedCategories(c, groups, layout, runs, scores, standings, placements);
  problems.push(...applyPlaceAdjustments(categories, c.adjustments));
  const lastStage = runs.length > 0 ? runs[runs.length - 1].stage.id : '';
  applyAdvancement(
    categories,
    c.settings,
    lastStage,
    c.adjustments,
    overallPick(c, plan, categories, lastStage, problems),
  );
  addAgreement(categories, runs, groupOf);
  result.categories = categories;

  const jurorIds = c.jurors.map((j) => j.id);
  for (const run of runs) {
    const stageId = run.stage.id;
    for (const t of run.totals.all)
      result.jurorTotals.push({ stageId, jurorId: t.jurorId, entryId: t.entryId, total: t.total });
    const inStage = jurorIds.filter(
      (id) => own(run.assignment, id) !== undefined || run.totals.byJuror.has(id),
    );
    result.offsets.push(...jurorOffsets(stageId, inStage, run.totals));
    result.stageAgreement.push(alphaAgreement(stageId, run.entrants, run.totals));
    result.disagreements.push(
      ...disagreements(stageId, run.entrants, run.totals, c.settings.disagreementThreshold),
    );
  }
  result.leaveOneOut = leaveOneOut(c, plan, { layout, runs, scores, ties, categories, groups });

  const incomplete = categories.some((k) => k.entries.some((e) => e.incomplete && e.excludedReason === ''));
  result.complete = !problems.some(isError) && !incomplete;
  result.interim = interimOf(runs, standings.interimStage);
  return result;
}
