/**
 * The `juri` command: the same workflow as the add-on, on .xlsx files.
 * Each verb on a workbook opens the file as a package, runs one workflow
 * action through the package port (./xlsxPackagePort), and saves only when
 * the action wrote something, keeping every part Juri does not own byte for
 * byte; `init` and `demo` make a new workbook through exceljs. A command that
 * writes holds the workbook's lock meanwhile.
 *
 * Exit codes: 0 done (check: every score present and valid); 1 the workbook
 * needs the user (problems in the Setup or the scores, a ranking refused, a
 * file that would be replaced); 2 the command or the file (a mistyped
 * command, a file that cannot be read or saved); 3 a failure of Juri itself,
 * said in one line, never as a stack trace.
 */
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang, Text } from '../core/model';
import { roundDecimal } from '../core/numbers';
import { fill, langOfLocale, pick, textOf } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { cliVerbs, textInShell } from '../i18n/verbs';
import { xlsxMessages } from '../i18n/xlsx';
import * as workflow from '../workflow/actions';
import { recuse, signPakta, tickSubmitted, typeScores, typeWhereEmpty } from '../workflow/typeScores';
import { readWorkbook, scoreSheets } from '../workflow/workbook';
import { parseArgs, VERBS, type Args, type Verb } from './args';
import { demoTyping } from './demo';
import { importVerb, remindVerb } from './listVerbs';
import { daysLate } from '../core/reminders';
import { PRESETS, type PresetId } from '../core/presets';
import { minutes } from './minutes';
import { collectVerb, splitVerb, type SplitContext } from './split';
import { minutesCliMessages } from '../i18n/minutesCli';
import { problemsText, progressText, rankingText, style } from './output';
import { newWorkbook, openPackage, openWorkbook, savePackage, saveWorkbookAtomic } from './xlsxFile';
import { lockWorkbook, openElsewhere, type Held } from './xlsxLock';
import { packagePort, type PackageEdit } from './xlsxPackagePort';
import { xlsxPort } from './xlsxPort';
import type ExcelJS from 'exceljs';
import type { SpreadsheetPort } from '../workbook/port';
import type { PlacedProblem } from '../workbook/problems';
import { setupSheetName } from '../workbook/setupSheet';
import { fingerprint } from '../core/fingerprint';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
  /** Local time for the Ranking sheet. */
  now(): string;
  /** The environment whose LC_ALL, LC_MESSAGES or LANG sets the language of messages (process.env by default). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What one run knows as it goes: the language settles once the workbook is read. */
interface Run {
  io: Io;
  lang: Lang;
  json: boolean;
  /** The file as the user named it, for messages. */
  file: string;
  /** Whether the file has been written, so a late failure says so. */
  saved: boolean;
}

function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en_US' : 'id_ID';
}

/** The language of messages: --lang, else the workbook's Setup, else the environment's. */
function envLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

/** A problem as --json prints it: sheet and cell name the exact place ('' when there is none, e.g. a missing tab). */
interface JsonProblemOf<M> {
  sheet: string;
  cell: string;
  code: string;
  severity: string;
  message: M;
}

/** A message of the workflow in the command line's words: its actions are `juri` verbs on this file. */
function shown(r: Run, text: Text): string {
  return pick(textInShell(text, cliVerbs(r.file)), r.lang);
}

function inCli<P extends { message: Text }>(r: Run, problems: readonly P[]): P[] {
  const verbs = cliVerbs(r.file);
  return problems.map((p) => ({ ...p, message: textInShell(p.message, verbs) }));
}

function jsonProblem(r: Run, p: JsonProblemOf<Text>): JsonProblemOf<string> {
  return { sheet: p.sheet, cell: p.cell, code: p.code, severity: p.severity, message: shown(r, p.message) };
}

function printJson(r: Run, value: unknown): void {
  r.io.out(JSON.stringify(value, null, 2));
}

/**
 * A refusal that is not about the workbook's content (exit 2, or 3 for a
 * failure of Juri): one line for people, or with --json an object scripts can
 * read, of the same shape as a report: ok, an error, and the problem list.
 */
