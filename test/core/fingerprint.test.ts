import { createHash } from 'node:crypto';
import {
  canonicalJson,
  fingerprint,
  setupFingerprint,
  shortFingerprint,
  utf8,
} from '../../src/core/fingerprint';
import { regencyFixture } from './fixtures';
import type { Competition, ScoreSheet } from '../../src/core/model';

const sheets = (): ScoreSheet[] => [
  {
    stageId: 'presentasi',
    jurorId: 'j1',
    rows: [
      { entryId: 'e1', scores: { a: 80 }, notes: '' },
      { entryId: 'e2', scores: { a: 70 }, notes: '' },
    ],
  },
  { stageId: 'presentasi', jurorId: 'j2', rows: [{ entryId: 'e1', scores: { a: 75 }, notes: '' }] },
];

describe('fingerprint of a ranking’s inputs', () => {
  it('is the SHA-256 of the canonical inputs (64 hex digits), the same for the same data', () => {
    const a = fingerprint(regencyFixture(), sheets());
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(regencyFixture(), sheets())).toBe(a);
  });

  it('does not depend on the order tabs and rows were read', () => {
    const s = sheets();
    const shuffled = [{ ...s[1] }, { ...s[0], rows: [...s[0].rows].reverse() }];
    expect(fingerprint(regencyFixture(), shuffled)).toBe(fingerprint(regencyFixture(), s));
  });

  it('changes with any score or setting', () => {
    const base = fingerprint(regencyFixture(), sheets());
    const s = sheets();
    s[0].rows[0].scores.a = 81;
    expect(fingerprint(regencyFixture(), s)).not.toBe(base);
    const c = regencyFixture();
    c.settings.method = 'median';
    expect(fingerprint(c, sheets())).not.toBe(base);
    const typedAsText = sheets();
    typedAsText[0].rows[0].scores.a = '80';
    expect(fingerprint(regencyFixture(), typedAsText)).not.toBe(base);
  });

  it('does not change when a juror edits a note', () => {
    const noted = sheets();
    noted[0].rows[0].notes = 'presentasi sangat baik';
    expect(fingerprint(regencyFixture(), noted)).toBe(fingerprint(regencyFixture(), sheets()));
  });

  it('is shown short, in groups of four', () => {
    expect(shortFingerprint('0123456789abcdef0123')).toBe('0123-4567-89ab-cdef');
  });

  it('encodes text as UTF-8 exactly as Node does: emoji, right-to-left and Javanese script, lone surrogates', () => {
    for (const text of [
      '',
      'Juri',
      'Nilai 85,5 – ✓',
      'ꦗꦸꦫꦶ',
      '😀 مرحبا',
      'שלום עולם 👩🏽‍⚖️',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
      '\ud83d\ude00\u{10ffff}\u{10000}',
      // Lone surrogates become U+FFFD, as Buffer.from writes them: high alone, low alone, at the end, reversed.
      '\ud800',
      '\udc00',
      'a\ud83db',
      'tail \ud83d',
      '\ude00\ud83d',
      '\ud83d\ud83d\ude00',
    ]) {
      expect(Buffer.from(utf8(text)).toString('hex')).toBe(Buffer.from(text, 'utf8').toString('hex'));
    }
  });

  it('is the same digest as Node’s own SHA-256 over the canonical text in UTF-8', () => {
    const c = regencyFixture();
    c.name = 'Lomba 😀 مرحبا بكم \ud800 שלום';
    c.entries[0].title = 'Inovasi \udc00 👩🏽‍⚖️ ꦗꦸꦫꦶ';
    c.jurors[0].name = 'Juri \ud83d';
    const s = sheets();
    s[0].rows[0].scores.a = '80 😀 \udfff';
    const text = canonicalJson(c, s);
    expect(fingerprint(c, s)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes the JSON of the inputs with keys sorted, whatever order they were built in', () => {
    // The definition the fingerprints of existing rankings were made with: a key-sorted copy through JSON.stringify.
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : typeof v === 'number' && !Number.isFinite(v)
            ? String(v)
            : v;
    const c = regencyFixture();
    const s: ScoreSheet[] = [
      {
        stageId: 'presentasi',
        jurorId: 'j1',
        rows: [
          // Criterion ids that look like numbers, and a juror's note that must not count.
          { entryId: 'e2', scores: { '10': 7, '9': 8, b: null, a: '8,5', '01': Infinity }, notes: 'x' },
          { entryId: 'e1', scores: { z: 1, a: 2 }, notes: '' },
        ],
      },
    ];
    // Settings that print only on paper are not part of it.
    const { documents: _documents, ...scoring } = c;
    const jurors = c.jurors.map(({ role: _role, nip: _nip, ...j }) => j);
    const expected = JSON.stringify(
      sorted({
        competition: { ...scoring, jurors },
        sheets: s.map((sheet) => ({
          stageId: sheet.stageId,
          jurorId: sheet.jurorId,
          rows: [...sheet.rows]
            .sort((x, y) => (x.entryId < y.entryId ? -1 : 1))
            .map((r) => ({ entryId: r.entryId, scores: r.scores })),
        })),
      }),
    );
    expect(canonicalJson(c, s)).toBe(expected);
  });
});

describe('the Setup fingerprint a juror file carries', () => {
  it('changes with anything a juror tab is made from, not with the plenary\u2019s adjustments or the paper', () => {
    const base = setupFingerprint(regencyFixture());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const changed = (change: (c: Competition) => void) => {
      const c = regencyFixture();
      change(c);
      return setupFingerprint(c);
    };
    expect(changed((c) => (c.criteria[0].weight += 1))).not.toBe(base);
    expect(changed((c) => (c.entries[0].title += ' baru'))).not.toBe(base);
    expect(changed((c) => (c.jurors[0].email = 'lain@contoh.id'))).not.toBe(base);
    expect(changed((c) => (c.name += ' 2027'))).not.toBe(base);
    expect(
      changed((c) => c.adjustments.push({ kind: 'exclude', entryId: c.entries[0].id, reason: 'pleno' })),
    ).toBe(base);
    expect(changed((c) => (c.jurors[0].nip = '198001012005011001'))).toBe(base);
  });
});
