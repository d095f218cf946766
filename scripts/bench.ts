/**
 * The benchmark behind `npm run bench` (scripts/bench.mjs bundles this file
 * with the in-memory SpreadsheetApp of test/fakes and runs it).
 *
 * For each size and each action it reports the SpreadsheetApp calls the
 * action makes through the real Apps Script port (counted by the fake, in
 * total and per method), the juror tabs in the workbook, and the time of the
 * pure computation behind the action (the median of warm runs on data already
 * read): planTabs for generate, checkWorkbook for check, computeRanking for
 * rank. Then it runs `juri rank` on the national workbook as an .xlsx file in
 * a child process, for its time and peak memory.
 *
 *   npm run bench               a table
 *   npm run bench -- --json     an array of rows
 *   npm run bench -- --quick    regency and province only, no .xlsx run
 *   npm run bench -- --case nation --no-xlsx
 *   npm run bench -- --no-large  without the engine run at four times the national size
 *   npm run bench -- --no-files  without the runs in one spreadsheet per juror
 *
 * At national size it also times computeRanking against its floor, a plain
 * loop with the same outputs (scripts/engineBench.ts, scripts/floor.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeRanking } from '../src/core/compute';
import { fingerprint } from '../src/core/fingerprint';
import { regencyExample } from '../src/core/example';
import type { Competition } from '../src/core/model';
import { syntheticCompetition, syntheticScores } from '../src/core/synthetic';
import { sheetsPort } from '../src/gas/sheetsPort';
import { newWorkbook, saveWorkbookAtomic } from '../src/cli/xlsxFile';
import { xlsxPort } from '../src/cli/xlsxPort';
import type { SpreadsheetPort } from '../src/workbook/port';
import { recordPort, type Recorded } from '../src/workbook/recorded';
import { writeSheet } from '../src/workbook/render';
import { renderSetup } from '../src/workbook/setupSheet';
import * as workflow from '../src/workflow/actions';
import { typeWhereEmpty } from '../src/workflow/typeScores';
import { buildSummary, type Computed } from '../src/workflow/panel';
import { readWorkbook, scoreSheets, type Workbook } from '../src/workflow/workbook';
import { createFakeApps } from '../test/fakes';
import { createFakeAdvanced } from '../test/fakes/advanced';
import { jurorFileService } from '../src/gas/jurorFiles';
import { panelPort } from '../src/workbook/panelPort';
import { benchEngine, engineTable, type EngineRow } from './engineBench';

interface Size {
  name: string;
  make(): Competition;
}

export interface Row {
  case: string;
  entries: number;
  jurors: number;
  /** Juror tabs in the workbook when the action ran (after it, for generate). */
  tabs: number;
  action: string;
  /** Juror tabs the action created or rewrote. */
  written?: number;
  /** SpreadsheetApp calls of the action, counted by the fake. */
  calls: number;
  /** The target: 8 calls per juror tab plus 20. */
  budget: number;
  /** Median time of the pure computation, warm, on data already read. */
  ms: number;
  /** The fastest of those runs. */
  ms_min?: number;
  /** For a reply row: the size of the summary it sends, as JSON. */
  bytes?: number;
  /** The whole action on the in-memory fake, once (the fake's own cost included). */
  ms_end_to_end: number;
  callsByMethod: Record<string, number>;
}

const SEED = 20260;
const NOW = '2026-11-28 10:00';

