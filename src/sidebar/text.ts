/** The sidebar's words, in the language the server says the user reads. */
import type { Lang } from '../core/model';
import { fill, type Params } from '../i18n/index';
import { uiMessages, type UiKey } from '../i18n/ui';

export type Say = (key: UiKey, params?: Params) => string;

export function sayer(lang: Lang): Say {
  return (key, params) => fill(uiMessages[lang][key], params);
}
