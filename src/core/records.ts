/**
 * Typed records of the four record sheets, parsed cell by cell with the parsers of parse.ts and
 * dates.ts. readSheet reports, as findings: a required column missing from the header, a cell
 * that does not parse, a required cell left blank, and parser warnings. Cross-record rules
 * (unknown member ids, duplicates, eligibility) are the checks' business, not this file's.
 */
import type { DayNumber } from './dates';
import type { Finding } from './findings';
import type { HeaderMatch, RecordSheetKey } from './schema';
import type { FundSettings } from './settings';

export type MemberStatusCode = 'active' | 'resigned' | 'deceased' | 'lapsed';
export type DepositKind = 'entry_fee' | 'annual_fee' | 'savings';
export type LedgerKind =
  | 'matching_local'
  | 'matching_state'
  | 'donation'
  | 'interest'
  | 'other_income'
  | 'admin_expense'
  | 'other_expense';

export interface Member {
  /** 1-based sheet row. */
  row: number;
  memberId: string;
  name: string;
  nationalId: string;
  birthDay: DayNumber | null;
  village: string;
  address: string;
  phone: string;
  joinDay: DayNumber | null;
  /** null: the cell's text is not a known status (blank reads as active). */
  status: MemberStatusCode | null;
  statusText: string;
  statusDay: DayNumber | null;
  beneficiary: string;
  note: string;
}

export interface Deposit {
  row: number;
  receiptNo: string;
  day: DayNumber | null;
  memberId: string;
  kind: DepositKind | null;
  kindText: string;
  amount: number | null;
  /** B.E. year the annual fee is for. */
  yearCovered: number | null;
  recordedBy: string;
  note: string;
}

export interface WelfarePayment {
  row: number;
  voucherNo: string;
  day: DayNumber | null;
  memberId: string;
  project: string;
  /** Benefit code from the settings; null when the text matches no benefit. */
  benefit: string | null;
  benefitText: string;
  units: number | null;
  amount: number | null;
  approvedBy: string;
  note: string;
  overrideReason: string;
}

export interface LedgerEntry {
  row: number;
  entryNo: string;
  day: DayNumber | null;
  kind: LedgerKind | null;
  kindText: string;
  source: string;
  round: string;
  amount: number | null;
  recordedBy: string;
  note: string;
}

export interface RecordTypes {
  members: Member;
  deposits: Deposit;
  welfare: WelfarePayment;
  ledger: LedgerEntry;
}

export interface ReadResult<K extends RecordSheetKey> {
  records: RecordTypes[K][];
  header: HeaderMatch;
  findings: Finding[];
}

export interface ReadOptions {
  today?: DayNumber;
}

/** Parse a record sheet's values (row 1 = header) into records; blank rows are skipped. */
export declare function readSheet<K extends RecordSheetKey>(
  key: K,
  values: unknown[][],
  settings: FundSettings,
  opts?: ReadOptions,
): ReadResult<K>;
