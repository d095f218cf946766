/**
 * The scores the demo's jurors type: deterministic, so every run of the demo
 * prints the same ranking. Each entry has a quality, each juror a leniency,
 * and a small hash of the ids plays the juror's judgement of one criterion.
 */
import type { Competition } from '../core/model';
import type { Typing } from '../workflow/typeScores';

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

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
      const noise = Math.round(hash(`${stageId}/${jurorId}/${entryId}/${k.id}`) * 8) - 4;
      const { min, max, step } = k.scale;
      const raw = min + ((quality + leniency + noise) / 100) * (max - min);
      const onStep = min + Math.round((raw - min) / step) * step;
      typing[entryId][k.id] = Math.min(max, Math.max(min, Math.round(onStep * 1000) / 1000));
    }
  }
  return typing;
}