function refuse(r: Run, code: string, message: string, exit: 1 | 2 | 3): number {
  if (r.json) {
    const problem = { sheet: '', cell: '', code, severity: 'error', message };
    printJson(r, { ok: false, exitCode: exit, error: { code, message }, problems: [problem] });
  } else r.io.err(message);
  return exit;
}

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

/** A file the command reads: a folder, or nothing at all, is said as such before anything is opened. */
function folderProblem(r: Run, path: string): string | null {
  try {
    if (!statSync(path).isDirectory()) return null;
  } catch {
    return null;
  }
  return fill(cliMessages[r.lang].fileIsFolder, { path: r.file });
}

async function load(r: Run, path: string): Promise<{ edit: PackageEdit } | { exit: number }> {
  const folder = folderProblem(r, path);
  if (folder) return { exit: refuse(r, 'file-is-folder', folder, 2) };
  const opened = await openPackage(path);
  if ('error' in opened) return { exit: refuse(r, opened.error.code, pick(opened.error.message, r.lang), 2) };
  return { edit: packagePort(opened.pkg, { locale: localeOf(r.lang) }) };
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
    onWait: (pid) => r.io.err(pick(textOf(xlsxMessages, 'fileWaiting', { pid, path: r.file }), r.lang)),
  });
  if ('held' in outcome) return outcome;
  const message = pick(textOf(xlsxMessages, 'fileBusy', { ...outcome.busy, path: r.file }), r.lang);
  return { exit: refuse(r, 'file-busy', message, 2) };
}

/** A warning when LibreOffice or Excel has the workbook open: saving there would undo Juri's changes. */
function warnOpenElsewhere(r: Run, path: string): void {
  const open = openElsewhere(finalPath(path));
  if (open) r.io.err(pick(textOf(xlsxMessages, 'fileOpenElsewhere', { ...open, path: r.file }), r.lang));
}

/** The folder of a new file; a path through a file (or a folder that cannot be made) is the user's to fix. */
function makeFolder(r: Run, path: string): number | null {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return null;
  } catch (error) {
    // Errors of node:fs may come from another realm (a test's VM): read the code, not the class.
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    return refuse(
      r,
      'file-not-saved',
      pick(textOf(xlsxMessages, 'fileNotCreated', { path: r.file, reason: code }), r.lang),
      2,
    );
  }
}

/** Saves the package's changes over `path`; null when saved, else the exit code after saying why. */
async function savePackageOrRefuse(r: Run, edit: PackageEdit, path: string): Promise<number | null> {
  const problem = await savePackage(edit, path);
  if (!problem) {
    r.saved = true;
    return null;
  }
  return refuse(r, problem.code, pick(problem.message, r.lang), 2);
}

/** Saves over `path`; null when saved, else the exit code after saying why. */
async function save(
  r: Run,
  workbook: ExcelJS.Workbook,
  path: string,
  isNew: boolean,
): Promise<number | null> {
  const problem = await saveWorkbookAtomic(workbook, path);
  if (!problem) {
    r.saved = true;
    return null;
  }
  // A file that did not exist has no previous content to speak of.
  const message = isNew
    ? pick(
        textOf(xlsxMessages, 'fileNotCreated', { path: r.file, reason: reasonOf(problem.message.en) }),
        r.lang,
      )
    : pick(problem.message, r.lang);
  return refuse(r, problem.code, message, 2);
}

function reasonOf(message: string): string {
  return /\(([A-Z]+)\)/.exec(message)?.[1] ?? '';
}

/** A new file is never written over an existing one: it may be a workbook full of every juror's scores. */
function refuseExisting(r: Run, path: string): number | null {
  if (!existsSync(path)) return null;
  const folder = folderProblem(r, path);
  if (folder) return refuse(r, 'file-is-folder', folder, 2);
  return refuse(r, 'file-exists', fill(cliMessages[r.lang].fileExists, { path: r.file }), 1);
}

/**
 * A workbook without a Setup sheet (another workbook, or a Setup deleted or
 * renamed): said in the command line's words rather than the menu's.
 */
function noSetupProblem(file: string): JsonProblemOf<Text> {
  const message = textOf(cliMessages, 'noSetup', {
    path: file,
    id: setupSheetName('id'),
    en: setupSheetName('en'),
  });
  return { sheet: '', cell: '', code: 'setup-missing', severity: 'error', message };
}

