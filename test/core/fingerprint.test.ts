import { fingerprint, shortFingerprint, utf8 } from '../../src/core/fingerprint';
import { regencyExample } from './fixtures';
import type { ScoreSheet } from '../../src/core/model';

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
    const a = fingerprint(regencyExample(), sheets());
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(regencyExample(), sheets())).toBe(a);
  });

  it('does not depend on the order tabs and rows were read', () => {
    const s = sheets();
    const shuffled = [{ ...s[1] }, { ...s[0], rows: [...s[0].rows].reverse() }];
    expect(fingerprint(regencyExample(), shuffled)).toBe(fingerprint(regencyExample(), s));
  });

  it('changes with any score or setting', () => {
    const base = fingerprint(regencyExample(), sheets());
    const s = sheets();
    s[0].rows[0].scores.a = 81;
    expect(fingerprint(regencyExample(), s)).not.toBe(base);
    const c = regencyExample();
    c.settings.method = 'median';
    expect(fingerprint(c, sheets())).not.toBe(base);
    const typedAsText = sheets();
    typedAsText[0].rows[0].scores.a = '80';
    expect(fingerprint(regencyExample(), typedAsText)).not.toBe(base);
  });

  it('does not change when a juror edits a note', () => {
    const noted = sheets();
    noted[0].rows[0].notes = 'presentasi sangat baik';
    expect(fingerprint(regencyExample(), noted)).toBe(fingerprint(regencyExample(), sheets()));
  });

  it('is shown short, in groups of four', () => {
    expect(shortFingerprint('0123456789abcdef0123')).toBe('0123-4567-89ab-cdef');
  });

  it('encodes text as UTF-8 exactly as the platform does, emoji and Javanese script included', () => {
    for (const text of [
      '',
      'Juri',
      'Nilai 85,5 – ✓',
      'ꦗꦸꦫꦶ',
      '😀 مرحبا',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
    ]) {
      expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });
});
