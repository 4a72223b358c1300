/**
 * The import inside a spreadsheet (what the dialog calls): source tabs sit beside the fund book's
 * sheets, as Sheets' File → Import → Insert new sheets leaves them. Nothing is written before the
 * import is asked for, source tabs never change, bad input gets one sentence and writes nothing,
 * undo removes the batch's rows and lists those edited since, service calls do not grow with rows.
 */
import { join } from 'node:path';
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { bookTotals, sourceTabs } from './helpers';
import { callMenu, callRpc } from '../../src/local/addon';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DIR = join(__dirname, '..', 'fixtures', 'import');
const ss = (rt: Runtime) => (rt.globals.SpreadsheetApp as any).getActiveSpreadsheet();

function addTab(rt: Runtime, name: string, values: unknown[][]) {
  const sheet = ss(rt).insertSheet(name);
  const width = Math.max(1, ...values.map((r) => r.length));
  if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  if (values.length > 0)
    sheet
      .getRange(1, 1, values.length, width)
      .setValues(values.map((r) => [...r, ...Array(width - r.length).fill('')]));
  return sheet;
}

function grid(rt: Runtime, name: string) {
  const sh = ss(rt).getSheetByName(name);
  return sh.getRange(1, 1, sh.getMaxRows(), sh.getMaxColumns()).getValues();
}

async function bookWithIssueTabs() {
  const rt = await loadBundle();
  callMenu(rt, 'setupFundBook');
  const tabs = await sourceTabs(join(DIR, 'issue-book.xlsx'));
  // Sheets' "Insert new sheets" beside a book that already has a sheet of that name: the group renames theirs.
  const names = tabs.map((t) => (ss(rt).getSheetByName(t.tab) ? `${t.tab} (เดิม)` : t.tab));
  tabs.forEach((t, i) => addTab(rt, names[i], t.values));
  return { rt, names };
}

function mappingOf(rt: Runtime, names: string[]) {
  const detected = callRpc(rt, 'detectImportTabs', names).value as any[];
  return {
    format: 'welfare-fund-import',
    version: 1,
    tabs: detected.map((d) => d.mapping),
    values: { benefits: {}, ledgerKinds: {} },
  } as any;
}

test('detect, dry run (writes nothing), import, re-import: source tabs unchanged, one origin per row', async () => {
  const { rt, names } = await bookWithIssueTabs();
  const ctx = callRpc(rt, 'getImportContext').value as any;
  expect(ctx.tabs.filter((t: any) => t.refusal === null).map((t: any) => t.name)).toEqual(names);
  expect(ctx.tabs.find((t: any) => t.name === 'เงินฝาก').refusal.th).toContain('เป็นแผ่นงานของสมุดบัญชีนี้เอง');
  const sources = names.map((n) => grid(rt, n));
  const mapping = mappingOf(rt, names);
  const before = grid(rt, 'เงินฝาก');
  const dry = callRpc(rt, 'dryRunImport', mapping).value as any;
  expect(dry.problems).toEqual([]);
  expect(dry.suggested.benefits).toEqual({ ฌาปนกิจ: 'death', นอนโรงพยาบาล: 'sickness', คลอดบุตร: 'newborn' });
  expect(grid(rt, 'เงินฝาก')).toEqual(before);
  mapping.values = dry.suggested;
  const r = callRpc(rt, 'runImport', mapping).value as any;
  expect(r.batch).toBe(1);
  expect(r.written).toEqual({ members: 40, deposits: 54, welfare: 11, ledger: 6 });
  expect(names.map((n) => grid(rt, n))).toEqual(sources);
  const deposits = grid(rt, 'เงินฝาก');
  const oc = deposits[0].indexOf('ที่มา (นำเข้า)');
  expect(oc).toBeGreaterThan(0);
  expect(deposits[1][oc]).toMatch(/^ใบเสร็จค่าบำรุง!E3 · ชุด 1 · [0-9a-f]{8}$/);
  expect(grid(rt, 'ผลการนำเข้า').flat()).toContain('นำเข้าชุดที่ 1');
  // Again: nothing new, no batch.
  const again = callRpc(rt, 'runImport', mapping).value as any;
  expect(again.batch).toBeNull();
  expect(again.plans.map((p: any) => p.alreadyImported)).toEqual([40, 54, 11, 6]);
  // A new row typed into the old book comes in alone.
  const receipts = ss(rt).getSheetByName('ใบเสร็จค่าบำรุง');
  receipts.insertRowsBefore(43, 1);
  receipts.getRange(43, 1, 1, 7).setValues([['2561/041', '20/9/2561', '0001', 'x', '', 365, 2561]]);
  const third = callRpc(rt, 'runImport', mapping).value as any;
  expect(third.written).toEqual({ deposits: 1 });
  expect(third.plans[1].reconciles.every((c: any) => c.ok === false || c.ok === true)).toBe(true);
});

