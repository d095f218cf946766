/**
 * Publishes the ranking (and, on request, the recap) as a separate
 * spreadsheet that anyone with the link may view. It goes through the Sheets
 * and Drive APIs (advanced services) because those work with the narrow
 * drive.file scope: Juri may touch only the file it created, never the rest
 * of the user's Drive. Values are written RAW, so no title becomes a formula.
 *
 * The link, once sent out, must keep showing the latest results: Juri
 * updates the same file every time and makes a new one only when the user
 * chooses to. drive.file covers a file only for the account that created it,
 * so Juri remembers who published, to say whom to ask when another
 * secretariat member cannot open it.
 */
import type { Lang, Text } from '../core/model';
import { textOf } from '../i18n';
import { publishMessages } from '../i18n/publish';
import type { CellValue, SpreadsheetPort } from '../workbook/port';
import { fingerprint, shortFingerprint } from '../core/fingerprint';
import { RANKING_NAMES, RECAP_NAMES, readRankingMeta } from '../workbook/rankingSheet';
import { refuseNonMember } from '../workflow/secretariat';
import { frozenOf, readWorkbook, scoreSheets } from '../workflow/workbook';
import { activePort, localNow } from './shell';

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

export interface PublishOutcome {
  ok: boolean;
  message: Text;
  /** The stored file cannot be updated: publishing again as a new file is the user's choice. */
  needsConfirmation?: boolean;
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

/** Google's answer for a file that is gone, or that this account's drive.file grant does not cover. */
function notFound(error: unknown): boolean {
  return /not found|notFound|404/i.test(detail(error));
}

type Target = { id: string; url: string } | PublishOutcome;

/** The stored file, brought to the sheets to publish; or why it cannot be used. */
function storedTarget(s: PublishServices, id: string, title: string, sheetTitles: string[]): Target {
  const url = s.properties.getProperty(URL_KEY) ?? '';
  let existing: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    existing = s.sheets.Spreadsheets!.get(id, { fields: 'spreadsheetId,spreadsheetUrl,sheets.properties' });
  } catch (error) {
    if (!notFound(error)) {
      return { ok: false, message: textOf(publishMessages, 'unreachable', { url, error: detail(error) }) };
    }
    const by = s.properties.getProperty(BY_KEY) ?? '';
    const me = s.user();
    if (by && me && by.toLowerCase() !== me.toLowerCase()) {
      return {
        ok: false,
        needsConfirmation: true,
        message: textOf(publishMessages, 'otherPublisher', { publisher: by, url }),
      };
    }
    return { ok: false, needsConfirmation: true, message: textOf(publishMessages, 'gone', { url }) };
  }
  const have = (existing.sheets ?? []).map((sh) => sh.properties!);
  const requests: GoogleAppsScript.Sheets.Schema.Request[] = [];
  for (const t of sheetTitles)
    if (!have.some((p) => p.title === t)) requests.push({ addSheet: { properties: { title: t } } });
  for (const p of have)
    if (!sheetTitles.includes(p.title ?? '')) requests.push({ deleteSheet: { sheetId: p.sheetId } });
  requests.push({ updateSpreadsheetProperties: { properties: { title }, fields: 'title' } });
  s.sheets.Spreadsheets!.batchUpdate({ requests }, id);
  return { id, url: existing.spreadsheetUrl ?? url };
}

/** A new file, remembered at once with its creator, so a later run updates it rather than making another. */
function newTarget(s: PublishServices, title: string, sheetTitles: string[]): Target {
  const created = s.sheets.Spreadsheets!.create({
    properties: { title },
    sheets: sheetTitles.map((t) => ({ properties: { title: t } })),
  });
  const id = created.spreadsheetId!;
  const url = created.spreadsheetUrl ?? '';
  s.properties.setProperties({ [ID_KEY]: id, [URL_KEY]: url, [BY_KEY]: s.user(), [AT_KEY]: '' });
  return { id, url };
}

export function publishRanking(
  includeRecap: boolean,
  lang: Lang,
  options: { asNewFile?: boolean; services?: PublishServices | null; port?: SpreadsheetPort } = {},
): PublishOutcome {
  const s = options.services === undefined ? services() : options.services;
  if (!s) return { ok: false, message: textOf(publishMessages, 'servicesMissing') };
  const port = options.port ?? activePort();
  const wb = readWorkbook(port);
  const refused = wb.setup ? refuseNonMember(port, wb, wb.setup.competition) : null;
  if (refused) return { ok: false, message: refused.message };
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
  const current = c ? shortFingerprint(fingerprint(c, scoreSheets(wb), frozenOf(wb, c))) : '';
  if (!meta || !current || !meta.fingerprint.startsWith(current)) {
    return { ok: false, message: textOf(publishMessages, 'outOfDate', { sheet: rankingName }) };
  }
  const title = textOf(publishMessages, 'title', { name: c?.name ?? '', year: c?.year ?? '' })[lang];
  const titles = blocks.map((b) => b.name);

  const known = s.properties.getProperty(ID_KEY);
  const target =
    known && options.asNewFile !== true ? storedTarget(s, known, title, titles) : newTarget(s, title, titles);
  if (!('id' in target)) return target;
  const { id, url } = target;
  const ranges = blocks.map((b) => `'${b.name.replace(/'/g, "''")}'`);
  try {
    s.sheets.Spreadsheets!.Values!.batchClear({ ranges }, id);
    s.sheets.Spreadsheets!.Values!.batchUpdate(
      {
        valueInputOption: 'RAW',
        data: blocks.map((b, i) => ({ range: `${ranges[i]}!A1`, values: asRows(b.snapshot?.values ?? []) })),
      },
      id,
    );
  } catch (error) {
    return { ok: false, message: textOf(publishMessages, 'interrupted', { url, error: detail(error) }) };
  }
  let shared = true;
  let refusal = '';
  try {
    s.drive.Permissions!.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, id);
  } catch (error) {
    shared = false;
    refusal = detail(error);
  }
  try {
    s.properties.setProperty(AT_KEY, localNow());
  } catch {
    // Only the time shown next to the link is lost: the file itself is up to date.
  }
  if (!shared)
    return { ok: true, message: textOf(publishMessages, 'publishedNotShared', { error: refusal }) };
  return { ok: true, message: textOf(publishMessages, 'published') };
}