function jurorNames(port: SpreadsheetPort): (id: string) => string {
  const c = readWorkbook(port).setup?.competition;
  return (id) => c?.jurors.find((j) => j.id === id)?.name ?? id;
}

async function runVerb(r: Run, args: Args): Promise<number> {
  const { io } = r;
  const t = () => cliMessages[r.lang];
  const verb = args.verb as Verb | null;
  if (!verb) {
    io.out(`${t().usage}\n\n${minutesCliMessages[r.lang].usageLine}`);
    return args.help ? 0 : 2;
  }
  if (!VERBS.includes(verb)) return refuse(r, 'usage', fill(t().unknownVerb, { verb }), 2);
  if (args.help) {
    io.out(verb === 'minutes' ? minutesCliMessages[r.lang].usage : t()[`usage.${verb}`]);
    return 0;
  }

  if (verb === 'demo') {
    r.lang = args.lang ?? 'id';
    r.file = args.out ?? 'out/demo.xlsx';
    return demo(r, resolve(r.file));
  }

  const file = args.positionals[0];
  if (!file) return refuse(r, 'usage', fill(t().missingFile, { verb }), 2);
  r.file = file;
  const path = resolve(file);

  if (verb === 'init') {
    const exists = refuseExisting(r, path);
    if (exists !== null) return exists;
    const preset = args.preset;
    if (preset !== null && !(PRESETS as readonly string[]).includes(preset))
      return refuse(r, 'usage', fill(t().unknownPreset, { value: preset }), 2);
    const workbook = newWorkbook();
    const port = xlsxPort(workbook, { locale: localeOf(r.lang) });
    const outcome = workflow.newCompetition(port, {
      example: args.example,
      lang: r.lang,
      ...(preset === null ? {} : { preset: preset as PresetId }),
    });
    if (!outcome.ok) return refuse(r, 'setup-exists', shown(r, outcome.message), 1);
    const failed = makeFolder(r, path) ?? (await save(r, workbook, path, true));
    if (failed !== null) return failed;
    io.out(fill(t().initDone, { sheet: setupSheetName(r.lang), path: file }));
    return 0;
  }

  const writes =
    verb === 'generate' || verb === 'rank' || verb === 'import' || verb === 'minutes' || verb === 'collect';
  const held = writes ? await lock(r, path) : null;
  if (held && 'exit' in held) return held.exit;
  try {
    return await onWorkbook(r, args, verb, path);
  } finally {
    held?.held.release();
  }
}

