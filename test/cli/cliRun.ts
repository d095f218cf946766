/** Running `juri` in the test process, and the .xlsx files it works on. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../src/cli/main';
import { openWorkbook, saveWorkbookAtomic } from '../../src/cli/xlsxFile';
import { xlsxPort } from '../../src/cli/xlsxPort';
import type { SpreadsheetPort } from '../../src/workbook/port';

export const NOW = '2026-11-28 10:00';

/**
 * The locale every run of `juri` in the tests gets, whatever the machine's:
 * the command reads its language from LC_ALL, LC_MESSAGES and LANG.
 */
export const TEST_LOCALE = { LANG: 'id_ID.UTF-8' } as const;

/** The process environment without the variables that choose a language, plus `locale`. */
export function pinnedEnv(locale: Record<string, string> = TEST_LOCALE): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^(LANG|LANGUAGE|LC_[A-Z]+)$/.test(name)) env[name] = value;
  return { ...env, ...locale };
}

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** `juri <argv>` in this process: what it printed and its exit code. */
export async function juri(
  argv: string[],
  options: { colour?: boolean; locale?: Record<string, string> } = {},
): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    colour: options.colour ?? false,
    now: () => NOW,
    env: options.locale ?? TEST_LOCALE,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The built command, as a user runs it. */
export async function juriBuilt(argv: string[], cwd: string, locale?: Record<string, string>): Promise<Ran> {
  const bin = join(__dirname, '..', '..', 'bin', 'juri.js');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...argv], {
      cwd,
      timeout: 60_000,
      env: { ...pinnedEnv(locale), NO_COLOR: '1' },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
}

const folders: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'juri-cli-'));
  folders.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The bytes of a file and the identity of its inode, to tell "unchanged" from "rewritten with the same bytes". */
export function fileState(path: string): { bytes: string; inode: number; mtimeMs: number } {
  const s = statSync(path);
  return { bytes: readFileSync(path).toString('base64'), inode: s.ino, mtimeMs: s.mtimeMs };
}

/** Opens the file, lets `change` work on it through the port, saves it: as a user editing in Excel would. */
export async function editFile<T>(path: string, change: (port: SpreadsheetPort) => T): Promise<T> {
  const opened = await openWorkbook(path);
  if ('error' in opened) throw new Error(opened.error.message.en);
  const result = change(xlsxPort(opened.workbook, { locale: 'id_ID' }));
  const problem = await saveWorkbookAtomic(opened.workbook, path);
  if (problem) throw new Error(problem.message.en);
  return result;
}
