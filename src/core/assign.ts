/**
 * Which entries take part in a stage, and which juror scores which entry.
 * Assignment is deterministic and stable: what the juror tabs already hold is
 * kept, so adding an entry later never reshuffles work already under way.
 */
import { nameOrId, titleOrId } from './names';
import { fnv1a } from './hash';
import { stageJurors } from './stageJurors';
import type { Assignment, Competition, Entry, Juror, Problem, Stage } from './model';
import type { CategoryPlan } from './categories';
import { isExcluded } from './categories';
import { atLeast, isFiniteNumber } from './numbers';
import { problem, say } from './say';
import { pickWithQuotas, type QuotaPick } from './quota';
import { quotaValueOf, quotasFor } from './validateQuotas';
import { planMessages } from '../i18n/setup';
import { agencyKey, conflictTest, type ConflictTest } from './conflicts';

/** Entries that take part in stage `stageIndex` (0-based into c.stages), in setup entry order. Stage 0: every non-excluded entry. Later stages follow stage.entry: 'all' = those that took part in the previous stage; 'topN' = best n per category (use plan.categoryOf) by previous-stage score, keeping everyone tied with the n-th; 'passing' = previous score >= grade. previousScores maps entry id -> that entry's score in the previous stage (null or absent = not scored: does not advance). */
export function stageEntrants(
  c: Competition,
  plan: CategoryPlan,
  stageIndex: number,
  previousEntrants: string[],
  previousScores: Record<string, number | null>,
  /** Where a stage chosen by quotas reports what it could not meet; absent = not reported. */
  problems?: Problem[],
): string[] {
  const stage = c.stages[stageIndex];
  if (stage === undefined) throw new Error(`stageEntrants: no stage at index ${stageIndex}`);
  const active = c.entries.filter((e) => !isExcluded(e));
  if (stageIndex === 0) return active.map((e) => e.id);
  const previous = new Set(previousEntrants);
  const candidates = active.filter((e) => previous.has(e.id));
  const rule = stage.entry;
  if (rule.kind === 'all') return candidates.map((e) => e.id);
  const scoreOf = (id: string): number | null => {
    const s = previousScores[id];
    return isFiniteNumber(s) ? s : null;
  };
  if (rule.kind === 'passing')
    return candidates.filter((e) => passes(scoreOf(e.id), rule.grade)).map((e) => e.id);
  if (rule.kind === 'quota') {
    const pick = quotaPick(c, plan, stage.id, rule.n, candidates, scoreOf);
    problems?.push(...quotaProblems(c, stage.id, pick));
    const chosen = new Set(pick.chosen);
    return candidates.filter((e) => chosen.has(e.id)).map((e) => e.id);
  }
  const advancing = bestPerCategory(candidates, plan, scoreOf, rule.n);
  return candidates.filter((e) => advancing.has(e.id)).map((e) => e.id);
}

/**
 * The best n scored candidates of all categories together, within the quotas of
 * `appliesTo` (a stage id, or '' for the final advancement). Equal scores keep
 * the order of the candidates (the Setup's entry order); a tie at the cut is reported.
 */
export function quotaPick(
  c: Competition,
  plan: CategoryPlan,
  appliesTo: string,
  n: number,
  candidates: readonly Entry[],
  scoreOf: (id: string) => number | null,
): QuotaPick {
  const rows = quotasFor(c, appliesTo);
  const column = rows[0]?.column ?? 'category';
  const scored = candidates
    .map((e) => ({ e, score: scoreOf(e.id) }))
    .filter((x): x is { e: Entry; score: number } => x.score !== null)
    .sort((a, b) => b.score - a.score)
    .map(({ e, score }) => ({
      id: e.id,
      score,
      group: quotaValueOf({ ...e, categoryId: plan.categoryOf[e.id] ?? e.categoryId }, column),
    }));
  return pickWithQuotas(scored, n, rows);
}

