/**
 * An independent reader: LibreOffice opens the demo workbook and its Ranking
 * sheet, converted to CSV, shows the ranking `juri rank --json` prints
 * (ids, places and final scores to 2 decimals).
 */
import { join } from 'node:path';
import { juri, removeTempDirs, tempDir } from './cliRun';
import { convertToCsv, libreOfficeAvailable, parseCsv } from './libreoffice';

afterAll(removeTempDirs);
// LibreOffice takes seconds to start; the limit only stops a hang.
jest.setTimeout(180_000);

interface RankJson {
  categories: { name: string; entries: { rank: number | null; id: string; score: number | null }[] }[];
}

/**
 * The ranked rows of each category block of the Ranking sheet: a block starts
 * with "Kategori: <name>", its header row has "ID" in column B, and its rows
 * run to the next blank row.
 */
function rankingBlocks(
  rows: string[][],
): { name: string; rows: { place: string; id: string; score: string }[] }[] {
  const blocks: { name: string; rows: { place: string; id: string; score: string }[] }[] = [];
  let scoreCol = -1;
  for (const row of rows) {
    const first = row[0] ?? '';
    if (first.startsWith('Kategori: ')) {
      blocks.push({ name: first.slice('Kategori: '.length), rows: [] });
      scoreCol = -1;
    } else if (row[1] === 'ID') {
      scoreCol = row.indexOf('Nilai akhir');
    } else if (scoreCol >= 0 && row.every((cell) => cell === '')) {
      scoreCol = -1;
    } else if (scoreCol >= 0) {
      blocks[blocks.length - 1].rows.push({ place: first, id: row[1], score: row[scoreCol] });
    }
  }
  return blocks;
}

const twoDecimals = (n: number | string | null) => (n === null || n === '' ? '' : Number(n).toFixed(2));

describe('the demo workbook read by LibreOffice', () => {
  const available = libreOfficeAvailable('the Ranking sheet read back by LibreOffice');
  (available ? it : it.skip)('shows the ranking that juri rank --json prints', async () => {
    const path = join(tempDir(), 'demo.xlsx');
    expect((await juri(['demo', '--out', path])).code).toBe(0);
    const ranked = await juri(['rank', path, '--json']);
    expect(ranked.code).toBe(0);
    const json = JSON.parse(ranked.out) as RankJson;

    const blocks = rankingBlocks(parseCsv(await convertToCsv(path, 'Peringkat')));
    const fromJson = json.categories.map((k) => ({
      name: k.name,
      rows: k.entries.map((e) => ({
        place: e.rank === null ? '' : String(e.rank),
        id: e.id,
        score: twoDecimals(e.score),
      })),
    }));
    const fromLibreOffice = blocks.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({ ...r, score: twoDecimals(r.score) })),
    }));
    expect(fromLibreOffice).toEqual(fromJson);
    // Every entry of the demo is there: six, in three categories.
    expect(fromLibreOffice.flatMap((b) => b.rows.map((r) => r.id)).sort()).toEqual([
      '001',
      '002',
      '003',
      '004',
      '005',
      '006',
    ]);
  });
});
