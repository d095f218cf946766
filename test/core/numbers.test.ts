import fc from 'fast-check';
import { readNumberText, roundDecimal } from '../../src/core/numbers';
import { visible } from '../../src/core/text';
import { formatNumber, formatScore } from '../../src/i18n';

describe('roundDecimal: as Excel and Sheets ROUND, on the number they show', () => {
  it('rounds values built to land exactly on half a cent up, away from zero', () => {
    // 64.085 is held as 64.08499999999999375; Math.round(64.085 * 100) / 100 gives 64.08.
    expect(Math.round(64.085 * 100) / 100).toBe(64.08);
    expect(roundDecimal(64.085)).toBe(64.09);
    expect(roundDecimal(72.775)).toBe(72.78);
    expect(roundDecimal((72.75 + 72.8) / 2)).toBe(72.78);
    expect(roundDecimal(0.3 * 72.775 + 0.5 * 72.775 + 0.1 * 72.775 + 0.1 * 72.775)).toBe(72.78);
    expect(roundDecimal(1.005)).toBe(1.01);
    expect(roundDecimal(-1.005)).toBe(-1.01);
    expect(roundDecimal(2.675, 2)).toBe(2.68);
    expect(roundDecimal(-0.001)).toBe(0);
    expect(Object.is(roundDecimal(-0.001), -0)).toBe(false);
    expect(roundDecimal(0.0005, 3)).toBe(0.001);
    expect(roundDecimal(83.9)).toBe(83.9);
    expect(roundDecimal(83.904)).toBe(83.9);
    expect(roundDecimal(83.996)).toBe(84);
    expect(roundDecimal(1e-9)).toBe(0);
    expect(roundDecimal(1e21)).toBe(1e21);
    expect(roundDecimal(Number.NaN)).toBeNaN();
  });

  it('rounds every k + 0.5 hundredths up, however the value was computed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 2, max: 7 }), (k, n) => {
        const exact = (2 * k + 1) / 200; // k/100 + 0.005
        // The same decimal reached by a mean of n equal values and by a weighted sum.
        const mean = Array.from({ length: n }, () => exact).reduce((a, b) => a + b, 0) / n;
        const weighted = 0.3 * exact + 0.5 * exact + 0.2 * exact;
        for (const v of [exact, mean, weighted]) {
          expect(roundDecimal(v, 2)).toBe((k + 1) / 100);
          expect(roundDecimal(-v, 2)).toBe(-(k + 1) / 100);
        }
      }),
    );
  });

  it('never moves a value that is not at a half by more than half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        const r = roundDecimal(v, d);
        expect(Math.abs(r - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(v)));
        // Already a number with d decimals: kept as it is.
        expect(roundDecimal(r, d)).toBe(r);
      }),
    );
  });

  it('is what every display with a fixed count of decimals uses', () => {
    expect(formatScore(64.085, 'id')).toBe('64,09');
    expect(formatScore(72.775, 'id')).toBe('72,78');
    expect(formatScore((72.75 + 72.8) / 2, 'en')).toBe('72.78');
    expect(formatNumber(72.775, 'en')).toBe('72.78');
    expect(formatNumber(0.0005, 'en', 3)).toBe('0.001');
  });
});

describe('readNumberText: text that could mean two numbers is not guessed at', () => {
  it.each([
    ['85', { kind: 'number', value: 85 }],
    [' 85,5 ', { kind: 'number', value: 85.5 }],
    ['85.50', { kind: 'number', value: 85.5 }],
    ['0.125', { kind: 'number', value: 0.125 }],
    ['0,500', { kind: 'number', value: 0.5 }],
    ['1.0000', { kind: 'number', value: 1 }],
    ['1.000', { kind: 'ambiguous', asDecimal: 1, asThousands: 1000 }],
    ['85.000', { kind: 'ambiguous', asDecimal: 85, asThousands: 85000 }],
    ['1,000', { kind: 'ambiguous', asDecimal: 1, asThousands: 1000 }],
    ['-2.500', { kind: 'ambiguous', asDecimal: -2.5, asThousands: -2500 }],
    ['1.000.000', { kind: 'grouped' }],
    ['1.000,5', { kind: 'grouped' }],
    ['1,234.5', { kind: 'grouped' }],
    ['85 %', { kind: 'percent', value: 85 }],
    ['85%', { kind: 'percent', value: 85 }],
    ['8\u200b5', { kind: 'invisible' }],
    ['85\u200b', { kind: 'invisible' }],
    ['8\u00a05', { kind: 'invisible' }],
    ['85\u00a0', { kind: 'number', value: 85 }],
    ['delapan', { kind: 'none' }],
    ['8 5', { kind: 'none' }],
  ])('%j', (text, expected) => {
    expect(readNumberText(text)).toEqual(expected);
  });
});

describe('visible', () => {
  it('spells out what nobody can see, and nothing else', () => {
    expect(visible('8\u200b5')).toBe('8⟨U+200B⟩5');
    expect(visible('85\u00a0')).toBe('85⟨U+00A0⟩');
    expect(visible('a b\tc')).toBe('a b⟨U+0009⟩c');
    expect(visible('Budi Santoso 😀 é')).toBe('Budi Santoso 😀 é');
  });
});
