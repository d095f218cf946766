/**
 * The change log in Sheets: the simple onEdit trigger (no scope of its own)
 * appends one row per edited integrity or score cell of a juror tab to the
 * Log sheet. It must never throw into the user's edit: when it cannot write,
 * it keeps the failure in the document's properties, and the next Check
 * reports it.
 */
import type { CellValue } from '../workbook/port';
import { langOfLocale } from '../i18n';
import { FIRST_ROW, HEADER_ROW } from '../workbook/jurorTab';
import { LOG_FIRST_ROW, LOG_NAMES, logRows, logSheetName, renderLogSheet } from '../workbook/logSheet';
import { writeSheet } from '../workbook/render';
import { sheetsPort } from './sheetsPort';
import { isoInZone, toCellValue } from './sheetsRead';

const FAILURE_KEY = 'juri.logFailed';

type Properties = GoogleAppsScript.Properties.Properties;

export interface LogServices {
  properties: () => Properties;
  /** The time of the edit, as the spreadsheet shows time. */
  now: (timeZone: string) => string;
}

const appsScript: LogServices = {
  properties: () => PropertiesService.getDocumentProperties(),
  now: (timeZone) => Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm:ss'),
};

/** The edited cells' values as the event gives them; dates as ISO text in the spreadsheet's zone. */
function cells(values: unknown[][], timeZone: string): CellValue[][] {
  const iso = isoInZone(timeZone);
  return values.map((row) => row.map((v) => toCellValue(v, iso)));
}

export function logEdit(e: GoogleAppsScript.Events.SheetsOnEdit, services: LogServices = appsScript): void {
  let when = '';
  try {
    const ss = e.source;
    const zone = ss.getSpreadsheetTimeZone();
    when = services.now(zone);
    const range = e.range;
    const sheet = range.getSheet();
    const name = sheet.getName();
    if (LOG_NAMES.includes(name)) return;
    const width = sheet.getLastColumn();
    if (width < 1) return;
    const top = {
      name,
      values: cells(sheet.getRange(1, 1, HEADER_ROW, width).getValues(), zone),
      formulas: [],
    };
    const row = range.getRow();
    const numRows = range.getNumRows();
    const ids =
      row + numRows - 1 >= FIRST_ROW
        ? sheet
            .getRange(row, 1, numRows, 1)
            .getValues()
            .map((r) => r[0] as CellValue)
        : [];
    const lang = langOfLocale(ss.getSpreadsheetLocale());
    const rows = logRows(top, ids, {
      sheet: name,
      row,
      col: range.getColumn(),
      values: cells(range.getValues(), zone),
      // Apps Script gives these only for a single cell, and leaves them out when it was, or became, empty.
      ...(e.oldValue !== undefined ? { oldValue: String(e.oldValue) } : {}),
      ...(e.value !== undefined ? { value: String(e.value) } : {}),
      time: when,
      user: e.user?.getEmail() ?? '',
      lang,
    });
    if (rows.length === 0) return;
    // A simple trigger may not ask who the script runs as: the port needs no owner for a warning-only sheet.
    const port = sheetsPort(ss, { owner: '', remember: true });
    let log = LOG_NAMES.map((n) => ss.getSheetByName(n)).find((s) => s !== null) ?? null;
    if (!log) {
      writeSheet(port, renderLogSheet(lang), { create: true });
      log = ss.getSheetByName(logSheetName(lang));
    }
    if (!log) throw new Error('the Log sheet could not be made');
    const next = Math.max(log.getLastRow(), LOG_FIRST_ROW - 1) + 1;
    port.writeBlock(log.getName(), { row: next, col: 1, values: rows });
  } catch (error) {
    try {
      const message = error instanceof Error ? error.message : String(error);
      services.properties().setProperty(FAILURE_KEY, JSON.stringify({ when, error: message }));
    } catch {
      // Nothing more can be done without throwing into the user's edit.
    }
  }
}

/** The last failure of the log, once: reading it clears it, since Check reports it. */
export function takeLogFailure(services: LogServices = appsScript): { when: string; error: string } | null {
  try {
    const props = services.properties();
    const raw = props.getProperty(FAILURE_KEY);
    if (!raw) return null;
    props.deleteProperty(FAILURE_KEY);
    const parsed = JSON.parse(raw) as { when?: unknown; error?: unknown };
    return { when: String(parsed.when ?? ''), error: String(parsed.error ?? '') };
  } catch {
    return null;
  }
}
