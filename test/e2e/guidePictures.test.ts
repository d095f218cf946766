/**
 * The pictures of the guides in docs/, taken on the real thing: the built
 * sidebar driving the built bundle over the fake, as in sidebarOnBundle.test.ts.
 * The story is the guides' own: the regency example, a slip in the Setup,
 * jurors half done with a few slips, the ranking refused then computed, the
 * results published, the panel in English. Each picture is saved as
 * test-output/screenshots/guide/<image name>.png; `npm run docs:screenshots`
 * copies them to docs/images/. The clock is fixed so that they come out the
 * same on every run.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/workflow/workbook';
import { typeScores, type Typing } from '../../src/workflow/typeScores';
import { demoTyping } from '../../src/cli/demo';
import { scoreEverything } from '../workflow/helpers';
import { browserSuite, click, fixedClock, idle, launch, open, port, server, shots } from './harness';

const suite = browserSuite('the guide pictures test');
jest.setTimeout(120_000);

const guide = join(shots, 'guide');

/** The 1-based row and column of an A1 reference such as D32. */
function cellOf(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not an A1 cell: ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/**
 * One picture, 300 px wide: the whole panel (at least 600 px tall), its top
 * `height` pixels only, or one step (`element`), whose reply notice is closed
 * first since it floats over the panel.
 */
async function picture(page: Page, name: string, { element = '', height = 0 } = {}): Promise<void> {
  const path = join(guide, `${name}.png`);
  await page.setViewportSize({ width: 300, height: height || 600 });
  await page.evaluate(() => window.scrollTo(0, 0));
  if (element) {
    await closeNotice(page);
    await page.locator(element).screenshot({ path, animations: 'disabled' });
  } else await page.screenshot({ path, fullPage: height === 0, animations: 'disabled' });
}

async function closeNotice(page: Page): Promise<void> {
  const close = page.locator('#close-notice');
  if (await close.isVisible()) await close.click();
}

suite('the pictures of the guides', () => {
  let browser: Browser;

  beforeAll(async () => {
    // A run that stops half way must not leave last run's pictures to be copied as this run's.
    rmSync(guide, { recursive: true, force: true });
    mkdirSync(guide, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tells the regency example from an empty spreadsheet to the published results', async () => {
    const clock = fixedClock('2018-10-15T14:30:00+07:00');
    const s = server({ Date: clock.Date });
    const sheets = () => port(s.fake);
    const page = await open(browser, s.call);
    await page.getByText('Selamat datang di Juri').waitFor();
    await picture(page, 'welcome');

    await click(page, 'Kompetisi baru dengan contoh kabupaten');
    await page.getByText('Pengaturan lengkap dan valid.').waitFor();

    // A slip in the Setup: the first criterion of Presentasi weighs 25 instead of 30.
    const setup = readWorkbook(sheets()).setup!;
    const first = setup.competition.criteria[0];
    expect([first.stageId, first.weight]).toEqual(['presentasi', 30]);
    const weight = setup.locate({ kind: 'table', table: 'criteria', index: 0, field: 'weight' });
    const writeWeight = (w: number) =>
      sheets().writeBlock(weight.sheet, { ...cellOf(weight.cell), values: [[w]] });
    writeWeight(25);
    await click(page, 'Muat ulang');
    await page.getByText(/Bobot kriteria tahap Presentasi berjumlah 95\s?%/).waitFor();
    await page.getByText(`${weight.sheet}!${weight.cell}`).waitFor();
    await closeNotice(page);
    await picture(page, 'setup-problem');
    writeWeight(30);
    await click(page, 'Muat ulang');
    await page.getByText('Pengaturan lengkap dan valid.').waitFor();

    await click(page, 'Buat tab juri');
    await page.getByText('6 dari 6 tab juri sudah dibuat.').waitFor();
    // Right after generating, every empty score is listed under Check: the top of the panel is the picture.
    await picture(page, 'tabs-generated', { height: 640 });

    // Judging under way: Presentasi done but for Bambang's slips; Sri still has one field visit to score.
    const wb = readWorkbook(sheets());
    const competition = wb.setup!.competition;
    const tabOf = (stage: string, juror: string) =>
      wb.tabs.find((t) => t.stageId === stage && t.jurorId === juror)!.sheet;
    const each = (stage: string, value: number | null) =>
      Object.fromEntries(competition.criteria.filter((k) => k.stageId === stage).map((k) => [k.id, value]));
    scoreEverything(sheets());
    const bambang: Typing = {
      '001': each('presentasi', 55),
      '002': { video: 75.5 },
      '003': { kehadiran: null },
    };
    typeScores(sheets(), tabOf('presentasi', 'j2'), bambang);
    typeScores(sheets(), tabOf('lapangan', 'j3'), { '006': each('lapangan', null) });
    await click(page, 'Muat ulang');
    expect(await page.locator('#step-progress').innerText()).toMatch(
      /Bambang Hermawan\s*4\/6[\s\S]*Sri Lestari\s*5\/6/,
    );
    await picture(page, 'progress', { element: '#step-progress' });

    await click(page, 'Periksa nilai');
    await page.getByText('Kesalahan: 5 · Peringatan: 2').waitFor();
    await picture(page, 'check-problems', { element: '#step-check' });

    await click(page, 'Hitung peringkat');
    await page.getByText('Tetap hitung peringkat dengan nilai yang belum lengkap?').waitFor();
    await picture(page, 'confirm-incomplete', { element: '#step-ranking' });
    await click(page, 'Batal');

    // Every slip corrected, every score in.
    typeScores(
      sheets(),
      tabOf('presentasi', 'j2'),
      demoTyping(competition, 'presentasi', 'j2', ['001', '002', '003']),
    );
    scoreEverything(sheets());
    await click(page, 'Muat ulang');
    await click(page, 'Hitung peringkat');
    await page.getByText('Dihitung 2018-10-15 14:30.').waitFor();
    await page.getByText('Intelligence Room').first().waitFor();
    await picture(page, 'ranking', { element: '#step-ranking' });

    clock.set('2018-10-15T15:05:00+07:00');
    await page.getByRole('checkbox', { name: 'Sertakan rekap per juri' }).check();
    await click(page, 'Terbitkan hasil');
    await page.getByText('Diterbitkan 2018-10-15 15:05.').waitFor();
    const [published] = [...s.advanced.files.values()];
    expect(published.sheets.map((x) => x.title)).toEqual(expect.arrayContaining(['Peringkat', 'Rekap']));
    expect(await page.getByRole('link', { name: /Buka hasil/ }).getAttribute('href')).toBe(published.url);
    await picture(page, 'published');

    await page.getByRole('button', { name: /^EN\b/ }).click();
    await page.getByText('Published 2018-10-15 15:05.').waitFor();
    await idle(page);
    await closeNotice(page);
    await picture(page, 'english');
    await page.close();
  });
});
