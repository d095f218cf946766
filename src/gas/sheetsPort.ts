/**
 * The spreadsheet port over SpreadsheetApp. Every method makes a fixed number
 * of service calls (plus a few per sheet, rule or protected range), never one
 * per row or cell: values, formats and validations go in 2-D arrays.
 *
 * By concern, as the .xlsx port is split:
 * - ./sheetsGrid: what the port knows of each sheet (grid size, ranges asked for);
 * - ./sheetsRead and ./sheetsWrite: values and formats;
 * - ./sheetsValidations: data validation;
 * - ./sheetsProtection: Juri's protections, who runs the action;
 * - ./sheetsLook: frozen panes, widths, colour, paper;
 * - ./sheetsCopies: copies of a sheet, where the Check environment confirmed them.
 */
import type { RangeRef, SpreadsheetPort } from '../workbook/port';
import { pendingOf, putLinks, takeCells } from './carry';
import { sheetsCopies } from './sheetsCopies';
import { sheetCache } from './sheetsGrid';
import { setLook, setPaper } from './sheetsLook';
import { sheetsProtections } from './sheetsProtection';
import { readSheet } from './sheetsRead';
import { sheetsValidations } from './sheetsValidations';
import { writeBlock, writeFormats } from './sheetsWrite';

export { PROTECTION_PREFIX, SEAL_MARK } from './sheetsProtection';
export { isoInZone, toCellValue } from './sheetsRead';
export { cellsToWrite, fitCell, needsQuote } from './sheetsWrite';
export { widthRuns } from './sheetsLook';
export { MAX_CELL_CHARS } from '../workbook/port';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetsPortOptions {
  /** The person running the action (kept as an editor of every protection); Session's effective user by default. */
  owner?: string;
  /** The services, where they are not Apps Script's globals (tests pass a fake's). */
  services?: {
    SpreadsheetApp?: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    Session?: GoogleAppsScript.Base.Session;
  };
  /**
   * The port serves one action (as activePort's do): it remembers what it
   * has learned or done itself (the sheets it listed, their grid sizes, the
   * sheets it inserted or cleared) instead of asking Sheets again. A listing
   * of the sheets starts afresh. Off for ports that outlive an action while
   * something else edits the spreadsheet (tests that edit the fake directly).
   */
  remember?: boolean;
  /**
   * The document's properties, where the Check environment records whether
   * a copy of a sheet keeps its rules, widths and frozen panes here. Without
   * them the port makes no copies (`copies` is absent).
   */
  properties?: () => GoogleAppsScript.Properties.Properties;
}

export function sheetsPort(ss: Spreadsheet, options: SheetsPortOptions = {}): SpreadsheetPort {
  // Globals are read only when needed: onOpen runs before authorisation.
  const app = (): GoogleAppsScript.Spreadsheet.SpreadsheetApp =>
    options.services?.SpreadsheetApp ?? SpreadsheetApp;
  const cache = sheetCache(ss, options.remember === true);
  const protections = sheetsProtections(ss, cache, app, {
    owner: options.owner,
    session: () => options.services?.Session ?? Session,
  });

  const port: SpreadsheetPort = {
    locale: () => ss.getSpreadsheetLocale(),

    sheetNames(): string[] {
      const sheets = ss.getSheets();
      cache.forgetAll();
      const names = sheets.map((sheet) => sheet.getName());
      names.forEach((name, i) => cache.learn(name, sheets[i]));
      return names;
    },

    read(name, readOptions = {}) {
      const sheet = cache.lookup(name)?.sheet;
      return sheet ? readSheet(ss, sheet, name, readOptions) : null;
    },

    insertSheet(name: string, index?: number): void {
      const sheet = index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index);
      const k = cache.learn(name, sheet, {
        blank: true,
        defaultFormats: true,
        noValidations: true,
        noOwnProtections: true,
        inserted: true,
        protections: { sheets: [], ranges: [] },
      });
      cache.learnNewGrid(k);
    },

    deleteSheet(name: string): void {
      ss.deleteSheet(cache.sheetNamed(name));
      cache.forget(name);
    },

    renameSheet(from: string, to: string): void {
      const k = cache.knownNamed(from);
      k.sheet.setName(to);
      cache.rename(from, to, k);
    },

    clearSheet(name: string, clearOptions?: { keepValues?: boolean; carry?: RangeRef }): void {
      const k = cache.knownNamed(name);
      const sheet = k.sheet;
      // Juri's protections first: a user who may not remove them is told before anything changes.
      protections.removeOwn(k, name);
      // The cells a rewrite carries elsewhere, as they are now (a score typed since the read included).
      const carry = clearOptions?.keepValues ? clearOptions.carry : undefined;
      k.carried = carry ? takeCells(cache.rangeFor(k, carry), carry) : undefined;
      // A cell no write replaces (a score the juror may be typing) gets its own number format and note back.
      k.pending = k.carried ? pendingOf(k.carried) : undefined;
      if (clearOptions?.keepValues) sheet.clear({ formatOnly: true });
      else sheet.clear();
      sheet.clearNotes();
      const grid = cache.wholeGrid(k);
      grid.clearDataValidations();
      grid.breakApart();
      Object.assign(k, {
        blank: true,
        defaultFormats: true,
        noValidations: true,
        noOwnProtections: true,
        numberFormats: undefined,
      });
    },

    writeBlock: (name, block) => writeBlock(cache, name, block),
    carries: () => true,
    writeFormats: (name, formats) => writeFormats(cache, name, formats),
    setValidations: sheetsValidations(cache, app),
    setProtection: (name, protection) => {
      putLinks(cache, cache.knownNamed(name));
      protections.setProtection(name, protection);
    },
    protectionState: protections.protectionState,
    user: protections.user,
    isOwner: protections.isOwner,
    setLook: (name, look) => setLook(cache, name, look),
    setPaper: (name, layout) => setPaper(cache, name, layout),
  };
  if (options.properties) port.copies = sheetsCopies(ss, cache, app, options.properties);
  return port;
}
