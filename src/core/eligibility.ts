/**
 * The fund's benefit rules as one self-explaining function: every rule that applies adds a
 * reason (passed ones too), so the sidebar shows a checklist and the checks and summaries say
 * the same thing (DESIGN §5).
 */
import type { DayNumber } from './dates';
import type { Text } from './i18n';
import type { MemberState } from './memberState';
import type { Member, WelfarePayment } from './records';
import type { Benefit, FundSettings } from './settings';

export interface Reason {
  /** e.g. 'status', 'waiting', 'arrears', 'cap-event', 'cap-year', 'cap-lifetime', 'times-lifetime', 'tier', 'age', 'units', 'amount', 'project'. */
  code: string;
  ok: boolean;
  message: Text;
}

export interface EligibilityInput {
  member: Member | null;
  state: MemberState | null;
  benefit: Benefit;
  day: DayNumber;
  units: number;
  /** This member's (or this project's) earlier payments; other benefits' rows are ignored. */
  history: WelfarePayment[];
  settings: FundSettings;
  /** The amount typed on the form, used when the committee sets the amount (amountPerUnit null). */
  amount?: number | null;
}

export interface Eligibility {
  eligible: boolean;
  amount: number;
  reasons: Reason[];
}

export declare function eligibility(input: EligibilityInput): Eligibility;
