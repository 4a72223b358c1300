/**
 * One pass over each record list, grouping every baht where its kind and date put it.
 *
 * The counting rule (README "Summaries"): a record is ALLOCATED when its amount, its date and
 * its kind (deposit kind, ledger kind, benefit) can all be read and the date is on or before the
 * as-of day; it is then counted exactly once, under that kind, in its month — whatever the
 * checks say about it (an unknown member, a cap exceeded, a duplicate receipt): the summaries
 * report the book as written and the check report says what to correct (corrections are new
 * rows, e.g. a negative reversal, which then counts against the same kind).
 * A record whose amount reads but whose date or kind does not goes to its sheet's UNALLOCATED
 * line; a record dated after the as-of day goes to the AFTER AS-OF line; a record whose amount
 * cannot be read is listed by row (it has no baht to count). So, for every sheet,
 *   allocated + unallocated + after as-of = the sum of every readable amount, to the satang.
 *
 * Money is summed in whole satang (integers are exact in a double up to 9e15) so a million
 * rows add up to the satang.
 */
import { addYears, fiscalYearOf, fiscalYearStart, type DayNumber } from '../dates';
import type { Deposit, LedgerEntry, Member, WelfarePayment } from '../records';
import type { FundSettings } from '../settings';
import { addToDigest, emptyDigest, type PaidDigest } from '../memberState';
import { DEPOSIT_KINDS, EXPENSE_LEDGER_KINDS, INCOME_KINDS } from '../vocabulary';
import { toSatang } from '../money';
import { monthKey, periodOf, yearNameOf } from './period';
import type { Period, PeriodKind, SummaryInput } from './types';

export type { IncomeKind, ExpenseKind } from '../vocabulary';
export const EXPENSE_KINDS = EXPENSE_LEDGER_KINDS;

/** Slots of a month's Float64Array. Money slots hold satang. */
export const M_NEW_MEMBERS = 0;
export const M_INCOME = 1; // 8 slots, INCOME_KINDS order
export const M_WELFARE = M_INCOME + INCOME_KINDS.length;
export const M_WELFARE_CASES = M_WELFARE + 1;
export const M_EXPENSE = M_WELFARE_CASES + 1; // 2 slots, EXPENSE_KINDS order
export const MONTH_STRIDE = M_EXPENSE + EXPENSE_KINDS.length;

/** Slots of a member's Float64Array (satang for money). */
export const P_EVER = 0; // one slot per deposit kind, DEPOSIT_KINDS order
export const P_PERIOD = P_EVER + DEPOSIT_KINDS.length; // the same, within the period
export const P_MATCH_SAVINGS = P_PERIOD + DEPOSIT_KINDS.length; // savings within the matching fiscal year
export const P_W_PERIOD_CASES = P_MATCH_SAVINGS + 1;
export const P_W_PERIOD = P_W_PERIOD_CASES + 1;
export const P_W_EVER_CASES = P_W_PERIOD + 1;
export const P_W_EVER = P_W_EVER_CASES + 1;
export const PERSON_STRIDE = P_W_EVER + 1;

/** Benefit × year slots. */
export const B_CASES = 0;
export const B_UNITS = 1;
export const B_SATANG = 2;

export interface Bucket {
  rows: number;
  satang: number;
}

export interface NoAmount {
  count: number;
  /** First rows (1-based sheet rows) whose amount cannot be read. */
  rows: number[];
}

export type SheetBuckets<T extends string> = Record<T, Bucket>;

export interface Aggregates {
  period: Period;
  /** The fiscal year the matching-fund report is for (always fiscal, whatever the period). */
  matching: { name: number; start: DayNumber; end: DayNumber };
  months: Map<number, Float64Array>;
  /** memberId (as in the records) -> per-person figures. Ids not on the roll are kept too. */
  persons: Map<string, Float64Array>;
  /** Project payments (no member id): the project's text -> per-person slots used for welfare only. */
  projectWelfare: Bucket & { cases: number };
  /** benefit code -> year name -> [cases, units, satang] */
  benefitYears: Map<string, Map<number, Float64Array>>;
  /** Welfare + expenses allocated in the 12 months up to the as-of day (satang). */
  outgoLast12: number;
  unallocated: SheetBuckets<'deposits' | 'welfare' | 'ledgerIncome' | 'ledgerExpense' | 'ledgerUnknown'>;
  afterAsOf: SheetBuckets<'deposits' | 'welfare' | 'ledger'>;
  noAmount: Record<'deposits' | 'welfare' | 'ledger', NoAmount>;
  /** Allocated matching-fund ledger entries (ledger is small: kept as records). */
  matchingEntries: LedgerEntry[];
  /** What each member's deposits add up to, for their standing (memberStateOf), built in the same pass. */
  paidByMember: Map<string, PaidDigest>;
}

