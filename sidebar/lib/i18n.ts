/** The sidebar speaks from the same catalogue as the server; the page's language comes from the server. */
import { t as translate, type Lang, type MessageKey, type ParamArgs, type Text } from '../../src/core/i18n';

let current: Lang = 'th';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

/** A catalogue text (both languages) in the page's language. */
export function say(x: Text | undefined): string {
  return x ? x[current] : '';
}

export function t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string {
  return translate(key, current, ...params);
}
