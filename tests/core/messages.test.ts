/**
 * The catalogue's texts name their parameters as {placeholders}: both languages need the same
 * ones, every one is filled when the text is rendered, and the compiler holds each call to them.
 */
import { CATALOGUE } from '../../src/core/catalogue';
import { render, t, text, type MessageKey } from '../../src/core/i18n';

const KEYS = Object.keys(CATALOGUE) as MessageKey[];
const slots = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the catalogue holds every text in both languages, non-empty', () => {
  expect(KEYS.length).toBeGreaterThan(700);
  for (const key of KEYS) {
    const e = CATALOGUE[key];
    expect([key, typeof e.th, typeof e.en]).toEqual([key, 'string', 'string']);
    expect([key, e.th.trim() === '', e.en.trim() === '']).toEqual([key, false, false]);
  }
});

test('Thai and English name the same placeholders (a value given per language ends in Th or En)', () => {
  const names = (s: string) => [...new Set(slots(s).map((n) => n.replace(/(Th|En)$/, '')))].sort().join();
  expect(KEYS.filter((k) => names(CATALOGUE[k].th) !== names(CATALOGUE[k].en))).toEqual([]);
});

test('every key renders with its parameters: no "undefined" and no placeholder left', () => {
  const problems: string[] = [];
  for (const key of KEYS) {
    const { th, en } = CATALOGUE[key];
    const names = [...new Set([...slots(th), ...slots(en)])];
    const value = (n: string) => (names.indexOf(n) % 2 ? names.indexOf(n) * 1000 + 7 : `«${n}»`);
    const out = render(key, Object.fromEntries(names.map((n) => [n, value(n)])));
    for (const lang of ['th', 'en'] as const) {
      const s = out[lang];
      if (/undefined|\{|\}/.test(s)) problems.push(`${key} ${lang}: ${s}`);
      for (const n of slots(CATALOGUE[key][lang]))
        if (!s.includes(String(value(n)))) problems.push(`${key} ${lang} lacks ${n}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a rendered text carries each value as given, numbers as written', () => {
  expect(text('about.rows', { count: 12 })).toEqual({ th: '12 แถว', en: '12 rows' });
  expect(t('net.ui.progressLast', 'en', { done: 3, total: 10, last: 'บ้านดอนชัย' })).toBe(
    'Read 3 of 10 funds (last: บ้านดอนชัย)',
  );
  expect(t('net.ui.progress', 'th', { done: 0, total: 2 })).toBe('อ่านแล้ว 0 จาก 2 กองทุน');
  expect(t('about.title', 'en')).toBe('About this fund book');
});

test('the compiler holds a call to the text: a missing, extra or unknown parameter is a type error', () => {
  // Each line below fails `tsc` (npm run typecheck) if its error goes away.
  // @ts-expect-error the count is missing
  const missing = () => t('about.rows', 'th');
  // @ts-expect-error the text has no {rows}
  const wrongName = () => t('about.rows', 'th', { rows: 3 });
  // @ts-expect-error a title takes no parameters
  const extra = () => t('about.title', 'th', { count: 3 });
  // @ts-expect-error not a key of the catalogue
  const unknown = () => t('about.nothing', 'th');
  // At run time the missing parameter is what the compiler prevents: "undefined" in the text.
  expect(missing()).toBe('undefined แถว');
  expect([wrongName(), extra()]).toEqual(['undefined แถว', 'เกี่ยวกับสมุดบัญชีนี้']);
  expect(unknown).toThrow();
});
