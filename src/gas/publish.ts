/**
 * Publish results in Apps Script: the file service of the workflow's
 * publishResults (workflow/publish.ts) over the Sheets and Drive APIs
 * (advanced services), because those work with the narrow drive.file scope:
 * Juri may touch only the file it created, never the rest of the user's
 * Drive. Which file was published, its link, who created it and when it was
 * last published are kept in the document's properties.
 */
import type { Lang } from '../core/model';
import type { CellValue, SpreadsheetPort } from '../workbook/port';
import * as workflow from '../workflow/actions';
import { localNow } from './shell';

const ID_KEY = 'juri.published.id';
const URL_KEY = 'juri.published.url';
const AT_KEY = 'juri.published.at';
const BY_KEY = 'juri.published.by';

export interface PublishServices {
  sheets: GoogleAppsScript.Sheets;
  drive: GoogleAppsScript.Drive;
  properties: GoogleAppsScript.Properties.Properties;
  /** The account running this execution: the only one whose drive.file grant covers the files it creates. */
  user(): string;
}

/** Whether the Sheets and Drive advanced services are enabled in this project (they are globals only then). */
export function advancedServicesEnabled(): { sheets: boolean; drive: boolean } {
  return { sheets: typeof Sheets !== 'undefined', drive: typeof Drive !== 'undefined' };
}

function services(): PublishServices | null {
  // `typeof`: a service that is not enabled is no global at all, and naming it throws a ReferenceError.
  if (typeof Sheets === 'undefined' || typeof Drive === 'undefined' || !Sheets || !Drive) return null;
  return {
    sheets: Sheets,
    drive: Drive,
    properties: PropertiesService.getDocumentProperties(),
    user: () => Session.getEffectiveUser().getEmail(),
  };
}

export function publishedLink(): { url: string; at: string } | null {
  const props = PropertiesService.getDocumentProperties();
  const url = props.getProperty(URL_KEY);
  return url ? { url, at: props.getProperty(AT_KEY) ?? '' } : null;
}

function asRows(values: CellValue[][]): (string | number | boolean)[][] {
  return values.map((r) => r.map((v) => (v === null ? '' : v)));
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The published file through the Sheets and Drive APIs, remembered in the document's properties. */
function storeOf(s: PublishServices): workflow.PublishStore {
  const sheets = () => s.sheets.Spreadsheets!;
  return {
    publishedId: () => s.properties.getProperty(ID_KEY),
    publishedUrl: () => s.properties.getProperty(URL_KEY) ?? '',
    publisher: () => s.properties.getProperty(BY_KEY) ?? '',
    user: () => s.user(),
    open(id) {
      const existing = sheets().get(id, { fields: 'spreadsheetId,spreadsheetUrl,sheets.properties' });
      const have = (existing.sheets ?? []).map((sh) => sh.properties!);
      return {
        url: existing.spreadsheetUrl,
        fit(title, sheetTitles) {
          const requests: GoogleAppsScript.Sheets.Schema.Request[] = [];
          for (const t of sheetTitles)
            if (!have.some((p) => p.title === t)) requests.push({ addSheet: { properties: { title: t } } });
          for (const p of have)
            if (!sheetTitles.includes(p.title ?? '')) requests.push({ deleteSheet: { sheetId: p.sheetId } });
          requests.push({ updateSpreadsheetProperties: { properties: { title }, fields: 'title' } });
          sheets().batchUpdate({ requests }, id);
        },
      };
    },
    // Google's answer for a file that is gone, or that this account's drive.file grant does not cover.
    isGone: (error) => /not found|notFound|404/i.test(detail(error)),
    create(title, sheetTitles) {
      const created = sheets().create({
        properties: { title },
        sheets: sheetTitles.map((t) => ({ properties: { title: t } })),
      });
      const id = created.spreadsheetId!;
      const url = created.spreadsheetUrl ?? '';
      s.properties.setProperties({ [ID_KEY]: id, [URL_KEY]: url, [BY_KEY]: s.user(), [AT_KEY]: '' });
      return { id, url };
    },
    write(id, blocks) {
      const ranges = blocks.map((b) => `'${b.name.replace(/'/g, "''")}'`);
      sheets().Values!.batchClear({ ranges }, id);
      sheets().Values!.batchUpdate(
        {
          valueInputOption: 'RAW',
          data: blocks.map((b, i) => ({ range: `${ranges[i]}!A1`, values: asRows(b.values) })),
        },
        id,
      );
    },
    shareWithLink(id) {
      s.drive.Permissions!.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, id);
    },
    rememberTime(at) {
      s.properties.setProperty(AT_KEY, at);
    },
  };
}

/** Publishes the ranking (and the recap when asked) from the spreadsheet `port` shows. */
export function publishRanking(
  port: SpreadsheetPort,
  includeRecap: boolean,
  lang: Lang,
  asNewFile: boolean,
): workflow.PublishOutcome {
  const s = services();
  return workflow.publishResults(port, s ? storeOf(s) : null, {
    includeRecap,
    lang,
    asNewFile,
    now: localNow,
  });
}
