/**
 * LibreOffice as an independent reader of the .xlsx files Juri writes: it
 * converts a sheet to CSV, which the tests parse with their own CSV reader.
 * Requires LibreOffice 7.2 or later (the CSV filter's 12th token selects the
 * sheet); the tests run against 7.4.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { pinnedEnv } from './cliRun';

const run = promisify(execFile);

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'];

export function sofficePath(): string | null {
  return SOFFICE_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Whether tests that need LibreOffice can run. Absent LibreOffice is loud on a
 * workstation and a failure on CI, where it must be installed.
 */
export function libreOfficeAvailable(what: string): boolean {
  if (sofficePath() !== null) return true;
  if (process.env.CI === 'true') throw new Error(`LibreOffice (soffice) is required on CI for: ${what}`);
  console.warn(
    `!!! SKIPPED: ${what}: LibreOffice (soffice) is not installed. Install it (apt-get install libreoffice-calc) to run this test.`,
  );
  return false;
}

/**
 * Tokens: comma, double quote, UTF-8, from line 1, default cell formats,
 * language 0, quoted fields not forced to text, detect special numbers, raw
 * values rather than as shown, values rather than formulas, keep spaces, then
 * the sheet: 1-based number, or -1 for every sheet, each written as
 * <file>-<sheet name>.csv.
 */
function csvFilter(sheet: number, asShown: boolean): string {
  return `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,${sheet}`;
}

/**
 * The CSV text of one sheet (the first one when no name is given) as LibreOffice computes it: raw
 * values, or with `asShown` each cell as its number format shows it.
 */
export async function convertToCsv(
  xlsxPath: string,
  sheetName?: string,
  options: { asShown?: boolean } = {},
): Promise<string> {
  const filter = csvFilter(sheetName === undefined ? 1 : -1, options.asShown ?? false);
  return convertWithLibreOffice(xlsxPath, filter, async (outDir) => {
    const stem = basename(xlsxPath, extname(xlsxPath));
    const files = await readdir(outDir);
    const wanted =
      sheetName === undefined ? files.find((file) => file.endsWith('.csv')) : `${stem}-${sheetName}.csv`;
    if (wanted === undefined || !files.includes(wanted)) {
      throw new Error(`LibreOffice wrote ${JSON.stringify(files)}, not the CSV of sheet ${sheetName ?? '1'}`);
    }
    return readFile(join(outDir, wanted), 'utf8');
  });
}

/**
 * Runs LibreOffice headless on the file with an output filter, in a profile and an output folder of its own
 * (both removed afterwards), and gives what `take` makes of the output folder.
 */
async function convertWithLibreOffice<T>(
  xlsxPath: string,
  filter: string,
  take: (outDir: string) => Promise<T>,
): Promise<T> {
  const soffice = sofficePath();
  if (soffice === null) throw new Error('LibreOffice (soffice) is not installed');
  const outDir = await mkdtemp(join(tmpdir(), 'juri-lo-'));
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    const args = [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      xlsxPath,
    ];
    // The timeout only stops a hung LibreOffice from hanging the test run.
    // LibreOffice writes CSV numbers in the locale's format: pin one, whatever the machine's.
    await run(soffice, args, {
      timeout: 120_000,
      env: pinnedEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }),
    });
    return await take(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The file as LibreOffice saves it (open, then save as .xlsx), as a juror
 * working in LibreOffice Calc would send it back. Replaces the file.
 */
export async function resaveWithLibreOffice(xlsxPath: string): Promise<void> {
  await convertWithLibreOffice(xlsxPath, 'xlsx:Calc MS Excel 2007 XML', (outDir) =>
    copyFile(join(outDir, basename(xlsxPath)), xlsxPath),
  );
}