const SIZES: Size[] = [
  // The regency of docs/domain.md: 6 entries, 3 jurors, every juror scores every entry, 2 stages.
  { name: 'regency', make: regencyExample },
  {
    name: 'province',
    make: () =>
      syntheticCompetition({
        entries: 260,
        jurors: 9,
        stages: 2,
        criteriaPerStage: 7,
        jurorsPerEntry: 3,
        categories: 4,
        seed: SEED,
      }),
  },
  {
    name: 'nation',
    make: () =>
      syntheticCompetition({
        entries: 3000,
        jurors: 12,
        stages: 2,
        criteriaPerStage: 8,
        jurorsPerEntry: 2,
        categories: 4,
        seed: SEED,
      }),
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Median and fastest of warm runs: a few runs to warm the JIT, then at least
 * 5 timed runs, more while under ~1.5 s.
 */
function timeIt(fn: () => unknown): { median: number; min: number } {
  const warm = performance.now();
  fn();
  const once = performance.now() - warm;
  if (once < 200) fn();
  const runs = Math.max(5, Math.min(25, Math.floor(1500 / Math.max(once, 1))));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { median: round(median(times)), min: round(Math.min(...times)) };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Every juror types a valid score in every empty cell of every tab. */
function scoreAll(port: SpreadsheetPort, c: Competition): void {
  typeWhereEmpty(
    port,
    (stageId, jurorId, entryIds) => syntheticScores(c, stageId, jurorId, entryIds, SEED),
    '2026-11-29',
  );
}

/**
 * A spreadsheet shared as a jury shares it: every secretariat member and juror can edit it, so each
 * new protection starts with all of them and the others must be removed. Its ports are made one per
 * action, remembering within it, as the add-on's activePort() makes them; with `properties`, they
 * keep the document's properties as the add-on's do (where Check environment records its findings).
 */
function sharedSpreadsheet(c: Competition, properties = false) {
  const fake = createFakeApps({ collaborators: [...c.secretariatEmails, ...c.jurors.map((j) => j.email)] });
  fake.fakes.spreadsheet.setSpreadsheetLocale('id_ID');
  const newPort = () =>
    sheetsPort(fake.spreadsheet, {
      remember: true,
      services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
      ...(properties ? { properties: () => fake.PropertiesService.getDocumentProperties() } : {}),
    });
  return { fake, newPort };
}

function benchSize(size: Size): Row[] {
  const c = size.make();
  const { fake, newPort } = sharedSpreadsheet(c);
  // Each action runs on a port that records what it reads and writes, as the add-on's actions do.
  let recorded: Recorded = recordPort(newPort());
  const actionPort = (): SpreadsheetPort => (recorded = recordPort(newPort())).port;
  let port = newPort();
  writeSheet(port, renderSetup(c, c.lang), { create: true });
  const rows: Row[] = [];
  const row = (action: string, tabs: number, time: { median: number; min?: number }, t0: number): Row => {
    const calls = fake.calls.total();
    return {
      case: size.name,
      entries: c.entries.length,
      jurors: c.jurors.length,
      tabs,
      action,
      calls,
      budget: 8 * tabs + 20,
      ms: time.median,
      ...(time.min === undefined ? {} : { ms_min: time.min }),
      ms_end_to_end: round(performance.now() - t0),
      callsByMethod: fake.calls.all(),
    };
  };

  /**
   * The sidebar's reply to the action just run, as the add-on builds it (from
   * what the action recorded, and what it computed): its calls are counted
   * apart from the action's.
   */
  const replyRow = (action: string, tabs: number, computed: Computed = {}): Row => {
    fake.calls.reset();
    const t0 = performance.now();
    const summary = buildSummary(recorded.view(), 'id', null, computed);
    const r = row(`${action}-reply`, tabs, { median: 0 }, t0);
    return { ...r, budget: 5, ms: r.ms_end_to_end, bytes: Buffer.byteLength(JSON.stringify(summary)) };
  };

  // generate: every tab of every stage is created (each stage takes every entry).
  const before: Workbook = readWorkbook(port);
  const setupC = before.setup!.competition;
  const planMs = timeIt(() => workflow.planTabs(before, setupC));
  port = actionPort();
  fake.calls.reset();
  let t0 = performance.now();
  const generated = workflow.generateTabs(port);
  if (!generated.ok)
    throw new Error(`${size.name}: generate failed: ${JSON.stringify(generated.problems.slice(0, 3))}`);
  rows.push({ ...row('generate', generated.created.length, planMs, t0), written: generated.created.length });
  rows.push(replyRow('generate', generated.created.length));

  rows.push(templateGenerate(size, c));

  scoreAll(port, setupC);
  const wb = readWorkbook(port);
  const tabs = wb.tabs.length;

  const checkMs = timeIt(() => workflow.checkWorkbook(wb));
  port = actionPort();
  fake.calls.reset();
  t0 = performance.now();
  const check = workflow.checkScores(port);
  if (!check.ok) throw new Error(`${size.name}: check failed: ${JSON.stringify(check.problems.slice(0, 3))}`);
  rows.push(row('check', tabs, checkMs, t0));
  rows.push(replyRow('check', tabs));

  const sheets = scoreSheets(wb);
  const rankMs = timeIt(() => computeRanking(setupC, sheets));
  port = actionPort();
  fake.calls.reset();
  t0 = performance.now();
  const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now: NOW });
  if (!ranked.ok)
    throw new Error(`${size.name}: rank failed: ${JSON.stringify(ranked.problems.slice(0, 3))}`);
  rows.push(row('rank', tabs, rankMs, t0));
  const computedRanking = (o: workflow.RankOutcome): Computed =>
    o.result ? { ranking: { result: o.result, fingerprint: o.fingerprint } } : {};
  rows.push(replyRow('rank', tabs, computedRanking(ranked)));
  // The fingerprint of a ranking's inputs: every rank, every sidebar summary once a Ranking exists, every publish.
  const fingerprintMs = timeIt(() => fingerprint(setupC, sheets));
  rows.push({
    ...row('fingerprint', tabs, fingerprintMs, performance.now()),
    calls: 0,
    budget: 0,
    callsByMethod: {},
  });

  // rank again: the previous Ranking and Recap are replaced.
  port = actionPort();
  fake.calls.reset();
  t0 = performance.now();
  const rankedAgain = workflow.computeRankingAction(port, { allowIncomplete: false, now: NOW });
  rows.push(row('rank-again', tabs, rankMs, t0));
  rows.push(replyRow('rank-again', tabs, computedRanking(rankedAgain)));

  // regenerate: a criterion renamed in the Setup changes the header of every tab of its stage.
  const edited = structuredClone(setupC);
  edited.criteria[0].name += ' (revisi)';
  writeSheet(port, { ...renderSetup(edited, edited.lang), name: wb.setupName! }, { create: false });
  const changed = readWorkbook(port);
  const replanMs = timeIt(() => workflow.planTabs(changed, changed.setup!.competition));
  port = newPort();
  fake.calls.reset();
  t0 = performance.now();
  const regenerated = workflow.generateTabs(port);
  rows.push({
    ...row('regenerate', tabs, replanMs, t0),
    written: regenerated.updated.length + regenerated.created.length,
  });
  return rows;
}

/**
 * Generate in a spreadsheet where the Check environment confirmed that a copy
 * of a sheet keeps its rules, widths and frozen panes: the new tabs of each
 * stage are copies of a template (workflow/generate.ts). The same competition
 * and sharing as the plain generate, on a spreadsheet of its own.
 */
function templateGenerate(size: Size, c: Competition): Row {
  const { fake, newPort } = sharedSpreadsheet(c, true);
  const setup = newPort();
  writeSheet(setup, renderSetup(c, c.lang), { create: true });
  setup.copies!.record(true);
  const port = recordPort(newPort()).port;
  fake.calls.reset();
  const t0 = performance.now();
  const generated = workflow.generateTabs(port);
  if (!generated.ok)
    throw new Error(
      `${size.name}: generate (copies) failed: ${JSON.stringify(generated.problems.slice(0, 3))}`,
    );
  const tabs = generated.created.length;
  return {
    case: size.name,
    entries: c.entries.length,
    jurors: c.jurors.length,
    tabs,
    action: 'generate-copies',
    written: tabs,
    calls: fake.calls.total(),
    budget: 8 * tabs + 20,
    ms: 0,
    ms_end_to_end: round(performance.now() - t0),
    callsByMethod: fake.calls.all(),
  };
}

// ---- one spreadsheet per juror (issue 14) -------------------------------------

/**
 * The same competition with one spreadsheet per juror: the master holds the
 * Setup, the list of juror files and the outputs; each juror's tabs are in
 * their own file, reached through the Sheets and Drive advanced services
 * (counted with the SpreadsheetApp calls, by method).
 */
function benchFiles(size: Size): Row[] {
  const c: Competition = { ...size.make(), scoringPlace: 'files' };
  const fake = createFakeApps({ collaborators: [...c.secretariatEmails] });
  fake.fakes.spreadsheet.setSpreadsheetLocale('id_ID');
  const advanced = createFakeAdvanced({ recorder: fake.recorder, user: fake.currentUser });
  // The juror-file service asks Apps Script's global ScriptApp which permissions the user granted.
  Object.assign(globalThis, { ScriptApp: fake.ScriptApp });
  const newPort = () =>
    panelPort(
      sheetsPort(fake.spreadsheet, {
        remember: true,
        services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
      }),
      jurorFileService({
        sheets: advanced.Sheets,
        drive: advanced.Drive,
        user: () => fake.Session.getEffectiveUser().getEmail(),
        locale: () => 'id_ID',
        timeZone: () => 'Asia/Jakarta',
      }),
    );
  writeSheet(newPort(), renderSetup(c, c.lang), { create: true });
  const rows: Row[] = [];
  const row = (action: string, tabs: number, t0: number): Row => ({
    case: size.name,
    entries: c.entries.length,
    jurors: c.jurors.length,
    tabs,
    action,
    calls: fake.calls.total(),
    budget: 8 * tabs + 20,
    ms: 0,
    ms_end_to_end: round(performance.now() - t0),
    callsByMethod: fake.calls.all(),
  });
  fake.calls.reset();
  let t0 = performance.now();
  const generated = workflow.generateTabs(recordPort(newPort()).port);
  if (!generated.ok)
    throw new Error(`${size.name} files: generate failed: ${JSON.stringify(generated.problems.slice(0, 3))}`);
  const tabs = generated.created.length;
  rows.push({ ...row('files-generate', tabs, t0), written: tabs });
  scoreAll(newPort(), c);
  // The same computations as in tabs, on the juror files' scores.
  const wb = readWorkbook(newPort());
  const pure = {
    check: timeIt(() => workflow.checkWorkbook(wb)),
    rank: timeIt(() => computeRanking(wb.setup!.competition, scoreSheets(wb))),
  };
  for (const action of ['check', 'rank'] as const) {
    const port = recordPort(newPort()).port;
    fake.calls.reset();
    t0 = performance.now();
    const out =
      action === 'check'
        ? workflow.checkScores(port)
        : workflow.computeRankingAction(port, { allowIncomplete: false, now: NOW });
    if (!out.ok)
      throw new Error(`${size.name} files: ${action} failed: ${JSON.stringify(out.problems.slice(0, 3))}`);
    rows.push({ ...row(`files-${action}`, tabs, t0), ms: pure[action].median, ms_min: pure[action].min });
  }
  return rows;
}

// ---- the .xlsx path ---------------------------------------------------------

export interface XlsxRow {
  case: string;
  action: string;
  entries: number;
  jurors: number;
  tabs: number;
  fileBytes: number;
  runs: number;
  /** Wall time of `node build/juri.cjs rank <file>`, process start to exit: min and median of the runs. */
  ms_min: number;
  ms_median: number;
  /** CPU time (user + system) of that process: min and median; steadier than wall time on a loaded machine. */
  cpu_ms_min: number;
  cpu_ms_median: number;
  /** Peak resident memory of that process (getrusage maxrss): min, median and max. */
  peakRssMB_min: number;
  peakRssMB_median: number;
  peakRssMB_max: number;
  exitCode: number | null;
}

const RUNS = 3;

async function benchXlsx(size: Size, root: string): Promise<XlsxRow> {
  const c = size.make();
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-'));
  try {
    const made = join(dir, `${size.name}-scored.xlsx`);
    const workbook = newWorkbook();
    const port = xlsxPort(workbook, { locale: 'id_ID' });
    writeSheet(port, renderSetup(c, c.lang), { create: true });
    const generated = workflow.generateTabs(port);
    if (!generated.ok) throw new Error(`${size.name}.xlsx: generate failed`);
    scoreAll(port, c);
    const saved = await saveWorkbookAtomic(workbook, made);
    if (saved) throw new Error(`${size.name}.xlsx: not saved: ${saved.message.en}`);
    const fileBytes = statSync(made).size;
    // The child reports its own peak RSS and CPU time on exit: the honest figures for `juri rank`.
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nBENCH_MAXRSS_KB ' + u.maxRSS + ' BENCH_CPU_US ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
    );
    const ms: number[] = [];
    const cpu: number[] = [];
    const rss: number[] = [];
    let exitCode: number | null = 0;
    for (let run = 0; run < RUNS; run++) {
      // Each run ranks the same scored workbook, not the one the previous run wrote into.
      const file = join(dir, `${size.name}.xlsx`);
      copyFileSync(made, file);
      const t0 = performance.now();
      const child = spawnSync(
        process.execPath,
        ['-r', probe, join(root, 'build/juri.cjs'), 'rank', file, '--json'],
        {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
      ms.push(performance.now() - t0);
      const err = child.stderr ?? '';
      rss.push(Number(/BENCH_MAXRSS_KB (\d+)/.exec(err)?.[1] ?? NaN) / 1024);
      cpu.push(Number(/BENCH_CPU_US (\d+)/.exec(err)?.[1] ?? NaN) / 1000);
      if (child.status !== 0) {
        exitCode = child.status;
        process.stderr.write(`juri rank exited with ${child.status}: ${err.slice(0, 2000)}\n`);
      }
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      case: size.name,
      action: 'xlsx-rank',
      entries: c.entries.length,
      jurors: c.jurors.length,
      tabs: generated.created.length,
      fileBytes,
      runs: RUNS,
      ms_min: Math.round(Math.min(...ms)),
      ms_median: Math.round(median(ms)),
      cpu_ms_min: Math.round(Math.min(...cpu)),
      cpu_ms_median: Math.round(median(cpu)),
      peakRssMB_min: round(Math.min(...rss)),
      peakRssMB_median: round(median(rss)),
      peakRssMB_max: round(Math.max(...rss)),
      exitCode,
    };
  } finally {
    if (process.env.JURI_BENCH_KEEP) process.stderr.write(`bench: kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---- the targets of issue 16 ---------------------------------------------------

export interface Target {
  target: string;
  case: string;
  /** What was measured, in `unit`. */
  figure: number;
  limit: number;
  unit: 'ms' | 'calls' | 'calls/tab' | 'KB' | 'x';
  met: boolean;
  /** What else the reader needs beside the figure (another path's figure). */
  note?: string;
}

/** Each target with its figure from this run; a target whose rows did not run is left out. */
export function targets(rows: Row[], engine: readonly EngineRow[] = []): Target[] {
  const out: Target[] = [];
  const add = (
    target: string,
    r: { case: string },
    figure: number,
    limit: number,
    unit: Target['unit'],
    note?: string,
  ) =>
    out.push({
      target,
      case: r.case,
      figure: round(figure),
      limit,
      unit,
      met: figure <= limit,
      ...(note ? { note } : {}),
    });
  const lastGenerate: Record<string, Row> = {};
  const plain = new Map(rows.filter((r) => r.action === 'generate').map((r) => [r.case, r]));
  const perTab = (r: Row | undefined) => (r && r.tabs > 0 ? round(r.calls / r.tabs) : null);
  for (const r of rows) {
    if ((r.action === 'generate' || r.action === 'generate-copies') && r.tabs > 0) {
      // Per new tab, everything the action does once included; and what one more tab costs
      // (from the previous size: the fixed part of the action cancels out). Copies of a template
      // where the Check environment confirmed them; written tab by tab elsewhere (the plain path).
      const copies = r.action === 'generate-copies';
      const path = copies ? 'copies of a template, Check environment confirmed' : 'plain path';
      const previous = lastGenerate[r.action];
      const plainFigure = perTab(plain.get(r.case));
      add(
        `generate: calls per new juror tab, all included (${path})`,
        r,
        r.calls / r.tabs,
        24,
        'calls/tab',
        copies && plainFigure !== null ? `plain path: ${plainFigure}` : undefined,
      );
      if (previous && r.tabs > previous.tabs)
        add(
          `generate: calls per new juror tab, from ${previous.case} to ${r.case} (${path})`,
          r,
          (r.calls - previous.calls) / (r.tabs - previous.tabs),
          24,
          'calls/tab',
        );
      lastGenerate[r.action] = r;
    }
    if (r.action === 'fingerprint' && r.case === 'nation')
      add('fingerprint at national size (median of warm runs)', r, r.ms, 50, 'ms');
    if (['check', 'rank', 'rank-again', 'files-check', 'files-rank'].includes(r.action))
      add(`${r.action} within 8 calls per tab + 20`, r, r.calls, r.budget, 'calls');
    if (r.action.endsWith('-reply')) {
      add(`${r.action.slice(0, -'-reply'.length)}: reply beyond the action`, r, r.calls, 5, 'calls');
      if (r.case === 'nation' && r.bytes !== undefined)
        add(`${r.action.slice(0, -'-reply'.length)}: summary size`, r, r.bytes / 1024, 20, 'KB');
    }
  }
  for (const e of engine) {
    if (e.case === 'nation')
      add('computeRanking over its floor, same run (median over median)', e, e.engine_over_floor, 4, 'x');
    if (e.growth_over_nation !== undefined)
      add(
        'computeRanking at four times the national size over the national time',
        e,
        e.growth_over_nation,
        6,
        'x',
      );
  }
  return out;
}

// ---- output -----------------------------------------------------------------

/** The methods that make up most of an action's calls, for the table. */
function topMethods(byMethod: Record<string, number>, n: number): string {
  return Object.entries(byMethod)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([m, k]) => `${m} ${k}`)
    .join(', ');
}

function table(rows: Row[], engine: readonly EngineRow[], xlsx: XlsxRow[]): string {
  const head = [
    'case',
    'entries',
    'jurors',
    'tabs',
    'action',
    'written',
    'calls',
    'budget',
    'calls/tab',
    'ms (pure)',
    'ms (fake, e2e)',
    'KB',
  ];
  const body = rows.map((r) => [
    r.case,
    String(r.entries),
    String(r.jurors),
    String(r.tabs),
    r.action,
    r.written === undefined ? '' : String(r.written),
    String(r.calls),
    `${r.budget}${r.calls > r.budget ? ' !' : ''}`,
    r.tabs > 0 ? (r.calls / r.tabs).toFixed(1) : '-',
    r.ms.toFixed(2),
    r.ms_end_to_end.toFixed(0),
    r.bytes === undefined ? '' : (r.bytes / 1024).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 1 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  out.push('', 'Calls per method (largest first):');
  for (const r of rows) out.push(`  ${r.case}/${r.action}: ${topMethods(r.callsByMethod, 8)}`);
  out.push('', 'Targets of issue 16:');
  for (const t of targets(rows, engine))
    out.push(
      `  ${t.met ? 'met    ' : 'NOT MET'}  ${t.case}: ${t.target}: ${t.figure} ${t.unit} (at most ${t.limit})${t.note ? `; ${t.note}` : ''}`,
    );
  for (const x of xlsx) {
    out.push(
      '',
      `.xlsx: juri rank on the ${x.case} workbook (${x.entries} entries, ${x.tabs} tabs, ${(x.fileBytes / 1e6).toFixed(1)} MB), ${x.runs} runs: ` +
        `wall ${x.ms_min} ms min, ${x.ms_median} ms median; CPU ${x.cpu_ms_min} ms min, ${x.cpu_ms_median} ms median; ` +
        `peak RSS ${x.peakRssMB_min} MB min, ${x.peakRssMB_median} MB median, ${x.peakRssMB_max} MB max; exit ${x.exitCode}`,
    );
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const root = resolve(__dirname, '..');
  const only = args.includes('--case') ? args[args.indexOf('--case') + 1] : null;
  const sizes = SIZES.filter((s) => (only ? s.name === only : !quick || s.name !== 'nation'));
  const rows: Row[] = [];
  for (const size of sizes) {
    if (!json) process.stderr.write(`bench: ${size.name}...\n`);
    rows.push(...benchSize(size));
    if (!args.includes('--no-files')) {
      if (!json) process.stderr.write(`bench: ${size.name}, one spreadsheet per juror...\n`);
      rows.push(...benchFiles(size));
    }
  }
  // The engine against its floor: at national size (and four times it) unless --quick or another --case.
  const engine: EngineRow[] =
    quick || (only !== null && only !== 'nation') ? [] : benchEngine({ large: !args.includes('--no-large') });
  const xlsx: XlsxRow[] = [];
  if (!quick && !args.includes('--no-xlsx')) {
    if (!json) process.stderr.write('bench: nation .xlsx...\n');
    xlsx.push(await benchXlsx(SIZES[SIZES.length - 1], root));
  }
  if (json) {
    const text = `${JSON.stringify([...rows, ...engine, ...xlsx, ...targets(rows, engine)], null, 2)}\n`;
    writeFileSync(join(root, 'build/bench.json'), text);
    process.stdout.write(text);
  } else process.stdout.write(`${table(rows, engine, xlsx)}${engineTable(engine)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