async function onWorkbook(
  r: Run,
  args: Args,
  verb: Exclude<Verb, 'init' | 'demo'>,
  path: string,
): Promise<number> {
  const { io, file } = r;
  const t = () => cliMessages[r.lang];
  const st = style(io.colour);
  const loaded = await load(r, path);
  if ('exit' in loaded) return loaded.exit;
  const { edit } = loaded;
  const port = edit.port;
  const read = readWorkbook(port);
  if (!args.lang) r.lang = read.lang;
  warnOpenElsewhere(r, path);
  if (!read.setup) {
    const problem = noSetupProblem(file);
    if (r.json)
      printJson(r, { ok: false, problems: [jsonProblem(r, problem)], progress: [], categories: [] });
    else io.err(pick(problem.message, r.lang));
    return 1;
  }
  const names = jurorNames(port);
  // The Setup's warnings (text cut to what a cell holds, say) are news on the command line, where no sidebar shows them.
  const setupWarnings = read.setup.problems.filter((p) => p.severity !== 'error');
  const withSetup = (problems: readonly PlacedProblem[]): PlacedProblem[] => {
    const same = (a: PlacedProblem, b: PlacedProblem) =>
      a.code === b.code && a.sheet === b.sheet && a.cell === b.cell && a.message.en === b.message.en;
    return [...setupWarnings.filter((w) => !problems.some((p) => same(p, w))), ...problems];
  };
  const report = (problems: readonly PlacedProblem[]) =>
    problemsText(inCli(r, problems), names, r.lang, st, { json: true });

  if (verb === 'import') {
    const list = args.positionals[1];
    if (!list) return refuse(r, 'usage', t()['usage.import'], 2);
    const done = await importVerb(
      port,
      resolve(list),
      { sheet: args.sheet ?? undefined, map: args.map ?? undefined },
      io,
      r.lang,
      st,
    );
    // The entry rows go into the Setup's cells in place; the rest of the file keeps its bytes.
    if (done.wrote) {
      const failed = await savePackageOrRefuse(r, edit, path);
      if (failed !== null) return failed;
    }
    return done.code;
  }

  if (verb === 'remind')
    return remindVerb(port, { today: args.today ?? io.now().slice(0, 10), json: args.json }, io, r.lang);

  const splitContext = (out: { out(text: string): void; err(text: string): void }): SplitContext => ({
    io: out,
    lang: r.lang,
    st,
    locale: localeOf(r.lang),
    master: file,
    jurorName: names,
  });

  if (verb === 'generate') {
    const generated = workflow.generateTabs(port, { confirmCut: args.confirmCut });
    // With --split the jurors do get files of their own: the note that only Sheets makes them is beside the point.
    const notes = generated.problems.filter((p) => args.split === null || p.code !== 'juror-files-not-here');
    const outcome = { ...generated, problems: withSetup(notes) };
    if (outcome.created.length + outcome.updated.length > 0 || outcome.recorded === true) {
      const failed = await savePackageOrRefuse(r, edit, path);
      if (failed !== null) return failed;
    }
    const tabs = outcome.created.length + outcome.updated.length + outcome.unchanged.length;
    const splitting = args.split !== null && tabs > 0;
    // With --json the juror files' lines go into the one JSON object, under "split".
    const lines = { out: [] as string[], err: [] as string[] };
    const splitIo = r.json
      ? { out: (x: string) => lines.out.push(x), err: (x: string) => lines.err.push(x) }
      : io;
    if (r.json) {
      const split = splitting ? await splitVerb(port, args.split!, io.now(), splitContext(splitIo)) : null;
      printJson(r, {
        ok: outcome.ok && (split ?? 0) === 0,
        message: shown(r, outcome.message),
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        problems: outcome.problems.map((p) => jsonProblem(r, p)),
        ...(split === null ? {} : { split: { exitCode: split, written: lines.out, problems: lines.err } }),
      });
      return Math.max(outcome.ok ? 0 : 1, split ?? 0);
    }
    if (outcome.problems.length > 0) io.err(report(outcome.problems));
    io.out(shown(r, outcome.message));
    const code = outcome.ok ? 0 : 1;
    if (!splitting) return code;
    return Math.max(code, await splitVerb(port, args.split!, io.now(), splitContext(splitIo)));
  }

  if (verb === 'collect') {
    const dir = args.positionals[1];
    if (!dir) return refuse(r, 'usage', t()['usage.collect'], 2);
    const done = await collectVerb(port, dir, r.json, splitContext(io));
    if (done.wrote) {
      const failed = await savePackageOrRefuse(r, edit, path);
      if (failed !== null) return failed;
    }
    return done.code;
  }

  if (verb === 'check') {
    const checked = workflow.checkScores(port, { now: io.now() });
    const outcome = { ...checked, problems: withSetup(checked.problems) };
    const c = read.setup.competition;
    const today = io.now().slice(0, 10);
    const late = (p: workflow.PlacedProgress) => daysLate(c, p, today);
    // Check records a submission or a reopening in the file itself, as it does in Sheets.
    if (checked.recorded > 0) {
      const failed = await savePackageOrRefuse(r, edit, path);
      if (failed !== null) return failed;
    }
    if (r.json) {
      printJson(r, {
        ok: outcome.ok,
        message: shown(r, outcome.message),
        problems: outcome.problems.map((p) => jsonProblem(r, p)),
        progress: outcome.progress.map((p) => ({
          juror: p.juror,
          jurorId: p.jurorId,
          stage: p.stage,
          stageId: p.stageId,
          sheet: p.sheet,
          scored: p.scored,
          total: p.total,
          recused: p.recused,
          done: p.done,
          started: p.total > 0,
          daysLate: late(p),
          state: p.state,
        })),
      });
    } else {
      if (outcome.progress.length > 0) io.out(progressText(outcome.progress, r.lang, st, late));
      if (outcome.problems.length > 0) io.out(report(outcome.problems));
      io.out(shown(r, outcome.message));
    }
    // Warnings (a disagreement, a dropped category) inform; only errors make the scores incomplete.
    return outcome.ok ? 0 : 1;
  }

  if (verb === 'minutes') {
    const options = {
      stage: args.stage,
      pdf: args.pdf,
      allowIncomplete: args.allowIncomplete,
      recordDecisions: args.recordDecisions,
    };
    const saveTo = async () => (await savePackageOrRefuse(r, edit, path)) === null;
    return minutes(file, port, options, r.lang, io, saveTo, names);
  }

  // rank
  const ranked = workflow.computeRankingAction(port, {
    allowIncomplete: args.allowIncomplete,
    now: io.now(),
  });
  const outcome = { ...ranked, problems: withSetup(ranked.problems) };
  if (outcome.ok && edit.changed()) {
    const failed = await savePackageOrRefuse(r, edit, path);
    if (failed !== null) return failed;
  }
  if (r.json) {
    printJson(
      r,
      rankingJson(outcome, r.lang, (text) => shown(r, text)),
    );
  } else {
    if (outcome.problems.length > 0) io.err(report(outcome.problems));
    if (outcome.ok && outcome.result && outcome.competition)
      io.out(rankingText(outcome.result, outcome.competition, r.lang, outcome.fingerprint, st));
    io.out(shown(r, outcome.message));
  }
  return outcome.ok ? 0 : 1;
}

