/**
 * A member's standing on a given day, derived from the roll and their deposits (DESIGN §5).
 */
import type { DayNumber } from './dates';
import type { Text } from './i18n';
import type { Deposit, Member } from './records';
import type { FundSettings } from './settings';

/**
 * 'unknown': the join date is missing or unreadable; 'not_joined': joins after the as-of day.
 * Both exist so callers never mistake a data gap for an active member.
 */
export type MemberStatus = 'active' | 'suspended' | 'resigned' | 'deceased' | 'lapsed' | 'unknown' | 'not_joined';

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

export declare function memberState(member: Member, deposits: Deposit[], settings: FundSettings, asOf: DayNumber): MemberState;
