/**
 * Opening and saving .xlsx files. What a user can get wrong (a missing file,
 * a file that is not an .xlsx, a folder that cannot be written) comes back as a
 * FileProblem; anything else is a bug and throws.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Text } from '../core/model';
import { textOf } from '../i18n';
import { xlsxMessages, type XlsxMessageKey } from '../i18n/xlsx';

export type FileProblemCode = 'file-missing' | 'file-not-xlsx' | 'file-unreadable' | 'file-not-saved';

export interface FileProblem {
  code: FileProblemCode;
  severity: 'error';
  /** The path as the user gave it. */
  path: string;
  message: Text;
}

function fileProblem(code: FileProblemCode, key: XlsxMessageKey, path: string, reason = ''): FileProblem {
  return { code, severity: 'error', path, message: textOf(xlsxMessages, key, { path, reason }) };
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
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'ENOENT') return { error: fileProblem('file-missing', 'fileMissing', path) };
    if (code !== null) return { error: fileProblem('file-unreadable', 'fileUnreadable', path, code) };
    throw error;
  }
  const workbook = newWorkbook();
  try {
    // exceljs declares its own global Buffer type, which Node's Buffer does not match.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // Any parse failure means the bytes are not a workbook exceljs understands.
    return { error: fileProblem('file-not-xlsx', 'fileNotXlsx', path) };
  }
  // A zip that is not a workbook (a .docx, an .ods) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) return { error: fileProblem('file-not-xlsx', 'fileNotXlsx', path) };
  unshareFormulas(workbook);
  return { workbook };
}

/**
 * Bytes on disk before the rename, so a crash cannot leave a renamed but empty
 * file. The handle is ours (exceljs's own writeFile may still be opening its
 * stream after it failed, and recreate a file just removed).
 */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a temporary file next to the target and renames it over the target,
 * so the file on disk is always either the old workbook or the new one.
 * Returns null when saved.
 */
export async function saveWorkbookAtomic(
  workbook: ExcelJS.Workbook,
  path: string,
): Promise<FileProblem | null> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // Cached formula results may be stale after the port wrote values: have Excel recompute on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  try {
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await writeDurably(temp, bytes);
    await rename(temp, path);
    return null;
  } catch (error) {
    await rm(temp, { force: true });
    const code = systemErrorCode(error);
    if (code !== null) return fileProblem('file-not-saved', 'fileNotSaved', path, code);
    throw error;
  }
}
