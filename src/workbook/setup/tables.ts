/**
 * The tables of the Setup sheet, each with how a model item becomes a row
 * (write) and how a row becomes an item again (read), side by side: the round
 * trip of one table reads in one screen.
 */
import type {
  Adjustment,
  Category,
  Conflict,
  Criterion,
  Entry,
  Juror,
  Quota,
  Stage,
  StageEntryRule,
  TieBreak,
} from '../../core/model';
import {
  ACTIONS,
  ENTRY_RULES,
  JUROR_ROLES,
  QUOTA_COLUMNS,
  TIE_BREAK_KINDS,
  YES_NO,
  choiceLabel,
  shown,
  type FieldReader,
  type TableDef,
  type TableName,
} from './layout';

const IDS = /[,;]+/;

export const categoryTable: TableDef<Category, 'id' | 'name' | 'optional' | 'minEntries' | 'fallback'> = {
  name: 'categories',
  columns: [
    { field: 'id', label: 'col.id', required: true, text: true },
    { field: 'name', label: 'col.name', required: true, text: true },
    { field: 'optional', label: 'col.optional', required: false, choices: YES_NO },
    { field: 'minEntries', label: 'col.minEntries', required: false, note: 'note.minEntries' },
    {
      field: 'fallback',
      label: 'col.fallback',
      required: false,
      text: true,
      note: 'note.fallback',
      idsOf: 'categories',
    },
  ],
  items: (c) => c.categories,
  write: (cat, lang) => ({
    id: cat.id,
    name: cat.name,
    optional: choiceLabel(YES_NO, cat.optional, lang),
    minEntries: shown(cat.minEntries),
    fallback: cat.fallback,
  }),
  read: (r) => ({
    id: r.text('id'),
    name: r.text('name'),
    optional: r.yesNo('optional', false),
    minEntries: r.number('minEntries', 0),
    fallback: r.text('fallback'),
  }),
};

type StageField =
  'id' | 'name' | 'weight' | 'entry' | 'entryNumber' | 'jurorsPerEntry' | 'deadline' | 'blind';

function entryNumber(rule: StageEntryRule): number | null {
  return rule.kind === 'topN' || rule.kind === 'quota' ? rule.n : rule.kind === 'passing' ? rule.grade : null;
}

function readEntryRule(r: FieldReader<StageField>): StageEntryRule {
  const kind = r.choice('entry', ENTRY_RULES, 'all') ?? 'all';
  if (kind === 'topN') return { kind, n: r.requiredNumber('entryNumber') };
  if (kind === 'quota') return { kind, n: r.requiredNumber('entryNumber') };
  if (kind === 'passing') return { kind, grade: r.requiredNumber('entryNumber') };
  return { kind: 'all' };
}

export const stageTable: TableDef<Stage, StageField> = {
  name: 'stages',
  columns: [
    { field: 'id', label: 'col.id', required: true, text: true },
    { field: 'name', label: 'col.name', required: true, text: true },
    { field: 'weight', label: 'col.weight', required: true, note: 'note.weight' },
    { field: 'entry', label: 'col.entryRule', required: false, choices: ENTRY_RULES },
    { field: 'entryNumber', label: 'col.entryNumber', required: false, note: 'note.entryNumber' },
    { field: 'jurorsPerEntry', label: 'col.jurorsPerEntry', required: false, note: 'note.jurorsPerEntry' },
    { field: 'deadline', label: 'col.deadline', required: false, text: true, note: 'note.deadline' },
    { field: 'blind', label: 'col.blind', required: false, choices: YES_NO, note: 'note.blind' },
  ],
  items: (c) => c.stages,
  write: (s, lang) => ({
    id: s.id,
    name: s.name,
    weight: shown(s.weight),
    entry: choiceLabel(ENTRY_RULES, s.entry.kind, lang),
    entryNumber: shown(entryNumber(s.entry)),
    jurorsPerEntry: shown(s.jurorsPerEntry),
    deadline: s.deadline ?? '',
    blind: choiceLabel(YES_NO, s.blind === true, lang),
  }),
  // Optional fields left blank stay absent, as in a model made in code.
  // A blank weight counts as 0: harmless when the final score is the last stage, and reported by the sum check otherwise.
  read: (r) => ({
    id: r.text('id'),
    name: r.text('name'),
    weight: r.number('weight', 0),
    entry: readEntryRule(r),
    jurorsPerEntry: r.nullableNumber('jurorsPerEntry'),
    deadline: r.date('deadline') || undefined,
    blind: r.yesNo('blind', false) || undefined,
  }),
};

type CriterionField = 'id' | 'stageId' | 'name' | 'weight' | 'min' | 'max' | 'step';

