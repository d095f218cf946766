import { pick } from '../../src/i18n';
import { cliVerbs, textInShell } from '../../src/i18n/verbs';
import { assignStage } from '../../src/core/assign';
import type { Competition, CellValue, ScoreRow, ScoreSheet } from '../../src/core/model';
import { checkScores, parseScore } from '../../src/core/scores';
import { makeCompetition, regencyFixture } from './fixtures';

const REGENCY = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'];

/** A full presentation score set: delivery, substance, video, head. */
function row(
  entryId: string,
  delivery: CellValue,
  substance: CellValue = 80,
  video: CellValue = 70,
  head: CellValue = 100,
): ScoreRow {
  return { entryId, scores: { delivery, substance, video, head }, notes: '' };
}

function regencySheets(): ScoreSheet[] {
  return ['j1', 'j2', 'j3'].map((jurorId, j) => ({
    stageId: 'presentasi',
    jurorId,
    rows: REGENCY.map((e, i) => row(e, 60 + 5 * i + j)),
  }));
}

function regencyAssignment() {
  return assignStage(regencyFixture(), 'presentasi', REGENCY).assignment;
}

describe('parseScore', () => {
  it.each<[CellValue, number | null]>([
    [85, 85],
    [85.5, 85.5],
    [0, 0],
    ['85', 85],
    [' 85.5 ', 85.5],
    ['85,5', 85.5],
    [',5', 0.5],
    ['-5', -5],
    ['+7', 7],
    ['850', 850],
    ['delapan puluh', null],
    ['85 poin', null],
    ['8 5', null],
    ['1e2', null],
    ['85.', null],
    ['1.000,5', null],
    ['2026-11-28', null],
    ['', null],
    ['   ', null],
    [true, null],
    [false, null],
    [null, null],
    [NaN, null],
    [Infinity, null],
  ])('reads %p as %p', (raw, expected) => {
    expect(parseScore(raw)).toBe(expected);
  });
});

