import fc from 'fast-check';
import { regencyExample } from '../../src/core/example';
import type { Adjustment, Competition, Problem, StageEntryRule, TieBreak } from '../../src/core/model';
import { validateCompetition } from '../../src/core/validate';
import { setupSheetLabels } from '../../src/i18n/setupSheet';
import type { CellValue, SheetSnapshot } from '../../src/workbook/port';
import type { RenderedSheet } from '../../src/workbook/render';
import { normalizeLabel, readNumber, readYesNo } from '../../src/workbook/setup/cells';
import { percentFromFractions } from '../../src/workbook/setup/parse';
import {
  blankCompetition,
  findSetupSheet,
  parseSetup,
  renderSetup,
  setupSheetName,
} from '../../src/workbook/setupSheet';

/*
 * The regency example as rendered (both languages place it alike):
 *   A4 Kompetisi: B5 name, B6 year, B7 language, B8 secretariat emails
 *   A10 Kategori: header 11, rows 12-15, spares 16-19
 *   A21 Tahap: header 22, rows 23-24, spares 25-28
 *   A30 Kriteria: header 31, rows 32-38 (presentasi 32-35), spares 39-42; weight in D
 *   A44 Juri: header 45, rows 46-48, spares 49-52; role in F, NIP/NIDN in G
 *   A54 Pengaturan peringkat: B55 method ... B60 disagreement threshold
 *   A62 Urutan penentu seri: header 63, rows 64-65, spares 66-69
 *   A71 Penyesuaian manual: header 72, spares 73-76
 *   A78 Dokumen resmi: B79 numbers, B80 place, B81 date, B82 letterhead, B83-B85 "Mengetahui"
 *       (title, name, NIP), B86 paper, B87 plenary margin
 *   A89 Konflik kepentingan: header 90, spares 91-94
 *   A96 Penilaian juri: B97 where jurors score, B98 identifying columns
 *   A100 Peserta: header 101, rows 102-107, spares 108-111; category in D
 */

function snapshot(sheet: RenderedSheet, name = sheet.name): SheetSnapshot {
  const values = sheet.block.values.map((row) => [...row]);
  return { name, values, formulas: values.map((row) => row.map(() => '')) };
}

