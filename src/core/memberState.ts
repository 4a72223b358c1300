/**
 * A member's standing on a given day, derived from the roll and their deposits (docs/DESIGN.md §5).
 *
 * Rules (each a setting):
 * - Savings are owed for each day after the join day, up to and including the as-of day, at
 *   savingsPerDay. savingsPaidThrough = joinDay + floor(savings paid / savingsPerDay) is the last
 *   day covered (with nothing paid, the join day: nothing is owed for it). So a member who joins
 *   on 1 Jan and pays 31 baht at 1 baht a day is paid through 1 Feb. Arrears days = as-of −
 *   paid-through (never negative); arrears baht = days owed × rate − savings paid (so part of a
 *   day's baht counts).
 * - The annual fee is per fiscal year (named by the B.E. year it ends in, see fiscalYearOf;
 *   "year covered" on a deposit names it, else the deposit's own fiscal year). The fee for a
 *   year falls due on the year's first day — or the join day in the join year — and is overdue
 *   once annualFeeGraceDays more days have gone by. annualFeeYearsDue lists the years from the
 *   join year through the as-of year that are overdue by the as-of day (paid or not); a year is
 *   paid when that year's annual-fee deposits add up to the fee.
 * - Status: a resigned / deceased / lapsed record on the roll with a status date on or before
 *   the as-of day wins (accrual stops at that date); otherwise savings arrears beyond
 *   lapseAfterArrearsDays -> lapsed, beyond suspendAfterArrearsDays or any overdue annual fee ->
 *   suspended; else active. The entry fee owed is reported but does not suspend (the seeds show
 *   books where entry fees are incomplete for historical reasons).
 */
import { fiscalYearOf, fiscalYearStart, formatDateBE, yearsBetween } from './dates';
import type { DayNumber } from './dates';
import { textWith } from './findings';
import { text } from './i18n';
import type { Text } from './i18n';
import { formatBaht } from './parse';
import type { Deposit, Member } from './records';
import type { FundSettings } from './settings';

/**
 * 'unknown': the join date is missing or unreadable; 'not_joined': joins after the as-of day.
 * Both exist so callers never mistake a data gap for an active member.
 */
import type { MemberStatus } from './vocabulary';
import { toBaht, toSatang, type Satang } from './money';
export type { MemberStatus } from './vocabulary';

export interface MemberState {
  asOf: DayNumber;
  tenureDays: number;
  tenureYears: number;
  ageYears: number | null;
  paid: { entry_fee: number; annual_fee: number; savings: number };
  savingsPaidThrough: DayNumber | null;
  savingsArrearsDays: number;
  savingsArrearsBaht: number;
  annualFeeYearsPaid: number[];
  annualFeeYearsDue: number[];
  /** Due years not (fully) paid. */
  annualFeeYearsMissing: number[];
  annualFeeArrearsBaht: number;
  entryFeeArrearsBaht: number;
  status: MemberStatus;
  statusReason: Text;
}

function dateOrUnknown(day: DayNumber | null): Text {
  return day === null ? text('state.dateUnknown') : { th: formatDateBE(day), en: formatDateBE(day) };
}

/** Satang of annual fee paid per B.E. year covered (the deposit's year, else its fiscal year), up to `asOf`. */
export function annualFeeByYear(deposits: Deposit[], fiscalStartMonth: number, asOf: DayNumber): Map<number, Satang> {
  const out = new Map<number, Satang>();
  for (const d of deposits) {
    if (d.kind !== 'annual_fee' || d.day === null || d.day > asOf || d.amount === null) continue;
    const y = d.yearCovered ?? fiscalYearOf(d.day, fiscalStartMonth);
    out.set(y, (out.get(y) ?? 0) + toSatang(d.amount));
  }
  return out;
}

/**
 * What a member's deposits add up to, all a standing needs from them: satang paid by kind and the
 * annual fee by year covered. Kept apart from the deposits so a long log can be added up a slice
 * at a time (the summaries' resumable run) with the same sums.
 */
export interface PaidDigest {
  paidS: { entry_fee: Satang; annual_fee: Satang; savings: Satang };
  /** year covered -> satang, in the order first met */
  feeByYear: Map<number, Satang>;
}

export function emptyDigest(): PaidDigest {
  return { paidS: { entry_fee: 0, annual_fee: 0, savings: 0 }, feeByYear: new Map() };
}

/** Adds one deposit of this member (only deposits dated on or before asOf count). */
export function addToDigest(dg: PaidDigest, d: Deposit, fiscalStartMonth: number, asOf: DayNumber): void {
  if (d.day === null || d.day > asOf || d.amount === null || d.kind === null) return;
  const s = toSatang(d.amount);
  dg.paidS[d.kind] += s;
  if (d.kind === 'annual_fee') {
    const y = d.yearCovered ?? fiscalYearOf(d.day, fiscalStartMonth);
    dg.feeByYear.set(y, (dg.feeByYear.get(y) ?? 0) + s);
  }
}

/** A member's standing on `asOf`. Only deposits dated on or before asOf count; pass this member's deposits. */
export function memberState(member: Member, deposits: Deposit[], settings: FundSettings, asOf: DayNumber): MemberState {
  const dg = emptyDigest();
  for (const d of deposits) addToDigest(dg, d, settings.fiscalYearStartMonth, asOf);
  return memberStateOf(member, dg, settings, asOf);
}

