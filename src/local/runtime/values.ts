/** Cell values and how Sheets interprets what a script writes. */
import { types } from 'node:util';

/** What a cell holds: '' is an empty cell (Apps Script reports empty cells as ''). */
export type CellValue = string | number | boolean | Date;

/** Asia/Bangkok is UTC+7 with no DST since 1920, so a fixed offset is exact for our dates. */
export const BKK_OFFSET_MS = 7 * 3600e3;

/** Works across vm realms, unlike `instanceof Date`. */
export const isDate = (v: unknown): v is Date => types.isDate(v);

export function copyValue(v: CellValue): CellValue {
  return typeof v === 'object' ? new Date(v.getTime()) : v;
}

/** A written string that Sheets turns into a formula. */
export class Formula {
  constructor(readonly formula: string) {}
}

/** The result of interpreting one written value: what the cell holds, or a formula. */
export type Written = CellValue | Formula;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Midnight (or the given time) of a Bangkok wall-clock date as an instant; null if impossible. */
export function bangkokInstant(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): Date | null {
  if (m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59 || ss > 59) return null;
  const utc = Date.UTC(y, m - 1, d, hh, mm, ss);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return new Date(utc - BKK_OFFSET_MS);
}

/**
 * Interprets a string the way Sheets does when a script calls setValue/setValues/appendRow
 * (the same parsing as typing into a cell; see "Range.setValue" and the Sheets help article
 * "Format numbers in a spreadsheet": a cell formatted as plain text "@" keeps what is typed):
 * - '=...' becomes a formula; "'..." stores the rest as literal text;
 * - number-looking text ('0812345678', '1,000', '+66812345678', '-5', '12%') becomes a number,
 *   so leading zeros are lost unless the cell is '@';
 * - 'TRUE'/'FALSE' (any case) become booleans;
 * - ISO dates ('2002-08-15', optionally with a time) and, for a day-first locale, 'd/m/yyyy'
 *   become dates in the spreadsheet's time zone (Asia/Bangkok).
 */
export function interpretString(s: string, plainText: boolean, dayFirst = true): Written {
  if (plainText || s === '') return s;
  const first = s.charCodeAt(0);
  // fast path: text starting with a letter other than t/f (TRUE/FALSE), or with a non-ASCII letter
  // (Thai), can only stay text
  if (first > 0x7f || ((first | 32) >= 97 && (first | 32) <= 122 && (first | 32) !== 116 && (first | 32) !== 102))
    return s;
  if (first === 61 /* = */ && s.length > 1) return new Formula(s);
  if (first === 39 /* ' */) return s.slice(1);
  const t = s.trim();
  if (t === '') return s;
  if (/[0-9]/.test(t)) {
    if (NUMBER.test(t)) return Number(t.replace(/,/g, ''));
    if (t.endsWith('%') && NUMBER.test(t.slice(0, -1))) return Number(t.slice(0, -1).replace(/,/g, '')) / 100;
    const iso = ISO_DATE.exec(t);
    if (iso) {
      const d = bangkokInstant(+iso[1], +iso[2], +iso[3], +(iso[4] || 0), +(iso[5] || 0), +(iso[6] || 0));
      if (d) return d;
    }
    const dmy = DMY_DATE.exec(t);
    if (dmy) {
      const [a, b] = [+dmy[1], +dmy[2]];
      const d = dayFirst ? bangkokInstant(+dmy[3], b, a) : bangkokInstant(+dmy[3], a, b);
      if (d) return d;
    }
    return s;
  }
  const up = t.toUpperCase();
  if (up === 'TRUE') return true;
  if (up === 'FALSE') return false;
  return s;
}

/** Interprets any value a script writes. */
export function interpretValue(v: unknown, plainText: boolean, dayFirst = true): Written {
  if (typeof v === 'string') return interpretString(v, plainText, dayFirst);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  // Apps Script stores other objects by their string form
  return interpretString(String(v), plainText, dayFirst);
}

/** Excel serial day (1900 system) -> instant of that Bangkok wall-clock time. */
export function serialToInstant(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400e3) - BKK_OFFSET_MS);
}

export function instantToSerial(d: Date): number {
  return (d.getTime() + BKK_OFFSET_MS) / 86400e3 + 25569;
}

/**
 * Spreadsheet time zones. The model keeps a date cell as its wall-clock value (encoded, like the
 * .xlsx serial, as the instant of that wall clock in Bangkok). Apps Script hands a script the
 * instant of that wall clock in the SPREADSHEET's zone, and stores a written Date as its wall clock
 * in that zone (Spreadsheet.getSpreadsheetTimeZone; the script's own zone plays no part). For
 * Asia/Bangkok both conversions are the identity.
 */
const offsetCache = new Map<string, { fmt: Intl.DateTimeFormat; byHour: Map<number, number> }>();

export function zoneOffsetMs(tz: string, ms: number): number {
  if (tz === 'Asia/Bangkok') return BKK_OFFSET_MS;
  let z = offsetCache.get(tz);
  if (!z) {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetCache.set(tz, (z = { fmt, byHour: new Map() }));
  }
  const hour = Math.floor(ms / 3600e3);
  let off = z.byHour.get(hour);
  if (off === undefined) {
    const p: Record<string, number> = {};
    for (const part of z.fmt.formatToParts(new Date(hour * 3600e3))) p[part.type] = Number(part.value);
    off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - hour * 3600e3;
    z.byHour.set(hour, off);
  }
  return off;
}

/** The model's wall-clock date -> the instant Apps Script returns for it in zone tz. */
export function instantFromWall(wall: Date, tz: string): Date {
  if (tz === 'Asia/Bangkok') return new Date(wall.getTime());
  const w = wall.getTime() + BKK_OFFSET_MS;
  let ms = w - zoneOffsetMs(tz, w);
  ms = w - zoneOffsetMs(tz, ms);
  return new Date(ms);
}

/** A Date a script writes -> the model's wall-clock date in zone tz. */
export function wallFromInstant(d: Date, tz: string): Date {
  if (tz === 'Asia/Bangkok') return new Date(d.getTime());
  const ms = d.getTime();
  return new Date(ms + zoneOffsetMs(tz, ms) - BKK_OFFSET_MS);
}
