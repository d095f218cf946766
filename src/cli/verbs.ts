/**
 * The verbs of `juri` on an existing workbook, one function each: run one
 * workflow action through the package port, save only when it wrote
 * something, and say what happened (in words, or as one JSON object with
 * --json). onWorkbook.ts opens the workbook and holds its lock; main.ts
 * dispatches.
 */
import { resolve } from 'node:path';
import type { Lang, Text } from '../core/model';
import { roundDecimal } from '../core/numbers';
import { daysLate } from '../core/reminders';
import { pick } from '../i18n';
import { cliMessages } from '../i18n/cli';
import * as workflow from '../workflow/actions';
import { jsonProblem, localeOf, printJson, refuse, shown } from './context';
import { importVerb, remindVerb, type VerbIo } from './listVerbs';
import { minutes } from './minutes';
import type { Opened } from './onWorkbook';
import { progressText, rankingText } from './output';
import { collectVerb, splitVerb, type SplitContext } from './split';

/** Saves when `wrote`; null when there was nothing to save or it was saved, else the exit code. */
async function saveIf(w: Opened, wrote: boolean): Promise<number | null> {
  return wrote ? w.save() : null;
}

function splitContext(w: Opened, io: VerbIo): SplitContext {
  const { r } = w;
  return { io, lang: r.lang, st: w.st, locale: localeOf(r.lang), master: r.file, jurorName: w.jurorName };
}

/** `juri import FILE LIST`: the entry rows go into the Setup's cells in place; the rest of the file keeps its bytes. */
export async function importEntries(w: Opened): Promise<number> {
  const { r, args } = w;
  const list = args.positionals[1];
  if (!list) return refuse(r, 'usage', cliMessages[r.lang]['usage.import'], 2);
  const options = { sheet: args.sheet ?? undefined, map: args.map ?? undefined };
  const done = await importVerb(w.port, resolve(list), options, r.io, r.lang, w.st);
  return (await saveIf(w, done.wrote)) ?? done.code;
}

/** `juri remind FILE`: the late jurors, their message and links. */
export async function remind(w: Opened): Promise<number> {
  const { io } = w.r;
  return remindVerb(
    w.port,
    { today: w.args.today ?? io.now().slice(0, 10), json: w.args.json },
    io,
    w.r.lang,
  );
}

/** `juri generate FILE [--split DIR]`: the juror tabs, and with --split one file per juror. */
export async function generate(w: Opened): Promise<number> {
  const { r, args } = w;
  const { io } = r;
  const generated = workflow.generateTabs(w.port, { confirmCut: args.confirmCut });
  // With --split the jurors do get files of their own: the note that only Sheets makes them is beside the point.
  const notes = generated.problems.filter((p) => args.split === null || p.code !== 'juror-files-not-here');
  const outcome = { ...generated, problems: w.withSetup(notes) };
  const wrote = outcome.created.length + outcome.updated.length > 0 || outcome.recorded === true;
  const failed = await saveIf(w, wrote);
  if (failed !== null) return failed;
  const tabs = outcome.created.length + outcome.updated.length + outcome.unchanged.length;
  const splitting = args.split !== null && tabs > 0;
  // With --json the juror files' lines go into the one JSON object, under "split".
  const lines = { out: [] as string[], err: [] as string[] };
  const splitIo = r.json
    ? { out: (x: string) => lines.out.push(x), err: (x: string) => lines.err.push(x) }
    : io;
  const split = () => splitVerb(w.port, args.split!, io.now(), splitContext(w, splitIo));
  if (r.json) {
    const splitCode = splitting ? await split() : null;
    printJson(r, {
      ok: outcome.ok && (splitCode ?? 0) === 0,
      message: shown(r, outcome.message),
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      problems: outcome.problems.map((p) => jsonProblem(r, p)),
      ...(splitCode === null
        ? {}
        : { split: { exitCode: splitCode, written: lines.out, problems: lines.err } }),
    });
    return Math.max(outcome.ok ? 0 : 1, splitCode ?? 0);
  }
  if (outcome.problems.length > 0) io.err(w.report(outcome.problems));
  io.out(shown(r, outcome.message));
  const code = outcome.ok ? 0 : 1;
  if (!splitting) return code;
  return Math.max(code, await split());
}

