/**
 * The `juri` command: the same workflow as the add-on, on .xlsx files.
 * Each verb on a workbook opens the file as a package, runs one workflow
 * action through the package port (./xlsxPackagePort), and saves only when
 * the action wrote something, keeping every part Juri does not own byte for
 * byte; `init` and `demo` make a new workbook through exceljs.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang, Text } from '../core/model';
import { roundDecimal } from '../core/numbers';
import { fill, langOfLocale, pick, textOf } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { xlsxMessages } from '../i18n/xlsx';
import * as workflow from '../workflow/actions';
import { typeScores, typeWhereEmpty } from '../workflow/typeScores';
import { readWorkbook } from '../workflow/workbook';
import { demoTyping } from './demo';
import { importVerb, remindVerb } from './listVerbs';
import { daysLate } from '../core/reminders';
import { PRESETS, type PresetId } from '../core/presets';
import { minutes } from './minutes';
import { minutesCliMessages } from '../i18n/minutesCli';
import { problemsText, progressText, rankingText, style } from './output';
import { newWorkbook, openPackage, savePackage, saveWorkbookAtomic } from './xlsxFile';
import { lockWorkbook, openElsewhere, type Held } from './xlsxLock';
import { packagePort, type PackageEdit } from './xlsxPackagePort';
import { xlsxPort } from './xlsxPort';
import type ExcelJS from 'exceljs';
import { realpathSync } from 'node:fs';
import type { SpreadsheetPort } from '../workbook/port';
import { setupSheetName } from '../workbook/setupSheet';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
  /** Local time for the Ranking sheet. */
  now(): string;
  /** The environment whose LC_ALL, LC_MESSAGES or LANG sets the language of messages (process.env by default). */
  env?: Readonly<Record<string, string | undefined>>;
}

const VERBS = ['init', 'generate', 'check', 'rank', 'demo', 'import', 'remind', 'minutes'] as const;
type Verb = (typeof VERBS)[number];

function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en_US' : 'id_ID';
}

/** The language of messages: --lang, else the workbook's Setup, else the environment's. */
function envLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

async function load(path: string, io: Io, lang: Lang): Promise<PackageEdit | null> {
  const opened = await openPackage(path);
  if ('error' in opened) {
    io.err(pick(opened.error.message, lang));
    return null;
  }
  return packagePort(opened.pkg, { locale: localeOf(lang) });
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

/** The workbook's lock for a command that will write it; null (said) when another command keeps it too long. */
async function lock(path: string, file: string, io: Io, lang: Lang): Promise<Held | null> {
  const outcome = await lockWorkbook(finalPath(path), {
    waitMs: lockWaitMs(),
    onWait: (pid) => io.err(pick(textOf(xlsxMessages, 'fileWaiting', { pid, path: file }), lang)),
  });
  if ('held' in outcome) return outcome.held;
  io.err(pick(textOf(xlsxMessages, 'fileBusy', { ...outcome.busy, path: file }), lang));
  return null;
}

/** A warning when LibreOffice or Excel has the workbook open: saving there would undo Juri's changes. */
function warnOpenElsewhere(path: string, file: string, io: Io, lang: Lang): void {
  const open = openElsewhere(finalPath(path));
  if (open) io.err(pick(textOf(xlsxMessages, 'fileOpenElsewhere', { ...open, path: file }), lang));
}

async function savePackageOrSay(edit: PackageEdit, path: string, io: Io, lang: Lang): Promise<boolean> {
  const problem = await savePackage(edit, path);
  if (problem) {
    io.err(pick(problem.message, lang));
    return false;
  }
  return true;
}

/** The folder of a new file; a path through a file (or a folder that cannot be made) is the user's to fix. */
function makeFolder(path: string, io: Io, lang: Lang): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return true;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.err(pick(textOf(xlsxMessages, 'fileNotSaved', { path, reason: code }), lang));
    return false;
  }
}

