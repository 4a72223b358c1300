/**
 * Reporting periods and months. A fiscal year (1 Oct – 30 Sep with the default start month) is
 * named by the พ.ศ. year it ends in; a calendar year by its own พ.ศ. year. Months are keyed by a
 * single integer (C.E. year × 12 + month − 1) so a million rows group with integer Map keys.
 */
import {
  BE_OFFSET,
  fiscalYearOf,
  fiscalYearStart,
  formatDateBE,
  THAI_MONTHS_SHORT,
  ymdFromDay,
  type DayNumber,
} from '../dates';
import type { Lang } from '../i18n';
import type { Period, PeriodKind } from './types';

const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The start month of a period kind: 1 for calendar years, the fund's fiscal start month otherwise. */
export function startMonthOf(kind: PeriodKind, fiscalStartMonth: number): number {
  return kind === 'calendar' ? 1 : fiscalStartMonth;
}

/** The พ.ศ. name of the year (of this kind) a day falls in. */
export function yearNameOf(day: DayNumber, kind: PeriodKind, fiscalStartMonth: number): number {
  return fiscalYearOf(day, startMonthOf(kind, fiscalStartMonth));
}

export function periodOf(asOf: DayNumber, kind: PeriodKind, fiscalStartMonth: number): Period {
  const sm = startMonthOf(kind, fiscalStartMonth);
  const name = fiscalYearOf(asOf, sm);
  return { kind, name, start: fiscalYearStart(name, sm), end: fiscalYearStart(name + 1, sm) - 1, asOf };
}

export function monthKey(day: DayNumber): number {
  const { y, m } = ymdFromDay(day);
  return y * 12 + (m - 1);
}

/** 'ม.ค. 2550' / 'Jan 2550' (the year stays พ.ศ. in both languages). */
export function monthLabel(key: number, lang: Lang): string {
  const y = Math.floor(key / 12);
  const m = key - y * 12;
  return `${lang === 'th' ? THAI_MONTHS_SHORT[m] : EN_MONTHS_SHORT[m]} ${y + BE_OFFSET}`;
}

/** '1 ต.ค. 2549 – 15 ก.พ. 2550' */
export function spanLabel(from: DayNumber, to: DayNumber): string {
  return `${formatDateBE(from, 'short')} – ${formatDateBE(to, 'short')}`;
}
