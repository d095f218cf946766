/**
 * Two clicks at once, and a failure half way through writing the ranking:
 * the second action is refused with a message, and a failure leaves the
 * previous Ranking and Recap whole with no temporary sheet behind.
 */
import * as main from '../../src/gas/main';
import { workflowMessages } from '../../src/i18n/workflow';
import { OLD_SUFFIX, TEMP_SUFFIX } from '../../src/workflow/workbook';
import * as workflow from '../../src/workflow/actions';
import type { FakeApps } from '../fakes';
import { NOW, scoredBook, type Book } from './book';

const figures = { cases: 0, refused: 0, failuresInjected: 0, rankingsBroken: 0 };

afterAll(() => {
  console.log(
    `robustness (concurrency): ${figures.cases} cases, ${figures.refused} refused while locked, ` +
      `${figures.failuresInjected} failures injected, ${figures.rankingsBroken} rankings left broken`,
  );
});

/** Every value of the output sheets, by sheet name, read from the fake's state without counting calls. */
function outputs(fake: FakeApps): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of fake.inspect().sheets) {
    if (!['Peringkat', 'Rekap'].includes(sheet.name.replace(TEMP_SUFFIX, '').replace(OLD_SUFFIX, '')))
      continue;
    const cells = [...sheet.cells.entries()]
      .filter(([, c]) => c.value !== undefined || c.formula !== undefined)
      .map(([k, c]) => `${k}:${String(c.formula ?? c.value)}`)
      .sort();
    out[sheet.name] = cells.join('\n');
  }
  return out;
}

function withGlobals<T>(book: Book, run: () => T): T {
  const undo = book.fake.installGlobals();
  try {
    return run();
  } finally {
    undo();
  }
}

describe('the document lock', () => {
  it('refuses a second ranking while another action holds the lock, with a message, and writes nothing', () => {
    const book = scoredBook();
    const before = outputs(book.fake);
    const release = book.fake.holdLock();
    const reply = withGlobals(book, () => main.computeRanking(true, 'id'));
    release();
    figures.cases++;
    figures.refused += reply.ok ? 0 : 1;
    expect(reply.ok).toBe(false);
    expect(reply.message).toBe(workflowMessages.id.busy);
    expect(outputs(book.fake)).toEqual(before);
    // Once the other action is done, the same click works.
    const again = withGlobals(book, () => main.computeRanking(true, 'en'));
    expect(again.ok).toBe(true);
  });
});

describe('a failure while the ranking is written', () => {
  it('leaves the previous ranking whole when the second block write fails', () => {
    const book = scoredBook();
    const before = outputs(book.fake);
    book.fake.calls.reset();
    const stop = book.fake.failWhen((method, nth) => method === 'Range.setValues' && nth === 2);
    const reply = withGlobals(book, () => main.computeRanking(true, 'id'));
    stop();
    figures.cases++;
    figures.failuresInjected++;
    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('injected');
    expect(outputs(book.fake)).toEqual(before);
    expect(
      book.fake
        .inspect()
        .sheets.map((s) => s.name)
        .filter((n) => n.endsWith(TEMP_SUFFIX)),
    ).toEqual([]);
  });

  it('leaves either the previous ranking or the new one, whole, whatever service call fails', () => {
    // How many service calls one ranking makes, then each of them fails in turn.
    const probe = scoredBook();
    probe.fake.calls.reset();
    workflow.computeRankingAction(probe.port(), { allowIncomplete: false, now: NOW });
    const total = probe.fake.calls.total();
    expect(total).toBeGreaterThan(20);

    const broken: string[] = [];
    for (let k = 1; k <= total; k++) {
      const book = scoredBook();
      const before = outputs(book.fake);
      let seen = 0;
      const stop = book.fake.failWhen(() => ++seen === k);
      let threw = false;
      try {
        workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });
      } catch {
        threw = true;
      }
      stop();
      figures.cases++;
      figures.failuresInjected++;
      const after = outputs(book.fake);
      const names = Object.keys(after).sort();
      // Done: the new sheets are in place; only the old copy whose deletion failed may be left, and the next ranking removes it.
      const whole = threw
        ? JSON.stringify(after) === JSON.stringify(before)
        : names.filter((n) => !n.endsWith(OLD_SUFFIX)).join() === 'Peringkat,Rekap';
      if (!whole) broken.push(`call ${k}${threw ? ' (thrown)' : ''}: sheets ${names.join(', ')}`);
      if (names.some((n) => n.endsWith(OLD_SUFFIX))) {
        workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });
        expect(Object.keys(outputs(book.fake)).sort()).toEqual(['Peringkat', 'Rekap']);
      }
    }
    figures.rankingsBroken += broken.length;
    expect(broken).toEqual([]);
  });
});