function cellIndex(a1: string): [number, number] {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (m === null) throw new Error(`bad cell ${a1}`);
  return [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
}

function set(s: SheetSnapshot, a1: string, value: CellValue): void {
  const [r, c] = cellIndex(a1);
  s.values[r][c] = value;
}

function get(s: SheetSnapshot, a1: string): CellValue {
  const [r, c] = cellIndex(a1);
  return s.values[r][c];
}

function exampleSheet(lang: 'id' | 'en' = 'id'): SheetSnapshot {
  return snapshot(renderSetup(regencyExample(), lang));
}

function codesAt(problems: { code: string; cell: string }[]): string[] {
  return problems.map((p) => `${p.code}@${p.cell}`);
}

describe('sheet names', () => {
  it('names the sheet in its language', () => {
    expect(setupSheetName('id')).toBe('Pengaturan');
    expect(setupSheetName('en')).toBe('Setup');
  });
  it('finds either name, the Indonesian one first', () => {
    expect(findSetupSheet(['Nilai', 'Setup', 'Pengaturan'])).toBe('Pengaturan');
    expect(findSetupSheet(['Presentasi – j1', 'setup'])).toBe('setup');
    expect(findSetupSheet(['Sheet1'])).toBeNull();
  });
});

describe('the regency example', () => {
  it('is a valid competition whose inclusion category has a single entry', () => {
    const c = regencyExample();
    expect(validateCompetition(c)).toEqual([]);
    const inclusion = c.categories.find((cat) => cat.optional);
    expect(inclusion?.minEntries).toBe(2);
    expect(c.entries.filter((e) => e.categoryId === inclusion?.id)).toHaveLength(1);
  });

  it.each(['id', 'en'] as const)('comes back unchanged from a %s sheet, with no problem', (lang) => {
    const read = parseSetup(exampleSheet(lang));
    expect(read.problems).toEqual([]);
    expect(read.competition).toEqual(regencyExample());
  });

  it('is laid out as the comment at the top of this file says', () => {
    const s = exampleSheet();
    expect([get(s, 'A4'), get(s, 'A10'), get(s, 'A21'), get(s, 'A30'), get(s, 'A44')]).toEqual([
      'Kompetisi',
      'Kategori',
      'Tahap',
      'Kriteria',
      'Juri',
    ]);
    expect([
      get(s, 'A54'),
      get(s, 'A62'),
      get(s, 'A71'),
      get(s, 'A78'),
      get(s, 'A89'),
      get(s, 'A96'),
      get(s, 'A100'),
    ]).toEqual([
      'Pengaturan peringkat',
      'Urutan penentu seri',
      'Penyesuaian manual',
      'Dokumen resmi',
      'Konflik kepentingan',
      'Penilaian juri',
      'Peserta',
    ]);
    expect([get(s, 'A32'), get(s, 'D32'), get(s, 'D35')]).toEqual(['penyampaian', 30, 10]);
    expect([get(s, 'A104'), get(s, 'D104'), get(s, 'B55')]).toEqual(['003', 'kolaborasi', 'Rata-rata']);
    expect([get(s, 'F46'), get(s, 'G47'), get(s, 'B86')]).toEqual([
      'Ketua',
      '197803122005011003',
      'F4/Folio (215 × 330 mm)',
    ]);
  });
});

/** Every codec of the sheet at least once: rules, per-entry jurors, juror stages, exclusions, each adjustment, nulls. */
function fullVariant(): Competition {
  const c = regencyExample();
  c.lang = 'en';
  c.secretariatEmails = ['organisasi@situbondokab.go.id', 'sekretariat@situbondokab.go.id'];
  c.categories[0].minEntries = 0;
  c.stages[1] = { ...c.stages[1], entry: { kind: 'topN', n: 6 }, jurorsPerEntry: 2 };
  c.stages.push({
    id: 'final',
    name: 'Final',
    weight: 0,
    entry: { kind: 'passing', grade: 70.5 },
    jurorsPerEntry: null,
  });
  c.criteria.push({
    id: 'wawancara',
    stageId: 'final',
    name: 'Wawancara',
    weight: 100,
    scale: { min: 1, max: 5, step: 0.5 },
  });
  c.jurors[2].stages = ['presentasi', 'final'];
  c.entries[1].excludedReason = 'Mengundurkan diri';
  c.adjustments = [
    { kind: 'move', entryId: '003', toPlace: 1, reason: 'Keputusan panel' },
    { kind: 'exclude', entryId: '004', reason: 'Plagiat' },
    { kind: 'advance', entryId: '005', advances: false, reason: 'Sudah menang tahun lalu' },
    { kind: 'advance', entryId: '001', advances: true, reason: 'Keseimbangan wilayah' },
  ];
  c.settings = {
    ...c.settings,
    method: 'zscore',
    finalScore: 'last',
    advanceTopN: null,
    passingGrade: 85.5,
    disagreementThreshold: null,
    zscoreMinEntries: 3,
  };
  return c;
}

describe('round trip', () => {
  it.each(['id', 'en'] as const)('keeps every kind of value of a %s sheet', (lang) => {
    const read = parseSetup(snapshot(renderSetup(fullVariant(), lang)));
    expect(read.competition).toEqual(fullVariant());
    expect(read.problems).toEqual([]);
  });

  it.each(['id', 'en'] as const)(
    'keeps the blank competition (%s) and reports that jurors and entries are missing',
    (lang) => {
      const sheet = snapshot(renderSetup(blankCompetition(lang), lang));
      const read = parseSetup(sheet);
      expect(read.competition).toEqual(blankCompetition(lang));
      expect(read.competition.year).toBe(new Date().getFullYear());
      // Blank layout: Juri title at A34 (after 1 category, 1 stage, 1 criterion, 4 spares each), Peserta at A85 (after the documents' 9 rows, the conflicts' 7 and the jurors' scoring 4).
      expect(get(sheet, 'A34')).toBe(lang === 'id' ? 'Juri' : 'Jurors');
      expect(codesAt(read.problems)).toEqual(['no-jurors@A34', 'no-entries@A85']);
      const at = lang === 'id' ? 'Pengaturan!A34: ' : 'Setup!A34: ';
      expect(read.problems[0].message.id.startsWith(at)).toBe(true);
      expect(read.problems[0].message.en.startsWith(at)).toBe(true);
    },
  );

  it('keeps text that looks like a formula as text, and writes no formula at all', () => {
    const c = regencyExample();
    c.entries[0].title = '=HYPERLINK("http://example.org")';
    c.entries[1].id = '007';
    const sheet = renderSetup(c, 'id');
    expect(sheet.block.formulas).toBeUndefined();
    expect(sheet.block.values[101][1]).toBe('=HYPERLINK("http://example.org")');
    expect(parseSetup(snapshot(sheet)).competition).toEqual(c);
  });

  const id = fc.stringMatching(/^x[a-z0-9]{0,5}$/);
  const text = fc.string({ maxLength: 12 }).map((s) => s.trim());
  const rule: fc.Arbitrary<StageEntryRule> = fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.integer({ min: 1, max: 50 }).map((n) => ({ kind: 'topN' as const, n })),
    fc.integer({ min: 0, max: 100 }).map((grade) => ({ kind: 'passing' as const, grade })),
  );
  const tieBreak: fc.Arbitrary<TieBreak> = fc.oneof(
    fc.record({ kind: fc.constant('stage' as const), stageId: id }),
    fc.record({ kind: fc.constant('criterion' as const), stageId: id, criterionId: id }),
  );
  const adjustment: fc.Arbitrary<Adjustment> = fc.oneof(
    fc.record({
      kind: fc.constant('move' as const),
      entryId: id,
      toPlace: fc.integer({ min: 1, max: 9 }),
      reason: text,
    }),
    fc.record({ kind: fc.constant('exclude' as const), entryId: id, reason: text }),
    fc.record({ kind: fc.constant('advance' as const), entryId: id, advances: fc.boolean(), reason: text }),
  );
  // Weights of 2 or more: a stage whose weights add up to 1 is read as fractions, on purpose.
  const weight = fc.integer({ min: 2, max: 100 });
  const competition: fc.Arbitrary<Competition> = fc.record({
    name: text,
    year: fc.integer({ min: 1990, max: 2100 }),
    lang: fc.constantFrom('id' as const, 'en' as const),
    secretariatEmails: fc.array(fc.emailAddress(), { maxLength: 3 }),
    categories: fc.array(
      fc.record({
        id,
        name: text,
        optional: fc.boolean(),
        minEntries: fc.nat(9),
        fallback: fc.oneof(fc.constant(''), id),
      }),
      { maxLength: 4 },
    ),
    stages: fc.array(
      fc.record({
        id,
        name: text,
        weight,
        entry: rule,
        jurorsPerEntry: fc.option(fc.integer({ min: 1, max: 5 })),
      }),
      { maxLength: 3 },
    ),
    criteria: fc.array(
      fc.record({
        id,
        stageId: id,
        name: text,
        weight,
        scale: fc.record({
          min: fc.integer({ min: 0, max: 10 }),
          max: fc.integer({ min: 11, max: 100 }),
          step: fc.constantFrom(1, 0.5, 0.25),
        }),
      }),
      { maxLength: 5 },
    ),
    jurors: fc.array(
      fc.record({
        id,
        name: text,
        email: fc.emailAddress(),
        agency: text,
        stages: fc.array(id, { maxLength: 3 }),
        role: fc.constantFrom('chair' as const, 'secretary' as const, 'member' as const),
        nip: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{10}$/), fc.stringMatching(/^\d{18}$/)),
      }),
      { maxLength: 4 },
    ),
    entries: fc.array(fc.record({ id, title: text, agency: text, categoryId: id, excludedReason: text }), {
      maxLength: 6,
    }),
    conflicts: fc.array(fc.record({ jurorId: id, entryId: id, reason: text }), { maxLength: 3 }),
    settings: fc.record({
      method: fc.constantFrom('mean' as const, 'median' as const, 'trimmed' as const, 'zscore' as const),
      zscoreMinEntries: fc.integer({ min: 2, max: 30 }),
      finalScore: fc.constantFrom('weighted' as const, 'last' as const),
      tieBreaks: fc.array(tieBreak, { maxLength: 3 }),
      advanceTopN: fc.option(fc.integer({ min: 1, max: 10 })),
      passingGrade: fc.option(fc.integer({ min: 0, max: 100 })),
      disagreementThreshold: fc.option(fc.integer({ min: 0, max: 50 })),
    }),
    adjustments: fc.array(adjustment, { maxLength: 3 }),
    documents: fc.record({
      numbers: fc.array(fc.stringMatching(/^[0-9][0-9./]{0,12}$/), { maxLength: 3 }),
      place: text,
      date: fc.constantFrom('', '2026-11-29', '2018-08-14'),
      letterhead: fc.array(fc.stringMatching(/^[A-Z][A-Z ]{0,14}[A-Z]$/), { maxLength: 3 }),
      approverTitle: text,
      approverName: text,
      approverNip: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{18}$/)),
      paper: fc.constantFrom('A4' as const, 'F4' as const),
      plenaryMargin: fc.integer({ min: 0, max: 10 }),
    }),
  });

  it('gives back any competition the sheet can show, in either language', () => {
    fc.assert(
      fc.property(competition, fc.constantFrom('id' as const, 'en' as const), (c, lang) => {
        expect(parseSetup(snapshot(renderSetup(c, lang))).competition).toEqual(c);
      }),
      { numRuns: 100 },
    );
  });
});

