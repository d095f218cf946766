import {
  competitionRanks,
  decidedText,
  placeCandidates,
  roundKey,
  tieBreakText,
  type Candidate,
} from '../../src/core/rank';
import { advancesByRules, applyAdvancement, applyPlaceAdjustments } from '../../src/core/adjust';
import type { Adjustment } from '../../src/core/model';
import type { CategoryRanking, RankedEntry } from '../../src/core/result';
import { defaultSettings } from './fixtures';

describe('competition ranking', () => {
  it('gives 1, 2, 2, 4 with the higher score first', () => {
    expect(competitionRanks([80, 90, 85, 85])).toEqual([4, 1, 2, 2]);
  });
  it('gives no place to an entry without a score', () => {
    expect(competitionRanks([null, 70, 70])).toEqual([null, 1, 1]);
  });
  it('does not let floating-point noise split a tie', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(competitionRanks([0.1 + 0.2, 0.3])).toEqual([1, 1]);
    expect(roundKey(84.99999999999999)).toBe(85);
  });
});

function cand(entryId: string, score: number, tieBreaks: (number | null)[] = [], reached = 1): Candidate {
  return { entryId, reached, score, tieBreaks };
}

describe('places with a tie-break chain', () => {
  // Chain: [criterion Substansi of Presentasi, score of stage Presentasi].
  const placements = placeCandidates([
    cand('a', 85, [40, 80]),
    cand('b', 85, [45, 70]),
    cand('c', 85, [40, 82]),
    cand('d', 90, [30, 60]),
    cand('e', 70, [35, 75]),
    cand('f', 70, [35, 75]),
    cand('g', 60, [null, 90]),
    cand('h', 60, [10, 50]),
  ]);
  const byId = Object.fromEntries(placements.map((p) => [p.entryId, p]));

  it('ranks higher scores first and breaks ties by the chain in order', () => {
    expect(placements.map((p) => [p.entryId, p.place])).toEqual([
      ['d', 1],
      ['b', 2], // 85, Substansi 45 beats 40
      ['c', 3], // 85, Substansi 40, Presentasi 82 beats 80
      ['a', 4],
      ['e', 5], // survives the whole chain: a tie
      ['f', 5],
      ['h', 7], // any value beats no value
      ['g', 8],
    ]);
  });

  it('names the rule that decided each place', () => {
    expect(byId.d.decider).toBe('score');
    expect(byId.b.decider).toBe(0);
    expect(byId.c.decider).toBe(1);
    expect(byId.a.decider).toBe(1);
    expect(byId.e.decider).toBe('tie');
    expect(byId.f.decider).toBe('tie');
    expect(byId.h.decider).toBe(0);
    expect([byId.e.tie, byId.f.tie, byId.a.tie]).toEqual([true, true, false]);
  });

  it('ranks an entry that went further above any that stopped earlier', () => {
    const p = placeCandidates([
      cand('early', 99, [], 0),
      cand('final', 50, [], 1),
      cand('early2', 70, [], 0),
    ]);
    expect(p.map((x) => [x.entryId, x.place, x.decider])).toEqual([
      ['final', 1, 'score'],
      ['early', 2, 'score'],
      ['early2', 3, 'score'],
    ]);
  });

  it('words the deciding rule in both languages', () => {
    const texts = [
      tieBreakText({ kind: 'criterion', stageId: 'p', criterionId: 's' }, 'Presentasi', 'Substansi'),
    ];
    expect(texts[0]).toEqual({
      id: 'penentu seri: kriteria Substansi (Presentasi)',
      en: 'tie-break: criterion Substansi (Presentasi)',
    });
    expect(tieBreakText({ kind: 'stage', stageId: 'p' }, 'Presentasi', '')).toEqual({
      id: 'penentu seri: nilai tahap Presentasi',
      en: 'tie-break: score in stage Presentasi',
    });
    expect(decidedText('score', '', texts)).toEqual({ id: 'nilai akhir', en: 'final score' });
    expect(decidedText('tie', '', texts)).toEqual({ id: 'seri', en: 'tie' });
    expect(decidedText(0, '', texts)).toBe(texts[0]);
    expect(decidedText('score', 'Presentasi', texts).en).toBe(
      'score in stage Presentasi, the last stage it took part in',
    );
  });
});

function ranked(
  entryId: string,
  place: number | null,
  finalScore: number | null,
  extra: Partial<RankedEntry> = {},
): RankedEntry {
  return {
    entryId,
    title: entryId,
    agency: '',
    categoryId: 'cat',
    place,
    computedPlace: place,
    finalScore,
    stageScores: {},
    lastStageId: 's2',
    tie: false,
    decidedBy: { id: 'nilai akhir', en: 'final score' },
    advances: false,
    incomplete: false,
    excludedReason: '',
    adjustments: [],
    ...extra,
  };
}

/** a 90, b 85, c 85 (tie), d 80, e 70; u unscored; x excluded from the start. */
function category(): CategoryRanking {
  return {
    categoryId: 'cat',
    name: 'Umum',
    agreement: [],
    entries: [
      ranked('a', 1, 90),
      ranked('b', 2, 85, { tie: true }),
      ranked('c', 2, 85, { tie: true }),
      ranked('d', 4, 80),
      ranked('e', 5, 70),
      ranked('u', null, null),
      ranked('x', null, 95, { excludedReason: 'plagiat' }),
    ],
  };
}

const places = (k: CategoryRanking) => k.entries.map((e) => [e.entryId, e.place]);

