/**
 * The demo fund's money (see ../demo.ts): each member's deposits, the welfare the rules allow,
 * and the fund ledger, all from the seeded generator.
 */
import {
  dayFromYMD,
  fiscalYearOf,
  fiscalYearStart,
  yearsBetween,
  ymdFromDay,
  BE_OFFSET,
  type DayNumber,
} from '../dates';
import type { DemoRecord, DemoValue } from './types';
import type { Benefit } from '../settings';
import { collectionDayIn, endOfMonth, FOUNDED, pad, treasurerFor, type Person, type Rng } from './people';

/** Numbers rows per fiscal year in date order: 2567/0001, 2567/0002, … */
export function numberBy(list: DemoRecord[], key: string, format: (fy: number, n: number) => string): void {
  let fy = -1;
  let n = 0;
  for (const rec of list) {
    const f = fiscalYearOf(Number(rec.date));
    if (f !== fy) {
      fy = f;
      n = 0;
    }
    rec[key] = format(fy, ++n);
  }
}

export type AddDeposit = (
  day: DayNumber,
  p: Person,
  kind: 'entry_fee' | 'annual_fee' | 'savings',
  amount: DemoValue,
  yearCovered: number | null,
) => void;

/**
 * A member's payments. Savings keep a paid-through day (join + baht paid, at 1 baht a day):
 * monthly payers pay up to the end of each month on the collection day (sometimes two months at
 * once), yearly payers pay the whole fiscal year in October, irregular payers every 2–4 months.
 */
export function payDeposits(rng: Rng, p: Person, until: DayNumber, add: AddDeposit): void {
  const last = Math.min(until, p.stopDay);
  let paidThrough = p.joinDay - 1;
  const paySavings = (day: DayNumber, through: DayNumber) => {
    const amount = through - paidThrough;
    if (amount <= 0) return;
    add(day, p, 'savings', amount, null);
    p.savings.push({ day, amount });
    paidThrough = through;
  };
  const payFee = (day: DayNumber) => {
    const fy = fiscalYearOf(day);
    if (p.feesPaid.has(fy)) return;
    add(day, p, 'annual_fee', 50, fy);
    p.feesPaid.set(fy, day);
  };
  // Joining: entry fee, this year's fee, savings to the end of the month (or fiscal year).
  add(p.joinDay, p, 'entry_fee', 50, null);
  payFee(p.joinDay);
  const fyEnd = (day: DayNumber) => fiscalYearStart(fiscalYearOf(day) + 1) - 1;
  paySavings(p.joinDay, p.habit === 'yearly' ? fyEnd(p.joinDay) : endOfMonth(p.joinDay));

  const start = ymdFromDay(p.joinDay);
  let y = start.y;
  let m = start.m + 1;
  let skipped = false;
  let nextIrregular = 0;
  for (;;) {
    if (m > 12) {
      m = 1;
      y++;
    }
    const day = collectionDayIn(y, m, p.village.collectionDay);
    if (day > last) break;
    if (m === 10 || (m === 11 && !p.feesPaid.has(fiscalYearOf(day)))) payFee(day);
    if (p.habit === 'monthly') {
      // Now and then a member misses a month and pays both next time.
      if (!skipped && rng.chance(0.06)) skipped = true;
      else {
        skipped = false;
        paySavings(day, endOfMonth(day));
      }
    } else if (p.habit === 'yearly') {
      if (m === 10) paySavings(day, fyEnd(day));
    } else if (nextIrregular <= 0) {
      paySavings(day, endOfMonth(day));
      nextIrregular = rng.int(2, 3);
    }
    nextIrregular--;
    m++;
  }
}

/** Paid-through day of savings on `day`, from the payments made by then (1 baht a day). */
function paidThroughOn(p: Person, day: DayNumber): DayNumber {
  let total = 0;
  for (const s of p.savings) {
    if (s.day > day) break;
    total += s.amount;
  }
  return p.joinDay - 1 + total;
}

/** Eligible under the default rules on `day` (status, waiting period, arrears, this year's fee). */
function eligibleOn(p: Person, b: Benefit, day: DayNumber): boolean {
  if (b.onDeath ? p.statusDay === null || day < p.statusDay : p.statusDay !== null && day >= p.statusDay) return false;
  const asOf = b.onDeath ? p.statusDay! : day;
  if (asOf - p.joinDay < (b.waitingDays ?? 0)) return false;
  if (asOf > p.stopDay) return false;
  if (paidThroughOn(p, asOf) < asOf - 60) return false;
  const fy = fiscalYearOf(asOf);
  const paid = p.feesPaid.get(fy);
  const graceEnd = Math.max(fiscalYearStart(fy), p.joinDay) + 60;
  return (paid !== undefined && paid <= asOf) || asOf < graceEnd;
}

