import {
  aggregate,
  aggregateStage,
  criterionMean,
  finalScore,
  indexTotals,
  jurorTotals,
  refusalNote,
  zscoreTotals,
  type JurorTotal,
} from '../../src/core/aggregate';
import type { Criterion, StageScores } from '../../src/core/model';
import { percentScale } from './fixtures';

const presentation: Criterion[] = [
  { id: 'delivery', stageId: 's', name: 'Penyampaian', weight: 30, scale: percentScale() },
  { id: 'substance', stageId: 's', name: 'Substansi', weight: 50, scale: percentScale() },
  { id: 'video', stageId: 's', name: 'Video', weight: 10, scale: percentScale() },
  { id: 'head', stageId: 's', name: 'Kehadiran kepala', weight: 10, scale: percentScale() },
];

/** Totals with a single criterion, so that each total is the score itself. */
function totals(rows: [jurorId: string, entryId: string, total: number][]): JurorTotal[] {
  return rows.map(([jurorId, entryId, total]) => ({ jurorId, entryId, total, parts: { c: total } }));
}

describe('juror totals', () => {
  it('weights each criterion by weight/100', () => {
    const scores: StageScores = { j1: { e1: { delivery: 80, substance: 90, video: 70, head: 100 } } };
    // 0.3*80 + 0.5*90 + 0.1*70 + 0.1*100 = 24 + 45 + 7 + 10 = 86
    const [t] = jurorTotals(scores, presentation);
    expect(t.total).toBeCloseTo(86, 9);
    expect(t.parts.substance).toBeCloseTo(45, 9);
  });

  it('ignores a score set missing a criterion, never counting it as zero', () => {
    const scores: StageScores = {
      j1: { e1: { delivery: 80, substance: 90, video: 70 } },
      j2: { e1: { delivery: 60, substance: 60, video: 60, head: 60 } },
    };
    const list = jurorTotals(scores, presentation);
    expect(list.map((t) => t.jurorId)).toEqual(['j2']);
    expect(aggregateStage(indexTotals(list), ['e1'], 'mean', 5).scores.e1).toBeCloseTo(60, 9);
  });

  it('counts only assigned pairs when given the assignment', () => {
    const scores: StageScores = { j1: { e1: { c: 70 }, e2: { c: 80 } } };
    const criteria: Criterion[] = [{ id: 'c', stageId: 's', name: 'C', weight: 100, scale: percentScale() }];
    expect(jurorTotals(scores, criteria, { j1: ['e2'] }).map((t) => t.entryId)).toEqual(['e2']);
  });
});

describe('aggregate', () => {
  it('mean, median (odd and even counts)', () => {
    expect(aggregate([70, 80, 90], 'mean')).toBe(80);
    expect(aggregate([70, 95, 80], 'median')).toBe(80);
    expect(aggregate([70, 95, 80, 60], 'median')).toBe(75);
  });

  it('trimmed mean keeps all of 3 jurors', () => {
    expect(aggregate([60, 70, 95], 'trimmed')).toBe(75);
  });

  it('trimmed mean drops one highest and one lowest of 4 jurors', () => {
    // drop 40 and 100: (70 + 80) / 2
    expect(aggregate([100, 70, 40, 80], 'trimmed')).toBe(75);
    // only one of two equal highest values is dropped: (80 + 90 + 90) / 3
    expect(aggregate([90, 80, 90, 70, 90], 'trimmed')).toBeCloseTo(86.6666666667, 9);
  });

  it('has no score without jurors', () => {
    expect(aggregate([], 'mean')).toBeNull();
    expect(aggregate([], 'median')).toBeNull();
    expect(aggregate([], 'trimmed')).toBeNull();
  });
});

