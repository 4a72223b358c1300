/**
 * One amount rule for every amount the add-on reads, through the BUILT add-on: an amount above the
 * fund's plausibility ceiling (a setting) is a finding and is not counted, whole numbers included;
 * no Infinity reaches the summaries or the shared file; and a finding never echoes a huge cell.
 */
import type { Runtime } from '../../src/local/runtime';
import { cellDate, fill, newBook, sheetValues } from '../summaries/book';
import { callCli, callRpc } from '../../src/local/addon';

const REPORT = 'ผลการตรวจสอบ';
const NATIONAL_ID = 3560894039539;

/** A small fund: two members, a few ordinary deposits, and the given amounts on deposit rows. */
async function bookWith(amounts: unknown[]): Promise<Runtime> {
  const rt = await newBook();
  fill(rt, 'members', [
    { memberId: 'M1', name: 'นางคำ ใจดี', village: 'บ้านดอนไชย', joinDate: cellDate(1, 1, 2560), status: 'ปกติ' },
    { memberId: 'M2', name: 'นายแก้ว ดีงาม', village: 'บ้านดอนไชย', joinDate: cellDate(1, 1, 2560), status: 'ปกติ' },
  ]);
  fill(rt, 'deposits', [
    { receiptNo: 'R1', date: cellDate(1, 1, 2560), memberId: 'M1', kind: 'ค่าสมัคร', amount: 50 },
    { receiptNo: 'R2', date: cellDate(1, 1, 2560), memberId: 'M2', kind: 'ค่าสมัคร', amount: 50 },
    { receiptNo: 'R3', date: cellDate(2, 2, 2566), memberId: 'M1', kind: 'เงินออม', amount: 365 },
    ...amounts.map((amount, i) => ({
      receiptNo: `X${i + 1}`,
      date: cellDate(3, 3, 2566),
      memberId: 'M2',
      kind: 'เงินออม',
      amount,
    })),
  ]);
  return rt;
}

/** The report's finding rows (severity, sheet, row, column, value, message, ...). */
function findingRows(rt: Runtime): unknown[][] {
  const rows = sheetValues(rt, REPORT);
  const head = rows.findIndex((r) => r[0] === 'ระดับ' && r[1] === 'แผ่นงาน');
  return rows.slice(head + 1).filter((r) => r[0] !== '');
}

function amountFindings(rt: Runtime): unknown[][] {
  return findingRows(rt).filter((r) => r[1] === 'เงินฝาก' && r[3] === 'จำนวนเงิน');
}

function setSetting(rt: Runtime, label: string, value: unknown): void {
  const sheet = rt.spreadsheet.getSheetByName('ตั้งค่า')!;
  const values = sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues();
  const i = values.findIndex((r) => String(r[0]).startsWith(label));
  if (i < 0) throw new Error(`no setting ${label}`);
  sheet.getRange(i + 1, 2).setValue(value);
}

describe('an amount above the ceiling', () => {
  let rt: Runtime;
  beforeAll(async () => {
    rt = await bookWith([NATIONAL_ID, 1e308, 812345678, '812,345,678', 10000000, 365]);
    callCli(rt, 'runChecks');
  });

  test('is an error finding on its cell, whole numbers and text alike; the ceiling itself is allowed', () => {
    const found = amountFindings(rt);
    // Rows 5.. are X1..X6: the id, 1e308, 812,345,678 as a number and as text; 10,000,000 and 365 pass.
    expect(found.map((r) => [r[0], r[2]])).toEqual([
      ['ผิดพลาด', 5],
      ['ผิดพลาด', 6],
      ['ผิดพลาด', 7],
      ['ผิดพลาด', 8],
    ]);
    expect(String(found[0][4])).toBe(String(NATIONAL_ID));
    // A trillion or more is beyond any reading; below that, the fund's ceiling speaks.
    for (const r of found.slice(0, 2)) expect(String(r[5])).toContain('มากเกินจริง');
    for (const r of found.slice(2)) expect(String(r[5])).toContain('เกินเพดาน 10,000,000 บาท');
  });

  test('is not counted: the fund status balance is the ordinary deposits only, and finite', () => {
    callCli(rt, 'buildSummariesWith', { asOf: '31/12/2566', period: 'fiscal' });
    const status = sheetValues(rt, 'ฐานะกองทุน');
    const strings = status.flat().map(String);
    expect(strings.some((s) => /Infinity|NaN|e\+/.test(s))).toBe(false);
    const result = callCli(rt, 'buildSummariesWith', { asOf: '31/12/2566', period: 'fiscal' }).value;
    // 50 + 50 + 365 + 10,000,000 + 365: the four implausible amounts are left out.
    expect(result.fundStatus.balance).toBe(10000830);
    expect(status.some((r) => r.includes(10000830))).toBe(true);
  });

  test('never writes Infinity into the shared file', () => {
    const r = callRpc(rt, 'shareSummary', { emails: '', asOf: '31/12/2566', period: 'fiscal' });
    if (r.error) throw r.error;
    const file = [...rt.created.values()][0] as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const cells = file.getSheets().flatMap((s) => s.getDataRange().getValues().flat());
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => typeof c === 'number' && !Number.isFinite(c))).toEqual([]);
    expect(cells.map(String).filter((s) => /Infinity/.test(s))).toEqual([]);
  });
});

describe('the ceiling is the fund own setting', () => {
  test('a lower ceiling makes 5,000 baht a finding, and the forms refuse it with the same sentence', async () => {
    const rt = await bookWith([5000, 800]);
    setSetting(rt, 'จำนวนเงินต่อรายการไม่เกิน', 1000);
    callCli(rt, 'runChecks');
    const found = amountFindings(rt);
    expect(found.map((r) => r[2])).toEqual([5]);
    expect(String(found[0][5])).toContain('เกินเพดาน 1,000 บาท');

    const save = callRpc(rt, 'saveDeposit', {
      key: 'amount-rule-test-1',
      memberId: 'M1',
      kind: 'savings',
      amount: '5,000',
      date: '2566-03-04',
      yearCovered: '',
      recordedBy: 'ก',
      note: '',
    });
    const res = save.value as { ok: boolean; errors: Record<string, string> };
    expect(res.ok).toBe(false);
    expect(res.errors.amount).toContain('เกินเพดาน 1,000 บาท');
  });
});

describe('a finding about a huge cell', () => {
  test('echoes only its first few hundred characters; every report cell stays far under Sheets limit', async () => {
    const rt = await bookWith([30]);
    const big = 'ก'.repeat(50000);
    fill(rt, 'members', [
      { memberId: 'M3', name: 'นางใหม่ ใจงาม', village: 'บ้านดอนไชย', joinDate: cellDate(1, 1, 2560), status: big },
    ]);
    fill(rt, 'ledger', [{ entryNo: 'L1', date: cellDate(1, 1, 2566), kind: big, source: 'วัด', amount: 5 }]);
    callCli(rt, 'runChecks');
    const cells = sheetValues(rt, REPORT).flat().map(String);
    const longest = Math.max(...cells.map((s) => s.length));
    expect(longest).toBeLessThan(1000);
    const status = findingRows(rt).find((r) => r[1] === 'สมาชิก' && r[3] === 'สถานะ')!;
    expect(String(status[4])).toMatch(/^ก{197}\.\.\.$/);
    expect(String(status[5])).toContain('ก'.repeat(150));
    const ledger = findingRows(rt).find((r) => r[1] === 'บัญชีกองทุน' && r[3] === 'ประเภท')!;
    expect(String(ledger[5]).length).toBeLessThan(600);
  });
});