export const criterionTable: TableDef<Criterion, CriterionField> = {
  name: 'criteria',
  columns: [
    { field: 'id', label: 'col.id', required: true, text: true },
    { field: 'stageId', label: 'col.stageId', required: true, text: true, idsOf: 'stages' },
    { field: 'name', label: 'col.name', required: true, text: true },
    { field: 'weight', label: 'col.weight', required: true, note: 'note.weight' },
    { field: 'min', label: 'col.min', required: true },
    { field: 'max', label: 'col.max', required: true },
    { field: 'step', label: 'col.step', required: false },
  ],
  aliases: { scale: 'min' },
  items: (c) => c.criteria,
  write: (cr) => ({
    id: cr.id,
    stageId: cr.stageId,
    name: cr.name,
    weight: shown(cr.weight),
    min: shown(cr.scale.min),
    max: shown(cr.scale.max),
    step: shown(cr.scale.step),
  }),
  read: (r) => ({
    id: r.text('id'),
    stageId: r.text('stageId'),
    name: r.text('name'),
    weight: r.number('weight', 0),
    scale: { min: r.requiredNumber('min'), max: r.requiredNumber('max'), step: r.number('step', 1) },
  }),
};

export const jurorTable: TableDef<
  Juror,
  'id' | 'name' | 'email' | 'agency' | 'stages' | 'role' | 'nip' | 'phone'
> = {
  name: 'jurors',
  columns: [
    { field: 'id', label: 'col.id', required: true, text: true },
    { field: 'name', label: 'col.name', required: true, text: true },
    { field: 'email', label: 'col.email', required: true, text: true },
    { field: 'agency', label: 'col.agency', required: false, text: true, note: 'note.agency' },
    { field: 'stages', label: 'col.jurorStages', required: false, text: true, note: 'note.jurorStages' },
    { field: 'role', label: 'col.role', required: false, choices: JUROR_ROLES, note: 'note.role' },
    { field: 'nip', label: 'col.nip', required: false, text: true, note: 'note.nip' },
    { field: 'phone', label: 'col.phone', required: false, text: true, note: 'note.phone' },
  ],
  items: (c) => c.jurors,
  write: (j, lang) => ({
    id: j.id,
    name: j.name,
    email: j.email,
    agency: j.agency,
    stages: j.stages.join(', '),
    role: choiceLabel(JUROR_ROLES, j.role ?? 'member', lang),
    nip: j.nip ?? '',
    phone: j.phone ?? '',
  }),
  read: (r) => ({
    id: r.text('id'),
    name: r.text('name'),
    email: r.text('email'),
    agency: r.text('agency'),
    stages: r.list('stages', IDS),
    role: r.choice('role', JUROR_ROLES, 'member') ?? 'member',
    nip: r.text('nip'),
    phone: r.text('phone') || undefined,
  }),
};

export const entryTable: TableDef<
  Entry,
  'id' | 'title' | 'agency' | 'categoryId' | 'excludedReason' | 'group' | 'region'
> = {
  name: 'entries',
  columns: [
    { field: 'id', label: 'col.id', required: true, text: true },
    { field: 'title', label: 'col.title', required: true, text: true },
    { field: 'agency', label: 'col.agency', required: false, text: true },
    { field: 'categoryId', label: 'col.categoryId', required: true, text: true, idsOf: 'categories' },
    {
      field: 'excludedReason',
      label: 'col.excludedReason',
      required: false,
      text: true,
      note: 'note.excludedReason',
    },
    { field: 'group', label: 'col.group', required: false, text: true, note: 'note.group' },
    { field: 'region', label: 'col.region', required: false, text: true, note: 'note.region' },
  ],
  items: (c) => c.entries,
  write: (e) => ({
    id: e.id,
    title: e.title,
    agency: e.agency,
    categoryId: e.categoryId,
    excludedReason: e.excludedReason,
    group: e.group ?? '',
    region: e.region ?? '',
  }),
  read: (r) => ({
    id: r.text('id'),
    title: r.text('title'),
    agency: r.text('agency'),
    categoryId: r.text('categoryId'),
    excludedReason: r.text('excludedReason'),
    group: r.text('group') || undefined,
    region: r.text('region') || undefined,
  }),
};

type TieBreakField = 'kind' | 'stageId' | 'criterionId';

export const tieBreakTable: TableDef<TieBreak, TieBreakField> = {
  name: 'tieBreaks',
  columns: [
    {
      field: 'kind',
      label: 'col.tieBreakKind',
      required: true,
      choices: TIE_BREAK_KINDS,
      note: 'note.tieBreakKind',
    },
    { field: 'stageId', label: 'col.stageId', required: true, text: true, idsOf: 'stages' },
    { field: 'criterionId', label: 'col.criterionId', required: false, text: true, idsOf: 'criteria' },
  ],
  items: (c) => c.settings.tieBreaks,
  write: (tb, lang) => ({
    kind: choiceLabel(TIE_BREAK_KINDS, tb.kind, lang),
    stageId: tb.stageId,
    criterionId: tb.kind === 'criterion' ? tb.criterionId : '',
  }),
  // A blank kind is clear from the row: a criterion id names a criterion tie-break.
  read: (r) => {
    const guess = r.blank('criterionId') ? 'stage' : 'criterion';
    const kind = r.choice('kind', TIE_BREAK_KINDS, guess);
    const stageId = r.text('stageId');
    if (kind === 'criterion') return { kind, stageId, criterionId: r.text('criterionId') };
    if (kind === 'stage') return { kind, stageId };
    return null;
  },
};