/** What a quota pick could not do as asked: minimums without enough entries, a tie at the cut. */
export function quotaProblems(c: Competition, appliesTo: string, pick: QuotaPick): Problem[] {
  const stage = c.stages.find((s) => s.id === appliesTo);
  const rule = stage
    ? say(planMessages, 'quotaRuleStage', { name: nameOrId(stage) })
    : say(planMessages, 'quotaRuleFinal');
  const where = stage
    ? ({ kind: 'table', table: 'stages', index: c.stages.indexOf(stage), field: 'entry' } as const)
    : ({ kind: 'setting', field: 'advanceOverallN' } as const);
  const out: Problem[] = pick.unmet.map((u) =>
    problem('quota-unmet', 'warning', where, { rule, value: u.value, min: u.min, available: u.available }),
  );
  if (pick.tieAtCut !== null) {
    const title = (id: string) => c.entries.find((e) => e.id === id)?.title || id;
    out.push(
      problem('quota-tie-at-cut', 'warning', where, {
        rule,
        picked: title(pick.tieAtCut.picked),
        leftOut: title(pick.tieAtCut.leftOut),
      }),
    );
  }
  return out;
}

function passes(score: number | null, grade: number): boolean {
  return score !== null && atLeast(score, grade);
}

/**
 * The best n scored entries of each category, plus everyone tied with the n-th.
 * Entries awaiting a category decision ('' in the plan) compete among
 * themselves, so that they are neither lost nor let through unchecked.
 */
function bestPerCategory(
  entries: Entry[],
  plan: CategoryPlan,
  scoreOf: (id: string) => number | null,
  n: number,
): Set<string> {
  const groups = new Map<string, { id: string; score: number }[]>();
  for (const e of entries) {
    const score = scoreOf(e.id);
    if (score === null) continue;
    const cat = plan.categoryOf[e.id] ?? e.categoryId;
    const group = groups.get(cat);
    if (group === undefined) groups.set(cat, [{ id: e.id, score }]);
    else group.push({ id: e.id, score });
  }
  const out = new Set<string>();
  for (const group of groups.values()) {
    group.sort((a, b) => b.score - a.score);
    const nth = group[Math.min(n, group.length) - 1];
    if (nth === undefined) continue;
    for (const g of group) if (atLeast(g.score, nth.score)) out.add(g.id);
  }
  return out;
}

export { agencyKey };

interface StageContext {
  c: Competition;
  stage: Stage;
  jurors: Juror[];
  entrants: string[];
  entryById: Map<string, Entry>;
  /** An entry's row in the Setup (the first, with a duplicate id, as in validation), for a problem's place. */
  entryIndex: (entryId: string) => number;
  /** The entrants, to tell whether an entry takes part. */
  taking: ReadonlySet<string>;
  /** Own agency or declared in the Setup. */
  conflict: ConflictTest;
  /** Entry id -> jurors who withdrew from it in this stage (their rows stay; they do not count). */
  recused: Map<string, Set<string>>;
}

function eligibleJurors(ctx: StageContext, entryId: string): readonly Juror[] {
  return ctx.conflict.allowed(ctx.jurors, ctx.entryById.get(entryId));
}

/**
 * Who scores what in one stage. jurorsPerEntry null: every juror of the stage
 * scores every entrant outside their own agency. jurorsPerEntry k: k eligible
 * jurors per entry, the least loaded first; the valid pairs of `existing` are
 * kept and only missing pairs are added. When some entry cannot get k jurors,
 * nothing is assigned in the stage and each such entry is reported. Every
 * juror of the stage gets a key, even with zero entries; each juror's entries
 * are listed in the order of `entrants`.
 */
