import { assignStage } from '../../src/core/assign';
import { computeRanking } from '../../src/core/compute';
import { agencyKey, looksAlike, sameAgency } from '../../src/core/conflicts';
import type { Competition, CellValue, ScoreSheet } from '../../src/core/model';
import { validateCompetition } from '../../src/core/validate';
import { makeCompetition } from './fixtures';

type Row = Record<string, CellValue> | { recused: string };

function sheet(stageId: string, jurorId: string, rows: Record<string, Row>): ScoreSheet {
  return {
    stageId,
    jurorId,
    rows: Object.entries(rows).map(([entryId, row]) =>
      'recused' in row
        ? { entryId, scores: {}, notes: '', recused: true, recusalReason: String(row.recused) }
        : { entryId, scores: row, notes: '' },
    ),
  };
}

function threeJurors(overrides: Partial<Competition> = {}): Competition {
  return makeCompetition({
    jurors: [
      { id: 'j1', name: 'Juri Satu', email: 'j1@example.org', agency: 'Universitas A', stages: [] },
      { id: 'j2', name: 'Juri Dua', email: 'j2@example.org', agency: 'Universitas B', stages: [] },
      { id: 'j3', name: 'Juri Tiga', email: 'j3@example.org', agency: 'Universitas C', stages: [] },
    ],
    ...overrides,
  });
}

describe('agencies', () => {
  it('matches the spellings a secretariat means as one agency', () => {
    expect(sameAgency('Kab. Situbondo', 'Kabupaten  Situbondo')).toBe(true);
    expect(sameAgency('Pemerintah Prov. Jawa Timur', 'pemerintah provinsi jawa-timur')).toBe(true);
    expect(sameAgency('Dinas Kominfo.', 'DINAS KOMINFO')).toBe(true);
    expect(sameAgency('Pemkab Situbondo', 'Pemerintah Kabupaten Situbondo')).toBe(true);
    expect(sameAgency('Dinas Kominfo', 'Dinas Kominfosan')).toBe(false);
    expect(sameAgency('', '')).toBe(false);
    expect(agencyKey('Kab. Situbondo')).toBe('kabupatensitubondo');
  });

  it('tells look-alikes from matches and from different agencies', () => {
    expect(looksAlike('Dinas Kominfo', 'Dinas Kominfosan')).toBe(true);
    expect(looksAlike('Dinas Kesehatan', 'Dinas Kesehaten')).toBe(true);
    expect(looksAlike('Kab. Situbondo', 'Kabupaten Situbondo')).toBe(false);
    expect(looksAlike('DLH', 'DLHK')).toBe(false);
    expect(looksAlike('Dinas Pendidikan', 'Dinas Perhubungan')).toBe(false);
  });

  it('warns at both cells when a juror agency looks like an entrant agency', () => {
    const c = makeCompetition();
    c.jurors[0].agency = 'Dinas Kominfo';
    c.entries[1].agency = 'Dinas Kominfosan';
    const found = validateCompetition(c).filter((p) => p.code === 'agency-look-alike');
    expect(found.map((p) => p.where)).toEqual([
      { kind: 'table', table: 'jurors', index: 0, field: 'agency' },
      { kind: 'table', table: 'entries', index: 1, field: 'agency' },
    ]);
    expect(found.every((p) => p.severity === 'warning')).toBe(true);
    expect(found[0].message.en).toContain('"Dinas Kominfo" looks like the entrant agency "Dinas Kominfosan"');
  });

  it('never assigns a juror an entry of their agency spelt another way', () => {
    const c = makeCompetition();
    c.jurors[0].agency = 'Kab. Dinas-X';
    c.entries[0].agency = 'Kabupaten Dinas X';
    const { assignment } = assignStage(c, 's1', ['e1', 'e2', 'e3']);
    expect(assignment.j1).toEqual(['e2', 'e3']);
  });
});

describe('declared conflicts', () => {
  const declared = { jurorId: 'j2', entryId: 'e3', reason: 'Istri bekerja di Dinas Z' };

  it('are never assigned, with every juror scoring every entry', () => {
    const c = threeJurors({ conflicts: [declared] });
    expect(assignStage(c, 's1', ['e1', 'e2', 'e3']).assignment).toEqual({
      j1: ['e1', 'e2', 'e3'],
      j2: ['e1', 'e2'],
      j3: ['e1', 'e2', 'e3'],
    });
  });

  it('are never assigned, with jurors per entry, whatever the tabs already list', () => {
    const c = threeJurors({
      conflicts: [declared],
      stages: [{ id: 's1', name: 'Tahap 1', weight: 100, entry: { kind: 'all' }, jurorsPerEntry: 2 }],
    });
    for (const existing of [{}, { j2: ['e3'] }] as Record<string, string[]>[]) {
      const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2', 'e3'], existing);
      expect(assignment.j2).not.toContain('e3');
      expect(Object.values(assignment).filter((ids) => ids.includes('e3'))).toHaveLength(2);
      if ('j2' in existing) expect(problems.map((p) => p.code)).toEqual(['assign-pair-declared-conflict']);
    }
  });

  it('are checked: a known juror, a known entry and a reason', () => {
    const c = makeCompetition({ conflicts: [{ jurorId: 'j9', entryId: 'e1', reason: ' ' }] });
    const found = validateCompetition(c).filter(
      (p) => p.where.kind === 'table' && p.where.table === 'conflicts',
    );
    expect(found.map((p) => p.code)).toEqual(['conflict-juror-unknown', 'conflict-reason-missing']);
  });
});

