import fc from 'fast-check';
import { pickWithQuotas, type QuotaBound, type QuotaCandidate } from '../../src/core/quota';

function candidates(groups: string): QuotaCandidate[] {
  // One letter per candidate, best first: 'aab' = a1 (best), a2, b3.
  return [...groups].map((group, i) => ({ id: `${group}${i + 1}`, score: 100 - i, group }));
}

describe('pickWithQuotas', () => {
  it('is a plain best N when no quota binds', () => {
    const pick = pickWithQuotas(candidates('abcabc'), 3, []);
    expect(pick.chosen).toEqual(['a1', 'b2', 'c3']);
    expect(pick.byQuota).toEqual([]);
    expect(pick.unmet).toEqual([]);
  });

  it('takes a weaker entry of a group to meet its minimum, and says it came in by quota', () => {
    // Region "3T" must have at least one of the 3: its only entry is the 5th best.
    const pick = pickWithQuotas(candidates('aaaab'), 3, [{ value: 'b', min: 1, max: null }]);
    expect(pick.chosen).toEqual(['a1', 'a2', 'b5']);
    expect(pick.byQuota).toEqual(['b5']);
  });

  it('never takes more of a group than its maximum', () => {
    const pick = pickWithQuotas(candidates('aaabb'), 4, [{ value: 'a', min: 0, max: 2 }]);
    expect(pick.chosen).toEqual(['a1', 'a2', 'b4', 'b5']);
  });

  it('takes what there is when a minimum cannot be met, and reports it', () => {
    const pick = pickWithQuotas(candidates('aab'), 3, [{ value: 'b', min: 2, max: null }]);
    expect(pick.chosen).toEqual(['a1', 'a2', 'b3']);
    expect(pick.unmet).toEqual([{ value: 'b', min: 2, available: 1 }]);
  });

  it('picks fewer than N when the maximums allow no more', () => {
    const pick = pickWithQuotas(candidates('aaaa'), 3, [{ value: 'a', min: 0, max: 2 }]);
    expect(pick.chosen).toEqual(['a1', 'a2']);
  });

  it('reads group values without case or extra spaces', () => {
    const pick = pickWithQuotas(candidates('aaaB'), 2, [{ value: ' b ', min: 1, max: 1 }]);
    expect(pick.chosen).toEqual(['a1', 'B4']);
  });

  it('names a tie at the cut instead of hiding it', () => {
    const list: QuotaCandidate[] = [
      { id: 'x', score: 90, group: 'a' },
      { id: 'y', score: 80, group: 'a' },
      { id: 'z', score: 80, group: 'b' },
    ];
    expect(pickWithQuotas(list, 2, []).tieAtCut).toEqual({ picked: 'y', leftOut: 'z' });
    expect(pickWithQuotas(list, 3, []).tieAtCut).toBeNull();
  });

  it('agrees with a brute-force search over every subset on small competitions', () => {
    const groups = ['a', 'b', 'c'];
    const arb = fc.record({
      members: fc.array(fc.constantFrom(...groups), { minLength: 1, maxLength: 9 }),
      n: fc.integer({ min: 1, max: 9 }),
      bounds: fc.array(
        fc.record({
          value: fc.constantFrom(...groups),
          min: fc.integer({ min: 0, max: 3 }),
          extra: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ members, n, bounds: raw }) => {
        // One bound per value; the minimums fit in N (the Setup check refuses more).
        const seen = new Set<string>();
        const bounds: QuotaBound[] = [];
        for (const b of raw) {
          if (seen.has(b.value)) continue;
          seen.add(b.value);
          bounds.push({ value: b.value, min: b.min, max: b.extra === null ? null : b.min + b.extra });
        }
        fc.pre(bounds.reduce((s, b) => s + b.min, 0) <= n);
        const list = candidates(members.join(''));
        const pick = pickWithQuotas(list, n, bounds);
        expect(pick.chosen).toEqual(bruteForce(list, n, bounds));
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Every subset: the largest size the quotas allow (minimums shrunk to what was scored), then the
 * subset whose positions in the order of preference are lexicographically smallest.
 */
function bruteForce(list: QuotaCandidate[], n: number, bounds: QuotaBound[]): string[] {
  const count = (ids: number[], g: string) => ids.filter((i) => list[i]!.group === g).length;
  const all = list.map((_, i) => i);
  const valid = (ids: number[]) =>
    ids.length <= n &&
    bounds.every((b) => {
      const got = count(ids, b.value);
      const need = Math.min(b.min, count(all, b.value));
      return got >= need && (b.max === null || got <= b.max);
    });
  let best: number[] | null = null;
  for (let mask = 0; mask < 1 << list.length; mask++) {
    const ids = all.filter((i) => mask & (1 << i));
    if (!valid(ids)) continue;
    if (best === null || ids.length > best.length || (ids.length === best.length && lexLess(ids, best)))
      best = ids;
  }
  return (best ?? []).map((i) => list[i]!.id);
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