export function assignStage(
  c: Competition,
  stageId: string,
  entrants: string[],
  existing: Assignment = {},
  /** Juror id -> entries they withdrew from: kept in their tab, and another juror takes their place. */
  recused: Assignment = {},
  /** The competition's conflict test, when the caller has one already (its agency keys are kept). */
  conflict: ConflictTest = conflictTest(c),
): { assignment: Assignment; problems: Problem[] } {
  const stage = c.stages.find((s) => s.id === stageId);
  if (stage === undefined) throw new Error(`assignStage: unknown stage ${stageId}`);
  const taking = new Set(entrants);
  const jurors = stageJurors(c, stageId);
  // Made only when a problem needs a row: most stages report none.
  let rows: Map<string, number> | null = null;
  const entryIndex = (entryId: string): number => {
    if (rows === null) {
      rows = new Map();
      c.entries.forEach((e, i) => {
        if (!rows!.has(e.id)) rows!.set(e.id, i);
      });
    }
    return rows.get(entryId) ?? -1;
  };
  const ctx: StageContext = {
    c,
    stage,
    jurors,
    conflict,
    recused: recusedByEntry(recused),
    entrants: [...taking],
    entryById: new Map(c.entries.map((e) => [e.id, e] as const)),
    entryIndex,
    taking,
  };
  return stage.jurorsPerEntry === null ? assignEveryone(ctx) : assignK(ctx, stage.jurorsPerEntry, existing);
}

function recusedByEntry(recused: Assignment): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [jurorId, entryIds] of Object.entries(recused))
    for (const id of entryIds) out.set(id, (out.get(id) ?? new Set()).add(jurorId));
  return out;
}

function emptyAssignment(jurors: readonly Juror[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const j of jurors) out[j.id] = [];
  return out;
}

function entryName(ctx: StageContext, entryId: string): string {
  const e = ctx.entryById.get(entryId);
  return e === undefined ? entryId : titleOrId(e);
}

function entryWhere(ctx: StageContext, entryId: string) {
  return { kind: 'table' as const, table: 'entries' as const, index: ctx.entryIndex(entryId) };
}

/** Every juror of the stage scores every entrant outside their own agency. */
function assignEveryone(ctx: StageContext): { assignment: Assignment; problems: Problem[] } {
  const assignment = emptyAssignment(ctx.jurors);
  const problems: Problem[] = [];
  for (const id of ctx.entrants) {
    const eligible = eligibleJurors(ctx, id);
    for (const j of eligible) assignment[j.id]!.push(id);
    if (eligible.length === 0 && ctx.jurors.length > 0) {
      const params = {
        name: entryName(ctx, id),
        stage: nameOrId(ctx.stage),
        agency: ctx.entryById.get(id)?.agency ?? '',
      };
      problems.push(problem('assign-no-juror', 'error', entryWhere(ctx, id), params));
    }
  }
  return { assignment, problems };
}

function assignK(
  ctx: StageContext,
  k: number,
  existing: Assignment,
): { assignment: Assignment; problems: Problem[] } {
  const eligible = new Map<string, readonly Juror[]>();
  const impossible: Problem[] = [];
  for (const id of ctx.entrants) {
    const list = eligibleJurors(ctx, id);
    eligible.set(id, list);
    if (list.length < k) {
      const params = { name: entryName(ctx, id), k, stage: nameOrId(ctx.stage), eligible: list.length };
      impossible.push(problem('assign-impossible', 'error', entryWhere(ctx, id), params));
    }
  }
  if (impossible.length > 0) return { assignment: emptyAssignment(ctx.jurors), problems: impossible };

  const { pairs, problems } = keptPairs(ctx, k, existing);
  const load = new Map<string, number>(ctx.jurors.map((j) => [j.id, 0] as const));
  for (const jurors of pairs.values()) for (const j of jurors) load.set(j, (load.get(j) ?? 0) + 1);

  // A fixed pseudo-random order, so that ties between equally loaded jurors do not always favour the first one.
  const jurorHash = new Map(ctx.jurors.map((j) => [j.id, fnv1a(j.id)] as const));
  for (const id of byOptions(ctx.entrants, eligible)) {
    const chosen = pairs.get(id) ?? [];
    pairs.set(id, chosen);
    // Who was chosen before, to name the substitutes of a juror who withdrew.
    const before = ctx.recused.has(id) ? [...chosen] : chosen;
    // Only an entry that still lacks jurors needs its hash (once the tabs exist, most have theirs).
    let entryHash: number | null = null;
    while (counted(ctx, id, chosen) < k) {
      entryHash ??= fnv1a(`${ctx.stage.id}\u0000${id}`);
      const next = leastLoaded(entryHash, eligible.get(id)!, jurorHash, chosen, load);
      if (next === undefined) break;
      chosen.push(next.id);
      load.set(next.id, (load.get(next.id) ?? 0) + 1);
    }
    problems.push(...recusalProblems(ctx, id, k, chosen, before));
  }
  return { assignment: toAssignment(ctx, pairs), problems };
}

