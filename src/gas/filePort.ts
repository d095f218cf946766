/**
 * A juror's own spreadsheet behind the spreadsheet port, through the Sheets
 * (v4) advanced service: under the drive.file scope Juri may open only the
 * files it created, and only through the APIs (SpreadsheetApp.openById would
 * need the scope of every spreadsheet of the user).
 *
 * Reading costs one `values.batchGet` for every tab of the file at once
 * (formulas as written, so a formula typed in a score cell is seen); each
 * write is one `spreadsheets.batchUpdate`; the sheet ids and protections are
 * asked for once (`spreadsheets.get`), and only by an action that writes.
 */
import type {
  Block,
  CellValue,
  FormatBlock,
  Protection,
  ProtectionState,
  RangeRef,
  SheetLook,
  SheetSnapshot,
  SpreadsheetPort,
  Validation,
} from '../workbook/port';
import { PROTECTION_PREFIX, SEAL_MARK } from './sheetsProtection';

type Api = GoogleAppsScript.Sheets;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

/** The sheet a new juror file is created with, replaced by its first tab. */
export const PLACEHOLDER = 'Juri';
const DEFAULT_COLUMN_WIDTH = 100;

export interface FilePortOptions {
  api: Api;
  fileId: string;
  /** The tabs the master's list says the file holds: reading them needs no other call. */
  knownSheets?: string[];
  locale: () => string;
  user: () => string;
  /** A file just created: its one sheet is the placeholder (with this id), and it has no protections. */
  fresh?: { placeholderId: number };
}

interface Meta {
  sheetId: number;
  protections: { id: number; description: string; whole: boolean }[];
}

