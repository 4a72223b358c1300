/**
 * Calendar dates as whole day numbers (the fund's calendar is Asia/Bangkok; cells are read in the
 * spreadsheet's zone, see useSheetTimeZone), and the Thai ways of typing them.
 *
 * A DayNumber is whole days since 1970-01-01 (1970-01-02 is 1). Thailand has been UTC+7 with
 * no daylight saving since 1920, so a Date (an instant) maps to its Bangkok day by a fixed
 * offset; nothing here depends on the process time zone. Display is in the Buddhist Era
 * (พ.ศ. = ค.ศ. + 543). All calendar arithmetic is integer (Hinnant's civil-day algorithms), so
 * years below 100 CE are not shifted as Date.UTC would shift them.
 */
import { text } from './i18n';
import type { Text } from './i18n';
import type { Parsed } from './parsed';
import { thaiDigitsToArabic } from './digits';

export type DayNumber = number;

const MS_PER_DAY = 86400e3;
const BANGKOK_OFFSET_MS = 7 * 3600e3;
/** Day number of the spreadsheet epoch 1899-12-30 (serial 0). */
const SERIAL_EPOCH_DAY = -25569;
export const BE_OFFSET = 543;

export const FUND_TIME_ZONE = 'Asia/Bangkok';

/**
 * The time zone of the spreadsheet being read or written. Sheets stores a date cell as a wall-clock
 * date in the spreadsheet's own zone (File > Settings), and Apps Script turns it into a Date at that
 * zone's midnight, which differs from the script's zone when the two are set differently
 * (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone(), and
 * Spreadsheet.getSpreadsheetTimeZone()). So cells are read and written in the SPREADSHEET's zone;
 * the fund's "today" stays Thailand's (todayDay). The add-on sets it from the book it opens
 * (book/locate.ts); Asia/Bangkok by default.
 */
let sheetZone = FUND_TIME_ZONE;
/** Offsets (ms) of sheetZone by hour, memoised: Intl is slow per call and a log has 10^6 dates. */
let offsetByHour = new Map<number, number>();
let zoneFormat: Intl.DateTimeFormat | null = null;

export function useSheetTimeZone(zone: string): void {
  const z = zone || FUND_TIME_ZONE;
  if (z === sheetZone) return;
  // Throws RangeError for a zone name Intl does not know, before anything is read with it.
  zoneFormat =
    z === FUND_TIME_ZONE
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone: z,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        });
  sheetZone = z;
  offsetByHour = new Map();
}

/** UTC offset of the spreadsheet's zone at an instant (Bangkok: +7 h, no DST since 1920). */
function sheetOffsetMs(ms: number): number {
  if (!zoneFormat) return BANGKOK_OFFSET_MS;
  const hour = Math.floor(ms / 3600e3);
  let off = offsetByHour.get(hour);
  if (off === undefined) {
    const parts: Record<string, number> = {};
    for (const p of zoneFormat.formatToParts(new Date(hour * 3600e3))) parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    off = wall - hour * 3600e3;
    offsetByHour.set(hour, off);
  }
  return off;
}

/** The calendar day a date cell's value stands for, in the spreadsheet's zone. */
export function dayFromDate(d: Date): DayNumber {
  const ms = d.getTime();
  return Math.floor((ms + sheetOffsetMs(ms)) / MS_PER_DAY);
}

