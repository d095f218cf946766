import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
import { PROBLEM_MESSAGES, type ProblemCode } from '../src/i18n/problems';

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

describe('placeholders of every message catalogue', () => {
  const dir = join(__dirname, '../src/i18n');
  /** Every catalogue of src/i18n: an object with an `id` and an `en` table of texts. */
  const catalogues = new Map<string, { id: Record<string, string>; en: Record<string, string> }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(dir, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const v = value as { id?: unknown; en?: unknown };
      const isTable = (t: unknown) =>
        typeof t === 'object' && t !== null && Object.values(t).every((x) => typeof x === 'string');
      if (v && typeof v === 'object' && isTable(v.id) && isTable(v.en))
        catalogues.set(name, v as { id: Record<string, string>; en: Record<string, string> });
    }
  }
  /** The names a template fills: {name}, {name|one|many} and {@verb}. */
  const placeholders = (text: string) =>
    [...new Set([...text.matchAll(/\{@?(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

  it('finds the catalogues', () => {
    expect(catalogues.size).toBeGreaterThanOrEqual(25);
  });

  it('fill the same placeholders in both languages', () => {
    const differ: string[] = [];
    for (const [name, c] of catalogues) {
      expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.id).sort());
      for (const key of Object.keys(c.id)) {
        const id = placeholders(c.id[key]!);
        const en = placeholders(c.en[key] ?? '');
        if (id.join() !== en.join()) differ.push(`${name}.${key}: id {${id}} en {${en}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('are given every value they name by the code that fills them', () => {
    const byVariable = new Map([...catalogues].map(([name, c]) => [name, c]));
    const missing: string[] = [];
    let checked = 0;
    const check = (where: string, template: Record<string, string>, key: string, names: string[]) => {
      checked++;
      const known = new Set([...placeholders(template.id ?? ''), ...placeholders(template.en ?? '')]);
      for (const n of names) if (!known.has(n)) missing.push(`${where}: {${n}} is not in ${key}`);
    };
    for (const file of sourceFiles(join(__dirname, '../src'))) {
      const text = readFileSync(file, 'utf8');
      const at = (i: number) =>
        `${relative(join(__dirname, '..'), file)}:${text.slice(0, i).split('\n').length}`;
      // say(someMessages, 'key', { a, b: ... })
      for (const m of text.matchAll(/\bsay\(\s*(\w+),\s*'([^']+)',\s*\{/g)) {
        const c = byVariable.get(m[1]!);
        if (!c) continue;
        const keys = objectKeys(text, m.index! + m[0].length - 1);
        check(at(m.index!), { id: c.id[m[2]!] ?? '', en: c.en[m[2]!] ?? '' }, `${m[1]}.${m[2]}`, keys);
      }
      // A problem made with its code: the last object literal of the call (not a `where`) holds its values.
      for (const m of text.matchAll(/\b(\w+)\(/g)) {
        const args = callArguments(text, m.index! + m[0].length - 1);
        const codeAt = args.findIndex(
          (a) => /^'([a-z0-9-]+)'$/.test(a) && a.slice(1, -1) in PROBLEM_MESSAGES,
        );
        if (codeAt < 0) continue;
        const code = args[codeAt]!.slice(1, -1);
        const params = args
          .slice(codeAt + 1)
          .filter((a) => a.startsWith('{') && !/^\{\s*kind:/.test(a))
          .pop();
        if (!params) continue;
        const { catalogue, key } = PROBLEM_MESSAGES[code as ProblemCode];
        const keys = objectKeys(params, 0);
        check(
          at(m.index!),
          { id: catalogue.id[key] ?? '', en: catalogue.en[key] ?? '' },
          `${code} (${key})`,
          keys,
        );
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Index of the bracket closing the one at `open`, skipping strings. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
    } else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth === 0) return i;
  }
  return text.length;
}

/** The top-level pieces of `text` between `from` and `to`, split at commas. */
function pieces(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if ('([{'.includes(ch) || ch === "'" || ch === '"' || ch === '`') {
      i = '([{'.includes(ch) ? closing(text, i) : closingQuote(text, i);
    } else if (ch === ',') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start, to).trim());
  return out.filter((p) => p !== '');
}

function closingQuote(text: string, open: number): number {
  let i = open + 1;
  for (; i < text.length && text[i] !== text[open]; i++) if (text[i] === '\\') i++;
  return i;
}

function callArguments(text: string, open: number): string[] {
  return pieces(text, open + 1, closing(text, open));
}

/** The names an object literal starting at `open` gives ({ a, b: 1 } gives a and b; spreads are left out). */
function objectKeys(text: string, open: number): string[] {
  return pieces(text, open + 1, closing(text, open))
    .filter((p) => !p.startsWith('...'))
    .map((p) => /^(\w+)\s*(?::|$)/.exec(p)?.[1])
    .filter((k): k is string => k !== undefined);
}
