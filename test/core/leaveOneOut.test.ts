import fc from 'fast-check';
import { computeRanking } from '../../src/core/compute';
import type {
  Adjustment,
  AggregationMethod,
  Competition,
  ScoreSheet,
  StageEntryRule,
} from '../../src/core/model';
import type { RankingResult } from '../../src/core/result';
import { defaultSettings, makeCompetition, percentScale } from './fixtures';

const jurors = (n: number) =>
  Array.from({ length: n }, (_, j) => ({
    id: `j${j + 1}`,
    name: `Juri ${j + 1}`,
    email: `j${j + 1}@example.org`,
    agency: `Universitas ${j + 1}`,
    stages: [],
  }));

const entries = (n: number, categoryOf: (e: number) => string = () => 'cat') =>
  Array.from({ length: n }, (_, e) => ({
    id: `e${e + 1}`,
    title: `Inovasi ${e + 1}`,
    agency: `Dinas ${e + 1}`,
    categoryId: categoryOf(e),
    excludedReason: '',
  }));

/** scores[juror][entry] on one criterion; null = no row for that entry in the juror's tab. */
function sheets(stageId: string, criterionId: string, scores: (number | null)[][]): ScoreSheet[] {
  return scores.map((row, j) => ({
    stageId,
    jurorId: `j${j + 1}`,
    rows: row.flatMap((score, e) =>
      score === null ? [] : [{ entryId: `e${e + 1}`, scores: { [criterionId]: score }, notes: '' }],
    ),
  }));
}

function placesOf(result: RankingResult): Record<string, number | null> {
  return Object.fromEntries(result.categories.flatMap((k) => k.entries).map((e) => [e.entryId, e.place]));
}

function without(result: RankingResult, jurorId: string) {
  return result.leaveOneOut.find((l) => l.jurorId === jurorId);
}

