/**
 * Checks of the setup tables one by one: categories, stages, criteria, jurors
 * and entries. Ids are checked in validate.ts; here references are resolved
 * against the first row holding an id, so a duplicate id yields one problem,
 * not a cascade.
 */
import type { Competition, Criterion, Problem, Stage, TableField, Where } from './model';
import { isFiniteNumber, isOnStep, isWholeNumber, nearlyEqual, sum } from './numbers';
import { problem, type SayParams } from './say';
import { stageJurors } from './stageJurors';
import type { ProblemCode } from '../i18n/problems';

type Table = 'categories' | 'stages' | 'criteria' | 'jurors' | 'entries';

export function at<T extends Table | 'tieBreaks' | 'adjustments' | 'quotas'>(
  table: T,
  index: number,
  field?: TableField<T>,
): Where {
  const where =
    field === undefined ? { kind: 'table', table, index } : { kind: 'table', table, index, field };
  return where as Where;
}

export function error(code: ProblemCode, where: Where, params: SayParams = {}): Problem {
  return problem(code, 'error', where, params);
}

export function warning(code: ProblemCode, where: Where, params: SayParams = {}): Problem {
  return problem(code, 'warning', where, params);
}

/** What a message calls an item: its name, or its id when the name is empty. */
export function label(name: string, id: string): string {
  return name.trim() !== '' ? name.trim() : id;
}

