/**
 * The juror's integrity cells of each tab: the pakta integritas, submitting
 * and reopening. `reviewIntegrity` decides in pure code what each tab's state
 * is, what is wrong and what Juri must record; `recordIntegrity` writes those
 * records (the time and fingerprint of a submission, the score cells narrowed
 * to the secretariat, a reopening) on the next Check or Compute ranking.
 */
import { recordFingerprint } from '../core/fingerprint';
import type { Competition, Juror, Severity, Where } from '../core/model';
import { problem, type SayParams } from '../core/say';
import type { ProblemCode } from '../i18n/problems';
import { integrityMessages } from '../i18n/integrity';
import { a1 } from '../workbook/a1';
import {
  CELL,
  differs,
  FIRST_ROW,
  parseJurorTab,
  renderJurorTab,
  type TabPlan,
  isEmpty,
  isTicked,
  LABELS,
  text,
  tabProtection,
  type ControlName,
  type JurorTab,
  type TabIntegrity,
  type TabRow,
} from '../workbook/jurorTab';

export type { TabIntegrity, TabState } from '../workbook/jurorTab';
import type { CellValue, Protection, SpreadsheetPort } from '../workbook/port';
import { sealOf } from '../workbook/render';
import { planTabs } from './generate';
import { refuseNonMember } from './secretariat';
import { cellRef, locate, type LocatedProblem } from '../core/location';
import type { Staged, Workbook } from './workbook';

export type IntegrityRecord =
  | {
      kind: 'submit';
      tab: JurorTab;
      juror: Juror;
      fingerprint: string;
      rows: { row: number; text: string }[];
    }
  | { kind: 'reopen'; tab: JurorTab; juror: Juror; reason: string };

export interface IntegrityReview {
  tabs: TabIntegrity[];
  problems: LocatedProblem[];
  records: IntegrityRecord[];
}

/** A score as the record keeps it: numbers in plain notation, whatever the sheet's locale. */
function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}

const SEPARATOR = ' | ';
const RECUSED = '⊘ ';

/** One row as Juri records it at submission: its scores in column order, then the recusal and its reason. */
export function rowRecord(tab: JurorTab, row: TabRow): string {
  const parts = tab.criterionIds.map((cid) => cellText(row.formulas[cid] ?? row.scores[cid] ?? null));
  if (isTicked(row.recused)) parts.push(RECUSED + text(row.recusalReason));
  return parts.join(SEPARATOR);
}

/** A record's fields, as written or as read back (a spreadsheet may trim the text's ends). */
function fields(record: string): string[] {
  return record.split(SEPARATOR.trim()).map((x) => x.trim());
}

/** The fingerprint of a tab's record: every recorded row, by entry. */
function fingerprintOf(rows: readonly { entryId: string; text: string }[]): string {
  return recordFingerprint(rows.map((r) => [r.entryId, ...fields(r.text)]));
}

function recordedRows(tab: JurorTab): { entryId: string; row: TabRow; text: string }[] {
  return tab.rows
    .filter((r) => r.entryId !== '' && !isEmpty(r.submitted))
    .map((r) => ({ entryId: r.entryId, row: r, text: String(r.submitted) }));
}

function cellOf(name: ControlName): string {
  const [row, col] = CELL[name];
  return a1(row, col);
}

function tabProblem(
  tab: JurorTab,
  cell: string,
  code: ProblemCode,
  severity: Severity,
  params: SayParams,
): LocatedProblem {
  const where: Where = { kind: 'scoreSheet', stageId: tab.stageId, jurorId: tab.jurorId };
  return locate(problem(code, severity, where, params), { sheet: tab.sheet, cell });
}

/** Each changed cell of a submitted tab, against Juri's record of it. */
function tampering(tab: JurorTab, at: string, recorded: ReturnType<typeof recordedRows>): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  const reopen = cellRef(tab.sheet, cellOf('reopen'));
  for (const r of recorded) {
    const before = fields(r.text);
    const after = fields(rowRecord(tab, r.row));
    if (before.join('|') === after.join('|')) continue;
    const k = tab.criterionIds.length;
    // Scores first, criterion by criterion; then the recusal, which may hold the separator in its reason.
    const diffs: { cell: string; old: string; now: string }[] = [];
    tab.criterionIds.forEach((cid, i) => {
      if ((before[i] ?? '') !== (after[i] ?? ''))
        diffs.push({ cell: a1(r.row.row, tab.colOf[cid]), old: before[i] ?? '', now: after[i] ?? '' });
    });
    const restBefore = before.slice(k).join(SEPARATOR);
    const restAfter = after.slice(k).join(SEPARATOR);
    if (restBefore !== restAfter)
      diffs.push({
        cell: a1(r.row.row, tab.recusalCol > 0 ? tab.recusalCol : 1),
        old: restBefore,
        now: restAfter,
      });
    for (const d of diffs) {
      const params = {
        at,
        old: d.old,
        now: d.now,
        reopen,
      };
      out.push(tabProblem(tab, d.cell, 'tab-tampered', 'error', params));
    }
  }
  return out;
}

