/**
 * The `juri` command: the same workflow as the add-on, on .xlsx files.
 * Each verb on a workbook opens the file as a package, runs one workflow
 * action through the package port (./xlsxPackagePort), and saves only when
 * the action wrote something, keeping every part Juri does not own byte for
 * byte; `init` and `demo` make a new workbook through exceljs. A command that
 * writes holds the workbook's lock meanwhile.
 *
 * This file reads the command and dispatches it: one function per verb, in
 * verbs.ts (on an existing workbook, opened by onWorkbook.ts), demoVerb.ts,
 * and `init` below; what they share is in context.ts.
 *
 * Exit codes: 0 done (check: every score present and valid); 1 the workbook
 * needs the user (problems in the Setup or the scores, a ranking refused, a
 * file that would be replaced); 2 the command or the file (a mistyped
 * command, a file that cannot be read or saved); 3 a failure of Juri itself,
 * said in one line, never as a stack trace.
 */
import { resolve } from 'node:path';
import type { Lang } from '../core/model';
import { PRESETS, type PresetId } from '../core/presets';
import { fill } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { minutesCliMessages } from '../i18n/minutesCli';
import { setupSheetName } from '../workbook/setupSheet';
import * as workflow from '../workflow/actions';
import { parseArgs, VERBS, type Args, type Verb } from './args';
import {
  envLang,
  localeOf,
  makeFolder,
  refuse,
  refuseExisting,
  saveWorkbook,
  shown,
  type Io,
  type Run,
} from './context';
import { demo } from './demoVerb';
import { onWorkbook, type WorkbookVerb, type Writes } from './onWorkbook';
import * as verbs from './verbs';
import { newWorkbook } from './xlsxFile';
import { xlsxPort } from './xlsxPort';

export type { Io } from './context';
export { rankingJson } from './verbs';

/** --lang as given anywhere on the line, so that a refusal of another option is said in it. */
function langAsked(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : null;
    if (value === 'id' || value === 'en') return value;
  }
  return null;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  const r: Run = {
    io,
    lang: parsed.args.lang ?? langAsked(argv) ?? envLang(io.env),
    json: parsed.args.json,
    file: '',
    saved: false,
  };
  if (!parsed.ok) return refuse(r, 'usage', parsed.message(r.lang), 2);
  try {
    return await runVerb(r, parsed.args);
  } catch (error) {
    // A bug of Juri: one line the user can report, never a stack trace. The file is saved whole or not at all.
    const detail = error instanceof Error ? error.message : String(error);
    const t = cliMessages[r.lang];
    return refuse(r, 'unexpected', fill(r.saved ? t.unexpectedSaved : t.unexpected, { error: detail }), 3);
  }
}

/**
 * The verbs on an existing workbook, and whether each writes it: then it holds
 * the workbook's lock from before it reads. Check writes only when it records
 * a submission or a reopening: it reads without the lock, so that it never
 * waits for another command, and takes the lock only to save (onWorkbook.ts).
 */
const ON_WORKBOOK: Record<Exclude<Verb, 'init' | 'demo'>, { writes: Writes; run: WorkbookVerb }> = {
  generate: { writes: true, run: verbs.generate },
  check: { writes: 'sometimes', run: verbs.check },
  rank: { writes: true, run: verbs.rank },
  import: { writes: true, run: verbs.importEntries },
  remind: { writes: false, run: verbs.remind },
  minutes: { writes: true, run: verbs.officialDocuments },
  collect: { writes: true, run: verbs.collect },
};

async function runVerb(r: Run, args: Args): Promise<number> {
  const t = cliMessages[r.lang];
  const verb = args.verb as Verb | null;
  if (!verb) {
    r.io.out(`${t.usage}\n\n${minutesCliMessages[r.lang].usageLine}`);
    return args.help ? 0 : 2;
  }
  if (!VERBS.includes(verb)) return refuse(r, 'usage', fill(t.unknownVerb, { verb }), 2);
  if (args.help) {
    r.io.out(verb === 'minutes' ? minutesCliMessages[r.lang].usage : t[`usage.${verb}`]);
    return 0;
  }
  if (verb === 'demo') {
    r.lang = args.lang ?? 'id';
    r.file = args.out ?? 'out/demo.xlsx';
    return demo(r, resolve(r.file));
  }
  const file = args.positionals[0];
  if (!file) return refuse(r, 'usage', fill(t.missingFile, { verb }), 2);
  r.file = file;
  const path = resolve(file);
  return verb === 'init' ? init(r, args, path) : onWorkbook(r, args, path, ON_WORKBOOK[verb]);
}

/** `juri init FILE [--example | --preset ID]`: a new workbook with the Setup sheet, never over an existing file. */
async function init(r: Run, args: Args, path: string): Promise<number> {
  const t = cliMessages[r.lang];
  const exists = refuseExisting(r, path);
  if (exists !== null) return exists;
  const preset = args.preset;
  if (preset !== null && !(PRESETS as readonly string[]).includes(preset))
    return refuse(r, 'usage', fill(t.unknownPreset, { value: preset }), 2);
  const workbook = newWorkbook();
  const port = xlsxPort(workbook, { locale: localeOf(r.lang) });
  const outcome = workflow.newCompetition(port, {
    example: args.example,
    lang: r.lang,
    ...(preset === null ? {} : { preset: preset as PresetId }),
  });
  if (!outcome.ok) return refuse(r, 'setup-exists', shown(r, outcome.message), 1);
  const failed = makeFolder(r, path) ?? (await saveWorkbook(r, workbook, path, true));
  if (failed !== null) return failed;
  r.io.out(fill(t.initDone, { sheet: setupSheetName(r.lang), path: r.file }));
  return 0;
}
