/**
 * Make the official documents: from the same computation as the Ranking (same
 * fingerprint), refusing incomplete or stale scores unless the user confirms
 * (the documents then say so on every page), written whole and swapped in like
 * the Ranking. And record the plenary's decisions as manual adjustments, on
 * the user's confirmation, then make the ranking and the documents again.
 */
import { parseDate, type CalendarDate } from '../core/dateWords';
import { DOCUMENT_BLOCKERS, documentsOf, roleOf } from '../core/documentSettings';
import type { Adjustment, Competition, Stage, Where } from '../core/model';
import { problem } from '../core/say';
import { plenaryItems } from '../core/plenary';
import { stageStandings } from '../core/stageResults';
import { fill, say as sayIn } from '../i18n';
import { documentActionMessages, documentMessages } from '../i18n/documents';
import { documentSheetName, isJuriDocument, type DocumentContext } from '../workbook/documents/common';
import { renderMinutes } from '../workbook/documents/minutes';
import {
  plenaryDecisions,
  readPlenary,
  renderPlenary,
  type PlenaryDecision,
} from '../workbook/documents/plenary';
import { renderRecapitulation } from '../workbook/documents/recap';
import { renderScoreSheets } from '../workbook/documents/scoreSheets';
import type { SpreadsheetPort } from '../workbook/port';
import { locate, type LocatedProblem } from '../core/location';
import { RANKING_NAMES, readRankingMeta, rankingSheetName } from '../workbook/rankingSheet';
import type { RenderedSheet } from '../workbook/render';
import { adjustmentRows } from '../workbook/setup/adjustments';
import { fail, usableSetup, type ActionOutcome } from './outcome';
import { computeRankingAction, rankingIsCurrent, rankWorkbook, swapIn } from './rank';
import { readWorkbook, runWorkbook, type Workbook } from './workbook';

export interface DocumentsOutcome extends ActionOutcome {
  needsConfirmation: boolean;
  /** The documents in print order: per stage the minutes, the recap, the score sheets and the plenary list; then the final minutes. */
  sheets: RenderedSheet[];
  fingerprint: string;
  /** Plenary decisions typed but not yet recorded as manual adjustments. */
  pendingDecisions: number;
}

export interface DocumentsOptions {
  allowIncomplete: boolean;
  /** Today in the spreadsheet's time zone, ISO: the date when the Setup leaves it empty. */
  today: string;
  /** Only this stage's documents; all of them and the final minutes when absent. */
  stageId?: string | null;
}

const none = { needsConfirmation: false, sheets: [], fingerprint: '', pendingDecisions: 0 };

function say(key: keyof typeof documentActionMessages.id, params: Record<string, string | number> = {}) {
  return sayIn(documentActionMessages, key, params);
}

interface Decisions {
  byStage: Map<string, PlenaryDecision[]>;
  problems: LocatedProblem[];
  typed: Map<string, ReturnType<typeof readPlenary>>;
}

function readDecisions(port: SpreadsheetPort, wb: Workbook, c: Competition): Decisions {
  const byStage = new Map<string, PlenaryDecision[]>();
  const typed = new Map<string, ReturnType<typeof readPlenary>>();
  const problems: LocatedProblem[] = [];
  for (const stage of c.stages) {
    // The list may be in the other language, when the workbook's language changed since it was made.
    const name = (['id', 'en'] as const)
      .map((l) => documentSheetName('plenary', stage, l))
      .find((n) => wb.names.includes(n));
    const snapshot = name ? port.read(name) : null;
    if (!name || !snapshot || !isJuriDocument(snapshot)) continue;
    const rows = readPlenary(snapshot);
    typed.set(stage.id, rows);
    const read = plenaryDecisions(rows, c, stage, name);
    byStage.set(stage.id, read.decisions);
    problems.push(...read.problems);
  }
  return { byStage, problems, typed };
}

function pending(decisions: Decisions): Adjustment[] {
  return [...decisions.byStage.values()]
    .flat()
    .filter((d) => !d.recorded && d.adjustment)
    .map((d) => d.adjustment!);
}