describe('manual adjustments', () => {
  it('exclude: takes the entry out of the places, keeps its computed place and the reason', () => {
    const k = category();
    const adjustment: Adjustment = { kind: 'exclude', entryId: 'a', reason: 'inovasi sudah pernah menang' };
    expect(applyPlaceAdjustments([k], [adjustment])).toEqual([]);
    expect(places(k)).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 3],
      ['e', 4],
      ['u', null],
      ['x', null],
      ['a', null],
    ]);
    const a = k.entries[6];
    expect(a.computedPlace).toBe(1);
    expect(a.excludedReason).toBe('inovasi sudah pernah menang');
    expect(a.adjustments).toEqual([adjustment]);
    expect(a.decidedBy.en).toBe('excluded: inovasi sudah pernah menang');
  });

  it('move: puts the entry at the place asked and renumbers the others, keeping their tie', () => {
    const k = category();
    const adjustment: Adjustment = { kind: 'move', entryId: 'e', toPlace: 2, reason: 'keseimbangan wilayah' };
    expect(applyPlaceAdjustments([k], [adjustment])).toEqual([]);
    expect(places(k)).toEqual([
      ['a', 1],
      ['e', 2],
      ['b', 3],
      ['c', 3],
      ['d', 5],
      ['u', null],
      ['x', null],
    ]);
    const e = k.entries[1];
    expect(e.computedPlace).toBe(5);
    expect(e.tie).toBe(false);
    expect(e.decidedBy).toEqual({
      id: 'penyesuaian manual: keseimbangan wilayah',
      en: 'manual adjustment: keseimbangan wilayah',
    });
    expect(k.entries[2].tie && k.entries[3].tie).toBe(true);
  });

  it('move into the middle of a tie: placed just after the tie, with a warning', () => {
    const k = category();
    const problems = applyPlaceAdjustments([k], [{ kind: 'move', entryId: 'a', toPlace: 2, reason: 'r' }]);
    // Without a: b 1, c 1, d 3, e 4. Place 2 is inside the tie of b and c.
    expect(places(k)).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', 4],
      ['e', 5],
      ['u', null],
      ['x', null],
    ]);
    expect(problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      [
        'adjust-move-inside-tie',
        'warning',
        { kind: 'table', table: 'adjustments', index: 0, field: 'entryId' },
      ],
    ]);
    expect(problems[0].message.en).toContain('place 3');
  });

  it('refuses to move an excluded entry, and reports an unknown one', () => {
    const k = category();
    const problems = applyPlaceAdjustments(
      [k],
      [
        { kind: 'move', entryId: 'x', toPlace: 1, reason: 'r' },
        { kind: 'advance', entryId: 'nope', advances: true, reason: 'r' },
      ],
    );
    expect(problems.map((p) => p.code)).toEqual(['adjust-move-excluded', 'adjust-unknown-entry']);
    expect(places(k)).toEqual(places(category()));
  });

  it('advance: forces the decision over the rules, recorded on the entry', () => {
    const k = category();
    const adjustments: Adjustment[] = [
      { kind: 'advance', entryId: 'e', advances: true, reason: 'kuota provinsi' },
      { kind: 'advance', entryId: 'a', advances: false, reason: 'sudah lolos tahun lalu' },
    ];
    applyPlaceAdjustments([k], adjustments);
    applyAdvancement([k], defaultSettings({ advanceTopN: 3 }), 's2', adjustments);
    expect(k.entries.filter((x) => x.advances).map((x) => x.entryId)).toEqual(['b', 'c', 'e']);
    expect(k.entries[4].adjustments).toEqual([adjustments[0]]);
  });
});

describe('advancement by the rules', () => {
  const lastStage = 's2';
  it('top N: everyone tied at the N-th place advances', () => {
    const k = category();
    applyAdvancement([k], defaultSettings({ advanceTopN: 2 }), lastStage, []);
    expect(k.entries.filter((x) => x.advances).map((x) => x.entryId)).toEqual(['a', 'b', 'c']);
  });
  it('passing grade: final score at or above the grade (forgiving float noise)', () => {
    const settings = defaultSettings({ passingGrade: 85 });
    expect(advancesByRules(ranked('p', 3, 84.99999999999999), settings, lastStage)).toBe(true);
    expect(advancesByRules(ranked('p', 3, 84.9), settings, lastStage)).toBe(false);
  });
  it('both rules must hold when both are set', () => {
    const settings = defaultSettings({ passingGrade: 85, advanceTopN: 1 });
    expect(advancesByRules(ranked('p', 1, 90), settings, lastStage)).toBe(true);
    expect(advancesByRules(ranked('p', 2, 88), settings, lastStage)).toBe(false);
    expect(advancesByRules(ranked('p', 1, 80), settings, lastStage)).toBe(false);
  });
  it('nobody advances without a rule; excluded entries and entries that stopped early never do', () => {
    expect(advancesByRules(ranked('p', 1, 90), defaultSettings(), lastStage)).toBe(false);
    const settings = defaultSettings({ advanceTopN: 5 });
    expect(advancesByRules(ranked('p', 1, 90, { excludedReason: 'r' }), settings, lastStage)).toBe(false);
    expect(advancesByRules(ranked('p', 1, null, { lastStageId: 's1' }), settings, lastStage)).toBe(false);
  });
  it('incomplete entries advance by the same rules', () => {
    expect(
      advancesByRules(
        ranked('p', 1, 90, { incomplete: true }),
        defaultSettings({ advanceTopN: 1 }),
        lastStage,
      ),
    ).toBe(true);
  });
});
