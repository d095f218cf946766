/**
 * The menu items of the built bundle: each execution runs at most one action,
 * and any question comes before it, never in the middle with the action
 * waiting on the answer.
 */
import { loadBundle } from './bundle';

function incomplete() {
  const book = loadBundle();
  book.call('newCompetition', true, 'id');
  book.call('generateTabs', 'id');
  book.fake.calls.reset();
  return book;
}

describe('Compute ranking from the menu', () => {
  it('runs one action, and on incomplete scores says how to rank anyway instead of asking', () => {
    const book = incomplete();
    book.call('menuComputeRanking');
    expect(book.fake.calls.get('Lock.tryLock')).toBe(1);
    expect(book.fake.ui.alerts).toHaveLength(1);
    const told = book.fake.ui.alerts[0];
    expect(told.buttons).toBe('OK');
    expect(told.prompt).toContain('belum lengkap');
    expect(told.prompt).toContain('Hitung peringkat dengan nilai yang ada');
    expect(book.fake.inspect().sheetByName('Peringkat')).toBeUndefined();
  });

  it('ranks on the scores present as its own item, asking before anything runs', () => {
    const book = incomplete();
    const order: string[] = [];
    const stop = book.fake.failWhen((method) => {
      if (method === 'Ui.alert' || method === 'Lock.tryLock') order.push(method);
      return false;
    });
    book.fake.ui.alertAnswers.push('NO');
    book.call('menuComputeRankingIncomplete');
    expect(book.fake.calls.get('Lock.tryLock')).toBe(0);
    book.fake.ui.alertAnswers.push('YES');
    book.call('menuComputeRankingIncomplete');
    stop();
    expect(order).toEqual(['Ui.alert', 'Ui.alert', 'Lock.tryLock']);
    expect(book.fake.inspect().sheetByName('Peringkat')).toBeDefined();
    expect(book.fake.ui.toasts.at(-1)?.message).toContain('belum lengkap');
  });
});
