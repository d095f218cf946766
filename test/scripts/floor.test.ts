/**
 * The benchmark's floor (scripts/floor.ts) is only a fair reference if it
 * computes what the engine computes: at province size (260 entries, 9 jurors,
 * 3 per entry, z-scores) it gives the same places, the same leave-one-juror-out
 * changes, the same disagreements and the same offsets as computeRanking.
 */
import { SEED, sheetsOf } from '../../scripts/engineBench';
import { floorRanking } from '../../scripts/floor';
import { computeRanking } from '../../src/core/compute';
import { syntheticCompetition } from '../../src/core/synthetic';

describe('the floor of the benchmark', () => {
  it.each([
    ['z-scores', 'zscore' as const],
    ['the mean', 'mean' as const],
  ])('agrees with the engine at province size, with %s', (_, method) => {
    const c = syntheticCompetition({
      entries: 260,
      jurors: 9,
      stages: 2,
      criteriaPerStage: 7,
      jurorsPerEntry: 3,
      categories: 4,
      method,
      seed: SEED,
    });
    // A tighter limit than the synthetic default, so that some entries are reported.
    c.settings.disagreementThreshold = 5;
    const sheets = sheetsOf(c);
    const engine = computeRanking(c, sheets);
    const floor = floorRanking(c, sheets);

    const placeOf = new Map(engine.categories.flatMap((k) => k.entries).map((e) => [e.entryId, e.place]));
    expect(floor.places).toEqual(c.entries.map((e) => placeOf.get(e.id) ?? null));
    expect(engine.method.stages.every((s) => s.applied === method)).toBe(true);

    expect(floor.leaveOneOut).toEqual(
      engine.leaveOneOut.map(({ jurorId, changes }) => ({ jurorId, changes })),
    );
    // Leaving a juror out moves places here: the comparison is not between two empty lists.
    expect(floor.leaveOneOut.some((l) => l.changes.length > 0)).toBe(true);

    expect(floor.disagreements.map((d) => [d.stageId, d.entryId])).toEqual(
      engine.disagreements.map((d) => [d.stageId, d.entryId]),
    );
    floor.disagreements.forEach((d, i) => expect(d.spread).toBeCloseTo(engine.disagreements[i].spread, 9));
    expect(floor.disagreements.length).toBeGreaterThan(0);

    const offsets = engine.offsets.filter((o) => o.entries > 0);
    expect(floor.offsets.map((o) => [o.stageId, o.jurorId, o.entries])).toEqual(
      offsets.map((o) => [o.stageId, o.jurorId, o.entries]),
    );
    floor.offsets.forEach((o, i) => expect(o.meanOffset).toBeCloseTo(offsets[i].meanOffset as number, 9));
  });
});
