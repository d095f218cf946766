/**
 * The built sidebar (dist/Sidebar.html) in real headless Chromium, talking to
 * a stand-in of google.script.run that answers like the server.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserSuite, launch } from '../browser';
import {
  HOSTILE_JUROR,
  HOSTILE_TITLE,
  RESULTS_URL,
  checkProblems,
  CUT_TEXT,
  cutChanged,
  manyWarnings,
  sariPage,
  noSetup,
  published,
  publishedEn,
  ranked,
  reply,
  setupWithProblems,
  tabsPartial,
  validSetup,
} from './fixtures';
import { installStub, type Script, type StubWindow } from './stub';

const root = join(__dirname, '..', '..');
const shots = join(root, 'test-output', 'screenshots');
const PAGE_URL = 'https://sidebar.juri.test/';
const suite = browserSuite('the sidebar browser tests');
/** axe-core, the accessibility engine, injected into the page as it is (it needs no network). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

jest.setTimeout(60_000);

suite('sidebar in Chromium', () => {
  let browser: Browser;
  let html: string;
  const pages: Page[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    // jest's globalSetup has built dist/.
    html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
    mkdirSync(shots, { recursive: true });
    browser = await launch();
  });

  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Opens the sidebar 300 px wide, served from a made-up origin so that the
   * stand-in is installed before the page's script; any other request is
   * refused and recorded (the page must work offline).
   */
  async function open(script: Script | null): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    pages.push(page);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      requests.push(url);
      return route.abort();
    });
    if (script) await page.addInitScript(installStub, script);
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    return page;
  }

  const calls = (page: Page) => page.evaluate(() => (window as unknown as StubWindow).__calls);
  const callsOf = async (page: Page, name: string) =>
    (await calls(page)).filter((c) => c.name === name).map((c) => c.args);
  const ok = (value: unknown) => [{ value }];
  const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

  async function shoot(page: Page, name: string): Promise<void> {
    // From the top, so the sticky message sits where the user sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, animations: 'disabled' });
  }

  async function waitForText(page: Page, selector: string, text: string): Promise<void> {
    await page.locator(selector).filter({ hasText: text }).first().waitFor();
  }

  async function hasHorizontalScroll(page: Page): Promise<boolean> {
    return page.evaluate(() => document.documentElement.scrollWidth > 300);
  }

  it('takes a competition from the welcome to published results', async () => {
    const page = await open({
      getSummary: [{ value: noSetup }, { value: validSetup }],
      newCompetition: ok(
        reply(setupWithProblems, 'Kompetisi baru dibuat. Isi lembar Pengaturan, lalu buat tab juri.'),
      ),
      selectCell: [{ value: undefined }],
      generateTabs: ok(reply(tabsPartial, 'Tab juri dibuat: 4 tab baru.')),
      checkScores: ok(reply(checkProblems, 'Nilai sudah diperiksa. Masalah ditemukan: 3.')),
      computeRanking: [
        {
          value: reply(
            checkProblems,
            'Peringkat belum dihitung: masih ada 25 nilai yang kosong.',
            false,
            true,
          ),
        },
        { value: reply(ranked, 'Peringkat dihitung. Lihat lembar Peringkat dan Rekap.') },
      ],
      publishResults: ok(reply(published, 'Hasil diterbitkan sebagai tautan yang hanya dapat dilihat.')),
    });

    // Welcome: no Setup sheet yet.
    await page.getByRole('heading', { name: 'Selamat datang di Juri' }).waitFor();
    expect(await callsOf(page, 'getSummary')).toEqual([[null]]);
    await shoot(page, 'welcome');
    await button(page, 'Kompetisi baru (kosong)').click();
    await waitForText(page, '[role=status]', 'Kompetisi baru dibuat');
    expect(await callsOf(page, 'newCompetition')).toEqual([[false, 'id']]);

    // Setup problems, errors first, each a button to its cell.
    const setup = page.locator('#step-setup');
    expect(await setup.locator('p').first().textContent()).toBe(
      'Masalah di lembar Pengaturan: 2. Klik masalah untuk membuka selnya.',
    );
    expect(await setup.locator('button.problem .where').allTextContents()).toEqual([
      'Pengaturan!C12',
      'Pengaturan!D30',
    ]);
    await setup.locator('button.problem').nth(1).click();
    expect(await callsOf(page, 'selectCell')).toEqual([['Pengaturan', 'D30']]);

    // While the Setup has errors, Generate waits, and says why next to it.
    const generate = button(page, 'Buat tab juri');
    expect(await generate.isDisabled()).toBe(true);
    const reason = await generate.getAttribute('aria-describedby');
    expect(await page.locator(`#${reason}`).textContent()).toBe(
      'Perbaiki dulu masalah pengaturan di atas, lalu buat tab juri.',
    );
    // Before any juror tab exists, Check says there is nothing to check (not "no errors").
    expect(await page.locator('#step-check .count').textContent()).toBe(
      'Belum ada tab juri, jadi belum ada nilai yang dapat diperiksa. Buat tab juri dulu.',
    );
    expect(await button(page, 'Periksa nilai').isDisabled()).toBe(true);

    // The secretariat fixes the Setup and reloads the panel: Generate is offered.
    await button(page, 'Muat ulang').click();
    await page.locator('#step-setup .good').waitFor();
    expect(await generate.isEnabled()).toBe(true);

    // Generate, then progress bars per juror and stage.
    await button(page, 'Buat tab juri').click();
    await waitForText(page, '[role=status]', 'Tab juri dibuat: 4 tab baru.');
    expect(await callsOf(page, 'generateTabs')).toEqual([['id']]);
    expect(await page.locator('#step-tabs .count').textContent()).toBe('4 dari 4 tab juri sudah dibuat.');
    const bars = await page
      .locator('#step-progress progress')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('aria-label'),
          (el as HTMLProgressElement).value,
          (el as HTMLProgressElement).max,
        ]),
      );
    expect(bars).toEqual([
      ['Sari Wulandari, Presentasi: 30 dari 30 nilai terisi', 30, 30],
      [`${HOSTILE_JUROR}, Presentasi: 12 dari 30 nilai terisi`, 12, 30],
      ['Sari Wulandari, Wawancara: 0 dari 10 nilai terisi', 0, 10],
      [`${HOSTILE_JUROR}, Wawancara: 3 dari 10 nilai terisi`, 3, 10],
    ]);
    expect(await page.locator('#step-progress .bar-head .count').allTextContents()).toEqual([
      // Each tab's state (submitted, complete but not submitted, in progress), and past the deadline in words.
      '30/30 ✓ diserahkan',
      '12/30 · sedang dinilai terlambat 3 hari',
      '0/10 · sedang dinilai',
      '3/10 · sedang dinilai',
    ]);
    expect(
      await page
        .locator('#step-progress .late-mark')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).color)),
    ).toEqual(['rgb(179, 38, 30)']);
    expect(await page.locator('#step-progress .stage > p').allTextContents()).toEqual([
      '1 dari 2 juri selesai',
      '0 dari 2 juri selesai',
    ]);
    await shoot(page, 'progress');

    // Check: problems grouped by juror, then by kind.
    await button(page, 'Periksa nilai').click();
    await waitForText(page, '[role=status]', 'Masalah ditemukan: 3.');
    const check = page.locator('#step-check');
    expect(await check.locator('.count').textContent()).toBe('Kesalahan: 2 · Peringatan: 1');
    expect(await check.locator('h3').allTextContents()).toEqual([
      `${HOSTILE_JUROR} (2)`,
      'Sari Wulandari (1)',
    ]);
    const budi = check.locator('.juror-group').first();
    expect(await budi.locator('h4').allTextContents()).toEqual(['Kesalahan (1)', 'Peringatan (1)']);
    await check.getByRole('button', { name: /'Budi – Presentasi'!F9/ }).click();
    expect((await callsOf(page, 'selectCell')).at(-1)).toEqual(['Budi – Presentasi', 'F9']);
    await shoot(page, 'check-problems');

    // Compute: the server asks about incomplete scores; the panel asks the user inline.
    await button(page, 'Hitung peringkat').click();
    const confirm = page.getByRole('group', { name: /masih ada 25 nilai yang kosong/ });
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ya, tetap hitung');
    await confirm.getByRole('button', { name: 'Ya, tetap hitung' }).click();
    await waitForText(page, '[role=status]', 'Peringkat dihitung.');
    expect(await callsOf(page, 'computeRanking')).toEqual([
      [false, 'id'],
      [true, 'id'],
    ]);
    expect(await confirm.count()).toBe(0);

    // Leaders with places, the tie and advancement.
    const tk = page.locator('#step-ranking .category').first();
    expect(await tk.locator('h3').textContent()).toBe('Tata Kelola');
    const rows = await tk
      .locator('li.leader')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('.place [aria-hidden], .place > span:last-child')?.textContent,
          li.querySelector('.title')?.textContent,
          li.querySelector('.score')?.lastChild?.textContent,
          Array.from(li.querySelectorAll('.badge')).map((b) => b.textContent),
        ]),
      );
    expect(rows).toEqual([
      ['1', 'Layanan Adminduk Keliling', '88,50', ['lolos']],
      ['2', HOSTILE_TITLE, '85,00', ['seri', 'lolos']],
      ['2', 'SIPADU Desa', '85,00', ['seri', 'lolos']],
      ['4', 'E-Retribusi Pasar', '80,25', []],
    ]);
    expect(await page.locator('#step-ranking .fact').allTextContents()).toEqual([
      'Metode: Rata-rata tertimbang',
      `Sidik jari data: ${ranked.ranking.fingerprint}`,
    ]);
    await shoot(page, 'ranking');

    // Publish with the recap, then the link opens in a new tab.
    await page.getByRole('checkbox', { name: 'Sertakan rekap per juri' }).check();
    await button(page, 'Terbitkan hasil').click();
    await waitForText(page, '[role=status]', 'Hasil diterbitkan');
    expect(await callsOf(page, 'publishResults')).toEqual([[true, 'id', false]]);
    const link = page.getByRole('link', { name: /Buka hasil yang diterbitkan/ });
    expect(await link.getAttribute('href')).toBe(RESULTS_URL);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ')).toContain('noopener');
    await shoot(page, 'published');

    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(requests).toEqual([]);
  });

  it('makes the official documents after asking, then records the plenary decisions on request', async () => {
    const page = await open({
      getSummary: ok(ranked),
      makeDocuments: [
        {
          value: reply(
            ranked,
            'Sheet Peringkat dihitung dari data yang berbeda dari saat ini: hitung peringkat lagi.',
            false,
            true,
          ),
        },
        { value: { ...reply(ranked, '9 dokumen resmi dibuat.'), pendingDecisions: 1 } },
      ],
      recordPlenaryDecisions: ok(
        reply(ranked, '1 keputusan rapat pleno dicatat di tabel Penyesuaian manual.'),
      ),
    });
    const documents = page.locator('#step-documents');
    expect(await documents.textContent()).toContain('File → Cetak');
    await button(page, 'Buat dokumen resmi').click();
    const confirm = page.getByRole('group', { name: /dihitung dari data yang berbeda/ });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Ya, tetap buat' }).click();
    await waitForText(page, '[role=status]', '9 dokumen resmi dibuat.');
    expect(await callsOf(page, 'makeDocuments')).toEqual([
      [false, 'id'],
      [true, 'id'],
    ]);
    expect(await documents.textContent()).toContain('1 keputusan rapat pleno belum dicatat');
    await button(page, 'Catat keputusan pleno').click();
    await waitForText(page, '[role=status]', '1 keputusan rapat pleno dicatat');
    expect(await callsOf(page, 'recordPlenaryDecisions')).toEqual([['id']]);
    expect(await button(page, 'Catat keputusan pleno').count()).toBe(0);
  });

  it('keeps the ranking untouched when the user declines to rank on incomplete scores', async () => {
    const page = await open({
      getSummary: ok(checkProblems),
      computeRanking: ok(
        reply(checkProblems, 'Peringkat belum dihitung: masih ada 25 nilai yang kosong.', false, true),
      ),
    });
    await button(page, 'Hitung peringkat').click();
    await button(page, 'Batal').click();
    await waitForText(page, '[role=status]', 'Peringkat tidak dihitung.');
    expect(await callsOf(page, 'computeRanking')).toEqual([[false, 'id']]);
    expect(await page.getByRole('group', { name: /nilai yang kosong/ }).count()).toBe(0);
    expect(await page.locator('#step-ranking').textContent()).toContain('Peringkat belum dihitung.');
  });

  it('switches to English through setLanguage and shows English labels', async () => {
    const page = await open({ getSummary: ok(published), setLanguage: ok(publishedEn) });
    await page.getByRole('heading', { name: '1. Pengaturan' }).waitFor();
    const group = page.getByRole('group', { name: 'Bahasa' });
    await group.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { name: '1. Setup' }).waitFor();
    expect(await callsOf(page, 'setLanguage')).toEqual([['en']]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h2').allTextContents()).toEqual([
      '1. Setup',
      '2. Juror tabs',
      '3. Scoring progress',
      '4. Check scores',
      '5. Ranking',
      '6. Publish',
      '7. Official documents',
      'Before the jury starts',
    ]);
    for (const name of [
      'Refresh',
      'Generate juror tabs',
      'Check scores',
      'Compute ranking',
      'Publish results',
    ]) {
      expect(await button(page, name).count()).toBe(1);
    }
    expect(await page.getByRole('checkbox', { name: 'Include the per-juror recap' }).count()).toBe(1);
    expect(
      await page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: /EN/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('#step-ranking .badge.tie').first().textContent()).toBe('tie');
    await shoot(page, 'english');
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('shows hostile spreadsheet text as text and runs none of it', async () => {
    const page = await open({ getSummary: ok(published) });
    await page.locator('#step-ranking .title').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as StubWindow).__xss)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#app script').count()).toBe(0);
    expect(await page.locator('#step-ranking .title').allTextContents()).toContain(HOSTILE_TITLE);
    expect(await page.getByText(HOSTILE_TITLE, { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('#step-progress .who').first().textContent()).toBe('Sari Wulandari');
    expect(await page.locator('#step-progress .who').nth(1).textContent()).toBe(HOSTILE_JUROR);
  });

  it('will not make a link of a non-web URL', async () => {
    const page = await open({
      getSummary: ok({ ...published, publish: { url: 'javascript:alert(1)', at: '' } }),
    });
    await page.locator('#step-publish').waitFor();
    expect(await page.locator('a').count()).toBe(0);
    expect(await page.locator('#step-publish').textContent()).toContain('Hasil belum diterbitkan.');
  });

  it('disables the buttons while an action runs and gives the focus back after', async () => {
    const page = await open({
      getSummary: ok(tabsPartial),
      checkScores: ok(reply(checkProblems, 'Nilai sudah diperiksa. Masalah ditemukan: 3.')),
    });
    await button(page, 'Periksa nilai').waitFor();
    await page.evaluate(() => {
      (window as unknown as StubWindow).__stub.hold = true;
    });
    await button(page, 'Periksa nilai').focus();
    await page.keyboard.press('Enter');

    const busy = page.locator('button[aria-busy=true]');
    await busy.waitFor();
    expect(await busy.textContent()).toBe('Memeriksa…');
    expect(await busy.isDisabled()).toBe(true);
    expect(await button(page, 'Buat tab juri').isDisabled()).toBe(true);
    expect(await button(page, 'Muat ulang').isDisabled()).toBe(true);
    expect(await busy.locator('.spinner').count()).toBe(1);
    await shoot(page, 'busy');

    await page.evaluate(() => (window as unknown as StubWindow).__release());
    await waitForText(page, '[role=status]', 'Masalah ditemukan: 3.');
    const again = button(page, 'Periksa nilai');
    expect(await again.isEnabled()).toBe(true);
    expect(await again.getAttribute('aria-busy')).toBeNull();
    expect(await page.locator('button[aria-busy]').count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'check',
    );
    expect(await callsOf(page, 'checkScores')).toEqual([['id']]);
  });

  it('shows a server failure and a refused action in the alert region, in plain words', async () => {
    const page = await open({
      getSummary: ok(ranked),
      generateTabs: [{ fail: 'Exception: Service Spreadsheets timed out while accessing document' }],
      publishResults: ok(
        reply(ranked, 'Juri sedang menjalankan tindakan lain. Coba lagi sebentar lagi.', false),
      ),
    });
    await button(page, 'Buat tab juri').click();
    const alert = page.getByRole('alert');
    await waitForText(page, '[role=alert]', 'Juri tidak dapat menyelesaikan permintaan ini.');
    expect(await alert.textContent()).toContain(
      'Keterangan teknis: Exception: Service Spreadsheets timed out',
    );
    expect(await button(page, 'Buat tab juri').isEnabled()).toBe(true);

    await button(page, 'Terbitkan hasil').click();
    await waitForText(page, '[role=alert]', 'Juri sedang menjalankan tindakan lain.');
    expect(await alert.textContent()).toBe('Juri sedang menjalankan tindakan lain. Coba lagi sebentar lagi.');
    expect(await page.locator('#status').textContent()).toBe('');

    await button(page, 'Tutup pesan').click();
    expect(await alert.textContent()).toBe('');
  });

  it('asks before publishing as a new file, in the publish step, and sends the choice', async () => {
    const page = await open({
      getSummary: ok(published),
      publishResults: [
        {
          value: reply(
            published,
            'Hasil sebelumnya diterbitkan oleh sekretariat@example.go.id. Minta dia menerbitkan, atau terbitkan sebagai berkas baru.',
            false,
            true,
          ),
        },
        { value: reply(published, 'Tidak ada yang diterbitkan.', false, true) },
        { value: reply(published, 'Hasil diterbitkan.') },
      ],
    });
    await button(page, 'Terbitkan hasil').click();
    const confirm = page
      .locator('#step-publish')
      .getByRole('group', { name: /diterbitkan oleh sekretariat/ });
    await confirm.waitFor();
    expect(await page.locator('#step-ranking [role=group]').count()).toBe(0);
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await waitForText(page, '[role=status]', 'Tautan yang sudah dibagikan tetap sama');
    expect(await callsOf(page, 'publishResults')).toEqual([[false, 'id', false]]);

    await button(page, 'Terbitkan hasil').click();
    await page.locator('#step-publish [role=group]').waitFor();
    await page.getByRole('button', { name: 'Ya, berkas baru' }).click();
    await waitForText(page, '[role=status]', 'Hasil diterbitkan.');
    expect(await callsOf(page, 'publishResults')).toEqual([
      [false, 'id', false],
      [false, 'id', false],
      [false, 'id', true],
    ]);
  });

  it('checks the environment and shows the report one finding a line', async () => {
    const report =
      'Lingkungan siap untuk Juri. Tidak ada yang diubah di spreadsheet ini.\n✓ Izin drive.file: diberikan.\n✓ Juri Sri Lestari (sri.lestari@situbondokab.go.id) dapat dijadikan editor rentang yang dilindungi.';
    const page = await open({ getSummary: ok(ranked), checkEnvironment: ok(reply(ranked, report)) });
    const section = page.getByRole('region', { name: 'Sebelum penjurian dimulai' });
    await section.getByRole('button', { name: 'Periksa lingkungan' }).click();
    await waitForText(page, '[role=status]', 'Lingkungan siap untuk Juri.');
    expect(await callsOf(page, 'checkEnvironment')).toEqual([['id']]);
    expect(
      await page.locator('[role=status]').evaluate((el) => (el as HTMLElement).innerText.split('\n')),
    ).toEqual(report.split('\n'));
  });

  it('refreshes with one getSummary call', async () => {
    const page = await open({ getSummary: [{ value: tabsPartial }, { value: checkProblems }] });
    await page.locator('#step-check').waitFor();
    await button(page, 'Muat ulang').click();
    await waitForText(page, '#step-check .count', 'Kesalahan: 2');
    expect(await calls(page)).toEqual([
      { name: 'getSummary', args: [null] },
      { name: 'getSummary', args: ['id'] },
    ]);
  });

  it('shows the first problems of each juror and brings the rest when asked', async () => {
    const page = await open({
      getSummary: ok(manyWarnings),
      getProblems: [{ value: sariPage(3) }, { value: sariPage(53) }],
    });
    const check = page.locator('#step-check');
    await check.locator('h3').first().waitFor();
    expect(await check.locator('h3').allTextContents()).toEqual(['Sari Wulandari (57)']);
    expect(await check.locator('h4').allTextContents()).toEqual(['Peringatan (57)']);
    expect(await check.locator('button.problem').count()).toBe(3);

    await button(page, 'Tampilkan 50 lagi (semua: 57)').click();
    await page.waitForFunction(() => document.querySelectorAll('#step-check button.problem').length === 53);
    expect(await callsOf(page, 'getProblems')).toEqual([['check', 'Sari Wulandari', 3, 'id']]);
    expect(await check.locator('button.problem .where').nth(52).textContent()).toBe(
      "'Sari – Presentasi'!F58",
    );

    await button(page, 'Tampilkan 4 lagi (semua: 57)').click();
    await page.waitForFunction(() => document.querySelectorAll('#step-check button.problem').length === 57);
    expect(await callsOf(page, 'getProblems')).toEqual([
      ['check', 'Sari Wulandari', 3, 'id'],
      ['check', 'Sari Wulandari', 53, 'id'],
    ]);
    expect(await check.getByRole('button', { name: /Tampilkan/ }).count()).toBe(0);
    // A click on one of the loaded problems goes to its cell like any other.
    await check.locator('button.problem').nth(56).click();
    await page.waitForFunction(() =>
      (window as unknown as StubWindow).__calls.some((c) => c.name === 'selectCell'),
    );
    expect(await callsOf(page, 'selectCell')).toEqual([['Sari – Presentasi', 'F62']]);
  });

  it.each([
    ['welcome', noSetup],
    ['setup problems', setupWithProblems],
    ['check problems', checkProblems],
    ['cut changed', cutChanged],
    ['many warnings', manyWarnings],
    ['published', published],
    ['English', publishedEn],
  ])('fits 300 px with no horizontal scroll and names every control (%s)', async (_name, summary) => {
    const page = await open({ getSummary: ok(summary) });
    await page.locator('#app section').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    const controls = nodes.filter(
      (n) =>
        !n.ignored && ['button', 'checkbox', 'link', 'textbox', 'combobox'].includes(n.role?.value ?? ''),
    );
    expect(controls.length).toBeGreaterThanOrEqual(3);
    expect(controls.filter((n) => !(n.name?.value ?? '').trim())).toEqual([]);
  });

  it.each([
    ['welcome', noSetup],
    ['setup problems', setupWithProblems],
    ['progress', tabsPartial],
    ['check problems', checkProblems],
    ['many warnings', manyWarnings],
    ['ranking', ranked],
    ['published', published],
    ['English', publishedEn],
  ])('passes axe-core’s WCAG 2.1 AA checks, contrast included (%s)', async (_name, summary) => {
    const page = await open({ getSummary: ok(summary) });
    await page.locator('#app section').first().waitFor();
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: unknown,
            ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
    expect(violations).toEqual([]);
  });

  it('shows a changed cut with what would change, and confirms it only when asked', async () => {
    const page = await open({
      getSummary: ok(cutChanged),
      confirmCut: ok(reply(tabsPartial, 'Batas baru dikonfirmasi: Kunjungan lapangan.')),
    });
    const tabs = page.locator('#step-tabs');
    await tabs.locator('#cut-changed').waitFor();
    expect(await tabs.locator('#cut-changed p').allTextContents()).toEqual([
      'Pengaturan sekarang akan mengubah peserta tahap yang tabnya sudah dibuat. Peserta tetap seperti semula sampai Anda mengonfirmasi batas baru.',
      CUT_TEXT,
    ]);
    expect(await callsOf(page, 'confirmCut')).toEqual([]);
    await shoot(page, 'cut-changed');
    await button(page, 'Konfirmasi batas baru').click();
    await waitForText(page, '[role=status]', 'Batas baru dikonfirmasi');
    expect(await callsOf(page, 'confirmCut')).toEqual([['id']]);
    // Once applied, the question is gone.
    expect(await tabs.locator('#cut-changed').count()).toBe(0);
    expect(await button(page, 'Konfirmasi batas baru').count()).toBe(0);
  });

  it('creates a competition from the template chosen, in English too', async () => {
    for (const [summary, choose, run, lang] of [
      [noSetup, 'Nasional (KIPP)', 'Buat dari templat', 'id'],
      [{ ...noSetup, lang: 'en' as const }, 'Nation (KIPP)', 'Create from the template', 'en'],
    ] as const) {
      const page = await open({
        getSummary: ok(summary),
        newFromPreset: ok(reply(setupWithProblems, 'Setup created.')),
      });
      await page.locator('#preset').waitFor();
      expect(await page.locator('#preset option').allTextContents()).toHaveLength(3);
      await page.selectOption('#preset', { label: choose });
      await button(page, run).click();
      await waitForText(page, '[role=status]', 'Setup created.');
      expect(await callsOf(page, 'newFromPreset')).toEqual([['nation', lang]]);
    }
  });

  it('imports entries from the sheet chosen, with its columns matched once', async () => {
    const sources = {
      sources: [
        {
          sheet: 'Form Responses 1',
          headers: ['Timestamp', 'Judul', 'OPD', 'Kategori'],
          rows: 12,
          mapping: { title: 2, agency: 3, category: 4 },
        },
        { sheet: HOSTILE_TITLE, headers: ['x'], rows: 1, mapping: {} },
      ],
    };
    const page = await open({
      getSummary: ok({ ...validSetup, lang: 'en' }),
      importSources: ok(sources),
      importEntries: ok(reply({ ...validSetup, lang: 'en' }, '12 entries imported.')),
    });
    await button(page, 'Import entries').click();
    await page.locator('.import-form').waitFor();
    expect(await page.locator('#import-source option').allTextContents()).toEqual([
      'Form Responses 1 (12 rows)',
      `${HOSTILE_TITLE} (1 rows)`,
    ]);
    expect(await page.locator('#import-category').inputValue()).toBe('4');
    expect(await page.locator('#import-group').inputValue()).toBe('0');
    expect(await page.locator('#import-title option').allTextContents()).toEqual([
      '— not imported —',
      'Column A: Timestamp',
      'Column B: Judul',
      'Column C: OPD',
      'Column D: Kategori',
    ]);
    // The secretariat says the category column is not to be imported.
    await page.selectOption('#import-category', '0');
    await button(page, 'Import').click();
    await waitForText(page, '[role=status]', '12 entries imported.');
    expect(await callsOf(page, 'importEntries')).toEqual([
      ['Form Responses 1', 'en', { title: 2, agency: 3, category: 0, group: 0, region: 0 }],
    ]);
    // Done: the form closes.
    expect(await page.locator('.import-form').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as StubWindow).__xss)).toBeUndefined();
  });

  it('says where to put the list when there is no sheet to import from', async () => {
    const page = await open({ getSummary: ok(validSetup), importSources: ok({ sources: [] }) });
    await button(page, 'Impor peserta').click();
    await waitForText(page, '#step-setup', 'Belum ada lembar lain');
  });

  it('lists each late juror with the links that send the reminder, in both languages', async () => {
    const reminder = {
      jurorId: 'j2',
      name: HOSTILE_JUROR,
      email: 'budi@example.go.id',
      text: 'Yth. Budi,\nmasih ada 18 nilai kosong di tab Budi – Presentasi.',
      mailto: 'mailto:budi@example.go.id?subject=Pengingat&body=Yth.%20Budi',
      whatsapp: 'https://wa.me/6281234567890?text=Yth.%20Budi',
      stages: [{ stage: 'Presentasi', sheet: 'Budi – Presentasi', missing: 18, total: 30, daysLate: 3 }],
    };
    for (const [summary, run, email, whatsapp] of [
      [tabsPartial, 'Ingatkan juri', 'Kirim lewat email', 'Kirim lewat WhatsApp'],
      [{ ...tabsPartial, lang: 'en' as const }, 'Remind jurors', 'Send by email', 'Send by WhatsApp'],
    ] as const) {
      const page = await open({
        getSummary: ok(summary),
        remindJurors: ok({ ...reply(summary, '1 late.'), reminders: [reminder] }),
      });
      await button(page, run).click();
      await page.locator('.reminder').waitFor();
      expect(await page.locator('.reminder h4').allTextContents()).toEqual([HOSTILE_JUROR]);
      expect(await page.locator('.reminder-text').textContent()).toBe(reminder.text);
      expect(await page.getByRole('link', { name: email }).getAttribute('href')).toBe(reminder.mailto);
      expect(await page.getByRole('link', { name: whatsapp }).getAttribute('href')).toBe(reminder.whatsapp);
      expect(await callsOf(page, 'remindJurors')).toEqual([[summary.lang]]);
      expect(await page.evaluate(() => (window as unknown as StubWindow).__xss)).toBeUndefined();
    }
  });

  it('never makes a link of a reminder whose addresses are not mail or WhatsApp', async () => {
    const page = await open({
      getSummary: ok(tabsPartial),
      remindJurors: ok({
        ...reply(tabsPartial, '1 late.'),
        reminders: [
          {
            jurorId: 'j9',
            name: 'X',
            email: '',
            text: 'x',
            mailto: 'javascript:window.__xss=3',
            whatsapp: 'javascript:window.__xss=4',
            stages: [],
          },
        ],
      }),
    });
    await button(page, 'Ingatkan juri').click();
    await page.locator('.reminder').waitFor();
    expect(await page.locator('.reminder a').count()).toBe(0);
  });

  it('says so when opened outside Google Sheets', async () => {
    const page = await open(null);
    await waitForText(page, '[role=alert]', 'Panel ini hanya berjalan di dalam Google Sheets.');
  });
});