async function save(workbook: ExcelJS.Workbook, path: string, io: Io, lang: Lang): Promise<boolean> {
  const problem = await saveWorkbookAtomic(workbook, path);
  if (problem) {
    io.err(pick(problem.message, lang));
    return false;
  }
  return true;
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

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        example: { type: 'boolean' },
        lang: { type: 'string' },
        out: { type: 'string' },
        'allow-incomplete': { type: 'boolean' },
        preset: { type: 'string' },
        sheet: { type: 'string' },
        map: { type: 'string' },
        today: { type: 'string' },
        stage: { type: 'string' },
        pdf: { type: 'string' },
        'record-decisions': { type: 'boolean' },
      },
    });
  } catch (error) {
    const lang = envLang(io.env);
    io.err(
      fill(cliMessages[lang].badOption, {
        detail: error instanceof Error ? error.message : String(error),
        verb: argv[0] ?? '',
      }),
    );
    return 2;
  }
  const { values: opts, positionals } = parsed;
  const langOpt = opts.lang === 'en' || opts.lang === 'id' ? opts.lang : null;
  const lang: Lang = langOpt ?? envLang(io.env);
  const t = () => cliMessages[lang];
  const verb = positionals[0] as Verb | undefined;
  if (!verb) {
    io.out(`${t().usage}\n\n${minutesCliMessages[lang].usageLine}`);
    return opts.help ? 0 : 2;
  }
  if (!VERBS.includes(verb)) {
    io.err(fill(t().unknownVerb, { verb }));
    return 2;
  }
  if (opts.help) {
    io.out(verb === 'minutes' ? minutesCliMessages[lang].usage : t()[`usage.${verb}`]);
    return 0;
  }

  if (verb === 'demo') return demo(opts.out ?? 'out/demo.xlsx', langOpt ?? 'id', io);

  const file = positionals[1];
  if (!file) {
    io.err(fill(t().missingFile, { verb }));
    return 2;
  }
  const path = resolve(file);

  if (verb === 'init') {
    // A workbook is never replaced by an empty one: it may hold every juror's scores.
    if (existsSync(path)) {
      io.err(fill(t().fileExists, { path: file }));
      return 1;
    }
    const preset = opts.preset;
    if (preset !== undefined && !(PRESETS as readonly string[]).includes(preset)) {
      io.err(fill(t().unknownPreset, { value: preset }));
      return 2;
    }
    const workbook = newWorkbook();
    const port = xlsxPort(workbook, { locale: localeOf(lang) });
    const outcome = workflow.newCompetition(port, {
      example: opts.example === true,
      lang,
      ...(preset === undefined ? {} : { preset: preset as PresetId }),
    });
    if (!outcome.ok) {
      io.err(pick(outcome.message, lang));
      return 1;
    }
    if (!makeFolder(path, io, lang) || !(await save(workbook, path, io, lang))) return 2;
    io.out(fill(t().initDone, { sheet: setupSheetName(lang), path: file }));
    return 0;
  }

  const writes = verb === 'generate' || verb === 'rank' || verb === 'import' || verb === 'minutes';
  const held = writes ? await lock(path, file, io, lang) : null;
  if (writes && !held) return 2;
  try {
    return await onWorkbook(verb, path, file, opts, positionals, lang, langOpt, io);
  } finally {
    held?.release();
  }
}

async function onWorkbook(
  verb: Exclude<Verb, 'init' | 'demo'>,
  path: string,
  file: string,
  opts: {
    json?: boolean;
    'allow-incomplete'?: boolean;
    sheet?: string;
    map?: string;
    today?: string;
    stage?: string;
    pdf?: string;
    'record-decisions'?: boolean;
  },
  positionals: string[],
  startLang: Lang,
  langOpt: Lang | null,
  io: Io,
): Promise<number> {
  let lang = startLang;
  const t = () => cliMessages[lang];
  const st = style(io.colour);
  const edit = await load(path, io, lang);
  if (!edit) return 2;
  const port = edit.port;
  const read = readWorkbook(port);
  if (!langOpt) lang = read.lang;
  warnOpenElsewhere(path, file, io, lang);
  if (!read.setup) {
    const problem = noSetupProblem(file);
    if (opts.json)
      io.out(
        JSON.stringify(
          { ok: false, problems: [jsonProblem(problem, lang)], progress: [], categories: [] },
          null,
          2,
        ),
      );
    else io.err(pick(problem.message, lang));
    return 1;
  }

  if (verb === 'import') {
    const list = positionals[2];
    if (!list) {
      io.err(t()['usage.import']);
      return 2;
    }
    // The entry rows go into the Setup's cells in place; the rest of the file keeps its bytes.
    const done = await importVerb(port, resolve(list), { sheet: opts.sheet, map: opts.map }, io, lang, st);
    if (done.wrote && !(await savePackageOrSay(edit, path, io, lang))) return 2;
    return done.code;
  }

  if (verb === 'remind')
    return remindVerb(
      port,
      { today: opts.today ?? io.now().slice(0, 10), json: opts.json === true },
      io,
      lang,
    );

  if (verb === 'generate') {
    const outcome = workflow.generateTabs(port);
    if (outcome.problems.length > 0) io.err(problemsText(outcome.problems, jurorNames(port), lang, st));
    if (
      outcome.created.length + outcome.updated.length > 0 &&
      !(await savePackageOrSay(edit, path, io, lang))
    )
      return 2;
    io.out(pick(outcome.message, lang));
    return outcome.ok ? 0 : 1;
  }

  if (verb === 'check') {
    const outcome = workflow.checkScores(port);
    const c = read.setup.competition;
    const today = io.now().slice(0, 10);
    const late = (p: workflow.PlacedProgress) => daysLate(c, p, today);
    if (opts.json) {
      io.out(
        JSON.stringify(
          {
            ok: outcome.ok,
            problems: outcome.problems.map((p) => jsonProblem(p, lang)),
            progress: outcome.progress.map((p) => ({
              juror: p.juror,
              jurorId: p.jurorId,
              stage: p.stage,
              stageId: p.stageId,
              sheet: p.sheet,
              scored: p.scored,
              total: p.total,
              done: p.done,
              daysLate: late(p),
            })),
          },
          null,
          2,
        ),
      );
    } else {
      if (outcome.progress.length > 0) io.out(progressText(outcome.progress, lang, st, late));
      if (outcome.problems.length > 0) io.out(problemsText(outcome.problems, jurorNames(port), lang, st));
      io.out(pick(outcome.message, lang));
    }
    // Warnings (a disagreement, a dropped category) inform; only errors make the scores incomplete.
    return outcome.ok ? 0 : 1;
  }

  if (verb === 'minutes') {
    const options = {
      stage: opts.stage ?? null,
      pdf: opts.pdf ?? null,
      allowIncomplete: opts['allow-incomplete'] === true,
      recordDecisions: opts['record-decisions'] === true,
    };
    return minutes(
      file,
      port,
      options,
      lang,
      io,
      () => savePackageOrSay(edit, path, io, lang),
      jurorNames(port),
    );
  }

  // rank
  const outcome = workflow.computeRankingAction(port, {
    allowIncomplete: opts['allow-incomplete'] === true,
    now: io.now(),
  });
  if (outcome.ok && edit.changed() && !(await savePackageOrSay(edit, path, io, lang))) return 2;
  if (opts.json) {
    io.out(JSON.stringify(rankingJson(outcome, lang), null, 2));
  } else {
    if (outcome.problems.length > 0) io.err(problemsText(outcome.problems, jurorNames(port), lang, st));
    if (outcome.ok && outcome.result && outcome.competition)
      io.out(rankingText(outcome.result, outcome.competition, lang, outcome.fingerprint, st));
    io.out(pick(outcome.message, lang));
    if (outcome.needsConfirmation) io.out(fill(t().rankAnyway, { path: file }));
  }
  return outcome.ok ? 0 : 1;
}

