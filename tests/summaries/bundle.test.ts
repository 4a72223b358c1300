/**
 * Summaries through the BUILT dist/Code.js in the offline runtime: what is written, stamped,
 * protected and charted; that the record sheets are only read; and that service calls do not
 * grow with the number of rows.
 */
import type { Runtime } from '../../src/local/runtime';
import { bookInfo } from '../../src/local/playground/snapshot';
import { SUMMARY_SHEETS, sheetValues, smallFund as fundBook } from './book';
import { callCli, callMenu } from '../../src/local/addon';
import type { BuildSummariesResult } from '../../src/addon/summaries/build';

const RECORD_SHEETS = ['สมาชิก', 'เงินฝาก', 'สวัสดิการ', 'บัญชีกองทุน', 'ตั้งค่า', 'ตั้งค่าสวัสดิการ'];

describe('buildSummariesWith on the built bundle', () => {
  let rt: Runtime;
  let before: Record<string, unknown[][]>;
  let result: BuildSummariesResult;

  beforeAll(async () => {
    rt = await fundBook(300);
    before = Object.fromEntries(RECORD_SHEETS.map((n) => [n, sheetValues(rt, n)]));
    result = callCli(rt, 'buildSummariesWith', { asOf: '31/12/2566', period: 'fiscal' }).value;
  });

  test('writes the seven summary sheets and says which, with the as-of date in พ.ศ.', () => {
    expect(result.sheets).toEqual(SUMMARY_SHEETS);
    expect(result.asOf).toBe('31/12/2566');
    expect(result.period).toBe('fiscal');
    for (const name of SUMMARY_SHEETS) expect(rt.spreadsheet.getSheetByName(name)).not.toBeNull();
  });

  test('each sheet is stamped with its as-of date and build time, and protected with a warning only', () => {
    for (const name of SUMMARY_SHEETS) {
      const sheet = rt.spreadsheet.getSheetByName(name)!;
      expect(String(sheet.getRange(1, 1).getValue())).toMatch(
        /^ข้อมูล ณ วันที่ 31 ธ.ค. 2566 · สร้างเมื่อ \d{1,2} \S+ \d{4} \d\d:\d\d$/,
      );
      const protections = sheet.getProtections('SHEET');
      expect(protections).toHaveLength(1);
      expect(protections[0].isWarningOnly()).toBe(true);
    }
  });

  test('the record sheets are only read: every value is as it was', () => {
    for (const name of RECORD_SHEETS) expect(sheetValues(rt, name)).toEqual(before[name]);
  });

  test('charts: the balance by month as a line over the month and balance columns, welfare by benefit as columns', () => {
    const monthly = rt.spreadsheet.getSheetByName('สรุปรายเดือน')!;
    const [line] = monthly.getCharts();
    expect(monthly.getCharts()).toHaveLength(1);
    expect(line.getType()).toBe('LINE');
    const [labels, balance] = line.getRanges();
    const labelValues = labels.getValues().map((r) => r[0]);
    expect(labelValues[0]).toBe('เดือน');
    expect(labelValues[labelValues.length - 1]).toBe('ธ.ค. 2566');
    const balances = balance.getValues().map((r) => r[0]);
    expect(balances[0]).toBe('ยอดเงินกองทุนสะสม');
    expect(balances[balances.length - 1]).toBe(result.fundStatus.balance);

    const byBenefit = rt.spreadsheet.getSheetByName('สรุปตามสวัสดิการ')!;
    expect(byBenefit.getCharts()).toHaveLength(1);
    const [columns] = byBenefit.getCharts();
    expect(columns.getType()).toBe('COLUMN');
    const [names, baht] = columns.getRanges();
    const pairs = names.getValues().map((r, i) => [r[0], baht.getValues()[i][0]]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['ค่าเยี่ยมไข้', 300],
        ['ค่าทำขวัญบุตร', 500],
      ]),
    );
    expect(pairs[0]).toEqual(['สวัสดิการ', 'จำนวนเงิน (บาท)']);
  });

  test('the playground can draw both charts: labels and values as the sheet holds them', () => {
    const snap = bookInfo(rt);
    const monthly = snap.sheets.find((x) => x.name === 'สรุปรายเดือน')!.charts[0] as {
      type: string;
      title: string;
      labels: string[];
      series: { name: string; values: number[] }[];
    };
    expect(monthly.type).toBe('LINE');
    expect(monthly.title).toBe('เงินกองทุนคงเหลือรายเดือน (บาท)');
    expect(monthly.labels[monthly.labels.length - 1]).toBe('ธ.ค. 2566');
    expect(monthly.series).toHaveLength(1);
    expect(monthly.series[0].name).toBe('ยอดเงินกองทุนสะสม');
    expect(monthly.series[0].values).toHaveLength(monthly.labels.length);
    expect(monthly.series[0].values[monthly.labels.length - 1]).toBe(result.fundStatus.balance);
    const welfare = snap.sheets.find((x) => x.name === 'สรุปตามสวัสดิการ')!.charts[0] as typeof monthly;
    expect(welfare.type).toBe('COLUMN');
    const sickness = welfare.labels.indexOf('ค่าเยี่ยมไข้');
    expect(welfare.series[0].values[sickness]).toBe(300);
  });

  test('building again rewrites the sheets in place: same sheets, one chart each, no leftovers', () => {
    callCli(rt, 'buildSummariesWith', { asOf: '30/6/2566', period: 'calendar' });
    const names = rt.spreadsheet.getSheets().map((s) => s.getName());
    for (const n of SUMMARY_SHEETS) expect(names.filter((x) => x === n)).toHaveLength(1);
    expect(rt.spreadsheet.getSheetByName('สรุปรายเดือน')!.getCharts()).toHaveLength(1);
    expect(rt.spreadsheet.getSheetByName('สรุปตามสวัสดิการ')!.getCharts()).toHaveLength(1);
    const monthly = sheetValues(rt, 'สรุปรายเดือน');
    expect(monthly.some((r) => r[0] === 'ธ.ค. 2566')).toBe(false);
    expect(monthly.some((r) => r[0] === 'มิ.ย. 2566')).toBe(true);
    expect(String(monthly[3][0])).toContain('ปี พ.ศ. 2566');
  });

  test('the internal sheets say so above their table', () => {
    for (const name of ['ค้างชำระ', 'รายการของสมาชิก']) {
      expect(sheetValues(rt, name).some((r) => String(r[0]).startsWith('ข้อมูลภายในกองทุน'))).toBe(true);
    }
  });
});

