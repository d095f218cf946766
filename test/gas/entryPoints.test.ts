/**
 * The built dist/Code.js, loaded in node:vm over the in-memory SpreadsheetApp,
 * driven through its top-level functions the way the sidebar's
 * google.script.run and the menu call them.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/core/fingerprint';
import { readRankingMeta } from '../../src/workbook/rankingSheet';
import type { ActionReply, PanelSummary } from '../../src/workflow/summary';
import { readWorkbook, scoreSheets } from '../../src/workflow/workbook';
import { formatDate } from '../fakes/values';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { loadBundle as load, portOf as port } from './bundle';

/** What google.script.run can carry: the reply survives JSON unchanged. */
function plain<T>(value: T): T {
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  return value;
}

describe('the Apps Script entry points of the built bundle', () => {
  it('answers the sidebar with plain data through a whole competition', () => {
    const { fake, advanced, call } = load();
    const empty = plain(call<PanelSummary>('getSummary', null));
    expect(empty.setup.exists).toBe(false);
    expect(empty.lang).toBe('id');

    const created = plain(call<ActionReply>('newCompetition', true, 'id'));
    expect(created.ok).toBe(true);
    expect(created.summary.setup).toMatchObject({ exists: true, valid: true, sheet: 'Pengaturan' });
    expect(created.summary.tabs).toMatchObject({ generated: 0, outOfDate: true });

    const generated = plain(call<ActionReply>('generateTabs', 'id'));
    expect(generated.ok).toBe(true);
    expect(generated.summary.tabs.generated).toBe(generated.summary.tabs.expected);
    expect(generated.summary.tabs.outOfDate).toBe(false);
    expect(generated.summary.progress.every((p) => p.scored === 0 && p.total > 0)).toBe(true);

    const refused = plain(call<ActionReply>('computeRanking', false, 'id'));
    expect(refused.message).toContain('belum lengkap');
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBe(true);

    scoreEverything(port(fake));
    const checked = plain(call<ActionReply>('checkScores', 'en'));
    expect(checked.summary.lang).toBe('en');
    expect(checked.summary.check.errors).toBe(0);
    expect(checked.summary.progress.every((p) => p.done)).toBe(true);

    const ranked = plain(call<ActionReply>('computeRanking', false, 'id'));
    expect(ranked.ok).toBe(true);
    expect(ranked.summary.ranking).toMatchObject({ computed: true, sheet: 'Peringkat', outOfDate: false });
    expect(ranked.summary.ranking.fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(ranked.summary.ranking.categories.length).toBeGreaterThan(0);
    // Only the owner may edit the Ranking: the jurors, editors of the spreadsheet, may not.
    const book = fake.inspect();
    const rankingSheet = book.sheets.find((sh) => sh.name === 'Peringkat')!;
    const guard = book.protections.find((p) => p.sheet === rankingSheet && p.kind === 'SHEET' && !p.removed)!;
    expect(guard.description).toMatch(/^Juri: Peringkat dihitung oleh Juri/);
    // The owner who ran it and the secretariat of the Setup, so that another member can rank again.
    expect([...guard.editors].sort()).toEqual(['organisasi@situbondokab.go.id', 'sekretariat@example.go.id']);

    const published = plain(call<ActionReply>('publishResults', true, 'id'));
    expect(published.ok).toBe(true);
    const [file] = [...advanced.files.values()];
    expect(published.summary.publish.url).toBe(file.url);
    expect(file.sheets.map((s) => s.title)).toEqual(['Peringkat', 'Rekap']);
    expect(file.sheets[0].valueInputOption).toBe('RAW');
    expect(file.permissions.map(({ id: _id, ...p }) => p)).toEqual([
      { type: 'anyone', role: 'reader', allowFileDiscovery: false },
    ]);
    // Publishing again updates the same file; without the recap, the recap sheet goes.
    const again = plain(call<ActionReply>('publishResults', false, 'id'));
    expect(again.summary.publish.url).toBe(file.url);
    expect(advanced.files.size).toBe(1);
    expect(file.sheets.map((s) => s.title)).toEqual(['Peringkat']);

    // A score typed after the ranking makes it out of date.
    const p = port(fake);
    const tabName = generated.summary.progress[0].sheet;
    const snapshot = p.read(tabName)!;
    p.writeBlock(tabName, { row: 6, col: 4, values: [[Number(snapshot.values[5][3]) === 50 ? 51 : 50]] });
    expect(plain(call<PanelSummary>('getSummary', 'id')).ranking.outOfDate).toBe(true);
    // An out-of-date ranking is not published.
    const stale = plain(call<ActionReply>('publishResults', false, 'id'));
    expect(stale.ok).toBe(false);
    expect(stale.message).toContain('tidak lagi sesuai');
    expect(file.sheets.map((s) => s.title)).toEqual(['Peringkat']);
  });

  it('fingerprints emoji, right-to-left text and lone surrogates as Node’s SHA-256 does, without TextEncoder', () => {
    const { fake, call } = load();
    // Apps Script has no TextEncoder; neither has this sandbox.
    expect(call<string>('(() => typeof TextEncoder)')).toBe('undefined');
    call('newCompetition', true, 'id');
    editSetup(port(fake), (c) => {
      c.name = 'Lomba 😀 مرحبا بكم שלום \ud800';
      c.entries[0].title = 'Inovasi \udc00 👩🏽‍⚖️ ꦗꦸꦫꦶ';
      c.jurors[0].name = 'Juri عربي \ud83d';
    });
    call('generateTabs', 'id');
    scoreEverything(port(fake));
    expect(call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
    const meta = readRankingMeta(port(fake).read('Peringkat')!)!;
    const wb = readWorkbook(port(fake));
    const text = canonicalJson(wb.setup!.competition, scoreSheets(wb));
    expect(text).toContain('😀 مرحبا');
    const hex = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(meta.fingerprint).toContain(`SHA-256 ${hex}`);
  });

  it('speaks English when the user’s locale is English, until the user chooses', () => {
    const { call } = load({ userLocale: 'en' });
    expect(plain(call<PanelSummary>('getSummary', null)).lang).toBe('en');
    expect(plain(call<PanelSummary>('setLanguage', 'id')).lang).toBe('id');
    expect(plain(call<PanelSummary>('getSummary', null)).lang).toBe('id');
  });

  it('refuses a second writer while one holds the lock, in the user’s words', () => {
    const { fake, call } = load();
    call('newCompetition', true, 'id');
    const release = fake.holdLock('document');
    const reply = plain(call<ActionReply>('generateTabs', 'en'));
    release();
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/Another Juri action is running/);
    expect(reply.summary.tabs.generated).toBe(0);
  });

  it('tells the time in the spreadsheet’s time zone, not the script’s', () => {
    // Jayapura is two hours ahead of Jakarta, the zone in appsscript.json.
    const { fake, call } = load({ timeZone: 'Asia/Jayapura', scriptTimeZone: 'Asia/Jakarta' });
    call('newCompetition', true, 'id');
    call('generateTabs', 'id');
    scoreEverything(port(fake));
    const times = (zone: string, from: Date, to: Date) =>
      [from, to].map((d) => formatDate(d, zone, 'yyyy-MM-dd HH:mm'));
    const before = new Date();
    const ranked = call<ActionReply>('computeRanking', false, 'id');
    const published = call<ActionReply>('publishResults', false, 'id');
    const after = new Date();
    expect(times('Asia/Jayapura', before, after)).toContain(ranked.summary.ranking.at);
    expect(times('Asia/Jayapura', before, after)).toContain(published.summary.publish.at);
    expect(times('Asia/Jakarta', before, after)).not.toContain(ranked.summary.ranking.at);
  });

  it('commits its writes before it lets go of the document lock', () => {
    const { fake, call } = load();
    call('newCompetition', true, 'id');
    call('generateTabs', 'id');
    scoreEverything(port(fake));
    expect(call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
    call('menuGenerateTabs');
    expect(fake.calls.get('SpreadsheetApp.flush')).toBeGreaterThanOrEqual(3);
    expect(fake.unflushedReleases()).toEqual([]);
  });

  it('publishes from the menu, asking about the recap, with a link one can click', () => {
    const { fake, advanced, call } = load();
    call('newCompetition', true, 'id');
    call('generateTabs', 'id');
    scoreEverything(port(fake));
    call('computeRanking', false, 'id');
    fake.ui.alertAnswers.push('YES');
    call('menuPublishResults');
    const [file] = [...advanced.files.values()];
    expect(file.sheets.map((s) => s.title)).toEqual(['Peringkat', 'Rekap']);
    const dialog = fake.ui.dialogs.at(-1)!;
    expect(dialog.content).toContain(`<a href="${file.url}" target="_blank" rel="noopener">`);
  });

  it('runs the menu items with a toast or a dialog for their result', () => {
    const { fake, call } = load();
    call('onOpen', { authMode: 'LIMITED' });
    expect(fake.ui.menus.length).toBe(1);
    call('menuNewExample');
    expect(fake.ui.toasts.at(-1)?.message).toContain('Pengaturan');
    call('menuGenerateTabs');
    call('menuCheckScores');
    expect(fake.ui.alerts.at(-1)?.prompt).toMatch(/kesalahan|lengkap/);
    call('openPanel');
    expect(fake.ui.sidebars).toHaveLength(1);
  });
});