export type AddWelfare = (
  day: DayNumber,
  code: string,
  memberId: string | null,
  project: string | null,
  units: number,
  amount: number,
  note: string | null,
) => void;

export function payWelfare(
  rng: Rng,
  people: Person[],
  until: DayNumber,
  benefit: (code: string) => Benefit,
  add: AddWelfare,
): void {
  const sickness = benefit('sickness');
  const newborn = benefit('newborn');
  const disabled = benefit('disabled');
  const education = benefit('education');
  const death = benefit('death');
  const firstFy = fiscalYearOf(FOUNDED);
  const lastFy = fiscalYearOf(until);
  for (const p of people) {
    for (let fy = Math.max(firstFy, fiscalYearOf(p.joinDay)); fy <= lastFy; fy++) {
      const start = fiscalYearStart(fy);
      const end = Math.min(until, fiscalYearStart(fy + 1) - 1);
      const age = yearsBetween(p.birthDay, start);
      // Sickness: more often with age; nights 1–10, within 2,000 baht a year.
      let yearTotal = 0;
      const visits = rng.chance(0.04 + Math.max(0, age - 40) / 700) ? (rng.chance(0.2) ? 2 : 1) : 0;
      for (let v = 0; v < visits; v++) {
        const day = start + rng.int(0, 364);
        if (day > end || !eligibleOn(p, sickness, day)) continue;
        const nights = rng.weighted<number>([
          [1, 10],
          [2, 25],
          [3, 25],
          [4, 15],
          [5, 10],
          [7, 8],
          [10, 7],
        ]);
        const amount = Math.min(nights * 100, 2000 - yearTotal);
        if (amount <= 0) continue;
        yearTotal += amount;
        add(day, 'sickness', p.id, null, amount / 100, amount, null);
      }
      if (age >= 20 && age <= 40 && rng.chance(0.03)) {
        const day = start + rng.int(0, 364);
        if (day <= end && eligibleOn(p, newborn, day)) add(day, 'newborn', p.id, null, 1, 500, null);
      }
      if (p.disabled) {
        const day = start + rng.int(60, 90);
        if (day <= end && eligibleOn(p, disabled, day)) add(day, 'disabled', p.id, null, 1, 500, null);
      }
      if (age >= 30 && age <= 55 && rng.chance(0.012)) {
        const day = start + rng.int(200, 260); // the school year starts in May
        const amount = rng.pick([1000, 1500, 2000, 2000, 2500, 2750, 3000]);
        if (day <= end && eligibleOn(p, education, day)) add(day, 'education', p.id, null, 1, amount, 'ค่าเทอมบุตร');
      }
    }
    if (p.fate === 'deceased' && p.statusDay !== null) {
      const day = p.statusDay + rng.int(3, 25);
      if (day <= until && eligibleOn(p, death, day)) {
        const years = yearsBetween(p.joinDay, p.statusDay);
        const tier = [...death.tiers].reverse().find((t) => years >= t.years)!;
        const to = p.rec.beneficiary ? `จ่ายให้ ${p.rec.beneficiary}` : null;
        add(day, 'death', p.id, null, 1, tier.amount, to);
      }
    }
  }
  // Grants to community projects (seed 001: a community enterprise and the community shop).
  const grants: [number, number, string, string, number][] = [
    [2555, 3, 'enterprise', 'กลุ่มวิสาหกิจชุมชนทอผ้าบ้านป่าสัก', 20000],
    [2558, 6, 'shop', 'ร้านค้าชุมชนบ้านดอนแก้ว', 100000],
    [2563, 2, 'enterprise', 'กลุ่มเลี้ยงไก่พื้นเมืองบ้านหนองบัว', 15000],
  ];
  for (const [be, month, code, project, amount] of grants) {
    const day = dayFromYMD(be - BE_OFFSET, month, 18)!;
    if (day <= until) add(day, code, null, project, 1, amount, 'มติที่ประชุมใหญ่');
  }
}

/**
 * The fund ledger: matching money per fiscal year in rounds, donations, interest twice a year,
 * admin and other expenses. Amounts are what came in, not derived from anything at run time
 * (the demo just makes them plausible against the members' savings of the year before).
 */
