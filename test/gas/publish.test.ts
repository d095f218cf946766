/**
 * Publish results keeps one public file: the link sent out keeps showing the
 * latest results. A second secretariat member, a deleted file, a passing
 * error, an interruption at any service call: none of them makes a second
 * public file unless the user chose it, and each says what to do.
 */
import type { ActionReply } from '../../src/workflow/summary';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { type Loaded, type LoadOptions, loadBundle, portOf } from './bundle';

const SECOND = 'anggota.sekretariat@example.go.id';
const STRANGER = 'tamu@contoh.com';

/** A competition scored and ranked, ready to publish. */
function ranked(options: LoadOptions = {}): Loaded {
  const loaded = loadBundle({ collaborators: [SECOND, STRANGER], ...options });
  loaded.call('newCompetition', true, 'id');
  // The second member is one because the Setup lists them.
  editSetup(portOf(loaded.fake), (c) => c.secretariatEmails.push(SECOND));
  loaded.call('generateTabs', 'id');
  scoreEverything(portOf(loaded.fake));
  const rank = loaded.call<ActionReply>('computeRanking', false, 'id');
  if (!rank.ok) throw new Error(rank.message);
  return loaded;
}

function publish(loaded: Loaded, asNewFile = false, lang = 'id'): ActionReply {
  return loaded.call<ActionReply>('publishResults', true, lang, asNewFile);
}

describe('publishing keeps one public file', () => {
  it('refuses someone outside the secretariat, in their language, before anything is published', () => {
    const book = ranked();
    book.fake.runAs(STRANGER);
    const refused = publish(book);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain(`Anda (${STRANGER}) tidak tercantum sebagai sekretariat`);
    expect(publish(book, false, 'en').message).toContain(`You (${STRANGER}) are not listed as secretariat`);
    expect(book.advanced.files.size).toBe(0);
  });

  it('updates the same file, from the sidebar and the menu', () => {
    const book = ranked();
    const first = publish(book);
    expect(first.ok).toBe(true);
    const again = publish(book);
    expect(again.ok).toBe(true);
    expect(book.advanced.files.size).toBe(1);
    expect(book.advanced.publicFiles().map((f) => f.url)).toEqual([first.summary.publish.url]);
  });

  it('tells a second secretariat member whom to ask, and makes a new file only when asked to', () => {
    const book = ranked();
    const first = publish(book);
    book.fake.runAs(SECOND);
    const refused = publish(book);
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBe(true);
    expect(refused.message).toContain('sekretariat@example.go.id');
    expect(refused.message).toContain('berkas baru');
    expect(book.advanced.files.size).toBe(1);
    expect(refused.summary.publish.url).toBe(first.summary.publish.url);
    const english = publish(book, false, 'en');
    expect(english.message).toMatch(/last published by sekretariat@example\.go\.id.*Ask/);

    const chosen = publish(book, true);
    expect(chosen.ok).toBe(true);
    expect(chosen.summary.publish.url).not.toBe(first.summary.publish.url);
    expect(book.advanced.files.size).toBe(2);
    // From now on the second member's file is the one kept up to date.
    expect(publish(book).summary.publish.url).toBe(chosen.summary.publish.url);
    expect(book.advanced.files.size).toBe(2);
  });

  it('says so when the published file was deleted, and does not replace it on its own', () => {
    const book = ranked();
    const first = publish(book);
    book.advanced.files.get([...book.advanced.files.keys()][0])!.trashed = true;
    const refused = publish(book);
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBe(true);
    expect(refused.message).toMatch(/Sampah/);
    expect(book.advanced.files.size).toBe(1);
    expect(refused.summary.publish.url).toBe(first.summary.publish.url);
  });

  it('reports a passing error opening the file, with the link unchanged', () => {
    const book = ranked();
    const first = publish(book);
    book.fake.failNext('Sheets.Spreadsheets.get', 'Service unavailable: try again later.');
    const refused = publish(book);
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBeUndefined();
    expect(refused.message).toContain('Service unavailable');
    expect(refused.message).toContain('coba lagi');
    expect(book.advanced.files.size).toBe(1);
    expect(publish(book).summary.publish.url).toBe(first.summary.publish.url);
  });

  it('says which services to enable when the project has no Sheets or Drive service', () => {
    const book = ranked({ advancedServices: false });
    const refused = book.call<ActionReply>('publishResults', false, 'en');
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/Services \(\+\).*"Google Sheets API" and "Drive API"/);
    expect(refused.message).not.toMatch(/not defined|ReferenceError/);
  });

  it('asks before a new file from the menu, and says how to choose one', () => {
    const book = ranked();
    book.fake.ui.alertAnswers.push('NO');
    book.call('menuPublishResults');
    book.fake.runAs(SECOND);
    book.fake.ui.alertAnswers.push('NO');
    book.call('menuPublishResults');
    const told = book.fake.ui.alerts.at(-1)!;
    expect(told.buttons).toBe('OK');
    expect(told.prompt).toContain('Terbitkan sebagai berkas baru');
    expect(book.advanced.files.size).toBe(1);
    book.fake.ui.alertAnswers.push('YES', 'NO');
    book.call('menuPublishNewFile');
    expect(book.advanced.files.size).toBe(2);
    expect(book.fake.ui.dialogs.at(-1)!.content).toContain([...book.advanced.files.values()][1].url);
  });
});

