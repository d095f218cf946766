/**
 * Which categories run, and where the entries of a dropped optional category
 * go. An entry is never dropped silently: it moves to the fallback category
 * or is reported as awaiting the secretariat's decision.
 */
import { nameOrId, titleOrId } from './names';
import type { Category, Competition, Entry, Problem } from './model';
import { problem, say } from './say';
import { planMessages } from '../i18n/setup';

export interface CategoryPlan {
  /** entry id -> id of the category it competes in; '' when its category was dropped without a fallback (awaiting the secretariat's decision). Excluded entries keep their category. */
  categoryOf: Record<string, string>;
  /** ids of the categories that run, in setup order */
  running: string[];
  /** movedTo '' = awaiting decision */
  dropped: { categoryId: string; entries: number; movedTo: string }[];
  problems: Problem[];
}

/** Titles named in a message before "and N more": enough to recognise, short enough to read. */
const TITLES_SHOWN = 5;

export function isExcluded(e: Entry): boolean {
  return e.excludedReason.trim() !== '';
}

function countByCategory(entries: readonly Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    if (isExcluded(e)) continue;
    const list = out.get(e.categoryId);
    if (list === undefined) out.set(e.categoryId, [e]);
    else list.push(e);
  }
  return out;
}

function isDropped(cat: Category, count: number): boolean {
  return cat.optional && count < cat.minEntries;
}

export function planCategories(c: Competition): CategoryPlan {
  const members = countByCategory(c.entries);
  const countOf = (id: string): number => members.get(id)?.length ?? 0;
  const droppedIds = new Set(
    c.categories.filter((cat) => isDropped(cat, countOf(cat.id))).map((cat) => cat.id),
  );
  const running = c.categories.filter((cat) => !droppedIds.has(cat.id)).map((cat) => cat.id);
  const runningIds = new Set(running);

  const dropped: CategoryPlan['dropped'] = [];
  const problems: Problem[] = [];
  const movedTo = new Map<string, string>();
  c.categories.forEach((cat, index) => {
    const count = countOf(cat.id);
    if (!droppedIds.has(cat.id)) {
      if (count < cat.minEntries) problems.push(belowMinimum(cat, index, count));
      return;
    }
    // A fallback that does not run (or does not exist) would only hide the entries: they await a decision instead.
    const to = cat.fallback !== cat.id && runningIds.has(cat.fallback) ? cat.fallback : '';
    movedTo.set(cat.id, to);
    dropped.push({ categoryId: cat.id, entries: count, movedTo: to });
    problems.push(droppedProblem(c, cat, index, members.get(cat.id) ?? [], to));
  });

  const categoryOf: Record<string, string> = {};
  for (const e of c.entries) {
    const to = movedTo.get(e.categoryId);
    categoryOf[e.id] = to === undefined || isExcluded(e) ? e.categoryId : to;
  }
  return { categoryOf, running, dropped, problems };
}

function belowMinimum(cat: Category, index: number, count: number): Problem {
  const params = { name: nameOrId(cat), count, min: cat.minEntries };
  return problem(
    'category-below-minimum',
    'warning',
    { kind: 'table', table: 'categories', index, field: 'minEntries' },
    params,
  );
}

function droppedProblem(c: Competition, cat: Category, index: number, entries: Entry[], to: string): Problem {
  const name = nameOrId(cat);
  const params = { name, count: entries.length, min: cat.minEntries };
  if (entries.length === 0) {
    return problem(
      'category-dropped-empty',
      'warning',
      { kind: 'table', table: 'categories', index, field: 'minEntries' },
      params,
    );
  }
  if (to !== '') {
    const target = c.categories.find((x) => x.id === to);
    return problem(
      'category-dropped',
      'warning',
      { kind: 'table', table: 'categories', index, field: 'minEntries' },
      {
        ...params,
        to: target === undefined ? to : nameOrId(target),
      },
    );
  }
  return problem(
    'category-awaiting-decision',
    'warning',
    { kind: 'table', table: 'categories', index, field: 'fallback' },
    {
      ...params,
      titles: titleList(entries),
    },
  );
}

function titleList(entries: readonly Entry[]) {
  const titles = entries.map((e) => `"${titleOrId(e)}"`);
  if (titles.length <= TITLES_SHOWN) return titles.join(', ');
  return say(planMessages, 'andMore', {
    list: titles.slice(0, TITLES_SHOWN).join(', '),
    count: titles.length - TITLES_SHOWN,
  });
}
