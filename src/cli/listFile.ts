/**
 * A registration list to import, as one sheet of values: a CSV file (as
 * Google Forms, Excel or LibreOffice export it: comma or semicolon, with or
 * without a byte-order mark) or one sheet of an .xlsx file.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import Papa from 'papaparse';
import type { Text } from '../core/model';
import { say } from '../i18n';
import { cliMessages } from '../i18n/cli';
import type { CellValue, SheetSnapshot } from '../workbook/port';
import { openWorkbook } from './xlsxFile';
import { xlsxPort } from './xlsxPort';

function unreadable(path: string, reason: string): { error: Text } {
  return { error: say(cliMessages, 'importUnreadable', { path, reason }) };
}

/** CSV cells stay text, as typed: '007' keeps its zeros, '1.000' is not a number. */
export function parseCsv(text: string, name: string): SheetSnapshot {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const values: CellValue[][] = parsed.data.map((row) => row.map((v) => (v === '' ? null : v)));
  return { name, values, formulas: values.map((row) => row.map(() => '')) };
}

export async function readListFile(path: string, sheet?: string): Promise<SheetSnapshot | { error: Text }> {
  if (extname(path).toLowerCase() === '.csv') {
    try {
      return parseCsv(readFileSync(path, 'utf8'), basename(path));
    } catch (error) {
      return unreadable(path, error instanceof Error && 'code' in error ? String(error.code) : String(error));
    }
  }
  const opened = await openWorkbook(path);
  if ('error' in opened) return { error: opened.error.message };
  const port = xlsxPort(opened.workbook, { locale: 'en_US' });
  const name = sheet ?? port.sheetNames()[0];
  const snapshot = name === undefined ? null : port.read(name);
  return snapshot ?? unreadable(path, sheet ?? '');
}