test('bad input: one sentence each, nothing written', async () => {
  const { rt, names } = await bookWithIssueTabs();
  addTab(rt, 'ว่าง', []);
  addTab(rt, 'บันทึก', [['ประชุมกรรมการ 5 ม.ค.'], ['ซื้อสมุด']]);
  const det = callRpc(rt, 'detectImportTabs', ['ว่าง', 'บันทึก', 'สมาชิก']).value as any[];
  expect(det.map((d) => d.problem.th)).toEqual([
    'แผ่นงาน "ว่าง" ว่าง ไม่มีข้อมูลให้นำเข้า',
    'แผ่นงาน "บันทึก" ไม่มีแถวหัวตารางที่รู้จัก (เช่น ชื่อ - นามสกุล, วันที่, จำนวนเงิน) ในแถวบน ๆ',
    '"สมาชิก" เป็นแผ่นงานของสมุดบัญชีนี้เอง (สร้างโดยโปรแกรม) นำเข้าซ้ำไม่ได้',
  ]);
  const before = ['สมาชิก', 'เงินฝาก', 'สวัสดิการ', 'บัญชีกองทุน'].map((n) => grid(rt, n));
  // Two columns on one field.
  const mapping = mappingOf(rt, names);
  mapping.tabs[0].columns[3].field = 'name';
  const dry = callRpc(rt, 'dryRunImport', mapping).value as any;
  expect(dry.problems.map((p: any) => p.th)).toEqual([
    'แผ่นงาน "ทะเบียนสมาชิก": คอลัมน์ C และ D ถูกจับคู่กับช่อง "ชื่อ-สกุล" เดียวกัน ให้เลือกช่องเดียว',
  ]);
  const r = callRpc(rt, 'runImport', mapping).value as any;
  expect(r.batch).toBeNull();
  expect(['สมาชิก', 'เงินฝาก', 'สวัสดิการ', 'บัญชีกองทุน'].map((n) => grid(rt, n))).toEqual(before);
  // The add-on's own generated sheet offered as a source.
  callMenu(rt, 'checkEntries');
  const gen = callRpc(rt, 'dryRunImport', { ...mapping, tabs: [{ ...mapping.tabs[1], tab: 'ผลการตรวจสอบ' }] });
  expect(gen.value).toEqual({
    ok: false,
    code: 'text',
    errors: { form: '"ผลการตรวจสอบ" เป็นแผ่นงานของสมุดบัญชีนี้เอง (สร้างโดยโปรแกรม) นำเข้าซ้ำไม่ได้' },
  });
  // A tab already imported, now with another mapping.
  const good = mappingOf(rt, names);
  good.values.benefits = { ฌาปนกิจ: 'death', นอนโรงพยาบาล: 'sickness', คลอดบุตร: 'newborn' };
  expect((callRpc(rt, 'runImport', good).value as any).batch).toBe(1);
  const other = JSON.parse(JSON.stringify(good));
  other.tabs[1].columns[5].field = null;
  const refused = callRpc(rt, 'runImport', other).value as any;
  expect(refused.batch).toBeNull();
  expect(refused.problems.map((p: any) => p.th)).toEqual([
    'แผ่นงาน "ใบเสร็จค่าบำรุง" เคยนำเข้าแล้วด้วยการจับคู่คอลัมน์อื่น ใช้การจับคู่เดิม หรือยกเลิกการนำเข้าครั้งนั้นก่อน',
  ]);
});