describe('what the user typed', () => {
  it('reports a weight typed as text at its cell, once', () => {
    const sheet = exampleSheet();
    set(sheet, 'D32', 'abc');
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['setup-not-a-number@D32']);
    expect(read.problems[0].message.id).toBe(
      'Pengaturan!D32: "Bobot (%)" harus berupa angka, tertulis "abc". Tulis angkanya saja, misalnya 30 atau 12,5.',
    );
    expect(read.problems[0].message.en).toBe(
      'Pengaturan!D32: "Weight (%)" must be a number; it reads "abc". Write the number alone, e.g. 30 or 12.5.',
    );
    expect(read.competition.criteria[0].weight).toBeNaN();
  });

  it('reads numbers written as text with a decimal comma or a percent sign', () => {
    const sheet = exampleSheet();
    set(sheet, 'D34', '7,5');
    set(sheet, 'D35', '12.5 %');
    const read = parseSetup(sheet);
    expect(read.problems).toEqual([]);
    expect(read.competition.criteria.slice(0, 4).map((cr) => cr.weight)).toEqual([30, 50, 7.5, 12.5]);
  });

  it('reads the weights of a stage typed as fractions as percent', () => {
    const sheet = exampleSheet();
    [0.3, 0.5, 0.1, 0.1].forEach((w, i) => set(sheet, `D${32 + i}`, w));
    set(sheet, 'C23', 0.6);
    set(sheet, 'C24', 0.4);
    const read = parseSetup(sheet);
    expect(read.problems).toEqual([]);
    expect(read.competition).toEqual(regencyExample());
  });

  it('places weights summing to 95 on the first criterion of the stage', () => {
    const sheet = exampleSheet();
    set(sheet, 'D35', 5);
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['weights-sum@D32']);
    expect(read.problems[0].sheet).toBe('Pengaturan');
    expect(
      read.problems[0].message.id.startsWith(
        'Pengaturan!D32: Bobot kriteria tahap Presentasi berjumlah 95 %, harus 100 %.',
      ),
    ).toBe(true);
  });

  it('reports an unknown drop-down value and keeps the default', () => {
    const sheet = exampleSheet();
    set(sheet, 'B55', 'rata2');
    set(sheet, 'C15', 'mungkin');
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['setup-unknown-value@C15', 'setup-unknown-value@B55']);
    expect(read.problems[1].message.id).toBe(
      'Pengaturan!B55: "Metode penggabungan nilai juri" berisi "rata2", yang tidak dikenal. Pilih salah satu: Rata-rata, Median, Rata-rata terpangkas, Skor-z.',
    );
    expect(read.competition.settings.method).toBe('mean');
  });

  it('accepts yes/no and drop-down values of either language in any case', () => {
    const sheet = exampleSheet();
    set(sheet, 'C12', 'no');
    set(sheet, 'C15', true);
    set(sheet, 'B55', '  MEAN ');
    set(sheet, 'B57', 'weighted sum of stages');
    set(sheet, 'A65', 'stage score');
    expect(parseSetup(sheet)).toMatchObject({ problems: [], competition: regencyExample() });
  });

  it('places an entry with an unknown category on its category cell, counting only non-blank rows', () => {
    const sheet = exampleSheet();
    // Two blank rows inside the entries table and one between its title and header.
    sheet.values.splice(92, 0, [null], ['   ']);
    sheet.values.splice(89, 0, []);
    expect(parseSetup(sheet).competition).toEqual(regencyExample());
    expect(get(sheet, 'A107')).toBe('003');
    set(sheet, 'D107', 'tidak-ada');
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['entry-category-unknown@D107']);
    expect(read.problems[0].message.id).toBe(
      'Pengaturan!D107: Inovasi "Sistem pemilahan sampah" memakai kategori "tidak-ada" yang tidak ada. Isi dengan ID kategori yang ada.',
    );
  });

  it('reads adjustments typed by hand, and reports one without an action', () => {
    const sheet = exampleSheet();
    sheet.values[72] = ['003', 'Pindahkan ke peringkat', '2', 'Keputusan panel', null, null, null];
    sheet.values[73] = ['004', null, null, 'Lupa tindakannya', null, null, null];
    sheet.values[74] = ['005', 'tetapkan lolos', 'Tidak', 'Sudah menang tahun lalu', null, null, null];
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['setup-missing-value@B74']);
    expect(read.problems[0].message.id).toBe('Pengaturan!B74: "Tindakan" masih kosong. Isi sel ini.');
    expect(read.competition.adjustments).toEqual([
      { kind: 'move', entryId: '003', toPlace: 2, reason: 'Keputusan panel' },
      { kind: 'advance', entryId: '005', advances: false, reason: 'Sudah menang tahun lalu' },
    ]);
    expect(read.locate({ kind: 'table', table: 'adjustments', index: 1, field: 'advances' }).cell).toBe(
      'C75',
    );
  });

  it('finds moved columns by their header', () => {
    const sheet = exampleSheet();
    for (let r = 30; r <= 41; r++) {
      const row = sheet.values[r];
      [row[1], row[3]] = [row[3], row[1]];
    }
    expect(parseSetup(sheet)).toMatchObject({ problems: [], competition: regencyExample() });
    set(sheet, 'B35', 5);
    expect(codesAt(parseSetup(sheet).problems)).toEqual(['weights-sum@B32']);
  });

  it('ignores an inserted column it does not know', () => {
    const sheet = exampleSheet();
    for (const row of sheet.values) row.splice(2, 0, null);
    set(sheet, 'C101', 'Catatan');
    set(sheet, 'C102', 'unggulan');
    expect(parseSetup(sheet).competition).toEqual(regencyExample());
    set(sheet, 'E104', 'tidak-ada');
    expect(codesAt(parseSetup(sheet).problems)).toEqual(['entry-category-unknown@E104']);
  });

  it('reads English headers in a sheet named Pengaturan', () => {
    const sheet = snapshot(renderSetup(regencyExample(), 'en'), 'Pengaturan');
    expect(parseSetup(sheet)).toMatchObject({ problems: [], competition: regencyExample() });
    set(sheet, 'D35', 5);
    const [p] = parseSetup(sheet).problems;
    expect(p.cell).toBe('D32');
    expect(
      p.message.en.startsWith('Pengaturan!D32: The criteria weights of stage Presentasi add up to 95 %'),
    ).toBe(true);
  });
});

