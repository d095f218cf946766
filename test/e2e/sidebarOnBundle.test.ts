/**
 * The real thing, end to end: the built sidebar in Debian's Chromium, its
 * google.script.run wired to the built dist/Code.js running in node:vm over
 * the in-memory SpreadsheetApp. A secretariat clicks from an empty
 * spreadsheet to a published ranking while the "jurors" type into their tabs.
 * guidePictures.test.ts walks the same road for the guides' pictures.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/workflow/workbook';
import { typeScores } from '../../src/workflow/typeScores';
import { scoreEverything } from '../workflow/helpers';
import { browserSuite, click, idle, launch, open, port, server, shootWhole, shots, until } from './harness';

const suite = browserSuite('the end-to-end sidebar test');
jest.setTimeout(120_000);

suite('the sidebar on the real server code', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const shoot = (page: Page, name: string) => shootWhole(page, join(shots, `${name}.png`));

  it('takes an empty spreadsheet to a published ranking', async () => {
    const s = server();
    const page = await open(browser, s.call);
    await page.getByText('Selamat datang di Juri').waitFor();
    await shoot(page, 'e2e-1-welcome');

    await click(page, 'Kompetisi baru dengan contoh kabupaten');
    expect(port(s.fake).sheetNames()).toContain('Pengaturan');
    await page.getByText('Pengaturan lengkap dan valid.').waitFor();

    await click(page, 'Buat tab juri');
    const tabs = readWorkbook(port(s.fake)).tabs;
    expect(tabs).toHaveLength(6);
    await page.getByText('6 dari 6 tab juri sudah dibuat.').waitFor();

    // The jurors score; one types 850 for 85.
    scoreEverything(port(s.fake));
    const tab = tabs[0];
    const entry = tab.rows[2];
    typeScores(port(s.fake), tab.sheet, { [entry.entryId]: { [tab.criterionIds[0]]: 850 } });
    await click(page, 'Muat ulang');
    await shoot(page, 'e2e-2-progress');

    await click(page, 'Periksa nilai');
    const problem = page.getByRole('button', { name: new RegExp(`D${entry.row}`) }).first();
    await problem.waitFor();
    await shoot(page, 'e2e-3-check');
    await problem.click();
    await idle(page);
    await until(() => s.fake.inspect().activeRange?.sheet.name === tab.sheet);
    expect(s.fake.inspect().activeRange?.sheet.name).toBe(tab.sheet);

    // Compute on an invalid score: asked first; the juror fixes it instead.
    await click(page, 'Hitung peringkat');
    await page.getByText('Tetap hitung peringkat dengan nilai yang belum lengkap?').waitFor();
    await click(page, 'Batal');
    expect(port(s.fake).sheetNames()).not.toContain('Peringkat');
    typeScores(port(s.fake), tab.sheet, { [entry.entryId]: { [tab.criterionIds[0]]: 85 } });
    await click(page, 'Muat ulang');
    await click(page, 'Hitung peringkat');
    await page.getByText('Intelligence Room').first().waitFor();
    expect(port(s.fake).sheetNames()).toEqual(expect.arrayContaining(['Peringkat', 'Rekap']));
    await shoot(page, 'e2e-4-ranking');

    await click(page, 'Terbitkan hasil');
    const [published] = [...s.advanced.files.values()];
    const link = page.getByRole('link', { name: /Buka hasil/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(published.url);
    await shoot(page, 'e2e-5-published');

    // Every call the sidebar made is a server entry point of the bundle.
    expect([...new Set(s.calls)].sort()).toEqual(
      [
        'checkScores',
        'computeRanking',
        'generateTabs',
        'getSummary',
        'newCompetition',
        'publishResults',
        'selectCell',
      ].sort(),
    );
    await page.close();
  });
});