test('undo removes exactly the batch, keeps rows typed since, and lists a row edited since', async () => {
  const { rt, names } = await bookWithIssueTabs();
  const before = ['สมาชิก', 'สวัสดิการ', 'บัญชีกองทุน', 'ตั้งค่าสวัสดิการ'].map((n) => grid(rt, n));
  const mapping = mappingOf(rt, names);
  mapping.values.benefits = { ฌาปนกิจ: 'death', นอนโรงพยาบาล: '+', คลอดบุตร: 'newborn' };
  const r = callRpc(rt, 'runImport', mapping).value as any;
  expect(r.addedBenefits).toEqual(['B1']);
  const dep = ss(rt).getSheetByName('เงินฝาก');
  // The secretary corrects one imported amount and types a new deposit under the imported rows.
  dep.getRange(5, 5).setValue(999);
  const typedRow = dep.getLastRow() + 1;
  dep.getRange(typedRow, 1, 1, 5).setValues([['N1', new Date(Date.UTC(2019, 4, 1)), '0099', 'เงินออม', 30]]);
  const u = callRpc(rt, 'undoImport').value as any;
  expect(u.kept).toEqual([{ sheet: 'เงินฝาก', row: 5, origin: expect.stringMatching(/^ใบเสร็จค่าบำรุง!/) }]);
  expect(u.removed).toEqual({ members: 40, deposits: 53, welfare: 11, ledger: 6 });
  expect(u.removedBenefits).toEqual(['B1']);
  const left = grid(rt, 'เงินฝาก').filter((row: unknown[]) => row.some((v) => v !== ''));
  // the header, the edited row (listed, not removed) and the typed row
  expect(left.map((r: unknown[]) => [r[0], r[4]])).toEqual([
    ['เลขที่ใบเสร็จ', 'จำนวนเงิน'],
    ['2561/003', 999],
    ['N1', 30],
  ]);
  expect(['สมาชิก', 'สวัสดิการ', 'บัญชีกองทุน', 'ตั้งค่าสวัสดิการ'].map((n) => grid(rt, n))).toEqual(before);
  expect(callRpc(rt, 'undoImport').value).toEqual({
    ok: false,
    code: 'import.nothingToUndo',
    errors: { form: 'ไม่มีการนำเข้าที่ยกเลิกได้' },
  });
});

test('service calls of a dry run and an import do not grow with the rows', async () => {
  const calls: number[] = [];
  for (const n of [1200, 6000]) {
    const rt = await loadBundle();
    callMenu(rt, 'setupFundBook');
    addTab(rt, 'ทะเบียน', [
      ['เลขที่สมาชิก', 'ชื่อ', 'วันที่สมัคร'],
      ['001', 'นางหนึ่ง', '1/1/2560'],
    ]);
    addTab(rt, 'สมุดออม', [
      ['วันที่', 'เลขที่สมาชิก', 'ประเภท', 'จำนวนเงิน'],
      ...Array.from({ length: n }, (_, i) => [`${1 + (i % 28)}/1/2561`, '001', 'เงินออม', 30]),
    ]);
    const mapping = mappingOf(rt, ['ทะเบียน', 'สมุดออม']);
    const r = callRpc(rt, 'runImport', mapping);
    expect(r.error).toBeUndefined();
    expect((r.value as any).written.deposits).toBe(n);
    calls.push(r.metrics.serviceCalls);
    expect(bookTotals(rt).satang).toEqual({ savings: n * 3000 });
  }
  // Both sizes grow the grid once (insertRowsAfter): the same calls for 5 times the rows.
  expect(calls[1]).toBe(calls[0]);
});