describe('the shape of the sheet', () => {
  it('reports a missing section once, without a cell, and reads the rest', () => {
    const sheet = exampleSheet();
    sheet.values.splice(43, 10); // the Juri section, rows 44-53
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['setup-missing-section@']);
    expect(read.problems[0].message.id).toBe(
      'Pengaturan: bagian "Juri" tidak ditemukan. Tambahkan baris berjudul "Juri" di kolom A, lalu baris judul kolom dan datanya di bawahnya.',
    );
    expect(read.competition.jurors).toEqual([]);
    expect(read.competition.entries).toEqual(regencyExample().entries);
  });

  it('needs no tie-break or adjustment section', () => {
    const sheet = exampleSheet();
    sheet.values.splice(61, 16); // rows 62-77
    const read = parseSetup(sheet);
    expect(read.problems).toEqual([]);
    expect(read.competition.settings.tieBreaks).toEqual([]);
  });

  it('reports a missing column on the section title, not on every row', () => {
    const sheet = exampleSheet();
    set(sheet, 'C45', null);
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['setup-missing-column@A44']);
    expect(read.problems[0].message.id).toBe(
      'Pengaturan!A44: tabel Juri tidak memiliki kolom "Email". Tambahkan kolom berjudul "Email" di baris judul tabel (baris 45).',
    );
  });

  it('reads only the first of two sections with one title', () => {
    const sheet = exampleSheet();
    sheet.values.push([], ['Kategori'], ['ID', 'Nama'], ['lain', 'Lain']);
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual(['setup-duplicate-section@A113']);
    expect(read.problems[0].severity).toBe('warning');
    expect(read.competition.categories).toEqual(regencyExample().categories);
  });

  it('never throws on whatever the sheet holds', () => {
    const words = [
      'Kategori',
      'Criteria',
      'ID',
      'Bobot (%)',
      'Nama',
      'Tahun',
      'Ya',
      '12,5',
      'abc',
      '',
      'Semua',
      'Nilai kriteria',
      'Kecualikan',
    ];
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom(...words),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }), (values) => {
        const read = parseSetup({ name: 'Pengaturan', values, formulas: [] });
        for (const p of read.problems) expect(p.message.id.startsWith('Pengaturan')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads 3,000 entries', () => {
    const c = regencyExample();
    c.entries = Array.from({ length: 3000 }, (_, i) => ({
      id: `E${String(i + 1).padStart(4, '0')}`,
      title: `Inovasi ${i + 1}`,
      agency: `Dinas ${i % 40}`,
      categoryId: c.categories[i % 3].id,
      excludedReason: '',
    }));
    const read = parseSetup(snapshot(renderSetup(c, 'id')));
    expect(read.problems).toEqual([]);
    expect(read.competition.entries).toHaveLength(3000);
    expect(read.competition).toEqual(c);
  });
});

