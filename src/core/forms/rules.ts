/**
 * Whole-form validation: the field checks of validate.ts plus what needs the book (is the id
 * taken, is the member still a member, is that year's fee already paid, is the claim eligible).
 * The server runs these before every write; they return the record to write or the errors.
 */
import { eligibility } from '../eligibility';
import type { Eligibility } from '../eligibility';
import { fiscalYearOf, formatDateBE } from '../dates';
import type { DayNumber } from '../dates';
import { textWith } from '../findings';
import { text } from '../i18n';
import type { Text } from '../i18n';
import { annualFeeByYear, memberState } from '../memberState';
import type { MemberState } from '../memberState';
import { formatBaht, formatSatang, toSatang, type Satang } from '../money';
import type { DepositKind, Member } from '../records';
import { DEPOSIT_KINDS } from '../vocabulary';
import { amountCeilingOf } from '../records';
import { CHOICES } from '../schema';
import { FIELDS, type Failure } from '../result';
import type { FundSettings } from '../settings';
import { findBenefit } from '../settings';
import { canPay } from './owed';
import { depositsOf, historyOf, memberKey, projectKey } from './summary';
import type { Totals } from './summary';
import type {
  CollectionInput,
  ContactEditInput,
  DepositInput,
  NewMemberInput,
  StatusInput,
  WelfareInput,
} from './types';
import { CONTACT_FIELDS } from './types';
import {
  Errors,
  checkAmount,
  checkIsoDate,
  checkMemberId,
  checkName,
  checkNationalId,
  checkPhone,
  checkText,
  checkUnits,
  checkYear,
  notInFuture,
} from './validate';

/** What the rules need to know about the book. */
export interface FormData {
  today: DayNumber;
  settings: FundSettings;
  memberById(id: string): Member | undefined;
  memberByNationalId(nid: string): Member | undefined;
  totals(key: string): Totals | undefined;
}

/** The record to write, or the fields to fix (the failure envelope of src/core/result.ts, in both languages). */
export type Validated<T> = { ok: true; value: T } | Failure<Text>;

function done<T>(errors: Errors, value: T): Validated<T> {
  return errors.ok ? { ok: true, value } : { ok: false, code: FIELDS, errors: errors.map };
}

export function stateOf(data: FormData, member: Member, asOf: DayNumber = data.today): MemberState {
  return memberState(member, depositsOf(data.totals(memberKey(member.memberId)), member.memberId), data.settings, asOf);
}

const choiceTh = (list: keyof typeof CHOICES, code: string): string =>
  CHOICES[list].find((c) => c.code === code)?.th ?? code;

// ----------------------------------------------------------------- members

export interface MemberRecord {
  memberId: string;
  name: string;
  nationalId: string;
  birthDate: DayNumber | null;
  village: string;
  address: string;
  phone: string;
  joinDate: DayNumber;
  status: string;
  beneficiary: string;
  note: string;
}

export function validateNewMember(input: NewMemberInput, data: FormData): Validated<MemberRecord> {
  const e = new Errors();
  const memberId = e.take('memberId', checkMemberId(input.memberId));
  if (memberId !== '' && !e.map.memberId) {
    const taken = data.memberById(memberId);
    if (taken) e.add('memberId', text('form.memberIdTaken', { id: memberId, name: taken.name }));
  }
  const name = e.take('name', checkName(input.name));
  const nationalId = e.take('nationalId', checkNationalId(input.nationalId));
  if (nationalId !== '' && !e.map.nationalId) {
    const owner = data.memberByNationalId(nationalId);
    if (owner) e.add('nationalId', text('form.nidTaken', { id: owner.memberId, name: owner.name }));
  }
  const birth = e.take('birthDate', checkIsoDate(input.birthDate, false));
  if (birth !== null) e.add('birthDate', notInFuture(birth, data.today));
  const join = e.take('joinDate', checkIsoDate(input.joinDate, true));
  if (join !== null) {
    e.add('joinDate', notInFuture(join, data.today));
    if (birth !== null && join < birth) e.add('joinDate', text('form.joinBeforeBirth'));
  }
  const village = e.take('village', checkText(input.village, false, 200));
  const address = e.take('address', checkText(input.address, false));
  const phone = e.take('phone', checkPhone(input.phone));
  const beneficiary = e.take('beneficiary', checkText(input.beneficiary, false, 200));
  const note = e.take('note', checkText(input.note, false));
  return done(e, {
    memberId,
    name,
    nationalId,
    birthDate: birth,
    village,
    address,
    phone,
    joinDate: join as DayNumber,
    status: choiceTh('memberStatus', 'active'),
    beneficiary,
    note,
  });
}

/** The member a form names, or an error for the field. */
function findMember(e: Errors, field: string, id: string, data: FormData): Member | undefined {
  const mid = e.take(field, checkMemberId(id));
  if (mid === '') return undefined;
  const m = data.memberById(mid);
  if (!m) e.add(field, text('form.noMember', { id: mid }));
  return m;
}

