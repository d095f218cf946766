/**
 * Every mistake a secretariat can make in the setup, as problems pointing at
 * the table row and field to fix. Errors block the jury; warnings inform.
 */
import { nameOrId } from './names';
import type { Competition, Problem } from './model';
import { isFiniteNumber, isWholeNumber } from './numbers';
import {
  at,
  checkCategories,
  checkCriteria,
  checkEntries,
  checkJurors,
  checkStages,
  error,
  isEmail,
  warning,
} from './validateTables';
import { say } from './say';
import { validateDocuments } from './documentSettings';
import { checkConflicts, lookAlikeAgencies } from './conflicts';
import { checkQuotas } from './validateQuotas';
import { daysBetween } from './dateWords';
import { setupMessages, type SetupMessage } from '../i18n/setup';

/** Years a competition could plausibly be held in; anything else is a typing slip (e.g. 218 or 20188). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export function validateCompetition(c: Competition): Problem[] {
  return [
    ...checkCompetition(c),
    ...checkIds(c),
    ...checkCategories(c),
    ...checkStages(c),
    ...checkCriteria(c),
    ...checkJurors(c),
    ...checkEntries(c),
    ...checkConflicts(c),
    ...lookAlikeAgencies(c),
    ...checkSettings(c),
    ...checkTieBreaks(c),
    ...checkAdjustments(c),
    ...validateDocuments(c),
    ...checkQuotas(c),
    ...checkDeadlines(c),
  ];
}

function checkCompetition(c: Competition): Problem[] {
  const out: Problem[] = [];
  if (c.name.trim() === '') out.push(error('name-missing', { kind: 'competition', field: 'name' }));
  if (!isWholeNumber(c.year) || c.year < FIRST_YEAR || c.year > LAST_YEAR) {
    out.push(
      error(
        'year-implausible',
        { kind: 'competition', field: 'year' },
        {
          value: String(c.year),
        },
      ),
    );
  }
  if (c.lang !== 'id' && c.lang !== 'en')
    out.push(error('lang-unknown', { kind: 'competition', field: 'lang' }, { value: String(c.lang) }));
  for (const email of c.secretariatEmails) {
    if (!isEmail(email))
      out.push(
        warning('secretariat-email', { kind: 'competition', field: 'secretariatEmails' }, { value: email }),
      );
  }
  return out;
}

type IdTable = 'categories' | 'stages' | 'criteria' | 'jurors' | 'entries';

const TABLE_LABEL: Record<IdTable, SetupMessage> = {
  categories: 'tableCategories',
  stages: 'tableStages',
  criteria: 'tableCriteria',
  jurors: 'tableJurors',
  entries: 'tableEntries',
};

function checkIds(c: Competition): Problem[] {
  const rows: Record<IdTable, { id: string; name: string }[]> = {
    categories: c.categories,
    stages: c.stages,
    criteria: c.criteria,
    jurors: c.jurors,
    entries: c.entries.map((x) => ({ id: x.id, name: x.title })),
  };
  return (Object.keys(TABLE_LABEL) as IdTable[]).flatMap((table) => checkTableIds(table, rows[table]));
}

/** Ids are compared as written: the sheets show them, and 'A1' and 'a1' look different to a secretariat too. */
function checkTableIds(table: IdTable, rows: { id: string; name: string }[]): Problem[] {
  const out: Problem[] = [];
  const firstRow = new Map<string, number>();
  // The table's name in words, made once: thousands of entries are checked, and most have no problem.
  const tableText = say(setupMessages, TABLE_LABEL[table]);
  rows.forEach(({ id, name }, i) => {
    const params = { table: tableText, row: i + 1 };
    if (id.trim() === '') {
      out.push(error('missing-id', at(table, i, 'id'), params));
      return;
    }
    const first = firstRow.get(id);
    if (first !== undefined)
      out.push(error('duplicate-id', at(table, i, 'id'), { ...params, value: id, first: first + 1 }));
    else firstRow.set(id, i);
    if (name.trim() === '')
      out.push(
        warning('missing-name', at(table, i, table === 'entries' ? 'title' : 'name'), {
          ...params,
          value: id,
        }),
      );
  });
  return out;
}