describe('how jurors score (issue 14)', () => {
  it.each(['id', 'en'] as const)(
    'keeps one spreadsheet per juror, a blind stage and the identifying columns (%s)',
    (lang) => {
      const c = regencyExample();
      c.scoringPlace = 'files';
      c.identifying = ['title'];
      c.stages[0].blind = true;
      const sheet = snapshot(renderSetup(c, lang));
      expect(get(sheet, 'B97')).toBe(
        lang === 'id' ? 'Satu spreadsheet per juri' : 'One spreadsheet per juror',
      );
      const read = parseSetup(sheet);
      expect(read.problems).toEqual([]);
      expect(read.competition).toEqual(c);
    },
  );

  it('reads a Setup made before the option as tabs, with no stage blind', () => {
    const sheet = exampleSheet();
    expect([get(sheet, 'A96'), get(sheet, 'B97')]).toEqual(['Penilaian juri', 'Tab di spreadsheet ini']);
    sheet.values.splice(94, 4);
    const read = parseSetup(sheet);
    expect(read.problems).toEqual([]);
    expect(read.competition).toEqual(regencyExample());
  });

  it('reports an unknown identifying column and a blind cell that is neither yes nor no at their cells', () => {
    const sheet = exampleSheet('en');
    set(sheet, 'B98', 'Agency, phone number');
    set(sheet, 'H23', 'maybe');
    set(sheet, 'B97', 'Each juror at home');
    const read = parseSetup(sheet);
    expect(codesAt(read.problems)).toEqual([
      'setup-unknown-value@H23',
      'setup-unknown-value@B97',
      'setup-unknown-value@B98',
    ]);
    expect(read.problems[2].message.en).toContain('phone number');
    expect(read.problems[2].message.id).toContain('Instansi, Judul inovasi');
    expect(read.competition.identifying).toEqual(['agency']);
    expect(read.competition.scoringPlace).toBeUndefined();
  });
});