export function quoteRange(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function cell(v: unknown): { value: CellValue; formula: string } {
  if (typeof v === 'string') {
    if (v.startsWith('=')) return { value: null, formula: v };
    return { value: v === '' ? null : v, formula: '' };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: '' };
  return { value: null, formula: '' };
}

function rgb(hex: string): { red: number; green: number; blue: number } {
  const n = parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

export function filePort(o: FilePortOptions): SpreadsheetPort & {
  /** Whether the file's tabs were not the ones the list named (a tab renamed, added or deleted in the file). */
  tabsChanged(): boolean;
} {
  const { api, fileId } = o;
  const ss = () => api.Spreadsheets!;
  let names: string[] | null = o.knownSheets ? [...o.knownSheets] : null;
  let meta: Map<string, Meta> | null = null;
  let cache: Map<string, SheetSnapshot> | null = null;
  let changed = false;

  const loadMeta = (): Map<string, Meta> => {
    if (meta) return meta;
    const got = ss().get(fileId, {
      fields: 'sheets(properties(sheetId,title),protectedRanges(protectedRangeId,description,range))',
    });
    meta = new Map();
    for (const s of got.sheets ?? []) {
      const p = s.properties!;
      meta.set(p.title!, {
        sheetId: p.sheetId!,
        protections: (s.protectedRanges ?? []).map((r) => ({
          id: r.protectedRangeId!,
          description: r.description ?? '',
          whole: r.range?.startRowIndex === undefined && r.range?.startColumnIndex === undefined,
        })),
      });
    }
    const listed = [...meta.keys()];
    if (names && (names.length !== listed.length || names.some((n) => !meta!.has(n)))) changed = true;
    names = listed;
    return meta;
  };
  if (o.fresh) {
    meta = new Map([[PLACEHOLDER, { sheetId: o.fresh.placeholderId, protections: [] }]]);
    names = [PLACEHOLDER];
    cache = new Map([[PLACEHOLDER, { name: PLACEHOLDER, values: [], formulas: [] }]]);
  }
  const idOf = (sheet: string): number => {
    const m = loadMeta().get(sheet);
    if (!m) throw new Error(`Juror file ${fileId} has no sheet "${sheet}".`);
    return m.sheetId;
  };
  const update = (requests: Request[]) => {
    if (requests.length === 0) return [];
    return ss().batchUpdate({ requests }, fileId).replies ?? [];
  };
  const grid = (sheet: string, r?: RangeRef): GridRange => {
    const g: GridRange = { sheetId: idOf(sheet) };
    if (r) {
      g.startRowIndex = r.row - 1;
      g.endRowIndex = r.row - 1 + r.numRows;
      g.startColumnIndex = r.col - 1;
      g.endColumnIndex = r.col - 1 + r.numCols;
    }
    return g;
  };

  /** Every tab at once: one batchGet; a tab the list names but the file lacks makes it list its tabs first. */
  const readAll = (): Map<string, SheetSnapshot> => {
    if (cache) return cache;
    const fetch = (list: string[]) =>
      ss().Values!.batchGet(fileId, {
        ranges: list.map(quoteRange),
        valueRenderOption: 'FORMULA',
        dateTimeRenderOption: 'FORMATTED_STRING',
      });
    let list = names ?? [...loadMeta().keys()];
    let got: GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
    try {
      got = fetch(list);
    } catch (error) {
      if (!/Unable to parse range/i.test(error instanceof Error ? error.message : String(error))) throw error;
      meta = null;
      list = [...loadMeta().keys()];
      changed = true;
      got = fetch(list);
    }
    cache = new Map();
    list.forEach((name, i) => {
      const rows = (got.valueRanges?.[i]?.values ?? []) as unknown[][];
      const width = Math.max(0, ...rows.map((r) => r.length));
      const cells = rows.map((r) => Array.from({ length: width }, (_, c) => cell(r[c])));
      // Trailing empty rows are not rows of the sheet's content.
      while (cells.length > 0 && cells[cells.length - 1].every((x) => x.value === null && !x.formula))
        cells.pop();
      cache!.set(name, {
        name,
        values: cells.map((r) => r.map((x) => x.value)),
        formulas: cells.map((r) => r.map((x) => x.formula)),
      });
    });
    return cache;
  };
  const forget = () => {
    cache = null;
  };

  return {
    locale: () => o.locale(),
    sheetNames: () => [...(names ?? [...loadMeta().keys()])],
    read: (name) => {
      const s = readAll().get(name);
      return s
        ? { name, values: s.values.map((r) => [...r]), formulas: s.formulas.map((r) => [...r]) }
        : null;
    },
    insertSheet(name) {
      const m = loadMeta();
      const current = names ?? [];
      if (current.some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new Error(`A sheet with the name "${name}" already exists.`);
      const placeholder = m.get(PLACEHOLDER);
      if (placeholder && current.includes(PLACEHOLDER)) {
        // A new file's only sheet becomes its first tab.
        const sheetId = placeholder.sheetId;
        update([{ updateSheetProperties: { properties: { sheetId, title: name }, fields: 'title' } }]);
        m.delete(PLACEHOLDER);
        m.set(name, { sheetId, protections: [] });
        names = current.map((n) => (n === PLACEHOLDER ? name : n));
      } else {
        const [reply] = update([{ addSheet: { properties: { title: name } } }]);
        m.set(name, { sheetId: reply.addSheet!.properties!.sheetId!, protections: [] });
        names = [...current, name];
      }
      forget();
    },
    deleteSheet(name) {
      update([{ deleteSheet: { sheetId: idOf(name) } }]);
      loadMeta().delete(name);
      names = (names ?? []).filter((n) => n !== name);
      forget();
    },
    renameSheet(from, to) {
      const m = loadMeta();
      update([
        { updateSheetProperties: { properties: { sheetId: idOf(from), title: to }, fields: 'title' } },
      ]);
      m.set(to, m.get(from)!);
      m.delete(from);
      names = (names ?? []).map((n) => (n === from ? to : n));
      forget();
    },
    clearSheet(name, options) {
      const m = loadMeta().get(name);
      const requests: Request[] = [
        {
          updateCells: {
            range: grid(name),
            fields: options?.keepValues ? 'userEnteredFormat,note,dataValidation' : '*',
          },
        },
        { unmergeCells: { range: grid(name) } },
      ];
      for (const p of m?.protections ?? [])
        if (p.description.startsWith(PROTECTION_PREFIX))
          requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
      update(requests);
      if (m) m.protections = m.protections.filter((p) => !p.description.startsWith(PROTECTION_PREFIX));
      forget();
    },
    writeBlock(name, block: Block) {
      const rows = block.values.map((r, i) => ({
        values: r.map((v, j) => {
          const f = block.formulas?.[i]?.[j];
          if (f) return { userEnteredValue: { formulaValue: f } };
          if (v === null) return {};
          if (typeof v === 'number') return { userEnteredValue: { numberValue: v } };
          if (typeof v === 'boolean') return { userEnteredValue: { boolValue: v } };
          // stringValue is stored as text even when it starts with '=': user text never becomes a formula.
          return { userEnteredValue: { stringValue: v } };
        }),
      }));
      const width = Math.max(0, ...block.values.map((r) => r.length));
      if (width === 0 || rows.length === 0) return;
      update([
        {
          updateCells: {
            range: grid(name, { row: block.row, col: block.col, numRows: rows.length, numCols: width }),
            rows,
            fields: 'userEnteredValue',
          },
        },
      ]);
      forget();
    },
    writeFormats(name, f: FormatBlock) {
      const parts = [
        f.numberFormats && 'userEnteredFormat.numberFormat',
        f.backgrounds && 'userEnteredFormat.backgroundColor',
        f.bold && 'userEnteredFormat.textFormat.bold',
        f.notes && 'note',
      ].filter(Boolean);
      if (parts.length === 0) return;
      const rows = Array.from({ length: f.numRows }, (_, i) => ({
        values: Array.from({ length: f.numCols }, (_, j) => {
          const format: GoogleAppsScript.Sheets.Schema.CellFormat = {};
          const nf = f.numberFormats?.[i]?.[j];
          if (f.numberFormats)
            format.numberFormat = nf ? { type: nf === '@' ? 'TEXT' : 'NUMBER', pattern: nf } : {};
          const bg = f.backgrounds?.[i]?.[j];
          if (f.backgrounds) format.backgroundColor = bg ? rgb(bg) : rgb('#ffffff');
          if (f.bold) format.textFormat = { bold: f.bold[i]?.[j] === true };
          const out: GoogleAppsScript.Sheets.Schema.CellData = { userEnteredFormat: format };
          if (f.notes) out.note = f.notes[i]?.[j] ?? '';
          return out;
        }),
      }));
      update([
        {
          updateCells: {
            range: grid(name, { row: f.row, col: f.col, numRows: f.numRows, numCols: f.numCols }),
            rows,
            fields: parts.join(','),
          },
        },
      ]);
    },
    setValidations(name, validations: Validation[]) {
      const requests: Request[] = [{ setDataValidation: { range: grid(name) } }];
      for (const v of validations) {
        const rule = v.rule;
        if (rule.kind === 'any') {
          requests.push({ setDataValidation: { range: grid(name, v.range) } });
          continue;
        }
        const condition =
          rule.kind === 'number'
            ? {
                type: 'NUMBER_BETWEEN',
                values: [{ userEnteredValue: String(rule.min) }, { userEnteredValue: String(rule.max) }],
              }
            : rule.kind === 'list'
              ? { type: 'ONE_OF_LIST', values: rule.values.map((x) => ({ userEnteredValue: x })) }
              : rule.kind === 'checkbox'
                ? { type: 'BOOLEAN' }
                : {
                    type: 'ONE_OF_RANGE',
                    values: [
                      { userEnteredValue: `=${quoteRange(rule.sheet)}!R${rule.range.row}C${rule.range.col}` },
                    ],
                  };
        requests.push({
          setDataValidation: {
            range: grid(name, v.range),
            rule: {
              condition,
              strict: true,
              inputMessage: rule.helpText,
              showCustomUi: rule.kind !== 'number',
            },
          },
        });
      }
      update(requests);
    },
    setProtection(name, protection: Protection | null) {
      const m = loadMeta().get(name);
      const requests: Request[] = [];
      for (const p of m?.protections ?? [])
        if (p.description.startsWith(PROTECTION_PREFIX))
          requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
      if (protection) {
        const description =
          PROTECTION_PREFIX + protection.description + (protection.seal ? SEAL_MARK + protection.seal : '');
        // Only the juror shares the file: the cells open to them are the ranges left unprotected;
        // the rest stays with the account that made the file (the only one that can read it back).
        requests.push({
          addProtectedRange: {
            protectedRange: {
              range: grid(name),
              description,
              warningOnly: false,
              editors: { users: [o.user()] },
              unprotectedRanges: protection.editableRanges.map((e) => grid(name, e.range)),
            },
          },
        });
      }
      const replies = update(requests);
      if (m) {
        m.protections = m.protections.filter((p) => !p.description.startsWith(PROTECTION_PREFIX));
        const added = replies[replies.length - 1]?.addProtectedRange?.protectedRange;
        if (protection && added)
          m.protections.push({
            id: added.protectedRangeId!,
            description: added.description ?? '',
            whole: true,
          });
      }
    },
    setLook(name, look: SheetLook) {
      const sheetId = idOf(name);
      const gridProperties: GoogleAppsScript.Sheets.Schema.GridProperties = {
        frozenRowCount: look.frozenRows,
        frozenColumnCount: look.frozenCols,
      };
      const fields = ['gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount'];
      if (look.gridSize) {
        gridProperties.rowCount = look.gridSize.rows;
        gridProperties.columnCount = look.gridSize.cols;
        fields.push('gridProperties.rowCount', 'gridProperties.columnCount');
      }
      const requests: Request[] = [
        { updateSheetProperties: { properties: { sheetId, gridProperties }, fields: fields.join(',') } },
      ];
      (look.columnWidths ?? []).forEach((px, i) => {
        if (px === DEFAULT_COLUMN_WIDTH) return;
        requests.push({
          updateDimensionProperties: {
            range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 },
            properties: { pixelSize: px },
            fields: 'pixelSize',
          },
        });
      });
      update(requests);
    },
    setPaper() {
      throw new Error('A juror file holds juror tabs only: no paper layout.');
    },
    user: () => o.user(),
    isOwner: () => true,
    protectionState(name): ProtectionState {
      const m = loadMeta().get(name);
      const whole = m?.protections.find((p) => p.whole);
      if (!whole) return { seal: null, blocked: null };
      if (!whole.description.startsWith(PROTECTION_PREFIX)) return { seal: null, blocked: 'foreign' };
      const at = whole.description.lastIndexOf(SEAL_MARK);
      return { seal: at >= 0 ? whole.description.slice(at + SEAL_MARK.length) : null, blocked: null };
    },
    tabsChanged: () => changed,
  };
}
