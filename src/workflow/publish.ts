/**
 * Publish results: the ranking (and, on request, the recap) as a separate
 * spreadsheet that anyone with the link may view. This action decides who may
 * publish, whether the Ranking is current, what is published and into which
 * file; the shell's PublishStore does the calls to the file service (in Apps
 * Script the Sheets and Drive APIs, which work with the narrow drive.file
 * scope: gas/publish.ts).
 *
 * The link, once sent out, must keep showing the latest results: Juri
 * updates the same file every time and makes a new one only when the user
 * chooses to. drive.file covers a file only for the account that created it,
 * so Juri remembers who published, to say whom to ask when another
 * secretariat member cannot open it.
 */
import type { Lang, Text } from '../core/model';
import { say } from '../i18n';
import { publishMessages } from '../i18n/publish';
import type { CellValue, SpreadsheetPort } from '../workbook/port';
import { RANKING_NAMES, RECAP_NAMES, readRankingMeta } from '../workbook/rankingSheet';
import { currentFingerprint, rankingIsCurrent } from './rank';
import { refuseNonMember } from './secretariat';
import { readWorkbook } from './workbook';

export interface PublishOutcome {
  ok: boolean;
  message: Text;
  /** The stored file cannot be updated: publishing again as a new file is the user's choice. */
  needsConfirmation?: boolean;
}

/** The published file once opened: its link, and how to bring it to the sheets to publish. */
export interface OpenedFile {
  /** Its link as the service gives it now; the remembered one when it gives none. */
  url?: string;
  /** Adds the sheets it lacks, deletes those not published any more, and sets the title. */
  fit(title: string, sheetTitles: readonly string[]): void;
}

/** The file service the results are published through; a method that fails throws. */
export interface PublishStore {
  /** What is remembered of the file published before: its id (null when none), its link, who created it. */
  publishedId(): string | null;
  publishedUrl(): string;
  /** The only account whose drive.file grant covers the file. */
  publisher(): string;
  /** The account running this action. */
  user(): string;
  open(id: string): OpenedFile;
  /** Whether an error of `open` means the file is gone (deleted, or not this account's to open). */
  isGone(error: unknown): boolean;
  /** A new file with these sheets, remembered at once with its creator so that a later run updates it. */
  create(title: string, sheetTitles: readonly string[]): { id: string; url: string };
  /** Each sheet's values, written RAW (no title becomes a formula) over what the sheet held. */
  write(id: string, blocks: readonly { name: string; values: CellValue[][] }[]): void;
  /** Anyone with the link may view the file (not edit it). */
  shareWithLink(id: string): void;
  /** When the results were last published, shown next to the link. */
  rememberTime(at: string): void;
}

export interface PublishOptions {
  includeRecap: boolean;
  lang: Lang;
  /** The user chose a new file (a new link) over the one published before. */
  asNewFile?: boolean;
  /** Local time, asked only once the file is written. */
  now(): string;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Target = { id: string; url: string } | PublishOutcome;

/** The stored file, brought to the sheets to publish; or why it cannot be used. */
function storedTarget(s: PublishStore, id: string, title: string, sheetTitles: string[]): Target {
  const url = s.publishedUrl();
  let opened: OpenedFile;
  try {
    opened = s.open(id);
  } catch (error) {
    if (!s.isGone(error)) {
      return { ok: false, message: say(publishMessages, 'unreachable', { url, error: detail(error) }) };
    }
    const by = s.publisher();
    const me = s.user();
    if (by && me && by.toLowerCase() !== me.toLowerCase()) {
      return {
        ok: false,
        needsConfirmation: true,
        message: say(publishMessages, 'otherPublisher', { publisher: by, url }),
      };
    }
    return { ok: false, needsConfirmation: true, message: say(publishMessages, 'gone', { url }) };
  }
  opened.fit(title, sheetTitles);
  return { id, url: opened.url ?? url };
}

/** Publishes the current Ranking (and Recap) through `store`; null when the file service is not available. */
export function publishResults(
  port: SpreadsheetPort,
  store: PublishStore | null,
  options: PublishOptions,
): PublishOutcome {
  if (!store) return { ok: false, message: say(publishMessages, 'servicesMissing') };
  const wb = readWorkbook(port);
  const refused = wb.setup ? refuseNonMember(port, wb, wb.setup.competition) : null;
  if (refused) return { ok: false, message: refused.message };
  const rankingName = wb.names.find((n) => RANKING_NAMES.includes(n));
  if (!rankingName) return { ok: false, message: say(publishMessages, 'noRanking') };
  const recapName = options.includeRecap ? wb.names.find((n) => RECAP_NAMES.includes(n)) : undefined;
  const blocks = [rankingName, ...(recapName ? [recapName] : [])].map((name) => ({
    name,
    snapshot: port.read(name),
  }));
  const c = wb.setup?.competition;
  // Publishing a ranking that no longer matches the scores would publish the wrong result.
  const meta = blocks[0].snapshot ? readRankingMeta(blocks[0].snapshot) : null;
  if (!c || !meta || !rankingIsCurrent(meta, currentFingerprint(wb, c))) {
    return { ok: false, message: say(publishMessages, 'outOfDate', { sheet: rankingName }) };
  }
  const title = say(publishMessages, 'title', { name: c.name, year: c.year })[options.lang];
  const titles = blocks.map((b) => b.name);

  const known = store.publishedId();
  const target =
    known && options.asNewFile !== true
      ? storedTarget(store, known, title, titles)
      : store.create(title, titles);
  if (!('id' in target)) return target;
  const { id, url } = target;
  try {
    store.write(
      id,
      blocks.map((b) => ({ name: b.name, values: b.snapshot?.values ?? [] })),
    );
  } catch (error) {
    return { ok: false, message: say(publishMessages, 'interrupted', { url, error: detail(error) }) };
  }
  let shared = true;
  let refusal = '';
  try {
    store.shareWithLink(id);
  } catch (error) {
    shared = false;
    refusal = detail(error);
  }
  try {
    store.rememberTime(options.now());
  } catch {
    // Only the time shown next to the link is lost: the file itself is up to date.
  }
  if (!shared) return { ok: true, message: say(publishMessages, 'publishedNotShared', { error: refusal }) };
  return { ok: true, message: say(publishMessages, 'published') };
}
