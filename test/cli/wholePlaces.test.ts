/**
 * A place is a whole number wherever the Ranking is shown: the regency demo's
 * Ranking as Excel or LibreOffice shows it from the .xlsx (read by LibreOffice,
 * as shown), and as Sheets shows it through the Apps Script port.
 */
import { join } from 'node:path';
import * as workflow from '../../src/workflow/actions';
import { fakeWorkbook, scoreEverything } from '../workflow/helpers';
import { juri, removeTempDirs, tempDir } from './cliRun';
import { convertToCsv, libreOfficeAvailable, parseCsv } from './libreoffice';

afterAll(removeTempDirs);

/** Rows of a Ranking's category tables: the header row is the one whose first cell is the place heading. */
function placeRows(rows: readonly string[][], heading: string): string[][] {
  const out: string[][] = [];
  let inTable = false;
  for (const row of rows) {
    if (row[0] === heading) inTable = true;
    else if (row.every((cell) => cell === '')) inTable = false;
    else if (inTable && row[0] !== '') out.push(row);
  }
  return out;
}

describe('places on the Ranking are whole numbers', () => {
  it('in the .xlsx, as LibreOffice shows the demo', async () => {
    if (!libreOfficeAvailable('whole places in the .xlsx')) return;
    const file = join(tempDir(), 'demo.xlsx');
    expect((await juri(['demo', '--out', file])).code).toBe(0);
    const rows = parseCsv(await convertToCsv(file, 'Peringkat', { asShown: true }));
    const placed = placeRows(rows, 'Peringkat');
    expect(placed.length).toBeGreaterThanOrEqual(5);
    for (const row of placed) {
      expect(row[0]).toMatch(/^\d+$/);
      // Scores keep their two decimals next to it.
      expect(row[4]).toMatch(/^\d+[.,]\d\d$/);
    }
  }, 180_000);

  it('through the Sheets port, as Sheets shows the demo', () => {
    const { fake, port } = fakeWorkbook();
    workflow.newCompetition(port, { example: true, lang: 'id' });
    workflow.generateTabs(port);
    scoreEverything(port);
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-28 10:00' }).ok).toBe(
      true,
    );
    const range = fake.spreadsheet.getSheetByName('Peringkat')!.getDataRange();
    const shown = range.getDisplayValues();
    const formats = range.getNumberFormats();
    const placed = placeRows(shown, 'Peringkat');
    expect(placed.length).toBeGreaterThanOrEqual(5);
    for (const row of placed) {
      expect(row[0]).toMatch(/^\d+$/);
      expect(row[4]).toMatch(/^\d+,\d\d$/);
    }
    const rowsWithPlace = shown.flatMap((row, r) => (/^\d+$/.test(row[0]) ? [r] : []));
    for (const r of rowsWithPlace) expect(formats[r][0]).toBe('0');
  });
});
