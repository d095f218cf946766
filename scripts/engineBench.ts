/**
 * The engine against its floor (issue 16): computeRanking at national size
 * and at four times the national size, each next to the plain loop of
 * scripts/floor.ts on the same data, in the same run. Scores are typed
 * straight into score sheets (no workbook), so only the computation is timed.
 *
 * Targets: the engine within 4 times the floor at national size, and four
 * times the national size within 6 times the national time.
 */
import { performance } from 'node:perf_hooks';
import { assignStage } from '../src/core/assign';
import { computeRanking } from '../src/core/compute';
import type { Competition, ScoreSheet } from '../src/core/model';
import { syntheticCompetition, syntheticScores } from '../src/core/synthetic';
import { floorRanking } from './floor';

export interface EngineRow {
  case: string;
  action: 'engine';
  entries: number;
  jurors: number;
  scores: number;
  engine_ms_min: number;
  engine_ms_median: number;
  floor_ms_min: number;
  floor_ms_median: number;
  /** Median engine time over median floor time. */
  engine_over_floor: number;
  /** For the larger size: its median engine time over the national one. */
  growth_over_nation?: number;
}

/** The seed of the synthetic competitions and scores the engine is measured on. */
export const SEED = 20260;

/** Every stage of `c` assigned and scored with the seeded synthetic scores. */
export function sheetsOf(c: Competition): ScoreSheet[] {
  return c.stages.flatMap((stage) => {
    const { assignment } = assignStage(
      c,
      stage.id,
      c.entries.map((e) => e.id),
    );
    return Object.entries(assignment).map(([jurorId, entryIds]) => {
      const typed = syntheticScores(c, stage.id, jurorId, entryIds, SEED);
      return {
        stageId: stage.id,
        jurorId,
        rows: entryIds.map((entryId) => ({ entryId, scores: typed[entryId], notes: '' })),
      };
    });
  });
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function stats(times: number[]): { min: number; median: number } {
  const s = [...times].sort((a, b) => a - b);
  return { min: round(s[0]), median: round(s[Math.floor(s.length / 2)]) };
}

/** Engine and floor alternately, so that both see the same load on a shared machine. */
function measure(c: Competition, sheets: ScoreSheet[], runs: number) {
  computeRanking(c, sheets);
  floorRanking(c, sheets);
  const engine: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    computeRanking(c, sheets);
    engine.push(performance.now() - t0);
    t0 = performance.now();
    floorRanking(c, sheets);
    floor.push(performance.now() - t0);
  }
  return { engine: stats(engine), floor: stats(floor) };
}

export function benchEngine(options: { large: boolean }): EngineRow[] {
  const sizes = [
    { name: 'nation', entries: 3000, jurors: 12, runs: 9 },
    ...(options.large ? [{ name: 'nation x4', entries: 12000, jurors: 24, runs: 5 }] : []),
  ];
  const rows: EngineRow[] = [];
  for (const size of sizes) {
    const c = syntheticCompetition({
      entries: size.entries,
      jurors: size.jurors,
      stages: 2,
      criteriaPerStage: 8,
      jurorsPerEntry: 2,
      categories: 4,
      seed: SEED,
    });
    const sheets = sheetsOf(c);
    const { engine, floor } = measure(c, sheets, size.runs);
    const row: EngineRow = {
      case: size.name,
      action: 'engine',
      entries: size.entries,
      jurors: size.jurors,
      scores: sheets.reduce((n, s) => n + s.rows.length, 0) * (c.criteria.length / c.stages.length),
      engine_ms_min: engine.min,
      engine_ms_median: engine.median,
      floor_ms_min: floor.min,
      floor_ms_median: floor.median,
      engine_over_floor: Math.round((engine.median / floor.median) * 100) / 100,
    };
    if (rows.length > 0)
      row.growth_over_nation = Math.round((engine.median / rows[0].engine_ms_median) * 100) / 100;
    rows.push(row);
  }
  return rows;
}

export function engineTable(rows: readonly EngineRow[]): string {
  const out = [
    '',
    'computeRanking against its floor (a plain typed-array loop, scripts/floor.ts), min / median ms:',
  ];
  for (const r of rows) {
    const growth =
      r.growth_over_nation === undefined ? '' : `, ${r.growth_over_nation}x the nation (target <= 6)`;
    out.push(
      `  ${r.case} (${r.entries} entries, ${r.jurors} jurors, ${r.scores} scores): engine ${r.engine_ms_min} / ${r.engine_ms_median}, ` +
        `floor ${r.floor_ms_min} / ${r.floor_ms_median}: ${r.engine_over_floor}x the floor (target <= 4)${growth}`,
    );
  }
  return out.join('\n');
}
