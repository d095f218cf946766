/**
 * Which entries take part in a stage, and which juror scores which entry.
 * Assignment is deterministic and stable: what the juror tabs already hold is
 * kept, so adding an entry later never reshuffles work already under way.
 */
import type { Assignment, Competition, Entry, Juror, Problem, Stage } from './model';
import type { CategoryPlan } from './categories';
import { isExcluded } from './categories';
import { atLeast, isFiniteNumber } from './numbers';
import { problem, say } from './say';
import { planMessages } from '../i18n/setup';

/** Entries that take part in stage `stageIndex` (0-based into c.stages), in setup entry order. Stage 0: every non-excluded entry. Later stages follow stage.entry: 'all' = those that took part in the previous stage; 'topN' = best n per category (use plan.categoryOf) by previous-stage score, keeping everyone tied with the n-th; 'passing' = previous score >= grade. previousScores maps entry id -> that entry's score in the previous stage (null or absent = not scored: does not advance). */
export function stageEntrants(
  c: Competition,
  plan: CategoryPlan,
  stageIndex: number,
  previousEntrants: string[],
  previousScores: Record<string, number | null>,
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
  const advancing = bestPerCategory(candidates, plan, scoreOf, rule.n);
  return candidates.filter((e) => advancing.has(e.id)).map((e) => e.id);
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

/** Agencies are typed by hand: "Dinas  Kominfo" and "dinas kominfo" are the same agency. */
export function agencyKey(agency: string): string {
  return agency.toLowerCase().replace(/\s+/g, '');
}

/** A juror never scores an entry of their own agency; an empty agency conflicts with nothing. */
export function isConflict(juror: Juror, entry: Pick<Entry, 'agency'> | undefined): boolean {
  if (entry === undefined) return false;
  const a = agencyKey(juror.agency);
  return a !== '' && a === agencyKey(entry.agency);
}

export function stageJurors(c: Competition, stageId: string): Juror[] {
  return c.jurors.filter((j) => j.stages.length === 0 || j.stages.includes(stageId));
}

interface StageContext {
  c: Competition;
  stage: Stage;
  jurors: Juror[];
  entrants: string[];
  entryById: Map<string, Entry>;
  entryIndex: Map<string, number>;
  /** Position of each entrant, to list a juror's entries in entrant order. */
  position: Map<string, number>;
  /** Juror id -> agency key, computed once: national stages compare 3,000 entries with every juror. */
  jurorAgency: Map<string, string>;
}

function eligibleJurors(ctx: StageContext, entryId: string): Juror[] {
  const entry = ctx.entryById.get(entryId);
  const key = entry === undefined ? '' : agencyKey(entry.agency);
  if (key === '') return ctx.jurors;
  return ctx.jurors.filter((j) => ctx.jurorAgency.get(j.id) !== key);
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
): { assignment: Assignment; problems: Problem[] } {
  const stage = c.stages.find((s) => s.id === stageId);
  if (stage === undefined) throw new Error(`assignStage: unknown stage ${stageId}`);
  const unique = [...new Set(entrants)];
  const jurors = stageJurors(c, stageId);
  const ctx: StageContext = {
    c,
    stage,
    jurors,
    jurorAgency: new Map(jurors.map((j) => [j.id, agencyKey(j.agency)] as const)),
    entrants: unique,
    entryById: new Map(c.entries.map((e) => [e.id, e] as const)),
    // Reversed so that, with a duplicate id, the first row wins (as in validation).
    entryIndex: new Map(c.entries.map((e, i) => [e.id, i] as const).reverse()),
    position: new Map(unique.map((id, i) => [id, i] as const)),
  };
  return stage.jurorsPerEntry === null ? assignEveryone(ctx) : assignK(ctx, stage.jurorsPerEntry, existing);
}

function emptyAssignment(jurors: readonly Juror[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const j of jurors) out[j.id] = [];
  return out;
}

function stageName(stage: Stage): string {
  return stage.name.trim() || stage.id;
}

function entryName(ctx: StageContext, entryId: string): string {
  const e = ctx.entryById.get(entryId);
  return e === undefined ? entryId : e.title.trim() || e.id;
}

function entryWhere(ctx: StageContext, entryId: string) {
  return { kind: 'table' as const, table: 'entries' as const, index: ctx.entryIndex.get(entryId) ?? -1 };
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
        stage: stageName(ctx.stage),
        agency: ctx.entryById.get(id)?.agency ?? '',
      };
      problems.push(
        problem(
          'assign-impossible',
          'error',
          entryWhere(ctx, id),
          say(planMessages, 'assignNoJuror', params),
        ),
      );
    }
  }
  return { assignment, problems };
}

