import fc from 'fast-check';
import { assignStage, stageEntrants } from '../../src/core/assign';
import { planCategories } from '../../src/core/categories';
import type { Assignment, Competition, Entry, Juror } from '../../src/core/model';
import { makeCompetition, regencyFixture } from './fixtures';

/** An entry too few jurors may score: none at all, or fewer than the stage's jurors per entry. */
const IMPOSSIBLE: string[] = ['assign-no-juror', 'assign-impossible'];

function entry(id: string, categoryId: string, agency = ''): Entry {
  return { id, title: `Inovasi ${id}`, agency, categoryId, excludedReason: '' };
}

function juror(id: string, agency = '', stages: string[] = []): Juror {
  return { id, name: `Juri ${id}`, email: `${id}@example.org`, agency, stages };
}

/** entry id -> juror ids scoring it */
function jurorsOf(a: Assignment): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [j, ids] of Object.entries(a)) for (const e of ids) out.set(e, [...(out.get(e) ?? []), j]);
  return out;
}

function twoStages(c: Competition, second: Competition['stages'][number]['entry']): Competition {
  c.stages = [
    { id: 's1', name: 'Tahap 1', weight: 50, entry: { kind: 'all' }, jurorsPerEntry: null },
    { id: 's2', name: 'Tahap 2', weight: 50, entry: second, jurorsPerEntry: null },
  ];
  return c;
}

describe('stageEntrants', () => {
  it('takes every entry that is not excluded into the first stage, in setup order', () => {
    const c = regencyFixture();
    c.entries[2]!.excludedReason = 'Bukan inovasi pelayanan publik';
    expect(stageEntrants(c, planCategories(c), 0, [], {})).toEqual(['e1', 'e2', 'e4', 'e5', 'e6']);
  });

  it("follows 'all': those of the previous stage, minus entries excluded since", () => {
    const c = regencyFixture();
    c.entries[4]!.excludedReason = 'Mengundurkan diri';
    expect(stageEntrants(c, planCategories(c), 1, ['e6', 'e2', 'e5', 'e1'], {})).toEqual(['e1', 'e2', 'e6']);
  });

  it('takes the best n of each category, keeping everyone tied with the n-th and leaving unscored entries out', () => {
    const c = twoStages(makeCompetition(), { kind: 'topN', n: 2 });
    c.categories = [
      { id: 'A', name: 'A', optional: false, minEntries: 1, fallback: '' },
      { id: 'B', name: 'B', optional: false, minEntries: 1, fallback: '' },
    ];
    c.entries = [
      entry('e1', 'A'),
      entry('e2', 'A'),
      entry('e3', 'A'),
      entry('e4', 'A'),
      entry('e5', 'B'),
      entry('e6', 'B'),
      entry('e7', 'B'),
      entry('e8', 'B'),
    ];
    const all = c.entries.map((e) => e.id);
    // A: e2 90, then e1 and e3 tie at 80 for second place, e4 unscored. B: e5 70, e6 not in the map, e7 95, e8 60.
    const scores = { e1: 80, e2: 90, e3: 80, e4: null, e5: 70, e7: 95, e8: 60 };
    expect(stageEntrants(c, planCategories(c), 1, all, scores)).toEqual(['e1', 'e2', 'e3', 'e5', 'e7']);
  });

  it('treats scores equal up to floating-point noise as tied with the n-th', () => {
    const c = twoStages(makeCompetition(), { kind: 'topN', n: 1 });
    const scores = { e1: 0.1 + 0.2, e2: 0.3, e3: 0.2 };
    expect(stageEntrants(c, planCategories(c), 1, ['e1', 'e2', 'e3'], scores)).toEqual(['e1', 'e2']);
  });

  it('ranks entries of a dropped category within the category they moved to', () => {
    const c = twoStages(regencyFixture(), { kind: 'topN', n: 1 });
    c.categories[3]!.fallback = 'governance';
    const scores = { e1: 70, e2: 80, e3: 75, e4: 60, e5: 76, e6: 85 };
    const plan = planCategories(c);
    // governance now holds e1, e2 and e6: only e6 goes on from it.
    expect(stageEntrants(c, plan, 1, ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'], scores)).toEqual([
      'e4',
      'e5',
      'e6',
    ]);
  });

  it('lets entries awaiting a category decision compete among themselves rather than vanish', () => {
    const c = twoStages(regencyFixture(), { kind: 'topN', n: 1 });
    const scores = { e1: 70, e2: 80, e3: 75, e4: 60, e5: 76, e6: 10 };
    expect(stageEntrants(c, planCategories(c), 1, ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'], scores)).toEqual([
      'e2',
      'e4',
      'e5',
      'e6',
    ]);
  });

  it("takes entries at or above the grade under 'passing'", () => {
    const c = twoStages(makeCompetition(), { kind: 'passing', grade: 85 });
    c.entries.push(entry('e4', 'cat'), entry('e5', 'cat'));
    const scores = { e1: 85, e2: 84.99, e3: 92.5, e4: null };
    expect(stageEntrants(c, planCategories(c), 1, ['e1', 'e2', 'e3', 'e4', 'e5'], scores)).toEqual([
      'e1',
      'e3',
    ]);
  });
});

