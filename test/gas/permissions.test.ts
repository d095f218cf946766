/**
 * A permission withheld on Google's consent screen: each entry point checks
 * the permissions it needs before it starts, and says which one is missing
 * and why Juri needs it, in the user's language; nothing is written.
 */
import type { ActionReply } from '../../src/workflow/summary';
import { SCOPES } from '../fakes/auth';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { loadBundle, portOf } from './bundle';

const ALL = [SCOPES.currentOnly, SCOPES.ui, SCOPES.email, SCOPES.driveFile];
const without = (...withheld: string[]) => ALL.filter((s) => !withheld.includes(s));

describe('a withheld permission', () => {
  it('stops Generate before it writes anything, naming the permission and why', () => {
    const book = loadBundle({ grantedScopes: without(SCOPES.email) });
    expect(book.call<ActionReply>('newCompetition', true, 'id').ok).toBe(true);
    const sheets = book.fake.inspect().sheets.map((s) => s.name);
    book.fake.calls.reset();
    const refused = book.call<ActionReply>('generateTabs', 'id');
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('userinfo.email');
    expect(refused.message).toContain('tab yang dilindungi');
    expect(refused.message).toContain('https://script.google.com/macros/d/fake-script-id/authorize');
    expect(refused.message).not.toMatch(/Specified permissions/);
    expect(book.fake.inspect().sheets.map((s) => s.name)).toEqual(sheets);
    expect(book.fake.calls.get('Spreadsheet.insertSheet')).toBe(0);
    const english = book.call<ActionReply>('generateTabs', 'en');
    expect(english.message).toMatch(
      /^Juri does not have a permission.*userinfo\.email.*every tab Juri protects/,
    );
  });

  it('stops Publish only, when Drive was withheld', () => {
    const book = loadBundle({ grantedScopes: without(SCOPES.driveFile) });
    book.call('newCompetition', true, 'id');
    expect(book.call<ActionReply>('generateTabs', 'id').ok).toBe(true);
    scoreEverything(portOf(book.fake));
    expect(book.call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
    const refused = book.call<ActionReply>('publishResults', false, 'en');
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('drive.file');
    expect(refused.message).toContain('publish the results');
    expect(book.advanced.files.size).toBe(0);
  });

  it('says so from the menu, and from the panel when even the spreadsheet was withheld', () => {
    const book = loadBundle({ grantedScopes: without(SCOPES.email) });
    book.call('menuNewExample');
    book.call('menuGenerateTabs');
    expect(book.fake.ui.alerts.at(-1)?.prompt).toContain('userinfo.email');

    const bare = loadBundle({ grantedScopes: [SCOPES.ui] });
    expect(() => bare.call('getSummary', 'en')).toThrow(
      /^Juri does not have a permission.*spreadsheets\.currentonly/,
    );
  });
});

describe('the menu in AuthMode.NONE', () => {
  it('is built in the user’s language, touching nothing that needs authorization', () => {
    const book = loadBundle({ authMode: 'NONE', userLocale: 'en_US' });
    book.call('onOpen', { authMode: 'NONE' });
    const [menu] = book.fake.ui.menus;
    expect(menu.addon).toBe(true);
    expect(book.fake.ui.itemsOf(menu)[0]).toBe('Open Juri panel');
  });

  it('stops generate, check and rank with one spreadsheet per juror, when Drive was withheld', () => {
    const book = loadBundle({ grantedScopes: without(SCOPES.driveFile) });
    book.call('newCompetition', true, 'id');
    editSetup(portOf(book.fake), (c) => (c.scoringPlace = 'files'));
    const sheets = book.fake.inspect().sheets.map((s) => s.name);
    for (const [fn, args] of [
      ['generateTabs', ['en']],
      ['checkScores', ['en']],
      ['computeRanking', [true, 'en']],
    ] as const) {
      const refused = book.call<ActionReply>(fn, ...args);
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/^Juri does not have a permission.*drive\.file/);
    }
    expect(book.fake.inspect().sheets.map((s) => s.name)).toEqual(sheets);
    expect(book.advanced.files.size).toBe(0);
  });
});
