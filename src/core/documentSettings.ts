/**
 * The settings of the official documents: their defaults, and the mistakes a
 * secretariat can make in them, each pointing at its Setup cell. A mistake
 * here is a warning for the rest of the jury (a document date never blocks a
 * ranking); making the documents refuses the errors of `documentBlockers`.
 */
import { nameOrId } from './names';
import type { Competition, DocumentSettings, Juror, Problem, Where } from './model';
import { isFiniteNumber } from './numbers';
import { parseDate } from './dateWords';
import { problem, type SayParams } from './say';
import type { ProblemCode } from '../i18n/problems';

export function defaultDocuments(): DocumentSettings {
  return {
    numbers: [],
    place: '',
    date: '',
    letterhead: [],
    approverTitle: '',
    approverName: '',
    approverNip: '',
    paper: 'A4',
    plenaryMargin: 2,
  };
}

export function documentsOf(c: Competition): DocumentSettings {
  return c.documents ?? defaultDocuments();
}

export function roleOf(j: Juror): NonNullable<Juror['role']> {
  return j.role ?? 'member';
}

function warn(code: ProblemCode, where: Where, params: SayParams = {}): Problem {
  return problem(code, 'warning', where, params);
}

/** NIP has 18 digits, NIDN 10; spaces (as NIPs are often grouped) do not count. */
function isNipOrNidn(text: string): boolean {
  const digits = text.replace(/\s+/g, '');
  return /^\d{18}$/.test(digits) || /^\d{10}$/.test(digits);
}

/** Codes that make the documents refuse to be made (they would print a wrong date or an empty table). */
export const DOCUMENT_BLOCKERS: ReadonlySet<string> = new Set(['doc-date', 'doc-margin']);

export function validateDocuments(c: Competition): Problem[] {
  const out: Problem[] = [];
  const d = c.documents;
  if (d) {
    if (d.date.trim() !== '' && parseDate(d.date) === null)
      out.push(warn('doc-date', { kind: 'documents', field: 'date' }, { value: d.date }));
    if (!isFiniteNumber(d.plenaryMargin) || d.plenaryMargin < 0)
      out.push(
        warn(
          'doc-margin',
          { kind: 'documents', field: 'plenaryMargin' },
          {
            value: String(d.plenaryMargin),
          },
        ),
      );
    if (d.approverNip.trim() !== '' && !isNipOrNidn(d.approverNip))
      out.push(
        warn(
          'doc-nip',
          { kind: 'documents', field: 'approverNip' },
          {
            value: d.approverNip,
          },
        ),
      );
  }
  let chair = '';
  c.jurors.forEach((j, index) => {
    const name = nameOrId(j);
    if (j.nip !== undefined && j.nip.trim() !== '' && !isNipOrNidn(j.nip))
      out.push(
        warn(
          'juror-nip',
          { kind: 'table', table: 'jurors', index, field: 'nip' },
          {
            name,
            value: j.nip,
          },
        ),
      );
    if (roleOf(j) !== 'chair') return;
    if (chair === '') chair = name;
    else
      out.push(
        warn(
          'juror-second-chair',
          { kind: 'table', table: 'jurors', index, field: 'role' },
          {
            name,
            chair,
          },
        ),
      );
  });
  return out;
}