describe('assignStage, every juror scores every entry', () => {
  it('gives each juror of the regency every entry', () => {
    const c = regencyFixture();
    const { assignment, problems } = assignStage(c, 'presentasi', ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(problems).toEqual([]);
    expect(assignment).toEqual({
      j1: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'],
      j2: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'],
      j3: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'],
    });
  });

  it("keeps a juror off their own agency's entry, comparing agencies without case and spaces", () => {
    const c = regencyFixture();
    c.jurors[2]!.agency = ' dinas  KOMINFOSAN';
    c.jurors[1]!.agency = '';
    c.entries[3]!.agency = '';
    const { assignment, problems } = assignStage(c, 'presentasi', ['e1', 'e2', 'e3', 'e4']);
    expect(problems).toEqual([]);
    expect(assignment).toEqual({
      j1: ['e1', 'e2', 'e3', 'e4'],
      j2: ['e1', 'e2', 'e3', 'e4'],
      j3: ['e2', 'e3', 'e4'],
    });
  });

  it('gives only the jurors of the stage a key, even one with no entry', () => {
    const c = regencyFixture();
    c.jurors[0]!.stages = ['lapangan'];
    c.jurors[1]!.agency = 'DLH';
    const { assignment } = assignStage(c, 'presentasi', ['e3']);
    expect(assignment).toEqual({ j2: [], j3: ['e3'] });
  });

  it('reports an entry no juror of the stage may score', () => {
    const c = makeCompetition();
    c.jurors.forEach((j) => (j.agency = 'Dinas Y'));
    const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2']);
    expect(assignment).toEqual({ j1: ['e1'], j2: ['e1'] });
    expect(problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['assign-no-juror', 'error', { kind: 'table', table: 'entries', index: 1 }],
    ]);
    expect(problems[0]!.message.id).toContain('inovasi "Inovasi Dua"');
  });
});

