import fc from 'fast-check';
import { computeRanking } from '../../src/core/compute';
import { aggregateStage, indexTotals, type JurorTotal } from '../../src/core/aggregate';
import { competitionRanks } from '../../src/core/rank';
import type { Adjustment, AggregationMethod, Competition, Juror, ScoreSheet } from '../../src/core/model';
import type { RankingResult } from '../../src/core/result';
import { defaultSettings, makeCompetition, percentScale } from './fixtures';

/** scores[j][e] = [Substansi, Penyampaian] on 0-100, null where the juror left the cell empty. */
type Grid = (number | null)[][][];

interface Jury {
  grid: Grid;
  method: AggregationMethod;
}

const jurorId = (j: number) => `j${j}`;
const entryId = (e: number) => `e${e}`;

/** One stage, two categories, two criteria, every juror scoring every entry, tie-break on Substansi. */
function competitionOf(jury: Jury, adjustments: Adjustment[] = []): Competition {
  const jurors = jury.grid.length;
  const entries = jury.grid[0].length;
  return makeCompetition({
    categories: [
      { id: 'A', name: 'Kategori A', optional: false, minEntries: 1, fallback: '' },
      { id: 'B', name: 'Kategori B', optional: false, minEntries: 1, fallback: '' },
    ],
    criteria: [
      { id: 'sub', stageId: 's1', name: 'Substansi', weight: 50, scale: percentScale() },
      { id: 'del', stageId: 's1', name: 'Penyampaian', weight: 50, scale: percentScale() },
    ],
    jurors: Array.from({ length: jurors }, (_, j): Juror => ({
      id: jurorId(j),
      name: `Juri ${j}`,
      email: `j${j}@example.org`,
      agency: `Universitas ${j}`,
      stages: [],
    })),
    entries: Array.from({ length: entries }, (_, e) => ({
      id: entryId(e),
      title: `Inovasi ${e}`,
      agency: `Dinas ${e}`,
      categoryId: e % 3 === 2 ? 'B' : 'A',
      excludedReason: '',
    })),
    settings: defaultSettings({
      method: jury.method,
      zscoreMinEntries: 2,
      tieBreaks: [{ kind: 'criterion', stageId: 's1', criterionId: 'sub' }],
    }),
    adjustments,
  });
}

function sheetsOf(grid: Grid): ScoreSheet[] {
  return grid.map((row, j) => ({
    stageId: 's1',
    jurorId: jurorId(j),
    rows: row.map(([sub, del], e) => ({ entryId: entryId(e), scores: { sub, del }, notes: '' })),
  }));
}

function placesOf(result: RankingResult): Record<string, number | null> {
  return Object.fromEntries(result.categories.flatMap((k) => k.entries).map((e) => [e.entryId, e.place]));
}

/** Scores on a coarse grid (multiples of 10) so that ties are frequent. */
const score = fc.integer({ min: 0, max: 10 }).map((v) => v * 10);

function juryArb(options: { missing: boolean; methods: AggregationMethod[] }): fc.Arbitrary<Jury> {
  const cell = options.missing ? fc.option(score, { nil: null, freq: 6 }) : score;
  return fc
    .record({ jurors: fc.integer({ min: 2, max: 4 }), entries: fc.integer({ min: 2, max: 7 }) })
    .chain(({ jurors, entries }) =>
      fc.record({
        grid: fc.array(fc.array(fc.tuple(cell, cell), { minLength: entries, maxLength: entries }), {
          minLength: jurors,
          maxLength: jurors,
        }),
        method: fc.constantFrom(...options.methods),
      }),
    );
}

const allMethods: AggregationMethod[] = ['mean', 'median', 'trimmed', 'zscore'];

