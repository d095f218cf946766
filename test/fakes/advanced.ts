/**
 * The Sheets (v4) and Drive (v3) advanced services: the published results
 * file and the juror files (one spreadsheet per juror). Files live outside
 * the bound spreadsheet, each with its creator, its Drive permissions and
 * its sheets (values, formulas, rules, protected ranges, grid size).
 *
 * As strict as Google where Juri depends on it:
 * - drive.file: an API call reaches a file only for the account that created
 *   it; any other account (and a trashed file) gets "not found".
 * - A person opens a file in the browser only when it is shared with them
 *   (`openAs`), and types only into cells no protected range keeps from them
 *   (`typeAs`): a protection's editors, its unprotected ranges, the owner.
 * - A write outside a sheet's grid, a range naming no sheet, and a request
 *   kind this fake does not know are refused, as the API refuses them.
 */
import type { Recorder } from './calls';

export interface FileSheet {
  sheetId: number;
  title: string;
  /** Values as stored; a formula's cell holds null here and its text in `formulas`. */
  values: unknown[][];
  formulas: string[][];
  valueInputOption: string;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** Data validation rules by A1 cell key 'r,c' (0-based). */
  rules: Map<string, unknown>;
  protectedRanges: FileProtection[];
}

export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface FileProtection {
  protectedRangeId: number;
  range: GridRange;
  description: string;
  editors: string[];
  unprotectedRanges: GridRange[];
}

export interface FilePermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
  allowFileDiscovery?: boolean;
  /** The message of the notification email, when one was sent. */
  emailMessage?: string;
}

export interface PublishedFile {
  id: string;
  /** The account that created it: drive.file covers the file for that account alone. */
  creator: string;
  /** Deleted (in the trash): the APIs answer "not found", as for a file one may not see. */
  trashed: boolean;
  title: string;
  url: string;
  locale: string;
  sheets: FileSheet[];
  permissions: FilePermission[];
}

export interface FakeAdvanced {
  Sheets: GoogleAppsScript.Sheets;
  Drive: GoogleAppsScript.Drive;
  files: Map<string, PublishedFile>;
  /** Sharing with anyone is refused, as a domain policy does. */
  refuseSharing: boolean;
  /** The files anyone with the link can view. */
  publicFiles(): PublishedFile[];
  /** A person opens a file in the browser: refused unless it is theirs or shared with them. */
  openAs(email: string, fileId: string): PublishedFile;
  /** A person types into a cell of a file in the browser, as Sheets lets them or refuses. */
  typeAs(email: string, fileId: string, sheet: string, a1: string, value: string | number | null): void;
}

export interface AdvancedOptions {
  /**
   * Counts each call ('Sheets.Spreadsheets.get', 'Drive.Permissions.create')
   * with the SpreadsheetApp fake's calls, so failure injection reaches them.
   */
  recorder?: Recorder;
  /** The account running the script (the SpreadsheetApp fake's effective user). */
  user?: () => string;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;

function unquote(range: string): string {
  const name = range.split('!')[0];
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function cellOf(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]) - 1, col - 1];
}

function within(g: GridRange, r: number, c: number, sheet: FileSheet): boolean {
  return (
    r >= (g.startRowIndex ?? 0) &&
    r < (g.endRowIndex ?? sheet.rowCount) &&
    c >= (g.startColumnIndex ?? 0) &&
    c < (g.endColumnIndex ?? sheet.columnCount)
  );
}

function newSheet(sheetId: number, title: string): FileSheet {
  return {
    sheetId,
    title,
    values: [],
    formulas: [],
    valueInputOption: '',
    rowCount: DEFAULT_ROWS,
    columnCount: DEFAULT_COLS,
    frozenRows: 0,
    frozenColumns: 0,
    rules: new Map(),
    protectedRanges: [],
  };
}

