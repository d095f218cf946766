/** How each server answer changes what the panel shows (pure, no browser). */
import { declined, failed, initialState, replied, started, summarised } from '../../src/sidebar/state';
import { checkProblems, publishedEn, ranked, reply } from './fixtures';

describe('sidebar state', () => {
  const loaded = { ...summarised(initialState(), checkProblems), includeRecap: true };

  it('asks instead of showing a message when the server needs a confirmation', () => {
    const asked = replied(
      started(loaded, 'rank'),
      reply(checkProblems, 'Masih ada 25 nilai kosong.', false, true),
    );
    expect(asked.confirmRank).toBe('Masih ada 25 nilai kosong.');
    expect(asked.notice).toBeNull();
    expect(asked.busy).toBeNull();
  });

  it('asks the publish question in the publish step, not as the ranking’s', () => {
    const asked = replied(
      started(loaded, 'publish'),
      reply(checkProblems, 'Berkas tidak dapat dibuka.', false, true),
    );
    expect(asked.confirmPublish).toBe('Berkas tidak dapat dibuka.');
    expect(asked.confirmRank).toBeNull();
    expect(declined(asked, 'publish')).toMatchObject({
      confirmPublish: null,
      notice: { kind: 'info', key: 'publish.confirm.cancelled' },
    });
  });

  it('shows a refused action as an error and a done action as information', () => {
    expect(replied(loaded, reply(ranked, 'Sedang sibuk.', false)).notice).toEqual({
      kind: 'error',
      text: 'Sedang sibuk.',
    });
    expect(replied(loaded, reply(ranked, 'Peringkat dihitung.')).notice).toEqual({
      kind: 'info',
      text: 'Peringkat dihitung.',
    });
  });

  it('takes the language and the summary of the reply, and keeps the recap choice', () => {
    const next = replied(loaded, reply(publishedEn, 'Published.'));
    expect(next.lang).toBe('en');
    expect(next.summary).toBe(publishedEn);
    expect(next.includeRecap).toBe(true);
  });

  it('forgets the question when starting something else, declining or refreshing', () => {
    const asked = { ...loaded, confirmRank: 'Masih ada nilai kosong.' };
    expect(started(asked, 'check').confirmRank).toBeNull();
    expect(declined(asked)).toMatchObject({
      confirmRank: null,
      notice: { kind: 'info', key: 'confirm.cancelled' },
    });
    expect(summarised(asked, checkProblems).confirmRank).toBeNull();
  });

  it('keeps the last summary when a call fails', () => {
    const next = failed(started(loaded, 'generate'), 'error.server', 'timed out');
    expect(next.summary).toBe(checkProblems);
    expect(next.busy).toBeNull();
    expect(next.notice).toEqual({ kind: 'error', key: 'error.server', detail: 'timed out' });
  });
});
