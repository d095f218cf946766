/**
 * The guides' pictures of the official documents: the regency demo through
 * `juri minutes --pdf` (LibreOffice), then the first page of the final
 * Berita Acara and the first Lembar Penilaian rendered by pdftoppm into
 * docs/images/. Needs `npm run build`, LibreOffice and poppler-utils.
 *
 *   node scripts/documents-pictures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const juri = join(root, 'build', 'juri.cjs');
const dir = mkdtempSync(join(tmpdir(), 'juri-pictures-'));
try {
  const xlsx = join(dir, 'demo.xlsx');
  const pdf = join(dir, 'dokumen.pdf');
  execFileSync(process.execPath, [juri, 'demo', '--out', xlsx], { stdio: 'ignore' });
  execFileSync(process.execPath, [juri, 'minutes', xlsx, '--pdf', pdf], { stdio: 'inherit' });
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
  /** @param {string} text */
  const pagesWith = (text) => pages.flatMap((p, i) => (p.includes(text) ? [i + 1] : []));
  /** @type {[string, number][]} */
  const wanted = [
    // The final minutes: the last Berita Acara of the file.
    ['berita-acara.png', pagesWith('BERITA ACARA HASIL PENILAIAN').pop() ?? 0],
    ['lembar-penilaian.png', pagesWith('LEMBAR PENILAIAN')[0]],
  ];
  for (const [name, page] of wanted) {
    const stem = join(dir, name.replace('.png', ''));
    execFileSync('pdftoppm', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-r',
      '60',
      '-png',
      '-singlefile',
      pdf,
      stem,
    ]);
    copyFileSync(`${stem}.png`, join(root, 'docs', 'images', name));
    console.log(`docs/images/${name}: page ${page} of ${pages.filter((p) => p.trim()).length}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