export function validateContactEdit(
  input: ContactEditInput,
  data: FormData,
): Validated<{ member: Member; changes: Partial<Record<string, string>> }> {
  const e = new Errors();
  const member = findMember(e, 'memberId', input.memberId, data);
  const changes: Partial<Record<string, string>> = {};
  for (const f of CONTACT_FIELDS) {
    const raw = input.after ? input.after[f] : '';
    const c =
      f === 'phone' ? checkPhone(raw) : checkText(raw, false, f === 'village' || f === 'beneficiary' ? 200 : undefined);
    const v = e.take(f, c);
    const before = String((input.before && input.before[f]) ?? '').trim();
    if (v !== before) changes[f] = v;
  }
  if (e.ok && Object.keys(changes).length === 0) e.add('form', text('form.nothingChanged'));
  return done(e, { member: member as Member, changes });
}

export function validateStatus(
  input: StatusInput,
  data: FormData,
): Validated<{ member: Member; status: string; day: DayNumber }> {
  const e = new Errors();
  const member = findMember(e, 'memberId', input.memberId, data);
  if (input.status !== 'resigned' && input.status !== 'deceased') e.add('status', text('form.required'));
  if (member && (member.status === 'resigned' || member.status === 'deceased')) {
    e.add(
      'status',
      text('form.alreadyEnded', { status: member.statusText || choiceTh('memberStatus', member.status) }),
    );
  }
  const day = e.take('date', checkIsoDate(input.date, true));
  if (day !== null) {
    e.add('date', notInFuture(day, data.today));
    if (member && member.joinDay !== null && day < member.joinDay)
      e.add('date', text('form.beforeJoin', { date: formatDateBE(member.joinDay) }));
  }
  return done(e, { member: member as Member, status: choiceTh('memberStatus', input.status), day: day as DayNumber });
}

// ----------------------------------------------------------------- deposits

export interface DepositRecord {
  date: DayNumber;
  memberId: string;
  kind: string;
  amount: number;
  yearCovered: number | null;
  recordedBy: string;
  note: string;
}

/** Tracks annual fees (satang per year) within one save so two lines for the same year are caught too. */
class FeeLedger {
  private byMember = new Map<string, Map<number, Satang>>();
  constructor(private data: FormData) {}
  paid(member: Member): Map<number, Satang> {
    let m = this.byMember.get(member.memberId);
    if (!m) {
      const deps = depositsOf(this.data.totals(memberKey(member.memberId)), member.memberId);
      m = annualFeeByYear(deps, this.data.settings.fiscalYearStartMonth, Number.MAX_SAFE_INTEGER);
      this.byMember.set(member.memberId, m);
    }
    return m;
  }
}

/**
 * One payment line: member still a member, kind known, amount above zero, annual fee for a year
 * not already paid in full, entry fee not paid twice. `f` prefixes field names ('items.3.').
 */
function checkPaymentLine(
  e: Errors,
  f: string,
  line: { memberId: string; kind: string; amount: string; yearCovered: string },
  day: DayNumber | null,
  data: FormData,
  fees: FeeLedger,
  /** Satang of entry fee per member within one save. */
  entryPaid: Map<string, Satang>,
): DepositRecord | null {
  const member = findMember(e, f + 'memberId', line.memberId, data);
  const kind = line.kind as DepositKind;
  if (!DEPOSIT_KINDS.includes(kind)) e.add(f + 'kind', text('form.required'));
  const amount = e.take(f + 'amount', checkAmount(line.amount, amountCeilingOf(data.settings)));
  let year: number | null = null;
  if (kind === 'annual_fee') year = e.take(f + 'yearCovered', checkYear(line.yearCovered));
  if (!member) return null;
  const state = stateOf(data, member);
  if (!canPay(state))
    e.add(f + 'memberId', textWith('form.memberEnded', { id: member.memberId }, { status: state.statusReason }));
  if (day !== null && member.joinDay !== null && day < member.joinDay)
    e.add('date', text('form.beforeJoin', { date: formatDateBE(member.joinDay) }));
  const fee = toSatang(data.settings.annualFee);
  if (kind === 'annual_fee' && year !== null && fee > 0 && !e.map[f + 'amount']) {
    const paid = fees.paid(member);
    const already = paid.get(year) ?? 0;
    if (already >= fee) e.add(f + 'yearCovered', text('form.yearPaid', { year, amount: formatSatang(already) }));
    else paid.set(year, already + toSatang(amount));
  }
  const entryFee = toSatang(data.settings.entryFee);
  if (kind === 'entry_fee' && entryFee > 0) {
    const before = entryPaid.get(member.memberId) ?? toSatang(state.paid.entry_fee);
    if (before >= entryFee) e.add(f + 'kind', text('form.entryPaid', { amount: formatSatang(before) }));
    entryPaid.set(member.memberId, before + toSatang(amount));
  }
  return {
    date: day as DayNumber,
    memberId: member.memberId,
    kind: choiceTh('depositKind', kind),
    amount,
    yearCovered: kind === 'annual_fee' ? year : null,
    recordedBy: '',
    note: '',
  };
}

function checkPaymentDate(e: Errors, iso: string, data: FormData): DayNumber | null {
  const day = e.take('date', checkIsoDate(iso, true));
  if (day !== null) e.add('date', notInFuture(day, data.today));
  return day;
}

