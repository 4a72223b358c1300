/**
 * Synthetic fund books for the benchmark: 3,000 members over 8 villages and any number of deposit
 * rows, filled straight into the runtime's sheets (outside any measured operation). The book is
 * first set up by the add-on itself, so headers and settings are exactly what a real book has.
 */
import type { Runtime } from '../runtime';
import { SHEETS, matchHeaders, type RecordSheetKey } from '../../core/schema';

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

/** Midnight in Bangkok of a CE date, as Sheets would hand it back. */
function bkk(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - BANGKOK_MS);
}

export interface SyntheticSize {
  members: number;
  deposits: number;
}

/** Writes rows given as {columnKey: value} into a record sheet at the columns its header names. */
function fill(rt: Runtime, key: RecordSheetKey, rows: Record<string, unknown>[]): void {
  const def = SHEETS[key];
  const sheet = rt.spreadsheet.getSheetByName(def.th);
  if (!sheet) throw new Error(`sheet ${def.th} missing: did setup run?`);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const { index } = matchHeaders(def, header);
  const width = header.length;
  const keys = Object.keys(index);
  const block = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const line = new Array(width).fill('');
    const src = rows[r];
    for (const k of keys) if (src[k] !== undefined) line[index[k]] = src[k];
    block[r] = line;
  }
  // In chunks, so a million rows never sit twice in memory as objects and arrays.
  const chunk = 100000;
  const start = sheet.getLastRow() + 1;
  // The runtime (like Apps Script) refuses ranges past the sheet's last row: grow it first.
  const missing = start + block.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  for (let i = 0; i < block.length; i += chunk) {
    const part = block.slice(i, i + chunk);
    sheet.getRange(start + i, 1, part.length, width).setValues(part);
  }
}

export function buildSyntheticBook(rt: Runtime, size: SyntheticSize, seed = 42): void {
  rt.call('setupFundBook');
  const rand = prng(seed);
  const villages = ['บ้านดอนไชย', 'บ้านนาแก้ว', 'บ้านท่าผา', 'บ้านต้า', 'บ้านพระบาท', 'บ้านศรีบุญเรือง', 'บ้านนาก่วม', 'บ้านเอื้อม'];
  const members: Record<string, unknown>[] = [];
  const joinYears: number[] = [];
  for (let i = 1; i <= size.members; i++) {
    const y = 2002 + Math.floor(rand() * 20);
    joinYears.push(y);
    members.push({
      memberId: `M${String(i).padStart(5, '0')}`,
      name: `สมาชิก ทดสอบ ${i}`,
      village: villages[i % villages.length],
      joinDate: bkk(y, 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)),
      status: 'ปกติ',
    });
  }
  fill(rt, 'members', members);

  const deposits: Record<string, unknown>[] = new Array(size.deposits);
  for (let i = 0; i < size.deposits; i++) {
    const m = Math.floor(rand() * size.members);
    const y = Math.min(2025, joinYears[m] + Math.floor(rand() * 4));
    const kindPick = i < size.members ? 0 : rand();
    const kind = kindPick === 0 ? 'ค่าสมัคร' : kindPick < 0.15 ? 'ค่าบำรุงรายปี' : 'เงินออม';
    const id = i < size.members ? i : m;
    deposits[i] = {
      receiptNo: `R${String(i + 1).padStart(7, '0')}`,
      date: new Date(bkk(y, 1, 1).getTime() + Math.floor(rand() * 365) * DAY_MS),
      memberId: `M${String(id + 1).padStart(5, '0')}`,
      kind,
      amount: kind === 'เงินออม' ? 30 : 50,
      yearCovered: kind === 'ค่าบำรุงรายปี' ? y + 543 : '',
      recordedBy: 'เลขา',
    };
  }
  fill(rt, 'deposits', deposits);

  const welfare: Record<string, unknown>[] = [];
  const benefits = ['ค่าเยี่ยมไข้', 'ค่าทำขวัญบุตร', 'เพื่อการศึกษา'];
  const nWelfare = Math.max(50, Math.floor(size.deposits / 100));
  for (let i = 0; i < nWelfare; i++) {
    const m = Math.floor(rand() * size.members);
    welfare.push({
      voucherNo: `V${String(i + 1).padStart(6, '0')}`,
      date: bkk(2023 + Math.floor(rand() * 3), 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)),
      memberId: `M${String(m + 1).padStart(5, '0')}`,
      benefit: benefits[i % benefits.length],
      units: 1,
      amount: 500,
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
