/**
 * The templates for each level of government: a complete Setup that Check
 * accepts once jurors and entries are filled in, and a jury that runs from
 * it end to end (the province and the nation on synthetic data).
 */
import type { Competition, Entry, Juror } from '../../src/core/model';
import { PRESETS, presetCompetition, type PresetId } from '../../src/core/presets';
import { seededRandom } from '../../src/core/synthetic';
import { validateCompetition } from '../../src/core/validate';
import * as workflow from '../../src/workflow/actions';
import { typeWhereEmpty } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, fakeWorkbook } from './helpers';

const GROUPS = ['umum', 'replikasi', 'khusus'];

function fill(c: Competition, entries: number, jurors: number): void {
  c.secretariatEmails = ['sekretariat@example.go.id'];
  c.jurors = Array.from({ length: jurors }, (_, i): Juror => ({
    id: `j${i + 1}`,
    name: `Juri ${i + 1}`,
    email: `juri${i + 1}@example.ac.id`,
    agency: `Universitas ${i + 1}`,
    stages: [],
  }));
  const categories = c.categories.filter((k) => !k.optional);
  c.entries = Array.from({ length: entries }, (_, i): Entry => ({
    id: String(i + 1).padStart(3, '0'),
    title: `Inovasi ${i + 1}`,
    agency: `Dinas ${i + 1}`,
    categoryId: categories[i % categories.length]!.id,
    excludedReason: '',
    group: GROUPS[i % GROUPS.length],
  }));
}

describe.each(PRESETS)('the %s template', (id: PresetId) => {
  it.each(['id', 'en'] as const)('is a valid Setup once jurors and entries are filled in (%s)', (lang) => {
    const c = presetCompetition(id, 2026, lang);
    expect(c.jurors).toEqual([]);
    expect(c.entries).toEqual([]);
    expect(c.source).toMatch(/20\d\d/);
    // Empty, it asks for jurors and entries and nothing else.
    const codes = validateCompetition(c)
      .filter((p) => p.severity === 'error')
      .map((p) => p.code);
    expect(codes.sort()).toEqual(['no-entries', 'no-jurors']);
    fill(c, 60, 6);
    expect(validateCompetition(c).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is written to the Setup sheet and read back unchanged', () => {
    const { port } = fakeWorkbook();
    expect(workflow.newCompetition(port, { example: false, lang: 'id', preset: id }).ok).toBe(true);
    const read = readWorkbook(port).setup!;
    expect(read.competition).toEqual(presetCompetition(id, new Date().getFullYear(), 'id'));
  });
});

/**
 * Runs every stage: generate the tabs the entrants allow, jurors score, until no tab is new.
 * Entries of the group `weaker` score lower, so that a quota for it has to bind.
 */
function runJury(port: ReturnType<typeof fakeWorkbook>['port'], seed: number, weaker = ''): void {
  const random = seededRandom(seed);
  for (let round = 0; round < 6; round++) {
    const generated = workflow.generateTabs(port);
    expect(generated.problems.filter((p) => p.severity === 'error')).toEqual([]);
    typeWhereEmpty(
      port,
      (stageId, _jurorId, entryIds) => {
        const c = readWorkbook(port).setup!.competition;
        const criteria = c.criteria.filter((k) => k.stageId === stageId);
        const groupOf = new Map(c.entries.map((e) => [e.id, e.group]));
        const score = (e: string) =>
          groupOf.get(e) === weaker ? 78 + Math.floor(random() * 17) : 80 + Math.floor(random() * 21);
        return Object.fromEntries(
          entryIds.map((e) => [e, Object.fromEntries(criteria.map((k) => [k.id, score(e)]))]),
        );
      },
      '2026-11-29',
    );
    if (generated.created.length === 0 && round > 0) return;
  }
}

describe('a jury run from a template', () => {
  it('runs the provincial format end to end: the best 45 of all categories reach the presentation', () => {
    const { port } = fakeWorkbook();
    workflow.newCompetition(port, { example: false, lang: 'id', preset: 'province' });
    editSetup(port, (c) => fill(c, 90, 9));
    runJury(port, 7);
    const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-29 10:00' });
    expect(ranked.ok).toBe(true);
    const wb = readWorkbook(port);
    const presentationTabs = wb.tabs.filter((t) => t.stageId === 'presentasi');
    expect(presentationTabs).toHaveLength(9);
    for (const tab of presentationTabs) expect(tab.rows).toHaveLength(45);
  });

  it('runs the national format end to end: the Top 99 and the Top 45 keep the composition', () => {
    const { port } = fakeWorkbook();
    workflow.newCompetition(port, { example: false, lang: 'id', preset: 'nation' });
    editSetup(port, (c) => {
      fill(c, 240, 10);
      // The special group, which scores lower, takes at least 30 of the 99 and 15 of the 45.
      c.quotas = (c.quotas ?? []).map((q) =>
        q.value === 'khusus' ? { ...q, min: q.appliesTo === '' ? 15 : 30 } : q,
      );
    });
    runJury(port, 11, 'khusus');
    const ranked = workflow.computeRankingAction(port, { allowIncomplete: false, now: '2026-11-29 10:00' });
    expect(ranked.ok).toBe(true);
    const wb = readWorkbook(port);
    const c = wb.setup!.competition;
    const groupOf = new Map(c.entries.map((e) => [e.id, e.group]));
    const presentation = wb.tabs.find((t) => t.stageId === 'presentasi')!;
    expect(presentation.rows).toHaveLength(99);
    expect(presentation.rows.filter((r) => groupOf.get(r.entryId) === 'khusus').length).toBe(30);
    const result = ranked.result!;
    const advancing = result.categories.flatMap((k) => k.entries).filter((e) => e.advances);
    expect(advancing).toHaveLength(45);
    expect(advancing.filter((e) => groupOf.get(e.entryId) === 'khusus')).toHaveLength(15);
    // The quota bound: some entries are in by quota, and the Ranking says so.
    const byQuota = advancing.filter((e) => e.advancedByQuota);
    expect(byQuota.length).toBeGreaterThan(0);
    expect(byQuota.every((e) => groupOf.get(e.entryId) === 'khusus')).toBe(true);
    const sheet = port.read('Peringkat')!;
    const marked = sheet.values.filter((row) => row.includes('Ya (kuota komposisi)')).map((row) => row[1]);
    expect(marked.sort()).toEqual(byQuota.map((e) => e.entryId).sort());
  });
});
