/**
 * Reading one source cell the way the fund book will hold it, with the parsers of dates.ts and
 * parse.ts (never new ones): dates (date cells, B.E. stored as C.E., B.E./C.E. text, Thai month
 * names, Thai digits, serials), a two-digit year only with the century the user picked, amounts
 * ("1,200 บาท"), ids as text, units ("2 คืน").
 */
import { parseDate, type DayNumber } from '../dates';
import { normalizeMemberId, parseAmount, parseInteger, shownValue, thaiDigitsToArabic, type Parsed } from '../parse';
import type { Century } from './types';
import { columnLetter as sheetColumnLetter } from '../columns';

const CENTURY_PREFIX: Record<Century, string> = { be25: '25', be24: '24', ce20: '20', ce19: '19' };

export const isBlankCell = (v: unknown): boolean =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * A date cell or text. A two-digit year fails (code 'date.two-digit-year') unless `century` is
 * given: then "15/8/61" with 'be25' reads as 15/8/2561.
 */
export function readDate(value: unknown, century?: Century, today?: DayNumber): Parsed<DayNumber> {
  if (century && typeof value === 'string') {
    const s = thaiDigitsToArabic(value).trim();
    const m = s.match(/^(.*\D)(\d{2})$/);
    if (m && !/\d{2}$/.test(m[1])) {
      const era = century.startsWith('be') ? 'be' : 'ce';
      return parseDate(m[1] + CENTURY_PREFIX[century] + m[2], { era, today });
    }
  }
  return parseDate(value, { today });
}

/** Satang from a money cell ("1,200", "1,200 บาท", ๑๒๐๐, 50.5). */
export function readSatang(value: unknown): Parsed<number> {
  const p = parseAmount(value);
  if (!p.ok) return p;
  return { ok: true, value: Math.round(p.value * 100), warnings: p.warnings };
}

/** Text of an id cell, leading zeros kept; a number cell is its integer text. */
export function readIdText(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return shownValue(value).trim();
}

export function readMemberId(value: unknown): string {
  return normalizeMemberId(value);
}

/** "2 คืน" -> {units: 2, unit: 'คืน'}; "3" -> {units: 3, unit: ''}. */
export function readUnits(value: unknown): Parsed<{ units: number; unit: string }> {
  if (typeof value === 'number') {
    const p = parseInteger(value);
    return p.ok ? { ok: true, value: { units: p.value, unit: '' }, warnings: p.warnings } : p;
  }
  const s = thaiDigitsToArabic(String(value ?? '')).trim();
  const m = s.match(/^([\d,]+)\s*(.*)$/);
  const p = parseInteger(m ? m[1] : s);
  if (!p.ok) return p;
  return { ok: true, value: { units: p.value, unit: m ? m[2].trim() : '' }, warnings: p.warnings };
}

/** Plain text of a cell (names, notes, descriptions). */
export function readText(value: unknown): string {
  if (value instanceof Date) return shownValue(value);
  return String(value ?? '').trim();
}

/** A column letter from a 0-based index (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  return sheetColumnLetter(index + 1);
}

/** Satang as baht with two decimals and thousands commas: 5000 -> "50.00", 123456 -> "1,234.56". */
export function bahtText(satang: number): string {
  const neg = satang < 0;
  const abs = Math.abs(Math.round(satang));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = String(abs % 100).padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}
