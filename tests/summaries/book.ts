/** Fund books in the offline runtime for the bundle tests: set up by the add-on, then filled directly. */
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { fillRecords, type RecordRow } from '../../src/local/fill-records';
import { callMenu } from '../../src/local/addon';

const BANGKOK_MS = 7 * 3600e3;

/** Midnight in Bangkok of a พ.ศ. date, as a date cell holds it. */
export function cellDate(d: number, m: number, yBE: number): Date {
  return new Date(Date.UTC(yBE - 543, m - 1, d) - BANGKOK_MS);
}

/** The sheets buildSummaries writes, in order. */
export const SUMMARY_SHEETS = [
  'ฐานะกองทุน',
  'สรุปรายเดือน',
  'สรุปตามสวัสดิการ',
  'สรุปตามหมู่บ้าน',
  'รายงานเงินสมทบ',
  'ค้างชำระ',
  'รายการของสมาชิก',
];

export type Row = RecordRow;

/** Appends rows given as {columnKey: value} under a record sheet's header, in one write. */
export const fill = fillRecords;

export async function newBook(): Promise<Runtime> {
  const rt = await loadBundle();
  callMenu(rt, 'setupFundBook');
  return rt;
}

/** Every value of a sheet (header included), read outside any measured operation. */
export function sheetValues(rt: Runtime, name: string): unknown[][] {
  const sh = rt.spreadsheet.getSheetByName(name);
  if (!sh || sh.getLastRow() === 0) return [];
  return sh.getRange(1, 1, sh.getLastRow(), sh.getLastColumn()).getValues();
}

/** A small fund: 40 members in 4 villages, `deposits` deposit rows spread over 2564–2566. */
export async function smallFund(deposits: number): Promise<Runtime> {
  const rt = await newBook();
  const members: Row[] = [];
  for (let i = 1; i <= 40; i++) {
    members.push({
      memberId: `M${i}`,
      name: `สมาชิก ${i}`,
      village: `หมู่ ${1 + (i % 4)}`,
      joinDate: cellDate(1 + (i % 28), 1 + (i % 12), 2563),
      status: 'ปกติ',
    });
  }
  fill(rt, 'members', members);
  const rows: Row[] = [];
  for (let i = 0; i < deposits; i++) {
    rows.push({
      receiptNo: `R${i + 1}`,
      date: cellDate(1 + (i % 28), 1 + (i % 12), 2564 + (i % 3)),
      memberId: `M${1 + (i % 40)}`,
      kind: i < 40 ? 'ค่าสมัคร' : i % 9 === 0 ? 'ค่าบำรุงรายปี' : 'เงินออม',
      amount: i < 40 || i % 9 === 0 ? 50 : 30,
    });
  }
  fill(rt, 'deposits', rows);
  fill(rt, 'welfare', [
    { voucherNo: 'V1', date: cellDate(5, 5, 2565), memberId: 'M3', benefit: 'ค่าเยี่ยมไข้', units: 3, amount: 300 },
    { voucherNo: 'V2', date: cellDate(6, 6, 2566), memberId: 'M4', benefit: 'ค่าทำขวัญบุตร', units: 1, amount: 500 },
  ]);
  fill(rt, 'ledger', [
    {
      entryNo: 'L1',
      date: cellDate(5, 3, 2565),
      kind: 'เงินสมทบจาก อปท.',
      source: 'อบต.ดอนไชย',
      round: '1',
      amount: 10000,
    },
    { entryNo: 'L2', date: cellDate(5, 4, 2566), kind: 'ค่าใช้จ่ายบริหาร', source: 'ค่าเครื่องเขียน', amount: 450 },
  ]);
  return rt;
}
