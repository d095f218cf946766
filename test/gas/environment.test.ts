/**
 * Check environment on the fake, through the built bundle: it reports what
 * only a real spreadsheet can tell and leaves the workbook as it found it,
 * also when it stops part-way.
 */
import type { ActionReply } from '../../src/workflow/summary';
import { SCRATCH_SHEET } from '../../src/workflow/environment';
import type { FakeApps } from '../fakes';
import { SCOPES } from '../fakes/auth';
import { SheetData, SpreadsheetData } from '../fakes/model';
import { type Loaded, type LoadOptions, loadBundle } from './bundle';

/** What the workbook holds: sheets, cells, merges, protections; and, unless told not to, the sheet in view. */
function stateOf(fake: FakeApps, withView = true): string {
  const book = fake.inspect();
  return JSON.stringify(
    {
      sheets: book.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]),
        size: [s.maxRows, s.maxCols, s.frozenRows, s.frozenCols],
        merges: s.merges,
        hidden: s.hidden,
      })),
      protections: book.protections.map((p) => ({
        sheet: p.sheet.name,
        kind: p.kind,
        description: p.description,
        editors: [...p.editors].sort(),
        rect: p.rect,
        open: p.unprotected,
      })),
      active: withView ? book.activeSheet?.name : null,
    },
    (key, value: unknown) =>
      key === 'rec'
        ? undefined
        : // A validation that names a range holds its sheet: name it rather than walk the whole book.
          value instanceof SheetData
          ? `sheet:${value.name}`
          : value instanceof SpreadsheetData
            ? value.id
            : value,
  );
}

/** The same state whatever order each cell's properties were set in. */
function canonical(state: string): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sorted(x)]),
          )
        : v;
  return JSON.stringify(sorted(JSON.parse(state)));
}

function example(options: LoadOptions = {}): Loaded {
  const book = loadBundle(options);
  book.call('newCompetition', true, 'id');
  book.call('generateTabs', 'id');
  return book;
}

describe('Check environment', () => {
  it('reports permissions, services, locale, time zone, the Total formula and every juror, and changes nothing', () => {
    const book = example({ timeZone: 'Asia/Makassar' });
    const before = stateOf(book.fake);
    const report = book.call<ActionReply>('checkEnvironment', 'id');
    expect(report.ok).toBe(true);
    const lines = report.message.split('\n');
    expect(lines[0]).toMatch(/^Lingkungan siap/);
    expect(lines.filter((l) => /^✓ Izin .*diberikan/.test(l))).toHaveLength(4);
    expect(report.message).toContain('✓ Layanan lanjutan Google Sheets API dan Drive API: aktif');
    expect(report.message).toContain('Lokal spreadsheet: id_ID');
    expect(report.message).toContain('Zona waktu spreadsheet: Asia/Makassar');
    expect(report.message).toContain('✓ Rumus Total terbaca kembali persis');
    expect(report.message).toMatch(/✓ Satu perlindungan dengan satu editor memerlukan \d+ ms/);
    expect(lines.filter((l) => l.startsWith('✓ Juri ') && l.includes('dapat dijadikan editor'))).toHaveLength(
      3,
    );
    const after = stateOf(book.fake);
    const at = [...after].findIndex((ch, i) => ch !== before[i]);
    expect(after.slice(Math.max(0, at - 200), at + 200)).toBe(before.slice(Math.max(0, at - 200), at + 200));
    expect(book.fake.unflushedReleases()).toEqual([]);
    expect(book.call<ActionReply>('checkEnvironment', 'en').message).toMatch(
      /^The environment is ready for Juri/,
    );
  });

  it('records that copies keep what a tab needs here; Generate then copies new tabs, to the same workbook', () => {
    const plain = loadBundle();
    plain.call('newCompetition', true, 'id');
    plain.call('generateTabs', 'id');
    const book = loadBundle();
    book.call('newCompetition', true, 'id');
    const report = book.call<ActionReply>('checkEnvironment', 'en');
    expect(report.message).toContain(
      '✓ A copy of a sheet keeps its validation, column widths and frozen rows',
    );
    const recorded = book.fake.PropertiesService.getDocumentProperties().getProperty('juri.templateCopies');
    expect(recorded).toContain(book.fake.spreadsheet.getId());
    book.fake.calls.reset();
    book.call('generateTabs', 'id');
    // Each stage's template written, copied, then removed.
    expect(book.fake.calls.get('Spreadsheet.deleteSheet')).toBeGreaterThan(0);
    expect(canonical(stateOf(book.fake))).toBe(canonical(stateOf(plain.fake)));
  });

  it('names a juror whose email cannot be an editor, a withheld permission and a missing service', () => {
    const book = example({
      grantedScopes: [SCOPES.currentOnly, SCOPES.ui, SCOPES.email],
      advancedServices: false,
    });
    const before = stateOf(book.fake);
    book.fake.calls.reset();
    const stop = book.fake.failWhen(
      (method, nth) => method === 'Protection.addEditors' && nth === 3,
      'Invalid email: juri2@example.go.id',
    );
    const report = book.call<ActionReply>('checkEnvironment', 'en');
    stop();
    expect(report.ok).toBe(false);
    expect(report.message).toContain('✗ Permission drive.file: not granted');
    expect(report.message).toContain('✗ Advanced services not enabled: Google Sheets API, Drive API');
    expect(report.message).toMatch(
      /✗ Juror Sri Lestari \(sri\.lestari@situbondokab\.go\.id\) cannot be made an editor \(.*Invalid email: juri2@example\.go\.id\)/,
    );
    expect(stateOf(book.fake)).toBe(before);
  });

  it('leaves the workbook as it found it when any one of its calls fails', () => {
    const book = example();
    const before = stateOf(book.fake, false);
    const view = book.fake.inspect().activeSheet;
    let viewMoved = 0;
    book.fake.calls.reset();
    book.call('checkEnvironment', 'id');
    const total = book.fake.calls.total();
    let asFound = 0;
    let leftForNextRun = 0;
    const problems: string[] = [];
    for (let index = 1; index <= total; index++) {
      book.fake.calls.reset();
      let n = 0;
      const stop = book.fake.failWhen(() => ++n === index, 'Service error: injected');
      let reply: ActionReply | null;
      try {
        reply = book.call<ActionReply>('checkEnvironment', 'id');
      } catch {
        // Thrown out of the entry point (the summary after the check): nothing to read.
        reply = null;
      } finally {
        stop();
      }
      // Only a failure of the call that brings the view back may leave another sheet in view.
      if (book.fake.inspect().activeSheet !== view) {
        viewMoved++;
        book.fake.inspect().activeSheet = view;
      }
      if (stateOf(book.fake, false) === before) asFound++;
      else {
        // Only a failure of the clean-up itself may leave the scratch sheet, and it says so.
        leftForNextRun++;
        if (!reply?.message.includes(`Lembar uji "${SCRATCH_SHEET}" tidak dapat dihapus`))
          problems.push(`#${index}: changed the workbook without saying so`);
        const next = book.call<ActionReply>('checkEnvironment', 'id');
        if (!next.message.includes('sudah dihapus'))
          problems.push(`#${index}: the next run did not say it cleaned up`);
        if (stateOf(book.fake, false) !== before) problems.push(`#${index}: the next run did not clean up`);
      }
    }
    console.log(
      `Check environment failure injection: ${total} points tried, ${asFound} left the workbook as found, ${leftForNextRun} left the scratch sheet for the next run (said so), ${viewMoved} left another sheet in view, ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
    expect(asFound).toBeGreaterThan(total / 2);
    expect(viewMoved).toBeLessThanOrEqual(2);
  });
});