export function makeDocuments(port: SpreadsheetPort, options: DocumentsOptions): DocumentsOutcome {
  const wb = readWorkbook(port);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, ...none };
  const c = setup.c;
  const lang = c.lang;
  const settings = documentsOf(c);
  const setupProblems = wb.setup?.problems ?? [];
  const blockers = setupProblems.filter((p) => DOCUMENT_BLOCKERS.has(p.code));
  if (blockers.length > 0)
    return { ...none, ...fail(say('settingsInvalid', { count: blockers.length }), blockers) };
  const stages: Stage[] = options.stageId ? c.stages.filter((s) => s.id === options.stageId) : c.stages;
  if (stages.length === 0)
    return {
      ...none,
      ...fail(
        say('unknownStage', { stage: options.stageId ?? '', stages: c.stages.map((s) => s.id).join(', ') }),
      ),
    };

  const { sheets, result, hex, short, placed, blocking } = rankWorkbook(wb, c);
  if (result.categories.length === 0)
    return { ...none, ...fail(say('settingsInvalid', { count: blocking.length }), placed) };
  const incomplete = !result.complete || blocking.length > 0;
  const rankingName = RANKING_NAMES.find((n) => wb.names.includes(n));
  const rankingSnapshot = rankingName ? port.read(rankingName) : null;
  const meta = rankingSnapshot ? readRankingMeta(rankingSnapshot) : null;
  const stale = meta !== null && !rankingIsCurrent(meta, short);
  const unranked = meta === null;
  const t = documentMessages[lang];
  const ranking = rankingName ?? rankingSheetName(lang);
  if ((incomplete || stale || unranked) && !options.allowIncomplete) {
    const message = incomplete
      ? say('refusedIncomplete', { count: Math.max(blocking.length, 1) })
      : stale
        ? say('refusedStale', { ranking, old: meta!.fingerprint.split(' ')[0], now: short })
        : say('refusedUnranked', { ranking });
    return { ...none, ok: false, needsConfirmation: true, message, problems: placed, fingerprint: short };
  }
  const notes: string[] = [];
  if (incomplete) notes.push(fill(t['status.incomplete'], { count: Math.max(blocking.length, 1) }));
  if (stale) notes.push(fill(t['status.stale'], { ranking, ranking_fp: meta!.fingerprint.split(' ')[0] }));
  if (unranked) notes.push(fill(t['status.unranked'], { ranking }));

  const date: CalendarDate = parseDate(settings.date) ?? parseDate(options.today)!;
  const runs = runWorkbook(wb, c).runs;
  const ctx: DocumentContext = {
    c,
    lang,
    settings,
    result,
    runs,
    sheets,
    fingerprint: `${short} (SHA-256 ${hex})`,
    short,
    date,
    status: notes.length > 0 ? notes.join(' ') : null,
  };
  const decisions = readDecisions(port, wb, c);
  const rendered: RenderedSheet[] = [];
  for (const stage of stages) {
    const index = c.stages.indexOf(stage);
    const plenaryName = documentSheetName('plenary', stage, lang);
    rendered.push(
      renderMinutes(
        ctx,
        stage,
        settings.numbers[index] ?? '',
        decisions.byStage.get(stage.id) ?? [],
        plenaryName,
      ),
      renderRecapitulation(ctx, stage),
      renderScoreSheets(ctx, stage),
      renderPlenary(
        ctx,
        stage,
        plenaryItems(c, result, stageStandings(c, result, runs, index), index, settings.plenaryMargin),
        decisions.typed.get(stage.id) ?? [],
      ),
    );
  }
  if (!options.stageId) {
    const all = [...decisions.byStage.values()].flat();
    rendered.push(
      renderMinutes(
        ctx,
        null,
        settings.numbers[c.stages.length] ?? '',
        all,
        documentSheetName('plenary', c.stages[c.stages.length - 1], lang),
      ),
    );
  }
  for (const sheet of rendered) {
    if (!wb.names.includes(sheet.name)) continue;
    const snapshot = port.read(sheet.name);
    if (snapshot && !isJuriDocument(snapshot))
      return { ...none, ...fail(say('notOurs', { sheet: sheet.name }), placed), fingerprint: short };
  }
  swapIn(port, rendered, wb.names);

  const extra: LocatedProblem[] = [...decisions.problems];
  if (!c.jurors.some((j) => roleOf(j) === 'chair')) {
    const at = wb.setup?.locate({ kind: 'table', table: 'jurors', index: -1 }) ?? { sheet: '', cell: '' };
    const where: Where = { kind: 'table', table: 'jurors', index: -1 };
    extra.push(locate(problem('documents-no-chair', 'warning', where), at));
  }
  const waiting = pending(decisions).length;
  return {
    ok: true,
    needsConfirmation: false,
    message: say('made', {
      count: rendered.length,
      sheets: rendered.map((s) => s.name).join(', '),
      fingerprint: short,
    }),
    problems: [...extra, ...placed],
    sheets: rendered,
    fingerprint: short,
    pendingDecisions: waiting,
  };
}

/**
 * Records the plenary's decisions (those not yet in the Setup) as manual
 * adjustments, then computes the ranking and makes the documents again, so
 * that the minutes cite them. Only on the user's confirmation.
 */
export function recordPlenaryDecisions(
  port: SpreadsheetPort,
  options: DocumentsOptions & { now: string },
): DocumentsOutcome {
  const wb = readWorkbook(port);
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, ...none };
  const c = setup.c;
  const decisions = readDecisions(port, wb, c);
  const adds = pending(decisions);
  if (adds.length === 0) return { ...none, ...fail(say('decisionsNone'), decisions.problems) };
  const snapshot = wb.setupName ? port.read(wb.setupName) : null;
  const sheet = wb.setupName ?? '';
  const rows = snapshot
    ? adjustmentRows(snapshot, adds, wb.setup ? c.lang : c.lang)
    : ({ ok: false, reason: 'no-table' } as const);
  if (!rows.ok) {
    const message =
      rows.reason === 'no-room'
        ? say('decisionsNoRoom', { sheet, free: rows.free, count: adds.length })
        : say('decisionsNoTable', { sheet });
    return { ...none, ...fail(message, decisions.problems) };
  }
  for (const block of rows.blocks) port.writeBlock(sheet, block);
  const ranked = computeRankingAction(port, { allowIncomplete: options.allowIncomplete, now: options.now });
  if (!ranked.ok) return { ...none, ...ranked, needsConfirmation: ranked.needsConfirmation };
  const made = makeDocuments(port, options);
  const recorded = say('decisionsRecorded', { count: adds.length, cells: rows.cells.join(', ') });
  return { ...made, message: made.ok ? recorded : made.message };
}

/** In Google Sheets, a made document is printed from the print dialog: the outcome says how. */
export function withPrintHelp<T extends ActionOutcome>(outcome: T, paper: 'A4' | 'F4'): T {
  if (!outcome.ok) return outcome;
  const help = say('printHelp', { paper: paper === 'F4' ? 'Folio (8,5" x 13") / F4' : 'A4' });
  return {
    ...outcome,
    message: { id: `${outcome.message.id} ${help.id}`, en: `${outcome.message.en} ${help.en}` },
  };
}