describe('bad input', () => {
  test('an unreadable as-of date or an unknown period: a Thai message with English after it, and nothing written', async () => {
    const rt = await fundBook(50);
    const sheetsBefore = rt.spreadsheet.getSheets().map((s) => s.getName());
    expect(() => callCli(rt, 'buildSummariesWith', { asOf: '31/2/2566' })).toThrow(
      /วันที่ข้อมูล "31\/2\/2566" อ่านไม่ได้.*\(The as-of date "31\/2\/2566" cannot be read/s,
    );
    expect(() => callCli(rt, 'buildSummariesWith', { asOf: '1/1/66' })).toThrow(/สองหลัก.*two digits/s);
    expect(() => callCli(rt, 'buildSummariesWith', { period: 'monthly' })).toThrow(
      /ช่วงรายงาน "monthly" ไม่ถูกต้อง.*\(The period "monthly" is not valid/s,
    );
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
  });

  test("a sheet of the group's own with a summary's name is never overwritten, and no summary is half-written", async () => {
    const rt = await fundBook(50);
    const own = rt.spreadsheet.insertSheet('ฐานะกองทุน');
    own.getRange(1, 1, 1, 2).setValues([['ยอดยกมา', 1234]]);
    const sheetsBefore = rt.spreadsheet.getSheets().map((s) => s.getName());
    expect(() => callCli(rt, 'buildSummariesWith', {})).toThrow(/ฐานะกองทุน/);
    expect(own.getRange(1, 1, 1, 2).getValues()).toEqual([['ยอดยกมา', 1234]]);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
  });
});

test('the menu has "สร้างรายงานสรุป", and it builds as of today for the fiscal year and says so', async () => {
  const rt = await fundBook(50);
  rt.onOpen('FULL');
  const items = rt.ui.menus
    .flatMap((m) => m.items)
    .filter((i): i is { label: string; functionName: string } => 'functionName' in i);
  expect(items).toContainEqual({ label: 'สร้างรายงานสรุป', functionName: 'buildSummaries' });
  const res = callMenu(rt, 'buildSummaries');
  const toast = res.ui.find((e) => e.type === 'toast') as { message: string } | undefined;
  expect(toast?.message).toMatch(/^สร้างรายงานสรุป 7 แผ่นงาน \(ข้อมูล ณ วันที่ \d\d\/\d\d\/25\d\d\)$/);
  expect(String(sheetValues(rt, 'ฐานะกองทุน')[3][0])).toMatch(/^ช่วงรายงาน: ปีงบประมาณ 25\d\d/);
});

test('service calls are the same for 100 and 10,000 deposit rows', async () => {
  const small = await fundBook(100);
  const large = await fundBook(10000);
  const a = callCli(small, 'buildSummariesWith', { asOf: '31/12/2566' }).metrics;
  const b = callCli(large, 'buildSummariesWith', { asOf: '31/12/2566' }).metrics;
  expect(b.calls).toEqual(a.calls);
  expect(b.serviceCalls).toBe(a.serviceCalls);
  // One read of each source sheet, one write of values per summary sheet.
  expect(a.calls['Range.getValues']).toBe(6);
  expect(a.calls['Range.setValues']).toBe(7);
  expect(b.cellsRead).toBeGreaterThan(a.cellsRead);
}, 120000);