describe('assignStage, k jurors per entry', () => {
  function withK(k: number, jurors: Juror[], entries: Entry[]): Competition {
    const c = makeCompetition({ jurors, entries });
    c.stages[0]!.jurorsPerEntry = k;
    return c;
  }

  it('gives 3 entries 2 of 3 jurors each, 2 entries per juror', () => {
    const c = withK(
      2,
      [juror('j1'), juror('j2'), juror('j3')],
      [entry('e1', 'cat'), entry('e2', 'cat'), entry('e3', 'cat')],
    );
    const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2', 'e3']);
    expect(problems).toEqual([]);
    expect(Object.values(assignment).map((ids) => ids.length)).toEqual([2, 2, 2]);
    for (const js of jurorsOf(assignment).values()) expect(new Set(js).size).toBe(2);
  });

  it('assigns nothing and names the entry when k exceeds the jurors allowed to score it', () => {
    const c = withK(
      2,
      [juror('j1', 'Dinas Y'), juror('j2'), juror('j3', 'Dinas Y ')],
      [entry('e1', 'cat', 'Dinas X'), entry('e2', 'cat', 'dinas y')],
    );
    const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2']);
    expect(assignment).toEqual({ j1: [], j2: [], j3: [] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('assign-impossible');
    expect(problems[0]!.where).toEqual({ kind: 'table', table: 'entries', index: 1 });
    expect(problems[0]!.message.id).toBe(
      'Inovasi "Inovasi e2" memerlukan 2 juri di tahap Tahap 1, tetapi hanya 1 juri yang dapat menilainya (juri dari instansi yang sama tidak boleh menilai). ' +
        'Tambahkan juri di tahap ini atau kurangi jumlah juri per inovasi. Penugasan juri tahap Tahap 1 belum dibuat.',
    );
  });

  it('keeps the tabs jurors already hold when an entry is added later', () => {
    const jurors = [juror('j1'), juror('j2'), juror('j3'), juror('j4')];
    const entries = Array.from({ length: 9 }, (_, i) => entry(`e${i + 1}`, 'cat', `Dinas ${i}`));
    const c = withK(2, jurors, entries);
    const first = assignStage(
      c,
      's1',
      entries.slice(0, 8).map((e) => e.id),
    ).assignment;
    const second = assignStage(
      c,
      's1',
      entries.map((e) => e.id),
      first,
    );
    expect(second.problems).toEqual([]);
    for (const [j, ids] of Object.entries(first))
      expect(second.assignment[j]!.filter((id) => id !== 'e9')).toEqual(ids);
    expect(jurorsOf(second.assignment).get('e9')).toHaveLength(2);
  });

  it('drops an existing pair that became a conflict, with a warning, and finds another juror', () => {
    const c = withK(
      1,
      [juror('j1', 'Dinas X'), juror('j2')],
      [entry('e1', 'cat', 'Dinas X'), entry('e2', 'cat')],
    );
    const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2'], { j1: ['e1', 'e2'], j2: [] });
    expect(assignment).toEqual({ j1: ['e2'], j2: ['e1'] });
    expect(problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['assign-pair-own-agency', 'warning', { kind: 'score', stageId: 's1', jurorId: 'j1', entryId: 'e1' }],
    ]);
    expect(problems[0]!.message.en).toBe(
      'Juror Juri j1 no longer scores entry "Inovasi e1" in stage Tahap 1: they belong to its agency (Dinas X).',
    );
  });

  it('keeps the first k existing jurors of an entry in setup order when k went down', () => {
    const c = withK(1, [juror('j1'), juror('j2')], [entry('e1', 'cat')]);
    const { assignment, problems } = assignStage(c, 's1', ['e1'], { j2: ['e1'], j1: ['e1'] });
    expect(assignment).toEqual({ j1: ['e1'], j2: [] });
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['assign-pair-surplus', { kind: 'score', stageId: 's1', jurorId: 'j2', entryId: 'e1' }],
    ]);
  });

  it('reassigns the entries of a juror who left the stage', () => {
    const c = withK(1, [juror('j1', '', ['other']), juror('j2')], [entry('e1', 'cat')]);
    const { assignment, problems } = assignStage(c, 's1', ['e1'], { j1: ['e1'] });
    expect(assignment).toEqual({ j2: ['e1'] });
    expect(problems.map((p) => p.code)).toEqual(['assign-pair-removed']);
  });

  it('forgets existing pairs of entries that no longer take part, silently', () => {
    const c = withK(1, [juror('j1'), juror('j2')], [entry('e1', 'cat'), entry('e2', 'cat')]);
    const { assignment, problems } = assignStage(c, 's1', ['e2'], { j1: ['e1'], j2: ['e2'] });
    expect(assignment).toEqual({ j1: [], j2: ['e2'] });
    expect(problems).toEqual([]);
  });

  it('spreads the national desk evaluation evenly: 3,000 entries, 12 jurors, 2 each', () => {
    const jurors = Array.from({ length: 12 }, (_, i) => juror(`j${i + 1}`, `Universitas ${i + 1}`));
    const entries = Array.from({ length: 3000 }, (_, i) => entry(`e${i + 1}`, 'cat', `Pemda ${i % 500}`));
    const c = withK(2, jurors, entries);
    const { assignment, problems } = assignStage(
      c,
      's1',
      entries.map((e) => e.id),
    );
    expect(problems).toEqual([]);
    expect(Object.values(assignment).map((ids) => ids.length)).toEqual(Array(12).fill(500));
    const per = jurorsOf(assignment);
    expect(per.size).toBe(3000);
    for (const js of per.values()) expect(new Set(js).size).toBe(2);
  });
});

