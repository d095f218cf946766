import { computeRanking } from '../../src/core/compute';
import type { Competition, CellValue, ScoreSheet } from '../../src/core/model';
import type { RankedEntry, RankingResult } from '../../src/core/result';
import { defaultSettings, makeCompetition, percentScale, regencyFixture } from './fixtures';

function sheet(
  stageId: string,
  jurorId: string,
  rows: Record<string, Record<string, CellValue>>,
): ScoreSheet {
  return {
    stageId,
    jurorId,
    rows: Object.entries(rows).map(([entryId, scores]) => ({ entryId, scores, notes: '' })),
  };
}

/**
 * Five entries, three jurors, two stages.
 * - Presentasi (60 %): Substansi 50, Penyampaian 50. Lapangan (40 %): Kesesuaian 100, best 3 go on.
 * - Juror j3 belongs to Dinas Y, the agency of e2: a conflict of interest, j3 never scores e2.
 * - j2 left Penyampaian of e4 empty in Presentasi: that set is ignored and e4 is incomplete.
 * - Tie-breaks: Substansi (Presentasi), then the Lapangan score.
 *
 * Presentasi totals (0.5*S + 0.5*P):
 *        j1          j2          j3
 *   e1   80 (80,80)  80 (80,80)  80 (80,80)   -> 80
 *   e2   80 (90,70)  80 (70,90)  conflict     -> 80
 *   e3   70 (70,70)  70 (80,60)  70 (60,80)   -> 70
 *   e4   70 (60,80)  incomplete  70 (70,70)   -> 70
 *   e5   50          60          40           -> 50
 * Best 3 go on, everyone tied with the 3rd too: e1-e4 go to Lapangan, e5 stops.
 * Lapangan: e1 90,90,90 -> 90; e2 90,90 -> 90; e3 80,80,80 -> 80; e4 70,90,80 -> 80.
 * Final 0.6*P + 0.4*L: e1 84, e2 84, e3 74, e4 74; e5 is ranked by its Presentasi score, after them.
 * Tie-break Substansi (mean of 0.5*S over complete sets): e1 40, e2 (90+70)/4 = 40: still tied, and
 * both have 90 in Lapangan: e1 and e2 stay tied at place 1. e3 (70+80+60)/6 = 35 beats e4 (60+70)/4 = 32.5.
 */
function smallJury(overrides: Partial<Competition> = {}): Competition {
  return makeCompetition({
    stages: [
      { id: 'p', name: 'Presentasi', weight: 60, entry: { kind: 'all' }, jurorsPerEntry: null },
      { id: 'l', name: 'Lapangan', weight: 40, entry: { kind: 'topN', n: 3 }, jurorsPerEntry: null },
    ],
    criteria: [
      { id: 'sub', stageId: 'p', name: 'Substansi', weight: 50, scale: percentScale() },
      { id: 'del', stageId: 'p', name: 'Penyampaian', weight: 50, scale: percentScale() },
      { id: 'fit', stageId: 'l', name: 'Kesesuaian', weight: 100, scale: percentScale() },
    ],
    jurors: [
      { id: 'j1', name: 'Juri Satu', email: 'j1@example.org', agency: 'Universitas A', stages: [] },
      { id: 'j2', name: 'Juri Dua', email: 'j2@example.org', agency: 'Universitas B', stages: [] },
      { id: 'j3', name: 'Juri Tiga', email: 'j3@example.org', agency: 'Dinas Y', stages: [] },
    ],
    entries: ['X', 'Y', 'Z', 'V', 'W'].map((agency, i) => ({
      id: `e${i + 1}`,
      title: `Inovasi ${i + 1}`,
      agency: `Dinas ${agency}`,
      categoryId: 'cat',
      excludedReason: '',
    })),
    settings: defaultSettings({
      tieBreaks: [
        { kind: 'criterion', stageId: 'p', criterionId: 'sub' },
        { kind: 'stage', stageId: 'l' },
      ],
      advanceTopN: 3,
      disagreementThreshold: 15,
    }),
    ...overrides,
  });
}

