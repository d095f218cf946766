/**
 * The secretariat guide's walk-through, driven for real: the built sidebar
 * over the built bundle, from an empty spreadsheet to juror tabs with the
 * province template and a registration list of 260 entries imported from
 * another sheet. The test counts every click the secretariat makes in the
 * panel (a drop-down choice is two: open the list, pick) and the service
 * calls Juri makes at each step; the guides state the same click count, and
 * the test fails when they no longer do. Its pictures go to
 * test-output/screenshots/walkthrough/ (`npm run docs:screenshots` copies
 * them to docs/images/); its figures to test-output/walkthrough.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup } from '../workflow/helpers';
import { browserSuite, fixedClock, idle, launch, open, port, root, server, shots } from './harness';

const suite = browserSuite('the walk-through test');
jest.setTimeout(240_000);

const pictures = join(shots, 'walkthrough');
const ENTRIES = 260;
const JURORS = 9;

/** A registration list as a Google Form's responses sheet holds it: timestamp first, headers in its own words. */
function registrations(categories: { id: string; name: string }[]): (string | number)[][] {
  const regions = ['Kab. Situbondo', 'Kab. Jember', 'Kota Malang', 'Kab. Banyuwangi', 'Kota Surabaya'];
  const groups = ['umum', 'replikasi', 'khusus'];
  const rows: (string | number)[][] = [
    ['Timestamp', 'Nama Inovasi', 'Nama Instansi / OPD', 'Kategori', 'Kelompok', 'Kabupaten/Kota'],
  ];
  for (let i = 1; i <= ENTRIES; i++) {
    const k = categories[i % categories.length];
    rows.push([
      `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}`,
      `Inovasi pelayanan nomor ${i}`,
      `Dinas ${1 + (i % 40)} ${regions[i % regions.length]}`,
      // Forms give the category's name; some lists its id.
      i % 3 === 0 ? k.id : k.name,
      groups[i % groups.length],
      regions[i % regions.length],
    ]);
  }
  return rows;
}

