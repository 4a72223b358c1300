/**
 * Parsers for what secretaries type and what cells hold: amounts, whole numbers, years,
 * national ids, member ids, phone numbers. Every parser takes `unknown` (a cell value: number,
 * string, boolean, Date or '') and never throws; a value it cannot read comes back as
 * {ok:false} with a reason in Thai and English.
 */
import { text, type Text } from './i18n';
import { dayFromDate, formatDateBE } from './dates';
import { failure, ok, type Parsed } from './parsed';
import { thaiDigitsToArabic } from './digits';

export { failure, type Parsed } from './parsed';
export { thaiDigitsToArabic } from './digits';

/** A cell value as it would read on screen, for messages (short, never throws). */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length > 60 ? value.slice(0, 57) + '...' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return Number.isFinite(value.getTime()) ? formatDateBE(dayFromDate(value)) : 'Invalid Date';
  return typeof value;
}

function roundSatang(n: number): number {
  // toFixed-free rounding that keeps 1.005 -> 1.01 (the float is 1.00499..., EPSILON nudges it).
  const r = Math.round((Math.abs(n) + Number.EPSILON * Math.abs(n)) * 100) / 100;
  return n < 0 ? -r : r;
}

/** No fund handles a trillion baht; beyond this a value is a typing or format accident (and satang rounding would overflow). */
const MAX_AMOUNT = 1e12;

const AMOUNT_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^\.\d+$/;

/**
 * Baht amounts: numbers, '1,000', '1,000 บาท', '฿1,000', '1000.50', Thai digits, a leading minus
 * (negative is allowed here; callers decide what it means). Rounded to satang with a warning
 * when more decimals were given. Rejects misplaced separators ('1,00,0') and trailing text ('12abc').
 */
export function parseAmount(value: unknown): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return failure('amount.invalid', text('amount.invalid', { value: String(value) }));
    if (Math.abs(value) >= MAX_AMOUNT)
      return failure('amount.too-large', text('amount.tooLarge', { value: String(value) }));
    const r = roundSatang(value);
    return r === value ? ok(r) : ok(r, [text('amount.rounded', { value: String(value), rounded: formatBaht(r) })]);
  }
  if (value === null || value === undefined || value === '') return failure('amount.empty', text('amount.empty'));
  if (typeof value !== 'string') return failure('amount.invalid', text('amount.invalid', { value: shownValue(value) }));
  let s = thaiDigitsToArabic(value).trim();
  if (s === '') return failure('amount.empty', text('amount.empty'));
  let negative = false;
  if (s[0] === '-' || s[0] === '\u2212') {
    negative = true;
    s = s.slice(1);
  }
  s = s
    .replace(/^\s*(?:฿|thb)\s*/i, '')
    .replace(/\s*(?:บาท|บ\.|thb|฿)\s*$/i, '')
    .trim();
  if (!negative && (s[0] === '-' || s[0] === '\u2212')) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (!AMOUNT_RE.test(s) || s === '.')
    return failure('amount.invalid', text('amount.invalid', { value: shownValue(value) }));
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return failure('amount.invalid', text('amount.invalid', { value: shownValue(value) }));
  if (n >= MAX_AMOUNT) return failure('amount.too-large', text('amount.tooLarge', { value: shownValue(value) }));
  const signed = negative ? -n : n;
  const r = roundSatang(signed);
  // -0 reads as 0.
  const v = r === 0 ? 0 : r;
  return r === signed ? ok(v) : ok(v, [text('amount.rounded', { value: shownValue(value), rounded: formatBaht(v) })]);
}

/** '1,234' or '1,234.50' (no currency sign; satang only when there are some). */
export function formatBaht(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const satang = Math.round(Math.abs(n) * 100);
  const whole = Math.floor(satang / 100);
  const frac = satang % 100;
  const digits = String(whole);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  if (frac !== 0) out += '.' + (frac < 10 ? '0' + frac : String(frac));
  return (negative && satang !== 0 ? '-' : '') + out;
}