/** Midnight of the day in the spreadsheet's zone, as an instant (what a sheet date cell should hold). */
export function dateFromDay(day: DayNumber): Date {
  const wall = day * MS_PER_DAY;
  // the offset at midnight itself (a DST change happens at night: check once more)
  let ms = wall - sheetOffsetMs(wall - BANGKOK_OFFSET_MS);
  ms = wall - sheetOffsetMs(ms);
  return new Date(ms);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** Day number of a C.E. calendar date without validation (Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** C.E. date to day number; null when the date does not exist (31/2, month 13, non-integers). */
export function dayFromYMD(y: number, m: number, d: number): DayNumber | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** Hinnant's civil_from_days: a whole day number to its C.E. year, month (1-12) and day. */
function civilFromDays(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** civilFromDays packed as y * 512 + m * 32 + d (y >= 0), for the cache below. */
function civilPacked(day: number): number {
  const { y, m, d } = civilFromDays(day);
  return y * 512 + m * 32 + d;
}

// A book's days fall in a few centuries and repeat across a million rows: each day's calendar date
// is worked out once (a packed number, 0 = not yet) for 1800–2200 C.E.
const CACHE_FROM = -62091; // 1800-01-01
const CACHE_DAYS = 146463; // to 2200-12-31
let ymdCache: Int32Array | undefined;

/** The packed C.E. date (see civilPacked) of a whole day number, from the cache when it is in range. */
function packedYMD(day: number): number {
  const i = day - CACHE_FROM;
  if (i >= 0 && i < CACHE_DAYS) {
    const cache = (ymdCache ??= new Int32Array(CACHE_DAYS));
    return cache[i] || (cache[i] = civilPacked(day));
  }
  return civilPacked(day);
}

/** Day number to C.E. year, month (1-12), day (Hinnant's civil_from_days). */
export function ymdFromDay(day: DayNumber): { y: number; m: number; d: number } {
  const whole = Math.floor(day);
  const i = whole - CACHE_FROM;
  if (i < 0 || i >= CACHE_DAYS) {
    // outside the cache (and before year 0 the packing does not hold): compute directly
    return civilFromDays(whole);
  }
  const p = packedYMD(whole);
  return { y: p >> 9, m: (p >> 5) & 15, d: p & 31 };
}

/** Today in Thailand, where the fund is, whatever the spreadsheet's zone. */
export function todayDay(now: Date = new Date()): DayNumber {
  return Math.floor((now.getTime() + BANGKOK_OFFSET_MS) / MS_PER_DAY);
}

/**
 * The same calendar date n years later (or earlier). 29 February in a year without one becomes
 * 1 March: the anniversary has not come until February is over. This keeps addYears and
 * yearsBetween consistent: yearsBetween(a, b) >= n exactly when addYears(a, n) <= b.
 */
export function addYears(day: DayNumber, n: number): DayNumber {
  const { y, m, d } = ymdFromDay(day);
  const ny = y + n;
  if (m === 2 && d === 29 && !isLeapYear(ny)) return daysFromCivil(ny, 3, 1);
  return daysFromCivil(ny, m, d);
}

/** Whole years from `from` to `to`, counted like birthdays (negative when `to` is earlier). */
export function yearsBetween(from: DayNumber, to: DayNumber): number {
  if (to < from) return -yearsBetween(to, from);
  const a = ymdFromDay(from);
  const b = ymdFromDay(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) years -= 1;
  return years;
}

export const THAI_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Spoken Thai drops the -คม/-ยน/-พันธ์ ending ("สิงหา", "กุมภา"). */
const THAI_MONTHS_SPOKEN = [
  'มกรา',
  'กุมภา',
  'มีนา',
  'เมษา',
  'พฤษภา',
  'มิถุนา',
  'กรกฎา',
  'สิงหา',
  'กันยา',
  'ตุลา',
  'พฤศจิกา',
  'ธันวา',
];

/** Month token (dots and spaces removed, lower-case) -> month number. */
const MONTH_TOKENS: Map<string, number> = (() => {
  const map = new Map<string, number>();
  const squash = (s: string) => s.replace(/[.\s]/g, '').toLowerCase();
  for (let i = 0; i < 12; i++) {
    map.set(squash(THAI_MONTHS_LONG[i]), i + 1);
    map.set(squash(THAI_MONTHS_SHORT[i]), i + 1);
    map.set(THAI_MONTHS_SPOKEN[i], i + 1);
    map.set(EN_MONTHS[i], i + 1);
    map.set(EN_MONTHS[i].slice(0, 3), i + 1);
  }
  map.set('sept', 9);
  // A common misspelling of กรกฎาคม.
  map.set('กรกฏาคม', 7);
  map.set('กรกฏา', 7);
  return map;
})();

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** '15/08/2545' | '15 ส.ค. 2545' | '15 สิงหาคม 2545' (Buddhist Era). */
export function formatDateBE(day: DayNumber, style: 'numeric' | 'short' | 'long' = 'numeric'): string {
  const { y, m, d } = ymdFromDay(day);
  const be = y + BE_OFFSET;
  if (style === 'short') return `${d} ${THAI_MONTHS_SHORT[m - 1]} ${be}`;
  if (style === 'long') return `${d} ${THAI_MONTHS_LONG[m - 1]} ${be}`;
  return `${pad2(d)}/${pad2(m)}/${be}`;
}

/** 'yyyy-mm-dd' in the Common Era (for files, ids and machine use). */
export function formatDateISO(day: DayNumber): string {
  const { y, m, d } = ymdFromDay(day);
  const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${ys}-${pad2(m)}-${pad2(d)}`;
}

/**
 * The fiscal year a day falls in, named (as Thai government fiscal years are) by the B.E. year it
 * ENDS in: with startMonth 10, 1 Oct 2566 – 30 Sep 2567 is 2567. startMonth 1 is the calendar year.
 */
export function fiscalYearOf(day: DayNumber, startMonth = 10): number {
  const whole = Math.floor(day);
  const i = whole - CACHE_FROM;
  let y: number, m: number;
  if (i >= 0 && i < CACHE_DAYS) {
    const p = packedYMD(whole);
    y = p >> 9;
    m = (p >> 5) & 15;
  } else ({ y, m } = ymdFromDay(day));
  const endsIn = startMonth > 1 && m >= startMonth ? y + 1 : y;
  return endsIn + BE_OFFSET;
}

/** First day of a fiscal year given by its B.E. name (see fiscalYearOf). */
export function fiscalYearStart(fiscalYearBE: number, startMonth = 10): DayNumber {
  // A standing asks once per member per year of membership: remember the few dozen answers.
  const key = fiscalYearBE * 16 + startMonth;
  let day = fiscalStarts.get(key);
  if (day === undefined) {
    const endCE = fiscalYearBE - BE_OFFSET;
    day = daysFromCivil(startMonth > 1 ? endCE - 1 : endCE, startMonth > 1 ? startMonth : 1, 1);
    if (Number.isInteger(fiscalYearBE) && Number.isInteger(startMonth) && fiscalStarts.size < 4096)
      fiscalStarts.set(key, day);
  }
  return day;
}
const fiscalStarts = new Map<number, DayNumber>();

// ----------------------------------------------------------------- parsing

export interface ParseDateOptions {
  /** Used to suggest the likely B.E. reading of a two-digit year. */
  today?: DayNumber;
  /**
   * How to read a four-digit year. 'auto' (default): 1800..2200 is C.E., above 2200 is B.E.
   * (so every year >= 2400 is B.E.; 2343–2399 B.E. reach back to 1800 C.E.).
   * 'be' / 'ce': the year is always that era (a year that then falls outside 1800..2200 C.E.
   * is an error). A "พ.ศ." / "ค.ศ." marker in the text wins over this option.
   */
  era?: 'auto' | 'be' | 'ce';
}

const MIN_CE = 1800;
const MAX_CE = 2200;
const MIN_BE = 2400;
const MAX_BE = 2800;

type DateFail = Extract<Parsed<DayNumber>, { ok: false }>;

function fail(code: string, reason: DateFail['reason'], suggestion?: string): DateFail {
  return suggestion === undefined ? { ok: false, code, reason } : { ok: false, code, reason, suggestion };
}

function okDay(value: DayNumber, warnings: Text[]): Parsed<DayNumber> {
  return { ok: true, value, warnings };
}

/**
 * A day from a Date or serial whose calendar year may be a B.E. year that a sheet stored as C.E.
 * (typing 15/8/2545 into a date cell gives the year 2545 C.E.). That is unambiguous, so it is
 * corrected with a warning rather than rejected.
 */
function dayFromCellDay(day: DayNumber, era: ParseDateOptions['era']): Parsed<DayNumber> {
  const { y, m, d } = ymdFromDay(day);
  if (y >= MIN_CE && y <= MAX_CE) return okDay(day, []);
  if (era !== 'ce' && y >= MIN_BE && y <= MAX_BE) {
    const ce = y - BE_OFFSET;
    const fixed = dayFromYMD(ce, m, d);
    if (fixed === null) return fail('date.impossible', text('date.impossible', { d, m, y: ce + BE_OFFSET }));
    return okDay(fixed, [text('date.beInDateCell', { year: y, fixed: formatDateBE(fixed) })]);
  }
  return fail('date.year-out-of-range', text('date.yearOutOfRange', { year: y }));
}

/** Strip era markers; returns the remaining text and the era they named, if any. */
function stripEra(s: string): { rest: string; era: 'be' | 'ce' | null } {
  let era: 'be' | 'ce' | null = null;
  const rest = s
    .replace(/(พ\s*\.?\s*ศ\s*\.?|b\s*\.\s*e\s*\.?)/gi, () => {
      era = 'be';
      return ' ';
    })
    .replace(/(ค\s*\.?\s*ศ\s*\.?|c\s*\.\s*e\s*\.?|\ba\.?d\.?(?=\s|$))/gi, () => {
      era = era ?? 'ce';
      return ' ';
    });
  return { rest, era };
}

/**
 * Parse a date as a cell or a secretary gives it. Never throws, never guesses: a two-digit year,
 * an impossible date or unreadable text comes back as {ok:false} with a reason in Thai and
 * English (and, for two-digit years, the B.E. reading as a suggestion).
 */
export function parseDate(value: unknown, opts: ParseDateOptions = {}): Parsed<DayNumber> {
  const era0 = opts.era ?? 'auto';
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isFinite(ms)) return fail('date.not-a-date', text('date.notADate', { value: 'Invalid Date' }));
    return dayFromCellDay(dayFromDate(value), era0);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('date.not-a-date', text('date.notADate', { value: String(value) }));
    // A sheet serial: days since 1899-12-30; a fraction is the time of day.
    return dayFromCellDay(Math.floor(value) + SERIAL_EPOCH_DAY, era0);
  }
  if (value === null || value === undefined || value === '') return fail('date.empty', text('date.empty'));
  if (typeof value !== 'string') return fail('date.not-a-date', text('date.notADate', { value: typeof value }));
  return parseDateText(value, opts);
}

function parseDateText(raw: string, opts: ParseDateOptions): Parsed<DayNumber> {
  const shown = raw.length > 60 ? raw.slice(0, 57) + '...' : raw;
  let s = thaiDigitsToArabic(raw.normalize('NFC')).trim();
  if (s === '') return fail('date.empty', text('date.empty'));
  // "วันที่ 15 ..." and a trailing weekday-less time are common in copied text.
  s = s.replace(/^วันที่\s*/, '');
  const { rest, era: marked } = stripEra(s);
  s = rest.trim().replace(/\s+/g, ' ');
  // A time after the date ("10:30", "เวลา 10.30 น.") is dropped: records keep calendar days.
  s = s.replace(/ (?:เวลา ?)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})? ?(?:น\.?)?$/, '');
  const era = marked ?? opts.era ?? 'auto';
  const notADate = () => fail('date.not-a-date', text('date.notADate', { value: shown }));

  let y: string, m: number, d: string;
  let match: RegExpMatchArray | null;
  if (
    (match = s.match(
      /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    ))
  ) {
    // ISO (yyyy-mm-dd) and yyyy/mm/dd; a time part is ignored.
    y = match[1];
    m = Number(match[3]);
    d = match[4];
  } else if ((match = s.match(/^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d+)$/))) {
    d = match[1];
    m = Number(match[3]);
    y = match[4];
  } else if ((match = s.match(/^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d+)$/))) {
    const month = MONTH_TOKENS.get(match[2].replace(/[.\s,\-/]/g, '').toLowerCase());
    if (month === undefined) return notADate();
    d = match[1];
    m = month;
    y = match[3];
  } else {
    return notADate();
  }

  const dn = Number(d);
  if (y.length === 2) {
    const suggestion = twoDigitSuggestion(Number(y), m, dn, opts.today);
    return fail(
      'date.two-digit-year',
      text('date.twoDigitYear', { year: y, suggestion: suggestion ?? `${dn}/${m}/25${y}` }),
      suggestion ?? undefined,
    );
  }
  if (y.length !== 4) return fail('date.year-out-of-range', text('date.yearOutOfRange', { year: y }));
  const yn = Number(y);
  let ce: number;
  if (era === 'be') ce = yn - BE_OFFSET;
  else if (era === 'ce') ce = yn;
  else if (yn >= MIN_CE && yn <= MAX_CE) ce = yn;
  // Above 2200 a year can only be B.E.; 2343–2399 B.E. are 1800–1856 C.E., still in range.
  else if (yn > MAX_CE && yn <= MAX_BE) ce = yn - BE_OFFSET;
  else return fail('date.year-out-of-range', text('date.yearOutOfRange', { year: yn }));
  if (ce < MIN_CE || ce > MAX_CE) {
    if (marked)
      return fail('date.era-mismatch', text('date.eraMismatch', { year: yn, era: marked === 'be' ? 'พ.ศ.' : 'ค.ศ.' }));
    return fail('date.year-out-of-range', text('date.yearOutOfRange', { year: yn }));
  }
  const day = dayFromYMD(ce, m, dn);
  if (day === null) return fail('date.impossible', text('date.impossible', { d: dn, m, y: yn }));
  return okDay(day, []);
}

/**
 * The B.E. reading of a two-digit year, as text: 25yy, or 24yy when 25yy would be more than a
 * year after today (so "15/8/99" in 2567 suggests 2499, not 2599). Null when the day/month is
 * impossible in that year.
 */
function twoDigitSuggestion(yy: number, m: number, d: number, today?: DayNumber): string | null {
  let be = 2500 + yy;
  if (today !== undefined && be > ymdFromDay(today).y + BE_OFFSET + 1) be -= 100;
  const day = dayFromYMD(be - BE_OFFSET, m, d);
  return day === null ? null : formatDateBE(day);
}
