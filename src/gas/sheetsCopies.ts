/**
 * Copies of a sheet in Sheets: insertSheet with a template copies its values,
 * formats, rules, column widths, frozen panes and grid in one call, never its
 * protections. Juri copies only where the Check environment has confirmed it
 * in that spreadsheet: the finding is kept in the document's properties with
 * the spreadsheet's id, so that a copy of the file checks again.
 */
import type { SheetCopies, SheetTraits } from '../workbook/port';
import type { SheetCache } from './sheetsGrid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The document property that holds the Check environment's finding. */
export const COPIES_KEY = 'juri.templateCopies';

export function sheetsCopies(
  ss: Spreadsheet,
  cache: SheetCache,
  app: () => GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  properties: () => GoogleAppsScript.Properties.Properties,
): SheetCopies {
  let confirmed: boolean | null = null;
  return {
    confirmed() {
      if (confirmed !== null) return confirmed;
      const found = properties().getProperty(COPIES_KEY);
      const id = found ? idIn(found) : '';
      return (confirmed = id !== '' && id === ss.getId());
    },

    record(ok) {
      if (ok) properties().setProperty(COPIES_KEY, JSON.stringify({ id: ss.getId() }));
      else properties().deleteProperty(COPIES_KEY);
      confirmed = ok;
    },

    copy(template, name) {
      const from = cache.knownNamed(template);
      const sheet = ss.insertSheet(name, { template: from.sheet });
      // What the port knew of the template holds for the copy, but for its protections: a copy has none.
      cache.learn(name, sheet, {
        maxRows: from.maxRows,
        maxCols: from.maxCols,
        blank: from.blank,
        defaultFormats: from.defaultFormats,
        noValidations: from.noValidations,
        numberFormats: from.numberFormats,
        noOwnProtections: true,
        protections: { sheets: [], ranges: [] },
      });
    },

    deleteRows(name, row, count) {
      if (count <= 0) return;
      const k = cache.knownNamed(name);
      k.sheet.deleteRows(row, count);
      if (k.maxRows !== undefined) k.maxRows -= count;
      // Ranges asked for before stand for other cells now.
      k.ranges = undefined;
      const known = k.numberFormats;
      if (known) {
        const rows = [...known.rows];
        const from = Math.max(0, row - known.row);
        const to = Math.min(rows.length, row + count - known.row);
        if (to > from) rows.splice(from, to - from);
        k.numberFormats = row < known.row ? undefined : { ...known, rows };
      }
    },

    traits(name, at, cols): SheetTraits {
      const sheet = cache.sheetNamed(name);
      const cell = sheet.getRange(at.row, at.col);
      const rule = cell.getDataValidation();
      const type = app().ProtectionType;
      return {
        rule: rule
          ? [String(rule.getCriteriaType()), ...rule.getCriteriaValues().map(String)].join(' ')
          : null,
        numberFormat: cell.getNumberFormat(),
        background: cell.getBackground(),
        widths: Array.from({ length: cols }, (_, i) => sheet.getColumnWidth(i + 1)),
        frozenRows: sheet.getFrozenRows(),
        frozenCols: sheet.getFrozenColumns(),
        protections: sheet.getProtections(type.SHEET).length + sheet.getProtections(type.RANGE).length,
      };
    },
  };
}

/** The spreadsheet id recorded with the finding; '' when there is none. */
function idIn(found: string): string {
  try {
    return String((JSON.parse(found) as { id?: unknown }).id ?? '');
  } catch {
    return '';
  }
}