/** `juri collect FILE DIR`: what the jurors typed in their files, back into the juror tabs. */
export async function collect(w: Opened): Promise<number> {
  const { r } = w;
  const dir = w.args.positionals[1];
  if (!dir) return refuse(r, 'usage', cliMessages[r.lang]['usage.collect'], 2);
  const done = await collectVerb(w.port, dir, r.json, splitContext(w, r.io));
  return (await saveIf(w, done.wrote)) ?? done.code;
}

/** `juri check FILE`: what is missing or invalid, and who is done. */
export async function check(w: Opened): Promise<number> {
  const { r } = w;
  const { io } = r;
  const checked = workflow.checkScores(w.port, { now: io.now() });
  const outcome = { ...checked, problems: w.withSetup(checked.problems) };
  const today = io.now().slice(0, 10);
  const late = (p: workflow.LocatedProgress) => daysLate(w.competition, p, today);
  // Check records a submission or a reopening in the file itself, as it does in Sheets. It read the
  // file without the lock: saving takes it, and may run the check again on a file changed meanwhile
  // (onWorkbook.ts), so nothing is printed before this.
  const failed = await saveIf(w, checked.recorded > 0);
  if (failed !== null) return failed;
  if (r.json) {
    printJson(r, {
      ok: outcome.ok,
      message: shown(r, outcome.message),
      problems: outcome.problems.map((p) => jsonProblem(r, p)),
      progress: outcome.progress.map((p) => ({
        juror: p.juror,
        jurorId: p.jurorId,
        stage: p.stage,
        stageId: p.stageId,
        sheet: p.sheet,
        scored: p.scored,
        total: p.total,
        recused: p.recused,
        done: p.done,
        started: p.total > 0,
        daysLate: late(p),
        state: p.state,
      })),
    });
  } else {
    if (outcome.progress.length > 0) io.out(progressText(outcome.progress, r.lang, w.st, late));
    if (outcome.problems.length > 0) io.out(w.report(outcome.problems));
    io.out(shown(r, outcome.message));
  }
  // Warnings (a disagreement, a dropped category) inform; only errors make the scores incomplete.
  return outcome.ok ? 0 : 1;
}

/** `juri minutes FILE`: the official documents as sheets, and as a PDF on request. */
export async function officialDocuments(w: Opened): Promise<number> {
  const { r, args } = w;
  const options = {
    stage: args.stage,
    pdf: args.pdf,
    allowIncomplete: args.allowIncomplete,
    recordDecisions: args.recordDecisions,
  };
  const saveTo = async () => (await w.save()) === null;
  return minutes(r.file, w.port, options, r.lang, r.io, saveTo, w.jurorName);
}

/** `juri rank FILE`: the Ranking and the Recap. */
export async function rank(w: Opened): Promise<number> {
  const { r, args } = w;
  const { io } = r;
  const ranked = workflow.computeRankingAction(w.port, {
    allowIncomplete: args.allowIncomplete,
    now: io.now(),
  });
  const outcome = { ...ranked, problems: w.withSetup(ranked.problems) };
  const failed = await saveIf(w, outcome.ok && w.edit.changed());
  if (failed !== null) return failed;
  if (r.json) {
    printJson(
      r,
      rankingJson(outcome, r.lang, (text) => shown(r, text)),
    );
  } else {
    if (outcome.problems.length > 0) io.err(w.report(outcome.problems));
    if (outcome.ok && outcome.result && outcome.competition)
      io.out(rankingText(outcome.result, outcome.competition, r.lang, outcome.fingerprint, w.st));
    io.out(shown(r, outcome.message));
  }
  return outcome.ok ? 0 : 1;
}

/** The --json shape of `rank`: stable keys that scripts rely on; more may be added. */
export function rankingJson(
  outcome: workflow.RankOutcome,
  lang: Lang,
  say: (text: Text) => string = (text) => pick(text, lang),
) {
  return {
    ok: outcome.ok,
    complete: outcome.result?.complete ?? false,
    message: say(outcome.message),
    fingerprint: outcome.fingerprint,
    categories: outcome.ok
      ? (outcome.result?.categories ?? []).map((k) => ({
          id: k.categoryId,
          name: k.name,
          entries: k.entries.map((e) => ({
            rank: e.place,
            id: e.entryId,
            title: e.title,
            agency: e.agency,
            score: e.finalScore === null ? null : roundDecimal(e.finalScore, 6),
            tie: e.tie,
            advances: e.advances,
            incomplete: e.incomplete,
            lastStage: e.lastStageId,
            decidedBy: pick(e.decidedBy, lang),
          })),
        }))
      : [],
    problems: outcome.problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      severity: p.severity,
      message: say(p.message),
    })),
  };
}