/**
 * What the integrity cells of every tab say, what is wrong with them, and
 * what Juri must record. Pure: `recordIntegrity` does the writing.
 */
export function reviewIntegrity(wb: Workbook, c: Competition, staged: Staged): IntegrityReview {
  const out: IntegrityReview = { tabs: [], problems: [], records: [] };
  const errorsOf = new Map<string, number>();
  for (const p of staged.problems) {
    if (p.severity !== 'error' || (p.where.kind !== 'score' && p.where.kind !== 'scoreSheet')) continue;
    const key = `${p.where.stageId}\u0000${p.where.jurorId}`;
    errorsOf.set(key, (errorsOf.get(key) ?? 0) + 1);
  }
  for (const tab of wb.tabs) {
    const juror = c.jurors.find((j) => j.id === tab.jurorId);
    const stage = c.stages.find((s) => s.id === tab.stageId);
    const progress = staged.progress.find((p) => p.stageId === tab.stageId && p.jurorId === tab.jurorId);
    if (!juror || !stage || !progress) continue;
    const names = {
      juror: juror.name.trim() || juror.id,
      stage: stage.name.trim() || stage.id,
    };
    const ctl = tab.controls;
    const paktaTicked = isTicked(ctl.pakta);
    const paktaDate = text(ctl.paktaDate);
    const pakta = paktaTicked && paktaDate !== '';
    if (!paktaTicked) out.problems.push(tabProblem(tab, cellOf('pakta'), 'pakta-missing', 'error', names));
    else if (paktaDate === '')
      out.problems.push(tabProblem(tab, cellOf('paktaDate'), 'pakta-no-date', 'error', names));
    const errors =
      (errorsOf.get(`${tab.stageId}\u0000${tab.jurorId}`) ?? 0) +
      tab.problems.filter((p) => p.severity === 'error').length;
    const complete = progress.done && errors === 0;
    const recusals = tab.rows
      .filter((r) => r.entryId !== '' && isTicked(r.recused))
      .map((r) => ({ entryId: r.entryId, reason: text(r.recusalReason) }));
    const entry: TabIntegrity = {
      sheet: tab.sheet,
      stageId: tab.stageId,
      jurorId: tab.jurorId,
      state: complete ? 'complete' : 'inProgress',
      pakta: pakta ? paktaDate : '',
      paktaTicked,
      submittedAt: text(ctl.submittedAt),
      reopened: text(ctl.reopened),
      recusals,
    };
    out.tabs.push(entry);
    const reason = text(ctl.reopen);
    if (entry.submittedAt !== '') {
      if (reason !== '') {
        // The secretariat reopened the tab: the record goes, the reason stays.
        out.records.push({ kind: 'reopen', tab, juror, reason });
        entry.submittedAt = '';
        continue;
      }
      entry.state = 'submitted';
      const recorded = recordedRows(tab);
      const fingerprint = text(ctl.fingerprint);
      if (fingerprint !== fingerprintOf(recorded)) {
        const cell = cellOf('fingerprint');
        out.problems.push(
          tabProblem(tab, cell, 'tab-record-altered', 'error', {
            reopen: cellRef(tab.sheet, cellOf('reopen')),
          }),
        );
      }
      out.problems.push(...tampering(tab, entry.submittedAt, recorded));
      continue;
    }
    if (!isTicked(ctl.submit)) continue;
    if (complete && pakta) {
      const rows = tab.rows
        .filter((r) => r.entryId !== '')
        .map((r) => ({ entryId: r.entryId, row: r.row, text: rowRecord(tab, r) }));
      // Submitted once Juri has recorded it: complete until then.
      out.records.push({ kind: 'submit', tab, juror, fingerprint: fingerprintOf(rows), rows });
      continue;
    }
    const why = [
      ...(complete ? [] : [integrityMessages.id['notReady.incomplete']]),
      ...(pakta ? [] : [integrityMessages.id['notReady.pakta']]),
    ];
    const whyEn = [
      ...(complete ? [] : [integrityMessages.en['notReady.incomplete']]),
      ...(pakta ? [] : [integrityMessages.en['notReady.pakta']]),
    ];
    const cell = cellOf('submit');
    const params = {
      ...names,
      reason: { id: why.join('; '), en: whyEn.join('; ') },
    };
    out.problems.push(tabProblem(tab, cell, 'submit-not-ready', 'warning', params));
  }
  return out;
}