describe('locate', () => {
  const read = parseSetup(exampleSheet());
  const cell = (where: Problem['where']) => read.locate(where).cell;

  it('places a table item field on its row and column', () => {
    expect(cell({ kind: 'table', table: 'criteria', index: 1, field: 'weight' })).toBe('D33');
    expect(cell({ kind: 'table', table: 'criteria', index: 4, field: 'scale' })).toBe('E36');
    expect(cell({ kind: 'table', table: 'entries', index: 5, field: 'categoryId' })).toBe('D107');
    expect(cell({ kind: 'table', table: 'tieBreaks', index: 0, field: 'criterionId' })).toBe('C64');
  });
  it('falls back to the first cell of the row, then to the section title', () => {
    // @ts-expect-error a field the criteria do not have (the type refuses it): still placed on its row.
    expect(cell({ kind: 'table', table: 'criteria', index: 1, field: 'nothing' })).toBe('A33');
    expect(cell({ kind: 'table', table: 'criteria', index: 1 })).toBe('A33');
    expect(cell({ kind: 'table', table: 'criteria', index: -1 })).toBe('A30');
    expect(cell({ kind: 'table', table: 'adjustments', index: 0, field: 'reason' })).toBe('A71');
  });
  it('places settings and competition fields on their value cell', () => {
    expect(cell({ kind: 'competition', field: 'year' })).toBe('B6');
    expect(cell({ kind: 'setting', field: 'method' })).toBe('B55');
    expect(cell({ kind: 'setting', field: 'tieBreaks' })).toBe('A62');
    expect(read.locate({ kind: 'score', stageId: 'presentasi', jurorId: 'j1', entryId: '001' })).toEqual({
      sheet: 'Pengaturan',
      cell: '',
    });
  });
});

