/**
 * A realistic demo fund, generated from a seed (no Math.random: same seed and dates, same book).
 *
 * Modelled on the seeds (Ban Don Chai, DOMAIN.md): a one-baht-a-day fund founded on
 * 15 Aug 2545 with about 60 founders, growing to about 300 members over six villages; entry fee
 * once, the annual fee every fiscal year (October), savings paid monthly on the village's
 * collection day, yearly in October, or irregularly; some members fall behind, resign, die or
 * lapse. The fund ledger holds matching money from the sub-district (อบต.) and from the state
 * via CODI (พอช.) from 2553 (the 1:1:1 matching policy), donations, bank interest, admin costs.
 * Welfare follows DEFAULT_BENEFITS (waiting periods, caps, tiers, arrears), so a correct book
 * has nothing for the checks to find, except these planted mistakes (PLANTED below):
 *   1. members   bad national-id checksum (last digit off by one)
 *   2. members   the same national id on two members
 *   3. members   an impossible join date typed as text ("31/2/2548")
 *   4. deposits  a receipt number used twice
 *   5. deposits  a date typed as text with a two-digit year ("5/3/61")
 *   6. deposits  an amount typed as text ("1,000 บาท")
 *   7. deposits  a member id that is on no member
 *   8. deposits  savings dated before the member joined
 *   9. deposits  the entry fee paid a second time
 *  10. welfare   a second death benefit for the same member
 *  11. welfare   sickness paid during the waiting period
 *  12. welfare   more nights than the per-event maximum (12 > 10)
 *  13. welfare   sickness paid after the member's death
 * Names, ids, phones and addresses are invented (national ids have valid checksums, except
 * mistake 1); any likeness to a real person is chance.
 */
import { addYears, dayFromYMD, daysInMonth, fiscalYearOf, fiscalYearStart, yearsBetween, ymdFromDay, BE_OFFSET, type DayNumber } from './dates';
import type { Lang } from './i18n';
import { nationalIdCheckDigit } from './parse';
import { CHOICES, SHEETS, type RecordSheetKey } from './schema';
import { benefitRows, DEFAULT_BENEFITS, type Benefit } from './settings';

export type DemoValue = string | number | null;
/** column key -> value; dates are DayNumbers (a string in a date column is a mistake typed as text). */
export type DemoRecord = Record<string, DemoValue>;

export interface PlantedMistake {
  /** Stable id, e.g. 'deposit.duplicate-receipt'. */
  id: string;
  sheet: RecordSheetKey;
  /** 1-based sheet row (row 1 is the header). */
  row: number;
  column: string;
  /** For developers and tests (English). */
  what: string;
}

export interface DemoOptions {
  seed?: number;
  /** Last day of the demo's records (default DEMO_UNTIL, so the book is the same every day). */
  until?: DayNumber;
  /** Language of the choice labels and benefit names (the same as set-up writes). */
  lang?: Lang;
}

export interface DemoFund {
  fundName: string;
  place: string;
  foundedDay: DayNumber;
  untilDay: DayNumber;
  villages: string[];
  members: DemoRecord[];
  deposits: DemoRecord[];
  welfare: DemoRecord[];
  ledger: DemoRecord[];
  mistakes: PlantedMistake[];
}

export const DEMO_SEED = 2545;
/** 30 Sep 2569 (end of fiscal year 2569). */
export const DEMO_UNTIL: DayNumber = dayFromYMD(2026, 9, 30)!;
const FOUNDED: DayNumber = dayFromYMD(2002, 8, 15)!;

// ----------------------------------------------------------------- random numbers