/**
 * Writes what the review decided: a submission's time, fingerprint and record
 * of each row, with the juror's cells narrowed to the secretariat; a
 * reopening's time and reason, with the record cleared and the cells open to
 * the juror again. Touches no score, note or recusal cell. The protection
 * carries the seal of the tab as Generate would render it now, so a narrowed
 * tab is up to date, not unfinished. Only the secretariat records (a juror's
 * Check reports and leaves it); a tab whose protection Juri may not replace is
 * left for the next Check. Returns the records written.
 */
export function recordIntegrity(
  port: SpreadsheetPort,
  wb: Workbook,
  c: Competition,
  review: IntegrityReview,
  now: string,
): IntegrityRecord[] {
  if (review.records.length === 0 || refuseNonMember(port, wb, c)) return [];
  const label = (key: (typeof LABELS)[number][2]) => integrityMessages[c.lang][key];
  const plans = new Map(port.protectionState ? planTabs(wb, c).actions.map((a) => [a.sheet, a.plan]) : []);
  const written: IntegrityRecord[] = [];
  for (const r of review.records) {
    const { tab, juror } = r;
    if (port.protectionState?.(tab.sheet).blocked) continue;
    const state = review.tabs.find((t) => t.sheet === tab.sheet);
    const [row2, col2] = CELL.submittedAt;
    if (r.kind === 'submit') {
      port.writeBlock(tab.sheet, {
        row: row2,
        col: col2,
        values: [[now, label('tab.fingerprint'), r.fingerprint]],
      });
      if (tab.submittedCol > 0 && r.rows.length > 0) {
        const last = Math.max(...r.rows.map((x) => x.row));
        const values: CellValue[][] = Array.from({ length: last - FIRST_ROW + 1 }, () => [null]);
        for (const x of r.rows) values[x.row - FIRST_ROW][0] = x.text;
        port.writeBlock(tab.sheet, { row: FIRST_ROW, col: tab.submittedCol, values });
      }
      if (state) Object.assign(state, { submittedAt: now, state: 'submitted' });
    } else {
      const history = text(tab.controls.reopened);
      const entry = `${now} — ${r.reason}`;
      if (state) state.reopened = history ? `${history}; ${entry}` : entry;
      port.writeBlock(tab.sheet, { row: row2, col: col2, values: [[null, label('tab.fingerprint'), null]] });
      const [row3, submitCol] = CELL.submit;
      port.writeBlock(tab.sheet, {
        row: row3,
        col: submitCol,
        values: [
          [false, label('tab.reopen'), null, label('tab.reopened'), history ? `${history}; ${entry}` : entry],
        ],
      });
      if (tab.submittedCol > 0 && tab.rows.length > 0) {
        const last = Math.max(...tab.rows.map((x) => x.row));
        port.writeBlock(tab.sheet, {
          row: FIRST_ROW,
          col: tab.submittedCol,
          values: Array.from({ length: last - FIRST_ROW + 1 }, () => [null]),
        });
      }
    }
    // A file (no protectionState) has no users to narrow to: its tabs keep their protection as written.
    if (port.protectionState)
      port.setProtection(
        tab.sheet,
        protectionAfter(port, tab, plans.get(tab.sheet), c, juror, r.kind === 'submit'),
      );
    written.push(r);
  }
  return written;
}

/**
 * The tab's protection as Generate renders it from the tab as it now is,
 * sealed; when the tab is not as Generate would write it (the Setup changed
 * since), the narrowed or reopened protection without a seal, which the next
 * Generate finishes.
 */
function protectionAfter(
  port: SpreadsheetPort,
  tab: JurorTab,
  plan: TabPlan | undefined,
  c: Competition,
  juror: Juror,
  submitted: boolean,
): Protection {
  const plain = tabProtection(
    { competition: c, juror, lang: c.lang },
    tab.rows.length,
    tab.criterionIds.length,
    submitted,
  );
  const fresh = plan ? port.read(tab.sheet) : null;
  if (!plan || !fresh) return plain;
  const out = renderJurorTab({ ...plan, previous: parseJurorTab(fresh, tab) });
  if (!out.sheet?.protection || differs(out.sheet, fresh)) return plain;
  return { ...out.sheet.protection, seal: sealOf(out.sheet) };
}