export function validateDeposit(input: DepositInput, data: FormData): Validated<DepositRecord> {
  const e = new Errors();
  const day = checkPaymentDate(e, input.date, data);
  const rec = checkPaymentLine(e, '', input, day, data, new FeeLedger(data), new Map());
  const recordedBy = e.take('recordedBy', checkText(input.recordedBy, false, 200));
  const note = e.take('note', checkText(input.note, false));
  return done(e, rec ? { ...rec, recordedBy, note } : (null as unknown as DepositRecord));
}

export const MAX_COLLECTION_LINES = 2000;

export function validateCollection(input: CollectionInput, data: FormData): Validated<DepositRecord[]> {
  const e = new Errors();
  const day = checkPaymentDate(e, input.date, data);
  const recordedBy = e.take('recordedBy', checkText(input.recordedBy, false, 200));
  const items = Array.isArray(input.items) ? input.items : [];
  if (items.length === 0) e.add('form', text('form.noLines'));
  if (items.length > MAX_COLLECTION_LINES) e.add('form', text('form.tooManyLines', { max: MAX_COLLECTION_LINES }));
  const fees = new FeeLedger(data);
  const entry = new Map<string, number>();
  const out: DepositRecord[] = [];
  items.slice(0, MAX_COLLECTION_LINES).forEach((item, i) => {
    const rec = checkPaymentLine(e, `items.${i}.`, item, day, data, fees, entry);
    if (rec) out.push({ ...rec, recordedBy });
  });
  return done(e, out);
}

// ----------------------------------------------------------------- welfare

export interface WelfareRecord {
  date: DayNumber;
  memberId: string;
  project: string;
  benefit: string;
  units: number;
  amount: number;
  approvedBy: string;
  note: string;
  overrideReason: string;
}

export interface WelfareCheck {
  eligibility: Eligibility | null;
  /** The record to write when every field is fine. */
  validated: Validated<WelfareRecord>;
}

/**
 * A claim: the rules engine's verdict, and the record. Paying what the schedule does not give
 * (not eligible, or another amount) is the committee's right, but only with a reason, which is
 * written to the register. `forSave` false: the page is only asking for the checklist, so an
 * empty amount / approver / reason is not an error yet.
 */
export function validateWelfare(input: WelfareInput, data: FormData, forSave = true): WelfareCheck {
  const e = new Errors();
  const benefit = findBenefit(data.settings.benefits, input.benefit);
  if (!benefit) e.add('benefit', text(String(input.benefit ?? '').trim() === '' ? 'form.required' : 'form.noBenefit'));
  let member: Member | undefined;
  let project = '';
  if (benefit && benefit.payee === 'project') {
    project = e.take('project', checkText(input.project, true, 200));
  } else if (benefit) {
    member = findMember(e, 'memberId', input.memberId, data);
  }
  const units = e.take('units', checkUnits(input.units));
  const day = e.take('date', checkIsoDate(input.date, true));
  if (day !== null) e.add('date', notInFuture(day, data.today));
  const amountText = String(input.amount ?? '').trim();
  const amountCheck = checkAmount(amountText, amountCeilingOf(data.settings));
  const typed = amountText === '' ? null : amountCheck.value;
  if (forSave || amountText !== '') e.add('amount', amountCheck.error);
  const approvedBy = checkText(input.approvedBy, forSave, 200);
  e.add('approvedBy', approvedBy.error);
  const note = e.take('note', checkText(input.note, false));
  const reason = checkText(input.overrideReason, false);
  e.add('overrideReason', reason.error);

  let verdict: Eligibility | null = null;
  if (benefit && day !== null && units > 0 && (member || project !== '')) {
    const history = member
      ? historyOf(data.totals(memberKey(member.memberId)), member.memberId)
      : historyOf(data.totals(projectKey(project)), '', project);
    verdict = eligibility({
      member: member ?? null,
      state: member ? stateOf(data, member, day) : null,
      benefit,
      day,
      units,
      history,
      settings: data.settings,
      amount: typed,
    });
    if (forSave && typed !== null && !e.map.amount) {
      const differs = !verdict.eligible || Math.abs(typed - verdict.amount) > 0.005;
      if (differs && reason.value === '') {
        e.add(
          'overrideReason',
          text(verdict.eligible ? 'form.overrideAmount' : 'form.overrideNotEligible', {
            amount: formatBaht(verdict.amount),
          }),
        );
      }
    }
  }
  const record: WelfareRecord = {
    date: day as DayNumber,
    memberId: member ? member.memberId : '',
    project,
    benefit: benefit ? benefit.name : '',
    units,
    amount: typed ?? 0,
    approvedBy: approvedBy.value,
    note,
    overrideReason: reason.value,
  };
  return { eligibility: verdict, validated: done(e, record) };
}

/** The fiscal year a day belongs to, for the forms' headings. */
export function fiscalYear(data: FormData, day: DayNumber = data.today): number {
  return fiscalYearOf(day, data.settings.fiscalYearStartMonth);
}
