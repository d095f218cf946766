/**
 * Checks of "the best N with a composition": the stage rule and the final
 * advancement that use it, and the composition table (core/quota.ts).
 */
import type { Competition, Problem, Quota, QuotaColumn, Text } from './model';
import { isWholeNumber } from './numbers';
import { groupKey } from './quota';
import { say } from './say';
import { at, error, label, warning } from './validateTables';
import { setupMessages, type SetupMessage } from '../i18n/setup';

const COLUMN_WORD: Record<QuotaColumn, SetupMessage> = {
  category: 'quotaByCategory',
  group: 'quotaByGroup',
  region: 'quotaByRegion',
};

function columnWord(column: QuotaColumn): Text {
  return say(setupMessages, COLUMN_WORD[column]);
}

/** The value of an entry that a quota column counts. */
export function quotaValueOf(
  entry: { categoryId: string; group?: string; region?: string },
  column: QuotaColumn,
): string {
  if (column === 'category') return entry.categoryId;
  return (column === 'group' ? entry.group : entry.region) ?? '';
}

/** The composition rows of one rule: a stage id, or '' for the final advancement. */
export function quotasFor(c: Competition, appliesTo: string): Quota[] {
  return (c.quotas ?? []).filter((q) => q.appliesTo.trim() === appliesTo);
}

export function checkQuotas(c: Competition): Problem[] {
  const out: Problem[] = [];
  const overall = c.settings.advanceOverallN ?? null;
  if (overall !== null && (!isWholeNumber(overall) || overall < 1))
    out.push(
      error(
        'advance-overall-n',
        { kind: 'setting', field: 'advanceOverallN' },
        {
          value: String(overall),
        },
      ),
    );
  if (overall !== null && c.settings.advanceTopN !== null)
    out.push(error('advance-both-rules', { kind: 'setting', field: 'advanceOverallN' }));
  c.stages.forEach((stage, i) => {
    if (stage.entry.kind === 'quota' && (!isWholeNumber(stage.entry.n) || stage.entry.n < 1))
      out.push(
        error('stage-quota-n', at('stages', i, 'entry'), {
          name: label(stage.name, stage.id),
          value: String(stage.entry.n),
        }),
      );
  });

  const stages = new Map(c.stages.map((s) => [s.id, s] as const));
  /** Per rule: the first row, its column, and the first row of each value. */
  const rules = new Map<string, { first: number; column: QuotaColumn; values: Map<string, number> }>();
  const present: Record<QuotaColumn, Set<string>> = {
    category: new Set(),
    group: new Set(),
    region: new Set(),
  };
  for (const e of c.entries)
    for (const column of ['category', 'group', 'region'] as const)
      present[column].add(groupKey(quotaValueOf(e, column)));

  (c.quotas ?? []).forEach((q, i) => {
    const row = i + 1;
    const appliesTo = q.appliesTo.trim();
    if (appliesTo === '' && overall === null)
      out.push(error('quota-final-without-rule', at('quotas', i, 'appliesTo'), { row }));
    if (appliesTo !== '') {
      const stage = stages.get(appliesTo);
      if (stage === undefined)
        out.push(
          error('quota-applies-to-unknown', at('quotas', i, 'appliesTo'), {
            row,
            value: appliesTo,
          }),
        );
      else if (stage.entry.kind !== 'quota')
        out.push(
          error('quota-applies-to-rule', at('quotas', i, 'appliesTo'), {
            row,
            name: label(stage.name, stage.id),
          }),
        );
    }
    if (!isWholeNumber(q.min) || q.min < 0)
      out.push(error('quota-min', at('quotas', i, 'min'), { row, value: String(q.min) }));
    if (q.max !== null && (!isWholeNumber(q.max) || q.max < Math.max(0, q.min)))
      out.push(error('quota-max', at('quotas', i, 'max'), { row, min: q.min, value: String(q.max) }));
    const rule = rules.get(appliesTo);
    if (rule === undefined) rules.set(appliesTo, { first: i, column: q.column, values: new Map() });
    else if (rule.column !== q.column)
      out.push(
        error('quota-mixed-columns', at('quotas', i, 'column'), {
          row,
          column: columnWord(q.column),
          first: rule.first + 1,
          firstColumn: columnWord(rule.column),
        }),
      );
    const key = groupKey(q.value);
    if (key === '') {
      out.push(error('quota-value-missing', at('quotas', i, 'value'), { row }));
      return;
    }
    const values = rules.get(appliesTo)!.values;
    const first = values.get(key);
    if (first !== undefined)
      out.push(
        error('quota-duplicate', at('quotas', i, 'value'), {
          row,
          value: q.value,
          first: first + 1,
        }),
      );
    else values.set(key, i);
    if (c.entries.length > 0 && !present[q.column].has(key))
      out.push(
        warning('quota-value-unused', at('quotas', i, 'value'), {
          row,
          column: columnWord(q.column),
          value: q.value,
        }),
      );
  });

  for (const [appliesTo, rule] of rules) {
    const stage = stages.get(appliesTo);
    const n = appliesTo === '' ? overall : stage?.entry.kind === 'quota' ? stage.entry.n : null;
    if (n === null || !isWholeNumber(n)) continue;
    const total = quotasFor(c, appliesTo).reduce((sum, q) => sum + (isWholeNumber(q.min) ? q.min : 0), 0);
    if (total > n) {
      const ruleName =
        appliesTo === ''
          ? say(setupMessages, 'quotaRuleFinal')
          : say(setupMessages, 'quotaRuleStage', { name: label(stage!.name, stage!.id) });
      out.push(
        error('quota-mins-too-many', at('quotas', rule.first, 'min'), {
          rule: ruleName,
          total,
          n,
        }),
      );
    }
  }
  return out;
}
