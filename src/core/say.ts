/**
 * Builds the two-language texts and problems of the core. Unlike `textOf`, it
 * formats numbers for each language (85,5 in Indonesian, 85.5 in English) and
 * accepts two-language params (a table's name, say) picked per language.
 */
import type { Lang, Problem, Severity, Text, Where } from './model';
import { fill, formatNumber, type Catalogue } from '../i18n';

export type SayParams = Record<string, string | number | Text>;

function paramsIn(params: SayParams, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = formatNumber(value, lang, 4);
    else if (typeof value === 'string') out[name] = value;
    else out[name] = lang === 'en' ? value.en : value.id;
  }
  return out;
}

export function say<K extends string>(catalogue: Catalogue<K>, key: K, params: SayParams = {}): Text {
  return {
    id: fill(catalogue.id[key], paramsIn(params, 'id')),
    en: fill(catalogue.en[key], paramsIn(params, 'en')),
  };
}

export function problem(code: string, severity: Severity, where: Where, message: Text): Problem {
  return { code, severity, where, message };
}
