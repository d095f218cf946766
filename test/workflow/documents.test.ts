import { newWorkbook } from '../../src/cli/xlsxFile';
import { xlsxPort } from '../../src/cli/xlsxPort';
import { regencyExample } from '../../src/core/example';
import type { Competition } from '../../src/core/model';
import { syntheticCompetition, syntheticScores } from '../../src/core/synthetic';
import type { SpreadsheetPort } from '../../src/workbook/port';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import { makeDocuments, recordPlenaryDecisions } from '../../src/workflow/documents';
import { recuse, typeScores, typeWhereEmpty } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { fakeWorkbook, scoreEverything } from './helpers';

const NOW = '2026-11-28 10:00';
const TODAY = '2026-11-28';

function juryOn(port: SpreadsheetPort, c: Competition, score: (p: SpreadsheetPort) => void): void {
  writeSheet(port, renderSetup(c, c.lang), { create: true });
  expect(workflow.generateTabs(port).ok).toBe(true);
  score(port);
  expect(workflow.computeRankingAction(port, { allowIncomplete: false, now: NOW }).ok).toBe(true);
}

function valuesOf(port: SpreadsheetPort, names: string[]): Record<string, unknown[][]> {
  return Object.fromEntries(names.map((n) => [n, port.read(n)!.values]));
}

const text = (port: SpreadsheetPort, name: string) =>
  port
    .read(name)!
    .values.flat()
    .filter((v) => v !== null)
    .join('\n');

