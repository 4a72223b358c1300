/** Builders for core tests: records with only the fields a test cares about. */
import { dayFromYMD } from '../../src/core/dates';
import type { Deposit, DepositKind, Member, WelfarePayment } from '../../src/core/records';

export const D = (y: number, m: number, d: number): number => {
  const day = dayFromYMD(y, m, d);
  if (day === null) throw new Error(`bad test date ${y}-${m}-${d}`);
  return day;
};

export function member(fields: Partial<Member> = {}): Member {
  return {
    row: 2,
    memberId: 'A001',
    name: 'นางทดสอบ ใจดี',
    nationalId: '',
    birthDay: null,
    village: 'บ้านดอนไชย',
    address: '',
    phone: '',
    joinDay: D(2024, 1, 1),
    status: 'active',
    statusText: '',
    statusDay: null,
    beneficiary: '',
    note: '',
    ...fields,
  };
}

let receipt = 0;
export function deposit(day: number, kind: DepositKind, amount: number, yearCovered: number | null = null): Deposit {
  receipt += 1;
  return {
    row: receipt + 1,
    receiptNo: `R${receipt}`,
    day,
    memberId: 'A001',
    kind,
    kindText: kind,
    amount,
    yearCovered,
    recordedBy: '',
    note: '',
  };
}

export function payment(day: number, benefit: string, amount: number, units = 1): WelfarePayment {
  return {
    row: 2,
    voucherNo: 'V1',
    day,
    memberId: 'A001',
    project: '',
    benefit,
    benefitText: benefit,
    units,
    amount,
    approvedBy: '',
    note: '',
    overrideReason: '',
  };
}