/**
 * A whole number (units, days, counts): numbers, digit strings (Thai digits too, thousands
 * separators allowed). Negative numbers are rejected unless allowNegative.
 */
export function parseInteger(value: unknown, allowNegative = false): Parsed<number> {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const s = thaiDigitsToArabic(value).trim();
    if (s === '') return failure('int.empty', text('int.invalid', { value: '' }));
    if (!/^[-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(s))
      return failure('int.invalid', text('int.invalid', { value: shownValue(value) }));
    n = Number(s.replace(/,/g, '').replace('\u2212', '-'));
  } else if (value === null || value === undefined) return failure('int.empty', text('int.invalid', { value: '' }));
  else return failure('int.invalid', text('int.invalid', { value: shownValue(value) }));
  if (!Number.isSafeInteger(n)) return failure('int.invalid', text('int.invalid', { value: shownValue(value) }));
  if (n < 0 && !allowNegative) return failure('int.negative', text('int.negative', { value: shownValue(value) }));
  return ok(n === 0 ? 0 : n);
}

/**
 * A year covered (annual fee): a four-digit B.E. year. A C.E. year (1800..2200) is converted with a
 * warning; a two-digit year is an error (never guessed).
 */
export function parseYearBE(value: unknown): Parsed<number> {
  const n = parseInteger(value);
  if (!n.ok) return failure('year.invalid', text('year.invalid', { value: shownValue(value) }));
  const y = n.value;
  if (y >= 2400 && y <= 2800) return ok(y);
  if (y >= 1800 && y <= 2200) return ok(y + 543, [text('year.ce', { value: y, be: y + 543 })]);
  return failure(y < 100 ? 'year.two-digit' : 'year.invalid', text('year.invalid', { value: shownValue(value) }));
}

// ----------------------------------------------------------------- national ids

/** Check digit of the first 12 digits: weights 13..2, (11 - sum mod 11) mod 10. */
export function nationalIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/**
 * A 13-digit Thai national id, as text. Spaces and dashes are removed ('3-1005-01234-56-7').
 * A number cell holding the 13 digits is fine; a number shown in exponent form or with a
 * fraction means the sheet stored it as a number and digits may be lost: that is an error.
 * A leading 0 or 9 is legal but rare, so it is a warning.
 */
export function validateNationalId(value: unknown): Parsed<string> {
  const warnings: Text[] = [];
  let digits: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value <= 0) {
      return failure('nid.stored-as-number', text('nid.storedAsNumber', { value: shownValue(value) }));
    }
    digits = String(value);
    if (digits.length === 12) {
      digits = '0' + digits;
      warnings.push(text('nid.leadingZeroLost'));
    }
  } else if (typeof value === 'string') {
    const s = thaiDigitsToArabic(value).trim();
    if (s === '') return failure('nid.empty', text('nid.empty'));
    if (/^\d+(?:\.\d+)?e\+?\d+$/i.test(s) || /^\d+\.\d+$/.test(s)) {
      return failure('nid.stored-as-number', text('nid.storedAsNumber', { value: shownValue(value) }));
    }
    digits = s.replace(/[\s\-\u2010-\u2013]/g, '');
    if (!/^\d*$/.test(digits)) return failure('nid.chars', text('nid.chars', { value: shownValue(value) }));
  } else if (value === null || value === undefined) {
    return failure('nid.empty', text('nid.empty'));
  } else {
    return failure('nid.chars', text('nid.chars', { value: shownValue(value) }));
  }
  if (digits.length !== 13) return failure('nid.length', text('nid.length', { count: digits.length }));
  const expected = nationalIdCheckDigit(digits);
  if (expected !== digits.charCodeAt(12) - 48) {
    return failure('nid.checksum', text('nid.checksum', { value: digits, expected }));
  }
  if (digits[0] === '0' || digits[0] === '9') warnings.push(text('nid.leadingDigit', { digit: digits[0] }));
  return ok(digits, warnings);
}

// ----------------------------------------------------------------- member ids