/** The --json shape of `rank`: stable keys that scripts rely on; more may be added. */
export function rankingJson(
  outcome: workflow.RankOutcome,
  lang: Lang,
  say: (text: Text) => string = (text) => pick(text, lang),
) {
  return {
    ok: outcome.ok,
    complete: outcome.result?.complete ?? false,
    message: say(outcome.message),
    fingerprint: outcome.fingerprint,
    categories: outcome.ok
      ? (outcome.result?.categories ?? []).map((k) => ({
          id: k.categoryId,
          name: k.name,
          entries: k.entries.map((e) => ({
            rank: e.place,
            id: e.entryId,
            title: e.title,
            agency: e.agency,
            score: e.finalScore === null ? null : roundDecimal(e.finalScore, 6),
            tie: e.tie,
            advances: e.advances,
            incomplete: e.incomplete,
            lastStage: e.lastStageId,
            decidedBy: pick(e.decidedBy, lang),
          })),
        }))
      : [],
    problems: outcome.problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      severity: p.severity,
      message: say(p.message),
    })),
  };
}

/**
 * Whether the workbook at `path` is what this demo makes: the same sheets and
 * the same data fingerprint on its Ranking (every setting and score). Only
 * such a file may be replaced, so `npm start` runs again while a workbook a
 * user worked in is never lost.
 */
async function isDemoOutput(path: string, made: SpreadsheetPort): Promise<boolean> {
  const opened = await openWorkbook(path);
  if ('error' in opened) return false;
  const there = xlsxPort(opened.workbook, { locale: made.locale() });
  const sorted = (names: string[]) => [...names].sort().join('\u0000');
  if (sorted(there.sheetNames()) !== sorted(made.sheetNames())) return false;
  // The data as it is now, not as the Ranking last saw it: a score typed since then counts.
  const data = (port: SpreadsheetPort) => {
    const wb = readWorkbook(port);
    return wb.setup ? fingerprint(wb.setup.competition, scoreSheets(wb)) : null;
  };
  const ours = data(made);
  return ours !== null && data(there) === ours;
}

/** The demo's one recusal: a juror who once coached an entrant's team declares it and withdraws. */
const DEMO_RECUSAL = {
  juror: 'j3',
  entry: '004',
  reason: {
    id: 'Pernah menjadi pendamping tim inovasi ini',
    en: "Once coached this entry's team",
  },
} as const;

