/**
 * Saving keeps the file the user has: its permissions, a symbolic link, hard
 * links; a read-only file is refused. Root may write anything, so the checks
 * that matter are also made as an ordinary user (setpriv), when the tests run
 * as root and setpriv is there.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { juri, removeTempDirs, tempDir } from './cliRun';
import { readParts, scoredWorkbook, sheetNames } from './packageFixtures';

afterEach(removeTempDirs);
jest.setTimeout(120_000);

const mode = (path: string) => statSync(path).mode & 0o777;

async function ranked(path: string): Promise<boolean> {
  return sheetNames(await readParts(path)).includes('Peringkat');
}

describe('file identity when juri saves', () => {
  it('refuses a read-only file, in both languages, and leaves it as it was', async () => {
    const path = await scoredWorkbook();
    chmodSync(path, 0o444);
    const before = readFileSync(path);
    const id = await juri(['rank', path]);
    expect(id.code).toBe(2);
    expect(id.err).toContain('hanya-baca');
    const en = await juri(['rank', path, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain(`File ${path} is read-only`);
    expect(en.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(mode(path)).toBe(0o444);
  });

  it('keeps the permissions (600 stays 600)', async () => {
    const path = await scoredWorkbook();
    chmodSync(path, 0o600);
    expect((await juri(['rank', path])).code).toBe(0);
    expect(await ranked(path)).toBe(true);
    expect(mode(path)).toBe(0o600);
  });

  it('updates the target of a symbolic link and keeps the link', async () => {
    const target = await scoredWorkbook();
    const link = join(tempDir(), 'tautan.xlsx');
    symlinkSync(target, link);
    expect((await juri(['rank', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await ranked(target)).toBe(true);
  });

  it('writes a hard-linked file in place: both names see the new workbook', async () => {
    const path = await scoredWorkbook();
    const other = join(tempDir(), 'salinan.xlsx');
    linkSync(path, other);
    const inode = statSync(path).ino;
    expect((await juri(['rank', path])).code).toBe(0);
    expect(statSync(path).ino).toBe(inode);
    expect(statSync(other).ino).toBe(inode);
    expect(statSync(path).nlink).toBe(2);
    expect(await ranked(other)).toBe(true);
  });
});

/** setpriv runs a command as another user; only root can use it that way. */
function asUserAvailable(): boolean {
  const root = process.getuid?.() === 0;
  const setpriv = existsSync('/usr/bin/setpriv');
  if (!root) return true;
  if (setpriv) return true;
  if (process.env.CI === 'true') throw new Error('setpriv is required on CI to test as an ordinary user');
  console.warn('!!! SKIPPED: file identity as an ordinary user: running as root without setpriv.');
  return false;
}

const NOBODY = 65534;

async function asUser(argv: string[]): Promise<{ code: number; err: string }> {
  const bin = join(__dirname, '..', '..', 'bin', 'juri.js');
  const node = [process.execPath, bin, ...argv];
  const command =
    process.getuid?.() === 0
      ? ['/usr/bin/setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...node]
      : node;
  try {
    const { stderr } = await promisify(execFile)(command[0], command.slice(1), {
      env: { ...process.env, NO_COLOR: '1', HOME: '/tmp' },
      timeout: 60_000,
    });
    return { code: 0, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, err: e.stderr ?? '' };
  }
}

describe('file identity as an ordinary user', () => {
  it('refuses a read-only file in a folder the user may write, keeps 600 and the owner', async () => {
    if (!asUserAvailable()) return;
    const readOnly = await scoredWorkbook('nurut.xlsx');
    const own = await scoredWorkbook('sendiri.xlsx');
    for (const file of [readOnly, own]) {
      const folder = join(file, '..');
      chmodSync(folder, 0o755);
      if (process.getuid?.() === 0) {
        chownSync(folder, NOBODY, NOBODY);
        chownSync(file, NOBODY, NOBODY);
      }
    }
    chmodSync(readOnly, 0o444);
    chmodSync(own, 0o600);
    const before = readFileSync(readOnly);
    // The user could replace the file by renaming over it; Juri must not.
    const refused = await asUser(['rank', readOnly, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is read-only');
    expect(readFileSync(readOnly).equals(before)).toBe(true);
    expect(mode(readOnly)).toBe(0o444);

    const done = await asUser(['rank', own]);
    expect(done.err).not.toMatch(/\n\s+at /);
    expect(done.code).toBe(0);
    expect(mode(own)).toBe(0o600);
    if (process.getuid?.() === 0) expect(statSync(own).uid).toBe(NOBODY);
    expect(await ranked(own)).toBe(true);
    // Root also keeps the owner of a file it rewrites.
    if (process.getuid?.() === 0) {
      execFileSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'juri.js'), 'rank', own]);
      expect(statSync(own).uid).toBe(NOBODY);
    }
  });
});
