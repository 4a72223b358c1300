/**
 * What every check needs: the book as parsed records plus (optionally) the raw cells they came
 * from, the settings, the as-of day, and one place to add findings. Raw cells let a finding
 * show the value exactly as typed and let the cell checks see text, numbers and formulas.
 */
import { formatDateBE, ymdFromDay, dayFromDate, type DayNumber } from '../dates';
import type { Finding, Severity } from '../findings';
import { render, type MessageKey, type ParamArgs, type Params, type Text } from '../i18n';
import type { LedgerEntry, Member, Deposit, WelfarePayment } from '../records';
import type { HeaderMatch, RecordSheetKey } from '../schema';
import type { FundSettings } from '../settings';
import type { FindingCode } from '../vocabulary';

/** One record sheet as read: row 1 is the header (values[0]); formulas has the same shape ('' where none). */
export interface SheetCells {
  values: unknown[][];
  formulas?: string[][];
  header: HeaderMatch;
}

export interface CheckBookInput {
  members: Member[];
  deposits: Deposit[];
  welfare: WelfarePayment[];
  ledger: LedgerEntry[];
  settings: FundSettings;
  /** Findings made while reading cells and settings (readSheet, parseSettings); passed through. */
  readFindings: Finding[];
  /** Raw cells of each record sheet, when the caller has them (the add-on and checkValues do). */
  cells?: Partial<Record<RecordSheetKey, SheetCells>>;
}

export class CheckContext {
  readonly out: Finding[] = [];
  constructor(
    readonly book: CheckBookInput,
    readonly asOf: DayNumber,
  ) {}

  get settings(): FundSettings {
    return this.book.settings;
  }

  /** The raw cell (row is 1-based as on the sheet), or undefined when the caller gave no cells. */
  raw(sheet: RecordSheetKey, row: number, column: string): unknown {
    const cells = this.book.cells?.[sheet];
    if (!cells) return undefined;
    const c = cells.header.index[column];
    if (c === undefined) return undefined;
    const line = cells.values[row - 1];
    return line ? line[c] : undefined;
  }

  add(
    severity: Severity,
    code: FindingCode,
    sheet: RecordSheetKey,
    row: number,
    column: string,
    message: Text,
    fix: Text | undefined,
    fallbackValue?: unknown,
  ): void {
    const raw = this.raw(sheet, row, column);
    this.push(severity, code, sheet, row, column, typedValue(raw === undefined ? fallbackValue : raw), message, fix);
  }

  /** A finding whose shown value is not the cell's value (a formula's text). */
  push(
    severity: Severity,
    code: FindingCode,
    sheet: RecordSheetKey,
    row: number,
    column: string,
    value: string,
    message: Text,
    fix?: Text,
  ): void {
    const f: Finding = { severity, code, sheet, row, column, value: cutEcho(value), message };
    if (fix) f.fix = fix;
    this.out.push(f);
  }
}

const fixed = new Map<string, Text>();

/**
 * The longest text a finding echoes from a cell. A cell may hold 50,000 characters, which is also
 * the most a report cell may hold in Sheets, so an echo must be short to leave room for the message.
 */
export const ECHO_LIMIT = 200;

/** A cell's text cut to ECHO_LIMIT characters, marked with '...' when cut. */
export function cutEcho(s: string): string {
  return s.length > ECHO_LIMIT ? s.slice(0, ECHO_LIMIT - 3) + '...' : s;
}

function cutParams(params: Params): Params {
  let out: Params | null = null;
  for (const k of Object.keys(params)) {
    const v = params[k];
    if (typeof v === 'string' && v.length > ECHO_LIMIT) {
      if (!out) out = { ...params };
      out[k] = cutEcho(v);
    }
  }
  return out ?? params;
}

/**
 * A catalogue text (typed keys only; the catalogue is one object, so a wrong key fails tsc).
 * Texts without parameters are rendered once: a big book repeats the same fix many times.
 */
export function msg<K extends MessageKey>(key: K, ...params: ParamArgs<K>): Text {
  if (params[0] !== undefined) return render(key, cutParams(params[0]));
  let t = fixed.get(key);
  if (!t) fixed.set(key, (t = render(key)));
  return t;
}

// A book has a few thousand distinct days and may have hundreds of thousands of findings:
// each day is formatted once (bounded, so a pathological book cannot grow these without end).
const MEMO_LIMIT = 20000;
const beMemo = new Map<DayNumber, string>();
const shownMemo = new Map<DayNumber, string>();

/** Thai B.E. date for messages ('15/08/2545'); '' for null. */
export function be(day: DayNumber | null | undefined): string {
  if (day === null || day === undefined) return '';
  let s = beMemo.get(day);
  if (s === undefined) {
    s = formatDateBE(day);
    if (beMemo.size < MEMO_LIMIT) beMemo.set(day, s);
  }
  return s;
}

/**
 * The value as the user typed it, as text: strings as they are, numbers as digits, Date cells as
 * d/m/yyyy of the stored calendar date (what the grid shows, including a wrong year).
 */
export function typedValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cutEcho(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    if (!Number.isFinite(v.getTime())) return 'Invalid Date';
    const day = dayFromDate(v);
    let s = shownMemo.get(day);
    if (s === undefined) {
      const { y, m, d } = ymdFromDay(day);
      s = `${d}/${m}/${y}`;
      if (shownMemo.size < MEMO_LIMIT) shownMemo.set(day, s);
    }
    return s;
  }
  return String(v);
}

/** Sort key of a record: its day (unknown days last), then its row. */
export function byDayThenRow<T extends { day: DayNumber | null; row: number }>(a: T, b: T): number {
  const da = a.day === null ? Infinity : a.day;
  const db = b.day === null ? Infinity : b.day;
  return da !== db ? da - db : a.row - b.row;
}