/** The regency example from start to end, narrated. */
async function demo(r: Run, path: string): Promise<number> {
  const { lang } = r;
  const st = style(r.io.colour);
  const folder = folderProblem(r, path);
  if (folder) return refuse(r, 'file-is-folder', folder, 2);
  // The narration waits until the file may be written: a refusal is then the only thing said.
  const said: [keyof Pick<Io, 'out' | 'err'>, string][] = [];
  const io = {
    out: (text: string) => said.push(['out', text]),
    err: (text: string) => said.push(['err', text]),
  };
  const flush = () => said.splice(0).forEach(([to, text]) => r.io[to](text));
  const workbook = newWorkbook();
  const port = xlsxPort(workbook, { locale: localeOf(lang) });
  const step = (text: Text) =>
    io.out(st.bold(fill(cliMessages[lang]['demo.step'], { step: shown(r, text) })));
  const names = (c: { jurors: { id: string; name: string }[] }) => (id: string) =>
    c.jurors.find((j) => j.id === id)?.name ?? id;

  const created = workflow.newCompetition(port, { example: true, lang });
  const c = readWorkbook(port).setup!.competition;
  io.out(
    fill(cliMessages[lang]['demo.start'], {
      name: c.name,
      entries: c.entries.length,
      jurors: c.jurors.length,
      stages: c.stages.length,
    }),
  );
  step(created.message);

  // Stage by stage: generate the tabs, the jurors sign the pakta integritas and type; one withdraws from an entry.
  const today = r.io.now().slice(0, 10);
  for (let round = 0; round < c.stages.length; round++) {
    const generated = workflow.generateTabs(port);
    step(generated.message);
    for (const tab of readWorkbook(port).tabs)
      if (tab.stageId === c.stages[round].id) signPakta(port, tab.sheet, today);
    if (round === 0) {
      // The bureau's own member once coached the e-Kinerja team: she declares it and abstains.
      const tab = readWorkbook(port).tabs.find(
        (t) => t.stageId === c.stages[0].id && t.jurorId === DEMO_RECUSAL.juror,
      );
      const entry = c.entries.find((e) => e.id === DEMO_RECUSAL.entry);
      const juror = c.jurors.find((j) => j.id === DEMO_RECUSAL.juror);
      if (tab && entry && juror) {
        recuse(port, tab.sheet, entry.id, DEMO_RECUSAL.reason[lang]);
        const said = (l: Lang) =>
          fill(cliMessages[l]['demo.recusal'], {
            juror: juror.name,
            entry: entry.title,
            stage: c.stages[0].name,
            reason: DEMO_RECUSAL.reason[l],
          });
        step({ id: said('id'), en: said('en') });
      }
    }
    typeWhereEmpty(port, (stageId, jurorId, entryIds) => demoTyping(c, stageId, jurorId, entryIds));
  }
  // One juror slips, as jurors do: a zero too many (750 for 75). Check finds it at its cell; the juror corrects it.
  const slip = readWorkbook(port).tabs[0];
  const slipRow = slip.rows[1];
  const slipCriterion = slip.criterionIds[0];
  const intended = slipRow.scores[slipCriterion];
  typeScores(port, slip.sheet, { [slipRow.entryId]: { [slipCriterion]: Number(intended) * 10 } });
  const caught = workflow.checkScores(port);
  io.out(progressText(caught.progress, lang, st));
  io.out(problemsText(inCli(r, caught.problems), names(c), lang, st));
  step(caught.message);
  typeScores(port, slip.sheet, { [slipRow.entryId]: { [slipCriterion]: intended } });
  // Every juror is done: each ticks Submitted, and the check records the submission of each complete tab.
  for (const tab of readWorkbook(port).tabs) tickSubmitted(port, tab.sheet);
  step({ id: cliMessages.id['demo.submitted'], en: cliMessages.en['demo.submitted'] });
  const check = workflow.checkScores(port, { now: r.io.now() });
  io.out(progressText(check.progress, lang, st));
  step(check.message);
  const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now: r.io.now() });
  step(ranked.message);
  if (!ranked.ok || !ranked.result) {
    io.err(problemsText(inCli(r, ranked.problems), names(c), lang, st));
    flush();
    return 1;
  }
  io.out('');
  io.out(rankingText(ranked.result, c, lang, ranked.fingerprint, st));
  if (existsSync(path) && !(await isDemoOutput(path, port))) {
    return refuse(r, 'file-exists', fill(cliMessages[lang]['demo.exists'], { path: r.file }), 1);
  }
  flush();
  const failed = makeFolder(r, path) ?? (await save(r, workbook, path, !existsSync(path)));
  if (failed !== null) return failed;
  r.io.out('');
  r.io.out(fill(cliMessages[lang]['demo.saved'], { path: r.file }));
  return 0;
}