export function makeLedger(
  rng: Rng,
  deposits: DemoRecord[],
  until: DayNumber,
  kind: (code: string) => string,
): DemoRecord[] {
  const depositsByFy = new Map<number, number>();
  for (const d of deposits) {
    const fy = fiscalYearOf(Number(d.date));
    depositsByFy.set(fy, (depositsByFy.get(fy) ?? 0) + Number(d.amount));
  }
  const ledger: DemoRecord[] = [];
  const add = (
    day: DayNumber,
    code: string,
    source: string,
    round: string | null,
    amount: number,
    note: string | null = null,
  ) => {
    if (day > until || day < FOUNDED) return;
    ledger.push({
      entryNo: null,
      date: day,
      kind: kind(code),
      source,
      round,
      amount,
      recordedBy: treasurerFor(day),
      note,
    });
  };
  const on = (be: number, month: number, dom: number) => dayFromYMD(be - BE_OFFSET, month, dom)!;
  let balance = 0;
  for (let fy = fiscalYearOf(FOUNDED); fy <= fiscalYearOf(until); fy++) {
    const prev = depositsByFy.get(fy - 1) ?? 0;
    balance += depositsByFy.get(fy) ?? 0;
    // fy names the year it ends in: October–December fall in the B.E. year before.
    if (fy >= 2553 && prev > 0) {
      const local = Math.round((prev * (0.25 + rng.next() * 0.15)) / 100) * 100;
      if (rng.chance(0.5)) {
        const first = Math.round(local / 200) * 100;
        add(on(fy, 2, rng.int(10, 25)), 'matching_local', 'องค์การบริหารส่วนตำบลดอนแก้ว', '1/2', first);
        add(on(fy, 7, rng.int(10, 25)), 'matching_local', 'องค์การบริหารส่วนตำบลดอนแก้ว', '2/2', local - first);
      } else {
        add(on(fy, 3, rng.int(10, 25)), 'matching_local', 'องค์การบริหารส่วนตำบลดอนแก้ว', '1/1', local);
      }
      balance += local;
    }
    if ((fy >= 2553 && fy <= 2560) || fy === 2565) {
      const state = Math.round((prev * 0.5) / 100) * 100;
      if (state > 0) {
        add(
          on(fy, 5, rng.int(1, 28)),
          'matching_state',
          'สถาบันพัฒนาองค์กรชุมชน (พอช.)',
          '1/1',
          state,
          'สมทบตามนโยบาย 1:1:1',
        );
        balance += state;
      }
    }
    if (rng.chance(0.6)) {
      const amount = rng.int(5, 40) * 1000 + rng.pick([0, 0, 250, 520, 999]);
      add(on(fy - 1, 11, rng.int(1, 28)), 'donation', 'ผ้าป่าสามัคคีเพื่อกองทุนสวัสดิการ', null, amount);
      balance += amount;
    }
    for (const [be, month] of [
      [fy - 1, 12],
      [fy, 6],
    ] as [number, number][]) {
      const interest = Math.round(balance * 0.0075 * 0.5 * 100) / 100;
      if (interest > 0) {
        add(on(be, month, 20), 'interest', 'ธ.ก.ส. สาขาพะเยา (บัญชีออมทรัพย์)', null, interest);
        balance += interest;
      }
    }
    const expenses: [string, string, number, number][] = [
      ['admin_expense', 'ค่าเครื่องเขียนและใบเสร็จรับเงิน', 300, 1500],
      ['admin_expense', 'ค่าอาหารว่างประชุมคณะกรรมการ', 500, 2000],
      ['admin_expense', 'ค่าเดินทางประชุมเครือข่าย', 200, 800],
      ['admin_expense', 'ค่าจัดประชุมใหญ่สามัญประจำปี', 3000, 8000],
    ];
    for (const [code, what, lo, hi] of expenses) {
      if (fy === fiscalYearOf(FOUNDED) && what.includes('ประชุมใหญ่')) continue;
      const amount = rng.int(lo / 10, hi / 10) * 10;
      add(on(fy, rng.int(1, 9), rng.int(1, 28)), code, what, null, amount);
      balance -= amount;
    }
    if (rng.chance(0.3))
      add(on(fy, rng.int(1, 9), rng.int(1, 28)), 'other_expense', 'ค่าธรรมเนียมธนาคาร', null, rng.int(2, 10) * 10);
  }
  ledger.sort((a, b) => Number(a.date) - Number(b.date));
  numberBy(ledger, 'entryNo', (fy, n) => `${fy}/${pad(n, 3)}`);
  return ledger;
}
