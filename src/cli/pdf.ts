/**
 * The official documents as one PDF, in print order: their sheets are written
 * alone into a temporary .xlsx (with their page setup), which LibreOffice
 * converts headless. Without LibreOffice the caller says so plainly.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { RenderedSheet } from '../workbook/render';
import { writeSheet } from '../workbook/render';
import { newWorkbook, saveWorkbookAtomic } from './xlsxFile';
import { xlsxPort } from './xlsxPort';

const run = promisify(execFile);

/** soffice on the PATH, or where Debian and LibreOffice's own packages put it; JURI_SOFFICE overrides. */
function findSoffice(): string | null {
  const forced = process.env.JURI_SOFFICE;
  if (forced !== undefined) return forced !== '' && existsSync(forced) ? forced : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const candidates = [
    ...dirs.map((d) => join(d, 'soffice')),
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Pages of a PDF, counted from its page objects (enough for the PDFs LibreOffice writes). */
function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export type PdfResult =
  { ok: true; pages: number } | { ok: false; reason: 'no-soffice' } | { ok: false; reason: string };

export async function writePdf(sheets: readonly RenderedSheet[], out: string): Promise<PdfResult> {
  const soffice = findSoffice();
  if (soffice === null) return { ok: false, reason: 'no-soffice' };
  const dir = await mkdtemp(join(tmpdir(), 'juri-pdf-'));
  try {
    const workbook = newWorkbook();
    const port = xlsxPort(workbook, { locale: 'id_ID' });
    for (const sheet of sheets) writeSheet(port, sheet, { create: true });
    const xlsx = join(dir, 'dokumen.xlsx');
    const saved = await saveWorkbookAtomic(workbook, xlsx);
    if (saved) return { ok: false, reason: saved.message.en };
    // A profile of its own: another LibreOffice running (the user's, or a test's) would refuse to convert.
    const profile = join(dir, 'profile');
    await run(
      soffice,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx],
      { timeout: 180_000 },
    );
    const pdf = join(dir, 'dokumen.pdf');
    if (!existsSync(pdf)) return { ok: false, reason: 'LibreOffice wrote no PDF' };
    await copyFile(pdf, out);
    return { ok: true, pages: pdfPageCount(await readFile(pdf)) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
