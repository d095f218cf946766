/**
 * Opening and saving .xlsx files. What a user can get wrong (a missing file,
 * a file that is not an .xlsx, a folder that cannot be written) comes back as a
 * FileProblem; anything else is a bug and throws.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readFile, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Text } from '../core/model';
import { problemText } from '../core/say';
import { LIMITS, sheetEntries, unpack, type Package } from './xlsxPackage';
import type { PackageEdit } from './xlsxPackagePort';
import { repack } from './xlsxRepack';

export type FileProblemCode =
  | 'file-missing'
  | 'file-not-xlsx'
  | 'file-unreadable'
  | 'file-not-saved'
  | 'file-too-large'
  | 'file-unpacks-too-large'
  | 'file-read-only';

export interface FileProblem {
  code: FileProblemCode;
  severity: 'error';
  /** The path as the user gave it. */
  path: string;
  message: Text;
}

function fileProblem(
  code: FileProblemCode,
  path: string,
  reason = '',
  params: Record<string, string | number> = {},
): FileProblem {
  return { code, severity: 'error', path, message: problemText(code, { path, reason, ...params }) };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

/** An operating-system error (ENOENT, EACCES, ENOSPC, ...), as opposed to a bug. */
function systemErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

export function newWorkbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}

/**
 * Excel stores a formula filled down as one master and many cells pointing at
 * it; overwriting the master alone would break the others. Turning each into a
 * plain formula keeps later writes safe.
 */
function unshareFormulas(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value !== 'object' || value === null) return;
        const shared = 'sharedFormula' in value || ('formula' in value && 'shareType' in value);
        if (shared) cell.value = { formula: cell.formula, result: value.result };
      });
    });
  }
}

export async function openWorkbook(
  path: string,
): Promise<{ workbook: ExcelJS.Workbook } | { error: FileProblem }> {
  const read = await readBytes(path);
  if ('error' in read) return read;
  const bytes = read.bytes;
  const workbook = newWorkbook();
  try {
    // exceljs declares its own global Buffer type, which Node's Buffer does not match.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // Any parse failure means the bytes are not a workbook exceljs understands.
    return { error: fileProblem('file-not-xlsx', path) };
  }
  // A zip that is not a workbook (a .docx, an .ods) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) return { error: fileProblem('file-not-xlsx', path) };
  unshareFormulas(workbook);
  return { workbook };
}

/** The file a path names in the end: a symbolic link's target (even one not yet made), else the path. */
async function finalTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return resolve(dirname(path), await readlink(path));
    } catch {
      return path;
    }
  }
}

class ReadOnly extends Error {}

/**
 * Writes bytes over a file so that it stays the same file to its user:
 * - a symbolic link stays a link, and its target gets the new bytes;
 * - permissions (600 stays 600) and, where allowed, owner and group are kept;
 * - a file without write permission is refused (ReadOnly), even for root;
 * - a file with several names (hard links) is written in place, so that every
 *   name sees the new workbook; a complete copy is written beside it first;
 * - otherwise a temporary file next to it is renamed over it, so the file on
 *   disk is always either the old workbook or the new one.
 * Bytes are on disk before the rename, so a crash cannot leave a renamed but empty file.
 */
export async function writeFileKeepingIdentity(path: string, bytes: Uint8Array): Promise<void> {
  const target = await finalTarget(path);
  const before = await stat(target).catch((error: unknown) => {
    if (systemErrorCode(error) === 'ENOENT') return null;
    throw error;
  });
  if (before) {
    const writable =
      (before.mode & 0o222) !== 0 &&
      (await access(target, constants.W_OK).then(
        () => true,
        () => false,
      ));
    if (!writable) throw new ReadOnly(target);
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', before ? before.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(bytes);
      if (before) {
        await handle.chmod(before.mode & 0o7777);
        if (process.getuid?.() === 0) await handle.chown(before.uid, before.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before && before.nlink > 1) {
      const file = await open(target, 'r+');
      try {
        await file.truncate(0);
        await file.write(bytes, 0, bytes.length, 0);
        await file.sync();
      } finally {
        await file.close();
      }
      await rm(temp, { force: true });
    } else await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes the bytes over the file (see writeFileKeepingIdentity); a user's problem comes back as a value. */
export async function saveBytes(bytes: () => Promise<Uint8Array>, path: string): Promise<FileProblem | null> {
  try {
    await writeFileKeepingIdentity(path, await bytes());
    return null;
  } catch (error) {
    if (error instanceof ReadOnly) return fileProblem('file-read-only', path);
    const code = systemErrorCode(error);
    if (code !== null) return fileProblem('file-not-saved', path, code);
    throw error;
  }
}

/** Saves a workbook made in memory (init, demo); returns null when saved. */
export async function saveWorkbookAtomic(
  workbook: ExcelJS.Workbook,
  path: string,
): Promise<FileProblem | null> {
  // Cached formula results may be stale after the port wrote values: have Excel recompute on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return saveBytes(async () => new Uint8Array(await workbook.xlsx.writeBuffer()), path);
}

/** Reads the bytes of a file within Juri's size limit; a user's problem comes back as a value. */
async function readBytes(path: string): Promise<{ bytes: Buffer } | { error: FileProblem }> {
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > LIMITS.fileBytes) {
      return {
        error: fileProblem('file-too-large', path, '', {
          size: megabytes(info.size),
          limit: megabytes(LIMITS.fileBytes),
        }),
      };
    }
    return { bytes: await readFile(path) };
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'ENOENT') return { error: fileProblem('file-missing', path) };
    if (code !== null) return { error: fileProblem('file-unreadable', path, code) };
    throw error;
  }
}

/** Opens an .xlsx file as a package, to be edited part by part; with the bytes it was read from. */
export async function openPackage(
  path: string,
): Promise<{ pkg: Package; bytes: Buffer } | { error: FileProblem }> {
  const read = await readBytes(path);
  if ('error' in read) return read;
  const pkg = unpack(read.bytes);
  if (pkg === 'not-zip' || pkg === 'not-workbook') return { error: fileProblem('file-not-xlsx', path) };
  if ('tooLarge' in pkg) {
    return {
      error: fileProblem('file-unpacks-too-large', path, '', {
        part: pkg.part,
        size: megabytes(pkg.bytes),
        limit: megabytes(pkg.tooLarge === 'part' ? LIMITS.partBytes : LIMITS.totalBytes),
      }),
    };
  }
  // A zip that is not a workbook (a .docx, an .ods) has no worksheet.
  if (!sheetEntries(pkg).some((s) => s.worksheet && s.part !== ''))
    return { error: fileProblem('file-not-xlsx', path) };
  return { pkg, bytes: read.bytes };
}

/** Whether the file at `path` holds exactly `bytes` now (a file gone or unreadable does not). */
export async function holdsBytes(path: string, bytes: Buffer): Promise<boolean> {
  try {
    if ((await stat(path)).size !== bytes.length) return false;
    return bytes.equals(await readFile(path));
  } catch (error) {
    if (systemErrorCode(error) !== null) return false;
    throw error;
  }
}

/** Saves the package with Juri's changes over the file; returns null when saved. */
export async function savePackage(edit: PackageEdit, path: string): Promise<FileProblem | null> {
  return saveBytes(() => Promise.resolve(repack(edit)), path);
}
