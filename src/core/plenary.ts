/**
 * The plenary list: what a jury must discuss before it signs a stage's
 * minutes. Entries within a margin of the last advancing score (or of the
 * passing grade), ties that survive, jurors far apart on one entry, and, after
 * the last stage, places that change when one juror is left out.
 */
import type { Competition, Text } from './model';
import type { RankingResult } from './result';
import type { StageCategory } from './stageResults';
import { roundDecimal } from './numbers';
import { say } from './say';
import { documentMessages } from '../i18n/documents';

const r2 = (n: number): number => roundDecimal(n, 2);

export type PlenaryKind = 'cut' | 'tie' | 'disagreement' | 'leaveOut';

export interface PlenaryItem {
  kind: PlenaryKind;
  entryId: string;
  categoryName: string;
  detail: Text;
}

/** The grade that decides who goes on after a stage, when a grade does; null for a place rule or none. */
function gradeAfter(c: Competition, stageIndex: number): number | null {
  const next = c.stages[stageIndex + 1];
  if (next) return next.entry.kind === 'passing' ? next.entry.grade : null;
  return c.settings.advanceTopN === null ? c.settings.passingGrade : null;
}

function cutItems(
  c: Competition,
  categories: StageCategory[],
  stageIndex: number,
  margin: number,
): PlenaryItem[] {
  const out: PlenaryItem[] = [];
  const grade = gradeAfter(c, stageIndex);
  for (const k of categories) {
    const scored = k.entries.filter((e) => e.score !== null);
    const advancing = scored.filter((e) => e.advances);
    if (advancing.length === 0 && grade === null) continue;
    // Everyone went on: there is no cut to discuss.
    if (advancing.length === scored.length && grade === null) continue;
    const line = grade ?? Math.min(...advancing.map((e) => e.score as number));
    for (const e of scored) {
      const diff = Math.abs((e.score as number) - line);
      if (diff > margin + 1e-9) continue;
      const params = {
        score: r2(e.score as number),
        last: r2(line),
        grade: r2(line),
        diff: r2(diff),
        advances: say(documentMessages, e.advances ? 'plenary.advances' : 'plenary.stays'),
      };
      out.push({
        kind: 'cut',
        entryId: e.entryId,
        categoryName: k.name,
        detail: say(
          documentMessages,
          grade === null ? 'plenary.detail.cut' : 'plenary.detail.cutGrade',
          params,
        ),
      });
    }
  }
  return out;
}

function tieItems(categories: StageCategory[]): PlenaryItem[] {
  const out: PlenaryItem[] = [];
  for (const k of categories) {
    for (const e of k.entries.filter((x) => x.tie)) {
      const others = k.entries
        .filter((x) => x.place === e.place && x.entryId !== e.entryId)
        .map((x) => x.title);
      out.push({
        kind: 'tie',
        entryId: e.entryId,
        categoryName: k.name,
        detail: say(documentMessages, 'plenary.detail.tie', {
          place: e.place as number,
          others: others.join('; '),
        }),
      });
    }
  }
  return out;
}

export function plenaryItems(
  c: Competition,
  result: RankingResult,
  categories: StageCategory[],
  stageIndex: number,
  margin: number,
): PlenaryItem[] {
  const stageId = c.stages[stageIndex].id;
  const categoryOf = new Map<string, string>();
  for (const k of categories) for (const e of k.entries) categoryOf.set(e.entryId, k.name);
  const disagreements: PlenaryItem[] = result.disagreements
    .filter((d) => d.stageId === stageId && categoryOf.has(d.entryId))
    .map((d) => ({
      kind: 'disagreement',
      entryId: d.entryId,
      categoryName: categoryOf.get(d.entryId) ?? '',
      detail: say(documentMessages, 'plenary.detail.disagreement', {
        min: d.min,
        max: d.max,
        spread: d.spread,
      }),
    }));
  const last = stageIndex === c.stages.length - 1;
  const jurorName = (id: string) => c.jurors.find((j) => j.id === id)?.name ?? id;
  const leaveOut: PlenaryItem[] = last
    ? result.leaveOneOut.flatMap((l) =>
        l.changes
          .filter((ch) => categoryOf.has(ch.entryId))
          .map((ch) => ({
            kind: 'leaveOut' as const,
            entryId: ch.entryId,
            categoryName: categoryOf.get(ch.entryId) ?? '',
            detail: say(documentMessages, 'plenary.detail.leaveOut', {
              juror: jurorName(l.jurorId),
              from: ch.from,
              to: ch.to ?? '–',
            }),
          })),
      )
    : [];
  return [
    ...cutItems(c, categories, stageIndex, margin),
    ...tieItems(categories),
    ...disagreements,
    ...leaveOut,
  ];
}
