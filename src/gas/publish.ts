/**
 * Publishes the ranking (and, on request, the recap) as a separate
 * spreadsheet that anyone with the link may view. It goes through the Sheets
 * and Drive APIs (advanced services) because those work with the narrow
 * drive.file scope: Juri may touch only the file it created, never the rest
 * of the user's Drive. Values are written RAW, so no title becomes a formula.
 */
import type { Lang, Text } from '../core/model';
import { textOf } from '../i18n';
import { publishMessages } from '../i18n/publish';
import type { CellValue } from '../workbook/port';
import { fingerprint, shortFingerprint } from '../core/fingerprint';
import { RANKING_NAMES, RECAP_NAMES, readRankingMeta } from '../workbook/rankingSheet';
import { readWorkbook, scoreSheets } from '../workflow/workbook';
import { activePort, localNow } from './shell';

const ID_KEY = 'juri.published.id';
const URL_KEY = 'juri.published.url';
const AT_KEY = 'juri.published.at';

export interface PublishServices {
  sheets: GoogleAppsScript.Sheets;
  drive: GoogleAppsScript.Drive;
  properties: GoogleAppsScript.Properties.Properties;
}

function services(): PublishServices {
  if (!Sheets || !Drive)
    throw new Error('Advanced services Sheets and Drive are not enabled in appsscript.json');
  return { sheets: Sheets, drive: Drive, properties: PropertiesService.getDocumentProperties() };
}

export function publishedLink(): { url: string; at: string } | null {
  const props = PropertiesService.getDocumentProperties();
  const url = props.getProperty(URL_KEY);
  return url ? { url, at: props.getProperty(AT_KEY) ?? '' } : null;
}

function asRows(values: CellValue[][]): (string | number | boolean)[][] {
  return values.map((r) => r.map((v) => (v === null ? '' : v)));
}

/** The published spreadsheet, created the first time and found again later (unless it was deleted). */
function target(s: PublishServices, title: string, sheetTitles: string[]): { id: string; url: string } {
  const known = s.properties.getProperty(ID_KEY);
  if (known) {
    try {
      const existing = s.sheets.Spreadsheets!.get(known, {
        fields: 'spreadsheetId,spreadsheetUrl,sheets.properties',
      });
      const have = (existing.sheets ?? []).map((sh) => sh.properties!);
      const requests: GoogleAppsScript.Sheets.Schema.Request[] = [];
      for (const t of sheetTitles)
        if (!have.some((p) => p.title === t)) requests.push({ addSheet: { properties: { title: t } } });
      for (const p of have)
        if (!sheetTitles.includes(p.title ?? '')) requests.push({ deleteSheet: { sheetId: p.sheetId } });
      requests.push({ updateSpreadsheetProperties: { properties: { title }, fields: 'title' } });
      s.sheets.Spreadsheets!.batchUpdate({ requests }, known);
      return { id: known, url: existing.spreadsheetUrl ?? '' };
    } catch {
      // Deleted or no longer reachable: publish anew.
    }
  }
  const created = s.sheets.Spreadsheets!.create({
    properties: { title },
    sheets: sheetTitles.map((t) => ({ properties: { title: t } })),
  });
  return { id: created.spreadsheetId!, url: created.spreadsheetUrl ?? '' };
}

export function publishRanking(
  includeRecap: boolean,
  lang: Lang,
  s: PublishServices = services(),
): { ok: boolean; message: Text } {
  const port = activePort();
  const wb = readWorkbook(port);
  const rankingName = wb.names.find((n) => RANKING_NAMES.includes(n));
  if (!rankingName) return { ok: false, message: textOf(publishMessages, 'noRanking') };
  const recapName = includeRecap ? wb.names.find((n) => RECAP_NAMES.includes(n)) : undefined;
  const blocks = [rankingName, ...(recapName ? [recapName] : [])].map((name) => ({
    name,
    snapshot: port.read(name),
  }));
  const c = wb.setup?.competition;
  // Publishing a ranking that no longer matches the scores would publish the wrong result.
  const meta = blocks[0].snapshot ? readRankingMeta(blocks[0].snapshot) : null;
  const current = c ? shortFingerprint(fingerprint(c, scoreSheets(wb))) : '';
  if (!meta || !current || !meta.fingerprint.startsWith(current)) {
    return { ok: false, message: textOf(publishMessages, 'outOfDate', { sheet: rankingName }) };
  }
  const title = textOf(publishMessages, 'title', { name: c?.name ?? '', year: c?.year ?? '' })[lang];

  const { id, url } = target(
    s,
    title,
    blocks.map((b) => b.name),
  );
  s.sheets.Spreadsheets!.Values!.batchClear(
    { ranges: blocks.map((b) => `'${b.name.replace(/'/g, "''")}'`) },
    id,
  );
  s.sheets.Spreadsheets!.Values!.batchUpdate(
    {
      valueInputOption: 'RAW',
      data: blocks.map((b) => ({
        range: `'${b.name.replace(/'/g, "''")}'!A1`,
        values: asRows(b.snapshot?.values ?? []),
      })),
    },
    id,
  );
  const at = localNow();
  s.properties.setProperties({ [ID_KEY]: id, [URL_KEY]: url, [AT_KEY]: at });
  try {
    s.drive.Permissions!.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, id);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: true, message: textOf(publishMessages, 'publishedNotShared', { error: detail }) };
  }
  return { ok: true, message: textOf(publishMessages, 'published') };
}
