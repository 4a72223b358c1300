/**
 * A member's statement for the look-up form and the other forms' member panel: what they paid by
 * kind, how far their savings reach, what they owe, what welfare they received this fiscal year
 * and ever. Plain values in one language (it crosses google.script.run as it is).
 */
import { fiscalYearOf } from '../dates';
import type { DayNumber } from '../dates';
import type { Lang } from '../i18n';
import type { MemberState, MemberStatus } from '../memberState';
import type { Member, MemberStatusCode, WelfarePayment } from '../records';
import type { FundSettings } from '../settings';
import { findBenefit } from '../settings';
import { owedFor } from './owed';
import type { Owed } from './owed';
import { depositsOf, historyOf } from './summary';
import type { Totals } from './summary';
import type { ContactValues } from './types';
import { isoOf } from './validate';
import { toBaht, toSatang } from '../money';

export interface BenefitLine {
  voucherNo: string;
  dateISO: string;
  benefit: string;
  units: number | null;
  amount: number;
}

export interface MemberInfo {
  row: number;
  memberId: string;
  name: string;
  nationalId: string;
  village: string;
  joinISO: string;
  birthISO: string;
  statusISO: string;
  /** As recorded on the roll (null: the cell's text is not a known status). */
  recordedStatus: MemberStatusCode | null;
  /** The cells as they read now, for the contact edit (compared again when saving). */
  contact: ContactValues;
  state: {
    status: MemberStatus;
    statusText: string;
    tenureYears: number;
    paid: { entry_fee: number; annual_fee: number; savings: number };
    paidThroughISO: string;
    savingsArrearsDays: number;
    savingsArrearsBaht: number;
    annualYearsMissing: number[];
    annualFeeArrearsBaht: number;
    entryFeeArrearsBaht: number;
  };
  owed: Owed;
  benefits: {
    fiscalYear: number;
    thisYear: { count: number; amount: number };
    ever: { count: number; amount: number };
    /** Newest first. */
    lines: BenefitLine[];
  };
}

export function benefitsOf(
  history: WelfarePayment[],
  settings: FundSettings,
  today: DayNumber,
): MemberInfo['benefits'] {
  const fy = fiscalYearOf(today, settings.fiscalYearStartMonth);
  // Counts and satang; the amounts become baht for the page at the end.
  const thisYear = { count: 0, satang: 0 };
  const ever = { count: 0, satang: 0 };
  const lines: BenefitLine[] = [];
  for (const p of history) {
    const amount = p.amount ?? 0;
    ever.count += 1;
    ever.satang += toSatang(amount);
    if (p.day !== null && fiscalYearOf(p.day, settings.fiscalYearStartMonth) === fy) {
      thisYear.count += 1;
      thisYear.satang += toSatang(amount);
    }
    const b = p.benefit ? findBenefit(settings.benefits, p.benefit) : undefined;
    lines.push({
      voucherNo: p.voucherNo,
      dateISO: isoOf(p.day),
      benefit: b ? b.name : p.benefitText,
      units: p.units,
      amount,
    });
  }
  lines.sort((a, b) => (a.dateISO < b.dateISO ? 1 : a.dateISO > b.dateISO ? -1 : 0));
  return {
    fiscalYear: fy,
    thisYear: { count: thisYear.count, amount: toBaht(thisYear.satang) },
    ever: { count: ever.count, amount: toBaht(ever.satang) },
    lines,
  };
}

export function memberInfo(
  member: Member,
  contact: ContactValues,
  state: MemberState,
  totals: Totals | undefined,
  settings: FundSettings,
  today: DayNumber,
  lang: Lang,
): MemberInfo {
  const deposits = depositsOf(totals, member.memberId);
  return {
    row: member.row,
    memberId: member.memberId,
    name: member.name,
    nationalId: member.nationalId,
    village: member.village,
    joinISO: isoOf(member.joinDay),
    birthISO: isoOf(member.birthDay),
    statusISO: isoOf(member.statusDay),
    recordedStatus: member.status,
    contact,
    state: {
      status: state.status,
      statusText: state.statusReason[lang],
      tenureYears: state.tenureYears,
      paid: { ...state.paid },
      paidThroughISO: isoOf(state.savingsPaidThrough),
      savingsArrearsDays: state.savingsArrearsDays,
      savingsArrearsBaht: state.savingsArrearsBaht,
      annualYearsMissing: [...state.annualFeeYearsMissing],
      annualFeeArrearsBaht: state.annualFeeArrearsBaht,
      entryFeeArrearsBaht: state.entryFeeArrearsBaht,
    },
    owed: owedFor(state, deposits, settings, today),
    benefits: benefitsOf(historyOf(totals, member.memberId), settings, today),
  };
}