describe('the official documents of the regency example', () => {
  it('are the same cells through the Apps Script port on the fake and through the .xlsx port', () => {
    const { port: gas, fake } = fakeWorkbook();
    juryOn(gas, regencyExample(), scoreEverything);
    const xlsx = xlsxPort(newWorkbook(), { locale: 'id_ID' });
    juryOn(xlsx, regencyExample(), scoreEverything);
    const a = makeDocuments(gas, { allowIncomplete: false, today: TODAY });
    const b = makeDocuments(xlsx, { allowIncomplete: false, today: TODAY });
    expect(a.ok).toBe(true);
    expect(b.ok).toBe(true);
    const names = a.sheets.map((s) => s.name);
    expect(names).toEqual([
      'BA Presentasi',
      'Rekap Nilai Presentasi',
      'Lembar Nilai Presentasi',
      'Bahan Pleno Presentasi',
      'BA Kunjungan lapangan',
      'Rekap Nilai Kunjungan l…',
      'Lembar Nilai Kunjungan…',
      'Bahan Pleno Kunjungan l…',
      'BA Hasil Akhir',
    ]);
    expect(b.sheets.map((s) => s.name)).toEqual(names);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(valuesOf(gas, names)).toEqual(valuesOf(xlsx, names));
    // The Apps Script port laid the paragraphs out: merged across the page and wrapped.
    const sheet = fake.spreadsheet.getSheetByName('BA Hasil Akhir')!;
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A10').getWraps()[0][0]).toBe(true);
  });

  it('write the date in words, the jury with roles, the results, the dropped category and the fingerprint', () => {
    const { port } = fakeWorkbook();
    juryOn(port, regencyExample(), scoreEverything);
    const made = makeDocuments(port, { allowIncomplete: false, today: TODAY });
    const ba = text(port, 'BA Hasil Akhir');
    expect(ba).toContain(
      'Pada hari ini Sabtu tanggal dua puluh delapan bulan November tahun dua ribu dua puluh enam, bertempat di Ruang Rapat Bagian Organisasi',
    );
    for (const [name, role] of [
      ['Dr. Ratna Wulandari', 'Ketua'],
      ['Bambang Hermawan', 'Anggota'],
      ['Sri Lestari', 'Sekretaris'],
    ])
      expect(port.read('BA Hasil Akhir')!.values.some((r) => r[1] === name && r[2] === role)).toBe(true);
    expect(ba).toContain(
      'Kategori Pelayanan publik inklusif tidak dilombakan karena hanya diikuti 1 inovasi, kurang dari minimal 2; inovasinya dinilai dalam kategori Kolaborasi.',
    );
    expect(ba).toContain(`Sidik jari data: ${made.fingerprint} (SHA-256 `);
    const ranking = text(port, 'Peringkat');
    expect(ranking).toContain(made.fingerprint);
    expect(ba).toContain(
      'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    );
    expect(ba).toContain('Mengetahui,\nSekretaris Daerah Kabupaten Situbondo');
  });

  it('refuse stale scores unless confirmed, and then say so on every page', () => {
    const { port } = fakeWorkbook();
    juryOn(port, regencyExample(), scoreEverything);
    const tab = readWorkbook(port).tabs[0];
    typeScores(port, tab.sheet, { [tab.rows[0].entryId]: { [tab.criterionIds[0]]: 55 } });
    const refused = makeDocuments(port, { allowIncomplete: false, today: TODAY });
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBe(true);
    expect(refused.message.id).toMatch(/^Sheet Peringkat dihitung dari data yang berbeda/);
    expect(port.sheetNames().some((n) => n.startsWith('BA '))).toBe(false);
    const made = makeDocuments(port, { allowIncomplete: true, today: TODAY });
    expect(made.ok).toBe(true);
    for (const s of made.sheets)
      expect(text(port, s.name)).toContain('PERHATIAN: sheet Peringkat dihitung dari data yang berbeda');
  });

  it('are regenerated whole, and never overwrite a sheet of the same name that Juri did not make', () => {
    const { port } = fakeWorkbook();
    juryOn(port, regencyExample(), scoreEverything);
    makeDocuments(port, { allowIncomplete: false, today: TODAY });
    port.writeBlock('BA Presentasi', { row: 3, col: 1, values: [['diketik tangan']] });
    expect(makeDocuments(port, { allowIncomplete: false, today: TODAY }).ok).toBe(true);
    expect(text(port, 'BA Presentasi')).not.toContain('diketik tangan');
    port.deleteSheet('Rekap Nilai Presentasi');
    port.insertSheet('Rekap Nilai Presentasi');
    port.writeBlock('Rekap Nilai Presentasi', { row: 1, col: 1, values: [['rekap sendiri']] });
    const refused = makeDocuments(port, { allowIncomplete: false, today: TODAY });
    expect(refused.ok).toBe(false);
    expect(refused.message.id).toContain('Sheet "Rekap Nilai Presentasi" sudah ada dan bukan buatan Juri');
    expect(text(port, 'Rekap Nilai Presentasi')).toBe('rekap sendiri');
  });

  it('speak English in an English workbook', () => {
    const { port } = fakeWorkbook('en_US');
    juryOn(port, { ...regencyExample(), lang: 'en' }, scoreEverything);
    const made = makeDocuments(port, { allowIncomplete: false, today: TODAY });
    expect(made.sheets.map((s) => s.name)[0]).toBe('Minutes Presentasi');
    expect(text(port, 'Minutes Final Result')).toContain(
      'On this day, Saturday, the twenty-eighth day of November in the year two thousand and twenty-six, at Ruang Rapat',
    );
    expect(text(port, 'Minutes Final Result')).toContain('Chair');
  });
});

describe('the plenary list on the provincial-size synthetic competition', () => {
  const c = syntheticCompetition({
    entries: 260,
    jurors: 9,
    stages: 2,
    criteriaPerStage: 7,
    jurorsPerEntry: 3,
    categories: 4,
    seed: 20260,
    // The mean, so that two entries scored alike by different jurors tie.
    method: 'mean',
  });
  c.documents = { ...regencyExample().documents!, plenaryMargin: 1.5 };
  // Jurors of this synthetic jury stay within about 15 points of one another: a tighter threshold finds some.
  c.settings.disagreementThreshold = 10;

  it('names the entries at the cut, the ties and the disagreements, and a decision flows into the adjustments and the minutes', () => {
    const { port } = fakeWorkbook();
    juryOn(port, c, (p) =>
      typeWhereEmpty(
        p,
        (stageId, jurorId, entryIds) => {
          const typed = syntheticScores(c, stageId, jurorId, entryIds, 20260);
          // Two entries of one category scored alike by everyone: a tie that no tie-break separates.
          for (const id of ['004', '008'])
            if (typed[id]) for (const k of Object.keys(typed[id])) typed[id][k] = 90;
          return typed;
        },
        TODAY,
      ),
    );
    const made = makeDocuments(port, { allowIncomplete: false, today: TODAY });
    expect(made.ok).toBe(true);
    const plenaryName = made.sheets
      .map((x) => x.name)
      .filter((n) => n.startsWith('Bahan Pleno'))
      .pop()!;
    const rows = port.read(plenaryName)!.values;
    const kinds = (kind: string) => rows.filter((r) => r[1] === kind);
    expect(kinds('Di batas lolos').length).toBeGreaterThan(0);
    expect(
      kinds('Seri')
        .map((r) => r[2])
        .sort(),
    ).toEqual(expect.arrayContaining(['004', '008']));
    expect(kinds('Selisih antarjuri').length).toBeGreaterThan(0);
    // Each cut item is within the margin of the lowest advancing score of its category.
    for (const r of kinds('Di batas lolos')) expect(String(r[4])).toMatch(/selisih (0|1)(,\d+)?\)/);

    // The plenary decides to move one entry at the cut to place 1, with a reason.
    const at = rows.findIndex((r) => r[1] === 'Di batas lolos');
    const entryId = String(rows[at][2]);
    port.writeBlock(plenaryName, {
      row: at + 1,
      col: 6,
      values: [['Pindahkan ke peringkat', 1, 'Dampak terbukti di lapangan']],
    });
    const again = makeDocuments(port, { allowIncomplete: false, today: TODAY });
    expect(again.pendingDecisions).toBe(1);
    // Regenerated, the list keeps what was typed.
    const kept = port.read(plenaryName)!.values.find((r) => r[2] === entryId && r[1] === 'Di batas lolos')!;
    expect(kept.slice(5)).toEqual(['Pindahkan ke peringkat', 1, 'Dampak terbukti di lapangan']);

    const recorded = recordPlenaryDecisions(port, { allowIncomplete: false, today: TODAY, now: NOW });
    expect(recorded.ok).toBe(true);
    expect(recorded.pendingDecisions).toBe(0);
    const setup = readWorkbook(port).setup!.competition;
    expect(setup.adjustments).toEqual([
      {
        kind: 'move',
        entryId,
        toPlace: 1,
        reason: 'Keputusan rapat pleno Presentasi dan wawancara: Dampak terbukti di lapangan',
      },
    ]);
    const ba = text(port, 'BA Hasil Akhir');
    expect(ba).toContain('dipindah ke peringkat 1');
    expect(ba).toContain('Keputusan rapat pleno Presentasi dan wawancara: Dampak terbukti di lapangan');
    expect(ba).toContain('Alasan: Dampak terbukti di lapangan. Dicatat sebagai penyesuaian manual.');
    const ranking = port.read('Peringkat')!.values.find((r) => r[1] === entryId)!;
    expect(ranking[0]).toBe(1);
  });
});

