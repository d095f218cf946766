/**
 * The sidebar's picture of the competition, built from one read of the
 * workbook: setup problems, juror tabs, progress, check problems, the current
 * ranking and whether it is out of date, and the published link.
 */
import { daysLate } from '../core/reminders';
import { computeRanking } from '../core/compute';
import type { Lang } from '../core/model';
import type { RankingResult } from '../core/result';
import { formatScore, pick } from '../i18n';
import type { SpreadsheetPort } from '../workbook/port';
import type { LocatedProblem } from '../core/location';
import { methodText, RANKING_NAMES, readRankingMeta } from '../workbook/rankingSheet';
import { checkWorkbook, planTabs, type CheckOutcome } from './actions';
import { collapseMissing } from './collapse';
import { currentFingerprint, rankingIsCurrent } from './rank';
import {
  emptySummary,
  FIRST_PROBLEMS,
  orderProblems,
  PROBLEM_PAGE,
  type PanelSummary,
  type ProblemSection,
  type ProblemPage,
  type SummaryProblem,
} from './summary';
import { frozenOf, isError, readWorkbook, runWorkbook, scoreSheets, type Workbook } from './workbook';

/** How many entries of each category the sidebar shows. */
const LEADERS = 5;

/** What the action the summary answers has already computed from the same read. */
export interface Computed {
  ranking?: { result: RankingResult; fingerprint: string };
}

export interface Published {
  url: string;
  at: string;
}

function summaryProblem(p: LocatedProblem, lang: Lang, wb: Workbook): SummaryProblem {
  const w = p.where;
  const jurorId = w.kind === 'score' || w.kind === 'scoreSheet' ? w.jurorId : '';
  const juror = jurorId ? (wb.setup?.competition.jurors.find((j) => j.id === jurorId)?.name ?? jurorId) : '';
  // The sidebar shows the location as a link of its own: the message need not repeat it.
  const message = pick(p.text ?? p.message, lang);
  return { sheet: p.sheet, cell: p.cell, code: p.code, severity: p.severity, message, juror };
}

/** The check's problems as the sidebar lists them, by juror ('' first), each list in order. */
function problemGroups(wb: Workbook, check: CheckOutcome, lang: Lang): Map<string, SummaryProblem[]> {
  const groups = new Map<string, SummaryProblem[]>([['', []]]);
  for (const p of collapseMissing(check.problems)) {
    const line = summaryProblem(p, lang, wb);
    const list = groups.get(line.juror) ?? [];
    list.push(line);
    groups.set(line.juror, list);
  }
  for (const [juror, list] of groups) {
    if (list.length === 0) groups.delete(juror);
    else groups.set(juror, orderProblems(list));
  }
  return groups;
}

/**
 * The summary of the workbook as `port` reads it. After an action, `port` is
 * the action's recorded view and `computed` what it worked out, so the reply
 * costs next to no service calls.
 */
export function buildSummary(
  port: SpreadsheetPort,
  lang: Lang | null,
  published: Published | null,
  computed: Computed = {},
  /** Today in the spreadsheet's time zone (ISO): tabs past their stage's deadline are marked late. */
  today = '',
): PanelSummary {
  const wb = readWorkbook(port);
  const l: Lang = lang ?? wb.lang;
  const setupProblems = orderProblems((wb.setup?.problems ?? []).map((p) => summaryProblem(p, l, wb)));
  const setupErrors = setupProblems.filter(isError).length;
  const empty = emptySummary(l);
  const summary: PanelSummary = {
    ...empty,
    competition: wb.setup ? { name: wb.setup.competition.name, year: wb.setup.competition.year } : null,
    setup: {
      exists: wb.setup !== null,
      valid: wb.setup !== null && setupErrors === 0,
      sheet: wb.setupName ?? '',
      problems: setupProblems.slice(0, FIRST_PROBLEMS),
      errors: setupErrors,
      warnings: setupProblems.length - setupErrors,
    },
    tabs: { ...empty.tabs, generated: wb.tabs.length },
    publish: { url: published?.url ?? '', at: published?.at ?? '' },
  };
  if (!wb.setup || !summary.setup.valid) return summary;
  const c = wb.setup.competition;

  // The stages run once for both steps the sidebar shows.
  const staged = runWorkbook(wb, c);
  const plan = planTabs(wb, c, staged);
  summary.tabs.expected = plan.actions.length;
  summary.tabs.outOfDate = plan.actions.some((a) => a.status !== 'same');
  const cuts = staged.problems.filter((p) => p.code === 'stage-cut-changed');
  if (cuts.length > 0) summary.tabs.cutChanged = cuts.map((p) => pick(p.message, l));

  const check = checkWorkbook(wb, staged);
  summary.progress = check.progress.map((p) => ({
    juror: p.juror,
    stage: p.stage,
    sheet: p.sheet,
    scored: p.scored,
    total: p.total,
    done: p.done,
    daysLate: daysLate(c, p, today),
    state: p.state,
  }));
  for (const [juror, list] of problemGroups(wb, check, l)) {
    summary.check.problems.push(...list.slice(0, FIRST_PROBLEMS));
    const errors = list.filter(isError).length;
    summary.check.groups.push({ juror, errors, warnings: list.length - errors });
  }
  // The counts are of cells, as the check's own message says; the list shows one line per tab for empty cells.
  summary.check.errors = check.problems.filter(isError).length;
  summary.check.warnings = check.problems.length - summary.check.errors;

  const rankingName = wb.names.find((n) => RANKING_NAMES.includes(n));
  const snapshot = rankingName ? port.read(rankingName, { formulas: false }) : null;
  const meta = snapshot ? readRankingMeta(snapshot) : null;
  if (rankingName && meta) {
    const sheets = computed.ranking ? [] : scoreSheets(wb);
    const current = computed.ranking?.fingerprint ?? currentFingerprint(wb, c, sheets);
    const result = computed.ranking?.result ?? computeRanking(c, sheets, frozenOf(wb, c, sheets));
    summary.ranking = {
      computed: true,
      sheet: rankingName,
      at: meta.computedAt,
      method: methodText(c, result, l),
      fingerprint: meta.fingerprint.split(' ')[0],
      outOfDate: !rankingIsCurrent(meta, current),
      categories: result.categories.map((k) => ({
        name: k.name,
        leaders: k.entries.slice(0, LEADERS).map((e) => ({
          place: e.place,
          id: e.entryId,
          title: e.title,
          score: e.finalScore === null ? '' : formatScore(e.finalScore, l),
          tie: e.tie,
          advances: e.advances,
        })),
      })),
    };
    // Leaders of an out-of-date ranking would not be what the sheet shows.
    if (summary.ranking.outOfDate) summary.ranking.categories = [];
  }
  return summary;
}

/**
 * The Setup's problems, or one juror's group of the check, from `from` on,
 * read afresh: the rest of what the summary carries the first few of.
 */
export function problemPage(
  port: SpreadsheetPort,
  lang: Lang | null,
  section: ProblemSection,
  juror: string,
  from: number,
): ProblemPage {
  const wb = readWorkbook(port);
  const l: Lang = lang ?? wb.lang;
  const start = Math.max(0, Math.floor(from) || 0);
  const setup = wb.setup;
  const list =
    section === 'setup'
      ? orderProblems((setup?.problems ?? []).map((p) => summaryProblem(p, l, wb)))
      : setup && !setup.problems.some(isError)
        ? (problemGroups(wb, checkWorkbook(wb), l).get(juror) ?? [])
        : [];
  const problems = list.slice(start, start + PROBLEM_PAGE);
  return { section, juror, from: start, problems, total: list.length };
}
