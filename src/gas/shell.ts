/**
 * What every Apps Script action shares: the port over the active spreadsheet,
 * the document lock, the user's language, the local time and the reply the
 * sidebar and the menu show.
 */
import type { Lang, Text } from '../core/model';
import { langOfLocale, pick, say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { SpreadsheetPort } from '../workbook/port';
import { panelPort } from '../workbook/panelPort';
import { jurorFileService } from './jurorFiles';
import { sheetsPort } from './sheetsPort';

const LANG_KEY = 'juri.lang';

export function activePort(): SpreadsheetPort {
  // One port per action: it may remember what it learned during the action.
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const master = sheetsPort(ss, {
    remember: true,
    // Where the Check environment records whether this spreadsheet's copies keep rules, widths and panes.
    properties: () => PropertiesService.getDocumentProperties(),
  });
  // Juror files (one spreadsheet per juror) are reached through the advanced services only.
  if (typeof Sheets === 'undefined' || typeof Drive === 'undefined' || !Sheets || !Drive) return master;
  return panelPort(
    master,
    jurorFileService({
      sheets: Sheets,
      drive: Drive,
      user: () => Session.getEffectiveUser().getEmail(),
      locale: () => ss.getSpreadsheetLocale(),
      timeZone: () => ss.getSpreadsheetTimeZone(),
    }),
  );
}

/**
 * The language the user chose in the sidebar; else English when the user's
 * or the spreadsheet's locale is English; else Bahasa Indonesia.
 */
export function preferredLang(explicit?: Lang | null): Lang {
  if (explicit === 'id' || explicit === 'en') return explicit;
  const saved = PropertiesService.getUserProperties().getProperty(LANG_KEY);
  if (saved === 'id' || saved === 'en') return saved;
  const locales = [
    Session.getActiveUserLocale(),
    SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
  ];
  return locales.some((l) => langOfLocale(l) === 'en') ? 'en' : 'id';
}

export function rememberLang(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(LANG_KEY, lang);
}

/**
 * Local date and time in the spreadsheet's time zone (File > Settings), not
 * the script's: Indonesia has three zones, and the manifest names one.
 */
export function localNow(): string {
  const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  return Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd HH:mm');
}

/** Today in the spreadsheet's time zone, ISO ('2026-11-29'). */
export function localToday(): string {
  return localNow().slice(0, 10);
}

/** A link that opens the spreadsheet at a cell of a sheet; '' when the sheet is gone. */
export function cellLink(sheet: string, cell: string): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const target = ss.getSheetByName(sheet);
  return target ? `${ss.getUrl()}#gid=${target.getSheetId()}&range=${cell}` : '';
}

export type Locked<T> = { ok: true; value: T } | { ok: false; message: Text };

/**
 * Runs an action that writes while holding the document lock. A second click
 * while one runs is refused at once with a message rather than queued, so a
 * user never waits on a spinner without knowing why.
 */
export function withLock<T>(action: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(500)) return { ok: false, message: say(workflowMessages, 'busy') };
  try {
    return { ok: true, value: action() };
  } finally {
    // Apps Script queues writes: commit them before another execution may take the lock and read.
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

export function toast(message: Text, lang: Lang): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(pick(message, lang), 'Juri', 8);
}

/** An unexpected failure in words a secretariat can act on. */
export function failure(error: unknown): Text {
  const detail = error instanceof Error ? error.message : String(error);
  return say(workflowMessages, 'failed', { error: detail });
}
