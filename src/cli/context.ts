/**
 * What every verb of `juri` shares: the run it belongs to (its output, its
 * language, the file as the user named it), how it says a refusal (one line,
 * or one JSON object with --json) and how it saves a file. Each verb's own
 * work is in verbs.ts and demo.ts; main.ts reads the command and dispatches.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang, Text } from '../core/model';
import { fill, langOfLocale, pick, say } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { cliVerbs, textInShell } from '../i18n/verbs';
import { xlsxMessages } from '../i18n/xlsx';
import type ExcelJS from 'exceljs';
import { savePackage, saveWorkbookAtomic } from './xlsxFile';
import type { PackageEdit } from './xlsxPackagePort';

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
export interface Run {
  io: Io;
  lang: Lang;
  json: boolean;
  /** The file as the user named it, for messages. */
  file: string;
  /** Whether the file has been written, so a late failure says so. */
  saved: boolean;
}

export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en_US' : 'id_ID';
}

/** The language of messages: --lang, else the workbook's Setup, else the environment's. */
export function envLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

/** A problem as --json prints it: sheet and cell name the exact place ('' when there is none, e.g. a missing tab). */
export interface JsonProblemOf<M> {
  sheet: string;
  cell: string;
  code: string;
  severity: string;
  message: M;
}

/** A message of the workflow in the command line's words: its actions are `juri` verbs on this file. */
export function shown(r: Run, text: Text): string {
  return pick(textInShell(text, cliVerbs(r.file)), r.lang);
}

export function inCli<P extends { message: Text }>(r: Run, problems: readonly P[]): P[] {
  const verbs = cliVerbs(r.file);
  return problems.map((p) => ({ ...p, message: textInShell(p.message, verbs) }));
}

export function jsonProblem(r: Run, p: JsonProblemOf<Text>): JsonProblemOf<string> {
  return { sheet: p.sheet, cell: p.cell, code: p.code, severity: p.severity, message: shown(r, p.message) };
}

export function printJson(r: Run, value: unknown): void {
  r.io.out(JSON.stringify(value, null, 2));
}

/**
 * A refusal that is not about the workbook's content (exit 2, or 3 for a
 * failure of Juri): one line for people, or with --json an object scripts can
 * read, of the same shape as a report: ok, an error, and the problem list.
 */
export function refuse(r: Run, code: string, message: string, exit: 1 | 2 | 3): number {
  if (r.json) {
    const problem = { sheet: '', cell: '', code, severity: 'error', message };
    printJson(r, { ok: false, exitCode: exit, error: { code, message }, problems: [problem] });
  } else r.io.err(message);
  return exit;
}

/** A file the command reads: a folder, or nothing at all, is said as such before anything is opened. */
export function folderProblem(r: Run, path: string): string | null {
  try {
    if (!statSync(path).isDirectory()) return null;
  } catch {
    return null;
  }
  return fill(cliMessages[r.lang].fileIsFolder, { path: r.file });
}

/** A new file is never written over an existing one: it may be a workbook full of every juror's scores. */
export function refuseExisting(r: Run, path: string): number | null {
  if (!existsSync(path)) return null;
  const folder = folderProblem(r, path);
  if (folder) return refuse(r, 'file-is-folder', folder, 2);
  return refuse(r, 'file-exists', fill(cliMessages[r.lang].fileExists, { path: r.file }), 1);
}

/** The folder of a new file; a path through a file (or a folder that cannot be made) is the user's to fix. */
export function makeFolder(r: Run, path: string): number | null {
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
      pick(say(xlsxMessages, 'fileNotCreated', { path: r.file, reason: code }), r.lang),
      2,
    );
  }
}

/** Saves the package's changes over `path`; null when saved, else the exit code after saying why. */
export async function savePackageOrRefuse(r: Run, edit: PackageEdit, path: string): Promise<number | null> {
  const problem = await savePackage(edit, path);
  if (!problem) {
    r.saved = true;
    return null;
  }
  return refuse(r, problem.code, pick(problem.message, r.lang), 2);
}

/** Saves a new workbook (init, demo) over `path`; null when saved, else the exit code after saying why. */
export async function saveWorkbook(
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
        say(xlsxMessages, 'fileNotCreated', { path: r.file, reason: reasonOf(problem.message.en) }),
        r.lang,
      )
    : pick(problem.message, r.lang);
  return refuse(r, problem.code, message, 2);
}

function reasonOf(message: string): string {
  return /\(([A-Z]+)\)/.exec(message)?.[1] ?? '';
}