describe('a juror who withdrew from an entry in their tab (Conflict / Abstain)', () => {
  it.each([
    ['Google Sheets (fake)', () => fakeWorkbook().port],
    ['.xlsx', () => xlsxPort(newWorkbook(), { locale: 'id_ID' })],
  ])('is listed with the reason in the Berita Acara and on the score sheet (%s)', (_, make) => {
    const port = make();
    const c = regencyExample();
    writeSheet(port, renderSetup(c, c.lang), { create: true });
    expect(workflow.generateTabs(port).ok).toBe(true);
    const tab = readWorkbook(port).tabs.find(
      (t) => t.stageId === 'presentasi' && t.rows.some((r) => r.entryId === '004'),
    )!;
    const juror = c.jurors.find((j) => j.id === tab.jurorId)!;
    const entry = c.entries.find((e) => e.id === '004')!;
    recuse(port, tab.sheet, '004', 'Pernah mendampingi tim ini');
    scoreEverything(port);
    expect(workflow.computeRankingAction(port, { allowIncomplete: false, now: NOW }).ok).toBe(true);
    expect(makeDocuments(port, { allowIncomplete: false, today: TODAY }).ok).toBe(true);
    expect(text(port, 'BA Presentasi')).toContain(
      `${juror.name} mengundurkan diri dari penilaian ${entry.title} (Konflik / Abstain): Pernah mendampingi tim ini.`,
    );
    expect(text(port, 'BA Hasil Akhir')).toContain(
      `${juror.name} mengundurkan diri dari penilaian ${entry.title}`,
    );
    const sheet = port.read('Lembar Nilai Presentasi')!.values;
    const row = sheet.find(
      (r) => r[1] === entry.title && r.includes('Mengundurkan diri: Pernah mendampingi tim ini'),
    );
    expect(row).toBeDefined();
  });
});
