/**
 * What one stage decided, per category, as the official documents print it:
 * each entrant's stage score, its place within its category by that score,
 * how many jurors scored it, and whether it went on. Built from the stage runs
 * and the ranking of the same computation, never recomputed another way.
 */
import type { Competition } from './model';
import type { RankingResult } from './result';
import type { StageRun } from './standings';
import { competitionRanks } from './rank';

export interface StageStanding {
  entryId: string;
  title: string;
  agency: string;
  score: number | null;
  place: number | null;
  tie: boolean;
  /** Goes on to the next stage; after the last stage, advances by the ranking. */
  advances: boolean;
  /** Jurors with a complete score set for the entry in this stage. */
  jurors: number;
}

export interface StageCategory {
  categoryId: string;
  name: string;
  entries: StageStanding[];
}

export function stageStandings(
  c: Competition,
  result: RankingResult,
  runs: readonly StageRun[],
  stageIndex: number,
): StageCategory[] {
  const run = runs[stageIndex];
  const next = runs[stageIndex + 1];
  const last = stageIndex === runs.length - 1;
  const entrants = new Set(run.entrants);
  const goesOn = new Set(next?.entrants ?? []);
  return result.categories
    .map((category) => {
      const members = category.entries.filter((e) => entrants.has(e.entryId) && e.excludedReason === '');
      const scores = members.map((e) => run.aggregation.scores[e.entryId] ?? null);
      const places = competitionRanks(scores);
      const count = new Map<number, number>();
      for (const p of places) if (p !== null) count.set(p, (count.get(p) ?? 0) + 1);
      const entries = members
        .map((e, i) => ({
          entryId: e.entryId,
          title: e.title,
          agency: e.agency,
          score: scores[i],
          place: places[i],
          tie: places[i] !== null && (count.get(places[i]!) ?? 0) > 1,
          advances: last ? e.advances : goesOn.has(e.entryId),
          jurors: run.totals.byEntry.get(e.entryId)?.length ?? 0,
        }))
        .sort((a, b) => (a.place ?? Infinity) - (b.place ?? Infinity));
      return { categoryId: category.categoryId, name: category.name, entries };
    })
    .filter((k) => k.entries.length > 0 || c.categories.some((x) => x.id === k.categoryId));
}
