/**
 * Rendering the string catalogue (catalogue.ts): every user-facing text, Thai first, English second.
 * A text names its parameters as {placeholders}; the compiler reads them from the template, so a
 * call that leaves one out (or passes one the text does not use) is a type error.
 * Add new text to its area's message file rather than writing literals in addon/ or sidebar/.
 */
import { CATALOGUE } from './catalogue';

export type Lang = 'th' | 'en';
/** What a {placeholder} takes. */
export type ParamValue = string | number;
/** Parameters of no particular message (helpers that pass them on). */
export type Params = Record<string, ParamValue>;

/** A text in both languages, ready to show. */
export interface Text {
  th: string;
  en: string;
}

export type MessageKey = keyof typeof CATALOGUE;

/** The placeholder names of a template: 'Read {done} of {total}' gives 'done' | 'total'. */
type Slots<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Slots<Rest> : never;
type SlotsOf<K extends MessageKey> = Slots<(typeof CATALOGUE)[K]['th' | 'en']>;

/** The parameters a key's text needs, in both languages; for a union of keys, those of every one. */
export type ParamsOf<K extends MessageKey> = { [N in SlotsOf<K>]: ParamValue };

/** Keys whose text has exactly the placeholders P (never: none, as labels, titles and column names). */
export type KeyWith<P extends string> = {
  [K in MessageKey]: [SlotsOf<K>] extends [P] ? ([P] extends [SlotsOf<K>] ? K : never) : never;
}[MessageKey];
export type LabelKey = KeyWith<never>;

/** The rest of a call after the key: the parameters when the text has placeholders, nothing when it has none. */
export type ParamArgs<K extends MessageKey> = [SlotsOf<K>] extends [never] ? [] : [params: ParamsOf<K>];

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, params: Params): string {
  return template.replace(PLACEHOLDER, (_, name: string) => String(params[name]));
}

/**
 * Both languages of a text whose key and parameters are data (a finding stored with its
 * parameters, a page's catalogue). Prefer text()/t(), which check the parameters.
 */
export function render(key: MessageKey, params: Params = {}): Text {
  const e: Text | undefined = CATALOGUE[key];
  // Only a sidebar page built without this key (scripts/build.mjs) can get here.
  if (!e) throw new Error(`No text "${key}" in this page's catalogue`);
  return { th: fill(e.th, params), en: fill(e.en, params) };
}

export function text<K extends MessageKey>(key: K, ...params: ParamArgs<K>): Text {
  return render(key, params[0]);
}

export function t<K extends MessageKey>(key: K, lang: Lang, ...params: ParamArgs<K>): string {
  return render(key, params[0])[lang];
}

/** Thai unless the user's locale says otherwise (Session.getActiveUserLocale gives e.g. "th", "en_US"). */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'th';
  return /^th\b|^th[_-]/i.test(locale) ? 'th' : 'en';
}
