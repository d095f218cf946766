/** `juri minutes`: the official documents as sheets of the workbook, and as one PDF on request. */
import { resolve } from 'node:path';
import type { Lang } from '../core/model';
import { fill, pick } from '../i18n';
import { minutesCliMessages } from '../i18n/minutesCli';
import type { SpreadsheetPort } from '../workbook/port';
import { makeDocuments, recordPlenaryDecisions } from '../workflow/documents';
import { problemsText, style } from './output';
import { writePdf } from './pdf';
import type { Io } from './context';

export interface MinutesOptions {
  stage: string | null;
  pdf: string | null;
  allowIncomplete: boolean;
  recordDecisions: boolean;
}

export async function minutes(
  file: string,
  port: SpreadsheetPort,
  opts: MinutesOptions,
  lang: Lang,
  io: Io,
  save: () => Promise<boolean>,
  jurorName: (id: string) => string,
): Promise<number> {
  const t = minutesCliMessages[lang];
  const st = style(io.colour);
  const today = io.now().slice(0, 10);
  const options = { allowIncomplete: opts.allowIncomplete, today, stageId: opts.stage };
  const outcome = opts.recordDecisions
    ? recordPlenaryDecisions(port, { ...options, now: io.now() })
    : makeDocuments(port, options);
  if (outcome.problems.length > 0) io.err(problemsText(outcome.problems, jurorName, lang, st));
  if (!outcome.ok) {
    io.err(pick(outcome.message, lang));
    if (outcome.needsConfirmation) io.out(fill(t.anyway, { path: file }));
    return 1;
  }
  if (!(await save())) return 2;
  io.out(pick(outcome.message, lang));
  if (outcome.pendingDecisions > 0) io.out(fill(t.pending, { count: outcome.pendingDecisions, path: file }));
  if (opts.pdf === null) return 0;
  const pdf = await writePdf(outcome.sheets, resolve(opts.pdf));
  if (pdf.ok) {
    io.out(fill(t.pdfDone, { path: opts.pdf, pages: pdf.pages }));
    return 0;
  }
  io.err(
    pdf.reason === 'no-soffice'
      ? fill(t.pdfNoSoffice, { file })
      : fill(t.pdfFailed, { reason: pdf.reason, file }),
  );
  return 1;
}
