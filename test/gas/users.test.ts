/**
 * The entry points as Apps Script calls them (the built bundle), with two
 * users and a stranger: who the Setup lists as secretariat runs every action
 * after another member did; anyone else is refused, in their language,
 * before anything is written.
 */
import type { ActionReply } from '../../src/workflow/summary';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { loadBundle, portOf } from './bundle';

const SECOND = 'anggota.sekretariat@example.go.id';
const STRANGER = 'tamu@contoh.com';

function competition() {
  const loaded = loadBundle({ collaborators: [SECOND, STRANGER] });
  loaded.call('newCompetition', true, 'id');
  editSetup(portOf(loaded.fake), (c) => c.secretariatEmails.push(SECOND));
  return loaded;
}

it('lets a second secretariat member generate and rank after the first, through the entry points', () => {
  const book = competition();
  expect(book.call<ActionReply>('generateTabs', 'id').ok).toBe(true);
  scoreEverything(portOf(book.fake));
  expect(book.call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
  book.fake.runAs(SECOND);
  expect(book.call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
  expect(book.call<ActionReply>('generateTabs', 'id').ok).toBe(true);
});

it('refuses someone outside the secretariat before anything is written, through the entry points', () => {
  const book = competition();
  book.call('generateTabs', 'id');
  scoreEverything(portOf(book.fake));
  book.call('computeRanking', false, 'id');
  const sheets = () => book.fake.inspect().sheets.map((s) => `${s.name}:${s.cells.size}`);
  const before = sheets();
  book.fake.runAs(STRANGER);
  for (const [name, args] of [
    ['generateTabs', ['id']],
    ['computeRanking', [false, 'en']],
  ] as const) {
    const reply = book.call<ActionReply>(name, ...args);
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(new RegExp(`(Anda|You) \\(${STRANGER}\\)`));
  }
  expect(sheets()).toEqual(before);
});
