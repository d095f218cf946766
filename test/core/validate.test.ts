import { validateCompetition } from '../../src/core/validate';
import type { Competition, Problem } from '../../src/core/model';
import { makeCompetition, regencyFixture } from './fixtures';

function codes(problems: Problem[]): string[] {
  return problems.map((p) => p.code);
}

function only(c: Competition, code: string): Problem {
  const found = validateCompetition(c).filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('validateCompetition', () => {
  it('accepts the regency example and the default test competition as they are', () => {
    expect(validateCompetition(regencyFixture())).toEqual([]);
    expect(validateCompetition(makeCompetition())).toEqual([]);
  });

  it('reports criteria weights summing to 95 on the first criterion row of the stage', () => {
    const c = regencyFixture();
    c.criteria[2]!.weight = 5; // video 10 -> 5: 30 + 50 + 5 + 10 = 95
    const p = only(c, 'weights-sum');
    expect(p.severity).toBe('error');
    expect(p.where).toEqual({ kind: 'table', table: 'criteria', index: 0, field: 'weight' });
    expect(p.message.id).toBe(
      'Bobot kriteria tahap Presentasi berjumlah 95 %, harus 100 %. Ubah bobot kriterianya agar jumlahnya 100.',
    );
    expect(p.message.en).toBe(
      'The criteria weights of stage Presentasi add up to 95 %; they must add up to 100 %. Change the weights so that they add up to 100.',
    );
  });

  it('points a weights-sum problem of the second stage at its own first criterion', () => {
    const c = regencyFixture();
    c.criteria[5]!.weight = 30; // impact 40 -> 30: field visit sums to 90
    const p = only(c, 'weights-sum');
    expect(p.where).toEqual({ kind: 'table', table: 'criteria', index: 4, field: 'weight' });
    expect(p.message.id).toContain('Kunjungan Lapangan berjumlah 90 %');
  });

  it('writes a fractional weight sum with a decimal comma in Indonesian', () => {
    const c = regencyFixture();
    c.criteria[2]!.weight = 9.5;
    const p = only(c, 'weights-sum');
    expect(p.message.id).toContain('berjumlah 99,5 %');
    expect(p.message.en).toContain('add up to 99.5 %');
  });

  it('accepts weights that sum to 100 only up to floating-point noise', () => {
    const c = makeCompetition({
      criteria: [
        { id: 'a', stageId: 's1', name: 'A', weight: 33.3, scale: { min: 0, max: 100, step: 1 } },
        { id: 'b', stageId: 's1', name: 'B', weight: 33.3, scale: { min: 0, max: 100, step: 1 } },
        { id: 'c', stageId: 's1', name: 'C', weight: 33.4, scale: { min: 0, max: 100, step: 1 } },
      ],
    });
    expect(validateCompetition(c)).toEqual([]);
  });

  it('reports negative and non-numeric weights, without a sum on top', () => {
    const c = regencyFixture();
    c.criteria[0]!.weight = -30;
    c.criteria[1]!.weight = NaN;
    const problems = validateCompetition(c);
    expect(codes(problems)).toEqual(['criterion-weight', 'criterion-weight']);
    expect(problems[0]!.where).toEqual({ kind: 'table', table: 'criteria', index: 0, field: 'weight' });
    expect(problems[1]!.where).toEqual({ kind: 'table', table: 'criteria', index: 1, field: 'weight' });
  });

  it('reports a duplicate id on the second row, naming both rows', () => {
    const c = regencyFixture();
    c.entries[3]!.id = 'e2';
    const p = only(c, 'duplicate-id');
    expect(p.where).toEqual({ kind: 'table', table: 'entries', index: 3, field: 'id' });
    expect(p.message.id).toBe(
      'ID "e2" dipakai oleh inovasi nomor 2 dan nomor 4. Ganti salah satunya agar setiap inovasi memiliki ID yang berbeda.',
    );
    expect(p.message.en).toBe(
      'ID "e2" is used by entry no. 2 and no. 4. Change one of them so that each entry has its own ID.',
    );
  });

  it('checks ids in every table', () => {
    const c = regencyFixture();
    c.categories[1]!.id = 'governance';
    c.stages[1]!.id = '';
    c.criteria[3]!.id = 'video';
    c.jurors[2]!.id = ' ';
    const problems = validateCompetition(c).filter(
      (p) => p.code === 'duplicate-id' || p.code === 'missing-id',
    );
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['duplicate-id', { kind: 'table', table: 'categories', index: 1, field: 'id' }],
      ['missing-id', { kind: 'table', table: 'stages', index: 1, field: 'id' }],
      ['duplicate-id', { kind: 'table', table: 'criteria', index: 3, field: 'id' }],
      ['missing-id', { kind: 'table', table: 'jurors', index: 2, field: 'id' }],
    ]);
  });

  it('warns about a nameless row', () => {
    const c = makeCompetition();
    c.entries[1]!.title = '';
    const p = only(c, 'missing-name');
    expect(p.severity).toBe('warning');
    expect(p.where).toEqual({ kind: 'table', table: 'entries', index: 1, field: 'title' });
  });

  it('reports unknown and missing references', () => {
    const c = regencyFixture();
    c.entries[0]!.categoryId = 'tatakelola';
    c.entries[1]!.categoryId = '';
    c.criteria[5]!.stageId = 'visit';
    c.jurors[1]!.stages = ['presentasi', 'final'];
    c.categories[3]!.fallback = 'nowhere';
    c.settings.tieBreaks = [
      { kind: 'stage', stageId: 'final' },
      { kind: 'criterion', stageId: 'presentasi', criterionId: 'impact' },
    ];
    c.adjustments = [{ kind: 'exclude', entryId: 'e9', reason: 'ditarik oleh instansi' }];
    const problems = validateCompetition(c).filter((p) => /-(unknown|missing)$/.test(p.code));
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['category-fallback-unknown', { kind: 'table', table: 'categories', index: 3, field: 'fallback' }],
      ['criterion-stage-unknown', { kind: 'table', table: 'criteria', index: 5, field: 'stageId' }],
      ['juror-stage-unknown', { kind: 'table', table: 'jurors', index: 1, field: 'stages' }],
      ['entry-category-unknown', { kind: 'table', table: 'entries', index: 0, field: 'categoryId' }],
      ['entry-category-missing', { kind: 'table', table: 'entries', index: 1, field: 'categoryId' }],
      ['tie-break-stage-unknown', { kind: 'table', table: 'tieBreaks', index: 0, field: 'stageId' }],
      ['tie-break-criterion-unknown', { kind: 'table', table: 'tieBreaks', index: 1, field: 'criterionId' }],
      ['adjustment-entry-unknown', { kind: 'table', table: 'adjustments', index: 0, field: 'entryId' }],
    ]);
    expect(problems[3]!.message.id).toBe(
      'Inovasi "Intelligence Room" memakai kategori "tatakelola" yang tidak ada. Isi dengan ID kategori yang ada.',
    );
    expect(problems[6]!.message.en).toContain('"impact", which is not a criterion of stage Presentasi');
  });

  it('rejects a fallback to itself or to an optional category', () => {
    const c = regencyFixture();
    c.categories[3]!.fallback = 'inclusion';
    expect(only(c, 'fallback-self').where).toEqual({
      kind: 'table',
      table: 'categories',
      index: 3,
      field: 'fallback',
    });
    c.categories.push({ id: 'youth', name: 'Pemuda', optional: true, minEntries: 2, fallback: '' });
    c.categories[3]!.fallback = 'youth';
    expect(only(c, 'fallback-optional').message.id).toContain('kategori opsional "Pemuda"');
  });

  it('reports a stage without criteria and a stage without juror', () => {
    const c = regencyFixture();
    c.criteria = c.criteria.filter((cr) => cr.stageId !== 'lapangan');
    c.jurors.forEach((j) => (j.stages = ['presentasi']));
    const problems = validateCompetition(c);
    expect(codes(problems)).toEqual(['stage-empty', 'stage-no-juror']);
    expect(problems[0]!.where).toEqual({ kind: 'table', table: 'stages', index: 1 });
    expect(problems[0]!.message.id).toBe(
      'Tahap "Kunjungan Lapangan" belum memiliki kriteria. Tambahkan kriteria penilaian untuk tahap ini.',
    );
  });

  it('reports bad scales', () => {
    const c = makeCompetition();
    const cases: [{ min: number; max: number; step: number }, string | null][] = [
      [{ min: 100, max: 100, step: 1 }, 'scale-range'],
      [{ min: 10, max: 0, step: 1 }, 'scale-range'],
      [{ min: 0, max: 100, step: 0 }, 'scale-step'],
      [{ min: 0, max: 100, step: -1 }, 'scale-step'],
      [{ min: 0, max: 100, step: 3 }, 'scale-step-divides'],
      [{ min: 0, max: 10, step: 0.1 }, null],
      [{ min: 0, max: 10, step: 0.5 }, null],
      [{ min: 1, max: 5, step: 1 }, null],
    ];
    for (const [scale, code] of cases) {
      c.criteria[0]!.scale = scale;
      expect(codes(validateCompetition(c))).toEqual(code === null ? [] : [code]);
    }
    c.criteria[0]!.scale = { min: 0, max: 100, step: 3 };
    expect(validateCompetition(c)[0]!.message.id).toBe(
      'Langkah nilai 3 pada kriteria "Kebaruan" tidak membagi habis skala 0 sampai 100. Pilih langkah yang membagi habis selisihnya, misalnya 1 atau 0,5.',
    );
  });

  it('reports empty tables on the table as a whole', () => {
    const c = makeCompetition({ categories: [], stages: [], criteria: [], jurors: [], entries: [] });
    const problems = validateCompetition(c);
    expect(codes(problems)).toEqual(['no-categories', 'no-stages', 'no-jurors', 'no-entries']);
    expect(problems.map((p) => p.where)).toEqual([
      { kind: 'table', table: 'categories', index: -1 },
      { kind: 'table', table: 'stages', index: -1 },
      { kind: 'table', table: 'jurors', index: -1 },
      { kind: 'table', table: 'entries', index: -1 },
    ]);
  });

  it('counts a competition whose every entry is excluded as having no entries', () => {
    const c = makeCompetition();
    c.entries.forEach((e) => (e.excludedReason = 'tidak memenuhi syarat'));
    expect(codes(validateCompetition(c))).toEqual(['no-entries']);
  });

  it('reports missing, invalid and duplicate juror emails', () => {
    const c = regencyFixture();
    c.jurors[0]!.email = '';
    c.jurors[1]!.email = 'bambang(at)example.org';
    c.jurors.push({ id: 'j4', name: 'Sri L.', email: 'SRI.LESTARI@example.org ', agency: '', stages: [] });
    const problems = validateCompetition(c);
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['juror-email-missing', { kind: 'table', table: 'jurors', index: 0, field: 'email' }],
      ['juror-email', { kind: 'table', table: 'jurors', index: 1, field: 'email' }],
      ['juror-email-duplicate', { kind: 'table', table: 'jurors', index: 3, field: 'email' }],
    ]);
    expect(problems[0]!.message.id).toContain('Email juri Dr. Ratna Wulandari masih kosong');
    expect(problems[2]!.message.id).toContain('dipakai oleh juri Sri Lestari dan juri Sri L.');
  });

  it('requires stage weights summing to 100 only for a weighted final score', () => {
    const c = regencyFixture();
    c.stages[1]!.weight = 30;
    const p = only(c, 'stage-weights-sum');
    expect(p.where).toEqual({ kind: 'table', table: 'stages', index: 0, field: 'weight' });
    expect(p.message.id).toContain('berjumlah 90 %');
    c.settings.finalScore = 'last';
    expect(validateCompetition(c)).toEqual([]);
  });

  it('checks the stage entry rules and jurors per entry', () => {
    const c = regencyFixture();
    c.stages[0]!.entry = { kind: 'topN', n: 3 };
    c.stages[1]!.entry = { kind: 'topN', n: 0 };
    expect(codes(validateCompetition(c))).toEqual(['first-stage-entry', 'stage-top-n']);
    c.stages[0]!.entry = { kind: 'all' };
    c.stages[1]!.entry = { kind: 'passing', grade: NaN };
    expect(codes(validateCompetition(c))).toEqual(['stage-passing-grade']);
    c.stages[1]!.entry = { kind: 'passing', grade: 85 };
    for (const [k, code] of [
      [0, 'jurors-per-entry'],
      [1.5, 'jurors-per-entry'],
      [4, 'jurors-per-entry-too-many'],
      [3, null],
      [1, null],
    ] as const) {
      c.stages[0]!.jurorsPerEntry = k;
      expect(codes(validateCompetition(c))).toEqual(code === null ? [] : [code]);
    }
  });

  it('checks the settings', () => {
    const c = regencyFixture();
    c.settings = {
      ...c.settings,
      zscoreMinEntries: 1,
      advanceTopN: 0,
      passingGrade: NaN,
      disagreementThreshold: -5,
    };
    const problems = validateCompetition(c);
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['zscore-min-entries', { kind: 'setting', field: 'zscoreMinEntries' }],
      ['advance-top-n', { kind: 'setting', field: 'advanceTopN' }],
      ['passing-grade', { kind: 'setting', field: 'passingGrade' }],
      ['disagreement-threshold', { kind: 'setting', field: 'disagreementThreshold' }],
    ]);
    c.settings = {
      ...c.settings,
      zscoreMinEntries: 2,
      advanceTopN: 3,
      passingGrade: 85,
      disagreementThreshold: 0,
    };
    expect(validateCompetition(c)).toEqual([]);
  });

  it('checks adjustments: place and reason', () => {
    const c = regencyFixture();
    c.adjustments = [
      { kind: 'move', entryId: 'e1', toPlace: 0, reason: 'keseimbangan wilayah' },
      { kind: 'advance', entryId: 'e2', advances: true, reason: '  ' },
      { kind: 'move', entryId: 'e3', toPlace: 2, reason: 'keputusan panel' },
    ];
    const problems = validateCompetition(c);
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['adjustment-place', { kind: 'table', table: 'adjustments', index: 0, field: 'toPlace' }],
      ['adjustment-reason', { kind: 'table', table: 'adjustments', index: 1, field: 'reason' }],
    ]);
    expect(problems[1]!.message.id).toContain('Penyesuaian nomor 2 belum memiliki alasan');
  });

  it('checks the competition name, year and secretariat emails', () => {
    const c = regencyFixture();
    c.name = '  ';
    c.year = 218;
    c.secretariatEmails = ['organisasi@example.org', 'bukan email'];
    const problems = validateCompetition(c);
    expect(problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['name-missing', 'error', { kind: 'competition', field: 'name' }],
      ['year-implausible', 'error', { kind: 'competition', field: 'year' }],
      ['secretariat-email', 'warning', { kind: 'competition', field: 'secretariatEmails' }],
    ]);
    c.name = 'KIPP';
    c.secretariatEmails = [];
    c.year = 2018.5;
    expect(codes(validateCompetition(c))).toEqual(['year-implausible']);
    c.year = 2026;
    expect(validateCompetition(c)).toEqual([]);
  });

  it('fills every placeholder of every message in both languages', () => {
    const c = regencyFixture();
    c.name = '';
    c.year = 0;
    c.categories[0]!.id = '';
    c.categories[3]!.fallback = 'inclusion';
    c.criteria[0]!.weight = 31;
    c.criteria[1]!.scale = { min: 0, max: 100, step: 7 };
    c.jurors[0]!.email = 'x';
    c.stages[1]!.jurorsPerEntry = 9;
    c.adjustments = [{ kind: 'move', entryId: 'zz', toPlace: -1, reason: '' }];
    const problems = validateCompetition(c);
    expect(problems.length).toBeGreaterThan(8);
    for (const p of problems) {
      expect(p.message.id).not.toMatch(/[{}]/);
      expect(p.message.en).not.toMatch(/[{}]/);
      expect(p.message.id).not.toBe(p.message.en);
    }
  });
});
