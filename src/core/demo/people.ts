/**
 * The demo fund's people and places (see ../demo.ts): a seeded random generator, invented Thai
 * names, six villages with their collection days, and the members with their habits and fates.
 */
import {
  addYears,
  dayFromYMD,
  daysInMonth,
  fiscalYearOf,
  fiscalYearStart,
  yearsBetween,
  ymdFromDay,
  BE_OFFSET,
  type DayNumber,
} from '../dates';
import { nationalIdCheckDigit } from '../parse';
import type { DemoRecord } from './types';

/** 15 Aug 2545: the founding day of the seeds' Ban Don Chai fund. */
export const FOUNDED: DayNumber = dayFromYMD(2002, 8, 15)!;

// ----------------------------------------------------------------- random numbers

/** mulberry32: small, fast, good enough for demo data, and the same in every JS engine. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Weighted pick: weights need not sum to 1. */
  weighted<T>(items: readonly [T, number][]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [v, w] of items) {
      x -= w;
      if (x < 0) return v;
    }
    return items[items.length - 1][0];
  }
}

// ----------------------------------------------------------------- invented people and places

// prettier-ignore
const MALE = [
  'สมชาย', 'สมศักดิ์', 'บุญมี', 'ประเสริฐ', 'สุรชัย', 'วิชัย', 'ทองดี', 'คำปัน', 'อินสม', 'แก้วมูล',
  'จันทร์ตา', 'บุญเรือง', 'สมบูรณ์', 'ประยูร', 'สุวิทย์', 'มานพ', 'ชัยวัฒน์', 'อำนาจ', 'เสาร์แก้ว', 'คำแสน',
  'ศรีมูล', 'ธนากร', 'ณัฐพล', 'อนุชา', 'วีระ', 'ประพันธ์', 'สมพงษ์', 'บุญส่ง', 'หล้า', 'อุดม',
];
// prettier-ignore
const FEMALE = [
  'บัวคำ', 'ศรีนวล', 'คำปุ่น', 'จันทร์เพ็ญ', 'บุญศรี', 'แสงเดือน', 'สมใจ', 'มาลี', 'พิมพ์ใจ', 'ดวงใจ',
  'อรทัย', 'สุภาพ', 'ประไพ', 'คำแปง', 'แก้วตา', 'บุญเรียม', 'สายสุนีย์', 'นงค์นุช', 'ลำดวน', 'ทองใบ',
  'จันทร์ทิพย์', 'วันเพ็ญ', 'กาญจนา', 'สุดารัตน์', 'พรทิพย์', 'อำไพ', 'เกษร', 'ศรีวรรณ', 'บุษบา', 'ผ่องศรี',
];
// prettier-ignore
const SURNAMES = [
  'ใจดี', 'ศรีวงศ์', 'คำมูล', 'แก้วมา', 'อินต๊ะ', 'ปัญญาดี', 'ทาปัน', 'จันทร์แก้ว', 'บุญเรือง', 'สุขใจ',
  'ธิมา', 'วงศ์ใหญ่', 'ชัยมงคล', 'ไชยวงศ์', 'ปินตา', 'ยาวิชัย', 'ศรีสุข', 'กันทะ', 'คำอ้าย', 'ใจมา',
  'ตาคำ', 'อุ่นเรือน', 'เทพวงศ์', 'นันทะ', 'มณีวรรณ', 'สมปาน', 'ปัญโญ', 'ดวงแก้ว', 'เรือนคำ', 'ขัติยะ',
  'จินะ', 'วรรณสุข', 'สุวรรณ', 'ทองคำ', 'มาลัย', 'อ้ายแก้ว', 'ธรรมใจ', 'พรหมมินทร์', 'ดีเลิศ', 'สายสุข',
];
export const VILLAGES = [
  { name: 'บ้านดอนแก้ว หมู่ 1', moo: 1, collectionDay: 5 },
  { name: 'บ้านป่าสัก หมู่ 2', moo: 2, collectionDay: 8 },
  { name: 'บ้านหนองบัว หมู่ 3', moo: 3, collectionDay: 10 },
  { name: 'บ้านสันติสุข หมู่ 4', moo: 4, collectionDay: 12 },
  { name: 'บ้านแม่ใส หมู่ 5', moo: 5, collectionDay: 15 },
  { name: 'บ้านทุ่งทอง หมู่ 6', moo: 6, collectionDay: 20 },
];
export const FUND_NAME = 'กองทุนสวัสดิการชุมชนตำบลดอนแก้ว';
export const PLACE = 'ต.ดอนแก้ว อ.เมืองพะเยา จ.พะเยา';
const TREASURERS: [number, string][] = [
  [2545, 'นางบุญศรี ศรีวงศ์'],
  [2553, 'นางสาวกาญจนา ปัญญาดี'],
  [2562, 'นายณัฐพล ใจมา'],
];
export const COMMITTEE = 'คณะกรรมการกองทุน';

