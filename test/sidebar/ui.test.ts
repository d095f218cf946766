/** The sidebar's catalogue: both languages fill the same placeholders. */
import { uiMessages, type UiKey } from '../../src/i18n/ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('sidebar messages', () => {
  it.each(Object.keys(uiMessages.id) as UiKey[])('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(uiMessages.en[key])).toEqual(placeholders(uiMessages.id[key]));
    expect(uiMessages.en[key].trim()).not.toBe('');
  });
});
