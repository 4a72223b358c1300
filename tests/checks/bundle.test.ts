/**
 * "Check entries" through the BUILT add-on (dist/Code.js) in the offline runtime, as a secretary
 * uses it: the report sheet, the marks in the record sheets (and their removal), the demo fund's
 * planted mistakes, and service calls that do not grow with the number of rows.
 */
import { loadBundle } from '../support/runtime';
import type { Runtime } from '../../src/local/runtime';
import { matchHeaders, SHEETS, type RecordSheetKey } from '../../src/core/schema';
import { cell } from './book';
import { callCli, callMenu } from '../../src/local/addon';

type Sheet = ReturnType<Runtime['spreadsheet']['getSheets']>[number];

function sheetOf(rt: Runtime, key: RecordSheetKey): Sheet {
  const s = rt.spreadsheet.getSheetByName(SHEETS[key].th);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}

/** Appends rows given as {columnKey: cell} under the header, as a secretary would type them. */
function fill(rt: Runtime, key: RecordSheetKey, rows: Record<string, unknown>[]): void {
  const sheet = sheetOf(rt, key);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const { index } = matchHeaders(SHEETS[key], header);
  const block = rows.map((r) => {
    const line: unknown[] = header.map(() => '');
    for (const k of Object.keys(r)) line[index[k]] = r[k];
    return line;
  });
  const start = sheet.getLastRow() + 1;
  const need = start + block.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(start, 1, block.length, header.length).setValues(block);
}

/** A book of n deposit rows over 60 members, with the usual run of mistakes spread through it. */
async function bookOfSize(n: number): Promise<Runtime> {
  const rt = await loadBundle();
  callMenu(rt, 'setupFundBook');
  const members = Array.from({ length: 60 }, (_, i) => ({
    memberId: 'M' + String(i + 1).padStart(3, '0'),
    name: 'สมาชิก ' + (i + 1),
    village: i % 2 ? 'บ้านดอนไชย' : 'บ้านนาแก้ว',
    joinDate: cell('1/1/2560'),
    status: 'ปกติ',
  }));
  members.push({ ...members[0], name: 'ซ้ำ' });
  fill(rt, 'members', members);
  fill(
    rt,
    'deposits',
    Array.from({ length: n }, (_, i) => ({
      receiptNo: 'R' + (i % 97 === 5 ? i - 1 : i),
      date: cell(`${1 + (i % 28)}/${1 + (i % 12)}/${2559 + (i % 8)}`),
      memberId: i % 53 === 7 ? 'X' + i : 'M' + String(1 + (i % 60)).padStart(3, '0'),
      kind: 'เงินออม',
      amount: i % 41 === 3 ? '30' : 30,
    })),
  );
  fill(rt, 'welfare', [
    { voucherNo: 'V1', date: cell('1/6/2567'), memberId: 'M001', benefit: 'ค่าเยี่ยมไข้', units: 2, amount: 200 },
  ]);
  fill(rt, 'ledger', [{ entryNo: 'L1', date: cell('15/3/2567'), kind: 'เงินบริจาค', source: 'วัด', amount: 5000 }]);
  return rt;
}

function a1(sheet: Sheet, ref: string) {
  return sheet.getRange(ref);
}

function allValues(sheet: Sheet): unknown[][] {
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
}

function reportRows(rt: Runtime): unknown[][] {
  const report = rt.spreadsheet.getSheetByName('ผลการตรวจสอบ');
  if (!report) throw new Error('no report sheet');
  return allValues(report);
}

/** A small set-up book with three mistakes: a repeated member id, a deposit for nobody, a ledger row without a source. */
async function smallBook(): Promise<Runtime> {
  const rt = await loadBundle();
  callMenu(rt, 'setupFundBook');
  fill(rt, 'members', [
    { memberId: 'A001', name: 'นางคำ ใจดี', village: 'บ้านดอนไชย', joinDate: cell('1/1/2560'), status: 'ปกติ' },
    { memberId: 'A001', name: 'นายแก้ว ดีงาม', village: 'บ้านดอนไชย', joinDate: cell('1/2/2560'), status: 'ปกติ' },
  ]);
  fill(rt, 'deposits', [
    { receiptNo: 'R1', date: cell('1/1/2560'), memberId: 'A001', kind: 'ค่าสมัคร', amount: 50 },
    { receiptNo: 'R2', date: cell('5/1/2560'), memberId: 'Z999', kind: 'เงินออม', amount: 30 },
  ]);
  fill(rt, 'ledger', [{ entryNo: 'L1', date: cell('15/3/2567'), kind: 'เงินบริจาค', source: '', amount: 5000 }]);
  return rt;
}