describe('assignStage properties', () => {
  const agencies = ['Dinas A', 'dinas a ', 'Dinas B', 'DINAS C', ''];
  const setup = fc.record({
    jurorAgencies: fc.array(fc.constantFrom(...agencies), { minLength: 1, maxLength: 8 }),
    entryAgencies: fc.array(fc.constantFrom(...agencies, 'Dinas D'), { minLength: 0, maxLength: 30 }),
    k: fc.integer({ min: 1, max: 4 }),
  });

  function build(jurorAgencies: string[], entryAgencies: string[], k: number): Competition {
    const c = makeCompetition({
      jurors: jurorAgencies.map((a, i) => juror(`j${i + 1}`, a)),
      entries: entryAgencies.map((a, i) => entry(`e${i + 1}`, 'cat', a)),
    });
    c.stages[0]!.jurorsPerEntry = k;
    return c;
  }

  const key = (a: string) => a.toLowerCase().replace(/\s+/g, '');
  const conflicts = (j: Juror, e: Entry) => key(j.agency) !== '' && key(j.agency) === key(e.agency);

  it('gives each entry exactly k distinct jurors when feasible, never a conflict, and nothing at all otherwise', () => {
    fc.assert(
      fc.property(setup, ({ jurorAgencies, entryAgencies, k }) => {
        const c = build(jurorAgencies, entryAgencies, k);
        const ids = c.entries.map((e) => e.id);
        const { assignment, problems } = assignStage(c, 's1', ids);
        const feasible = c.entries.every((e) => c.jurors.filter((j) => !conflicts(j, e)).length >= k);
        expect(Object.keys(assignment).sort()).toEqual(c.jurors.map((j) => j.id).sort());
        if (!feasible) {
          expect(Object.values(assignment).every((list) => list.length === 0)).toBe(true);
          expect(problems.some((p) => IMPOSSIBLE.includes(p.code) && p.severity === 'error')).toBe(true);
          return;
        }
        expect(problems).toEqual([]);
        const per = jurorsOf(assignment);
        for (const e of c.entries) {
          const js = per.get(e.id) ?? [];
          expect(new Set(js).size).toBe(k);
          expect(js).toHaveLength(k);
          for (const j of js)
            expect(
              conflicts(
                c.jurors.find((x) => x.id === j)!,
                e,
              ),
            ).toBe(false);
        }
      }),
    );
  });

  it('balances loads within one when no juror shares an agency with an entry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (nj, ne, k0) => {
          const k = Math.min(k0, nj);
          const c = build(
            Array.from({ length: nj }, (_, i) => `Universitas ${i}`),
            Array.from({ length: ne }, (_, i) => `Dinas ${i}`),
            k,
          );
          const { assignment } = assignStage(
            c,
            's1',
            c.entries.map((e) => e.id),
          );
          const loads = Object.values(assignment).map((l) => l.length);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
          expect(loads.reduce((a, b) => a + b, 0)).toBe(ne * k);
        },
      ),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(setup, ({ jurorAgencies, entryAgencies, k }) => {
        const ids = entryAgencies.map((_, i) => `e${i + 1}`);
        const a = assignStage(build(jurorAgencies, entryAgencies, k), 's1', ids);
        const b = assignStage(build(jurorAgencies, entryAgencies, k), 's1', ids);
        expect(b).toEqual(a);
      }),
    );
  });

  it('keeps every still-valid existing pair', () => {
    fc.assert(
      fc.property(
        setup,
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 240, maxLength: 240 }),
        ({ jurorAgencies, entryAgencies, k }, cut, keep) => {
          const c = build(jurorAgencies, entryAgencies, k);
          const ids = c.entries.map((e) => e.id);
          const earlier = ids.slice(0, ids.length === 0 ? 0 : cut % (ids.length + 1));
          const first = assignStage(c, 's1', earlier).assignment;
          // Jurors may have been given a random part of that earlier assignment only.
          let n = 0;
          const existing: Assignment = {};
          for (const [j, list] of Object.entries(first))
            existing[j] = list.filter(() => keep[n++ % keep.length]);
          const { assignment, problems } = assignStage(c, 's1', ids, existing);
          if (problems.some((p) => IMPOSSIBLE.includes(p.code))) return;
          expect(problems).toEqual([]);
          for (const [j, list] of Object.entries(existing))
            for (const e of list) expect(assignment[j]).toContain(e);
        },
      ),
    );
  });
});
