/**
 * Who takes part in a later stage is fixed when its juror tabs are
 * generated: changing the method, the cut or an earlier score afterwards
 * must not silently drop an entry's scores of that stage. The stage keeps
 * its recorded entrants (less entries the secretariat excluded since); what
 * the Setup would now pick instead is reported, and applied only when the
 * secretariat confirms the new cut.
 */
import type { Competition, Problem, ScoreSheet, Stage, Text, Where } from './model';
import { isExcluded } from './categories';
import { quotasFor } from './validateQuotas';
import { entrantsMessages } from '../i18n/entrants';
import { outputMessages } from '../i18n/output';
import { problem, say } from './say';

/** One later stage as recorded when its tabs were generated. */
export interface FrozenStage {
  stageId: string;
  /** In the Setup's entry order. */
  entrants: string[];
  /** The method and the entry rule in force then (see methodKey, ruleKey). */
  method: string;
  rule: string;
  /** Not recorded: read from the stage's juror tabs (a stage generated under "every entry", or before records were kept). */
  fromTabs?: boolean;
}

/** stage id -> its record. Plain data, as it crosses the shells. */
export type FrozenEntrants = Record<string, FrozenStage>;

/** What the Setup would now pick for a frozen stage, against what it keeps. */
export interface CutChange {
  enter: string[];
  leave: string[];
}

export function methodKey(c: Competition): string {
  const m = c.settings.method;
  return m === 'zscore' ? `zscore/${c.settings.zscoreMinEntries}` : m;
}

export function ruleKey(c: Competition, stage: Stage): string {
  const r = stage.entry;
  const base = r.kind === 'all' ? 'all' : r.kind === 'passing' ? `passing/${r.grade}` : `${r.kind}/${r.n}`;
  if (r.kind !== 'quota') return base;
  const quotas = quotasFor(c, stage.id).map((q) => `${q.column}=${q.value}:${q.min}-${q.max ?? ''}`);
  return [base, ...quotas].join(';');
}

export function recordOf(c: Competition, stage: Stage, entrants: readonly string[]): FrozenStage {
  return { stageId: stage.id, entrants: [...entrants], method: methodKey(c), rule: ruleKey(c, stage) };
}

/**
 * The entrants a frozen stage keeps: the recorded ones still in the previous
 * stage and not excluded, in the Setup's order.
 */
export function keptEntrants(c: Competition, record: FrozenStage, previous: readonly string[]): string[] {
  const recorded = new Set(record.entrants);
  const before = new Set(previous);
  return c.entries.filter((e) => recorded.has(e.id) && before.has(e.id) && !isExcluded(e)).map((e) => e.id);
}

export function cutChange(kept: readonly string[], computed: readonly string[]): CutChange | null {
  const k = new Set(kept);
  const n = new Set(computed);
  const enter = computed.filter((id) => !k.has(id));
  const leave = kept.filter((id) => !n.has(id));
  return enter.length + leave.length === 0 ? null : { enter, leave };
}

function methodText(key: string): Text {
  const [m, n] = key.split('/');
  if (m === 'zscore') return say(entrantsMessages, 'method.zscore', { n: n ?? '' });
  const k = `method.${m}` as keyof (typeof outputMessages)['id'];
  return outputMessages.id[k] === undefined
    ? { id: key, en: key }
    : { id: outputMessages.id[k], en: outputMessages.en[k] };
}

function ruleText(key: string): Text {
  const [head, ...quotas] = key.split(';');
  const [kind, value] = head.split('/');
  const rule =
    kind === 'topN'
      ? say(entrantsMessages, 'rule.topN', { n: value })
      : kind === 'passing'
        ? say(entrantsMessages, 'rule.passing', { grade: value })
        : kind === 'quota'
          ? say(entrantsMessages, 'rule.quota', { n: value })
          : kind === 'all'
            ? say(entrantsMessages, 'rule.all')
            : { id: key, en: key };
  return quotas.length === 0
    ? rule
    : say(entrantsMessages, 'rule.withQuotas', { rule, quotas: quotas.join(', ') });
}