describe('ranking properties', () => {
  it('does not depend on the order in which jurors, entries, tabs and rows are listed', () => {
    fc.assert(
      fc.property(
        juryArb({ missing: true, methods: allMethods }).chain((jury) =>
          fc.record({
            jury: fc.constant(jury),
            jurorOrder: fc.shuffledSubarray([...jury.grid.keys()], {
              minLength: jury.grid.length,
              maxLength: jury.grid.length,
            }),
            entryOrder: fc.shuffledSubarray([...jury.grid[0].keys()], {
              minLength: jury.grid[0].length,
              maxLength: jury.grid[0].length,
            }),
          }),
        ),
        ({ jury, jurorOrder, entryOrder }) => {
          const c = competitionOf(jury);
          const base = placesOf(computeRanking(c, sheetsOf(jury.grid)));
          const shuffled: Competition = {
            ...c,
            jurors: jurorOrder.map((j) => c.jurors[j]),
            entries: entryOrder.map((e) => c.entries[e]),
          };
          const sheets = jurorOrder.map((j) => {
            const s = sheetsOf(jury.grid)[j];
            return { ...s, rows: entryOrder.map((e) => s.rows[e]) };
          });
          expect(placesOf(computeRanking(shuffled, sheets))).toEqual(base);
        },
      ),
    );
  });

  it('always gives a valid competition ranking (1, 2, 2, 4), adjustments included', () => {
    const adjustment = (entries: number) =>
      fc.oneof(
        fc.record({
          kind: fc.constant('exclude' as const),
          entryId: fc.integer({ min: 0, max: entries - 1 }).map(entryId),
          reason: fc.constant('alasan'),
        }),
        fc.record({
          kind: fc.constant('move' as const),
          entryId: fc.integer({ min: 0, max: entries - 1 }).map(entryId),
          toPlace: fc.integer({ min: 1, max: entries + 1 }),
          reason: fc.constant('alasan'),
        }),
      );
    fc.assert(
      fc.property(
        juryArb({ missing: true, methods: allMethods }).chain((jury) =>
          fc.record({
            jury: fc.constant(jury),
            adjustments: fc.array(adjustment(jury.grid[0].length), { maxLength: 3 }),
          }),
        ),
        ({ jury, adjustments }) => {
          const result = computeRanking(competitionOf(jury, adjustments), sheetsOf(jury.grid));
          for (const category of result.categories) {
            const placed = category.entries.filter((e) => e.place !== null);
            placed.forEach((e, i) => {
              expect(e.place === i + 1 || (i > 0 && e.place === placed[i - 1].place)).toBe(true);
              expect(e.tie).toBe(placed.some((o) => o !== e && o.place === e.place));
            });
            // Entries without a place come after all placed ones.
            const firstUnplaced = category.entries.findIndex((e) => e.place === null);
            if (firstUnplaced >= 0)
              expect(category.entries.slice(firstUnplaced).every((e) => e.place === null)).toBe(true);
          }
        },
      ),
    );
  });

  it('never lowers the place of an entry when one of its scores is raised', () => {
    fc.assert(
      fc.property(
        juryArb({ missing: true, methods: ['mean', 'median', 'trimmed'] }).chain((jury) =>
          fc.record({
            jury: fc.constant(jury),
            j: fc.integer({ min: 0, max: jury.grid.length - 1 }),
            e: fc.integer({ min: 0, max: jury.grid[0].length - 1 }),
            criterion: fc.constantFrom(0, 1),
            raise: fc.integer({ min: 1, max: 10 }).map((v) => v * 10),
          }),
        ),
        ({ jury, j, e, criterion, raise }) => {
          const before = jury.grid[j][e][criterion];
          fc.pre(before !== null && before + raise <= 100);
          const raised = jury.grid.map((row) => row.map((cell) => [...cell]));
          raised[j][e][criterion] = (before as number) + raise;
          const placeBefore = placesOf(computeRanking(competitionOf(jury), sheetsOf(jury.grid)))[entryId(e)];
          const placeAfter = placesOf(
            computeRanking(competitionOf({ ...jury, grid: raised }), sheetsOf(raised)),
          )[entryId(e)];
          if (placeBefore !== null) expect(placeAfter).not.toBeNull();
          if (placeBefore !== null && placeAfter !== null)
            expect(placeAfter).toBeLessThanOrEqual(placeBefore);
        },
      ),
    );
  });

  it('changes nothing when a juror whose totals equal the panel mean is left out', () => {
    // Two jurors score a - d and a + d on each criterion, a third scores a: the panel mean with or without them.
    const cell = fc.record({ a: fc.integer({ min: 2, max: 8 }), d: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 7 })
          .chain((entries) => fc.array(fc.tuple(cell, cell), { minLength: entries, maxLength: entries })),
        fc.constantFrom<AggregationMethod>('mean', 'median'),
        (cells, method) => {
          const juror = (sign: number) =>
            cells.map(([s, p]) => [(s.a + sign * s.d) * 10, (p.a + sign * p.d) * 10]);
          const grid = [juror(-1), juror(1), juror(0)];
          const result = computeRanking(competitionOf({ grid, method }), sheetsOf(grid));
          expect(result.leaveOneOut.find((l) => l.jurorId === jurorId(2))?.changes).toEqual([]);
        },
      ),
    );
  });

  it('leave-one-out agrees with a full recomputation without that juror', () => {
    fc.assert(
      fc.property(juryArb({ missing: true, methods: allMethods }), fc.nat(), (jury, pick) => {
        const left = pick % jury.grid.length;
        const c = competitionOf(jury);
        const result = computeRanking(c, sheetsOf(jury.grid));
        const before = placesOf(result);
        const without = computeRanking(
          { ...c, jurors: c.jurors.filter((j) => j.id !== jurorId(left)) },
          sheetsOf(jury.grid).filter((s) => s.jurorId !== jurorId(left)),
        );
        const expected = Object.entries(placesOf(without))
          .filter(([id, place]) => before[id] !== null && place !== before[id])
          .map(([id]) => id)
          .sort();
        const reported =
          result.leaveOneOut
            .find((l) => l.jurorId === jurorId(left))
            ?.changes.map((x) => x.entryId)
            .sort() ?? [];
        expect(reported).toEqual(expected);
      }),
    );
  });
});