suite('the walk-through of the secretariat guide', () => {
  let browser: Browser;

  beforeAll(async () => {
    rmSync(pictures, { recursive: true, force: true });
    mkdirSync(pictures, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from an empty spreadsheet to juror tabs: province template, 9 jurors, 260 imported entries', async () => {
    const clock = fixedClock('2026-11-02T09:00:00+07:00');
    const s = server({ Date: clock.Date });
    const sheets = () => port(s.fake);
    const page = await open(browser, s.call);
    const steps: { step: string; clicks: number; calls: number }[] = [];
    let clicks = 0;
    /** One step of the guide: what the secretariat clicks in it, and the service calls Juri makes. */
    const step = async (name: string, act: () => Promise<void>) => {
      const before = clicks;
      s.fake.calls.reset();
      await act();
      steps.push({ step: name, clicks: clicks - before, calls: s.fake.calls.total() });
    };
    const press = async (label: string) => {
      clicks += 1;
      await page.getByRole('button', { name: label, exact: true }).click();
      await idle(page);
    };
    const choose = async (select: string, value: string) => {
      clicks += 2;
      await page.selectOption(select, value);
    };
    const shot = async (name: string, element = '') => {
      const path = join(pictures, `${name}.png`);
      await page.setViewportSize({ width: 300, height: 600 });
      await page.evaluate(() => window.scrollTo(0, 0));
      if (element) await page.locator(element).screenshot({ path, animations: 'disabled' });
      else await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    };
    const closeNotice = async (p: Page) => {
      const close = p.locator('#close-notice');
      if (await close.isVisible()) await close.click();
    };

    await page.getByText('Selamat datang di Juri').waitFor();

    await step('template', async () => {
      await choose('#preset', 'province');
      await shot('walk-template');
      await press('Buat dari templat');
      await page.locator('#step-setup').waitFor();
    });
    const c0 = readWorkbook(sheets()).setup!.competition;
    expect(c0.stages.map((x) => x.id)).toEqual(['proposal', 'presentasi', 'verifikasi']);
    expect(c0.jurors).toEqual([]);
    expect(c0.entries).toEqual([]);

    // Typed (or pasted) into the Setup by the secretariat: its email and the nine jurors. No click in the panel.
    editSetup(sheets(), (c) => {
      c.secretariatEmails = ['sekretariat@example.go.id'];
      for (let j = 1; j <= JURORS; j++)
        c.jurors.push({
          id: `j${j}`,
          name: `Juri ${j}`,
          email: `juri${j}@example.ac.id`,
          agency: `Universitas ${j}`,
          stages: [],
        });
    });

    // The registration list pasted into a sheet of its own (or a Google Form's responses sheet).
    const list = registrations(c0.categories);
    sheets().insertSheet('Pendaftaran');
    sheets().writeBlock('Pendaftaran', { row: 1, col: 1, values: list });

    await step('import', async () => {
      await press('Impor peserta');
      await page.locator('.import-form').waitFor();
      // The only other sheet is chosen; its columns are found by their headers.
      expect(await page.locator('#import-source').inputValue()).toBe('Pendaftaran');
      expect(
        await Promise.all(
          ['title', 'agency', 'category', 'group', 'region'].map((f) =>
            page.locator(`#import-${f}`).inputValue(),
          ),
        ),
      ).toEqual(['2', '3', '4', '5', '6']);
      await shot('walk-import', '.import-form');
      await press('Impor');
      await page
        .locator('[role=status]')
        .filter({ hasText: String(ENTRIES) })
        .waitFor();
    });
    expect(readWorkbook(sheets()).setup!.competition.entries).toHaveLength(ENTRIES);
    await page.getByText('Pengaturan lengkap dan valid.').waitFor();
    await closeNotice(page);
    await shot('walk-imported', '#step-setup');

    await step('generate', async () => {
      await press('Buat tab juri');
      await page.getByText(/Tab juri: \d+ dibuat/).waitFor();
    });
    const wb = readWorkbook(sheets());
    const proposalTabs = wb.tabs.filter((t) => t.stageId === 'proposal');
    expect(proposalTabs).toHaveLength(JURORS);
    // The later stages wait for the proposals' scores: no empty tab of theirs.
    expect(wb.tabs).toHaveLength(JURORS);
    await page.getByText(`${JURORS} dari ${JURORS} tab juri sudah dibuat.`).waitFor();
    // Three jurors per proposal, as the template says.
    expect(proposalTabs.reduce((n, t) => n + t.rows.length, 0)).toBe(ENTRIES * 3);
    await closeNotice(page);
    await shot('walk-tabs', '#step-tabs');

    // Mapped once: the columns chosen are remembered with the spreadsheet, even when a heading no longer says what it is.
    sheets().writeBlock('Pendaftaran', { row: 1, col: 4, values: [['Jenis lomba']] });
    const again = s.call('importSources', ['id']) as { sources: { sheet: string; mapping: object }[] };
    expect(again.sources.find((x) => x.sheet === 'Pendaftaran')!.mapping).toEqual({
      title: 2,
      agency: 3,
      category: 4,
      group: 5,
      region: 6,
    });

    const total = { clicks, calls: steps.reduce((n, x) => n + x.calls, 0) };
    writeFileSync(join(root, 'test-output', 'walkthrough.json'), JSON.stringify({ steps, total }, null, 2));
    console.log(
      `walk-through: ${JSON.stringify(steps)}; ${total.clicks} clicks, ${total.calls} service calls`,
    );

    // The guides say how many clicks it takes: the number this test counted.
    for (const [guide, words] of [
      ['panduan-sekretariat.md', `**${total.clicks} klik**`],
      ['secretariat-guide.md', `**${total.clicks} clicks**`],
    ])
      expect(readFileSync(join(root, 'docs', guide), 'utf8')).toContain(words);
  });
});
