/**
 * Who takes part in a later stage is fixed when its tabs are generated: a
 * change of the cut or the method afterwards is reported by Check at the
 * Setup cell that changed, ranking keeps the entrants and their scores, and
 * only the secretariat's confirmation applies the new cut, archiving (never
 * deleting) the scores of an entry that leaves.
 */
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { typeScores } from '../../src/workflow/typeScores';
import { ENTRANTS_NAMES } from '../../src/workbook/entrantsSheet';
import type { RankingResult } from '../../src/core/result';
import { editSetup, fakeWorkbook, scoreCells, scoreEverything, type Bench } from './helpers';

const now = '2026-11-28 10:00';

/** Entries whose last stage is the given one, as the ranking says. */
function reached(result: RankingResult, stageId: string): string[] {
  return result.categories
    .flatMap((k) => k.entries)
    .filter((e) => e.lastStageId === stageId)
    .map((e) => e.entryId)
    .sort();
}

/**
 * The regency example with the best two of each category going on to the
 * field visit: presentation scored, field-visit tabs generated and scored.
 */
function scoredRegency(): Bench & { all: string[]; visiting: string[] } {
  const bench = fakeWorkbook();
  const { port } = bench;
  workflow.newCompetition(port, { example: true, lang: 'id' });
  editSetup(port, (c) => {
    c.stages[1].entry = { kind: 'topN', n: 2 };
  });
  workflow.generateTabs(port);
  scoreEverything(port);
  workflow.generateTabs(port);
  scoreEverything(port);
  const wb = readWorkbook(port);
  const c = wb.setup!.competition;
  const all = c.entries.filter((e) => e.excludedReason === '').map((e) => e.id);
  const visiting = [
    ...new Set(
      wb.tabs.filter((t) => t.stageId === c.stages[1].id).flatMap((t) => t.rows.map((r) => r.entryId)),
    ),
  ].sort();
  return { ...bench, all, visiting };
}

/** The regency example as it comes: the field visit takes every entry; both stages generated and scored. */
function everyEntryScored(): Bench & { visiting: string[] } {
  const bench = fakeWorkbook();
  workflow.newCompetition(bench.port, { example: true, lang: 'id' });
  workflow.generateTabs(bench.port);
  scoreEverything(bench.port);
  const c = readWorkbook(bench.port).setup!.competition;
  // Nothing is recorded for a stage that takes every entry: it follows the previous one.
  expect(bench.port.sheetNames().some((n) => ENTRANTS_NAMES.includes(n))).toBe(false);
  return {
    ...bench,
    visiting: c.entries
      .filter((e) => e.excludedReason === '')
      .map((e) => e.id)
      .sort(),
  };
}