/**
 * The canonical form of a member id, so 'a001 ', 'A001' and 'A๐๐๑' are one member: trimmed,
 * Thai digits to arabic, runs of spaces collapsed, latin letters upper-cased, leading zeros kept.
 * A number cell becomes its integer text (12 -> '12'). Empty gives ''.
 */
export function normalizeMemberId(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  }
  if (typeof value !== 'string') {
    if (value === null || value === undefined) return '';
    return shownValue(value);
  }
  // Fast path: already canonical ASCII (the common case on a big deposit log).
  if (/^[A-Z0-9][A-Z0-9\-/_.]*$/.test(value)) return value;
  return thaiDigitsToArabic(value.normalize('NFC'))
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/**
 * The next free member id in the book's own style: the most common prefix (ties: the newest),
 * the highest number + 1, zero-padded like the existing ids. ['A001','A002'] -> 'A003',
 * ['1','2','10'] -> '11'. An empty book starts at '1'.
 */
export function suggestNextMemberId(existing: string[]): string {
  const taken = new Set<string>();
  const groups = new Map<
    string,
    { count: number; max: number; width: number; padded: boolean; suffix: string; last: number }
  >();
  existing.forEach((raw, i) => {
    const id = normalizeMemberId(raw);
    if (id === '') return;
    taken.add(id);
    const m = id.match(/^(.*?)(\d+)(\D*)$/);
    if (!m) return;
    const key = m[1] + '\u0000' + m[3];
    const n = Number(m[2]);
    const g = groups.get(key) ?? { count: 0, max: -1, width: 0, padded: false, suffix: m[3], last: i };
    g.count += 1;
    g.last = i;
    if (n > g.max) g.max = n;
    if (m[2].length > g.width) g.width = m[2].length;
    if (m[2].length > 1 && m[2][0] === '0') g.padded = true;
    groups.set(key, g);
  });
  let bestKey: string | null = null;
  for (const [key, g] of groups) {
    const best = bestKey === null ? null : groups.get(bestKey)!;
    if (!best || g.count > best.count || (g.count === best.count && g.last > best.last)) bestKey = key;
  }
  if (bestKey === null) {
    let n = 1;
    while (taken.has(String(n))) n++;
    return String(n);
  }
  const g = groups.get(bestKey)!;
  const prefix = bestKey.slice(0, bestKey.indexOf('\u0000'));
  let n = g.max + 1;
  const make = (k: number) => prefix + (g.padded ? String(k).padStart(g.width, '0') : String(k)) + g.suffix;
  while (taken.has(make(n))) n++;
  return make(n);
}

// ----------------------------------------------------------------- phones

/**
 * A Thai phone number as digits only ('081-234-5678' -> '0812345678'; '+66 81 234 5678' too).
 * A number cell that lost its leading 0 (812345678) gets it back with a warning. A length other
 * than 9–10 digits starting with 0 is kept with a warning (extensions, foreign numbers);
 * letters are an error.
 */
export function normalizePhone(value: unknown): Parsed<string> {
  let s: string;
  const warnings: Text[] = [];
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value <= 0)
      return failure('phone.invalid', text('phone.invalid', { value: shownValue(value) }));
    s = String(value);
    if ((s.length === 8 || s.length === 9) && s[0] !== '0') {
      s = '0' + s;
      warnings.push(text('phone.leadingZeroLost'));
    }
  } else if (typeof value === 'string') {
    s = thaiDigitsToArabic(value).trim();
    if (s === '') return failure('phone.empty', text('phone.invalid', { value: '' }));
    s = s.replace(/[\s\-().\u2010-\u2013]/g, '');
    if (s.startsWith('+66')) s = '0' + s.slice(3);
    if (!/^\d+$/.test(s)) return failure('phone.invalid', text('phone.invalid', { value: shownValue(value) }));
  } else {
    return failure('phone.invalid', text('phone.invalid', { value: shownValue(value) }));
  }
  if (!(s[0] === '0' && (s.length === 9 || s.length === 10))) warnings.push(text('phone.unusual', { value: s }));
  return ok(s, warnings);
}
