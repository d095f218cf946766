// Screenshots of the sidebar for the user guides (docs/images/).
//
// The browser tests' own screenshots (test-output/screenshots/) show their
// fixtures, which carry hostile text on purpose (a juror named
// "<script>…</script>", an <img> title) and made-up messages: fine for a test,
// wrong in a guide for a secretariat. So this script takes the guides' pictures
// the same way the tests do — the built sidebar (dist/Sidebar.html), 300 px
// wide, in Debian's Chromium, with a stand-in for google.script.run — but feeds
// it what the server really says about the regency example at each step: the
// summaries and replies are computed by the workflow itself over an in-memory
// workbook (src/workflow, the .xlsx port of the command line).
//
// Run it with `npm run docs:screenshots` (the browser tests first, which also
// build dist/).
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'images');
const CHROMIUM = '/usr/bin/chromium';
const PAGE_URL = 'https://sidebar.juri.test/';
const COMPUTED_AT = '2018-10-15 14:30';
const PUBLISHED_AT = '2018-10-15 15:05';
const RESULTS_URL = 'https://docs.google.com/spreadsheets/d/hasil-kompetisi/edit';

/**
 * The competition's story, told by the workflow: a Node module bundled from
 * the sources, returning each state the sidebar is shown in.
 */
const STORY = `
import { newWorkbook } from './src/cli/xlsxFile';
import { xlsxPort } from './src/cli/xlsxPort';
import { demoTyping } from './src/cli/demo';
import * as wf from './src/workflow/actions';
import { buildSummary } from './src/workflow/panel';
import { typeScores } from './src/workflow/typeScores';
import { pick } from './src/i18n';

export function story(at, publishedAt, url) {
  const port = xlsxPort(newWorkbook(), { locale: 'id_ID' });
  const summary = (lang = 'id', published = null) => buildSummary(port, lang, published);
  const reply = (outcome, extra = {}) => ({ ok: outcome.ok, message: pick(outcome.message, 'id'), summary: summary(), ...extra });
  const s = {};

  s.empty = summary();
  const created = wf.newCompetition(port, { example: true, lang: 'id' });
  s.created = reply(created);

  // A slip while filling in the Setup: the criteria of Presentasi no longer add up to 100.
  const setup = port.read('Pengaturan');
  const header = setup.values.findIndex((r) => r.includes('Bobot (%)') && r.includes('Nilai terendah'));
  const weightCol = setup.values[header].indexOf('Bobot (%)');
  const row = setup.values.findIndex((r) => r[0] === 'penyampaian');
  port.writeBlock('Pengaturan', { row: row + 1, col: weightCol + 1, values: [[25]] });
  s.setupProblem = summary();
  port.writeBlock('Pengaturan', { row: row + 1, col: weightCol + 1, values: [[30]] });

  s.generated = reply(wf.generateTabs(port));
  const c = wf.checkScores(port);
  const tabs = c.progress;
  const ids = ['001', '002', '003', '004', '005', '006'];
  const tabOf = (stage, juror) => tabs.find((p) => p.stageId === stage && p.jurorId === juror).sheet;
  const competition = readCompetition(port);
  const typing = (stage, juror, entries = ids) => demoTyping(competition, stage, juror, entries);

  // Judging under way: Presentasi done but for Bambang's slips; Sri still has one field visit to score.
  for (const j of ['j1', 'j3']) typeScores(port, tabOf('presentasi', j), typing('presentasi', j));
  const bambang = typing('presentasi', 'j2');
  bambang['001'] = { penyampaian: 55, substansi: 55, video: 55, kehadiran: 55 };
  bambang['002'].video = 75.5;
  bambang['003'].kehadiran = null;
  typeScores(port, tabOf('presentasi', 'j2'), bambang);
  for (const j of ['j1', 'j2']) typeScores(port, tabOf('lapangan', j), typing('lapangan', j));
  typeScores(port, tabOf('lapangan', 'j3'), typing('lapangan', 'j3', ['001', '002', '003', '004', '005']));
  s.progress = summary();
  s.checked = reply(wf.checkScores(port));
  const refused = wf.computeRankingAction(port, { allowIncomplete: false, now: at });
  s.refused = reply(refused, { needsConfirmation: refused.needsConfirmation });

  // Every slip corrected, every score in.
  typeScores(port, tabOf('presentasi', 'j2'), typing('presentasi', 'j2'));
  typeScores(port, tabOf('lapangan', 'j3'), typing('lapangan', 'j3'));
  s.complete = summary();
  s.ranked = reply(wf.computeRankingAction(port, { allowIncomplete: false, now: at }));
  const published = { url, at: publishedAt };
  s.published = { ok: true, message: PUBLISHED, summary: summary('id', published) };
  s.publishedEn = summary('en', published);
  return s;
}

import { readWorkbook } from './src/workflow/workbook';
import { publishMessages } from './src/i18n/publish';
const PUBLISHED = publishMessages.id.published;
function readCompetition(port) {
  return readWorkbook(port).setup.competition;
}
`;