describe('a later stage keeps the entrants it was generated with', () => {
  it('records them on a hidden sheet only the secretariat may edit', () => {
    const { fake, port, all, visiting } = scoredRegency();
    expect(visiting.length).toBeGreaterThan(1);
    expect(visiting.length).toBeLessThan(all.length);
    const record = port.sheetNames().find((n) => ENTRANTS_NAMES.includes(n))!;
    expect(record).toBe('Peserta tahap (Juri)');
    const sheet = fake.inspect().sheets.find((s) => s.name === record)!;
    expect(sheet.hidden).toBe(true);
    const wb = readWorkbook(port);
    const lastStage = wb.setup!.competition.stages[1].id;
    expect(wb.frozen[lastStage]).toMatchObject({ method: 'mean', rule: 'topN/2' });
    expect([...wb.frozen[lastStage].entrants].sort()).toEqual(visiting);
    // The record is not a juror tab, and checking it reports nothing.
    expect(wb.tabs.some((t) => t.sheet === record)).toBe(false);
    expect(workflow.checkScores(port).problems.filter((p) => p.sheet === record)).toEqual([]);
  });

  it.each([
    ['recorded when the best 2 of each category were generated', 'topN'],
    ['read from the tabs of a stage generated taking every entry', 'all'],
  ] as const)(
    'reports a new cut at its Setup cell, ranks with the entrants %s, and applies the cut only when confirmed',
    (_, start) => {
      const bench = start === 'topN' ? scoredRegency() : everyEntryScored();
      const { port } = bench;
      const all = bench.visiting;
      const c0 = readWorkbook(port).setup!.competition;
      const visit = c0.stages[1];
      const before = workflow.computeRankingAction(port, { allowIncomplete: false, now });
      expect(before.ok).toBe(true);
      expect(reached(before.result!, visit.id)).toEqual([...all].sort());
      const typed = scoreCells(port);

      // The secretariat changes the cut after the field-visit tabs exist: only the best of each category.
      editSetup(port, (c) => {
        c.stages[1].entry = { kind: 'topN', n: 1 };
      });
      const check = workflow.checkScores(port);
      const cut = check.problems.filter((p) => p.code === 'stage-cut-changed');
      expect(cut).toHaveLength(1);
      const wb = readWorkbook(port);
      const field = start === 'topN' ? 'entryNumber' : 'entry';
      const stageRow = wb.setup!.locate({ kind: 'table', table: 'stages', index: 1, field });
      expect(`${cut[0].sheet}!${cut[0].cell}`).toBe(`${stageRow.sheet}!${stageRow.cell}`);
      expect(cut[0].message.id).toContain('1 terbaik per kategori');
      expect(cut[0].message.en).toContain(
        start === 'topN'
          ? 'entry rule changed from the best 2 of each category to the best 1 of each category'
          : 'entry rule (the best 1 of each category) picks other entries than its juror tabs list',
      );
      expect(cut[0].severity).toBe('warning');

      // Who would leave: every entry but the best of its category. None enters.
      const leaving = (cut[0].message.en.match(/leaving: (.*?)\. Until/) ?? [])[1] ?? '';
      const leaveIds = c0.entries.map((e) => e.id).filter((id) => leaving.includes(`${id} (`));
      expect(leaveIds.length).toBeGreaterThan(0);
      expect(cut[0].message.en).toContain('entering: none');

      // Ranking keeps every entry's field-visit scores until the cut is confirmed, and says why.
      const kept = workflow.computeRankingAction(port, { allowIncomplete: false, now });
      expect(kept.ok).toBe(true);
      expect(reached(kept.result!, visit.id)).toEqual([...all].sort());
      expect(kept.problems.some((p) => p.code === 'stage-cut-changed')).toBe(true);

      // Generate without confirming changes no tab and no record.
      const again = workflow.generateTabs(port);
      expect(again.created.length + again.updated.length).toBe(0);
      expect(again.problems.some((p) => p.code === 'stage-cut-changed')).toBe(true);
      expect(readWorkbook(port).frozen[visit.id]?.entrants.sort()).toEqual(
        start === 'topN' ? all : undefined,
      );

      // Confirmed: the stage takes the best of each category; the others' scores go to the tabs' archive.
      const confirmed = workflow.generateTabs(port, { confirmCut: true });
      expect(confirmed.ok).toBe(true);
      expect(confirmed.message.en).toContain('New cut confirmed: Kunjungan lapangan');
      expect(confirmed.updated.length).toBeGreaterThan(0);
      const after = readWorkbook(port);
      const stay = all.filter((id) => !leaveIds.includes(id)).sort();
      for (const id of leaveIds) expect(all).toContain(id);
      expect(after.frozen[visit.id].entrants.sort()).toEqual(stay);
      for (const tab of after.tabs.filter((t) => t.stageId === visit.id)) {
        expect(tab.rows.map((r) => r.entryId).sort()).toEqual(stay);
        expect(tab.archive.map((r) => r.entryId).sort()).toEqual([...leaveIds].sort());
      }
      // Not one typed cell is lost: every score is where it was or in the archive, unchanged.
      const now2 = scoreCells(port);
      for (const [key, cells] of typed) expect(now2.get(key)).toBe(cells);
      expect(workflow.checkScores(port).problems.some((p) => p.code === 'stage-cut-changed')).toBe(false);
      const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now });
      expect(ranked.ok).toBe(true);
      expect(reached(ranked.result!, visit.id)).toEqual(stay);

      // Confirming again with nothing to change says so and changes nothing.
      const nothing = workflow.generateTabs(port, { confirmCut: true });
      expect(nothing.message.en).toContain('No cut has changed');
      expect(nothing.created.length + nothing.updated.length).toBe(0);
    },
  );

  it('reports a change of method at the method cell, naming what it was', () => {
    const { port } = fakeWorkbook();
    workflow.newCompetition(port, { example: true, lang: 'id' });
    // Only the best of each category visits; the presentation tabs come first.
    editSetup(port, (c) => {
      c.stages[1].entry = { kind: 'topN', n: 1 };
    });
    workflow.generateTabs(port);
    scoreEverything(port);
    // 001 is steady at 80; 002 gets 90, 90 and 30: lower by mean (70), higher by median (90).
    const wb0 = readWorkbook(port);
    const c = wb0.setup!.competition;
    const first = c.stages[0].id;
    const all = (v: number) =>
      Object.fromEntries(c.criteria.filter((k) => k.stageId === first).map((k) => [k.id, v]));
    for (const tab of wb0.tabs.filter((t) => t.stageId === first))
      typeScores(port, tab.sheet, { '001': all(80), '002': all(tab.jurorId === 'j3' ? 30 : 90) });
    workflow.generateTabs(port);
    const frozen = readWorkbook(port).frozen;
    expect(frozen[c.stages[1].id].entrants).toContain('001');
    expect(frozen[c.stages[1].id].entrants).not.toContain('002');

    editSetup(port, (m) => {
      m.settings.method = 'median';
    });
    const cut = workflow.checkScores(port).problems.filter((p) => p.code === 'stage-cut-changed');
    expect(cut).toHaveLength(1);
    const wb = readWorkbook(port);
    const at = wb.setup!.locate({ kind: 'setting', field: 'method' });
    expect(`${cut[0].sheet}!${cut[0].cell}`).toBe(`${at.sheet}!${at.cell}`);
    expect(cut[0].message.id).toContain('dari rata-rata menjadi median');
    expect(cut[0].message.en).toContain('from mean to median');
    expect(cut[0].message.en).toMatch(/entering: 002 \(.*\); leaving: 001 \(/);
    // The record is untouched until confirmed.
    expect(wb.frozen).toEqual(frozen);
  });

  it('does not hold back an entry the secretariat excludes, and takes it back when reinstated', () => {
    const { port, visiting } = scoredRegency();
    const visit = readWorkbook(port).setup!.competition.stages[1].id;
    const out = visiting[0];
    editSetup(port, (c) => {
      c.entries.find((e) => e.id === out)!.excludedReason = 'Mengundurkan diri';
    });
    expect(workflow.checkScores(port).problems.some((p) => p.code === 'stage-cut-changed')).toBe(false);
    const ranked = workflow.computeRankingAction(port, { allowIncomplete: true, now });
    expect(reached(ranked.result!, visit)).not.toContain(out);
    editSetup(port, (c) => {
      c.entries.find((e) => e.id === out)!.excludedReason = '';
    });
    expect(workflow.checkScores(port).problems.some((p) => p.code === 'stage-cut-changed')).toBe(false);
    const back = workflow.computeRankingAction(port, { allowIncomplete: false, now });
    expect(reached(back.result!, visit)).toEqual(visiting);
  });
});
