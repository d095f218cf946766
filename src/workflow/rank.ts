/** Compute ranking: refuse or flag incomplete scores, write Ranking and Recap, swap them in whole. */
import { computeRanking } from '../core/compute';
import { fingerprint, shortFingerprint } from '../core/fingerprint';
import type { Competition } from '../core/model';
import type { RankingResult } from '../core/result';
import { say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { SpreadsheetPort } from '../workbook/port';
import {
  rankingSheetName,
  readRankingMeta,
  recapSheetName,
  renderRanking,
  RANKING_META_BLOCK,
  type RankingMeta,
} from '../workbook/rankingSheet';
import { isRecap, renderRecap } from '../workbook/recapSheet';
import { writeSheet, type RenderedSheet } from '../workbook/render';
import { jurorFilesOf, refuseOtherAccount } from './jurorFiles';
import { recordIntegrity, reviewIntegrity } from './integrity';
import { usableSetup, type ActionOutcome } from './outcome';
import { refuseNonMember } from './secretariat';
import {
  frozenOf,
  isError,
  locateProblems,
  readWorkbook,
  runWorkbook,
  scoreSheets,
  tabLayoutProblems,
  OLD_SUFFIX,
  TEMP_SUFFIX,
  type Workbook,
} from './workbook';

export interface RankOutcome extends ActionOutcome {
  /** The ranking needs the user's consent to go on with incomplete scores. */
  needsConfirmation: boolean;
  result: RankingResult | null;
  fingerprint: string;
  competition: Competition | null;
}

/**
 * The ranking of what the workbook holds, the fingerprint of its inputs, and
 * its problems placed at their cells (`blocking`: the errors among them). The
 * Ranking sheet and the official documents both come from here.
 */
export function rankWorkbook(wb: Workbook, c: Competition) {
  const sheets = scoreSheets(wb);
  const frozen = frozenOf(wb, c, sheets);
  const result = computeRanking(c, sheets, frozen);
  const hex = fingerprint(c, sheets, frozen);
  // The pakta, submissions and tampering count like the scores: an error blocks unless confirmed.
  const review = reviewIntegrity(wb, c, runWorkbook(wb, c));
  const placed = [...locateProblems(wb, result.problems), ...tabLayoutProblems(wb, c), ...review.problems];
  return {
    sheets,
    result,
    hex,
    short: shortFingerprint(hex),
    placed,
    blocking: placed.filter(isError),
    review,
  };
}

/** The short fingerprint of every setting and score as the workbook holds them now. */
export function currentFingerprint(wb: Workbook, c: Competition, sheets = scoreSheets(wb)): string {
  return shortFingerprint(fingerprint(c, sheets, frozenOf(wb, c, sheets)));
}

/**
 * Whether the Ranking sheet shows the data as it is now: the fingerprint in
 * its header starts with `current` (currentFingerprint, or rankWorkbook's
 * `short`). Otherwise a score or a setting changed since it was computed.
 */
export function rankingIsCurrent(meta: RankingMeta, current: string): boolean {
  return meta.fingerprint.startsWith(current);
}

/** Whether a sheet with an output's name is one Juri wrote: its first rows say so. */
function isJuriOutput(port: SpreadsheetPort, name: string): boolean {
  const snapshot = port.read(name, { formulas: false, top: RANKING_META_BLOCK });
  if (!snapshot) return true;
  return readRankingMeta(snapshot) !== null || isRecap(snapshot);
}

/**
 * Computes the ranking and writes the Ranking and Recap sheets. Refuses with
 * incomplete or invalid scores unless `allowIncomplete`. The new sheets are
 * written under temporary names and swapped in only when both are complete.
 */
export function computeRankingAction(
  port: SpreadsheetPort,
  options: { allowIncomplete: boolean; now: string },
): RankOutcome {
  const wb = readWorkbook(port);
  const none = { needsConfirmation: false, result: null, fingerprint: '', competition: null };
  const setup = usableSetup(wb);
  if ('outcome' in setup) return { ...setup.outcome, ...none };
  const c = setup.c;
  const refused = refuseNonMember(port, wb, c);
  if (refused) return { ...refused, ...none };
  const other = refuseOtherAccount(jurorFilesOf(port, c));
  if (other) return { ...other, ...none };
  const { result, hex, short, placed, blocking, review } = rankWorkbook(wb, c);
  recordIntegrity(port, wb, c, review, options.now);
  if (result.categories.length === 0) {
    return {
      ...none,
      ok: false,
      message: say(workflowMessages, 'rankRefusedSetup', { count: blocking.length }),
      problems: placed,
    };
  }
  if ((!result.complete || blocking.length > 0) && !options.allowIncomplete) {
    return {
      ...none,
      ok: false,
      needsConfirmation: true,
      message: say(workflowMessages, 'rankRefused', { count: Math.max(blocking.length, 1) }),
      problems: placed,
      result,
      fingerprint: short,
      competition: c,
    };
  }
  const lang = c.lang;
  const rankingName = rankingSheetName(lang);
  const recapName = recapSheetName(lang);
  // A spreadsheet kept by hand before Juri often has its own "Peringkat" or "Rekap": never overwrite those.
  // Juri writes both sheets together and checked both the first time: a Ranking of its own vouches for the Recap.
  // Sheets and Excel compare sheet names without regard to case: a hand-made "peringkat" or "REKAP" takes
  // the name as surely, and Juri never writes its outputs under another case, so such a sheet is not Juri's.
  const sameName = (name: string) => wb.names.find((n) => n.toLowerCase() === name.toLowerCase());
  const otherCase = [rankingName, recapName]
    .map(sameName)
    .find((n) => n !== undefined && n !== rankingName && n !== recapName);
  const existing = [rankingName, recapName].filter((name) => wb.names.includes(name));
  const toCheck = existing.includes(rankingName) ? [rankingName] : existing;
  if (otherCase) {
    const name = otherCase.toLowerCase() === rankingName.toLowerCase() ? rankingName : recapName;
    return {
      ...none,
      ok: false,
      message: say(workflowMessages, 'outputOtherCase', { sheet: otherCase, name }),
      problems: placed,
    };
  }
  const foreign = toCheck.find((name) => !isJuriOutput(port, name));
  if (foreign) {
    return {
      ...none,
      ok: false,
      message: say(workflowMessages, 'outputNotOurs', { sheet: foreign }),
      problems: placed,
    };
  }
  // The old Ranking is renamed aside and deleted: Sheets refuses both to someone its protection keeps out.
  const locked = existing.find(
    (name) => port.isOwner?.() === false && port.protectionState?.(name).blocked === 'notEditor',
  );
  if (locked) {
    return {
      ...none,
      ok: false,
      message: say(workflowMessages, 'outputNotEditor', { sheet: locked, email: port.user?.() ?? '' }),
      problems: placed,
    };
  }
  const meta = { computedAt: options.now, fingerprint: `${short} (SHA-256 ${hex})` };
  swapIn(
    port,
    [renderRanking(c, result, meta, lang, rankingName), renderRecap(c, result, lang, recapName, review.tabs)],
    wb.names,
  );
  const key = result.complete && blocking.length === 0 ? 'ranked' : 'rankedIncomplete';
  return {
    ok: true,
    needsConfirmation: false,
    message: say(workflowMessages, key, { ranking: rankingName, recap: recapName, fingerprint: short }),
    problems: placed,
    result,
    fingerprint: short,
    competition: c,
  };
}

/**
 * Swaps new sheets in for the previous ones: the previous ones step aside
 * (renamed), the new ones are written under their own names, and the
 * previous ones are deleted last. A failure before that puts everything back
 * (the new sheets deleted, the previous ones renamed back), so the previous
 * ranking stays whole; leftovers of an earlier failure are removed first.
 * Writing under the final names saves a rename per sheet.
 */
export function swapIn(
  port: SpreadsheetPort,
  sheets: RenderedSheet[],
  sheetNames: readonly string[] = port.sheetNames(),
): void {
  // The action has just listed the sheets: listing them again costs one call per sheet in Sheets.
  const names = new Set(sheetNames);
  for (const s of sheets) {
    // TEMP_SUFFIX: earlier versions wrote the new sheets under a temporary name first.
    for (const leftover of [s.name + TEMP_SUFFIX, s.name + OLD_SUFFIX]) {
      if (names.has(leftover)) port.deleteSheet(leftover);
    }
  }
  const undo: (() => void)[] = [];
  try {
    for (const s of sheets) {
      if (!names.has(s.name)) continue;
      port.renameSheet(s.name, s.name + OLD_SUFFIX);
      undo.push(() => port.renameSheet(s.name + OLD_SUFFIX, s.name));
    }
    for (const s of sheets) {
      undo.push(() => port.deleteSheet(s.name));
      writeSheet(port, s, { create: true, seal: false });
    }
  } catch (error) {
    // Last step first: the new sheets deleted, then the previous ones back under their names.
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // The original error is the one to report; a step that cannot be undone leaves what it left.
      }
    }
    throw error;
  }
  for (const s of sheets) {
    if (!names.has(s.name)) continue;
    try {
      port.deleteSheet(s.name + OLD_SUFFIX);
    } catch {
      // The new ranking is in place; the next ranking removes this leftover, which nothing reads.
    }
  }
}
