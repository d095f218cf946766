/**
 * The message catalogues. Each area of the product keeps its messages in one
 * file with both languages side by side (`id` first, Bahasa Indonesia being
 * the default); the `en` table is typed from the `id` one, so a message
 * missing in either language is a compile error.
 *
 * Placeholders are written {name} and filled from a params object.
 */
import type { Lang, Text } from '../core/model';
import { roundDecimal } from '../core/numbers';
import { addOnVerbs, inShell } from './verbs';

export type Params = Record<string, string | number>;

/** A catalogue area: the English table must have exactly the keys of the Indonesian one. */
export interface Catalogue<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

/**
 * Fills {name} from params. {name|one|many} is a word that agrees with the
 * number `name`: "1 {n|warning|warnings}" reads "1 warning", "2 warnings"
 * (English needs it; Indonesian nouns do not change).
 */
export function fill(template: string, params: Params = {}): string {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, many: string) =>
      has(name) ? (Number(String(params[name]).replace(',', '.')) === 1 ? one : many) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole));
}

export type SayParams = Record<string, string | number | Text>;

function paramsIn(params: SayParams, lang: Lang): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = formatNumber(value, lang, 4);
    else if (typeof value === 'string') out[name] = value;
    else out[name] = lang === 'en' ? value.en : value.id;
  }
  return out;
}

/**
 * The two-language text of a message key of a catalogue, the one way messages
 * are built: numbers are written for each language (85,5 in Indonesian, 85.5
 * in English) and a two-language param (a table's name, say) is picked per
 * language.
 */
export function say<K extends string>(catalogue: Catalogue<K>, key: K, params: SayParams = {}): Text {
  return {
    id: fill(catalogue.id[key], paramsIn(params, 'id')),
    en: fill(catalogue.en[key], paramsIn(params, 'en')),
  };
}

/** One language of a two-language text; an action it names that no shell has worded yet is named as the add-on's menu says it. */
export function pick(text: Text, lang: Lang): string {
  return inShell(lang === 'en' ? text.en : text.id, lang, addOnVerbs);
}

/** 'en' for English locales ('en', 'en_US', 'en-GB'), else Bahasa Indonesia. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return /^en([_-]|$)/i.test(locale ?? '') ? 'en' : 'id';
}

/** A score as the ranking shows it: always two decimals (83,90 next to 76,58), comma as decimal mark in Indonesian. */
export function formatScore(value: number, lang: Lang): string {
  const text = roundDecimal(value, 2).toFixed(2);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** Formats a number for people: up to `decimals` decimals, comma as decimal mark in Indonesian. */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  const text = String(roundDecimal(value, decimals));
  return lang === 'id' ? text.replace('.', ',') : text;
}