describe('z-score properties', () => {
  it("ignores a constant added to all of one juror's totals (when applied)", () => {
    const arb = fc
      .record({ jurors: fc.integer({ min: 2, max: 4 }), entries: fc.integer({ min: 3, max: 8 }) })
      .chain(({ jurors, entries }) =>
        fc.record({
          grid: fc.array(
            fc.array(fc.integer({ min: 0, max: 100 }), { minLength: entries, maxLength: entries }),
            { minLength: jurors, maxLength: jurors },
          ),
          shift: fc.integer({ min: -50, max: 50 }),
          j: fc.integer({ min: 0, max: jurors - 1 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ grid, shift, j }) => {
        const entrants = grid[0].map((_, e) => entryId(e));
        const totalsOf = (g: number[][]): JurorTotal[] =>
          g.flatMap((row, jj) =>
            row.map((total, e) => ({ jurorId: jurorId(jj), entryId: entryId(e), total, parts: {} })),
          );
        const base = aggregateStage(indexTotals(totalsOf(grid)), entrants, 'zscore', 3);
        fc.pre(base.applied === 'zscore');
        const shifted = grid.map((row, jj) => row.map((v) => (jj === j ? v + shift : v)));
        const moved = aggregateStage(indexTotals(totalsOf(shifted)), entrants, 'zscore', 3);
        expect(moved.applied).toBe('zscore');
        const ranks = (scores: Record<string, number | null>) =>
          competitionRanks(entrants.map((id) => scores[id]));
        expect(ranks(moved.scores)).toEqual(ranks(base.scores));
      }),
    );
  });
});
