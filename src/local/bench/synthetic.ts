/**
 * Synthetic fund books for the benchmark: 3,000 members over 8 villages and any number of deposit
 * rows, filled straight into the runtime's sheets (outside any measured operation). The book is
 * first set up by the add-on itself, so headers and settings are exactly what a real book has.
 */
import type { Runtime } from '../runtime';
import { fillRecords as fill } from '../fill-records';

const BANGKOK_MS = 7 * 3600e3;
const DAY_MS = 86400e3;

/** Deterministic PRNG (mulberry32): the same book every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const memberId = (index: number) => `M${String(index + 1).padStart(5, '0')}`;
/** A calendar day (days since 1970-01-01) as the Date a sheet cell holds: midnight in Bangkok. */
const dateOf = (day: number) => new Date(day * DAY_MS - BANGKOK_MS);
/** The fiscal year (1 Oct – 30 Sep) a day falls in, named by its ending พ.ศ. year. */
function fiscalYearBE(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() + 543 + (d.getUTCMonth() >= 9 ? 1 : 0);
}
const fiscalYearStartDay = (yearBE: number) => Date.UTC(yearBE - 543 - 1, 9, 1) / DAY_MS;

/** Midnight in Bangkok of a CE date, as Sheets would hand it back. */
function bkk(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - BANGKOK_MS);
}

export interface SyntheticSize {
  members: number;
  deposits: number;
}

export function buildSyntheticBook(rt: Runtime, size: SyntheticSize, seed = 42): void {
  rt.call('setupFundBook');
  const rand = prng(seed);
  const villages = ['บ้านดอนไชย', 'บ้านนาแก้ว', 'บ้านท่าผา', 'บ้านต้า', 'บ้านพระบาท', 'บ้านศรีบุญเรือง', 'บ้านนาก่วม', 'บ้านเอื้อม'];
  // A book as a careful secretary keeps it: money dated after joining, one entry fee each, annual
  // fees one per fiscal year in order, savings sized to keep each member roughly paid up, and
  // sickness visits after the waiting period. The checks then measure reading and rules, not the
  // cost of reporting a mistake on every row.
  const END = Date.UTC(2025, 8, 30) / DAY_MS; // 30 Sep 2025 (พ.ศ. 2568), the last day of the book
  const members: Record<string, unknown>[] = [];
  const joinDays: number[] = [];
  for (let i = 1; i <= size.members; i++) {
    const day = Date.UTC(2002 + Math.floor(rand() * 20), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)) / DAY_MS;
    joinDays.push(day);
    members.push({
      memberId: memberId(i - 1),
      name: `สมาชิก ทดสอบ ${i}`,
      village: villages[i % villages.length],
      joinDate: dateOf(day),
      status: 'ปกติ',
    });
  }
  fill(rt, 'members', members);

  const perMember = Math.max(1, (size.deposits - size.members) / size.members);
  const feeYearNext = joinDays.map((d) => fiscalYearBE(d));
  const deposits: Record<string, unknown>[] = new Array(size.deposits);
  for (let i = 0; i < size.deposits; i++) {
    const m = i < size.members ? i : Math.floor(rand() * size.members);
    const join = joinDays[m];
    const span = END - join;
    let kind = i < size.members ? 'ค่าสมัคร' : rand() < 0.12 ? 'ค่าบำรุงรายปี' : 'เงินออม';
    let day = i < size.members ? join : join + Math.floor(rand() * span);
    let yearCovered: number | '' = '';
    if (kind === 'ค่าบำรุงรายปี') {
      if (feeYearNext[m] > fiscalYearBE(END)) kind = 'เงินออม';
      else {
        yearCovered = feeYearNext[m]++;
        day = Math.max(join, fiscalYearStartDay(yearCovered));
      }
    }
    // Savings of 1 baht a day, in payments sized so each member stays about paid up.
    const savings = Math.max(10, Math.ceil(span / perMember / 10) * 10);
    deposits[i] = {
      receiptNo: `R${String(i + 1).padStart(7, '0')}`,
      date: dateOf(day),
      memberId: memberId(m),
      kind,
      amount: kind === 'เงินออม' ? savings : 50,
      yearCovered,
      recordedBy: 'เลขา',
    };
  }
  fill(rt, 'deposits', deposits);

  const welfare: Record<string, unknown>[] = [];
  const nWelfare = Math.max(50, Math.floor(size.deposits / 100));
  for (let i = 0; i < nWelfare; i++) {
    const m = Math.floor(rand() * size.members);
    const first = joinDays[m] + 200;
    if (first >= END) continue;
    welfare.push({
      voucherNo: `V${String(i + 1).padStart(6, '0')}`,
      date: dateOf(first + Math.floor(rand() * (END - first))),
      memberId: memberId(m),
      benefit: 'ค่าเยี่ยมไข้',
      units: 1,
      amount: 100,
      approvedBy: 'ประธาน',
    });
  }
  fill(rt, 'welfare', welfare);

  const ledger: Record<string, unknown>[] = [];
  for (let y = 2015; y <= 2025; y++) {
    ledger.push({
      entryNo: `L${y}a`,
      date: bkk(y, 3, 15),
      kind: 'เงินสมทบจาก อปท.',
      source: 'เทศบาลตำบล',
      round: '1',
      amount: 100000,
    });
    ledger.push({
      entryNo: `L${y}b`,
      date: bkk(y, 6, 15),
      kind: 'เงินสมทบจากรัฐ/พอช.',
      source: 'พอช.',
      round: '1',
      amount: 80000,
    });
    ledger.push({ entryNo: `L${y}c`, date: bkk(y, 12, 20), kind: 'ค่าใช้จ่ายบริหาร', source: 'ค่าเครื่องเขียน', amount: 2500 });
  }
  fill(rt, 'ledger', ledger);
}
