/**
 * The Ban Don Chai report (seed 001, docs/DOMAIN.md), rebuilt: a book made to match the group's figures
 * up to February 2007 (พ.ศ. 2550) goes through the BUILT add-on, and the fund-status sheet must
 * show exactly the report's numbers.
 */
import { dateFromDay, dayFromYMD } from '../../src/core/dates';
import type { Runtime } from '../../src/local/runtime';
import { fill, newBook, sheetValues, type Row } from './book';
import { callCli } from '../../src/local/addon';

const day = (d: number, m: number, yBE: number) => dayFromYMD(yBE - 543, m, d) as number;
const FOUNDED = day(15, 8, 2545);
const AS_OF = day(28, 2, 2550);

/** The report's welfare lines: benefit name on the sheet, cases, baht, and how to split the baht. */
const WELFARE: { name: string; cases: number; baht: number; amounts: number[]; project?: string }[] = [
  { name: 'ค่าทำขวัญบุตร', cases: 14, baht: 7000, amounts: Array(14).fill(500) },
  { name: 'ค่าเยี่ยมไข้', cases: 432, baht: 152000, amounts: [...Array(400).fill(350), ...Array(32).fill(375)] },
  { name: 'เงินสงเคราะห์ (เสียชีวิต)', cases: 129, baht: 1064778, amounts: [...Array(128).fill(8254), 8266] },
  { name: 'ผู้ด้อยโอกาส/พิการ', cases: 4, baht: 2006, amounts: [500, 500, 500, 506] },
  { name: 'เพื่อการศึกษา', cases: 5, baht: 13610, amounts: Array(5).fill(2722) },
  { name: 'วิสาหกิจชุมชน', cases: 1, baht: 20000, amounts: [20000], project: 'วิสาหกิจชุมชนทอผ้า' },
  { name: 'ร้านค้าชุมชน', cases: 1, baht: 100000, amounts: [100000], project: 'ร้านค้าชุมชนบ้านดอนไชย' },
];

function buildBook(rt: Runtime): void {
  // 262 founders on 15 Aug 2545, 2,548 more up to the as-of date; 129 of them have died.
  const members: Row[] = [];
  const joins: number[] = [];
  const span = AS_OF - FOUNDED - 30;
  for (let i = 0; i < 2810; i++) {
    const join = i < 262 ? FOUNDED : FOUNDED + 1 + Math.floor(((i - 262) * span) / 2548);
    joins.push(join);
    const dead = i % 20 === 7 && i < 2580;
    members.push({
      memberId: `D${String(i + 1).padStart(4, '0')}`,
      name: `สมาชิก ${i + 1}`,
      village: `หมู่ ${1 + (i % 9)}`,
      joinDate: dateFromDay(join),
      status: dead ? 'เสียชีวิต' : 'ปกติ',
      statusDate: dead ? dateFromDay(join + 20) : '',
    });
  }
  const deceased = members.map((m, i) => ({ m, i })).filter((x) => x.m.status === 'เสียชีวิต');
  expect(deceased).toHaveLength(129);
  fill(rt, 'members', members);

  const deposits: Row[] = [];
  let receipt = 0;
  const dep = (i: number, offset: number, kind: string, amount: number, year?: number) =>
    deposits.push({
      receiptNo: `R${++receipt}`,
      date: dateFromDay(Math.min(AS_OF, joins[i] + offset)),
      memberId: members[i].memberId,
      kind,
      amount,
      yearCovered: year ?? '',
    });
  // Entry fees: 133,782 (not 50 × members: 2,675 paid 50, one paid 32, the rest nothing recorded).
  for (let i = 0; i < 2675; i++) dep(i, 0, 'ค่าสมัคร', 50);
  dep(2675, 0, 'ค่าสมัคร', 32);
  // Annual fees: 8,657 × 50 = 432,850, members in turn, a year apart.
  for (let n = 0; n < 8657; n++) dep(n % 2810, 365 * Math.floor(n / 2810), 'ค่าบำรุงรายปี', 50);
  // One-baht-a-day savings: 5,900 × 365 + 232 = 2,153,732.
  for (let n = 0; n < 5900; n++) dep(n % 2810, 10 + Math.floor(n / 2810) * 200, 'เงินออม', 365);
  dep(5, 15, 'เงินออม', 232);
  fill(rt, 'deposits', deposits);

  const welfare: Row[] = [];
  let voucher = 0;
  let next = 0;
  for (const w of WELFARE) {
    w.amounts.forEach((amount, k) => {
      const isDeath = w.name.startsWith('เงินสงเคราะห์');
      const who = isDeath ? deceased[k].i : (next++ * 7) % 2810;
      welfare.push({
        voucherNo: `V${++voucher}`,
        date: dateFromDay(w.project ? day(1, 6, 2549) : Math.min(AS_OF, joins[who] + (isDeath ? 25 : 200))),
        memberId: w.project ? '' : members[who].memberId,
        project: w.project ?? '',
        benefit: w.name,
        units: 1,
        amount,
      });
    });
    expect(w.amounts.reduce((a, b) => a + b, 0)).toBe(w.baht);
    expect(w.amounts).toHaveLength(w.cases);
  }
  fill(rt, 'welfare', welfare);
}

test('the fund-status sheet shows the Ban Don Chai report to the baht', async () => {
  const rt = await newBook();
  buildBook(rt);
  const result = callCli(rt, 'buildSummariesWith', { asOf: '28 ก.พ. 2550', period: 'fiscal' }).value;
  expect(result.asOf).toBe('28/02/2550');

  const values = sheetValues(rt, 'ฐานะกองทุน');
  const row = (label: string) => {
    const r = values.find((v) => v[0] === label);
    if (!r) throw new Error(`no line "${label}" on the fund-status sheet`);
    return r;
  };
  // Income since the start: column C.
  expect(row('ค่าสมัคร')[2]).toBe(133782);
  expect(row('ค่าบำรุงรายปี')[2]).toBe(432850);
  expect(row('เงินออม')[2]).toBe(2153732);
  expect(row('รวมเงินของสมาชิก')[2]).toBe(2720364);
  expect(row('รวมรายรับ')[2]).toBe(2720364);
  // Welfare by type since the start: cases (B) and baht (C).
  for (const w of WELFARE) expect([w.name, row(w.name)[1], row(w.name)[2]]).toEqual([w.name, w.cases, w.baht]);
  expect(row('รวมสวัสดิการ')[2]).toBe(1359394);
  expect(row('เงินกองทุนคงเหลือ ณ วันที่ข้อมูล')[2]).toBe(2720364 - 1359394);
  // Members: 262 at the start, 2,681 on the as-of date.
  expect(row('สมาชิกเมื่อเริ่ม (กองทุน / ช่วงรายงาน)')[1]).toBe(262);
  expect(row('สมาชิกคงอยู่ ณ วันที่ข้อมูล')[1]).toBe(2681);
  expect(row('เสียชีวิต')[1]).toBe(129);
  expect(row('สมัครใหม่')[1]).toBe(2548);
  // The same figures come back to the command line.
  expect(result.fundStatus).toMatchObject({
    entryFees: 133782,
    annualFees: 432850,
    savings: 2153732,
    memberContributions: 2720364,
    welfarePaid: 1359394,
    activeNow: 2681,
  });
  // Shown with thousands separators.
  const sheet = rt.spreadsheet.getSheetByName('ฐานะกองทุน')!;
  const r = values.findIndex((v) => v[0] === 'เงินออม') + 1;
  expect(sheet.getRange(r, 3).getDisplayValue()).toBe('2,153,732.00');
}, 120000);
