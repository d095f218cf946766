/**
 * Reads the whole jury workbook once: the Setup sheet and every juror tab,
 * one port read per sheet, and turns problems of the model into problems
 * located on a sheet and cell.
 */
import { planCategories } from '../core/categories';
import { runStages } from '../core/compute';
import type { Competition, Lang, Problem, Progress, ScoreSheet, Where } from '../core/model';
import type { StageRun } from '../core/standings';
import { problem } from '../core/say';
import { langOfLocale } from '../i18n';
import {
  identifyTab,
  isBlankCopy,
  isTemplate,
  isTemplateName,
  isTicked,
  parseJurorTab,
  recusalCell,
  scoreCell,
  text,
  type JurorTab,
} from '../workbook/jurorTab';
import type { SheetSnapshot, SpreadsheetPort } from '../workbook/port';
import { locate, type LocatedProblem } from '../core/location';
import { documentSheetNames } from '../workbook/documents/common';
import { RANKING_NAMES, RECAP_NAMES } from '../workbook/rankingSheet';
import { JUROR_FILES_NAMES } from '../i18n/jurorFiles';
import { jurorFileProblems, jurorFilesOf } from './jurorFiles';
import { findSetupSheet, parseSetup, type SetupRead } from '../workbook/setupSheet';
import { ENTRANTS_NAMES, parseEntrants } from '../workbook/entrantsSheet';
import { withTabRecords, type FrozenEntrants } from '../core/frozen';

/** Sheets being written by a ranking before they are swapped in. */
export const TEMP_SUFFIX = ' (baru)';
/** The previous Ranking and Recap while the new ones are swapped in; deleted right after. */
export const OLD_SUFFIX = ' (lama)';

export interface Workbook {
  lang: Lang;
  names: string[];
  setupName: string | null;
  setup: SetupRead | null;
  /** Identified juror tabs, one per stage and juror (the first in tab order). */
  tabs: JurorTab[];
  snapshots: Map<string, SheetSnapshot>;
  /** Tabs that belong to nobody in the Setup, or a second tab of one juror and stage. */
  tabProblems: LocatedProblem[];
  /**
   * Sheets that hold nothing at all, or a copy of a template nobody typed in
   * (an interrupted Generate may leave either under a tab's name).
   */
  empty: Set<string>;
  /** Templates of juror tabs an interrupted Generate left behind (jurorTab/template.ts). */
  templates: string[];
  /** Who takes part in each later stage, as recorded when its tabs were generated. */
  frozen: FrozenEntrants;
  /** The sheet that records it; null before any later stage was generated. */
  entrantsName: string | null;
}

export function isOutput(name: string, documents: ReadonlySet<string>): boolean {
  const suffix = [TEMP_SUFFIX, OLD_SUFFIX].find((x) => name.endsWith(x));
  const base = suffix ? name.slice(0, -suffix.length) : name;
  return (
    RANKING_NAMES.includes(base) ||
    RECAP_NAMES.includes(base) ||
    documents.has(base) ||
    JUROR_FILES_NAMES.includes(base)
  );
}

export function readWorkbook(port: SpreadsheetPort): Workbook {
  const names = port.sheetNames();
  const setupName = findSetupSheet(names);
  const snapshots = new Map<string, SheetSnapshot>();
  // The Setup holds typed values only: its formulas are not read.
  const setupSnapshot = setupName ? port.read(setupName, { formulas: false }) : null;
  const setup = setupSnapshot ? parseSetup(setupSnapshot) : null;
  const lang: Lang = setup ? setup.competition.lang : langOfLocale(port.locale());
  const tabs: JurorTab[] = [];
  const tabProblems: LocatedProblem[] = [];
  const seen = new Map<string, string>();
  // The official documents are Juri's own output, never juror tabs: they are not read here.
  const documents = documentSheetNames(setup?.competition.stages ?? []);
  const empty = new Set<string>();
  const templates: string[] = [];
  let frozen: FrozenEntrants = {};
  const entrantsName = names.find((n) => ENTRANTS_NAMES.includes(n)) ?? null;
  if (entrantsName) {
    const snapshot = port.read(entrantsName, { formulas: false });
    if (snapshot) {
      const parsed = parseEntrants(snapshot, setup?.competition ?? null);
      frozen = parsed.frozen;
      tabProblems.push(...parsed.problems);
    }
  }
  for (const name of names) {
    if (name === setupName || name === entrantsName || isOutput(name, documents)) continue;
    const snapshot = port.read(name);
    if (!snapshot) continue;
    if (isTemplateName(name) && (snapshot.values.length === 0 || isTemplate(snapshot))) {
      templates.push(name);
      continue;
    }
    if (snapshot.values.length === 0 || isBlankCopy(snapshot)) empty.add(name);
    const id = identifyTab(snapshot);
    if (!id) continue;
    snapshots.set(name, snapshot);
    const key = `${id.stageId}\u0000${id.jurorId}`;
    const c = setup?.competition;
    const juror = c?.jurors.find((j) => j.id === id.jurorId);
    const stage = c?.stages.find((s) => s.id === id.stageId);
    const where: Where = { kind: 'scoreSheet', stageId: id.stageId, jurorId: id.jurorId };
    if (c && (!juror || !stage)) {
      const params = { juror: id.jurorId, stage: id.stageId };
      tabProblems.push(locate(problem('tab-unknown', 'warning', where, params), { sheet: name, cell: 'A2' }));
      continue;
    }
    const first = seen.get(key);
    if (first) {
      const params = {
        sheet: first,
        other: name,
        juror: juror?.name ?? id.jurorId,
        stage: stage?.name ?? id.stageId,
      };
      tabProblems.push(locate(problem('tab-duplicate', 'error', where, params), { sheet: name, cell: 'A2' }));
      continue;
    }
    seen.set(key, name);
    tabs.push(parseJurorTab(snapshot, id));
  }
  // One spreadsheet per juror: a file deleted, unshared or edited by hand is reported at the juror.
  const files = setup ? jurorFilesOf(port, setup.competition) : null;
  if (files && setup) {
    const where: Where = { kind: 'competition', field: 'scoringPlace' };
    const at = { sheet: files.listSheet ?? '', cell: 'A2' };
    const blocked = files.blocked();
    if (blocked)
      tabProblems.push(locate(problem('juror-files-unreachable', 'error', where, { reason: blocked }), at));
    else if (files.otherCreator) {
      const params = { creator: files.otherCreator, user: files.service.user() };
      tabProblems.push(locate(problem('juror-files-other-account', 'error', where, params), at));
    } else tabProblems.push(...jurorFileProblems(port, files, setup.competition));
  }
  return {
    lang,
    names,
    setupName,
    setup,
    tabs,
    snapshots,
    tabProblems,
    empty,
    templates,
    frozen,
    entrantsName,
  };
}