describe('checkScores', () => {
  it('accepts complete regency scores and counts three jurors per entry', () => {
    const c = regencyFixture();
    const check = checkScores(c, 'presentasi', regencyAssignment(), regencySheets());
    expect(check.problems).toEqual([]);
    expect(check.progress).toEqual(
      ['j1', 'j2', 'j3'].map((jurorId) => ({
        stageId: 'presentasi',
        jurorId,
        scored: 6,
        total: 6,
        recused: 0,
        done: true,
      })),
    );
    expect(check.scoredBy).toEqual({ e1: 3, e2: 3, e3: 3, e4: 3, e5: 3, e6: 3 });
    expect(check.scores.j2!.e3).toEqual({ delivery: 71, substance: 80, video: 70, head: 100 });
  });

  it('reports a missing score by juror, entry and criterion, and leaves that score set out', () => {
    const c = regencyFixture();
    const sheets = regencySheets();
    sheets[0]!.rows[1] = row('e2', 65, 80, null);
    const check = checkScores(c, 'presentasi', regencyAssignment(), sheets);
    expect(check.problems).toHaveLength(1);
    const p = check.problems[0]!;
    expect(p.code).toBe('score-missing');
    expect(p.severity).toBe('error');
    expect(p.where).toEqual({
      kind: 'score',
      stageId: 'presentasi',
      jurorId: 'j1',
      entryId: 'e2',
      criterionId: 'video',
    });
    expect(p.message.id).toBe(
      'Nilai Dr. Ratna Wulandari untuk inovasi "Ojek ASI" pada kriteria Video masih kosong. Isi angka bulat dari 0 sampai 100.',
    );
    expect(p.message.en).toBe(
      'The score of Dr. Ratna Wulandari for entry "Ojek ASI" on criterion Video is empty. Fill in a whole number from 0 to 100.',
    );
    expect(check.progress[0]).toEqual({
      stageId: 'presentasi',
      jurorId: 'j1',
      scored: 5,
      total: 6,
      recused: 0,
      done: false,
    });
    expect(check.scoredBy.e2).toBe(2);
    expect(check.scores.j1!.e2).toBeUndefined();
  });

  it('treats blank text and an absent criterion as missing', () => {
    const c = regencyFixture();
    const sheets = regencySheets();
    sheets[1]!.rows[0] = { entryId: 'e1', scores: { delivery: '  ', substance: 80, video: 70 }, notes: '' };
    const check = checkScores(c, 'presentasi', regencyAssignment(), sheets);
    expect(check.problems.map((p) => [p.code, p.where])).toEqual([
      [
        'score-missing',
        { kind: 'score', stageId: 'presentasi', jurorId: 'j2', entryId: 'e1', criterionId: 'delivery' },
      ],
      [
        'score-missing',
        { kind: 'score', stageId: 'presentasi', jurorId: 'j2', entryId: 'e1', criterionId: 'head' },
      ],
    ]);
  });

  it('reports text, 850 for 85 and a date, and accepts "85,5"-style text only on the step', () => {
    const c = regencyFixture();
    const sheets = regencySheets();
    sheets[0]!.rows[0] = row('e1', 'delapan puluh', 850, '2018-10-01', ' 90 ');
    sheets[0]!.rows[2] = row('e3', '85,5');
    const check = checkScores(c, 'presentasi', regencyAssignment(), sheets);
    expect(
      check.problems.map((p) => [
        p.code,
        p.where.kind === 'score' ? `${p.where.entryId}/${p.where.criterionId}` : '',
      ]),
    ).toEqual([
      ['score-not-number', 'e1/delivery'],
      ['score-out-of-scale', 'e1/substance'],
      ['score-not-number', 'e1/video'],
      ['score-off-step', 'e3/delivery'],
    ]);
    expect(check.problems[0]!.message.id).toBe(
      'Nilai "delapan puluh" dari Dr. Ratna Wulandari untuk inovasi "Intelligence Room" pada kriteria Penyampaian bukan angka. Isi angka bulat dari 0 sampai 100.',
    );
    expect(check.problems[1]!.message.id).toContain('Nilai 850 dari Dr. Ratna Wulandari');
    expect(check.problems[1]!.message.id).toContain('di luar skala. Isi angka bulat dari 0 sampai 100.');
    expect(check.problems[3]!.message.id).toContain('Nilai 85,5 dari');
    expect(check.problems[3]!.message.en).toContain('The score 85.5 of');
    expect(check.scoredBy.e1).toBe(2);
  });

  describe('half points and tenths', () => {
    function oneCriterion(step: number, max: number): Competition {
      const c = makeCompetition();
      c.criteria[0]!.scale = { min: 0, max, step };
      return c;
    }
    function check(c: Competition, values: CellValue[]) {
      const sheets = [
        {
          stageId: 's1',
          jurorId: 'j1',
          rows: values.map((v, i) => ({ entryId: `e${i + 1}`, scores: { c1: v }, notes: '' })),
        },
      ];
      return checkScores(c, 's1', { j1: values.map((_, i) => `e${i + 1}`) }, sheets);
    }

    it('accepts half points and rejects 7.3 on a 0.5 step', () => {
      const c = oneCriterion(0.5, 10);
      const ok = check(c, [7.5, '9,5', 10]);
      expect(ok.problems).toEqual([]);
      expect(ok.scores.j1).toEqual({ e1: { c1: 7.5 }, e2: { c1: 9.5 }, e3: { c1: 10 } });
      const bad = check(c, [7.3, 7.5, 10.5]);
      expect(bad.problems.map((p) => p.code)).toEqual(['score-off-step', 'score-out-of-scale']);
      expect(bad.problems[0]!.message.id).toBe(
        'Nilai 7,3 dari Juri Satu untuk inovasi "Inovasi Satu" pada kriteria Kebaruan bukan kelipatan 0,5. Isi angka dari 0 sampai 10 dengan kelipatan 0,5.',
      );
      expect(bad.problems[0]!.message.en).toBe(
        'The score 7.3 of Juri Satu for entry "Inovasi Satu" on criterion Kebaruan is not a multiple of 0.5. Fill in a number from 0 to 10 in steps of 0.5.',
      );
    });

    it('accepts tenths despite floating point (0.3, 8.7, 0.1 + 0.2) and rejects 8.75', () => {
      const c = oneCriterion(0.1, 10);
      expect(check(c, [0.3, 8.7, 0.1 + 0.2]).problems).toEqual([]);
      expect(check(c, ['9,9', 0.7, 5.1]).problems).toEqual([]);
      expect(check(c, [8.75, 1, 2]).problems.map((p) => p.code)).toEqual(['score-off-step']);
    });

    it('counts steps from the bottom of the scale', () => {
      const c = oneCriterion(2, 10);
      c.criteria[0]!.scale.min = 1;
      c.criteria[0]!.scale.max = 9;
      expect(check(c, [1, 5, 9]).problems).toEqual([]);
      expect(check(c, [2, 5, 9]).problems.map((p) => p.code)).toEqual(['score-off-step']);
    });
  });

  it('does not count a row of an entry the juror was not assigned', () => {
    const c = makeCompetition();
    const sheets: ScoreSheet[] = [
      {
        stageId: 's1',
        jurorId: 'j1',
        rows: [
          { entryId: 'e1', scores: { c1: 80 }, notes: '' },
          { entryId: 'e2', scores: { c1: 90 }, notes: '' },
        ],
      },
      { stageId: 's1', jurorId: 'j2', rows: [{ entryId: 'e2', scores: { c1: 70 }, notes: '' }] },
    ];
    const check = checkScores(c, 's1', { j1: ['e1'], j2: ['e2'] }, sheets);
    expect(check.problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['score-unassigned', 'warning', { kind: 'score', stageId: 's1', jurorId: 'j1', entryId: 'e2' }],
    ]);
    expect(check.scoredBy).toEqual({ e1: 1, e2: 1 });
    expect(check.scores.j1).toEqual({ e1: { c1: 80 } });
  });

  it('does not count a conflict-of-interest row, even one the assignment lists', () => {
    const c = makeCompetition();
    c.jurors[0]!.agency = 'Dinas X';
    const sheets: ScoreSheet[] = [
      {
        stageId: 's1',
        jurorId: 'j1',
        rows: ['e1', 'e2', 'e3'].map((e) => ({ entryId: e, scores: { c1: 80 }, notes: '' })),
      },
    ];
    const check = checkScores(c, 's1', { j1: ['e1', 'e2', 'e3'], j2: [] }, sheets);
    expect(check.problems.map((p) => [p.code, p.where])).toEqual([
      ['score-own-agency', { kind: 'score', stageId: 's1', jurorId: 'j1', entryId: 'e1' }],
    ]);
    expect(check.problems[0]!.message.id).toContain('dari instansinya sendiri (Dinas X)');
    expect(check.progress[0]).toEqual({
      stageId: 's1',
      jurorId: 'j1',
      scored: 2,
      total: 2,
      recused: 0,
      done: true,
    });
    expect(check.scoredBy).toEqual({ e1: 0, e2: 1, e3: 1 });
  });

  it('counts only the first of duplicate rows', () => {
    const c = makeCompetition();
    const rows = [
      { entryId: 'e1', scores: { c1: 80 }, notes: '' },
      { entryId: 'e1', scores: { c1: 20 }, notes: '' },
    ];
    const check = checkScores(c, 's1', { j1: ['e1'], j2: [] }, [{ stageId: 's1', jurorId: 'j1', rows }]);
    expect(check.problems.map((p) => [p.code, p.severity])).toEqual([['score-duplicate-row', 'error']]);
    expect(check.scores.j1).toEqual({ e1: { c1: 80 } });
    expect(check.scoredBy.e1).toBe(1);
  });

  it('reports rows of unknown entries, ignores blank rows, and reports a missing row', () => {
    const c = makeCompetition();
    const rows: ScoreRow[] = [
      { entryId: 'e9', scores: { c1: 80 }, notes: '' },
      { entryId: '', scores: { c1: null }, notes: '' },
      { entryId: ' ', scores: { c1: 75 }, notes: '' },
      { entryId: 'e1', scores: { c1: 60 }, notes: '' },
    ];
    const check = checkScores(c, 's1', { j1: ['e1', 'e2'], j2: [] }, [
      { stageId: 's1', jurorId: 'j1', rows },
    ]);
    expect(check.problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['score-unknown-entry', 'warning', { kind: 'score', stageId: 's1', jurorId: 'j1', entryId: 'e9' }],
      ['score-no-entry-id', 'warning', { kind: 'score', stageId: 's1', jurorId: 'j1', entryId: '' }],
      ['score-row-missing', 'error', { kind: 'score', stageId: 's1', jurorId: 'j1', entryId: 'e2' }],
    ]);
    expect(check.progress[0]).toEqual({
      stageId: 's1',
      jurorId: 'j1',
      scored: 1,
      total: 2,
      recused: 0,
      done: false,
    });
  });

  it('reports a missing sheet once, only for a juror with entries to score', () => {
    const c = regencyFixture();
    const sheets = regencySheets().filter((s) => s.jurorId !== 'j2');
    const assignment = { ...regencyAssignment(), j4: [] };
    const check = checkScores(c, 'presentasi', assignment, sheets);
    expect(check.problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['sheet-missing', 'error', { kind: 'scoreSheet', stageId: 'presentasi', jurorId: 'j2' }],
    ]);
    // The action is a token each shell words its own way; the add-on's words are the menu's.
    expect(pick(check.problems[0]!.message, 'id')).toBe(
      'Tab penilaian Bambang Hermawan untuk tahap Presentasi tidak ditemukan, padahal ada 6 inovasi yang harus dinilainya. Untuk membuatnya kembali, pilih "Buat tab juri".',
    );
    expect(pick(textInShell(check.problems[0]!.message, cliVerbs('k.xlsx')), 'en')).toContain(
      'To create it again, run "juri generate k.xlsx".',
    );
    expect(check.progress.map((p) => [p.jurorId, p.scored, p.total, p.done])).toEqual([
      ['j1', 6, 6, true],
      ['j2', 0, 6, false],
      ['j3', 6, 6, true],
      ['j4', 0, 0, true],
    ]);
    expect(check.scoredBy.e1).toBe(2);
  });

  it('lists progress in juror setup order and ignores sheets of other stages', () => {
    const c = regencyFixture();
    const a = regencyAssignment();
    const reversed = { j3: a.j3!, j2: a.j2!, j1: a.j1! };
    const other: ScoreSheet = {
      stageId: 'lapangan',
      jurorId: 'j1',
      rows: [{ entryId: 'e1', scores: { conformity: 'x' }, notes: '' }],
    };
    const check = checkScores(c, 'presentasi', reversed, [other, ...regencySheets()]);
    expect(check.problems).toEqual([]);
    expect(check.progress.map((p) => p.jurorId)).toEqual(['j1', 'j2', 'j3']);
  });

  it('checks the national desk evaluation: 3,000 entries, 12 jurors, 2 each, 8 criteria', () => {
    const jurors = Array.from({ length: 12 }, (_, i) => ({
      id: `j${i + 1}`,
      name: `Juri ${i + 1}`,
      email: `j${i + 1}@example.org`,
      agency: `Universitas ${i}`,
      stages: [],
    }));
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i + 1}`,
      title: `Inovasi ${i + 1}`,
      agency: `Pemda ${i}`,
      categoryId: 'cat',
      excludedReason: '',
    }));
    const criteria = Array.from({ length: 8 }, (_, i) => ({
      id: `c${i + 1}`,
      stageId: 's1',
      name: `K${i + 1}`,
      weight: 12.5,
      scale: { min: 0, max: 100, step: 1 },
    }));
    const c = makeCompetition({ jurors, entries, criteria });
    c.stages[0]!.jurorsPerEntry = 2;
    const { assignment } = assignStage(
      c,
      's1',
      entries.map((e) => e.id),
    );
    const sheets: ScoreSheet[] = Object.entries(assignment).map(([jurorId, ids]) => ({
      stageId: 's1',
      jurorId,
      rows: ids.map((entryId) => ({
        entryId,
        scores: Object.fromEntries(criteria.map((cr) => [cr.id, 75])),
        notes: '',
      })),
    }));
    sheets[0]!.rows[0]!.scores.c3 = null;
    const check = checkScores(c, 's1', assignment, sheets);
    expect(check.problems.map((p) => p.code)).toEqual(['score-missing']);
    const counts = Object.values(check.scoredBy);
    expect(counts).toHaveLength(3000);
    expect(counts.filter((n) => n === 2)).toHaveLength(2999);
    expect(check.progress.every((p) => p.total === 500)).toBe(true);
  });
});
