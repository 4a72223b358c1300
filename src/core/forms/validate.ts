/**
 * The checks of every form field, shared by the sidebar (as you type) and the server (again,
 * before anything is written), so both say the same thing in the same words.
 */
import { dayFromYMD, formatDateBE, formatDateISO, parseDate } from '../dates';
import type { DayNumber } from '../dates';
import { text } from '../i18n';
import type { Text } from '../i18n';
import { DEFAULT_AMOUNT_CEILING, readAmount } from '../records';
import { normalizeMemberId, normalizePhone, parseInteger, parseYearBE, validateNationalId } from '../parse';

export interface Check<T> {
  value: T;
  error?: Text;
  warnings: Text[];
}

const MAX_NAME = 200;
const MAX_TEXT = 2000;
const MAX_ID = 40;

function checked<T>(value: T, error?: Text, warnings: Text[] = []): Check<T> {
  return error ? { value, error, warnings } : { value, warnings };
}

/** Control characters never belong in a cell (a pasted tab or line break in a name). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Free text: kept exactly as typed except surrounding spaces. */
export function checkText(s: string, required: boolean, max = MAX_TEXT): Check<string> {
  const v = String(s ?? '').trim();
  if (v === '') return checked(v, required ? text('form.required') : undefined);
  if (v.length > max) return checked(v, text('form.tooLong', { max }));
  if (CONTROL.test(v)) return checked(v, text('form.controlChars'));
  return checked(v);
}

export function checkName(s: string): Check<string> {
  return checkText(s, true, MAX_NAME);
}

/** A member id in its canonical form ('a001 ' and 'A001' are one member). */
export function checkMemberId(s: string): Check<string> {
  const raw = String(s ?? '').trim();
  if (raw === '') return checked('', text('form.required'));
  if (raw.length > MAX_ID || CONTROL.test(raw) || /[\n\r\t]/.test(raw)) return checked(raw, text('form.badMemberId'));
  return checked(normalizeMemberId(raw));
}

/** Optional: blank is fine (many records lack it); otherwise 13 digits with a valid check digit. */
export function checkNationalId(s: string): Check<string> {
  const raw = String(s ?? '').trim();
  if (raw === '') return checked('');
  const p = validateNationalId(raw);
  if (!p.ok) return checked(raw, p.reason);
  return checked(p.value, undefined, p.warnings);
}

/** Optional. Stored exactly as typed ('+66 81…' stays so); letters are an error, odd lengths a warning. */
export function checkPhone(s: string): Check<string> {
  const v = String(s ?? '').trim();
  if (v === '') return checked('');
  if (v.length > 60) return checked(v, text('form.tooLong', { max: 60 }));
  const p = normalizePhone(v);
  if (!p.ok) return checked(v, p.reason);
  return checked(v, undefined, p.warnings);
}

/** A date as the secretary types it ('15/8/2568', '15 ส.ค. 68' is refused with a suggestion). */
export function checkDateText(s: string, required: boolean, today: DayNumber): Check<DayNumber | null> {
  const v = String(s ?? '').trim();
  if (v === '') return checked(null, required ? text('form.required') : undefined);
  const p = parseDate(v, { today });
  if (!p.ok) return checked(null, p.reason);
  return checked(p.value, undefined, p.warnings);
}

/** A date as the page sends it: 'YYYY-MM-DD' only (what crosses google.script.run). */
export function checkIsoDate(s: string, required: boolean): Check<DayNumber | null> {
  const v = String(s ?? '').trim();
  if (v === '') return checked(null, required ? text('form.required') : undefined);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const day = m ? dayFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (day === null) return checked(null, text('form.badDate'));
  return checked(day);
}

export function isoOf(day: DayNumber | null): string {
  return day === null ? '' : formatDateISO(day);
}

/** Not after today: the forms record what happened. */
export function notInFuture(day: DayNumber, today: DayNumber): Text | undefined {
  return day > today ? text('form.dateInFuture', { date: formatDateBE(day) }) : undefined;
}

/** A payment: more than zero baht; corrections are made as reversals in the sheet, not here. */
export function checkAmount(s: string, ceiling: number = DEFAULT_AMOUNT_CEILING): Check<number> {
  const p = readAmount(String(s ?? ''), ceiling);
  if (!p.ok) return checked(0, p.code === 'amount.empty' ? text('form.required') : p.reason);
  if (p.value <= 0) return checked(p.value, text('form.amountPositive'));
  return checked(p.value, undefined, p.warnings);
}

/** Units of a benefit (nights, children…): a whole number from 1. */
export function checkUnits(s: string): Check<number> {
  const p = parseInteger(String(s ?? '').trim());
  if (!p.ok) return checked(0, String(s ?? '').trim() === '' ? text('form.required') : p.reason);
  if (p.value < 1) return checked(p.value, text('form.unitsPositive'));
  return checked(p.value);
}

/** The B.E. year an annual fee covers. */
export function checkYear(s: string): Check<number | null> {
  const v = String(s ?? '').trim();
  if (v === '') return checked(null, text('form.required'));
  const p = parseYearBE(v);
  if (!p.ok) return checked(null, p.reason);
  return checked(p.value, undefined, p.warnings);
}

/** Idempotency keys are made by the page: letters, digits, '-' and '_' only. */
export function checkKey(key: unknown): boolean {
  return typeof key === 'string' && /^[A-Za-z0-9_-]{8,80}$/.test(key);
}

/** Collects field errors (in one language) from checks; returns the map, empty when all passed. */
export class Errors {
  readonly map: Record<string, Text> = {};
  add(field: string, error: Text | undefined): void {
    if (error && !this.map[field]) this.map[field] = error;
  }
  take<T>(field: string, c: Check<T>): T {
    this.add(field, c.error);
    return c.value;
  }
  get ok(): boolean {
    return Object.keys(this.map).length === 0;
  }
}
