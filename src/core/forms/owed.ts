/**
 * What a member can pay today, for the deposit form's prefilled amount and the collection-day
 * list. Built on memberState (the one place the fee rules live); this file only decides what to
 * propose, the secretary can change every amount.
 */
import { daysInMonth, fiscalYearOf, ymdFromDay } from '../dates';
import type { DayNumber } from '../dates';
import type { MemberState } from '../memberState';
import type { Deposit, DepositKind } from '../records';
import type { FundSettings } from '../settings';
import { annualFeeByYear } from '../memberState';
import { toBaht, toSatang } from '../money';

export interface YearDue {
  /** B.E. fiscal year the fee is for. */
  year: number;
  amount: number;
}

export interface Owed {
  savings: number;
  /** Unpaid annual fees, oldest first: overdue years and this fiscal year when still unpaid. */
  annual: YearDue[];
  entryFee: number;
}

/** The fee schedule, as the pages get it. */
export type Fees = Pick<FundSettings, 'entryFee' | 'annualFee' | 'savingsPerDay' | 'fiscalYearStartMonth'>;

/** Members who may still pay in: not resigned, deceased, or not yet joined. Lapsed members may pay to catch up. */
export function canPay(state: MemberState): boolean {
  return (
    state.status !== 'resigned' &&
    state.status !== 'deceased' &&
    state.status !== 'not_joined' &&
    state.status !== 'unknown'
  );
}

export function owedFor(state: MemberState, deposits: Deposit[], settings: FundSettings, today: DayNumber): Owed {
  const annual: YearDue[] = [];
  if (canPay(state) && settings.annualFee > 0) {
    const paid = annualFeeByYear(deposits, settings.fiscalYearStartMonth, today);
    const years = new Set(state.annualFeeYearsMissing);
    // This year's fee is collected on collection day even before its grace period ends.
    const current = fiscalYearOf(today, settings.fiscalYearStartMonth);
    years.add(current);
    const fee = toSatang(settings.annualFee);
    for (const y of Array.from(years).sort((a, b) => a - b)) {
      const short = fee - (paid.get(y) ?? 0);
      if (short > 0) annual.push({ year: y, amount: toBaht(short) });
    }
  }
  return {
    savings: canPay(state) ? state.savingsArrearsBaht : 0,
    annual,
    entryFee: canPay(state) ? state.entryFeeArrearsBaht : 0,
  };
}

/** Days of savings proposed when nothing is owed: about a month ahead. */
export const SAVINGS_AHEAD_DAYS = 30;

/** The deposit form's proposal for a kind: amount and, for the annual fee, the year it covers. */
export function proposeDeposit(
  kind: DepositKind,
  owed: Owed,
  settings: Fees,
  today: DayNumber,
): { amount: number; yearCovered: number | null } {
  if (kind === 'savings') {
    return {
      amount: owed.savings > 0 ? owed.savings : toBaht(toSatang(settings.savingsPerDay) * SAVINGS_AHEAD_DAYS),
      yearCovered: null,
    };
  }
  if (kind === 'entry_fee') return { amount: owed.entryFee > 0 ? owed.entryFee : settings.entryFee, yearCovered: null };
  const first = owed.annual[0];
  if (first) return { amount: first.amount, yearCovered: first.year };
  // Paid up: propose next year's fee.
  return { amount: settings.annualFee, yearCovered: fiscalYearOf(today, settings.fiscalYearStartMonth) + 1 };
}

/** What collection day proposes for one member: this period's due, never the whole of the arrears. */
export interface PeriodDue {
  /** This month's savings (rate × days of the month). */
  savings: number;
  /** This fiscal year's annual fee while it is unpaid; 0 once paid. */
  annual: number;
}

/**
 * This period's due: a month of savings and this fiscal year's fee if still unpaid. Arrears are
 * shown beside it; the secretary types more when a member brings more (one tap used to record
 * every arrear of a whole village).
 */
export function periodDue(owed: Owed, settings: Fees, today: DayNumber): PeriodDue {
  const { y, m } = ymdFromDay(today);
  const current = fiscalYearOf(today, settings.fiscalYearStartMonth);
  const fee = owed.annual.find((a) => a.year === current);
  return { savings: toBaht(toSatang(settings.savingsPerDay) * daysInMonth(y, m)), annual: fee ? fee.amount : 0 };
}

/**
 * An annual-fee amount typed on collection day, as one line per year: the unpaid years first,
 * oldest first, each up to what it still owes; anything left pays the following years ahead.
 */
export function splitAnnual(amount: number, due: YearDue[], settings: Fees, today: DayNumber): YearDue[] {
  const out: YearDue[] = [];
  let left = toSatang(amount);
  for (const y of due) {
    if (left <= 0) break;
    const part = Math.min(left, toSatang(y.amount));
    out.push({ year: y.year, amount: toBaht(part) });
    left -= part;
  }
  // `due` runs up to this fiscal year (owed unless paid), so what is left pays the years after it.
  let next = fiscalYearOf(today, settings.fiscalYearStartMonth) + 1;
  const fee = settings.annualFee > 0 ? toSatang(settings.annualFee) : left;
  while (left > 0 && out.length < 50) {
    const part = Math.min(left, fee);
    out.push({ year: next, amount: toBaht(part) });
    left -= part;
    next += 1;
  }
  return out;
}
