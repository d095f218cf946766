/**
 * Two juri commands on one workbook never both write: the second waits for
 * the first, or refuses with a message. And a warning when LibreOffice or Excel
 * has the workbook open.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../src/cli/main';
import { tickSubmitted } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editFile, juri, NOW, removeTempDirs, TEST_LOCALE, type Ran } from './cliRun';
import {
  addForeignParts,
  FOREIGN,
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

/** The scored example with the first juror tab's "Submitted" ticked: the next check records it, so saves. */
async function submittedWorkbook(): Promise<{ path: string; sheet: string }> {
  const path = await scoredWorkbook();
  const sheet = await editFile(path, (port) => {
    const tab = readWorkbook(port).tabs[0];
    tickSubmitted(port, tab.sheet);
    return tab.sheet;
  });
  return { path, sheet };
}

/**
 * `juri check` while this test process keeps the workbook's lock, as another
 * juri command would. When check says it is waiting for the lock (after it has
 * read the file), `meanwhile` runs (another command saving the file, or
 * nothing), then the lock is let go. `waited` is false when check never waited.
 */
async function checkWhileLocked(
  argv: string[],
  meanwhile: () => Promise<void>,
): Promise<Ran & { waited: boolean }> {
  const path = argv[1];
  writeFileSync(lockOf(path), `${process.pid}\n${hostname()}\n`);
  const out: string[] = [];
  const err: string[] = [];
  let waiting = () => undefined as void;
  const saidWaiting = new Promise<void>((resolve) => (waiting = resolve));
  const ran = run(argv, {
    out: (t) => out.push(t),
    err: (t) => {
      err.push(t);
      if (/Menunggu perintah juri lain|Waiting for another juri command/.test(t)) waiting();
    },
    colour: false,
    now: () => NOW,
    env: TEST_LOCALE,
  });
  const first = await Promise.race([saidWaiting.then(() => 'waited' as const), ran]);
  if (first === 'waited') await meanwhile();
  rmSync(lockOf(path), { force: true });
  const code = await ran;
  return { code, out: out.join('\n'), err: err.join('\n'), waited: first === 'waited' };
}

const RECORDED_ID = '1 tab dicatat sebagai diserahkan';

describe('check, which saves only when it records a submission', () => {
  it('waits for a command that keeps the workbook, then records on the file it read', async () => {
    const { path } = await submittedWorkbook();
    const before = readFileSync(path);
    const checked = await checkWhileLocked(['check', path], async () => {
      // Nothing is saved while check waits.
      expect(readFileSync(path).equals(before)).toBe(true);
    });
    expect(checked.waited).toBe(true);
    expect(checked.err).toContain(
      `Menunggu perintah juri lain (proses ${process.pid}) selesai mengubah ${path}`,
    );
    expect(checked.err).not.toContain('disimpan oleh perintah lain');
    expect(checked.code).toBe(0);
    expect(checked.out).toContain(RECORDED_ID);
    expect(existsSync(lockOf(path))).toBe(false);
    // Recorded in the file: the next check has nothing left to record.
    const again = await juri(['check', path]);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('dicatat sebagai diserahkan');
  });

  it('refuses, changing nothing, when the command keeping the workbook does not finish in time', async () => {
    const { path } = await submittedWorkbook();
    const before = readFileSync(path);
    writeFileSync(lockOf(path), `${process.pid}\n${hostname()}\n`);
    process.env.JURI_LOCK_WAIT_MS = '300';
    try {
      const en = await juri(['check', path, '--lang', 'en']);
      expect(en.code).toBe(2);
      expect(en.err).toContain(`Another juri command (process ${process.pid}) is changing ${path}`);
      expect(en.out).not.toContain('recorded as submitted');
    } finally {
      delete process.env.JURI_LOCK_WAIT_MS;
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('never writes over a file saved by another command after check read it: it checks that file again', async () => {
    const { path, sheet } = await submittedWorkbook();
    // Another program saves the workbook with a sheet, a chart and comments of its own while check waits.
    let theirs = new Map<string, Buffer>();
    const checked = await checkWhileLocked(['check', path, '--lang', 'en'], async () => {
      theirs = await readParts(path);
      addForeignParts(theirs);
      await writeParts(path, theirs);
    });
    expect(checked.waited).toBe(true);
    // What the other program saved is all there.
    const after = await readParts(path);
    expect(sheetNames(after)).toEqual(expect.arrayContaining(['Data', sheet]));
    for (const part of FOREIGN)
      expect({ part, same: after.get(part)?.equals(theirs.get(part)!) }).toEqual({ part, same: true });
    expect(checked.err).toContain(
      `File ${path} was saved by another command while this one was reading it. So that its new content is not overwritten, the file is read and checked again as it is now`,
    );
    expect(checked.code).toBe(0);
    // The second check, on the file as the other program saved it, recorded the submission.
    expect(checked.out).toContain('1 tab recorded as submitted');
    expect((await juri(['check', path])).out).not.toContain('dicatat sebagai diserahkan');
  });

  it('keeps, byte for byte, a Ranking that rank saved after check read the file, in one JSON answer', async () => {
    const { path } = await submittedWorkbook();
    // rank on a copy, its result put in place while check waits: as a rank that saved first.
    const copy = join(dirname(path), 'salinan.xlsx');
    copyFileSync(path, copy);
    let ranked = Buffer.alloc(0);
    const checked = await checkWhileLocked(['check', path, '--json'], async () => {
      expect((await juri(['rank', copy])).code).toBe(0);
      ranked = readFileSync(copy);
      renameSync(copy, path);
    });
    expect(checked.waited).toBe(true);
    expect(readFileSync(path).equals(ranked)).toBe(true);
    expect(checked.err).toContain(
      `Berkas ${path} disimpan oleh perintah lain selagi perintah ini membacanya`,
    );
    const report = JSON.parse(checked.out) as { ok: boolean; message: string; progress: { state: string }[] };
    expect(checked.code).toBe(0);
    expect(report.ok).toBe(true);
    // rank recorded the submission itself: the second check had nothing to record, so saved nothing.
    expect(report.progress[0].state).toBe('submitted');
    expect(report.message).not.toContain('dicatat sebagai diserahkan');
    expect(sheetNames(await readParts(path))).toEqual(expect.arrayContaining(['Peringkat', 'Rekap']));
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