function checkSettings(c: Competition): Problem[] {
  const s = c.settings;
  const out: Problem[] = [];
  if (!isWholeNumber(s.zscoreMinEntries) || s.zscoreMinEntries < 2) {
    out.push(
      error(
        'zscore-min-entries',
        { kind: 'setting', field: 'zscoreMinEntries' },
        {
          value: String(s.zscoreMinEntries),
        },
      ),
    );
  }
  if (s.advanceTopN !== null && (!isWholeNumber(s.advanceTopN) || s.advanceTopN < 1)) {
    out.push(
      error(
        'advance-top-n',
        { kind: 'setting', field: 'advanceTopN' },
        {
          value: String(s.advanceTopN),
        },
      ),
    );
  }
  if (s.passingGrade !== null && !isFiniteNumber(s.passingGrade)) {
    out.push(
      error(
        'passing-grade',
        { kind: 'setting', field: 'passingGrade' },
        {
          value: String(s.passingGrade),
        },
      ),
    );
  }
  const d = s.disagreementThreshold;
  if (d !== null && (!isFiniteNumber(d) || d < 0)) {
    out.push(
      error(
        'disagreement-threshold',
        { kind: 'setting', field: 'disagreementThreshold' },
        { value: String(d) },
      ),
    );
  }
  return out;
}

function checkTieBreaks(c: Competition): Problem[] {
  const out: Problem[] = [];
  const stages = new Map(c.stages.map((s) => [s.id, s] as const));
  c.settings.tieBreaks.forEach((tb, i) => {
    const row = i + 1;
    const stage = stages.get(tb.stageId);
    if (stage === undefined) {
      out.push(
        error('tie-break-stage-unknown', at('tieBreaks', i, 'stageId'), {
          row,
          value: tb.stageId,
        }),
      );
      return;
    }
    if (
      tb.kind === 'criterion' &&
      !c.criteria.some((cr) => cr.id === tb.criterionId && cr.stageId === tb.stageId)
    ) {
      const params = { row, value: tb.criterionId, stage: nameOrId(stage) };
      out.push(error('tie-break-criterion-unknown', at('tieBreaks', i, 'criterionId'), params));
    }
  });
  return out;
}

function checkAdjustments(c: Competition): Problem[] {
  const out: Problem[] = [];
  const entryIds = new Set(c.entries.map((e) => e.id));
  c.adjustments.forEach((adj, i) => {
    const row = i + 1;
    if (!entryIds.has(adj.entryId))
      out.push(
        error('adjustment-entry-unknown', at('adjustments', i, 'entryId'), {
          row,
          value: adj.entryId,
        }),
      );
    if (adj.kind === 'move' && (!isWholeNumber(adj.toPlace) || adj.toPlace < 1)) {
      out.push(
        error('adjustment-place', at('adjustments', i, 'toPlace'), {
          row,
          value: String(adj.toPlace),
        }),
      );
    }
    if (adj.reason.trim() === '')
      out.push(error('adjustment-reason', at('adjustments', i, 'reason'), { row }));
  });
  return out;
}

/** Deadlines are optional; when two stages have one, the later stage's cannot come first. */
function checkDeadlines(c: Competition): Problem[] {
  const out: Problem[] = [];
  let previous = '';
  c.stages.forEach((stage, i) => {
    const deadline = stage.deadline ?? '';
    if (deadline === '') return;
    if (previous !== '' && daysBetween(previous, deadline) < 0)
      out.push(
        warning('deadline-order', at('stages', i, 'deadline'), {
          name: nameOrId(stage),
          deadline,
          previous,
        }),
      );
    previous = deadline;
  });
  return out;
}