/** mulberry32: small, fast, good enough for demo data, and the same in every JS engine. */
class Rng {
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

const MALE = [
  'สมชาย', 'สมศักดิ์', 'บุญมี', 'ประเสริฐ', 'สุรชัย', 'วิชัย', 'ทองดี', 'คำปัน', 'อินสม', 'แก้วมูล',
  'จันทร์ตา', 'บุญเรือง', 'สมบูรณ์', 'ประยูร', 'สุวิทย์', 'มานพ', 'ชัยวัฒน์', 'อำนาจ', 'เสาร์แก้ว', 'คำแสน',
  'ศรีมูล', 'ธนากร', 'ณัฐพล', 'อนุชา', 'วีระ', 'ประพันธ์', 'สมพงษ์', 'บุญส่ง', 'หล้า', 'อุดม',
];
const FEMALE = [
  'บัวคำ', 'ศรีนวล', 'คำปุ่น', 'จันทร์เพ็ญ', 'บุญศรี', 'แสงเดือน', 'สมใจ', 'มาลี', 'พิมพ์ใจ', 'ดวงใจ',
  'อรทัย', 'สุภาพ', 'ประไพ', 'คำแปง', 'แก้วตา', 'บุญเรียม', 'สายสุนีย์', 'นงค์นุช', 'ลำดวน', 'ทองใบ',
  'จันทร์ทิพย์', 'วันเพ็ญ', 'กาญจนา', 'สุดารัตน์', 'พรทิพย์', 'อำไพ', 'เกษร', 'ศรีวรรณ', 'บุษบา', 'ผ่องศรี',
];
const SURNAMES = [
  'ใจดี', 'ศรีวงศ์', 'คำมูล', 'แก้วมา', 'อินต๊ะ', 'ปัญญาดี', 'ทาปัน', 'จันทร์แก้ว', 'บุญเรือง', 'สุขใจ',
  'ธิมา', 'วงศ์ใหญ่', 'ชัยมงคล', 'ไชยวงศ์', 'ปินตา', 'ยาวิชัย', 'ศรีสุข', 'กันทะ', 'คำอ้าย', 'ใจมา',
  'ตาคำ', 'อุ่นเรือน', 'เทพวงศ์', 'นันทะ', 'มณีวรรณ', 'สมปาน', 'ปัญโญ', 'ดวงแก้ว', 'เรือนคำ', 'ขัติยะ',
  'จินะ', 'วรรณสุข', 'สุวรรณ', 'ทองคำ', 'มาลัย', 'อ้ายแก้ว', 'ธรรมใจ', 'พรหมมินทร์', 'ดีเลิศ', 'สายสุข',
];
const VILLAGES = [
  { name: 'บ้านดอนแก้ว หมู่ 1', moo: 1, collectionDay: 5 },
  { name: 'บ้านป่าสัก หมู่ 2', moo: 2, collectionDay: 8 },
  { name: 'บ้านหนองบัว หมู่ 3', moo: 3, collectionDay: 10 },
  { name: 'บ้านสันติสุข หมู่ 4', moo: 4, collectionDay: 12 },
  { name: 'บ้านแม่ใส หมู่ 5', moo: 5, collectionDay: 15 },
  { name: 'บ้านทุ่งทอง หมู่ 6', moo: 6, collectionDay: 20 },
];
const FUND_NAME = 'กองทุนสวัสดิการชุมชนตำบลดอนแก้ว';
const PLACE = 'ต.ดอนแก้ว อ.เมืองพะเยา จ.พะเยา';
const TREASURERS: [number, string][] = [
  [2545, 'นางบุญศรี ศรีวงศ์'],
  [2553, 'นางสาวกาญจนา ปัญญาดี'],
  [2562, 'นายณัฐพล ใจมา'],
];
const COMMITTEE = 'คณะกรรมการกองทุน';

function treasurerFor(day: DayNumber): string {
  const be = ymdFromDay(day).y + BE_OFFSET;
  let who = TREASURERS[0][1];
  for (const [from, name] of TREASURERS) if (be >= from) who = name;
  return who;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function endOfMonth(day: DayNumber): DayNumber {
  const { y, m } = ymdFromDay(day);
  return dayFromYMD(y, m, daysInMonth(y, m))!;
}

/** The collection day of a month, moved to the month's end in short months. */
function collectionDayIn(y: number, m: number, dom: number): DayNumber {
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

type Habit = 'monthly' | 'yearly' | 'irregular';
type Fate = 'active' | 'arrears' | 'resigned' | 'deceased' | 'lapsed';

interface Person {
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

// ----------------------------------------------------------------- the generator

export function generateDemoFund(options: DemoOptions = {}): DemoFund {
  const rng = new Rng(options.seed ?? DEMO_SEED);
  const until = options.until ?? DEMO_UNTIL;
  const lang = options.lang ?? 'th';
  const label = (list: keyof typeof CHOICES, code: string): string => {
    const c = CHOICES[list].find((x) => x.code === code)!;
    return lang === 'th' ? c.th : c.en;
  };
  const nameAt = SHEETS.benefits.columns.findIndex((c) => c.key === 'name');
  const rows = benefitRows(lang);
  const benefitNames = new Map(DEFAULT_BENEFITS.map((b, i) => [b.code, String(rows[i][nameAt])]));
  const benefit = (code: string): Benefit => DEFAULT_BENEFITS.find((b) => b.code === code)!;

  const people = makeMembers(rng, until);
  for (const p of people) p.rec.status = label('memberStatus', String(p.rec.status));
  const deposits: DemoRecord[] = [];
  const depositKindOrder: Record<string, number> = { entry_fee: 0, annual_fee: 1, savings: 2 };
  const addDeposit = (day: DayNumber, p: Person, kind: 'entry_fee' | 'annual_fee' | 'savings', amount: DemoValue, yearCovered: number | null) => {
    deposits.push({
      receiptNo: null,
      date: day,
      memberId: p.id,
      kind: label('depositKind', kind),
      amount,
      yearCovered,
      recordedBy: treasurerFor(day),
      note: null,
      _order: depositKindOrder[kind],
    });
  };
  for (const p of people) payDeposits(rng, p, until, addDeposit);

  const welfare: DemoRecord[] = [];
  const addWelfare = (day: DayNumber, code: string, memberId: string | null, project: string | null, units: number, amount: number, note: string | null) => {
    welfare.push({
      voucherNo: null,
      date: day,
      memberId,
      project,
      benefit: benefitNames.get(code)!,
      units,
      amount,
      approvedBy: COMMITTEE,
      note,
      overrideReason: null,
    });
  };
  payWelfare(rng, people, until, benefit, addWelfare);

  const ledger = makeLedger(rng, deposits, until, (code) => label('ledgerKind', code));

  // ---- planted mistakes (see the list at the top); rows are found by identity after sorting
  const planted = new Map<DemoRecord, Omit<PlantedMistake, 'row'>>();
  const plant = (rec: DemoRecord, m: Omit<PlantedMistake, 'row'>) => planted.set(rec, m);
  // Each mistake goes to a different member; a seed whose book has no fitting member skips it.
  const used = new Set<Person>();
  const fresh = (ok: (p: Person) => boolean): Person | undefined => {
    const list = people.filter((x) => !used.has(x) && ok(x));
    const p = list.length > 0 ? list[Math.floor(rng.next() * list.length)] : undefined;
    if (p) used.add(p);
    return p;
  };
  const withId = (p: Person) => typeof p.rec.nationalId === 'string' && p.rec.nationalId !== '';

  // 1. bad checksum
  const m1 = fresh((p) => withId(p) && p.fate === 'active');
  if (m1) {
    const nid = String(m1.rec.nationalId);
    m1.rec.nationalId = nid.slice(0, 12) + ((Number(nid[12]) + 1) % 10);
    plant(m1.rec, { id: 'member.nid-checksum', sheet: 'members', column: 'nationalId', what: 'national id with a wrong check digit' });
  }
  // 2. same national id on two members
  const m2a = fresh((p) => withId(p));
  const m2b = m2a && fresh((p) => withId(p) && p.village !== m2a.village);
  if (m2a && m2b) {
    m2b.rec.nationalId = m2a.rec.nationalId;
    plant(m2b.rec, { id: 'member.nid-duplicate', sheet: 'members', column: 'nationalId', what: `national id also on member ${m2a.id}` });
  }
  // 3. impossible join date typed as text
  // (a member with no welfare: a claim needs the join date, so it would be a second finding)
  const claimed = new Set(welfare.map((w) => w.memberId));
  const m3 = fresh((p) => p.fate === 'active' && ymdFromDay(p.joinDay).y + BE_OFFSET === 2548 && !claimed.has(p.id));
  if (m3) {
    m3.rec.joinDate = '31/2/2548';
    plant(m3.rec, { id: 'member.join-date-impossible', sheet: 'members', column: 'joinDate', what: 'join date 31/2/2548 does not exist' });
  }

  // 7. unknown member id
  const ghost = { ...people[0], id: pad(people.length + 57, 4) } as Person;
  const d7day = until - rng.int(30, 200);
  addDeposit(collectionDayIn(ymdFromDay(d7day).y, ymdFromDay(d7day).m, 10), ghost, 'savings', 30, null);
  plant(deposits[deposits.length - 1], { id: 'deposit.unknown-member', sheet: 'deposits', column: 'memberId', what: `member id ${ghost.id} is on no member` });
  // 8. savings before joining
  const m8 = fresh((p) => p.joinDay > FOUNDED + 400 && p.fate === 'active' && p.habit === 'monthly');
  if (m8) {
    addDeposit(m8.joinDay - 20, m8, 'savings', 20, null);
    plant(deposits[deposits.length - 1], { id: 'deposit.before-join', sheet: 'deposits', column: 'date', what: `savings of ${m8.id} dated 20 days before joining` });
  }
  // 9. entry fee twice
  const m9 = fresh((p) => p.fate === 'active' && p.joinDay + 400 < until && p.habit === 'monthly');
  if (m9) {
    const year = ymdFromDay(m9.joinDay + 365);
    addDeposit(collectionDayIn(year.y, year.m, m9.village.collectionDay), m9, 'entry_fee', 50, null);
    plant(deposits[deposits.length - 1], { id: 'deposit.entry-fee-twice', sheet: 'deposits', column: 'kind', what: `second entry fee for ${m9.id}` });
  }
  // 6. amount typed as text (a catch-up payment)
  const m6 = fresh((p) => p.fate === 'active' && p.habit === 'irregular' && p.joinDay + 800 < until);
  if (m6) {
    const month = ymdFromDay(until - 120);
    addDeposit(collectionDayIn(month.y, month.m, m6.village.collectionDay), m6, 'savings', '1,000 บาท', null);
    plant(deposits[deposits.length - 1], { id: 'deposit.amount-text', sheet: 'deposits', column: 'amount', what: 'amount typed as text "1,000 บาท"' });
  }

  // 10. second death benefit
  const deathName = benefitNames.get('death')!;
  const deathRows = welfare.filter((w) => w.benefit === deathName);
  if (deathRows.length > 0) {
    const firstDeath = deathRows[Math.floor(rng.next() * deathRows.length)];
    const again = { ...firstDeath, date: Number(firstDeath.date) + 14 };
    welfare.push(again);
    plant(again, { id: 'welfare.death-twice', sheet: 'welfare', column: 'benefit', what: `second death benefit for ${firstDeath.memberId}` });
  }
  // 11. sickness during the waiting period
  const m11 = fresh((p) => p.fate === 'active' && p.joinDay > FOUNDED + 1000 && p.joinDay + 40 < until);
  if (m11) {
    addWelfare(m11.joinDay + 40, 'sickness', m11.id, null, 2, 200, null);
    plant(welfare[welfare.length - 1], { id: 'welfare.waiting-period', sheet: 'welfare', column: 'date', what: `sickness paid 40 days after ${m11.id} joined (wait 180)` });
  }
  // 12. more nights than allowed per event
  const m12 = fresh((p) => p.fate === 'active' && p.habit === 'yearly' && p.joinDay + 800 < until);
  if (m12) {
    addWelfare(until - rng.int(20, 60), 'sickness', m12.id, null, 12, 1200, null);
    plant(welfare[welfare.length - 1], { id: 'welfare.units-over-max', sheet: 'welfare', column: 'units', what: '12 nights when at most 10 per event' });
  }
  // 13. sickness after death
  const m13 = fresh((p) => p.fate === 'deceased' && p.statusDay !== null && p.statusDay + 60 < until);
  if (m13 && m13.statusDay !== null) {
    addWelfare(m13.statusDay + rng.int(20, 50), 'sickness', m13.id, null, 3, 300, null);
    plant(welfare[welfare.length - 1], { id: 'welfare.after-death', sheet: 'welfare', column: 'date', what: `sickness paid after ${m13.id} died` });
  }

  // ---- sort, number, then the mistakes that change a numbered row in place
  deposits.sort((a, b) => Number(a.date) - Number(b.date) || String(a.memberId).localeCompare(String(b.memberId)) || Number(a._order) - Number(b._order));
  numberBy(deposits, 'receiptNo', (fy, n) => `${fy}/${pad(n, 4)}`);
  for (const d of deposits) delete d._order;
  welfare.sort((a, b) => Number(a.date) - Number(b.date) || String(a.memberId ?? '').localeCompare(String(b.memberId ?? '')));
  numberBy(welfare, 'voucherNo', (fy, n) => `${fy}/${pad(n, 3)}`);

  // 4. a receipt number used twice (copied from the row above)
  const savingsLabel = label('depositKind', 'savings');
  const i4 = findIndexFrom(deposits, Math.floor(deposits.length * 0.6), (d) => d.kind === savingsLabel && !planted.has(d));
  deposits[i4].receiptNo = deposits[i4 - 1].receiptNo;
  plant(deposits[i4], { id: 'deposit.duplicate-receipt', sheet: 'deposits', column: 'receiptNo', what: `receipt ${deposits[i4].receiptNo} used twice` });
  // 5. a date typed as text with a two-digit year
  const i5 = findIndexFrom(deposits, Math.floor(deposits.length * 0.75), (d) => d.kind === savingsLabel && !planted.has(d));
  const ymd5 = ymdFromDay(Number(deposits[i5].date));
  deposits[i5].date = `${ymd5.d}/${ymd5.m}/${pad((ymd5.y + BE_OFFSET) % 100, 2)}`;
  plant(deposits[i5], { id: 'deposit.two-digit-year', sheet: 'deposits', column: 'date', what: `date typed as "${deposits[i5].date}"` });

  const members = people.map((p) => p.rec);
  const rowsOf = (key: RecordSheetKey, list: DemoRecord[]): PlantedMistake[] =>
    list.flatMap((rec, i) => {
      const m = planted.get(rec);
      return m && m.sheet === key ? [{ ...m, row: i + 2 }] : [];
    });
  const mistakes = [...rowsOf('members', members), ...rowsOf('deposits', deposits), ...rowsOf('welfare', welfare)];

  return {
    fundName: FUND_NAME,
    place: PLACE,
    foundedDay: FOUNDED,
    untilDay: until,
    villages: VILLAGES.map((v) => v.name),
    members,
    deposits,
    welfare,
    ledger,
    mistakes,
  };
}

function findIndexFrom(list: DemoRecord[], from: number, ok: (r: DemoRecord) => boolean): number {
  for (let i = Math.max(1, from); i < list.length; i++) if (ok(list[i])) return i;
  throw new Error('demo: no row to plant a mistake in');
}

/** Numbers rows per fiscal year in date order: 2567/0001, 2567/0002, … */
function numberBy(list: DemoRecord[], key: string, format: (fy: number, n: number) => string): void {
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

function makeMembers(rng: Rng, until: DayNumber): Person[] {
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
  const village = rng.weighted(VILLAGES.map((v, i) => [v, [24, 18, 16, 15, 14, 13][i]] as [(typeof VILLAGES)[number], number]));
  const female = rng.chance(0.56);
  const child = rng.chance(0.07);
  const ageAtJoin = child ? rng.int(3, 14) : rng.weighted<number>([[rng.int(20, 39), 30], [rng.int(40, 59), 45], [rng.int(60, 78), 25]]);
  const birthDay = addYears(joinDay, -ageAtJoin) - rng.int(0, 364);
  const title = child ? (female ? 'ด.ญ.' : 'ด.ช.') : female ? rng.weighted<string>([['นาง', 75], ['นางสาว', 25]]) : 'นาย';
  const surname = rng.pick(SURNAMES);
  const name = `${title}${rng.pick(female ? FEMALE : MALE)} ${surname}`;
  const house = rng.chance(0.2) ? `${rng.int(1, 180)}/${rng.int(1, 5)}` : String(rng.int(1, 180));
  const relation = child ? rng.pick(['บิดา', 'มารดา']) : rng.pick(['บุตร', 'บุตร', 'คู่สมรส', 'หลาน', 'พี่น้อง']);
  const heir = rng.chance(0.5);
  const beneficiary = rng.chance(0.75) ? `${heir ? 'นาง' : 'นาย'}${rng.pick(heir ? FEMALE : MALE)} ${surname} (${relation})` : null;
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
    habit: rng.weighted<Habit>([['monthly', 55], ['yearly', 30], ['irregular', 15]]),
    fate: finalFate,
    stopDay,
    statusDay,
    disabled: !child && rng.chance(0.015),
    savings: [],
    feesPaid: new Map(),
  };
}

type AddDeposit = (day: DayNumber, p: Person, kind: 'entry_fee' | 'annual_fee' | 'savings', amount: DemoValue, yearCovered: number | null) => void;

/**
 * A member's payments. Savings keep a paid-through day (join + baht paid, at 1 baht a day):
 * monthly payers pay up to the end of each month on the collection day (sometimes two months at
 * once), yearly payers pay the whole fiscal year in October, irregular payers every 2–4 months.
 */
function payDeposits(rng: Rng, p: Person, until: DayNumber, add: AddDeposit): void {
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

type AddWelfare = (day: DayNumber, code: string, memberId: string | null, project: string | null, units: number, amount: number, note: string | null) => void;

function payWelfare(rng: Rng, people: Person[], until: DayNumber, benefit: (code: string) => Benefit, add: AddWelfare): void {
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
        const nights = rng.weighted<number>([[1, 10], [2, 25], [3, 25], [4, 15], [5, 10], [7, 8], [10, 7]]);
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
function makeLedger(rng: Rng, deposits: DemoRecord[], until: DayNumber, kind: (code: string) => string): DemoRecord[] {
  const depositsByFy = new Map<number, number>();
  for (const d of deposits) {
    const fy = fiscalYearOf(Number(d.date));
    depositsByFy.set(fy, (depositsByFy.get(fy) ?? 0) + Number(d.amount));
  }
  const ledger: DemoRecord[] = [];
  const add = (day: DayNumber, code: string, source: string, round: string | null, amount: number, note: string | null = null) => {
    if (day > until || day < FOUNDED) return;
    ledger.push({ entryNo: null, date: day, kind: kind(code), source, round, amount, recordedBy: treasurerFor(day), note });
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
        add(on(fy, 5, rng.int(1, 28)), 'matching_state', 'สถาบันพัฒนาองค์กรชุมชน (พอช.)', '1/1', state, 'สมทบตามนโยบาย 1:1:1');
        balance += state;
      }
    }
    if (rng.chance(0.6)) {
      const amount = rng.int(5, 40) * 1000 + rng.pick([0, 0, 250, 520, 999]);
      add(on(fy - 1, 11, rng.int(1, 28)), 'donation', 'ผ้าป่าสามัคคีเพื่อกองทุนสวัสดิการ', null, amount);
      balance += amount;
    }
    for (const [be, month] of [[fy - 1, 12], [fy, 6]] as [number, number][]) {
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
    if (rng.chance(0.3)) add(on(fy, rng.int(1, 9), rng.int(1, 28)), 'other_expense', 'ค่าธรรมเนียมธนาคาร', null, rng.int(2, 10) * 10);
  }
  ledger.sort((a, b) => Number(a.date) - Number(b.date));
  numberBy(ledger, 'entryNo', (fy, n) => `${fy}/${pad(n, 3)}`);
  return ledger;
}