describe('check entries in the built add-on', () => {
  test('is in the add-on menu and in Code.js', async () => {
    const rt = await loadBundle();
    expect(rt.functionNames()).toEqual(expect.arrayContaining(['checkEntries', 'runChecks']));
    const open = rt.onOpen('FULL');
    const items = JSON.stringify(open.ui);
    expect(items).toContain('ตรวจสอบรายการ');
    expect(items).toContain('checkEntries');
  });

  test('the report sheet counts by severity and kind, says when it ran, and lists each finding with a link', async () => {
    const rt = await smallBook();
    const run = callMenu(rt, 'checkEntries');
    const rows = reportRows(rt);
    const text = rows.map((r) => r.join('|'));
    expect(text[0]).toMatch(/^ข้อมูล ณ วันที่ /);
    expect(text).toContainEqual(expect.stringMatching(/^ตรวจเมื่อ \d{1,2} \S+ 25\d\d \d\d:\d\d/));
    // Counts by severity, then by kind.
    const count = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(count('ผิดพลาด')).toBe(3);
    expect(count('ควรตรวจสอบ')).toBe(0);
    expect(count('รวม')).toBe(3);
    const kinds = Object.fromEntries(rows.filter((r) => r[1] === 'ผิดพลาด').map((r) => [r[0], r[2]]));
    expect(kinds).toMatchObject({ รหัสสมาชิกซ้ำ: 1, เงินฝากของรหัสที่ไม่มีในทะเบียน: 1, 'ไม่มีแหล่งที่มา/ผู้รับเงิน': 1 });
    // One row per finding: severity, sheet, row, column, value as typed, message, fix, link.
    const head = rows.findIndex((r) => r[0] === 'ระดับ' && r[1] === 'แผ่นงาน');
    const list = rows.slice(head + 1).filter((r) => r[0] !== '');
    expect(list.map((r) => r.slice(0, 5))).toEqual([
      ['ผิดพลาด', 'สมาชิก', 3, 'รหัสสมาชิก', 'A001'],
      ['ผิดพลาด', 'เงินฝาก', 3, 'รหัสสมาชิก', 'Z999'],
      ['ผิดพลาด', 'บัญชีกองทุน', 2, 'แหล่งที่มา/ผู้รับเงิน', ''],
    ]);
    expect(list[0][5]).toContain('ซ้ำกับสมาชิกแถวที่ 2');
    expect(list[1][6]).toContain('ตรวจรหัสสมาชิก');
    const report = rt.spreadsheet.getSheetByName('ผลการตรวจสอบ')!;
    const formulas = report
      .getRange(head + 2, 8, 3, 1)
      .getFormulas()
      .map((r) => r[0]);
    const gid = (key: RecordSheetKey) => sheetOf(rt, key).getSheetId();
    expect(formulas).toEqual([
      `=HYPERLINK("#gid=${gid('members')}&range=A3","ไปที่เซลล์")`,
      `=HYPERLINK("#gid=${gid('deposits')}&range=C3","ไปที่เซลล์")`,
      `=HYPERLINK("#gid=${gid('ledger')}&range=D2","ไปที่เซลล์")`,
    ]);
    // The links are the only formulas in the report.
    expect(
      report.getRange(1, 1, report.getLastRow(), report.getLastColumn()).getFormulas().flat().filter(Boolean),
    ).toHaveLength(3);
    // Protected with a warning only; opened; a short Thai summary.
    const protections = report.getProtections('SHEET');
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe('ผลการตรวจสอบ');
    expect(run.ui).toContainEqual(
      expect.objectContaining({ type: 'toast', message: expect.stringContaining('พบผิดพลาด 3 รายการ') }),
    );
  });

  test('runChecks returns the counts and findings in the user language, for the command line', async () => {
    const rt = await smallBook();
    const r = callCli(rt, 'runChecks').value;
    expect(Number.isNaN(Date.parse(r.ranAt))).toBe(false);
    expect(r.counts).toEqual({ error: 3, warning: 0, note: 0 });
    expect(r.byKind).toEqual({ 'member.duplicate-id': 1, 'deposit.unknown-member': 1, 'ledger.source-missing': 1 });
    expect(r.findings[1]).toMatchObject({
      severity: 'error',
      code: 'deposit.unknown-member',
      sheet: 'deposits',
      sheetName: 'เงินฝาก',
      row: 3,
      column: 'memberId',
      columnName: 'รหัสสมาชิก',
      value: 'Z999',
    });
    expect(String(r.findings[1].message)).toContain('ไม่มีสมาชิกรหัส Z999');
  });

  test('English users get English messages', async () => {
    const rt = await loadBundle({ locale: 'en_US' });
    callMenu(rt, 'setupFundBook');
    fill(rt, 'deposits', [{ receiptNo: 'R1', date: cell('1/1/2560'), memberId: 'Z9', kind: 'เงินออม', amount: 30 }]);
    const r = callCli(rt, 'runChecks').value;
    const f = r.findings.find((x) => x.code === 'deposit.unknown-member')!;
    expect(f.message).toContain('There is no member with ID Z9');
  });

  test('marks the offending cells and removes them next run, leaving the group’s colours, notes and values alone', async () => {
    const rt = await smallBook();
    const members = sheetOf(rt, 'members');
    a1(members, 'B2').setBackground('#00ff00');
    a1(members, 'C3').setNote('บัตรหาย รอทำใหม่');
    a1(members, 'E3').setBackground('#cfe2f3');
    const before = allValues(members);
    const beforeDeposits = allValues(sheetOf(rt, 'deposits'));

    callMenu(rt, 'checkEntries');
    expect(a1(members, 'A3').getBackground()).toBe('#fbd3d0');
    expect(a1(sheetOf(rt, 'deposits'), 'C3').getBackground()).toBe('#fbd3d0');
    expect(a1(members, 'A2').getBackground()).toBe('#ffffff');
    expect(a1(members, 'B2').getBackground()).toBe('#00ff00');
    expect(a1(members, 'E3').getBackground()).toBe('#cfe2f3');
    expect(a1(members, 'C3').getNote()).toBe('บัตรหาย รอทำใหม่');
    expect(allValues(members)).toEqual(before);
    expect(allValues(sheetOf(rt, 'deposits'))).toEqual(beforeDeposits);

    // Running again without a fix keeps the mark (and still changes no value).
    callMenu(rt, 'checkEntries');
    expect(a1(members, 'A3').getBackground()).toBe('#fbd3d0');
    expect(allValues(members)).toEqual(before);

    // The secretary fixes the repeated id: the mark goes, everything else stays.
    a1(members, 'A3').setValue('A002');
    callMenu(rt, 'checkEntries');
    expect(a1(members, 'A3').getBackground()).toBe('#ffffff');
    expect(a1(members, 'B2').getBackground()).toBe('#00ff00');
    expect(a1(members, 'E3').getBackground()).toBe('#cfe2f3');
    expect(a1(members, 'C3').getNote()).toBe('บัตรหาย รอทำใหม่');
    expect(a1(sheetOf(rt, 'deposits'), 'C3').getBackground()).toBe('#fbd3d0');
    const r = callCli(rt, 'runChecks').value;
    expect(r.counts.error).toBe(2);
  });

  test('a marked cell keeps the group’s own colour underneath, and a mark the user recoloured is left alone', async () => {
    const rt = await smallBook();
    const members = sheetOf(rt, 'members');
    const deposits = sheetOf(rt, 'deposits');
    a1(members, 'A3').setBackground('#d9d2e9');
    callMenu(rt, 'checkEntries');
    expect(a1(members, 'A3').getBackground()).toBe('#fbd3d0');
    // The user paints the marked deposit cell themselves, then fixes both mistakes.
    a1(deposits, 'C3').setBackground('#00ffff');
    a1(members, 'A3').setValue('A002');
    a1(deposits, 'C3').setValue('A001');
    callMenu(rt, 'checkEntries');
    expect(a1(members, 'A3').getBackground()).toBe('#d9d2e9');
    expect(a1(deposits, 'C3').getBackground()).toBe('#00ffff');
  });

  test('a formula found in the books is shown in the report as text, never copied as a formula', async () => {
    const rt = await smallBook();
    const ledger = sheetOf(rt, 'ledger');
    a1(ledger, 'F2').setFormula('=IMPORTXML("http://example.org","//a")');
    callMenu(rt, 'checkEntries');
    const report = rt.spreadsheet.getSheetByName('ผลการตรวจสอบ')!;
    const rows = reportRows(rt);
    const row = rows.findIndex((r) => r[4] === '=IMPORTXML("http://example.org","//a")');
    expect(row).toBeGreaterThan(0);
    expect(rows[row][5]).toContain('เป็นสูตร');
    const formulas = report
      .getRange(1, 1, report.getLastRow(), report.getLastColumn())
      .getFormulas()
      .flat()
      .filter(Boolean);
    expect(formulas.every((f) => f.startsWith('=HYPERLINK("#gid='))).toBe(true);
    // The record itself is untouched: still the group's formula.
    expect(a1(ledger, 'F2').getFormula()).toBe('=IMPORTXML("http://example.org","//a")');
  });

  test('each source cell is read once: formulas are found by a search, and text that starts with "=" is not one', async () => {
    const rt = await smallBook();
    const ledger = sheetOf(rt, 'ledger');
    a1(ledger, 'H2').setNumberFormat('@');
    a1(ledger, 'H2').setValue('=ตามมติที่ประชุม'); // a note typed as text, not a formula
    a1(ledger, 'F3').setFormula('=100*2');
    const result = callCli(rt, 'runChecks');
    const found = (result.value as { findings: { code: string; row: number }[] }).findings.filter(
      (f) => f.code === 'cell.formula',
    );
    expect(found.map((f) => f.row)).toEqual([3]);
    const cells = (['members', 'deposits', 'welfare', 'ledger', 'settings', 'benefits'] as const).reduce((n, key) => {
      const sh = rt.spreadsheet.getSheetByName(SHEETS[key].th)!;
      return n + sh.getLastRow() * sh.getLastColumn();
    }, 0);
    // Values once each, plus the two cells the formula search returned and the backgrounds of the
    // small box the marks cover; no getFormulas of whole sheets.
    expect(result.metrics.calls['Range.getFormulas'] ?? 0).toBe(0);
    expect(result.metrics.cellsRead - cells).toBeLessThan(40);
  });

  test('the demo fund yields every mistake planted in it', async () => {
    const rt = await loadBundle();
    const demo = callCli(rt, 'createDemoFund').value;
    expect(demo.created).toBe(true);
    expect(demo.mistakes.length).toBeGreaterThan(5);
    const r = callCli(rt, 'runChecks').value;
    const missed = demo.mistakes.filter((m) => !r.findings.some((f) => f.sheet === m.sheet && f.row === m.row));
    expect(missed).toEqual([]);
    // And nothing else is called an error: the demo's correct rows pass. (A shared national id
    // is pointed out on both rows, so the partner of the planted row is the one exception.)
    const planted = new Set(demo.mistakes.map((m) => `${m.sheet}|${m.row}`));
    const stray = r.findings.filter(
      (f) =>
        (f as { severity?: string }).severity === 'error' &&
        !planted.has(`${f.sheet}|${f.row}`) &&
        f.code !== 'member.duplicate-national-id',
    );
    expect(stray).toEqual([]);
    expect(r.counts.error).toBeGreaterThan(0);
  });

  test('service calls are the same for 100 and 10,000 deposit rows', async () => {
    const runs: {
      first: Record<string, number>;
      second: Record<string, number>;
      firstTotal: number;
      secondTotal: number;
    }[] = [];
    for (const deposits of [100, 10000]) {
      const rt = await bookOfSize(deposits);
      const first = callCli(rt, 'runChecks');
      const second = callCli(rt, 'runChecks');
      expect(first.error).toBeUndefined();
      expect((first.value as { counts: { error: number } }).counts.error).toBeGreaterThan(deposits / 60);
      runs.push({
        first: first.metrics.calls,
        second: second.metrics.calls,
        firstTotal: first.metrics.serviceCalls,
        secondTotal: second.metrics.serviceCalls,
      });
    }
    const [small, large] = runs;
    // Every call, one by one, is the same; the only exception is the report sheet growing its
    // row count once (one insertRowsAfter) the first time the list outgrows it.
    const withoutGrowth = (c: Record<string, number>) => {
      const { 'Sheet.insertRowsAfter': _grow, ...rest } = c;
      return rest;
    };
    expect(withoutGrowth(large.first)).toEqual(withoutGrowth(small.first));
    expect(
      (large.first['Sheet.insertRowsAfter'] ?? 0) - (small.first['Sheet.insertRowsAfter'] ?? 0),
    ).toBeLessThanOrEqual(1);
    expect(large.second).toEqual(small.second);
    expect(large.secondTotal).toBe(small.secondTotal);
  });
});