describe('stage aggregation', () => {
  it('averages over the jurors who scored, never over the panel', () => {
    // 3 jurors on the panel; e2 scored by one only, e3 by none.
    const t = indexTotals(
      totals([
        ['j1', 'e1', 80],
        ['j2', 'e1', 90],
        ['j3', 'e1', 70],
        ['j2', 'e2', 85],
      ]),
    );
    const agg = aggregateStage(t, ['e1', 'e2', 'e3'], 'mean', 5);
    expect(agg.scores).toEqual({ e1: 80, e2: 85, e3: null });
    expect(agg.applied).toBe('mean');
    expect(agg.refusal).toBeNull();
  });

  // Juror A is harsh and drew e1-e3, juror B lenient and drew e4-e6.
  // A: 60, 70, 80 (mean 70, population sd sqrt(200/3)); B: 80, 85, 90 (mean 85, sd sqrt(50/3)).
  // Both give z = -sqrt(1.5), 0, +sqrt(1.5).
  // All six totals: mean 465/6 = 77.5; squared deviations sum 587.5, sd sqrt(587.5/6).
  // Rescaled: 77.5 ± sqrt(587.5/6) * sqrt(1.5) = 77.5 ± sqrt(146.875) = 77.5 ± 12.11920...
  const harshAndLenient = indexTotals(
    totals([
      ['A', 'e1', 60],
      ['A', 'e2', 70],
      ['A', 'e3', 80],
      ['B', 'e4', 80],
      ['B', 'e5', 85],
      ['B', 'e6', 90],
    ]),
  );
  const entrants = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'];

  it('applies z-scores when every juror scored enough entries', () => {
    const agg = aggregateStage(harshAndLenient, entrants, 'zscore', 3);
    expect(agg.applied).toBe('zscore');
    const d = Math.sqrt(146.875);
    expect(agg.scores.e1).toBeCloseTo(77.5 - d, 9);
    expect(agg.scores.e2).toBeCloseTo(77.5, 9);
    expect(agg.scores.e3).toBeCloseTo(77.5 + d, 9);
    expect(agg.scores.e4).toBeCloseTo(77.5 - d, 9);
    expect(agg.scores.e6).toBeCloseTo(77.5 + d, 9);
    // The best of the harsh juror's pool now equals the best of the lenient one's.
    expect(agg.scores.e3).toBe(agg.scores.e6);
  });

  it('refuses z-scores when a juror scored fewer entries than the minimum, and says so', () => {
    const agg = aggregateStage(harshAndLenient, entrants, 'zscore', 4);
    expect(agg.applied).toBe('mean');
    expect(agg.refusal).toEqual({ reason: 'tooFew', jurorId: 'A', count: 3, min: 4 });
    expect(agg.scores.e6).toBe(90);
    const note = refusalNote(agg.refusal!, 'Presentasi', (id) => (id === 'A' ? 'Dr. Ratna' : id));
    expect(note.id).toContain('Dr. Ratna');
    expect(note.id).toContain('Presentasi');
    expect(note.id).toContain('4');
    expect(note.en).toContain('Dr. Ratna');
    expect(note.en).toContain('mean');
  });

  it('refuses z-scores when a juror gave every entry the same total', () => {
    const flat = totals([
      ['A', 'e1', 70],
      ['A', 'e2', 70],
      ['B', 'e1', 60],
      ['B', 'e2', 90],
    ]);
    expect(zscoreTotals(flat, 2).refusal).toEqual({ reason: 'noSpread', jurorId: 'A' });
    expect(zscoreTotals([], 2).refusal).toEqual({ reason: 'noScores' });
  });
});

describe('criterion mean for tie-breaks', () => {
  it('averages the weighted criterion score over the jurors, optionally without one', () => {
    const list: JurorTotal[] = [
      { jurorId: 'j1', entryId: 'e1', total: 80, parts: { substance: 40 } },
      { jurorId: 'j2', entryId: 'e1', total: 90, parts: { substance: 45 } },
    ];
    expect(criterionMean(list, 'substance')).toBe(42.5);
    expect(criterionMean(list, 'substance', 'j2')).toBe(40);
    expect(criterionMean([], 'substance')).toBeNull();
  });
});

describe('final score', () => {
  it('weights the stages (60 % presentation, 40 % field visit)', () => {
    // 0.6*80 + 0.4*90 = 48 + 36 = 84
    expect(finalScore([60, 40], [80, 90], 'weighted')).toBeCloseTo(84, 9);
  });
  it('takes the last stage alone', () => {
    expect(finalScore([60, 40], [80, 90], 'last')).toBe(90);
  });
  it('has none when a stage score is missing', () => {
    expect(finalScore([60, 40], [80, null], 'weighted')).toBeNull();
    expect(finalScore([60, 40], [80, null], 'last')).toBeNull();
  });
});
