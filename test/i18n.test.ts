import { fill, formatNumber, formatScore, langOfLocale, say } from '../src/i18n';
import { cliMessages } from '../src/i18n/cli';
import { documentSetupMessages } from '../src/i18n/documentSetup';
import { documentActionMessages, documentMessages } from '../src/i18n/documents';
import { importMessages } from '../src/i18n/importEntries';
import { integrityMessages } from '../src/i18n/integrity';
import { menuMessages } from '../src/i18n/menu';
import { minutesCliMessages } from '../src/i18n/minutesCli';
import { outputMessages } from '../src/i18n/output';
import { rankingMessages } from '../src/i18n/ranking';
import { reminderMessages } from '../src/i18n/reminders';
import { scoresMessages } from '../src/i18n/scores';
import { planMessages, setupMessages } from '../src/i18n/setup';
import { setupSheetMessages } from '../src/i18n/setupSheet';
import { sheetMessages } from '../src/i18n/sheets';
import { workflowMessages } from '../src/i18n/workflow';
import { xlsxMessages } from '../src/i18n/xlsx';

describe('message catalogue helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} dan {b}', { a: 1 })).toBe('1 dan {b}');
  });
  it('builds both languages of a message', () => {
    const cat = { id: { k: 'bobot {n} %' }, en: { k: 'weight {n} %' } };
    expect(say(cat, 'k', { n: 95 })).toEqual({ id: 'bobot 95 %', en: 'weight 95 %' });
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

describe('messages the command line shows', () => {
  /** Every catalogue whose messages reach `juri` (the add-on's menu, sidebar, publishing and environment are not). */
  const shared = {
    cliMessages,
    documentSetupMessages,
    documentMessages,
    documentActionMessages,
    importMessages,
    integrityMessages,
    minutesCliMessages,
    outputMessages,
    rankingMessages,
    reminderMessages,
    scoresMessages,
    setupMessages,
    planMessages,
    setupSheetMessages,
    sheetMessages,
    workflowMessages,
    xlsxMessages,
  };
  /** The Juri menu's items ("Juri" itself, the menu's title, is also the product's name). */
  const items = (Object.keys(menuMessages.id) as (keyof typeof menuMessages.id)[]).filter(
    (k) => k.startsWith('menu.') && k !== 'menu.title',
  );
  it('never name a menu item: an action is a token each shell words its own way', () => {
    const named: string[] = [];
    for (const [name, catalogue] of Object.entries(shared)) {
      for (const lang of ['id', 'en'] as const) {
        const labels = items.map((k) => menuMessages[lang][k]);
        for (const [key, text] of Object.entries(catalogue[lang] as Record<string, string>)) {
          if (labels.some((label) => text.includes(`"${label}"`))) named.push(`${name}.${lang}.${key}`);
        }
      }
    }
    expect(named).toEqual([]);
  });
});