describe('render', () => {
  const sheet = renderSetup(regencyExample(), 'id');

  it('offers drop-downs of the ids of other tables, spare rows included', () => {
    const categoryOfEntry = sheet.validations?.find((v) => v.range.row === 102 && v.range.col === 4);
    expect(categoryOfEntry?.range).toEqual({ row: 102, col: 4, numRows: 10, numCols: 1 });
    expect(categoryOfEntry?.rule).toMatchObject({
      kind: 'rangeList',
      sheet: 'Pengaturan',
      range: { row: 12, col: 1, numRows: 8, numCols: 1 },
    });
    const stageOfCriterion = sheet.validations?.find((v) => v.range.row === 32 && v.range.col === 2);
    expect(stageOfCriterion?.rule).toMatchObject({
      kind: 'rangeList',
      range: { row: 23, col: 1, numRows: 6, numCols: 1 },
    });
    const entryOfAdjustment = sheet.validations?.find((v) => v.range.row === 73 && v.range.col === 1);
    expect(entryOfAdjustment?.rule).toMatchObject({
      kind: 'rangeList',
      range: { row: 102, col: 1, numRows: 10, numCols: 1 },
    });
  });

  it('offers list drop-downs in the sheet language', () => {
    const method = sheet.validations?.find((v) => v.range.row === 55 && v.range.col === 2);
    expect(method?.rule).toMatchObject({
      kind: 'list',
      values: ['Rata-rata', 'Median', 'Rata-rata terpangkas', 'Skor-z'],
    });
    const rule = renderSetup(regencyExample(), 'en').validations?.find(
      (v) => v.range.row === 23 && v.range.col === 4,
    );
    expect(rule?.rule).toMatchObject({
      kind: 'list',
      values: ['All', 'Top N per category', 'Passing grade', 'Best N with a composition'],
    });
  });

  it('formats id, name and email columns as text and leaves numbers alone', () => {
    const f = sheet.formats?.numberFormats ?? [];
    expect([f[101][0], f[101][1], f[107][3], f[45][2], f[4][1]]).toEqual(['@', '@', '@', '@', '@']);
    expect([f[31][3], f[5][1]]).toEqual(['', '']);
    expect(sheet.formats?.bold?.[29][0]).toBe(true);
    expect(sheet.protection ?? null).toBeNull();
    expect(sheet.look?.frozenRows).toBe(1);
  });
});