describe('leave one juror out, on what was published', () => {
  it('reports changes against the places after the manual adjustments, applied again as the Setup states them', () => {
    //        j1  j2  j3   mean
    //  e1    95  95  95   95
    //  e2    90  90  90   90
    //  e3    88  80  80   82.67
    //  e4    70  84  84   79.33
    //  e5    75  75  75   75
    //  e6    60  74  80   71.33   computed 6th; the jury moved it to place 2
    // Published: e1 1, e6 2, e2 3, e3 4, e4 5, e5 6.
    // Without j1: e3 80, e4 84, e6 77 > e5 75; the move applied again: e1, e6, e2, e4, e3, e5.
    const move: Adjustment = { kind: 'move', entryId: 'e6', toPlace: 2, reason: 'keterwakilan daerah 3T' };
    const c = makeCompetition({ jurors: jurors(3), entries: entries(6), adjustments: [move] });
    const result = computeRanking(
      c,
      sheets('s1', 'c1', [
        [95, 90, 88, 70, 75, 60],
        [95, 90, 80, 84, 75, 74],
        [95, 90, 80, 84, 75, 80],
      ]),
    );
    expect(placesOf(result)).toEqual({ e1: 1, e6: 2, e2: 3, e3: 4, e4: 5, e5: 6 });
    expect(without(result, 'j1')).toEqual({
      jurorId: 'j1',
      stageChanges: [],
      changes: [
        { entryId: 'e3', from: 4, to: 5 },
        { entryId: 'e4', from: 5, to: 4 },
      ],
    });
    // Before the adjustment e6 would have moved from 6th to 5th; on what was published it stays 2nd.
    expect(without(result, 'j1')?.changes.some((ch) => ch.entryId === 'e6')).toBe(false);
    expect(without(result, 'j2')?.changes).toEqual([]);
    expect(without(result, 'j3')?.changes).toEqual([]);
  });

  it('names an entry that would have entered the next stage, and one that would have missed it', () => {
    // Stage 1, best 2 go on:   j1  j2  j3   mean
    //                    e1    90  90  90   90
    //                    e2    80  80  80   80
    //                    e3    60  80  82   74
    //                    e4    70  70  70   70
    // Published: e1 and e2 go on (e1 90 and e2 85 in stage 2): e1 1, e2 2, then e3 3, e4 4 on stage 1 alone.
    // Without j1, e3 (81) beats e2 (80): e3 enters stage 2, where it has no scores, and e2 stops at stage 1.
    const c = makeCompetition({
      jurors: jurors(3),
      entries: entries(4),
      stages: [
        { id: 's1', name: 'Proposal', weight: 50, entry: { kind: 'all' }, jurorsPerEntry: null },
        { id: 's2', name: 'Presentasi', weight: 50, entry: { kind: 'topN', n: 2 }, jurorsPerEntry: null },
      ],
      criteria: [
        { id: 'c1', stageId: 's1', name: 'Kebaruan', weight: 100, scale: percentScale() },
        { id: 'c2', stageId: 's2', name: 'Penyampaian', weight: 100, scale: percentScale() },
      ],
    });
    const scored = [
      ...sheets('s1', 'c1', [
        [90, 80, 60, 70],
        [90, 80, 80, 70],
        [90, 80, 82, 70],
      ]),
      ...sheets('s2', 'c2', [
        [90, 85, null, null],
        [90, 85, null, null],
        [90, 85, null, null],
      ]),
    ];
    const result = computeRanking(c, scored);
    expect(placesOf(result)).toEqual({ e1: 1, e2: 2, e3: 3, e4: 4 });
    expect(without(result, 'j1')).toEqual({
      jurorId: 'j1',
      stageChanges: [
        { entryId: 'e2', stageId: 's2', enters: false },
        { entryId: 'e3', stageId: 's2', enters: true },
      ],
      // e3 would have gone on to a presentation it never gave: ranked for now by its proposal, as an interim
      // ranking ranks it, above e2, which would have stopped at the proposal.
      changes: [
        { entryId: 'e2', from: 2, to: 3 },
        { entryId: 'e3', from: 3, to: 2 },
      ],
    });
    // The same as ranking again from scratch without j1.
    const again = computeRanking(
      { ...c, jurors: c.jurors.filter((j) => j.id !== 'j1') },
      scored.filter((s) => s.jurorId !== 'j1'),
    );
    expect(placesOf(again)).toEqual({ e1: 1, e3: 2, e2: 3, e4: 4 });
    expect(without(result, 'j2')).toEqual({ jurorId: 'j2', stageChanges: [], changes: [] });
  });

  it('agrees with ranking again from scratch without the juror: stage cuts, any method, manual moves', () => {
    const score = fc.integer({ min: 0, max: 10 }).map((v) => v * 10);
    const cell = fc.option(score, { nil: null, freq: 8 });
    const rules: StageEntryRule[] = [{ kind: 'topN', n: 2 }, { kind: 'passing', grade: 50 }, { kind: 'all' }];
    const methods: AggregationMethod[] = ['mean', 'median', 'trimmed', 'zscore'];
    const arb = fc
      .record({ jurors: fc.integer({ min: 2, max: 4 }), entries: fc.integer({ min: 3, max: 8 }) })
      .chain(({ jurors: m, entries: n }) =>
        fc.record({
          first: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          second: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          rule: fc.constantFrom(...rules),
          method: fc.constantFrom(...methods),
          moves: fc.array(fc.record({ entry: fc.nat(n - 1), place: fc.integer({ min: 1, max: n }) }), {
            maxLength: 2,
          }),
          left: fc.nat(m - 1),
        }),
      );
    fc.assert(
      fc.property(arb, ({ first, second, rule, method, moves, left }) => {
        const n = first[0].length;
        const c: Competition = makeCompetition({
          jurors: jurors(first.length),
          entries: entries(n, (e) => (e % 3 === 2 ? 'B' : 'cat')),
          categories: [
            { id: 'cat', name: 'Umum', optional: false, minEntries: 1, fallback: '' },
            { id: 'B', name: 'Khusus', optional: false, minEntries: 1, fallback: '' },
          ],
          stages: [
            { id: 's1', name: 'Proposal', weight: 40, entry: { kind: 'all' }, jurorsPerEntry: null },
            { id: 's2', name: 'Presentasi', weight: 60, entry: rule, jurorsPerEntry: null },
          ],
          criteria: [
            { id: 'c1', stageId: 's1', name: 'Kebaruan', weight: 100, scale: percentScale() },
            { id: 'c2', stageId: 's2', name: 'Penyampaian', weight: 100, scale: percentScale() },
          ],
          settings: defaultSettings({
            method,
            zscoreMinEntries: 2,
            tieBreaks: [{ kind: 'criterion', stageId: 's1', criterionId: 'c1' }],
          }),
          adjustments: moves.map((m) => ({
            kind: 'move' as const,
            entryId: `e${m.entry + 1}`,
            toPlace: m.place,
            reason: 'keputusan panel',
          })),
        });
        // Stage 2 tabs list only the entries that entered it.
        const stage1 = sheets('s1', 'c1', first);
        const entered = new Set(
          computeRanking(c, stage1)
            .categories.flatMap((k) => k.entries)
            .filter((e) => e.lastStageId === 's2')
            .map((e) => e.entryId),
        );
        const stage2 = sheets(
          's2',
          'c2',
          second.map((row) => row.map((v, e) => (entered.has(`e${e + 1}`) ? (v ?? 0) : null))),
        );
        const scored = [...stage1, ...stage2];
        const result = computeRanking(c, scored);
        const jurorId = `j${left + 1}`;
        const again = computeRanking(
          { ...c, jurors: c.jurors.filter((j) => j.id !== jurorId) },
          scored.filter((s) => s.jurorId !== jurorId),
        );
        const before = placesOf(result);
        const after = placesOf(again);
        const expected = c.entries
          .filter((e) => before[e.id] !== null && after[e.id] !== before[e.id])
          .map((e) => ({ entryId: e.id, from: before[e.id], to: after[e.id] }));
        const reached = (r: RankingResult) =>
          new Set(
            r.categories
              .flatMap((k) => k.entries)
              .filter((e) => e.lastStageId === 's2')
              .map((e) => e.entryId),
          );
        const was = reached(result);
        const would = reached(again);
        const stageChanges = c.entries
          .filter((e) => was.has(e.id) !== would.has(e.id))
          .map((e) => ({ entryId: e.id, stageId: 's2', enters: would.has(e.id) }));
        const reported = without(result, jurorId);
        if (reported === undefined) return;
        expect(reported.changes).toEqual(expected);
        expect(reported.stageChanges).toEqual(stageChanges);
      }),
      { numRuns: 300 },
    );
  });
});
