/**
 * `juri minutes` on the regency demo, through LibreOffice: the PDF's text
 * holds what the official record must, and no signature block is split
 * across two pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { formatScore } from '../../src/i18n';
import { juri, removeTempDirs, tempDir } from './cliRun';
import { libreOfficeAvailable } from './libreoffice';

// LibreOffice takes seconds to start and convert, more on a loaded machine.
jest.setTimeout(240_000);
afterAll(removeTempDirs);

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
const withLibreOffice = libreOfficeAvailable('juri minutes --pdf') && pdftotext !== undefined ? it : it.skip;

/** The text of each page, words separated by single spaces. */
function pages(pdf: string): string[] {
  const text = execFileSync(pdftotext!, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

const JURORS = [
  ['Dr. Ratna Wulandari', 'Ketua'],
  ['Bambang Hermawan', 'Anggota'],
  ['Sri Lestari', 'Sekretaris'],
];

describe('juri minutes on the regency demo', () => {
  withLibreOffice(
    'writes the sheets and one PDF with the date in words, the jury, every score, the dropped category and the fingerprint',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'demo.xlsx');
      expect((await juri(['demo', '--out', file])).code).toBe(0);
      const ranked = JSON.parse((await juri(['rank', file, '--json'])).out) as {
        fingerprint: string;
        categories: { entries: { title: string; score: number }[] }[];
      };
      const pdf = join(dir, 'ba.pdf');
      const ran = await juri(['minutes', file, '--pdf', pdf]);
      expect(ran.err).not.toMatch(/Error|at .*\.ts/);
      expect(ran.code).toBe(0);
      const count = Number(/\((\d+) halaman, lewat LibreOffice\)/.exec(ran.out)?.[1]);
      const text = pages(pdf);
      expect(text.length).toBe(count);
      const all = text.join(' ');
      expect(all).toContain(
        'Pada hari ini Sabtu tanggal dua puluh delapan bulan November tahun dua ribu dua puluh enam, bertempat di Ruang Rapat Bagian Organisasi Sekretariat Daerah Kabupaten Situbondo',
      );
      for (const [name, role] of JURORS) expect(all).toContain(`${name} ${role}`);
      const final = all.slice(all.lastIndexOf('BERITA ACARA HASIL PENILAIAN'));
      for (const k of ranked.categories)
        for (const e of k.entries) {
          expect(final).toContain(e.title);
          expect(final).toContain(formatScore(e.score, 'id'));
        }
      expect(all).toContain(
        'Kategori Pelayanan publik inklusif tidak dilombakan karena hanya diikuti 1 inovasi, kurang dari minimal 2; inovasinya dinilai dalam kategori Kolaborasi.',
      );
      expect(all).toContain(`Sidik jari data: ${ranked.fingerprint}`);
      console.log(`juri minutes --pdf on the regency demo: ${count} pages`);
      // Every page's footer carries the fingerprint too.
      for (const page of text) expect(page).toContain(`sidik jari ${ranked.fingerprint}`);

      // A signature block is whole on one page: the grid's header, every juror, and "Mengetahui" with the official.
      const minutes = text.filter((p) => p.includes('Tanda tangan'));
      expect(minutes.length).toBe(3);
      for (const page of minutes) {
        const grid = page.slice(page.indexOf('Tanda tangan'));
        for (const [name] of JURORS) expect(grid).toContain(name);
        expect(grid).toContain('Mengetahui, Sekretaris Daerah Kabupaten Situbondo');
        expect(grid).toContain('Ir. Hadi Santoso, M.Si. NIP 196805171994031007');
      }
      // Each juror's score sheet starts on a page of its own and ends with that juror's signature on the same page.
      const sheets = text.filter((p) => p.includes('LEMBAR PENILAIAN'));
      expect(sheets.length).toBe(6);
      for (const page of sheets) {
        const juror = /Nama juri: (.+?) \(/.exec(page)![1];
        expect(page.slice(page.indexOf('Juri,'))).toContain(juror);
      }
    },
  );

  withLibreOffice(
    'stores real page setup in the .xlsx: F4, portrait, fit to width, print titles and breaks',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'demo.xlsx');
      await juri(['demo', '--out', file]);
      expect((await juri(['minutes', file])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ba = wb.getWorksheet('BA Hasil Akhir')!;
      expect(ba.pageSetup).toMatchObject({
        paperSize: 14,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
      });
      expect(ba.pageSetup.printArea).toMatch(/^A1:E\d+$/);
      const recap = wb.getWorksheet('Rekap Nilai Presentasi')!;
      expect(recap.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      // exceljs does not read page breaks back: the sheets' XML says them. The score sheets break before
      // their second and third juror, each on a page of their own.
      const parts = unzipSync(readFileSync(file));
      const sheets = Object.keys(parts)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => strFromU8(parts[p]));
      const paper = sheets.filter((x) => /<pageSetup [^>]*paperSize="14"/.test(x));
      expect(paper.length).toBe(9);
      const breaks = paper.map((x) => (x.match(/<brk /g) ?? []).length);
      expect(breaks.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(2);
    },
  );
});

describe('juri minutes without LibreOffice', () => {
  const saved = process.env.JURI_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.JURI_SOFFICE;
    else process.env.JURI_SOFFICE = saved;
  });

  it('writes the sheets, and says plainly that no PDF was made and what to do', async () => {
    process.env.JURI_SOFFICE = join(tempDir(), 'no-soffice-here');
    const dir = tempDir();
    const file = join(dir, 'demo.xlsx');
    await juri(['demo', '--out', file]);
    const ran = await juri(['minutes', file, '--pdf', join(dir, 'ba.pdf')]);
    expect(ran.code).toBe(1);
    expect(ran.out).toContain('9 dokumen resmi dibuat');
    expect(ran.err).toContain('LibreOffice (soffice) tidak terpasang, jadi PDF tidak dibuat.');
    expect(existsSync(join(dir, 'ba.pdf'))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('BA Hasil Akhir')).toBeDefined();
  });

  it('refuses an unknown stage and says which exist', async () => {
    const dir = tempDir();
    const file = join(dir, 'demo.xlsx');
    await juri(['demo', '--out', file]);
    const ran = await juri(['minutes', file, '--stage', 'final', '--lang', 'en']);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain(
      'There is no stage "final". Choose one of the stage IDs: presentasi, lapangan.',
    );
  });
});
