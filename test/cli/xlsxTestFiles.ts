/** Temporary folders and the save-then-open round trip shared by the CLI tests. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
// jszip comes with exceljs; the tests use it to look at the XML exceljs does not read back.
import JSZip from 'jszip';
import { openWorkbook, saveWorkbookAtomic } from '../../src/cli/xlsxFile';

const folders: string[] = [];

export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'juri-xlsx-'));
  folders.push(folder);
  return folder;
}

export async function removeTempFolders(): Promise<void> {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/** Saves through the port's file layer and opens the file again, as the CLI would on its next run. */
export async function saveAndReopen(
  workbook: ExcelJS.Workbook,
  fileName = 'juri.xlsx',
): Promise<{ path: string; workbook: ExcelJS.Workbook }> {
  const path = join(await tempFolder(), fileName);
  const problem = await saveWorkbookAtomic(workbook, path);
  if (problem !== null) throw new Error(`save failed: ${problem.message.en}`);
  const opened = await openWorkbook(path);
  if ('error' in opened) throw new Error(`open failed: ${opened.error.message.en}`);
  return { path, workbook: opened.workbook };
}

/** The XML of one part of an .xlsx file, e.g. 'xl/worksheets/sheet1.xml'. */
export async function partOf(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const file = zip.file(part);
  if (file === null) throw new Error(`${path} has no part ${part}`);
  return file.async('string');
}