const sd = (sub: CellValue, del: CellValue) => ({ sub, del });
function smallSheets(): ScoreSheet[] {
  return [
    sheet('p', 'j1', { e1: sd(80, 80), e2: sd(90, 70), e3: sd(70, 70), e4: sd(60, 80), e5: sd(50, 50) }),
    sheet('p', 'j2', { e1: sd(80, 80), e2: sd(70, 90), e3: sd(80, 60), e4: sd(60, null), e5: sd(60, 60) }),
    sheet('p', 'j3', { e1: sd(80, 80), e3: sd(60, 80), e4: sd(70, 70), e5: sd(40, 40) }),
    sheet('l', 'j1', { e1: { fit: 90 }, e2: { fit: 90 }, e3: { fit: 80 }, e4: { fit: 70 } }),
    sheet('l', 'j2', { e1: { fit: 90 }, e2: { fit: 90 }, e3: { fit: 80 }, e4: { fit: 90 } }),
    sheet('l', 'j3', { e1: { fit: 90 }, e3: { fit: 80 }, e4: { fit: 80 } }),
  ];
}

function entriesOf(result: RankingResult): Record<string, RankedEntry> {
  return Object.fromEntries(result.categories.flatMap((k) => k.entries).map((e) => [e.entryId, e]));
}

