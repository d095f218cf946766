/**
 * The scores the demo's jurors type: deterministic, so every run of the demo
 * prints the same ranking. Each entry has a quality, each juror a leniency,
 * and a small hash of the ids plays the juror's judgement of one criterion.
 */
import { fnv1aUnit } from '../core/hash';
import type { Competition } from '../core/model';
import type { Typing } from '../workflow/typeScores';

export function demoTyping(
  c: Competition,
  stageId: string,
  jurorId: string,
  entryIds: readonly string[],
): Typing {
  const jurorIndex = c.jurors.findIndex((j) => j.id === jurorId);
  const leniency = [0, -4, 3, 2, -2][jurorIndex % 5];
  const typing: Typing = {};
  for (const entryId of entryIds) {
    const entryIndex = c.entries.findIndex((e) => e.id === entryId);
    const quality = 84 - ((entryIndex * 7) % 17);
    typing[entryId] = {};
    for (const k of c.criteria.filter((x) => x.stageId === stageId)) {
      const noise = Math.round(fnv1aUnit(`${stageId}/${jurorId}/${entryId}/${k.id}`) * 8) - 4;
      const { min, max, step } = k.scale;
      const raw = min + ((quality + leniency + noise) / 100) * (max - min);
      const onStep = min + Math.round((raw - min) / step) * step;
      typing[entryId][k.id] = Math.min(max, Math.max(min, Math.round(onStep * 1000) / 1000));
    }
  }
  return typing;
}