const NO_AMOUNT_ROWS_KEPT = 20;

function bucket(): Bucket {
  return { rows: 0, satang: 0 };
}

function noAmount(): NoAmount {
  return { count: 0, rows: [] };
}

function noteNoAmount(n: NoAmount, row: number): void {
  n.count++;
  if (n.rows.length < NO_AMOUNT_ROWS_KEPT) n.rows.push(row);
}

export { toSatang, toBaht } from '../money';

const INCOME_INDEX: Record<string, number> = {};
INCOME_KINDS.forEach((k, i) => (INCOME_INDEX[k] = i));
const EXPENSE_INDEX: Record<string, number> = {};
EXPENSE_KINDS.forEach((k, i) => (EXPENSE_INDEX[k] = i));
const DEPOSIT_INDEX: Record<string, number> = { entry_fee: 0, annual_fee: 1, savings: 2 };

/** What the records are added up for: the fund's settings, the as-of day and the kind of period. */
export interface AggregateFrame {
  settings: FundSettings;
  asOf: DayNumber;
  period: PeriodKind;
}

/** Nothing added yet. */
export function emptyAggregates(frame: AggregateFrame): Aggregates {
  const { settings, asOf } = frame;
  const period = periodOf(asOf, frame.period, settings.fiscalYearStartMonth);
  const matchName = fiscalYearOf(asOf, settings.fiscalYearStartMonth);
  return {
    period,
    matching: {
      name: matchName,
      start: fiscalYearStart(matchName, settings.fiscalYearStartMonth),
      end: fiscalYearStart(matchName + 1, settings.fiscalYearStartMonth) - 1,
    },
    months: new Map(),
    persons: new Map(),
    projectWelfare: { rows: 0, satang: 0, cases: 0 },
    benefitYears: new Map(),
    outgoLast12: 0,
    unallocated: {
      deposits: bucket(),
      welfare: bucket(),
      ledgerIncome: bucket(),
      ledgerExpense: bucket(),
      ledgerUnknown: bucket(),
    },
    afterAsOf: { deposits: bucket(), welfare: bucket(), ledger: bucket() },
    noAmount: { deposits: noAmount(), welfare: noAmount(), ledger: noAmount() },
    matchingEntries: [],
    paidByMember: new Map(),
  };
}

export function aggregate(input: SummaryInput): Aggregates {
  const agg = emptyAggregates(input);
  addRecords(agg, input, input);
  return agg;
}

/** Some of the book's records, in sheet order: members, then deposits, welfare and the ledger. */
export interface RecordSlice {
  members?: Member[];
  deposits?: Deposit[];
  welfare?: WelfarePayment[];
  ledger?: LedgerEntry[];
}

/**
 * Adds records to the running figures. Adding a book's records slice by slice, in sheet and row
 * order, gives exactly what adding them at once gives (the same sums in the same order).
 */