/** FNV-1a: a fixed pseudo-random order, so that ties between equally loaded jurors do not always favour the first one. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function assignK(
  ctx: StageContext,
  k: number,
  existing: Assignment,
): { assignment: Assignment; problems: Problem[] } {
  const eligible = new Map<string, Juror[]>();
  const impossible: Problem[] = [];
  for (const id of ctx.entrants) {
    const list = eligibleJurors(ctx, id);
    eligible.set(id, list);
    if (list.length < k) {
      const params = { name: entryName(ctx, id), k, stage: stageName(ctx.stage), eligible: list.length };
      impossible.push(
        problem(
          'assign-impossible',
          'error',
          entryWhere(ctx, id),
          say(planMessages, 'assignImpossible', params),
        ),
      );
    }
  }
  if (impossible.length > 0) return { assignment: emptyAssignment(ctx.jurors), problems: impossible };

  const { pairs, problems } = keptPairs(ctx, k, existing);
  const load = new Map<string, number>(ctx.jurors.map((j) => [j.id, 0] as const));
  for (const jurors of pairs.values()) for (const j of jurors) load.set(j, (load.get(j) ?? 0) + 1);

  // The most constrained entries choose first, while every juror they may have is still free.
  const order = ctx.entrants
    .map((id, i) => ({ id, i, options: eligible.get(id)!.length }))
    .sort((a, b) => a.options - b.options || a.i - b.i);
  const jurorHash = new Map(ctx.jurors.map((j) => [j.id, hash(j.id)] as const));
  for (const { id } of order) {
    const chosen = pairs.get(id) ?? new Set<string>();
    pairs.set(id, chosen);
    const entryHash = hash(`${ctx.stage.id}\u0000${id}`);
    while (chosen.size < k) {
      const next = leastLoaded(entryHash, eligible.get(id)!, jurorHash, chosen, load);
      chosen.add(next.id);
      load.set(next.id, (load.get(next.id) ?? 0) + 1);
    }
  }
  return { assignment: toAssignment(ctx, pairs), problems };
}

/** Among the least loaded jurors not yet chosen for the entry, the one the entry's hash order puts first. */
function leastLoaded(
  entryHash: number,
  options: Juror[],
  jurorHash: Map<string, number>,
  chosen: Set<string>,
  load: Map<string, number>,
): Juror {
  let best: Juror | undefined;
  let bestLoad = Infinity;
  let bestRank = Infinity;
  for (const j of options) {
    if (chosen.has(j.id)) continue;
    const l = load.get(j.id) ?? 0;
    if (l > bestLoad) continue;
    const rank = mix(entryHash ^ jurorHash.get(j.id)!);
    if (l < bestLoad || rank < bestRank) {
      best = j;
      bestLoad = l;
      bestRank = rank;
    }
  }
  if (best === undefined) throw new Error('leastLoaded: feasibility was checked before');
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
): { pairs: Map<string, Set<string>>; problems: Problem[] } {
  const pairs = new Map<string, Set<string>>();
  const problems: Problem[] = [];
  const inStage = new Set(ctx.jurors.map((j) => j.id));
  const stage = stageName(ctx.stage);
  for (const j of ctx.jurors) {
    for (const entryId of existing[j.id] ?? []) {
      if (!ctx.position.has(entryId)) continue;
      const entry = ctx.entryById.get(entryId);
      const chosen = pairs.get(entryId) ?? new Set<string>();
      pairs.set(entryId, chosen);
      const params = {
        juror: j.name.trim() || j.id,
        name: entryName(ctx, entryId),
        stage,
        agency: entry?.agency ?? '',
        k,
      };
      const where = { kind: 'score' as const, stageId: ctx.stage.id, jurorId: j.id, entryId };
      if (chosen.has(j.id)) continue;
      if (isConflict(j, entry))
        problems.push(
          problem('assign-pair-removed', 'warning', where, say(planMessages, 'pairConflict', params)),
        );
      else if (chosen.size >= k)
        problems.push(
          problem('assign-pair-removed', 'warning', where, say(planMessages, 'pairSurplus', params)),
        );
      else chosen.add(j.id);
    }
  }
  for (const [jurorId, entryIds] of Object.entries(existing)) {
    if (inStage.has(jurorId)) continue;
    for (const entryId of entryIds) {
      if (!ctx.position.has(entryId)) continue;
      const where = { kind: 'score' as const, stageId: ctx.stage.id, jurorId, entryId };
      const juror = ctx.c.jurors.find((x) => x.id === jurorId);
      const params = {
        juror: juror === undefined ? jurorId : juror.name.trim() || jurorId,
        name: entryName(ctx, entryId),
        stage,
      };
      problems.push(
        problem('assign-pair-removed', 'warning', where, say(planMessages, 'pairJurorGone', params)),
      );
    }
  }
  return { pairs, problems };
}

function toAssignment(ctx: StageContext, pairs: Map<string, Set<string>>): Assignment {
  const out = emptyAssignment(ctx.jurors);
  for (const id of ctx.entrants) for (const j of pairs.get(id) ?? []) out[j]!.push(id);
  return out;
}
