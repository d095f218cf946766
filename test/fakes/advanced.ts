/**
 * The Sheets (v4) and Drive (v3) advanced services, as far as publishing uses
 * them: create a spreadsheet with named sheets, read its sheet list, add and
 * delete sheets, clear and write values (RAW keeps every string as text), and
 * share it with anyone who has the link. Separate from the SpreadsheetApp
 * fake: the published file lives outside the bound spreadsheet.
 */
export interface PublishedFile {
  id: string;
  /** The account that created it: drive.file covers the file for that account alone. */
  creator: string;
  /** Deleted (in the trash): the APIs answer "not found", as for a file one may not see. */
  trashed: boolean;
  title: string;
  url: string;
  sheets: { sheetId: number; title: string; values: unknown[][]; valueInputOption: string }[];
  permissions: { type: string; role: string; allowFileDiscovery?: boolean }[];
}

export interface FakeAdvanced {
  Sheets: GoogleAppsScript.Sheets;
  Drive: GoogleAppsScript.Drive;
  files: Map<string, PublishedFile>;
  /** Sharing with anyone is refused, as a domain policy does. */
  refuseSharing: boolean;
  /** The files anyone with the link can view. */
  publicFiles(): PublishedFile[];
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

import type { Recorder } from './calls';

function unquote(range: string): string {
  const name = range.split('!')[0];
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export function createFakeAdvanced(options: AdvancedOptions = {}): FakeAdvanced {
  const files = new Map<string, PublishedFile>();
  let next = 1;
  let nextSheet = 100;
  const user = options.user ?? (() => 'sekretariat@example.go.id');
  const call = (method: string) => options.recorder?.call(method);
  /** What the APIs answer for a file that is gone or that this account's drive.file grant does not cover. */
  const file = (id: string, method: string): PublishedFile => {
    const f = files.get(id);
    if (!f || f.trashed || f.creator !== user())
      throw new Error(`API call to ${method} failed with error: Requested entity was not found.`);
    return f;
  };
  const state = { refuseSharing: false };
  const spreadsheets = {
    create(resource: GoogleAppsScript.Sheets.Schema.Spreadsheet) {
      call('Sheets.Spreadsheets.create');
      const id = `published-${next++}`;
      const f: PublishedFile = {
        id,
        creator: user(),
        trashed: false,
        title: resource.properties?.title ?? '',
        url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
        sheets: (resource.sheets ?? []).map((s) => ({
          sheetId: nextSheet++,
          title: s.properties?.title ?? '',
          values: [],
          valueInputOption: '',
        })),
        permissions: [],
      };
      files.set(id, f);
      return { spreadsheetId: id, spreadsheetUrl: f.url };
    },
    get(id: string) {
      call('Sheets.Spreadsheets.get');
      const f = file(id, 'sheets.spreadsheets.get');
      return {
        spreadsheetId: id,
        spreadsheetUrl: f.url,
        sheets: f.sheets.map((s) => ({ properties: { sheetId: s.sheetId, title: s.title } })),
      };
    },
    batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, id: string) {
      call('Sheets.Spreadsheets.batchUpdate');
      const f = file(id, 'sheets.spreadsheets.batchUpdate');
      for (const r of resource.requests ?? []) {
        if (r.addSheet)
          f.sheets.push({
            sheetId: nextSheet++,
            title: r.addSheet.properties?.title ?? '',
            values: [],
            valueInputOption: '',
          });
        if (r.deleteSheet) {
          if (f.sheets.length === 1) throw new Error('You can\u2019t remove all the sheets in a document.');
          f.sheets = f.sheets.filter((s) => s.sheetId !== r.deleteSheet!.sheetId);
        }
        if (r.updateSpreadsheetProperties)
          f.title = r.updateSpreadsheetProperties.properties?.title ?? f.title;
      }
      return {};
    },
    Values: {
      batchClear(resource: { ranges?: string[] }, id: string) {
        call('Sheets.Spreadsheets.Values.batchClear');
        const f = file(id, 'sheets.spreadsheets.values.batchClear');
        for (const range of resource.ranges ?? []) {
          const s = f.sheets.find((x) => x.title === unquote(range));
          if (!s) throw new Error(`Unable to parse range: ${range}`);
          s.values = [];
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
          s.valueInputOption = resource.valueInputOption ?? '';
        }
        return {};
      },
    },
  };
  const drive = {
    Permissions: {
      create(resource: { type: string; role: string; allowFileDiscovery?: boolean }, id: string) {
        call('Drive.Permissions.create');
        const f = file(id, 'drive.permissions.create');
        if (state.refuseSharing)
          throw new Error('The user does not have sufficient permissions for this file.');
        // Drive keeps one "anyone" permission per file: creating it again changes nothing.
        if (!f.permissions.some((p) => p.type === resource.type && p.role === resource.role))
          f.permissions.push({ ...resource });
        return resource;
      },
    },
  };
  return {
    Sheets: { Spreadsheets: spreadsheets } as unknown as GoogleAppsScript.Sheets,
    Drive: drive as unknown as GoogleAppsScript.Drive,
    files,
    publicFiles: () =>
      [...files.values()].filter((f) => !f.trashed && f.permissions.some((p) => p.type === 'anyone')),
    get refuseSharing() {
      return state.refuseSharing;
    },
    set refuseSharing(v: boolean) {
      state.refuseSharing = v;
    },
  };
}
