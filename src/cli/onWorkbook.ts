/**
 * What every verb on an existing workbook does before its own work: hold the
 * workbook's lock when it writes, open the file as a package, settle the
 * language on the Setup's, warn when LibreOffice or Excel has it open, and
 * refuse a workbook without a Setup. The verb then gets the opened workbook.
 * A verb that only sometimes writes (check) reads without the lock and takes
 * it only to save, over the very bytes it read (saveAsRead).
 */
import { realpathSync } from 'node:fs';
import type { Competition, Text } from '../core/model';
import { pick, say } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { xlsxMessages } from '../i18n/xlsx';
import type { SpreadsheetPort } from '../workbook/port';
import type { LocatedProblem } from '../core/location';
import { setupSheetName } from '../workbook/setupSheet';
import { readWorkbook } from '../workflow/workbook';
import type { Args } from './args';
import {
  folderProblem,
  inCli,
  jsonProblem,
  localeOf,
  printJson,
  refuse,
  savePackageOrRefuse,
  type JsonProblemOf,
  type Run,
} from './context';
import { problemsText, style, type Style } from './output';
import { holdsBytes, openPackage } from './xlsxFile';
import { lockWorkbook, openElsewhere, type Held } from './xlsxLock';
import { packagePort, type PackageEdit } from './xlsxPackagePort';

/** A workbook opened for one verb, with what the verbs share. */
export interface Opened {
  r: Run;
  args: Args;
  /** The file's full path. */
  path: string;
  edit: PackageEdit;
  port: SpreadsheetPort;
  /** The Setup as it was when the file was opened. */
  competition: Competition;
  st: Style;
  jurorName(id: string): string;
  /** The problems with the Setup's warnings before them (once each): no sidebar shows those on the command line. */
  withSetup(problems: readonly LocatedProblem[]): LocatedProblem[];
  /** The problems as the command line lists them. */
  report(problems: readonly LocatedProblem[]): string;
  /**
   * Saves the package's changes over the file; null when saved, else the exit
   * code the command ends with: after saying why it could not save, or, for a
   * verb that read without the lock, after running again (see saveAsRead).
   */
  save(): Promise<number | null>;
}

export type WorkbookVerb = (w: Opened) => Promise<number>;

/**
 * Whether a verb writes the workbook: `true` holds the lock from before it
 * reads until after it saves; `'sometimes'` and `false` read without it, so
 * they never wait for another command, and a save takes it then (saveAsRead).
 */
export type Writes = boolean | 'sometimes';

async function load(r: Run, path: string): Promise<{ edit: PackageEdit; bytes: Buffer } | { exit: number }> {
  const folder = folderProblem(r, path);
  if (folder) return { exit: refuse(r, 'file-is-folder', folder, 2) };
  const opened = await openPackage(path);
  if ('error' in opened) return { exit: refuse(r, opened.error.code, pick(opened.error.message, r.lang), 2) };
  return { edit: packagePort(opened.pkg, { locale: localeOf(r.lang) }), bytes: opened.bytes };
}