/**
 * The record a later stage keeps, or null when it follows the previous
 * stage: no record, or a record of "every entry" while its rule still takes every entry.
 */
export function recordFor(stage: Stage, frozen: FrozenEntrants): FrozenStage | null {
  const kept = Object.prototype.hasOwnProperty.call(frozen, stage.id) ? frozen[stage.id] : null;
  if (stage.entry.kind === 'all') return kept && kept.rule !== 'all' ? kept : null;
  return kept;
}

/**
 * The records, with one read from the juror tabs for each later stage whose
 * rule now cuts and whose tabs exist without a record (it was generated
 * taking every entry, or before records were kept): who took part is who
 * its tabs list.
 */
export function withTabRecords(
  c: Competition,
  frozen: FrozenEntrants,
  sheets: readonly ScoreSheet[],
): FrozenEntrants {
  const out: FrozenEntrants = { ...frozen };
  c.stages.forEach((stage, index) => {
    if (index === 0 || stage.entry.kind === 'all' || Object.prototype.hasOwnProperty.call(out, stage.id))
      return;
    const tabs = sheets.filter((s) => s.stageId === stage.id);
    if (tabs.length === 0) return;
    const listed = new Set(tabs.flatMap((t) => t.rows.map((r) => r.entryId)));
    const entrants = c.entries.filter((e) => listed.has(e.id)).map((e) => e.id);
    out[stage.id] = { stageId: stage.id, entrants, method: methodKey(c), rule: 'all', fromTabs: true };
  });
  return out;
}

/** The Setup cell that changed since the stage was frozen, and what to say of it. */
function whatChanged(c: Competition, index: number, record: FrozenStage): { where: Where; why: Text } {
  const stage = c.stages[index];
  if (record.fromTabs)
    return {
      where: { kind: 'table', table: 'stages', index, field: 'entry' },
      why: say(entrantsMessages, 'changed.tabs', { after: ruleText(ruleKey(c, stage)) }),
    };
  const method = methodKey(c);
  if (record.method !== method)
    return {
      where: {
        kind: 'setting',
        field: record.method.split('/')[0] === c.settings.method ? 'zscoreMinEntries' : 'method',
      },
      why: say(entrantsMessages, 'changed.method', {
        before: methodText(record.method),
        after: methodText(method),
      }),
    };
  const rule = ruleKey(c, stage);
  const entryField =
    stage.entry.kind === 'all' || record.rule.split(/[/;]/)[0] !== stage.entry.kind ? 'entry' : 'entryNumber';
  if (record.rule !== rule)
    return {
      where:
        record.rule.split(';')[0] === rule.split(';')[0]
          ? { kind: 'table', table: 'quotas', index: -1 }
          : { kind: 'table', table: 'stages', index, field: entryField },
      why: say(entrantsMessages, 'changed.rule', { before: ruleText(record.rule), after: ruleText(rule) }),
    };
  return {
    where: { kind: 'table', table: 'stages', index, field: 'entry' },
    why: say(entrantsMessages, 'changed.scores', { previous: c.stages[index - 1]?.name ?? '' }),
  };
}

function entryList(c: Competition, ids: readonly string[]): Text {
  if (ids.length === 0) return say(entrantsMessages, 'none');
  const titles = new Map(c.entries.map((e) => [e.id, e.title]));
  const text = ids.map((id) => (titles.get(id) ? `${id} (${titles.get(id)})` : id)).join(', ');
  return { id: text, en: text };
}

/** The warning Check, Generate and Compute ranking give for a frozen stage the Setup would now cut differently. */
export function cutProblem(
  c: Competition,
  index: number,
  record: FrozenStage,
  kept: readonly string[],
  change: CutChange,
): Problem {
  const { where, why } = whatChanged(c, index, record);
  return problem('stage-cut-changed', 'warning', where, {
    stage: c.stages[index].name,
    why,
    enter: entryList(c, change.enter),
    leave: entryList(c, change.leave),
    count: kept.length,
  });
}