function setCell(s: FileSheet, r: number, c: number, value: unknown, formula: string): void {
  while (s.values.length <= r) s.values.push([]);
  while (s.formulas.length <= r) s.formulas.push([]);
  s.values[r][c] = value;
  s.formulas[r][c] = formula;
}

export function createFakeAdvanced(options: AdvancedOptions = {}): FakeAdvanced {
  const files = new Map<string, PublishedFile>();
  let next = 1;
  let nextSheet = 100;
  let nextProtection = 500;
  let nextPermission = 1;
  const user = options.user ?? (() => 'sekretariat@example.go.id');
  const call = (method: string) => options.recorder?.call(method);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  /** What the APIs answer for a file that is gone or that this account's drive.file grant does not cover. */
  const file = (id: string, method: string): PublishedFile => {
    const f = files.get(id);
    if (!f || f.trashed || !same(f.creator, user()))
      throw new Error(`API call to ${method} failed with error: Requested entity was not found.`);
    return f;
  };
  const sheetById = (f: PublishedFile, sheetId: number | undefined): FileSheet => {
    const s = f.sheets.find((x) => x.sheetId === sheetId);
    if (!s) throw new Error(`Invalid requests: No grid with id: ${sheetId}`);
    return s;
  };
  const checkGrid = (s: FileSheet, g: GridRange) => {
    if ((g.endRowIndex ?? 0) > s.rowCount || (g.endColumnIndex ?? 0) > s.columnCount)
      throw new Error(`Invalid requests: Range ('${s.title}') exceeds grid limits.`);
  };
  const state = { refuseSharing: false };

  type Req = Record<string, Record<string, unknown> | undefined>;
  const apply = (f: PublishedFile, r: Req): Record<string, unknown> => {
    const kinds = Object.keys(r).filter((k) => r[k] !== undefined);
    if (kinds.length !== 1) throw new Error(`Invalid requests: one kind per request (${kinds.join(', ')})`);
    const kind = kinds[0];
    const body = r[kind] as never as Record<string, never>;
    switch (kind) {
      case 'addSheet': {
        const title = (body.properties as { title?: string })?.title ?? '';
        if (f.sheets.some((s) => same(s.title, title)))
          throw new Error(`Invalid requests: A sheet with the name "${title}" already exists.`);
        const s = newSheet(nextSheet++, title);
        f.sheets.push(s);
        return { addSheet: { properties: { sheetId: s.sheetId, title } } };
      }
      case 'deleteSheet': {
        if (f.sheets.length === 1) throw new Error('You can\u2019t remove all the sheets in a document.');
        const s = sheetById(f, (body as { sheetId?: number }).sheetId);
        f.sheets = f.sheets.filter((x) => x !== s);
        return {};
      }
      case 'updateSpreadsheetProperties':
        f.title = (body.properties as { title?: string })?.title ?? f.title;
        return {};
      case 'updateSheetProperties': {
        const p = body.properties as {
          sheetId: number;
          title?: string;
          gridProperties?: Record<string, number>;
        };
        const s = sheetById(f, p.sheetId);
        const fields = String(body.fields ?? '');
        if (fields.includes('title') && p.title !== undefined) {
          if (f.sheets.some((x) => x !== s && same(x.title, p.title!)))
            throw new Error(`Invalid requests: A sheet with the name "${p.title}" already exists.`);
          s.title = p.title;
        }
        const gp = p.gridProperties ?? {};
        if (gp.frozenRowCount !== undefined) s.frozenRows = gp.frozenRowCount;
        if (gp.frozenColumnCount !== undefined) s.frozenColumns = gp.frozenColumnCount;
        if (gp.rowCount !== undefined) s.rowCount = gp.rowCount;
        if (gp.columnCount !== undefined) s.columnCount = gp.columnCount;
        // Cells beyond a smaller grid are gone, as in Sheets.
        s.values = s.values.slice(0, s.rowCount).map((row) => row.slice(0, s.columnCount));
        s.formulas = s.formulas.slice(0, s.rowCount).map((row) => row.slice(0, s.columnCount));
        return {};
      }
      case 'updateCells': {
        const range = body.range as GridRange;
        const s = sheetById(f, range.sheetId);
        checkGrid(s, range);
        const fields = String(body.fields ?? '');
        const rows = (body.rows ?? []) as { values?: Record<string, unknown>[] }[];
        const r0 = range.startRowIndex ?? 0;
        const c0 = range.startColumnIndex ?? 0;
        if (fields === '*' || fields.includes('userEnteredValue')) {
          if (rows.length === 0 && fields === '*') {
            // The whole range emptied.
            for (let r = r0; r < (range.endRowIndex ?? s.values.length); r++)
              for (let c = c0; c < (range.endColumnIndex ?? s.values[r]?.length ?? 0); c++)
                if (s.values[r]) setCell(s, r, c, null, '');
          }
          rows.forEach((row, i) =>
            (row.values ?? []).forEach((cell, j) => {
              const v = (cell.userEnteredValue ?? {}) as Record<string, unknown>;
              if (v.formulaValue !== undefined) setCell(s, r0 + i, c0 + j, null, String(v.formulaValue));
              else setCell(s, r0 + i, c0 + j, v.stringValue ?? v.numberValue ?? v.boolValue ?? null, '');
            }),
          );
        }
        if (fields === '*' || fields.includes('dataValidation'))
          for (const key of [...s.rules.keys()]) {
            const [r, c] = key.split(',').map(Number);
            if (within(range, r, c, s)) s.rules.delete(key);
          }
        return {};
      }
      case 'unmergeCells':
        sheetById(f, (body.range as GridRange).sheetId);
        return {};
      case 'setDataValidation': {
        const range = body.range as GridRange;
        const s = sheetById(f, range.sheetId);
        checkGrid(s, range);
        for (let r = range.startRowIndex ?? 0; r < (range.endRowIndex ?? s.rowCount); r++)
          for (let c = range.startColumnIndex ?? 0; c < (range.endColumnIndex ?? s.columnCount); c++) {
            if (body.rule) s.rules.set(`${r},${c}`, body.rule);
            else s.rules.delete(`${r},${c}`);
          }
        return {};
      }
      case 'addProtectedRange': {
        const p = body.protectedRange as {
          range: GridRange;
          description?: string;
          editors?: { users?: string[] };
          unprotectedRanges?: GridRange[];
        };
        const s = sheetById(f, p.range.sheetId);
        const made: FileProtection = {
          protectedRangeId: nextProtection++,
          range: p.range,
          description: p.description ?? '',
          editors: [...(p.editors?.users ?? [])],
          unprotectedRanges: (p.unprotectedRanges ?? []).map((u) => {
            checkGrid(s, u);
            return { ...u };
          }),
        };
        s.protectedRanges.push(made);
        return { addProtectedRange: { protectedRange: { ...made } } };
      }
      case 'deleteProtectedRange': {
        const id = (body as { protectedRangeId?: number }).protectedRangeId;
        const s = f.sheets.find((x) => x.protectedRanges.some((p) => p.protectedRangeId === id));
        if (!s) throw new Error(`Invalid requests: No protected range with id: ${id}`);
        s.protectedRanges = s.protectedRanges.filter((p) => p.protectedRangeId !== id);
        return {};
      }
      case 'updateDimensionProperties': {
        const range = body.range as { sheetId: number; endIndex: number; dimension: string };
        const s = sheetById(f, range.sheetId);
        if (range.dimension === 'COLUMNS' && range.endIndex > s.columnCount)
          throw new Error(`Invalid requests: Range ('${s.title}') exceeds grid limits.`);
        return {};
      }
      default:
        throw new Error(`This fake does not know the request "${kind}".`);
    }
  };

  const spreadsheets = {
    create(resource: GoogleAppsScript.Sheets.Schema.Spreadsheet) {
      call('Sheets.Spreadsheets.create');
      const id = `file-${next++}`;
      const sheets = (resource.sheets ?? [{ properties: { title: 'Sheet1' } }]).map((s) =>
        newSheet(nextSheet++, s.properties?.title ?? ''),
      );
      const f: PublishedFile = {
        id,
        creator: user(),
        trashed: false,
        title: resource.properties?.title ?? '',
        url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
        locale: resource.properties?.locale ?? 'en_US',
        sheets,
        permissions: [],
      };
      files.set(id, f);
      return {
        spreadsheetId: id,
        spreadsheetUrl: f.url,
        sheets: sheets.map((s) => ({ properties: { sheetId: s.sheetId, title: s.title } })),
      };
    },
    get(id: string) {
      call('Sheets.Spreadsheets.get');
      const f = file(id, 'sheets.spreadsheets.get');
      return {
        spreadsheetId: id,
        spreadsheetUrl: f.url,
        sheets: f.sheets.map((s) => ({
          properties: { sheetId: s.sheetId, title: s.title },
          protectedRanges: s.protectedRanges.map((p) => ({
            protectedRangeId: p.protectedRangeId,
            description: p.description,
            range: { ...p.range },
          })),
        })),
      };
    },
    batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, id: string) {
      call('Sheets.Spreadsheets.batchUpdate');
      const f = file(id, 'sheets.spreadsheets.batchUpdate');
      // All or nothing, as the API applies a batch.
      const before = structuredClone(f);
      try {
        const replies = (resource.requests ?? []).map((r) => apply(f, r as unknown as Req));
        return { replies };
      } catch (error) {
        Object.assign(f, before);
        throw error;
      }
    },
    Values: {
      batchGet(id: string, args: { ranges?: string[]; valueRenderOption?: string }) {
        call('Sheets.Spreadsheets.Values.batchGet');
        const f = file(id, 'sheets.spreadsheets.values.batchGet');
        const valueRanges = (args.ranges ?? []).map((range) => {
          const s = f.sheets.find((x) => x.title === unquote(range));
          if (!s) throw new Error(`Unable to parse range: ${range}`);
          const formula = args.valueRenderOption === 'FORMULA';
          const rows = s.values.map((row, r) =>
            Array.from({ length: row.length }, (_, c) => {
              const fx = s.formulas[r]?.[c] ?? '';
              if (fx) return formula ? fx : '';
              const v = row[c];
              return v === null || v === undefined ? '' : v;
            }),
          );
          // The API leaves out trailing empty cells and rows.
          const trimmed = rows.map((row) => {
            let end = row.length;
            while (end > 0 && row[end - 1] === '') end--;
            return row.slice(0, end);
          });
          while (trimmed.length > 0 && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
          return { range, values: trimmed };
        });
        return { spreadsheetId: id, valueRanges };
      },
      batchClear(resource: { ranges?: string[] }, id: string) {
        call('Sheets.Spreadsheets.Values.batchClear');
        const f = file(id, 'sheets.spreadsheets.values.batchClear');
        for (const range of resource.ranges ?? []) {
          const s = f.sheets.find((x) => x.title === unquote(range));
          if (!s) throw new Error(`Unable to parse range: ${range}`);
          s.values = [];
          s.formulas = [];
        }
        return {};
      },
      batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest, id: string) {
        call('Sheets.Spreadsheets.Values.batchUpdate');
        const f = file(id, 'sheets.spreadsheets.values.batchUpdate');
        for (const d of resource.data ?? []) {
          const s = f.sheets.find((x) => x.title === unquote(d.range ?? ''));
          if (!s) throw new Error(`Unable to parse range: ${d.range}`);
          s.values = (d.values ?? []).map((r) => [...r]);
          s.formulas = s.values.map((r) => r.map(() => ''));
          s.valueInputOption = resource.valueInputOption ?? '';
        }
        return {};
      },
    },
  };
  const drive = {
    Permissions: {
      create(
        resource: { type: string; role: string; emailAddress?: string; allowFileDiscovery?: boolean },
        id: string,
        args: { sendNotificationEmail?: boolean; emailMessage?: string } = {},
      ) {
        call('Drive.Permissions.create');
        const f = file(id, 'drive.permissions.create');
        if (state.refuseSharing && resource.type === 'anyone')
          throw new Error('The user does not have sufficient permissions for this file.');
        // Drive keeps one permission per grantee: creating it again changes nothing.
        const found = f.permissions.find(
          (p) =>
            p.type === resource.type &&
            p.role === resource.role &&
            (p.emailAddress ?? '').toLowerCase() === (resource.emailAddress ?? '').toLowerCase(),
        );
        if (!found)
          f.permissions.push({
            id: `perm-${nextPermission++}`,
            ...resource,
            ...(args.emailMessage === undefined ? {} : { emailMessage: args.emailMessage }),
          });
        return resource;
      },
      list(id: string) {
        call('Drive.Permissions.list');
        const f = file(id, 'drive.permissions.list');
        return {
          permissions: [
            { id: 'owner', type: 'user', role: 'owner', emailAddress: f.creator },
            ...f.permissions.map((p) => ({ ...p })),
          ],
        };
      },
      remove(id: string, permissionId: string) {
        call('Drive.Permissions.remove');
        const f = file(id, 'drive.permissions.delete');
        f.permissions = f.permissions.filter((p) => p.id !== permissionId);
      },
    },
  };
  const openAs = (email: string, fileId: string): PublishedFile => {
    const f = files.get(fileId);
    const may =
      f &&
      !f.trashed &&
      (same(f.creator, email) ||
        f.permissions.some((p) => p.type === 'anyone' || same(p.emailAddress ?? '', email)));
    if (!f || !may) throw new Error('You need access: ask for access, or switch to an account with access.');
    return f;
  };
  return {
    Sheets: { Spreadsheets: spreadsheets } as unknown as GoogleAppsScript.Sheets,
    Drive: drive as unknown as GoogleAppsScript.Drive,
    files,
    publicFiles: () =>
      [...files.values()].filter((f) => !f.trashed && f.permissions.some((p) => p.type === 'anyone')),
    openAs,
    typeAs(email, fileId, sheetName, a1, value) {
      const f = openAs(email, fileId);
      const writer =
        same(f.creator, email) ||
        f.permissions.some((p) => p.role === 'writer' && same(p.emailAddress ?? '', email));
      if (!writer) throw new Error('You can only view this file.');
      const s = f.sheets.find((x) => x.title === sheetName);
      if (!s) throw new Error(`No sheet ${sheetName}`);
      const [r, c] = cellOf(a1);
      if (r >= s.rowCount || c >= s.columnCount) throw new Error(`${a1} is outside the sheet`);
      for (const p of s.protectedRanges) {
        if (!within(p.range, r, c, s) || same(f.creator, email)) continue;
        if (p.editors.some((e) => same(e, email))) continue;
        if (p.unprotectedRanges.some((u) => within(u, r, c, s))) continue;
        throw new Error(
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        );
      }
      const rule = s.rules.get(`${r},${c}`) as
        | { condition?: { type: string; values: { userEnteredValue: string }[] }; strict?: boolean }
        | undefined;
      if (rule?.strict && rule.condition?.type === 'NUMBER_BETWEEN' && value !== null) {
        const [min, max] = rule.condition.values.map((v) => Number(v.userEnteredValue));
        if (typeof value !== 'number' || value < min || value > max)
          throw new Error(
            `There was a problem: the data you entered in cell ${a1} violates the rules set on it.`,
          );
      }
      if (typeof value === 'string' && value.startsWith('=')) setCell(s, r, c, null, value);
      else setCell(s, r, c, value, '');
    },
    get refuseSharing() {
      return state.refuseSharing;
    },
    set refuseSharing(v: boolean) {
      state.refuseSharing = v;
    },
  };
}
