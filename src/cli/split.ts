/**
 * `juri generate FILE --split DIR` and `juri collect FILE DIR`: one .xlsx per
 * juror. The workflow decides what goes in each file and what comes back
 * (src/workflow/split.ts, collect.ts); this file opens, writes and lists
 * files. main.ts opens and saves the master workbook.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang, Text } from '../core/model';
import { fill, pick, say } from '../i18n';
import { problemText } from '../core/say';
import type { ProblemCode } from '../i18n/problems';
import { splitMessages } from '../i18n/split';
import type { SpreadsheetPort } from '../workbook/port';
import { locate, type LocatedProblem } from '../core/location';
import { writeSheet } from '../workbook/render';
import { collectJurorFiles, type OpenedJurorFile } from '../workflow/collect';
import { planJurorFiles, readJurorFile, replaceProblem } from '../workflow/split';
import { readWorkbook } from '../workflow/workbook';
import type { VerbIo } from './listVerbs';
import { problemsText, type Style } from './output';
import { newWorkbook, openPackage, saveWorkbookAtomic, type FileProblem } from './xlsxFile';
import { packagePort } from './xlsxPackagePort';
import { xlsxPort } from './xlsxPort';

export interface SplitContext {
  io: VerbIo;
  lang: Lang;
  st: Style;
  /** The language of the workbook's locale, for the ports of juror files. */
  locale: string;
  /** The master workbook as the user named it, for messages. */
  master: string;
  jurorName(id: string): string;
}

/** A juror file opened through the reader every verb reads a workbook with (the package port). */
async function openJurorFile(
  path: string,
  locale: string,
): Promise<{ port: SpreadsheetPort } | { error: FileProblem }> {
  const opened = await openPackage(path);
  return 'error' in opened ? opened : { port: packagePort(opened.pkg, { locale }).port };
}

function osCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** A problem of a file, not of a cell: said once, by the juror it concerns when known. */
function fileProblem(code: ProblemCode, message: Text): LocatedProblem {
  return locate(
    { code, severity: 'error', where: { kind: 'competition', field: 'name' }, message },
    { sheet: '', cell: '' },
  );
}

/**
 * Writes one .xlsx per juror into `dir` (made if missing). A file already
 * there is replaced only when everything typed in it is in the master.
 * Exit 0: every file written; 1: some were kept (each said why); 2: the
 * folder cannot be made.
 */
export async function splitVerb(
  port: SpreadsheetPort,
  dir: string,
  made: string,
  x: SplitContext,
): Promise<number> {
  const { io, lang, st } = x;
  const plan = planJurorFiles(port, made, dir);
  if (!plan.ok) {
    io.err(pick(plan.message, lang));
    return 1;
  }
  const folder = resolve(dir);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    io.err(pick(say(splitMessages, 'splitFolder', { dir, reason: osCode(error) }), lang));
    return 2;
  }
  const master = readWorkbook(port);
  const c = master.setup!.competition;
  const problems: LocatedProblem[] = [];
  const written: string[] = [];
  for (const f of plan.files) {
    const path = join(folder, f.fileName);
    const file = join(dir, f.fileName);
    if (existsSync(path)) {
      const opened = await openJurorFile(path, x.locale);
      const kept =
        'error' in opened
          ? fileProblem('juror-file-kept', problemText('juror-file-kept', { file }))
          : replaceProblem(
              master,
              c,
              readJurorFile(opened.port),
              {
                file,
                master: x.master,
                dir,
              },
              f.juror,
            );
      if (kept) {
        problems.push(kept);
        continue;
      }
    }
    const workbook = newWorkbook();
    const filePort = xlsxPort(workbook, { locale: x.locale });
    for (const sheet of f.sheets) writeSheet(filePort, sheet, { create: true });
    const notSaved = await saveWorkbookAtomic(workbook, path);
    if (notSaved) {
      problems.push(fileProblem(notSaved.code, notSaved.message));
      continue;
    }
    written.push(fill(splitMessages[lang].splitLine, { juror: f.juror.name, file }));
  }
  if (written.length > 0) {
    io.out(written.join('\n'));
    io.out(pick(say(splitMessages, 'splitDone', { count: written.length, dir }), lang));
  }
  if (problems.length > 0) io.err(problemsText(problems, x.jurorName, lang, st));
  return problems.length > 0 ? 1 : 0;
}

/** The .xlsx files of a folder, by name; lock and temporary files of Excel, LibreOffice and Juri left out. */
function xlsxFilesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter(
      (d) => d.isFile() && /\.xlsx$/i.test(d.name) && !d.name.startsWith('.') && !d.name.startsWith('~$'),
    )
    .map((d) => d.name)
    .sort();
}

/**
 * Reads every juror file of `dir` into the master's juror tabs. Exit 0: every
 * juror's file collected without a problem; 1: a file refused, a conflict or
 * a juror's file missing (what could be collected was); 2: the folder cannot
 * be read.
 */
export async function collectVerb(
  port: SpreadsheetPort,
  dir: string,
  json: boolean,
  x: SplitContext,
): Promise<{ code: number; wrote: boolean }> {
  const { io, lang, st } = x;
  const folder = resolve(dir);
  let names: string[];
  try {
    names = xlsxFilesOf(folder);
  } catch (error) {
    io.err(pick(say(splitMessages, 'collectFolder', { dir, reason: osCode(error) }), lang));
    return { code: 2, wrote: false };
  }
  const opened: OpenedJurorFile[] = [];
  const unreadable: LocatedProblem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const result = await openJurorFile(file, x.locale);
    if ('error' in result) unreadable.push(fileProblem(result.error.code, result.error.message));
    else opened.push({ file, port: result.port });
  }
  const outcome = collectJurorFiles(port, opened, { master: x.master, dir });
  const problems = [...unreadable, ...outcome.problems];
  const ok = outcome.ok && problems.length === 0;
  if (json) {
    io.out(
      JSON.stringify(
        {
          ok,
          files: outcome.files,
          cells: outcome.cells,
          message: pick(outcome.message, lang),
          problems: problems.map((p) => ({
            sheet: p.sheet,
            cell: p.cell,
            code: p.code,
            severity: p.severity,
            juror: p.where.kind === 'scoreSheet' ? p.where.jurorId : '',
            message: pick(p.message, lang),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    if (problems.length > 0) io.err(problemsText(problems, x.jurorName, lang, st));
    io.out(pick(outcome.message, lang));
  }
  return { code: ok ? 0 : 1, wrote: outcome.cells > 0 };
}
