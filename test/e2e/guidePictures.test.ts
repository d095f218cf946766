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
import { recuse, reopen, tickSubmitted, typeScores, type Typing } from '../../src/workflow/typeScores';
import type { FakeApps } from '../fakes';
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

/**
 * A juror tab as Sheets shows its top rows: values (formulas shown as the
 * juror sees them: the live total worked out, progress counted), backgrounds,
 * bold, and checkboxes, laid out with the tab's own column widths.
 */
function tabHtml(fake: FakeApps, name: string, widths: number[], rows: number): string {
  const data = fake.inspect().sheets.find((x) => x.name === name)!;
  const { lastCol } = data.extent();
  const wb = readWorkbook(port(fake));
  const tab = wb.tabs.find((t) => t.sheet === name)!;
  const criteria = wb.setup!.competition.criteria.filter((k) => k.stageId === tab.stageId);
  const escape = (t: string) => t.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const shown = (r: number, c: number): string => {
    const cell = data.cell(r, c);
    if (cell?.validation?.criteria === 'CHECKBOX') return cell.value === true ? '☑' : '☐';
    if (cell?.formula) {
      if (r === 3) {
        const done = tab.rows.filter(
          (x) => x.recused === true || criteria.every((k) => typeof x.scores[k.id] === 'number'),
        );
        return `${done.length} / ${tab.rows.length}`;
      }
      const row = tab.rows.find((x) => x.row === r);
      if (!row || !criteria.every((k) => typeof row.scores[k.id] === 'number')) return '';
      const total = criteria.reduce((sum, k) => sum + (Number(row.scores[k.id]) * k.weight) / 100, 0);
      return (Math.round(total * 100) / 100).toFixed(2).replace('.', ',');
    }
    const v = cell?.value;
    return v === undefined || v === null ? '' : String(v);
  };
  const body = Array.from({ length: rows }, (_, i) => {
    const r = i + 1;
    // Row 1's pakta runs on over the empty cells to its right, as long text does in Sheets.
    const last = r === 1 ? 3 : lastCol;
    const tds = Array.from({ length: last }, (_, j) => {
      const c = j + 1;
      const span = r === 1 && c === 3 ? ` colspan="${lastCol - 2}"` : '';
      const cell = data.cell(r, c);
      const style = [
        cell?.background ? `background:${cell.background}` : '',
        cell?.bold ? 'font-weight:bold' : '',
        cell?.validation?.criteria === 'CHECKBOX' ? 'text-align:center;font-size:15px' : '',
      ].join(';');
      return `<td${span} style="${style}">${escape(shown(r, c))}</td>`;
    }).join('');
    return `<tr><th>${r}</th>${tds}</tr>`;
  }).join('');
  const cols = widths
    .slice(0, lastCol)
    .map((w) => `<col style="width:${w}px">`)
    .join('');
  const width = 28 + widths.slice(0, lastCol).reduce((a, b) => a + b, 0);
  const letters = Array.from({ length: lastCol }, (_, j) => `<th>${String.fromCharCode(65 + j)}</th>`).join(
    '',
  );
  return `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;font:12px Arial,sans-serif}
    table{border-collapse:collapse;table-layout:fixed}
    td,th{border:1px solid #e2e3e3;padding:3px 4px;white-space:nowrap;overflow:hidden;height:18px}
    th{background:#f8f9fa;color:#5f6368;font-weight:normal;width:28px}
  </style><table style="width:${width}px"><col style="width:28px">${cols}<tr><th></th>${letters}</tr>${body}</table>`;
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

  it('shows the integrity cells: pakta, a recusal, submitting, tampering and the three progress states', async () => {
    const clock = fixedClock('2018-10-16T09:00:00+07:00');
    const s = server({ Date: clock.Date });
    const sheets = () => port(s.fake);
    const page = await open(browser, s.call);
    await page.getByText('Selamat datang di Juri').waitFor();
    await click(page, 'Kompetisi baru dengan contoh kabupaten');
    await click(page, 'Buat tab juri');
    const tabOf = (stage: string, juror: string) =>
      readWorkbook(sheets()).tabs.find((t) => t.stageId === stage && t.jurorId === juror)!.sheet;
    // Sri Lestari once coached the e-Kinerja team: she declares it and withdraws from that entry.
    recuse(sheets(), tabOf('presentasi', 'j3'), '004', 'Pernah mendampingi tim inovasi ini');
    scoreEverything(sheets());
    // Every tab is submitted but Bambang's field visit, which still misses a score, and Sri's, complete but not submitted.
    for (const t of readWorkbook(sheets()).tabs)
      if (t.sheet !== tabOf('lapangan', 'j2') && t.sheet !== tabOf('lapangan', 'j3'))
        tickSubmitted(sheets(), t.sheet);
    typeScores(sheets(), tabOf('lapangan', 'j2'), { '003': { manfaat: null } });
    await click(page, 'Periksa nilai');
    expect(await page.locator('#step-progress').innerText()).toMatch(
      /diserahkan[\s\S]*sedang dinilai[\s\S]*lengkap/,
    );
    await picture(page, 'progress-states', { element: '#step-progress' });

    // The juror tab itself, as Sri sees it after the check recorded her submission.
    const sri = tabOf('presentasi', 'j3');
    const tabPage = await browser.newPage({ viewport: { width: 1400, height: 300 } });
    await tabPage.setContent(
      tabHtml(s.fake, sri, [100, 240, 240, 100, 100, 100, 100, 240, 240, 240, 100, 100], 11),
    );
    await tabPage.locator('table').screenshot({ path: join(guide, 'juror-tab.png'), animations: 'disabled' });
    await tabPage.close();

    // Someone changes a submitted score: Check names the cell, until the secretariat reopens the tab with a reason.
    typeScores(sheets(), tabOf('presentasi', 'j1'), { '002': { video: 60 } });
    await click(page, 'Periksa nilai');
    await page
      .getByText(/berubah dari "\d+" menjadi "60"/)
      .first()
      .waitFor();
    await picture(page, 'check-tampered', { element: '#step-check' });
    reopen(sheets(), tabOf('presentasi', 'j1'), 'Salah ketik nilai video, dikoreksi atas persetujuan ketua');
    await click(page, 'Periksa nilai');
    expect(await page.locator('#step-check').innerText()).not.toMatch(/berubah dari/);
    await page.close();
  });
});