/** A member's standing on `asOf` from what their deposits add up to (addToDigest). */
export function memberStateOf(
  member: Member,
  digest: PaidDigest,
  settings: FundSettings,
  asOf: DayNumber,
): MemberState {
  // Counted in satang; the state's amounts are baht for the pages.
  const paidS = digest.paidS;
  const sm = settings.fiscalYearStartMonth;
  const feeByYear = digest.feeByYear;
  const feeS = toSatang(settings.annualFee);
  const paid = {
    entry_fee: toBaht(paidS.entry_fee),
    annual_fee: toBaht(paidS.annual_fee),
    savings: toBaht(paidS.savings),
  };

  const ageYears = member.birthDay === null ? null : yearsBetween(member.birthDay, asOf);
  const annualFeeYearsPaid = Array.from(feeByYear.entries())
    .filter(([, sum]) => (feeS > 0 ? sum >= feeS : sum > 0))
    .map(([y]) => y)
    .sort((a, b) => a - b);

  const base: MemberState = {
    asOf,
    tenureDays: 0,
    tenureYears: 0,
    ageYears,
    paid,
    savingsPaidThrough: null,
    savingsArrearsDays: 0,
    savingsArrearsBaht: 0,
    annualFeeYearsPaid,
    annualFeeYearsDue: [],
    annualFeeYearsMissing: [],
    annualFeeArrearsBaht: 0,
    entryFeeArrearsBaht: 0,
    status: 'active',
    statusReason: text('state.activeNoSavings'),
  };
  const join = member.joinDay;
  if (join === null) {
    base.status = 'unknown';
    base.statusReason = text('state.noJoinDate');
    return base;
  }
  if (join > asOf) {
    base.status = 'not_joined';
    base.statusReason = text('state.notJoined', { date: formatDateBE(join) });
    return base;
  }

  const recorded = member.status;
  const ended =
    (recorded === 'resigned' || recorded === 'deceased' || recorded === 'lapsed') &&
    (member.statusDay === null || member.statusDay <= asOf);
  // Money stops falling due when membership ends.
  const end = ended && member.statusDay !== null ? Math.max(join, member.statusDay) : asOf;

  base.tenureDays = end - join;
  base.tenureYears = yearsBetween(join, end);
  base.entryFeeArrearsBaht = toBaht(Math.max(0, toSatang(settings.entryFee) - paidS.entry_fee));

  const rate = settings.savingsPerDay;
  const rateS = toSatang(rate);
  if (rateS > 0) {
    // Whole satang divide exactly: a 0.10-baht rate does not lose a day to floating point.
    const daysCovered = Math.floor(paidS.savings / rateS);
    base.savingsPaidThrough = join + daysCovered;
    base.savingsArrearsDays = Math.max(0, end - base.savingsPaidThrough);
    base.savingsArrearsBaht = toBaht(Math.max(0, (end - join) * rateS - paidS.savings));
  }

  if (settings.annualFee > 0) {
    const first = fiscalYearOf(join, sm);
    const last = fiscalYearOf(end, sm);
    let arrearsS = 0;
    for (let y = first; y <= last; y++) {
      const dueFrom = y === first ? join : fiscalYearStart(y, sm);
      if (end > dueFrom + settings.annualFeeGraceDays) {
        base.annualFeeYearsDue.push(y);
        const short = feeS - (feeByYear.get(y) ?? 0);
        if (short > 0) {
          base.annualFeeYearsMissing.push(y);
          arrearsS += short;
        }
      }
    }
    base.annualFeeArrearsBaht = toBaht(arrearsS);
  }

  if (ended) {
    base.status = recorded as 'resigned' | 'deceased' | 'lapsed';
    base.statusReason = textWith(
      `state.${recorded}` as 'state.resigned',
      {},
      { date: dateOrUnknown(member.statusDay) },
    );
    return base;
  }
  const days = base.savingsArrearsDays;
  if (rate > 0 && days > settings.lapseAfterArrearsDays) {
    base.status = 'lapsed';
    base.statusReason = text('state.lapsedArrears', {
      days,
      baht: formatBaht(base.savingsArrearsBaht),
      limit: settings.lapseAfterArrearsDays,
    });
  } else if (rate > 0 && days > settings.suspendAfterArrearsDays) {
    base.status = 'suspended';
    base.statusReason = text('state.suspendedSavings', {
      days,
      baht: formatBaht(base.savingsArrearsBaht),
      limit: settings.suspendAfterArrearsDays,
    });
  } else if (base.annualFeeYearsMissing.length > 0) {
    base.status = 'suspended';
    base.statusReason = text('state.suspendedAnnualFee', {
      years: base.annualFeeYearsMissing.join(', '),
      baht: formatBaht(base.annualFeeArrearsBaht),
    });
  } else {
    base.status = 'active';
    base.statusReason =
      base.savingsPaidThrough === null
        ? text('state.activeNoSavings')
        : text('state.active', { date: formatDateBE(base.savingsPaidThrough) });
  }
  return base;
}