type AdjustmentField = 'entryId' | 'kind' | 'value' | 'reason';

export const adjustmentTable: TableDef<Adjustment, AdjustmentField> = {
  name: 'adjustments',
  columns: [
    { field: 'entryId', label: 'col.entryId', required: true, text: true, idsOf: 'entries' },
    { field: 'kind', label: 'col.action', required: true, choices: ACTIONS },
    { field: 'value', label: 'col.adjustValue', required: false, note: 'note.adjustValue' },
    { field: 'reason', label: 'col.reason', required: true, text: true },
  ],
  aliases: { toPlace: 'value', advances: 'value' },
  items: (c) => c.adjustments,
  write: (a, lang) => ({
    entryId: a.entryId,
    kind: choiceLabel(ACTIONS, a.kind, lang),
    value:
      a.kind === 'move'
        ? shown(a.toPlace)
        : a.kind === 'advance'
          ? choiceLabel(YES_NO, a.advances, lang)
          : null,
    reason: a.reason,
  }),
  read: (r) => {
    const entryId = r.text('entryId');
    const reason = r.text('reason');
    const kind = r.blank('kind') ? r.missing('kind') : r.choice('kind', ACTIONS, 'exclude');
    if (kind === 'move') return { kind, entryId, toPlace: r.requiredNumber('value'), reason };
    if (kind === 'exclude') return { kind, entryId, reason };
    if (kind === 'advance') {
      if (r.blank('value')) {
        r.missing('value');
        return null;
      }
      return { kind, entryId, advances: r.yesNo('value', true), reason };
    }
    return null;
  },
};

export const conflictTable: TableDef<Conflict, 'jurorId' | 'entryId' | 'reason'> = {
  name: 'conflicts',
  columns: [
    {
      field: 'jurorId',
      label: 'col.conflictJurorId',
      required: true,
      text: true,
      idsOf: 'jurors',
      note: 'note.conflict',
    },
    { field: 'entryId', label: 'col.entryId', required: true, text: true, idsOf: 'entries' },
    { field: 'reason', label: 'col.reason', required: true, text: true },
  ],
  items: (c) => c.conflicts,
  write: (x) => ({ jurorId: x.jurorId, entryId: x.entryId, reason: x.reason }),
  read: (r) => ({ jurorId: r.text('jurorId'), entryId: r.text('entryId'), reason: r.text('reason') }),
};

type QuotaField = 'appliesTo' | 'column' | 'value' | 'min' | 'max';

export const quotaTable: TableDef<Quota, QuotaField> = {
  name: 'quotas',
  columns: [
    { field: 'appliesTo', label: 'col.appliesTo', required: false, text: true, note: 'note.appliesTo' },
    { field: 'column', label: 'col.quotaColumn', required: true, choices: QUOTA_COLUMNS },
    { field: 'value', label: 'col.quotaValue', required: true, text: true },
    { field: 'min', label: 'col.quotaMin', required: false },
    { field: 'max', label: 'col.quotaMax', required: false, note: 'note.quotaMax' },
  ],
  items: (c) => c.quotas ?? [],
  write: (q, lang) => ({
    appliesTo: q.appliesTo,
    column: choiceLabel(QUOTA_COLUMNS, q.column, lang),
    value: q.value,
    min: shown(q.min),
    max: shown(q.max),
  }),
  read: (r) => {
    const column = r.blank('column') ? r.missing('column') : r.choice('column', QUOTA_COLUMNS, 'category');
    if (column === undefined) return null;
    return {
      appliesTo: r.text('appliesTo'),
      column,
      value: r.text('value'),
      min: r.number('min', 0),
      max: r.nullableNumber('max'),
    };
  },
};

/**
 * Every table of the Setup by its section's name: drawing the sheet, its
 * width and reading it back all go through this one list.
 */
export const SETUP_TABLES = {
  categories: categoryTable,
  stages: stageTable,
  criteria: criterionTable,
  jurors: jurorTable,
  tieBreaks: tieBreakTable,
  adjustments: adjustmentTable,
  conflicts: conflictTable,
  quotas: quotaTable,
  entries: entryTable,
} as const satisfies { readonly [N in TableName]: TableDef<unknown, string> };