/**
 * A failure injected at each single service call of Publish (SpreadsheetApp,
 * properties, the Sheets and Drive APIs), then Publish again: one public
 * file, the one whose link was sent out, holding the current ranking.
 */
describe('publishing interrupted at any call', () => {
  interface Figures {
    /** Calls of one whole publish, each made to fail once. */
    points: number;
    threw: number;
    refused: number;
    problems: string[];
  }

  function inject(book: Loaded, index: number): { reply: ActionReply | null } {
    book.fake.calls.reset();
    let n = 0;
    const stop = book.fake.failWhen(() => ++n === index, 'Service error: injected');
    try {
      return { reply: publish(book) };
    } catch {
      return { reply: null };
    } finally {
      stop();
    }
  }

  /**
   * One workbook for every point: `reset` brings it back to the state before
   * the publish under test (publishing does not touch the ranking or the
   * scores) and answers the link already sent out, if any.
   */
  function run(name: string, reset: (book: Loaded) => string): Figures {
    const book = ranked();
    reset(book);
    book.fake.calls.reset();
    publish(book);
    const total = book.fake.calls.total();
    const ranking = portOf(book.fake)
      .read('Peringkat')!
      .values.map((r) => r.map((v) => v ?? ''));
    const figures: Figures = { points: 0, threw: 0, refused: 0, problems: [] };
    for (let index = 1; index <= total; index++) {
      const linkBefore = reset(book);
      const { reply } = inject(book, index);
      figures.points++;
      if (!reply) figures.threw++;
      else if (!reply.ok) {
        figures.refused++;
        if (reply.needsConfirmation) figures.problems.push(`${name} #${index}: asks for a new file`);
        if (!/coba lagi|Terbitkan hasil/.test(reply.message) || /\n\s+at /.test(reply.message))
          figures.problems.push(`${name} #${index}: unclear message "${reply.message}"`);
      }
      const second = publish(book);
      const open = book.advanced.publicFiles();
      if (!second.ok) figures.problems.push(`${name} #${index}: second publish refused: ${second.message}`);
      if (open.length !== 1) figures.problems.push(`${name} #${index}: ${open.length} public files`);
      if (linkBefore && second.summary.publish.url !== linkBefore)
        figures.problems.push(`${name} #${index}: the link changed`);
      if (open[0] && open[0].url !== second.summary.publish.url)
        figures.problems.push(`${name} #${index}: the public file is not the linked one`);
      const sheet = open[0]?.sheets.find((s) => s.title === 'Peringkat');
      if (JSON.stringify(sheet?.values) !== JSON.stringify(ranking))
        figures.problems.push(`${name} #${index}: the public file does not hold the ranking`);
    }
    return figures;
  }

  const all: Record<string, Figures> = {};
  afterAll(() => {
    const lines = Object.entries(all).map(
      ([name, f]) =>
        `${name}: ${f.points} points tried, ${f.threw} threw out of the entry point, ${f.refused} refused with a message, ${f.problems.length} problems left`,
    );
    console.log(`Publish failure injection:\n${lines.join('\n')}`);
  });

  it('the first publish, then publish again', () => {
    // Never published: no file, nothing remembered.
    all.first = run('first', (book) => {
      book.advanced.files.clear();
      book.fake.fakes.PropertiesService.getDocumentProperties().deleteAllProperties();
      return '';
    });
    expect(all.first.points).toBeGreaterThan(20);
    expect(all.first.problems).toEqual([]);
  });

  it('a publish over one already sent out, then publish again', () => {
    // Published once, the link sent out: every point starts from there.
    let sentOut = '';
    all.again = run('again', (book) => {
      if (!sentOut) sentOut = publish(book).summary.publish.url;
      expect(book.advanced.publicFiles().map((f) => f.url)).toEqual([sentOut]);
      return sentOut;
    });
    expect(all.again.points).toBeGreaterThan(20);
    expect(all.again.problems).toEqual([]);
  });
});
