import { planCategories } from '../../src/core/categories';
import { makeCompetition, regencyFixture } from './fixtures';

describe('planCategories', () => {
  it('drops the regency inclusion category and leaves its entry awaiting a decision', () => {
    const plan = planCategories(regencyFixture());
    expect(plan.running).toEqual(['governance', 'transparency', 'collaboration']);
    expect(plan.dropped).toEqual([{ categoryId: 'inclusion', entries: 1, movedTo: '' }]);
    expect(plan.categoryOf).toEqual({
      e1: 'governance',
      e2: 'governance',
      e3: 'collaboration',
      e4: 'transparency',
      e5: 'collaboration',
      e6: '',
    });
    expect(plan.problems).toHaveLength(1);
    const p = plan.problems[0]!;
    expect(p.code).toBe('category-awaiting-decision');
    expect(p.severity).toBe('warning');
    expect(p.where).toEqual({ kind: 'table', table: 'categories', index: 3, field: 'fallback' });
    expect(p.message.id).toBe(
      'Kategori "Inklusi" tidak dijalankan karena hanya memiliki 1 inovasi (minimal 2), dan belum ada kategori penggantinya. ' +
        'Inovasi berikut menunggu keputusan sekretariat: "Sahabat Santri". Isi kategori pengganti untuk "Inklusi" atau ubah kategori inovasinya.',
    );
    expect(p.message.en).toContain('These entries await the secretariat\'s decision: "Sahabat Santri"');
  });

  it('moves the entries of a dropped category to its fallback and says where', () => {
    const c = regencyFixture();
    c.categories[3]!.fallback = 'collaboration';
    const plan = planCategories(c);
    expect(plan.dropped).toEqual([{ categoryId: 'inclusion', entries: 1, movedTo: 'collaboration' }]);
    expect(plan.categoryOf.e6).toBe('collaboration');
    expect(plan.problems.map((p) => p.code)).toEqual(['category-dropped']);
    expect(plan.problems[0]!.message.id).toBe(
      'Kategori "Inklusi" tidak dijalankan karena hanya memiliki 1 inovasi (minimal 2). Inovasinya dipindahkan ke kategori "Kolaborasi".',
    );
  });

  it('runs an optional category that reaches its minimum', () => {
    const c = regencyFixture();
    c.entries[1]!.categoryId = 'inclusion';
    const plan = planCategories(c);
    expect(plan.running).toEqual(['governance', 'transparency', 'collaboration', 'inclusion']);
    expect(plan.dropped).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.categoryOf.e6).toBe('inclusion');
  });

  it('does not count excluded entries, which keep their own category', () => {
    const c = regencyFixture();
    c.entries[1]!.categoryId = 'inclusion';
    c.entries[1]!.excludedReason = 'Proposal tidak lengkap';
    c.categories[3]!.fallback = 'governance';
    const plan = planCategories(c);
    expect(plan.dropped).toEqual([{ categoryId: 'inclusion', entries: 1, movedTo: 'governance' }]);
    expect(plan.categoryOf.e2).toBe('inclusion');
    expect(plan.categoryOf.e6).toBe('governance');
  });

  it('keeps a non-optional category below its minimum running, with a warning', () => {
    const c = regencyFixture();
    c.categories[1]!.minEntries = 3; // transparency has e4 only
    const plan = planCategories(c);
    expect(plan.running).toContain('transparency');
    expect(plan.categoryOf.e4).toBe('transparency');
    const p = plan.problems.find((x) => x.code === 'category-below-minimum')!;
    expect(p.severity).toBe('warning');
    expect(p.where).toEqual({ kind: 'table', table: 'categories', index: 1, field: 'minEntries' });
    expect(p.message.en).toBe(
      'Category "Transparansi, akuntabilitas dan integritas" has 1 of the 3 entries it should have. It still runs because it is not optional.',
    );
  });

  it('drops an optional category nobody chose, with a warning but nothing to decide', () => {
    const c = makeCompetition();
    c.categories.push({ id: 'youth', name: 'Pemuda', optional: true, minEntries: 1, fallback: '' });
    const plan = planCategories(c);
    expect(plan.running).toEqual(['cat']);
    expect(plan.dropped).toEqual([{ categoryId: 'youth', entries: 0, movedTo: '' }]);
    expect(plan.problems.map((p) => p.code)).toEqual(['category-dropped-empty']);
  });

  it('does not move entries into a fallback that is dropped too: they await a decision', () => {
    const c = regencyFixture();
    c.categories.push({ id: 'youth', name: 'Pemuda', optional: true, minEntries: 2, fallback: '' });
    c.categories[3]!.fallback = 'youth';
    const plan = planCategories(c);
    expect(plan.dropped).toEqual([
      { categoryId: 'inclusion', entries: 1, movedTo: '' },
      { categoryId: 'youth', entries: 0, movedTo: '' },
    ]);
    expect(plan.categoryOf.e6).toBe('');
  });

  it('names at most five entries awaiting a decision, then counts the rest', () => {
    const c = makeCompetition();
    c.categories.push({ id: 'inc', name: 'Inklusi', optional: true, minEntries: 10, fallback: '' });
    c.entries = Array.from({ length: 7 }, (_, i) => ({
      id: `e${i + 1}`,
      title: `Inovasi ${i + 1}`,
      agency: '',
      categoryId: 'inc',
      excludedReason: '',
    }));
    const p = planCategories(c).problems.find((x) => x.code === 'category-awaiting-decision')!;
    expect(p.message.id).toContain(
      '"Inovasi 1", "Inovasi 2", "Inovasi 3", "Inovasi 4", "Inovasi 5", dan 2 lainnya.',
    );
    expect(p.message.en).toContain('"Inovasi 5", and 2 more.');
  });

  it('maps every entry, so that none is dropped silently', () => {
    const c = regencyFixture();
    c.entries[0]!.excludedReason = 'ditarik';
    const plan = planCategories(c);
    expect(Object.keys(plan.categoryOf).sort()).toEqual(c.entries.map((e) => e.id).sort());
  });
});