export function tabOf(wb: Workbook, stageId: string, jurorId: string): JurorTab | undefined {
  return wb.tabs.find((t) => t.stageId === stageId && t.jurorId === jurorId);
}

/** What the juror tabs hold, as the engine reads scores: raw cells, formulas shown as typed. */
export function scoreSheets(wb: Workbook): ScoreSheet[] {
  return wb.tabs.map((tab) => ({
    stageId: tab.stageId,
    jurorId: tab.jurorId,
    rows: tab.rows
      .filter((r) => r.entryId !== '')
      .map((r) => {
        const scores: ScoreSheet['rows'][number]['scores'] = {};
        for (const cid of tab.criterionIds) scores[cid] = r.formulas[cid] ?? r.scores[cid] ?? null;
        const row: ScoreSheet['rows'][number] = {
          entryId: r.entryId,
          scores,
          notes: r.notes === null ? '' : String(r.notes),
        };
        if (isTicked(r.recused)) Object.assign(row, { recused: true, recusalReason: text(r.recusalReason) });
        return row;
      }),
  }));
}

/** The problems of the model, located on their sheet and cell. */
export function locateProblems(wb: Workbook, problems: readonly Problem[]): LocatedProblem[] {
  return problems.map((p) => {
    const w = p.where;
    if (w.kind === 'score' || w.kind === 'scoreSheet') {
      const tab = tabOf(wb, w.stageId, w.jurorId);
      if (!tab) return locate(p, { sheet: '', cell: '' });
      const cell =
        w.kind === 'scoreSheet'
          ? 'A1'
          : w.column
            ? recusalCell(tab, w.entryId, w.column)
            : scoreCell(tab, w.entryId, w.criterionId, p.code === 'score-duplicate-row' ? 'last' : 'first');
      return locate(p, { sheet: tab.sheet, cell });
    }
    return locate(p, wb.setup?.locate(w) ?? { sheet: wb.setupName ?? '', cell: '' });
  });
}

/** The problems of the tabs themselves: layout problems and criteria missing from a tab. */
export function tabLayoutProblems(wb: Workbook, c: Competition): LocatedProblem[] {
  const out: LocatedProblem[] = [...wb.tabProblems];
  for (const tab of wb.tabs) {
    out.push(...tab.problems);
    for (const k of c.criteria.filter((x) => x.stageId === tab.stageId)) {
      if (tab.colOf[k.id]) continue;
      const where: Where = { kind: 'scoreSheet', stageId: tab.stageId, jurorId: tab.jurorId };
      const params = { criterion: k.name };
      out.push(
        locate(problem('tab-criterion-missing', 'error', where, params), { sheet: tab.sheet, cell: 'A4' }),
      );
    }
  }
  return out;
}

export function isError(p: { severity: string }): boolean {
  return p.severity === 'error';
}

/** The stages as the engine runs them on the workbook's scores, with what the run found. */
export interface Staged {
  runs: StageRun[];
  problems: Problem[];
  progress: Progress[];
}

/** Runs the stages once; generate and check (and the sidebar, which shows both) share the result. */
export function runWorkbook(wb: Workbook, c: Competition, options: { confirmCut?: boolean } = {}): Staged {
  const problems: Problem[] = [];
  const progress: Progress[] = [];
  const plan = planCategories(c);
  // A category dropped for too few entries is news for generate and check too, not only for the ranking.
  problems.push(...plan.problems);
  const sheets = scoreSheets(wb);
  const runs = runStages(c, plan, sheets, problems, progress, frozenOf(wb, c, sheets), options);
  return { runs, problems, progress };
}

/** Who takes part in each later stage: as recorded, or, for a stage generated before it cut, as its tabs list. */
export function frozenOf(
  wb: Workbook,
  c: Competition,
  sheets: readonly ScoreSheet[] = scoreSheets(wb),
): FrozenEntrants {
  return withTabRecords(c, wb.frozen, sheets);
}