/**
 * The entrants, the most constrained first (while every juror they may have is
 * still free), in entrant order among equals: a counting sort on the number of
 * eligible jurors, which is small.
 */
function byOptions(entrants: readonly string[], eligible: ReadonlyMap<string, readonly Juror[]>): string[] {
  let most = 0;
  for (const id of entrants) most = Math.max(most, eligible.get(id)!.length);
  const start = new Int32Array(most + 2);
  for (const id of entrants) start[eligible.get(id)!.length + 1] += 1;
  for (let n = 0; n <= most; n += 1) start[n + 1] += start[n];
  const out = new Array<string>(entrants.length);
  for (const id of entrants) out[start[eligible.get(id)!.length]++] = id;
  return out;
}

/** Jurors of an entry who score it: those who withdrew keep their row but do not count. */
function counted(ctx: StageContext, entryId: string, chosen: readonly string[]): number {
  const recused = ctx.recused.get(entryId);
  if (recused === undefined) return chosen.length;
  let n = 0;
  for (const j of chosen) if (!recused.has(j)) n++;
  return n;
}

/**
 * An entry some juror withdrew from: the substitutes just chosen (their tab
 * gets the row on the next Generate), or, when nobody is left to take it, how
 * many jurors it keeps.
 */
function recusalProblems(
  ctx: StageContext,
  entryId: string,
  k: number,
  chosen: readonly string[],
  before: readonly string[],
): Problem[] {
  const withdrew = ctx.recused.get(entryId);
  if (withdrew === undefined) return [];
  const recused = [...withdrew].filter((j) => chosen.includes(j));
  if (recused.length === 0) return [];
  const name = (id: string) => {
    const j = ctx.jurors.find((x) => x.id === id);
    return j === undefined ? id : nameOrId(j);
  };
  const count = counted(ctx, entryId, chosen);
  const substitutes = chosen.filter((j) => !before.includes(j));
  const params = { entry: entryName(ctx, entryId), stage: nameOrId(ctx.stage), k };
  if (count < k) return [problem('recusal-short', 'warning', entryWhere(ctx, entryId), { ...params, count })];
  if (substitutes.length === 0) return [];
  return [
    problem('recusal-substitute', 'warning', entryWhere(ctx, entryId), {
      ...params,
      count: count - substitutes.length,
      juror: recused.map(name).join(', '),
      substitute: substitutes.map(name).join(', '),
    }),
  ];
}

/** Among the least loaded jurors not yet chosen for the entry, the one the entry's hash order puts first. */
function leastLoaded(
  entryHash: number,
  options: readonly Juror[],
  jurorHash: Map<string, number>,
  chosen: readonly string[],
  load: Map<string, number>,
): Juror | undefined {
  let best: Juror | undefined;
  let bestLoad = Infinity;
  let bestRank = Infinity;
  for (const j of options) {
    if (chosen.includes(j.id)) continue;
    const l = load.get(j.id) ?? 0;
    if (l > bestLoad) continue;
    const rank = mix(entryHash ^ jurorHash.get(j.id)!);
    if (l < bestLoad || rank < bestRank) {
      best = j;
      bestLoad = l;
      bestRank = rank;
    }
  }
  // Undefined only when every eligible juror is chosen already: jurors withdrew and none is left.
  return best;
}