async function tellStory() {
  const built = await esbuild.build({
    stdin: { contents: STORY, resolveDir: root, loader: 'ts', sourcefile: 'docs-story.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  // Inside the repository, so that the bundle's require('exceljs') finds node_modules.
  const file = join(root, 'test-output', 'docs-story.cjs');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, built.outputFiles[0].text);
  try {
    return createRequire(import.meta.url)(file).story(COMPUTED_AT, PUBLISHED_AT, RESULTS_URL);
  } finally {
    rmSync(file, { force: true });
  }
}

/* global window, setTimeout -- installStub and the scroll run in the page. */
/** Runs in the page before its script: google.script.run answering from `script` (per function, answers in order, the last repeating). */
function installStub(script) {
  const runner = (onOk) =>
    new Proxy(
      {},
      {
        get(_t, prop) {
          if (prop === 'withSuccessHandler') return (f) => runner(f);
          if (prop === 'withFailureHandler' || prop === 'withUserObject') return () => runner(onOk);
          return () => {
            const queue = script[String(prop)] ?? [null];
            const value = queue.length > 1 ? queue.shift() : queue[0];
            setTimeout(() => onOk && onOk(JSON.parse(JSON.stringify(value))), 0);
          };
        },
      },
    );
  window.google = { script: { run: runner(null) } };
}

async function main() {
  const sidebar = join(root, 'dist', 'Sidebar.html');
  if (!existsSync(sidebar)) throw new Error('dist/Sidebar.html is missing: run "npm run build" first.');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package.`);
  const html = readFileSync(sidebar, 'utf8');
  const s = await tellStory();
  mkdirSync(out, { recursive: true });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  /** One picture: the whole panel, its top `height` pixels only, or one step (`element`). */
  const shoot = async (name, script, act = async () => {}, { element = '', height = 0 } = {}) => {
    const page = await browser.newPage({ viewport: { width: 300, height: height || 600 } });
    await page.route('**/*', (route) =>
      route.request().url() === PAGE_URL
        ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    await page.addInitScript(installStub, script);
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.locator('#app section').first().waitFor();
    await act(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = join(out, `${name}.png`);
    if (element) {
      // The reply floats over the panel: closed, so that it hides nothing of the step.
      if (await page.locator('#close-notice').isVisible()) await page.locator('#close-notice').click();
      await page.locator(element).screenshot({ path, animations: 'disabled' });
    } else await page.screenshot({ path, fullPage: height === 0, animations: 'disabled' });
    await page.close();
    console.log(`docs/images/${name}.png`);
  };
  const click = (name) => async (page) => {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator('#status, #alert, .confirm').filter({ hasText: /\S/ }).first().waitFor();
  };

  try {
    await shoot('welcome', { getSummary: [s.empty] });
    await shoot('setup-problem', { getSummary: [s.setupProblem] });
    // Right after generating, every empty score is listed under Check: the top of the panel is the picture.
    await shoot(
      'tabs-generated',
      { getSummary: [s.created.summary], generateTabs: [s.generated] },
      click('Buat tab juri'),
      {
        height: 640,
      },
    );
    await shoot('progress', { getSummary: [s.progress] }, undefined, { element: '#step-progress' });
    await shoot(
      'check-problems',
      { getSummary: [s.progress], checkScores: [s.checked] },
      click('Periksa nilai'),
      {
        element: '#step-check',
      },
    );
    await shoot(
      'confirm-incomplete',
      { getSummary: [s.checked.summary], computeRanking: [s.refused] },
      click('Hitung peringkat'),
      {
        element: '#step-ranking',
      },
    );
    await shoot(
      'ranking',
      { getSummary: [s.complete], computeRanking: [s.ranked] },
      click('Hitung peringkat'),
      {
        element: '#step-ranking',
      },
    );
    await shoot(
      'published',
      { getSummary: [s.ranked.summary], publishResults: [s.published] },
      async (page) => {
        await page.getByRole('checkbox', { name: 'Sertakan rekap per juri' }).check();
        await click('Terbitkan hasil')(page);
      },
    );
    await shoot('english', { getSummary: [s.publishedEn] });
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