describe('recusal', () => {
  /** Totals: j1 80/70/60, j2 70/70/70, j3 60/90/50 on e1/e2/e3; j3 withdraws from e1 with 60 left in the cell. */
  function scored(recusal: Row): ScoreSheet[] {
    return [
      sheet('s1', 'j1', { e1: { c1: 80 }, e2: { c1: 70 }, e3: { c1: 60 } }),
      sheet('s1', 'j2', { e1: { c1: 70 }, e2: { c1: 70 }, e3: { c1: 70 } }),
      sheet('s1', 'j3', { e1: recusal, e2: { c1: 90 }, e3: { c1: 50 } }),
    ];
  }

  it('averages the entry over the other jurors, as the guide says: (80 + 70) / 2', () => {
    const c = threeJurors();
    const before = computeRanking(c, scored({ c1: 60 }));
    const after = computeRanking(c, scored({ recused: 'Mantan atasan pengusul' }));
    const score = (r: typeof before, id: string) =>
      r.categories[0].entries.find((e) => e.entryId === id)?.finalScore;
    expect(score(before, 'e1')).toBeCloseTo(70);
    expect(score(after, 'e1')).toBeCloseTo(75);
    expect(score(after, 'e2')).toBeCloseTo(score(before, 'e2')!);
    expect(after.complete).toBe(true);
    expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(after.progress.find((p) => p.jurorId === 'j3')).toMatchObject({
      scored: 2,
      total: 2,
      recused: 1,
      done: true,
    });
  });

  it('reports scores left in a recused row, and a recusal without a reason', () => {
    const c = threeJurors();
    const sheets = scored({ recused: '' });
    sheets[2].rows[0].scores = { c1: 60 };
    const result = computeRanking(c, sheets);
    expect(result.problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      [
        'recusal-no-reason',
        'error',
        { kind: 'score', stageId: 's1', jurorId: 'j3', entryId: 'e1', column: 'recusalReason' },
      ],
      [
        'recusal-scores-ignored',
        'warning',
        { kind: 'score', stageId: 's1', jurorId: 'j3', entryId: 'e1', criterionId: 'c1' },
      ],
    ]);
    expect(result.categories[0].entries.find((e) => e.entryId === 'e1')?.finalScore).toBeCloseTo(75);
  });

  it('gets a substitute juror for that entry only when jurors per entry is set, moving no typed score', () => {
    const c = threeJurors({
      stages: [{ id: 's1', name: 'Tahap 1', weight: 100, entry: { kind: 'all' }, jurorsPerEntry: 2 }],
    });
    const first = assignStage(c, 's1', ['e1', 'e2', 'e3']).assignment;
    const [withdrawing] = Object.keys(first).filter((j) => first[j].includes('e1'));
    const recused = { [withdrawing]: ['e1'] };
    const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2', 'e3'], first, recused);
    // Every pair already in a tab stays where it was typed; only e1 gains a juror.
    for (const j of Object.keys(first)) for (const id of first[j]) expect(assignment[j]).toContain(id);
    const added = Object.keys(assignment).flatMap((j) =>
      assignment[j].filter((id) => !first[j].includes(id)).map((id) => `${j}:${id}`),
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/:e1$/);
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['recusal-substitute', { kind: 'table', table: 'entries', index: 0 }],
    ]);
    // Once the substitute's tab lists it, nothing more is said and nothing changes.
    const again = assignStage(c, 's1', ['e1', 'e2', 'e3'], assignment, recused);
    expect(again.assignment).toEqual(assignment);
    expect(again.problems).toEqual([]);
  });

  it('says so at the entry when nobody is left to take it', () => {
    const c = makeCompetition({
      stages: [{ id: 's1', name: 'Tahap 1', weight: 100, entry: { kind: 'all' }, jurorsPerEntry: 2 }],
    });
    const first = assignStage(c, 's1', ['e1', 'e2', 'e3']).assignment;
    const { assignment, problems } = assignStage(c, 's1', ['e1', 'e2', 'e3'], first, { j1: ['e2'] });
    expect(assignment).toEqual(first);
    expect(problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['recusal-short', 'warning', { kind: 'table', table: 'entries', index: 1 }],
    ]);
    expect(problems[0].message.en).toContain('scored by only 1 of 2 jurors');
  });
});