/** A 32-bit finaliser (from MurmurHash3), so that xor-combined hashes still order jurors differently for each entry. */
function mix(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The pairs of `existing` that are still valid: juror of the stage, entrant,
 * no conflict, at most k per entry (the first in juror setup order are kept).
 * A pair dropped for an entry that still takes part is reported, since its
 * juror may already have scored it.
 */
function keptPairs(
  ctx: StageContext,
  k: number,
  existing: Assignment,
): { pairs: Map<string, string[]>; problems: Problem[] } {
  // An entry's jurors as a list: a handful each, where a set would cost more than it saves.
  const pairs = new Map<string, string[]>();
  const problems: Problem[] = [];
  const inStage = new Set(ctx.jurors.map((j) => j.id));
  const stage = nameOrId(ctx.stage);
  for (const j of ctx.jurors) {
    // Most jurors are in conflict with no entry: their entries need no look-up.
    const mayConflict = ctx.conflict.any(j);
    for (const entryId of existing[j.id] ?? []) {
      if (!ctx.taking.has(entryId)) continue;
      let chosen = pairs.get(entryId);
      if (chosen === undefined) pairs.set(entryId, (chosen = []));
      if (chosen.includes(j.id)) continue;
      const conflict = mayConflict ? ctx.conflict(j, ctx.entryById.get(entryId)) : null;
      if (conflict === 'agency') problems.push(pairRemoved(ctx, j, entryId, k, 'assign-pair-own-agency'));
      else if (conflict === 'declared')
        problems.push(pairRemoved(ctx, j, entryId, k, 'assign-pair-declared-conflict'));
      else if (ctx.recused.get(entryId)?.has(j.id)) chosen.push(j.id);
      else if (counted(ctx, entryId, chosen) >= k)
        problems.push(pairRemoved(ctx, j, entryId, k, 'assign-pair-surplus'));
      else chosen.push(j.id);
    }
  }
  for (const [jurorId, entryIds] of Object.entries(existing)) {
    if (inStage.has(jurorId)) continue;
    for (const entryId of entryIds) {
      if (!ctx.taking.has(entryId)) continue;
      const where = { kind: 'score' as const, stageId: ctx.stage.id, jurorId, entryId };
      const juror = ctx.c.jurors.find((x) => x.id === jurorId);
      const params = {
        juror: juror === undefined ? jurorId : nameOrId(juror),
        name: entryName(ctx, entryId),
        stage,
      };
      problems.push(problem('assign-pair-removed', 'warning', where, params));
    }
  }
  return { pairs, problems };
}

/** A kept pair dropped (conflict, declared conflict, more than k jurors), reported at its score row. */
function pairRemoved(
  ctx: StageContext,
  j: Juror,
  entryId: string,
  k: number,
  code: 'assign-pair-own-agency' | 'assign-pair-declared-conflict' | 'assign-pair-surplus',
): Problem {
  const where = { kind: 'score' as const, stageId: ctx.stage.id, jurorId: j.id, entryId };
  const params = {
    juror: nameOrId(j),
    name: entryName(ctx, entryId),
    stage: nameOrId(ctx.stage),
    agency: ctx.entryById.get(entryId)?.agency ?? '',
    k,
  };
  return problem(code, 'warning', where, params);
}

function toAssignment(ctx: StageContext, pairs: Map<string, string[]>): Assignment {
  const out = emptyAssignment(ctx.jurors);
  for (const id of ctx.entrants) for (const j of pairs.get(id) ?? []) out[j]!.push(id);
  return out;
}