/** How long a command waits for another one working on the same workbook. */
function lockWaitMs(): number {
  const ms = Number(process.env.JURI_LOCK_WAIT_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : 60_000;
}

function finalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The workbook's lock for a command that will write it; refused (exit 2) when another command keeps it too long. */
async function lock(r: Run, path: string): Promise<{ held: Held } | { exit: number }> {
  const outcome = await lockWorkbook(finalPath(path), {
    waitMs: lockWaitMs(),
    onWait: (pid) => r.io.err(pick(say(xlsxMessages, 'fileWaiting', { pid, path: r.file }), r.lang)),
  });
  if ('held' in outcome) return outcome;
  const message = pick(say(xlsxMessages, 'fileBusy', { ...outcome.busy, path: r.file }), r.lang);
  return { exit: refuse(r, 'file-busy', message, 2) };
}

/** A warning when LibreOffice or Excel has the workbook open: saving there would undo Juri's changes. */
function warnOpenElsewhere(r: Run, path: string): void {
  const open = openElsewhere(finalPath(path));
  if (open) r.io.err(pick(say(xlsxMessages, 'fileOpenElsewhere', { ...open, path: r.file }), r.lang));
}

/**
 * A workbook without a Setup sheet (another workbook, or a Setup deleted or
 * renamed): said in the command line's words rather than the menu's.
 */
function noSetupProblem(file: string): JsonProblemOf<Text> {
  const message = say(cliMessages, 'noSetup', {
    path: file,
    id: setupSheetName('id'),
    en: setupSheetName('en'),
  });
  return { sheet: '', cell: '', code: 'setup-missing', severity: 'error', message };
}

/**
 * A verb on the workbook at `path`; one that always `writes` holds the
 * workbook's lock from before it reads until after it saves.
 */
export async function onWorkbook(
  r: Run,
  args: Args,
  path: string,
  verb: { writes: Writes; run: WorkbookVerb },
): Promise<number> {
  if (verb.writes !== true) return runOn(r, args, path, verb.run, { locked: false, warn: true });
  const held = await lock(r, path);
  if ('exit' in held) return held.exit;
  try {
    return await runOn(r, args, path, verb.run, { locked: true, warn: true });
  } finally {
    held.held.release();
  }
}

/** Opens the workbook and runs the verb on it; `locked` when the command holds the lock already. */
async function runOn(
  r: Run,
  args: Args,
  path: string,
  run: WorkbookVerb,
  how: { locked: boolean; warn: boolean },
): Promise<number> {
  const opened = await open(r, args, path, run, how);
  return 'exit' in opened ? opened.exit : await run(opened);
}

/**
 * The save of a verb that read without the lock (check recording a submission
 * or a reopening). It takes the lock now, waiting for another command as every
 * writer does. If the file still holds the bytes the verb read, nobody saved in
 * between, and the changes are saved under the lock. If another command saved
 * it meanwhile (rank's Ranking, generate's new tabs), writing this copy would
 * undo that: the verb runs again instead, on the file as it is now and holding
 * the lock throughout, and the command ends with that run's exit code. Running
 * again rather than refusing keeps the report true (it would otherwise say that
 * submissions were recorded) and spares the user a second command. A verb that
 * reads without the lock therefore saves before it prints anything.
 */
async function saveAsRead(
  r: Run,
  args: Args,
  path: string,
  read: { edit: PackageEdit; bytes: Buffer },
  run: WorkbookVerb,
): Promise<number | null> {
  const held = await lock(r, path);
  if ('exit' in held) return held.exit;
  try {
    if (await holdsBytes(path, read.bytes)) return await savePackageOrRefuse(r, read.edit, path);
    r.io.err(pick(say(xlsxMessages, 'fileChangedWhileRead', { path: r.file }), r.lang));
    return await runOn(r, args, path, run, { locked: true, warn: false });
  } finally {
    held.held.release();
  }
}

async function open(
  r: Run,
  args: Args,
  path: string,
  run: WorkbookVerb,
  how: { locked: boolean; warn: boolean },
): Promise<Opened | { exit: number }> {
  const loaded = await load(r, path);
  if ('exit' in loaded) return loaded;
  const { edit } = loaded;
  const port = edit.port;
  const read = readWorkbook(port);
  if (!args.lang) r.lang = read.lang;
  if (how.warn) warnOpenElsewhere(r, path);
  if (!read.setup) {
    const problem = noSetupProblem(r.file);
    if (r.json)
      printJson(r, { ok: false, problems: [jsonProblem(r, problem)], progress: [], categories: [] });
    else r.io.err(pick(problem.message, r.lang));
    return { exit: 1 };
  }
  const competition = read.setup.competition;
  const st = style(r.io.colour);
  const jurorName = (id: string) => competition.jurors.find((j) => j.id === id)?.name ?? id;
  const setupWarnings = read.setup.problems.filter((p) => p.severity !== 'error');
  const same = (a: LocatedProblem, b: LocatedProblem) =>
    a.code === b.code && a.sheet === b.sheet && a.cell === b.cell && a.message.en === b.message.en;
  return {
    r,
    args,
    path,
    edit,
    port,
    competition,
    st,
    jurorName,
    withSetup: (problems) => [...setupWarnings.filter((w) => !problems.some((p) => same(p, w))), ...problems],
    report: (problems) => problemsText(inCli(r, problems), jurorName, r.lang, st, { json: true }),
    save: () => (how.locked ? savePackageOrRefuse(r, edit, path) : saveAsRead(r, args, path, loaded, run)),
  };
}
