/** Records for summary tests, built directly (the parsers have their own tests). */
import { dayFromYMD, type DayNumber } from '../../src/core/dates';
import type { Deposit, DepositKind, LedgerEntry, LedgerKind, Member, WelfarePayment } from '../../src/core/records';
import { defaultSettings, type FundSettings } from '../../src/core/settings';

/** A day from a พ.ศ. date: be(15, 8, 2545). */
export function be(d: number, m: number, y: number): DayNumber {
  const day = dayFromYMD(y - 543, m, d);
  if (day === null) throw new Error(`bad test date ${d}/${m}/${y}`);
  return day;
}

let row = 1;
const nextRow = () => ++row;

export function member(memberId: string, joinDay: DayNumber | null, more: Partial<Member> = {}): Member {
  return {
    row: nextRow(),
    memberId,
    name: `สมาชิก ${memberId}`,
    nationalId: '',
    birthDay: null,
    village: 'บ้านดอนไชย',
    address: '',
    phone: '',
    joinDay,
    status: 'active',
    statusText: 'ปกติ',
    statusDay: null,
    beneficiary: '',
    note: '',
    ...more,
  };
}

export function deposit(
  memberId: string,
  day: DayNumber | null,
  kind: DepositKind | null,
  amount: number | null,
  more: Partial<Deposit> = {},
): Deposit {
  return {
    row: nextRow(),
    receiptNo: `R${row}`,
    day,
    memberId,
    kind,
    kindText: kind ?? '?',
    amount,
    yearCovered: null,
    recordedBy: '',
    note: '',
    ...more,
  };
}

export function welfare(
  memberId: string,
  day: DayNumber | null,
  benefit: string | null,
  amount: number | null,
  more: Partial<WelfarePayment> = {},
): WelfarePayment {
  return {
    row: nextRow(),
    voucherNo: `V${row}`,
    day,
    memberId,
    project: '',
    benefit,
    benefitText: benefit ?? '?',
    units: 1,
    amount,
    approvedBy: '',
    note: '',
    overrideReason: '',
    ...more,
  };
}

export function ledger(
  day: DayNumber | null,
  kind: LedgerKind | null,
  amount: number | null,
  more: Partial<LedgerEntry> = {},
): LedgerEntry {
  return {
    row: nextRow(),
    entryNo: `L${row}`,
    day,
    kind,
    kindText: kind ?? '?',
    source: 'เทศบาลตำบล',
    round: '1',
    amount,
    recordedBy: '',
    note: '',
    ...more,
  };
}

export function settings(more: Partial<FundSettings> = {}): FundSettings {
  return { ...defaultSettings(), fundName: 'กลุ่มออมบุญวันละบาท บ้านดอนไชย', ...more };
}