export function addRecords(agg: Aggregates, frame: AggregateFrame, slice: RecordSlice): void {
  const { settings } = frame;
  const { asOf } = agg.period;
  const { months, persons, benefitYears, matching, paidByMember } = agg;
  const sm = settings.fiscalYearStartMonth;
  const last12From = addYears(asOf, -1); // exclusive

  // A log has a few thousand distinct days and a million rows: remember each day's month array,
  // so the calendar arithmetic runs once per day, not once per row.
  const byDay = new Map<DayNumber, Float64Array>();
  // and a log is mostly in date order: the row before's day is the likeliest
  let lastDay = NaN;
  let lastMonth: Float64Array | undefined;
  const monthOf = (day: DayNumber): Float64Array => {
    if (day === lastDay) return lastMonth!;
    let arr = byDay.get(day);
    if (arr) {
      lastDay = day;
      lastMonth = arr;
      return arr;
    }
    const key = monthKey(day);
    arr = months.get(key);
    if (!arr) {
      arr = new Float64Array(MONTH_STRIDE);
      months.set(key, arr);
    }
    byDay.set(day, arr);
    lastDay = day;
    lastMonth = arr;
    return arr;
  };
  const personOf = (id: string): Float64Array => {
    let p = persons.get(id);
    if (!p) {
      p = new Float64Array(PERSON_STRIDE);
      persons.set(id, p);
    }
    return p;
  };

  for (const m of slice.members ?? []) {
    if (m.joinDay !== null && m.joinDay <= asOf) monthOf(m.joinDay)[M_NEW_MEMBERS]++;
  }

  const pStart = agg.period.start;
  for (const d of slice.deposits ?? []) {
    if (d.memberId !== '') {
      let dg = paidByMember.get(d.memberId);
      if (!dg) {
        dg = emptyDigest();
        paidByMember.set(d.memberId, dg);
      }
      addToDigest(dg, d, sm, asOf);
    }
    if (d.amount === null) {
      noteNoAmount(agg.noAmount.deposits, d.row);
      continue;
    }
    const satang = toSatang(d.amount);
    const day = d.day;
    if (day !== null && day > asOf) {
      agg.afterAsOf.deposits.rows++;
      agg.afterAsOf.deposits.satang += satang;
      continue;
    }
    if (day === null || d.kind === null) {
      agg.unallocated.deposits.rows++;
      agg.unallocated.deposits.satang += satang;
      continue;
    }
    const k = DEPOSIT_INDEX[d.kind];
    monthOf(day)[M_INCOME + k] += satang;
    const p = personOf(d.memberId);
    p[P_EVER + k] += satang;
    if (day >= pStart) p[P_PERIOD + k] += satang;
    if (k === 2 && day >= matching.start) p[P_MATCH_SAVINGS] += satang;
  }

  for (const w of slice.welfare ?? []) {
    if (w.amount === null) {
      noteNoAmount(agg.noAmount.welfare, w.row);
      continue;
    }
    const satang = toSatang(w.amount);
    const day = w.day;
    if (day !== null && day > asOf) {
      agg.afterAsOf.welfare.rows++;
      agg.afterAsOf.welfare.satang += satang;
      continue;
    }
    if (day === null || w.benefit === null) {
      agg.unallocated.welfare.rows++;
      agg.unallocated.welfare.satang += satang;
      continue;
    }
    // A negative row is a reversal: it takes back a case as well as its baht.
    const cases = satang > 0 ? 1 : satang < 0 ? -1 : 0;
    const month = monthOf(day);
    month[M_WELFARE] += satang;
    month[M_WELFARE_CASES] += cases;
    if (day > last12From) agg.outgoLast12 += satang;
    let years = benefitYears.get(w.benefit);
    if (!years) {
      years = new Map();
      benefitYears.set(w.benefit, years);
    }
    const yName = yearNameOf(day, frame.period, sm);
    let by = years.get(yName);
    if (!by) {
      by = new Float64Array(3);
      years.set(yName, by);
    }
    by[B_CASES] += cases;
    by[B_UNITS] += w.units ?? 0;
    by[B_SATANG] += satang;
    if (w.memberId !== '') {
      const p = personOf(w.memberId);
      p[P_W_EVER_CASES] += cases;
      p[P_W_EVER] += satang;
      if (day >= pStart) {
        p[P_W_PERIOD_CASES] += cases;
        p[P_W_PERIOD] += satang;
      }
    } else {
      agg.projectWelfare.rows++;
      agg.projectWelfare.cases += cases;
      agg.projectWelfare.satang += satang;
    }
  }

  for (const e of slice.ledger ?? []) {
    if (e.amount === null) {
      noteNoAmount(agg.noAmount.ledger, e.row);
      continue;
    }
    const satang = toSatang(e.amount);
    const day = e.day;
    if (day !== null && day > asOf) {
      agg.afterAsOf.ledger.rows++;
      agg.afterAsOf.ledger.satang += satang;
      continue;
    }
    const inc = e.kind === null ? undefined : INCOME_INDEX[e.kind];
    const exp = e.kind === null ? undefined : EXPENSE_INDEX[e.kind];
    if (day === null || (inc === undefined && exp === undefined)) {
      const b =
        inc !== undefined
          ? agg.unallocated.ledgerIncome
          : exp !== undefined
            ? agg.unallocated.ledgerExpense
            : agg.unallocated.ledgerUnknown;
      b.rows++;
      b.satang += satang;
      continue;
    }
    const month = monthOf(day);
    if (inc !== undefined) {
      month[M_INCOME + inc] += satang;
      if (e.kind === 'matching_local' || e.kind === 'matching_state') agg.matchingEntries.push(e);
    } else {
      month[M_EXPENSE + (exp as number)] += satang;
      if (day > last12From) agg.outgoLast12 += satang;
    }
  }
}

/** Sum a month slot over the months with key in [fromKey, toKey]. */
export function sumMonths(
  months: Map<number, Float64Array>,
  slot: number,
  fromKey = -Infinity,
  toKey = Infinity,
): number {
  let s = 0;
  months.forEach((arr, key) => {
    if (key >= fromKey && key <= toKey) s += arr[slot];
  });
  return s;
}
