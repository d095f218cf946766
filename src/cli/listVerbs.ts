/**
 * `juri import` and `juri remind`: entries from a registration list, and the
 * reminders for late jurors. main.ts opens and saves the workbook; these run
 * the workflow action and say what happened.
 */
import type { Lang } from '../core/model';
import { readIsoDate } from '../core/dateWords';
import { fill, pick } from '../i18n';
import { cliMessages } from '../i18n/cli';
import type { SpreadsheetPort } from '../workbook/port';
import { columnNumber } from '../workbook/a1';
import { importEntries, type ImportField, type ImportMapping } from '../workflow/importEntries';
import { remindJurors } from '../workflow/remind';
import { readListFile } from './listFile';
import { problemsText, type Style } from './output';

export interface VerbIo {
  out(text: string): void;
  err(text: string): void;
}

const FIELDS: readonly ImportField[] = ['title', 'agency', 'category', 'group', 'region'];

/** '--map title=B,agency=C': columns by letter (or number); null when it cannot be read. */
export function parseMapping(text: string | undefined): ImportMapping | null {
  const out: ImportMapping = {};
  if (text === undefined || text.trim() === '') return out;
  for (const part of text.split(',')) {
    const m = /^\s*(\w+)\s*=\s*([A-Za-z]{1,3}|\d{1,4})\s*$/.exec(part);
    if (!m || !FIELDS.includes(m[1] as ImportField)) return null;
    const ref = m[2]!.toUpperCase();
    out[m[1] as ImportField] = /^\d+$/.test(ref) ? Number(ref) : columnNumber(ref);
  }
  return out;
}

/** Exit 0: imported cleanly; 1: some rows were skipped or nothing could be imported; 2: the list is unreadable. */
export async function importVerb(
  port: SpreadsheetPort,
  list: string,
  options: { sheet?: string; map?: string },
  io: VerbIo,
  lang: Lang,
  st: Style,
): Promise<{ code: number; wrote: boolean }> {
  const mapping = parseMapping(options.map);
  if (mapping === null) {
    io.err(fill(cliMessages[lang].badOption, { detail: `--map ${options.map ?? ''}`, verb: 'import' }));
    return { code: 2, wrote: false };
  }
  const source = await readListFile(list, options.sheet);
  if ('error' in source) {
    io.err(pick(source.error, lang));
    return { code: 2, wrote: false };
  }
  const outcome = importEntries(port, source, mapping);
  if (outcome.problems.length > 0) io.err(problemsText(outcome.problems, (id) => id, lang, st));
  io.out(pick(outcome.message, lang));
  return { code: outcome.ok ? 0 : 1, wrote: outcome.added > 0 };
}

/** Exit 0 whether or not someone is late: a reminder list is information, not a failure. */
export function remindVerb(
  port: SpreadsheetPort,
  options: { today: string; json: boolean },
  io: VerbIo,
  lang: Lang,
): number {
  const today = readIsoDate(options.today);
  if (today === null) {
    io.err(fill(cliMessages[lang].badDate, { value: options.today }));
    return 2;
  }
  const outcome = remindJurors(port, { today, lang });
  if (options.json) {
    io.out(
      JSON.stringify(
        { ok: outcome.ok, message: pick(outcome.message, lang), reminders: outcome.reminders },
        null,
        2,
      ),
    );
    return outcome.ok ? 0 : 1;
  }
  const t = cliMessages[lang];
  for (const r of outcome.reminders) {
    io.out(fill(t.remindHeader, { name: r.name, email: r.email }));
    io.out(r.text);
    io.out(`${t.remindMail} ${r.mailto}`);
    io.out(`${t.remindWhatsapp} ${r.whatsapp}`);
    io.out('');
  }
  io.out(pick(outcome.message, lang));
  return outcome.ok ? 0 : 1;
}