describe('computeRanking on a small two-stage jury', () => {
  const result = computeRanking(smallJury(), smallSheets());
  const byId = entriesOf(result);

  it('ranks with ties, tie-breaks and the entry that stopped early last', () => {
    const [cat] = result.categories;
    expect(cat.entries.map((e) => [e.entryId, e.place, e.tie])).toEqual([
      ['e1', 1, true],
      ['e2', 1, true],
      ['e3', 3, false],
      ['e4', 4, false],
      ['e5', 5, false],
    ]);
    expect(byId.e1.finalScore).toBeCloseTo(84, 9);
    expect(byId.e4.finalScore).toBeCloseTo(74, 9);
    expect(byId.e5.finalScore).toBeNull();
    expect(byId.e5.stageScores).toEqual({ p: 50, l: null });
    expect(byId.e5.lastStageId).toBe('p');
    expect(byId.e4.lastStageId).toBe('l');
  });

  it('averages over the jurors who scored: a conflict or a missing score never counts as zero', () => {
    expect(byId.e2.stageScores.p).toBeCloseTo(80, 9);
    expect(byId.e4.stageScores.p).toBeCloseTo(70, 9);
  });

  it('names the rule that decided each place', () => {
    expect(byId.e1.decidedBy).toEqual({ id: 'seri', en: 'tie' });
    expect(byId.e3.decidedBy).toEqual({
      id: 'penentu seri: kriteria Substansi (Presentasi)',
      en: 'tie-break: criterion Substansi (Presentasi)',
    });
    expect(byId.e4.decidedBy).toEqual(byId.e3.decidedBy);
    expect(byId.e5.decidedBy.en).toBe('score in stage Presentasi, the last stage it took part in');
  });

  it('flags the incomplete entry and the whole result as incomplete', () => {
    expect(
      Object.values(byId)
        .filter((e) => e.incomplete)
        .map((e) => e.entryId),
    ).toEqual(['e4']);
    expect(result.complete).toBe(false);
    expect(result.problems.some((p) => p.severity === 'error' && p.where.kind === 'score')).toBe(true);
  });

  it('lets the best 3 advance, ties included', () => {
    expect(
      Object.values(byId)
        .filter((e) => e.advances)
        .map((e) => e.entryId),
    ).toEqual(['e1', 'e2', 'e3']);
  });

  it("computes Kendall's W over the jurors who scored every entrant", () => {
    // Presentasi: only j1 scored all five (j2 left e4 incomplete, j3 has a conflict with e2).
    // Lapangan: j1 (90,90,80,70) and j2 (90,90,80,90). Mid-ranks j1: 1.5 1.5 3 4, j2: 2 2 4 2; rank sums
    // 3.5 3.5 7 6 around 5: Σ² = 9.5. Ties: j1 2³-2 = 6, j2 3³-3 = 24. W = 12*9.5 / (4*60 - 2*30) = 114/180.
    const [p, l] = result.categories[0].agreement;
    expect([p.stageId, p.kendallW, p.jurors, p.entries]).toEqual(['p', null, 1, 5]);
    expect(p.note?.id).toMatch(/juri/);
    expect([l.stageId, l.jurors, l.entries, l.note]).toEqual(['l', 2, 4, null]);
    expect(l.kendallW).toBeCloseTo(114 / 180, 12);
  });

  it('reports disagreements above the threshold', () => {
    // Presentasi e5: 50, 60, 40; Lapangan e4: 70, 90, 80.
    expect(result.disagreements).toEqual([
      { stageId: 'p', entryId: 'e5', min: 40, max: 60, spread: 20 },
      { stageId: 'l', entryId: 'e4', min: 70, max: 90, spread: 20 },
    ]);
  });

  it('lists the places that would change with each juror left out', () => {
    // Without j1: e2's Substansi is j2's alone (35 < 40), and e4's Lapangan is (90+80)/2 = 85, final 76 > e3's 74.
    // Without j2: e2's Substansi is j1's alone (45 > 40): e2 alone first.
    // Without j3: the same places.
    expect(result.leaveOneOut).toEqual([
      {
        jurorId: 'j1',
        stageChanges: [],
        changes: [
          { entryId: 'e2', from: 1, to: 2 },
          { entryId: 'e3', from: 3, to: 4 },
          { entryId: 'e4', from: 4, to: 3 },
        ],
      },
      { jurorId: 'j2', stageChanges: [], changes: [{ entryId: 'e1', from: 1, to: 2 }] },
      { jurorId: 'j3', stageChanges: [], changes: [] },
    ]);
  });

  it('reports juror totals, offsets and progress', () => {
    expect(
      result.jurorTotals.filter((t) => t.stageId === 'p' && t.jurorId === 'j2').map((t) => t.entryId),
    ).toEqual(['e1', 'e2', 'e3', 'e5']);
    const j3 = result.offsets.find((o) => o.stageId === 'l' && o.jurorId === 'j3');
    // e1: 90 - 90, e3: 80 - 80, e4: 80 - (70+90)/2 = 0.
    expect(j3).toEqual({ stageId: 'l', jurorId: 'j3', meanOffset: 0, entries: 3 });
    expect(result.progress.find((x) => x.stageId === 'p' && x.jurorId === 'j2')).toMatchObject({
      scored: 4,
      total: 5,
      done: false,
    });
    expect(result.method).toEqual({
      requested: 'mean',
      stages: [
        { stageId: 'p', applied: 'mean', note: null },
        { stageId: 'l', applied: 'mean', note: null },
      ],
    });
  });
});

describe('computeRanking: manual adjustments', () => {
  it('applies them after the computation and keeps the computed place visible', () => {
    const c = smallJury({
      adjustments: [
        { kind: 'exclude', entryId: 'e1', reason: 'sudah menang tahun lalu' },
        { kind: 'move', entryId: 'e4', toPlace: 1, reason: 'keputusan panel' },
        { kind: 'advance', entryId: 'e5', advances: true, reason: 'kuota daerah' },
      ],
    });
    const result = computeRanking(c, smallSheets());
    expect(
      result.categories[0].entries.map((e) => [e.entryId, e.place, e.computedPlace, e.advances]),
    ).toEqual([
      ['e4', 1, 4, true],
      ['e2', 2, 1, true],
      ['e3', 3, 3, true],
      ['e5', 4, 5, true],
      ['e1', null, 1, false],
    ]);
    const e1 = result.categories[0].entries[4];
    expect(e1.excludedReason).toBe('sudah menang tahun lalu');
    expect(e1.adjustments).toEqual([c.adjustments[0]]);
  });

  it('lists an entry excluded in the setup at the end of its category, unranked, with its reason', () => {
    const c = smallJury();
    c.entries[0].excludedReason = 'Dokumen tidak lengkap';
    const sheets = smallSheets().map((s) => ({ ...s, rows: s.rows.filter((r) => r.entryId !== 'e1') }));
    const entries = computeRanking(c, sheets).categories[0].entries;
    expect(entries.map((e) => [e.entryId, e.place])).toEqual([
      ['e2', 1],
      ['e3', 2],
      ['e4', 3],
      ['e5', 4],
      ['e1', null],
    ]);
    expect(entries[4].decidedBy.id).toBe('dikecualikan: Dokumen tidak lengkap');
  });
});

