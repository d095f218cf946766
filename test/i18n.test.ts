import { fill, formatNumber, formatScore, langOfLocale, textOf } from '../src/i18n';

describe('message catalogue helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} dan {b}', { a: 1 })).toBe('1 dan {b}');
  });
  it('builds both languages of a message', () => {
    const cat = { id: { k: 'bobot {n} %' }, en: { k: 'weight {n} %' } };
    expect(textOf(cat, 'k', { n: 95 })).toEqual({ id: 'bobot 95 %', en: 'weight 95 %' });
  });
  it('reads English only from English locales', () => {
    expect(langOfLocale('en_US')).toBe('en');
    expect(langOfLocale('en')).toBe('en');
    expect(langOfLocale('id_ID')).toBe('id');
    expect(langOfLocale('')).toBe('id');
    expect(langOfLocale('eng')).toBe('id');
  });
  it('uses a decimal comma in Indonesian', () => {
    expect(formatNumber(85.456, 'id')).toBe('85,46');
    expect(formatNumber(85.456, 'en')).toBe('85.46');
  });
  it('shows scores with two decimals always', () => {
    expect(formatScore(83.9, 'id')).toBe('83,90');
    expect(formatScore(76.575, 'en')).toBe('76.58');
    expect(formatScore(80, 'en')).toBe('80.00');
  });
});