/** The --json shape of `rank`: stable keys that scripts rely on; more may be added. */
export function rankingJson(outcome: workflow.RankOutcome, lang: Lang) {
  return {
    ok: outcome.ok,
    complete: outcome.result?.complete ?? false,
    message: pick(outcome.message, lang),
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
            decidedBy: pick(e.decidedBy, lang),
          })),
        }))
      : [],
    problems: outcome.problems.map((p) => jsonProblem(p, lang)),
  };
}

/** A problem as --json prints it: sheet and cell name the exact place ('' when there is none, e.g. a missing tab). */
interface JsonProblemOf<M> {
  sheet: string;
  cell: string;
  code: string;
  severity: string;
  message: M;
}

function jsonProblem(p: JsonProblemOf<Text>, lang: Lang): JsonProblemOf<string> {
  return { sheet: p.sheet, cell: p.cell, code: p.code, severity: p.severity, message: pick(p.message, lang) };
}

/** The regency example from start to end, narrated. */
async function demo(out: string, lang: Lang, io: Io): Promise<number> {
  const st = style(io.colour);
  const path = resolve(out);
  const workbook = newWorkbook();
  const port = xlsxPort(workbook, { locale: localeOf(lang) });
  const step = (text: string) => io.out(st.bold(fill(cliMessages[lang]['demo.step'], { step: text })));

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
  step(pick(created.message, lang));

  // Stage by stage: generate the tabs, let the jurors type, check.
  for (let round = 0; round < c.stages.length; round++) {
    const generated = workflow.generateTabs(port);
    step(pick(generated.message, lang));
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
  io.out(problemsText(caught.problems, (id) => c.jurors.find((j) => j.id === id)?.name ?? id, lang, st));
  step(pick(caught.message, lang));
  typeScores(port, slip.sheet, { [slipRow.entryId]: { [slipCriterion]: intended } });
  const check = workflow.checkScores(port);
  step(pick(check.message, lang));
  const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now: io.now() });
  step(pick(ranked.message, lang));
  if (!ranked.ok || !ranked.result) {
    io.err(problemsText(ranked.problems, (id) => c.jurors.find((j) => j.id === id)?.name ?? id, lang, st));
    return 1;
  }
  io.out('');
  io.out(rankingText(ranked.result, c, lang, ranked.fingerprint, st));
  if (!makeFolder(path, io, lang) || !(await save(workbook, path, io, lang))) return 2;
  io.out('');
  io.out(fill(cliMessages[lang]['demo.saved'], { path: out }));
  return 0;
}
