/**
 * `juri demo`: the regency example from start to end, narrated, into a new
 * workbook (the scores its jurors type: demo.ts). The file is written only
 * where nothing would be lost: a new file, or this demo's own earlier output.
 */
import { existsSync } from 'node:fs';
import { fingerprint } from '../core/fingerprint';
import type { Lang, Text } from '../core/model';
import { fill } from '../i18n';
import { cliMessages } from '../i18n/cli';
import type { SpreadsheetPort } from '../workbook/port';
import * as workflow from '../workflow/actions';
import { recuse, signPakta, tickSubmitted, typeScores, typeWhereEmpty } from '../workflow/typeScores';
import { readWorkbook, scoreSheets } from '../workflow/workbook';
import {
  folderProblem,
  inCli,
  localeOf,
  makeFolder,
  refuse,
  saveWorkbook,
  shown,
  type Io,
  type Run,
} from './context';
import { demoTyping } from './demo';
import { problemsText, progressText, rankingText, style } from './output';
import { newWorkbook, openWorkbook } from './xlsxFile';
import { xlsxPort } from './xlsxPort';

/**
 * Whether the workbook at `path` is what this demo makes: the same sheets and
 * the same data fingerprint on its Ranking (every setting and score). Only
 * such a file may be replaced, so `npm start` runs again while a workbook a
 * user worked in is never lost.
 */
async function isDemoOutput(path: string, made: SpreadsheetPort): Promise<boolean> {
  const opened = await openWorkbook(path);
  if ('error' in opened) return false;
  const there = xlsxPort(opened.workbook, { locale: made.locale() });
  const sorted = (names: string[]) => [...names].sort().join('\u0000');
  if (sorted(there.sheetNames()) !== sorted(made.sheetNames())) return false;
  // The data as it is now, not as the Ranking last saw it: a score typed since then counts.
  const data = (port: SpreadsheetPort) => {
    const wb = readWorkbook(port);
    return wb.setup ? fingerprint(wb.setup.competition, scoreSheets(wb)) : null;
  };
  const ours = data(made);
  return ours !== null && data(there) === ours;
}

/** The demo's one recusal: a juror who once coached an entrant's team declares it and withdraws. */
const DEMO_RECUSAL = {
  juror: 'j3',
  entry: '004',
  reason: {
    id: 'Pernah menjadi pendamping tim inovasi ini',
    en: "Once coached this entry's team",
  },
} as const;

/** The regency example from start to end, narrated. */
export async function demo(r: Run, path: string): Promise<number> {
  const { lang } = r;
  const st = style(r.io.colour);
  const folder = folderProblem(r, path);
  if (folder) return refuse(r, 'file-is-folder', folder, 2);
  // The narration waits until the file may be written: a refusal is then the only thing said.
  const said: [keyof Pick<Io, 'out' | 'err'>, string][] = [];
  const io = {
    out: (text: string) => said.push(['out', text]),
    err: (text: string) => said.push(['err', text]),
  };
  const flush = () => said.splice(0).forEach(([to, text]) => r.io[to](text));
  const workbook = newWorkbook();
  const port = xlsxPort(workbook, { locale: localeOf(lang) });
  const step = (text: Text) =>
    io.out(st.bold(fill(cliMessages[lang]['demo.step'], { step: shown(r, text) })));
  const names = (c: { jurors: { id: string; name: string }[] }) => (id: string) =>
    c.jurors.find((j) => j.id === id)?.name ?? id;

  const created = workflow.newCompetition(port, { example: true, lang });
  const c = readWorkbook(port).setup!.competition;
  io.out(
    fill(cliMessages[lang]['demo.start'], {
      name: c.name,
      entries: c.entries.length,
      jurors: c.jurors.length,
      stages: c.stages.length,
    }),
  );
  step(created.message);

  // Stage by stage: generate the tabs, the jurors sign the pakta integritas and type; one withdraws from an entry.
  const today = r.io.now().slice(0, 10);
  for (let round = 0; round < c.stages.length; round++) {
    const generated = workflow.generateTabs(port);
    step(generated.message);
    for (const tab of readWorkbook(port).tabs)
      if (tab.stageId === c.stages[round].id) signPakta(port, tab.sheet, today);
    if (round === 0) {
      // The bureau's own member once coached the e-Kinerja team: she declares it and abstains.
      const tab = readWorkbook(port).tabs.find(
        (t) => t.stageId === c.stages[0].id && t.jurorId === DEMO_RECUSAL.juror,
      );
      const entry = c.entries.find((e) => e.id === DEMO_RECUSAL.entry);
      const juror = c.jurors.find((j) => j.id === DEMO_RECUSAL.juror);
      if (tab && entry && juror) {
        recuse(port, tab.sheet, entry.id, DEMO_RECUSAL.reason[lang]);
        const said = (l: Lang) =>
          fill(cliMessages[l]['demo.recusal'], {
            juror: juror.name,
            entry: entry.title,
            stage: c.stages[0].name,
            reason: DEMO_RECUSAL.reason[l],
          });
        step({ id: said('id'), en: said('en') });
      }
    }
    typeWhereEmpty(port, (stageId, jurorId, entryIds) => demoTyping(c, stageId, jurorId, entryIds));
  }
  // One juror slips, as jurors do: a zero too many (750 for 75). Check finds it at its cell; the juror corrects it.
  const slip = readWorkbook(port).tabs[0];
  const slipRow = slip.rows[1];
  const slipCriterion = slip.criterionIds[0];
  const intended = slipRow.scores[slipCriterion];
  typeScores(port, slip.sheet, { [slipRow.entryId]: { [slipCriterion]: Number(intended) * 10 } });
  const caught = workflow.checkScores(port);
  io.out(progressText(caught.progress, lang, st));
  io.out(problemsText(inCli(r, caught.problems), names(c), lang, st));
  step(caught.message);
  typeScores(port, slip.sheet, { [slipRow.entryId]: { [slipCriterion]: intended } });
  // Every juror is done: each ticks Submitted, and the check records the submission of each complete tab.
  for (const tab of readWorkbook(port).tabs) tickSubmitted(port, tab.sheet);
  step({ id: cliMessages.id['demo.submitted'], en: cliMessages.en['demo.submitted'] });
  const check = workflow.checkScores(port, { now: r.io.now() });
  io.out(progressText(check.progress, lang, st));
  step(check.message);
  const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now: r.io.now() });
  step(ranked.message);
  if (!ranked.ok || !ranked.result) {
    io.err(problemsText(inCli(r, ranked.problems), names(c), lang, st));
    flush();
    return 1;
  }
  io.out('');
  io.out(rankingText(ranked.result, c, lang, ranked.fingerprint, st));
  if (existsSync(path) && !(await isDemoOutput(path, port))) {
    return refuse(r, 'file-exists', fill(cliMessages[lang]['demo.exists'], { path: r.file }), 1);
  }
  flush();
  const failed = makeFolder(r, path) ?? (await saveWorkbook(r, workbook, path, !existsSync(path)));
  if (failed !== null) return failed;
  r.io.out('');
  r.io.out(fill(cliMessages[lang]['demo.saved'], { path: r.file }));
  return 0;
}
