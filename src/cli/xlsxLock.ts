/**
 * One juri command at a time changes a workbook. A command that writes holds a
 * lock file beside the workbook from before it reads to after it saves; a second
 * one waits for it (and says so), then refuses if it waits too long. A lock left
 * by a command that died (its process is gone) is taken over.
 *
 * Also: the lock files LibreOffice and Excel leave beside a workbook they have
 * open, so that the user can be warned that saving there would undo Juri's work.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface Held {
  release(): void;
}

export type LockOutcome = { held: Held } | { busy: { pid: number; lock: string; seconds: number } };

export function lockPathOf(target: string): string {
  return join(dirname(target), `.~juri.${basename(target)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holder(lock: string): Promise<{ pid: number; host: string } | null> {
  try {
    const [pid, host] = (await readFile(lock, 'utf8')).split('\n');
    return { pid: Number(pid), host: host ?? '' };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Takes the lock of the workbook at `target` (a path already resolved through
 * symbolic links), waiting up to `waitMs`. A folder where no lock can be made
 * (read-only) gives a lock that holds nothing: nothing can be saved there either.
 */
export async function lockWorkbook(
  target: string,
  options: { waitMs: number; onWait: (pid: number) => void },
): Promise<LockOutcome> {
  const lock = lockPathOf(target);
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n${hostname()}\n`);
      await handle.close();
      const release = () => {
        process.removeListener('exit', release);
        // Only our own lock: never one another command took over meanwhile.
        try {
          if (readFileSync(lock, 'utf8').startsWith(`${process.pid}\n`)) rmSync(lock, { force: true });
        } catch {
          // Already gone.
        }
      };
      process.on('exit', release);
      return { held: { release } };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return { held: { release: () => undefined } };
    }
    const other = await holder(lock);
    if (other && other.host === hostname() && Number.isInteger(other.pid) && !alive(other.pid)) {
      await rm(lock, { force: true });
      continue;
    }
    const pid = other?.pid ?? 0;
    if (Date.now() - started >= options.waitMs)
      return { busy: { pid, lock, seconds: Math.round(options.waitMs / 1000) } };
    if (!told) {
      options.onWait(pid);
      told = true;
    }
    await sleep(100);
  }
}

/** The program that has the workbook open, by the lock file it leaves beside it, or null. */
export function openElsewhere(target: string): { program: string; lock: string } | null {
  const folder = dirname(target);
  const name = basename(target);
  const candidates = [
    { program: 'LibreOffice', lock: join(folder, `.~lock.${name}#`) },
    { program: 'Excel', lock: join(folder, `~$${name}`) },
    // Excel shortens the name of its owner file for long names.
    { program: 'Excel', lock: join(folder, `~$${name.slice(2)}`) },
  ];
  return candidates.find((c) => existsSync(c.lock)) ?? null;
}