export function treasurerFor(day: DayNumber): string {
  const be = ymdFromDay(day).y + BE_OFFSET;
  let who = TREASURERS[0][1];
  for (const [from, name] of TREASURERS) if (be >= from) who = name;
  return who;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function endOfMonth(day: DayNumber): DayNumber {
  const { y, m } = ymdFromDay(day);
  return dayFromYMD(y, m, daysInMonth(y, m))!;
}

/** The collection day of a month, moved to the month's end in short months. */
export function collectionDayIn(y: number, m: number, dom: number): DayNumber {
  return dayFromYMD(y, m, Math.min(dom, daysInMonth(y, m)))!;
}

function nationalId(rng: Rng, birthDay: DayNumber): string {
  // Type 3: people already alive when ids began (1984); type 1: born later. Then the
  // registration office (56xx: Phayao), a book number, a sequence and the check digit.
  const type = ymdFromDay(birthDay).y < 1984 ? '3' : '1';
  const first12 = type + '56' + pad(rng.int(1, 9), 2) + pad(rng.int(0, 99999), 5) + pad(rng.int(1, 99), 2);
  return first12 + nationalIdCheckDigit(first12);
}

function phone(rng: Rng): string {
  const prefix = rng.pick(['081', '082', '084', '086', '087', '089', '091', '093', '095', '098', '061', '062']);
  const rest = pad(rng.int(0, 9999999), 7);
  return rng.chance(0.5) ? `${prefix}-${rest.slice(0, 3)}-${rest.slice(3)}` : prefix + rest;
}

// ----------------------------------------------------------------- members

export type Habit = 'monthly' | 'yearly' | 'irregular';
export type Fate = 'active' | 'arrears' | 'resigned' | 'deceased' | 'lapsed';

export interface Person {
  rec: DemoRecord;
  id: string;
  village: (typeof VILLAGES)[number];
  joinDay: DayNumber;
  birthDay: DayNumber;
  habit: Habit;
  fate: Fate;
  /** Last day the member pays anything (savings and fees). */
  stopDay: DayNumber;
  /** Status change (resigned/deceased/lapsed), or null. */
  statusDay: DayNumber | null;
  disabled: boolean;
  /** Savings payments in date order, for the paid-through date at any day. */
  savings: { day: DayNumber; amount: number }[];
  /** Fiscal years (B.E.) whose annual fee is paid, with the day paid. */
  feesPaid: Map<number, DayNumber>;
}

export function makeMembers(rng: Rng, until: DayNumber): Person[] {
  const joins: DayNumber[] = [];
  const founders = 62;
  for (let i = 0; i < founders; i++) joins.push(FOUNDED);
  // New members every fiscal year, most at the October meeting that opens the year.
  for (let fy = fiscalYearOf(FOUNDED) + 1; fy <= fiscalYearOf(until); fy++) {
    const start = fiscalYearStart(fy);
    const count = rng.int(7, 12);
    for (let i = 0; i < count; i++) {
      const day = rng.chance(0.4) ? start + rng.int(0, 30) : start + rng.int(0, 364);
      if (day <= until - 30) joins.push(day);
    }
  }
  joins.sort((a, b) => a - b);
  return joins.map((joinDay, i) => makePerson(rng, i + 1, joinDay, until));
}

function makePerson(rng: Rng, n: number, joinDay: DayNumber, until: DayNumber): Person {
  const village = rng.weighted(
    VILLAGES.map((v, i) => [v, [24, 18, 16, 15, 14, 13][i]] as [(typeof VILLAGES)[number], number]),
  );
  const female = rng.chance(0.56);
  const child = rng.chance(0.07);
  const ageAtJoin = child
    ? rng.int(3, 14)
    : rng.weighted<number>([
        [rng.int(20, 39), 30],
        [rng.int(40, 59), 45],
        [rng.int(60, 78), 25],
      ]);
  const birthDay = addYears(joinDay, -ageAtJoin) - rng.int(0, 364);
  const title = child
    ? female
      ? 'ด.ญ.'
      : 'ด.ช.'
    : female
      ? rng.weighted<string>([
          ['นาง', 75],
          ['นางสาว', 25],
        ])
      : 'นาย';
  const surname = rng.pick(SURNAMES);
  const name = `${title}${rng.pick(female ? FEMALE : MALE)} ${surname}`;
  const house = rng.chance(0.2) ? `${rng.int(1, 180)}/${rng.int(1, 5)}` : String(rng.int(1, 180));
  const relation = child ? rng.pick(['บิดา', 'มารดา']) : rng.pick(['บุตร', 'บุตร', 'คู่สมรส', 'หลาน', 'พี่น้อง']);
  const heir = rng.chance(0.5);
  const beneficiary = rng.chance(0.75)
    ? `${heir ? 'นาง' : 'นาย'}${rng.pick(heir ? FEMALE : MALE)} ${surname} (${relation})`
    : null;
  const id = pad(n, 4);

  const ageNow = yearsBetween(birthDay, until);
  const fate: Fate = rng.weighted<Fate>([
    ['active', 74],
    ['arrears', 7],
    ['resigned', 5],
    ['deceased', ageNow > 65 ? 30 : 3],
    ['lapsed', 4],
  ]);
  const span = until - joinDay;
  let stopDay = until;
  let statusDay: DayNumber | null = null;
  let finalFate = fate;
  if (fate === 'resigned' || fate === 'deceased') {
    if (span > 400) {
      statusDay = joinDay + rng.int(365, span - 20);
      stopDay = statusDay;
    } else finalFate = 'active';
  } else if (fate === 'lapsed') {
    if (span > 900) {
      stopDay = joinDay + rng.int(200, span - 500);
      statusDay = Math.min(until - 5, stopDay + 365 + rng.int(1, 90));
    } else finalFate = 'active';
  } else if (fate === 'arrears') {
    // Behind by 4–11 months: suspended from claiming, not yet lapsed (365 days).
    if (span > 500) stopDay = until - rng.int(120, 330);
    else finalFate = 'active';
  }
  const statusCode = finalFate === 'arrears' ? 'active' : finalFate;
  const rec: DemoRecord = {
    memberId: id,
    name,
    nationalId: rng.chance(0.88) ? nationalId(rng, birthDay) : null,
    birthDate: rng.chance(0.93) ? birthDay : null,
    village: village.name,
    address: `${house} หมู่ ${village.moo} ${PLACE}`,
    phone: child || rng.chance(0.3) ? null : phone(rng),
    joinDate: joinDay,
    status: statusCode,
    statusDate: statusDay,
    beneficiary,
    note: null,
  };
  return {
    rec,
    id,
    village,
    joinDay,
    birthDay,
    habit: rng.weighted<Habit>([
      ['monthly', 55],
      ['yearly', 30],
      ['irregular', 15],
    ]),
    fate: finalFate,
    stopDay,
    statusDay,
    disabled: !child && rng.chance(0.015),
    savings: [],
    feesPaid: new Map(),
  };
}
