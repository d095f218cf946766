/**
 * Two juri commands on one workbook never both write: the second waits for
 * the first, or refuses with a message. And a warning when LibreOffice or Excel
 * has the workbook open.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { juri, removeTempDirs } from './cliRun';
import {
  readParts,
  scoredWorkbook,
  setText,
  sheetNames,
  sheetParts,
  text,
  writeParts,
} from './packageFixtures';

afterEach(removeTempDirs);
jest.setTimeout(180_000);

const lockOf = (path: string) => join(dirname(path), `.~juri.${basename(path)}.lock`);

async function built(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const bin = join(__dirname, '..', '..', 'bin', 'juri.js');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...argv], {
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
}

describe('two commands on one workbook', () => {
  it('generate and rank started together both finish, and the file keeps what each wrote', async () => {
    for (let round = 0; round < 2; round++) {
      const path = await scoredWorkbook();
      // A renamed criterion: generate has tabs to rewrite while rank writes the Ranking.
      const parts = await readParts(path);
      const sst = text(parts, 'xl/sharedStrings.xml');
      setText(parts, 'xl/sharedStrings.xml', sst.replace('<t>Video</t>', '<t>Video profil</t>'));
      await writeParts(path, parts);

      const [generated, ranked] = await Promise.all([built(['generate', path]), built(['rank', path])]);
      expect({ code: generated.code, err: generated.err }).toEqual({ code: 0, err: expect.any(String) });
      expect(ranked.code).toBe(0);
      for (const r of [generated, ranked]) expect(r.err).not.toMatch(/\n\s+at /);

      const after = await readParts(path);
      expect(sheetNames(after)).toEqual(expect.arrayContaining(['Peringkat', 'Rekap']));
      const tabs = [...sheetParts(after)].filter(([name]) => name.startsWith('Presentasi'));
      expect(tabs).toHaveLength(3);
      for (const [, part] of tabs) expect(text(after, part)).toContain('Video profil (10 %)');
      expect(existsSync(lockOf(path))).toBe(false);
    }
  });

  it('refuses after waiting for a command that keeps the workbook, says which, and changes nothing', async () => {
    const path = await scoredWorkbook();
    const before = readFileSync(path);
    // This test process is alive: its lock is not stale.
    writeFileSync(lockOf(path), `${process.pid}\n${hostname()}\n`);
    process.env.JURI_LOCK_WAIT_MS = '300';
    try {
      const id = await juri(['rank', path]);
      expect(id.code).toBe(2);
      expect(id.err).toContain(`Menunggu perintah juri lain (proses ${process.pid})`);
      expect(id.err).toContain(`Perintah juri lain (proses ${process.pid}) sedang mengubah ${path}`);
      const en = await juri(['generate', path, '--lang', 'en']);
      expect(en.code).toBe(2);
      expect(en.err).toContain(`Another juri command (process ${process.pid}) is changing ${path}`);
      expect(en.err).toContain(lockOf(path));
      // Reading does not wait.
      expect((await juri(['check', path])).code).toBe(0);
    } finally {
      delete process.env.JURI_LOCK_WAIT_MS;
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(lockOf(path))).toBe(true);
  });

  it('takes over the lock of a command that died', async () => {
    const path = await scoredWorkbook();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(lockOf(path), `${gone}\n${hostname()}\n`);
    const ran = await juri(['rank', path]);
    expect(ran.code).toBe(0);
    expect(sheetNames(await readParts(path))).toContain('Peringkat');
    expect(existsSync(lockOf(path))).toBe(false);
  });
});

describe('a workbook open in another program', () => {
  it('warns when LibreOffice or Excel has the workbook open, in both languages', async () => {
    const path = await scoredWorkbook();
    const lo = join(dirname(path), `.~lock.${basename(path)}#`);
    writeFileSync(lo, ',someone,host,29.11.2026 10:00,file:///home/someone/.config/libreoffice/4;');
    const id = await juri(['check', path]);
    expect(id.err).toContain(`Peringatan: ${path} sedang terbuka di LibreOffice`);
    const en = await juri(['rank', path, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.err).toContain(`Warning: ${path} is open in LibreOffice (lock file ${lo})`);
    writeFileSync(join(dirname(path), `~$${basename(path)}`), '');
    const excel = await juri(['check', path, '--lang', 'en']);
    expect(excel.err).toMatch(/is open in (LibreOffice|Excel)/);
  });

  it('says nothing when no other program has it open', async () => {
    const path = await scoredWorkbook();
    expect((await juri(['check', path])).err).not.toContain('sedang terbuka');
  });
});