describe('computeRanking: methods and setup', () => {
  function oneStage(method: 'zscore' | 'median', zscoreMinEntries: number): RankingResult {
    const c = makeCompetition({ settings: defaultSettings({ method, zscoreMinEntries }) });
    return computeRanking(c, [
      sheet('s1', 'j1', { e1: { c1: 60 }, e2: { c1: 70 }, e3: { c1: 80 } }),
      sheet('s1', 'j2', { e1: { c1: 90 }, e2: { c1: 70 }, e3: { c1: 80 } }),
    ]);
  }

  it('applies z-scores when every juror scored enough entries', () => {
    const result = oneStage('zscore', 3);
    expect(result.method.stages).toEqual([{ stageId: 's1', applied: 'zscore', note: null }]);
    expect(result.problems.filter((p) => /^zscore-(no-scores|too-few|no-spread)$/.test(p.code))).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('falls back to the mean and says why when a juror scored too few entries', () => {
    const result = oneStage('zscore', 5);
    const [stage] = result.method.stages;
    expect(stage.applied).toBe('mean');
    expect(stage.note?.id).toContain('Juri Satu');
    expect(result.problems).toContainEqual({
      code: 'zscore-too-few',
      severity: 'warning',
      where: { kind: 'setting', field: 'method' },
      message: stage.note,
    });
    // Means: e1 75, e2 70, e3 80.
    expect(result.categories[0].entries.map((e) => [e.entryId, e.place])).toEqual([
      ['e3', 1],
      ['e1', 2],
      ['e2', 3],
    ]);
  });

  it('stops at setup errors, with no ranking', () => {
    const c = makeCompetition({
      criteria: [{ id: 'c1', stageId: 's1', name: 'Kebaruan', weight: 90, scale: percentScale() }],
    });
    const result = computeRanking(c, []);
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(result.categories).toEqual([]);
    expect(result.complete).toBe(false);
  });

  it('ranks the regency example per category, with the entries awaiting a decision in their own group', () => {
    const c = regencyFixture();
    const ids = c.entries.map((e) => e.id);
    const rows = (scores: Record<string, number>) =>
      Object.fromEntries(
        ids.map((id, i) => [id, Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v - i]))]),
      );
    const sheets = ['j1', 'j2', 'j3'].flatMap((j) => [
      sheet('presentasi', j, rows({ delivery: 80, substance: 80, video: 80, head: 80 })),
      sheet('lapangan', j, rows({ conformity: 80, impact: 80 })),
    ]);
    const result = computeRanking(c, sheets);
    expect(result.categories.map((k) => [k.categoryId, k.entries.map((e) => [e.entryId, e.place])])).toEqual([
      [
        'governance',
        [
          ['e1', 1],
          ['e2', 2],
        ],
      ],
      ['transparency', [['e4', 1]]],
      [
        'collaboration',
        [
          ['e3', 1],
          ['e5', 2],
        ],
      ],
      ['', [['e6', 1]]],
    ]);
    expect(result.categories[3].name).toBe('Menunggu keputusan kategori');
    expect(result.dropped).toEqual([{ categoryId: 'inclusion', entries: 1, movedTo: '' }]);
    // Every juror scored e1 80 in every criterion: 80 in both stages, final 0.6*80 + 0.4*80.
    expect(result.categories[0].entries[0].finalScore).toBeCloseTo(80, 9);
    expect(result.leaveOneOut.every((l) => l.changes.length === 0)).toBe(true);
  });
});
