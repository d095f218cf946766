/**
 * Files past Juri's documented limits are refused with a message before they
 * are unpacked: memory stays bounded and no stack trace reaches the user.
 */
import { execFile } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LIMITS } from '../../src/cli/xlsxPackage';
import { juri, removeTempDirs, tempDir } from './cliRun';
import { readParts, scoredWorkbook, sheetParts, writeParts } from './packageFixtures';

afterEach(removeTempDirs);
jest.setTimeout(180_000);

/** The built command under a 2 GB heap, as a small machine would run it. */
async function builtCapped(argv: string[]): Promise<{ code: number; err: string }> {
  const bin = join(__dirname, '..', '..', 'bin', 'juri.js');
  try {
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--max-old-space-size=2048', bin, ...argv],
      { env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
    );
    return { code: 0, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, err: e.stderr ?? '' };
  }
}

describe('size limits', () => {
  it('a sheet that unpacks to more than the limit (empty styled cells): refused, named, nothing changed', async () => {
    const path = await scoredWorkbook();
    const parts = await readParts(path);
    const part = [...sheetParts(parts)].find(([n]) => n.startsWith('Presentasi'))![1];
    // Millions of empty cells with a style: tiny once compressed, huge once unpacked.
    const row = (r: number) => `<row r="${r}">${'<c s="1"/>'.repeat(200)}</row>`;
    const rows = Array.from({ length: Math.ceil(LIMITS.partBytes / 2000) + 1000 }, (_, i) => row(i + 1)).join(
      '',
    );
    parts.set(
      part,
      Buffer.from(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
      ),
    );
    await writeParts(path, parts);
    const before = readFileSync(path);
    expect(before.length).toBeLessThan(LIMITS.partBytes / 10);

    const ran = await builtCapped(['rank', path, '--lang', 'en']);
    expect(ran.code).toBe(2);
    expect(ran.err).toContain(`its part ${part} holds`);
    expect(ran.err).toContain(`above the limit of ${LIMITS.partBytes / 1024 / 1024} MB`);
    expect(ran.err).not.toMatch(/\n\s+at /);
    const id = await juri(['check', path]);
    expect(id.code).toBe(2);
    expect(id.err).toContain('terlalu besar setelah dibuka');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a file over 2 GiB: refused by its size, before it is read', async () => {
    const path = join(tempDir(), 'besar.xlsx');
    const fd = openSync(path, 'w');
    // Sparse: takes no room on the disk.
    ftruncateSync(fd, 2 * 1024 * 1024 * 1024 + 1);
    closeSync(fd);
    const ran = await builtCapped(['check', path, '--lang', 'en']);
    expect(ran.code).toBe(2);
    expect(ran.err).toContain(
      `File ${path} is 2048 MB, above the ${LIMITS.fileBytes / 1024 / 1024} MB Juri reads`,
    );
    expect(ran.err).not.toMatch(/\n\s+at /);
    const id = await juri(['rank', path]);
    expect(id.code).toBe(2);
    expect(id.err).toContain('melebihi batas');
  });
});