function shown(value: unknown): string {
  return String(value);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

export function checkCategories(c: Competition): Problem[] {
  const out: Problem[] = [];
  if (c.categories.length === 0) out.push(error('no-categories', at('categories', -1)));
  const byId = new Map(c.categories.map((cat) => [cat.id, cat] as const));
  c.categories.forEach((cat, i) => {
    const name = label(cat.name, cat.id);
    if (!isWholeNumber(cat.minEntries) || cat.minEntries < 0) {
      out.push(
        error('category-min-entries', at('categories', i, 'minEntries'), {
          name,
          value: shown(cat.minEntries),
        }),
      );
    }
    if (cat.fallback === '') return;
    const target = byId.get(cat.fallback);
    const where = at('categories', i, 'fallback');
    if (cat.fallback === cat.id) out.push(error('fallback-self', where, { name }));
    else if (target === undefined)
      out.push(error('category-fallback-unknown', where, { name, value: cat.fallback }));
    else if (target.optional)
      out.push(
        error('fallback-optional', where, {
          name,
          fallback: label(target.name, target.id),
        }),
      );
  });
  return out;
}

function checkStageRule(stage: Stage, i: number, stageJurors: number): Problem[] {
  const out: Problem[] = [];
  const name = label(stage.name, stage.id);
  if (i === 0 && stage.entry.kind !== 'all') {
    out.push(error('first-stage-entry', at('stages', i, 'entry'), { name }));
  }
  if (stage.entry.kind === 'topN' && (!isWholeNumber(stage.entry.n) || stage.entry.n < 1)) {
    out.push(error('stage-top-n', at('stages', i, 'entry'), { name, value: shown(stage.entry.n) }));
  }
  if (stage.entry.kind === 'passing' && !isFiniteNumber(stage.entry.grade)) {
    out.push(
      error('stage-passing-grade', at('stages', i, 'entry'), {
        name,
        value: shown(stage.entry.grade),
      }),
    );
  }
  const k = stage.jurorsPerEntry;
  if (k !== null && (!isWholeNumber(k) || k < 1)) {
    out.push(
      error('jurors-per-entry', at('stages', i, 'jurorsPerEntry'), {
        name,
        value: shown(k),
      }),
    );
  } else if (k !== null && stageJurors > 0 && k > stageJurors) {
    out.push(
      error('jurors-per-entry-too-many', at('stages', i, 'jurorsPerEntry'), {
        name,
        k,
        jurors: stageJurors,
      }),
    );
  }
  return out;
}

export function checkStages(c: Competition): Problem[] {
  const out: Problem[] = [];
  if (c.stages.length === 0) out.push(error('no-stages', at('stages', -1)));
  c.stages.forEach((stage, i) => {
    const name = label(stage.name, stage.id);
    const jurors = stageJurors(c, stage.id).length;
    out.push(...checkStageRule(stage, i, jurors));
    if (!isFiniteNumber(stage.weight) || stage.weight < 0) {
      out.push(error('stage-weight', at('stages', i, 'weight'), { name, value: shown(stage.weight) }));
    }
    if (!c.criteria.some((cr) => cr.stageId === stage.id))
      out.push(error('stage-empty', at('stages', i), { name }));
    if (c.jurors.length > 0 && jurors === 0) out.push(error('stage-no-juror', at('stages', i), { name }));
  });
  const weights = c.stages.map((s) => s.weight);
  if (
    c.settings.finalScore === 'weighted' &&
    weights.length > 0 &&
    weights.every((w) => isFiniteNumber(w) && w >= 0)
  ) {
    const total = sum(weights);
    if (!nearlyEqual(total, 100))
      out.push(error('stage-weights-sum', at('stages', 0, 'weight'), { sum: total }));
  }
  return out;
}

function checkScale(cr: Criterion, i: number): Problem[] {
  const name = label(cr.name, cr.id);
  const where = at('criteria', i, 'scale');
  const { min, max, step } = cr.scale;
  if (!isFiniteNumber(min) || !isFiniteNumber(max) || !(min < max)) {
    return [error('scale-range', where, { name, min: shown(min), max: shown(max) })];
  }
  if (!isFiniteNumber(step) || step <= 0) return [error('scale-step', where, { name, value: shown(step) })];
  if (!isOnStep(max, min, step)) return [error('scale-step-divides', where, { name, step, min, max })];
  return [];
}

export function checkCriteria(c: Competition): Problem[] {
  const out: Problem[] = [];
  const stageIds = new Set(c.stages.map((s) => s.id));
  c.criteria.forEach((cr, i) => {
    const name = label(cr.name, cr.id);
    if (cr.stageId === '') out.push(error('criterion-stage-missing', at('criteria', i, 'stageId'), { name }));
    else if (!stageIds.has(cr.stageId))
      out.push(
        error('criterion-stage-unknown', at('criteria', i, 'stageId'), {
          name,
          value: cr.stageId,
        }),
      );
    if (!isFiniteNumber(cr.weight) || cr.weight < 0) {
      out.push(
        error('criterion-weight', at('criteria', i, 'weight'), {
          name,
          value: shown(cr.weight),
        }),
      );
    }
    out.push(...checkScale(cr, i));
  });
  for (const stage of c.stages) out.push(...checkWeightsSum(c, stage));
  return out;
}

/** Reported on the stage's first criterion row, where the secretariat reads the weights. */
function checkWeightsSum(c: Competition, stage: Stage): Problem[] {
  const rows = c.criteria.map((cr, i) => ({ cr, i })).filter(({ cr }) => cr.stageId === stage.id);
  if (rows.length === 0 || !rows.every(({ cr }) => isFiniteNumber(cr.weight) && cr.weight >= 0)) return [];
  const total = sum(rows.map(({ cr }) => cr.weight));
  if (nearlyEqual(total, 100)) return [];
  return [
    error('weights-sum', at('criteria', rows[0]!.i, 'weight'), {
      stage: label(stage.name, stage.id),
      sum: total,
    }),
  ];
}

export function checkJurors(c: Competition): Problem[] {
  const out: Problem[] = [];
  if (c.jurors.length === 0) out.push(error('no-jurors', at('jurors', -1)));
  const stageIds = new Set(c.stages.map((s) => s.id));
  const firstByEmail = new Map<string, string>();
  c.jurors.forEach((j, i) => {
    const name = label(j.name, j.id);
    const email = j.email.trim();
    const where = at('jurors', i, 'email');
    if (email === '') out.push(error('juror-email-missing', where, { name }));
    else if (!isEmail(email)) out.push(error('juror-email', where, { name, value: email }));
    else {
      const other = firstByEmail.get(email.toLowerCase());
      if (other === undefined) firstByEmail.set(email.toLowerCase(), name);
      else out.push(error('juror-email-duplicate', where, { name, other, value: email }));
    }
    for (const s of j.stages) {
      if (!stageIds.has(s))
        out.push(error('juror-stage-unknown', at('jurors', i, 'stages'), { name, value: s }));
    }
  });
  return out;
}

export function checkEntries(c: Competition): Problem[] {
  const out: Problem[] = [];
  if (!c.entries.some((e) => e.excludedReason.trim() === ''))
    out.push(error('no-entries', at('entries', -1)));
  const categoryIds = new Set(c.categories.map((cat) => cat.id));
  c.entries.forEach((e, i) => {
    const name = label(e.title, e.id);
    const where = at('entries', i, 'categoryId');
    if (e.categoryId === '') out.push(error('entry-category-missing', where, { name }));
    else if (!categoryIds.has(e.categoryId))
      out.push(error('entry-category-unknown', where, { name, value: e.categoryId }));
  });
  return out;
}