describe('labels', () => {
  it.each(['id', 'en'] as const)(
    'never mistake a header, label or drop-down value (%s) for a section title',
    (lang) => {
      const labels = setupSheetLabels[lang];
      const keys = Object.keys(labels) as (keyof typeof labels)[];
      const titles = new Set(
        (['id', 'en'] as const).flatMap((l) =>
          keys.filter((k) => k.startsWith('section.')).map((k) => normalizeLabel(setupSheetLabels[l][k])),
        ),
      );
      const others = keys.filter((k) => /^(col|key|choice)\./.test(k)).map((k) => normalizeLabel(labels[k]));
      expect(others.filter((o) => titles.has(o))).toEqual([]);
    },
  );
});

describe('cells', () => {
  it('reads numbers as secretariats type them', () => {
    expect(readNumber('12,5')).toEqual({ kind: 'value', value: 12.5 });
    expect(readNumber(' 30 % ')).toEqual({ kind: 'value', value: 30 });
    expect(readNumber('1.000,5')).toEqual({ kind: 'bad', shown: '1.000,5' });
    expect(readNumber(true)).toEqual({ kind: 'bad', shown: 'TRUE' });
    expect(readNumber('  ')).toEqual({ kind: 'blank' });
  });
  it('reads yes and no in both languages', () => {
    expect(['Ya', 'yes', 'TRUE', true].map((v) => readYesNo(v))).toEqual(
      Array(4).fill({ kind: 'value', value: true }),
    );
    expect(['Tidak', 'No', 'false', false].map((v) => readYesNo(v))).toEqual(
      Array(4).fill({ kind: 'value', value: false }),
    );
    expect(readYesNo('mungkin').kind).toBe('bad');
  });
  it('turns fractions adding up to 1 into percent, and nothing else', () => {
    expect(percentFromFractions([0.3, 0.5, 0.1, 0.1])).toEqual([30, 50, 10, 10]);
    expect(percentFromFractions([0.3, 0.5])).toEqual([0.3, 0.5]);
    expect(percentFromFractions([60, 40])).toEqual([60, 40]);
  });
});
