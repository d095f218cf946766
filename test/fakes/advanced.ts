/**
 * The Sheets (v4) and Drive (v3) advanced services, as far as publishing uses
 * them: create a spreadsheet with named sheets, read its sheet list, add and
 * delete sheets, clear and write values (RAW keeps every string as text), and
 * share it with anyone who has the link. Separate from the SpreadsheetApp
 * fake: the published file lives outside the bound spreadsheet.
 */
export interface PublishedFile {
  id: string;
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
}

function unquote(range: string): string {
  const name = range.split('!')[0];
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export function createFakeAdvanced(): FakeAdvanced {
  const files = new Map<string, PublishedFile>();
  let next = 1;
  let nextSheet = 100;
  const file = (id: string): PublishedFile => {
    const f = files.get(id);
    if (!f) throw new Error(`Requested entity was not found: ${id}`);
    return f;
  };
  const state = { refuseSharing: false };
  const spreadsheets = {
    create(resource: GoogleAppsScript.Sheets.Schema.Spreadsheet) {
      const id = `published-${next++}`;
      const f: PublishedFile = {
        id,
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
      const f = file(id);
      return {
        spreadsheetId: id,
        spreadsheetUrl: f.url,
        sheets: f.sheets.map((s) => ({ properties: { sheetId: s.sheetId, title: s.title } })),
      };
    },
    batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, id: string) {
      const f = file(id);
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
        const f = file(id);
        for (const range of resource.ranges ?? []) {
          const s = f.sheets.find((x) => x.title === unquote(range));
          if (!s) throw new Error(`Unable to parse range: ${range}`);
          s.values = [];
        }
        return {};
      },
      batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest, id: string) {
        const f = file(id);
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
        if (state.refuseSharing)
          throw new Error('The user does not have sufficient permissions for this file.');
        file(id).permissions.push({ ...resource });
        return resource;
      },
    },
  };
  return {
    Sheets: { Spreadsheets: spreadsheets } as unknown as GoogleAppsScript.Sheets,
    Drive: drive as unknown as GoogleAppsScript.Drive,
    files,
    get refuseSharing() {
      return state.refuseSharing;
    },
    set refuseSharing(v: boolean) {
      state.refuseSharing = v;
    },
  };
}
