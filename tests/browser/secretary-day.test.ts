/**
 * The secretary's day made safe, in a real browser (Debian's Chromium via playwright-core)
 * against the playground running the BUILT add-on: collection day starts with nobody ticked and
 * proposes this period's due; lapsed and suspended members are apart and need a confirmation; a
 * bad amount is a field error; the welfare units reset with the benefit; the member box never
 * holds a member the form has forgotten; a precise date error survives Save; a server error
 * goes once its field is edited. Screenshots for the docs go to docs/.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  browserTest,
  openSidebarForm,
  playgroundRows,
  type Playground,
  playgroundForFile,
  FORM_MENU,
  pickMember,
} from '../support/browser';
import { ROOT } from '../support/runtime';
import { fill, newBook, paidUpMember, todayISO } from '../forms/helpers';

const VILLAGE = 'บ้านดอนไชย';
const DOCS = join(ROOT, 'docs');

let pg: Playground;
let page: Page;

/** The whole sidebar, top to bottom, for the docs (the page is made tall enough to hold it). */
async function sidebarShot(frame: Frame, name: string): Promise<void> {
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(2400, height + 200) });
  await frame.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#sidebar-frame').screenshot({ path: join(DOCS, name) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Days in this month in Bangkok: a month of savings at 1 baht a day. */
function daysThisMonth(): number {
  const [y, m] = todayISO().split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

playgroundForFile(
  'secretary-day-',
  async () => {
    // M0001..M0012 joined 2020-2023 and paid only their entry fee: lapsed. Four members of
    // บ้านดอนไชย are paid up (active); one joined 200 days ago and never saved: suspended.
    const rt = await newBook({ members: 12, deposits: 12 });
    for (const id of ['P0001', 'P0002', 'P0003', 'P0004']) paidUpMember(rt, id, 400);
    const joined = new Date(Date.parse(`${todayISO(-200)}T00:00:00+07:00`));
    fill(rt, 'members', [
      { memberId: 'S0001', name: 'นางสาววอรทัย ค้างออม', village: VILLAGE, joinDate: joined, status: 'ปกติ' },
    ]);
    fill(rt, 'deposits', [{ receiptNo: 'E-S0001', date: joined, memberId: 'S0001', kind: 'ค่าสมัคร', amount: 50 }]);
    return rt;
  },
  (open) => ({ pg, page } = open),
);

browserTest(
  'collection day: nobody ticked, this period proposed with arrears beside, everyone/clear, lapsed apart and confirmed, a bad amount is a field error',
  async () => {
    const frame = await openSidebarForm(page, FORM_MENU.collection);
    await frame.locator('#village').selectOption(VILLAGE);
    await frame.getByRole('button', { name: 'แสดงรายชื่อ' }).click();
    const total = frame.getByTestId('running-total');
    await total.waitFor();
    const boxes = frame.getByRole('checkbox');
    const n = await boxes.count();
    expect(n).toBe(9);
    for (let i = 0; i < n; i++) await expect(boxes.nth(i).isChecked()).resolves.toBe(false);
    await expect(total.innerText()).resolves.toBe('เลือก 0 คน 0 รายการ รวม 0 บาท');

    // Active members first; lapsed and suspended in a table of their own.
    const regular = frame.getByTestId('regular');
    const apart = frame.getByTestId('apart');
    await expect(regular.getByRole('checkbox').count()).resolves.toBe(4);
    await expect(apart.getByRole('checkbox').count()).resolves.toBe(5);
    await expect(apart.locator('caption').innerText()).resolves.toContain('ต้องยืนยันก่อนรับเงิน');

    // The proposal is a month of savings; the suspended member's arrears are shown beside it.
    const month = daysThisMonth();
    await expect(frame.getByLabel('เงินออมของ นางจ่าย ครบ P0001').inputValue()).resolves.toBe(String(month));
    const suspendedSavings = frame.getByLabel('เงินออมของ นางสาววอรทัย ค้างออม');
    await expect(suspendedSavings.inputValue()).resolves.toBe(String(month));
    await expect(apart.getByText(/S0001 · ยอดค้างทั้งหมด: ค้างออม 200/).count()).resolves.toBe(1);

    // "ทุกคน" ticks the four active members only; "ล้าง" unticks all.
    await frame.getByRole('button', { name: 'ทุกคน' }).click();
    await expect(total.innerText()).resolves.toBe(`เลือก 4 คน 4 รายการ รวม ${4 * month} บาท`);
    await expect(apart.locator('input[type=checkbox]:checked').count()).resolves.toBe(0);
    await frame.getByRole('button', { name: 'ล้าง' }).click();
    await expect(total.innerText()).resolves.toBe('เลือก 0 คน 0 รายการ รวม 0 บาท');
    await expect(frame.locator('input[type=checkbox]:checked').count()).resolves.toBe(0);

    // A lapsed or suspended member is collected only once confirmed.
    await apart.getByRole('checkbox', { name: /นางสาววอรทัย/ }).check();
    await frame.getByText(/ยืนยันว่าจะรับเงินจากสมาชิกคนนี้/).waitFor();
    await expect(total.innerText()).resolves.toBe('เลือก 0 คน 0 รายการ รวม 0 บาท');
    await regular.getByRole('checkbox', { name: /P0001|นางจ่าย ครบ P0001/ }).check();
    const save = frame.getByRole('button', { name: /บันทึกทั้งหมด/ });
    const before = (await playgroundRows(pg, 'เงินฝาก')).length;
    await save.click();
    await frame.getByText(/ติ๊กไว้แต่ยังไม่ได้ยืนยัน/).waitFor();
    await frame.getByRole('button', { name: 'ยืนยันรับเงิน' }).click();
    // Her proposal is this month's savings and this fiscal year's fee, which she has not paid.
    await expect(frame.getByLabel('ค่าบำรุงของ นางสาววอรทัย ค้างออม').inputValue()).resolves.toBe('50');
    await expect(total.innerText()).resolves.toBe(`เลือก 2 คน 3 รายการ รวม ${2 * month + 50} บาท`);

    // A bad amount: said next to the box, and the save refused.
    await frame.getByLabel('เงินออมของ นางจ่าย ครบ P0001').fill('abc');
    await frame.locator('.field-error', { hasText: '"abc" ไม่ใช่จำนวนเงินที่อ่านได้' }).waitFor();
    await save.click();
    await frame.getByText('มีจำนวนเงินที่อ่านไม่ได้ (ช่องสีแดง) กรุณาแก้ก่อนบันทึก').waitFor();
    expect((await playgroundRows(pg, 'เงินฝาก')).length).toBe(before);
    await frame.getByLabel('เงินออมของ นางจ่าย ครบ P0001').fill('100');
    await expect(frame.locator('.field-error').count()).resolves.toBe(0);
    await expect(frame.getByText('มีจำนวนเงินที่อ่านไม่ได้ (ช่องสีแดง) กรุณาแก้ก่อนบันทึก').count()).resolves.toBe(0);
    await sidebarShot(frame, 'collection-day.png');

    await save.click();
    await frame.getByRole('heading', { name: /รายการรับเงิน วันที่/ }).waitFor();
    const rows = (await playgroundRows(pg, 'เงินฝาก')).slice(before);
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
      ['P0001', 'เงินออม', '100'],
      ['S0001', 'เงินออม', String(month)],
      ['S0001', 'ค่าบำรุงรายปี', '50'],
    ]);
    // The printed list at the sidebar's width: no name is broken inside a word.
    const words = frame.locator('.print-table .nobr');
    await expect(words.count()).resolves.toBeGreaterThanOrEqual(4);
    const lines = await words.evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(lines.every((x) => x === 1)).toBe(true);
  },
);

browserTest('welfare: switching the benefit resets the units, so a newborn gift is not 3 × 500', async () => {
  const frame = await openSidebarForm(page, FORM_MENU.welfare);
  await frame.getByLabel('ประเภทสวัสดิการ *').selectOption('sickness');
  await pickMember(frame, 'สมาชิก', 'P0002');
  await frame.getByLabel(/จำนวนหน่วย/).fill('3');
  await frame.getByText('3 คืน × 100 บาท = 300 บาท').waitFor();
  const amount = frame.getByLabel('จำนวนเงิน (บาท) *');
  await expect(amount.inputValue()).resolves.toBe('300');

  await frame.getByLabel('ประเภทสวัสดิการ *').selectOption('newborn');
  await expect(frame.getByLabel(/จำนวนหน่วย/).inputValue()).resolves.toBe('1');
  await frame.getByText('1 คน × 500 บาท = 500 บาท').waitFor();
  await frame.waitForFunction(() => (document.getElementById('amount') as HTMLInputElement).value === '500');
  await sidebarShot(frame, 'welfare-benefit-change.png');
  await frame.getByLabel('ผู้อนุมัติ *').fill('นายประธาน');
  await frame.getByRole('button', { name: 'บันทึกการจ่ายสวัสดิการ' }).click();
  await frame.getByText(/บันทึกแล้ว ใบสำคัญจ่ายเลขที่/).waitFor();
  const rows = await playgroundRows(pg, 'สวัสดิการ');
  expect(rows[rows.length - 1]).toEqual(expect.arrayContaining(['P0002', 'ค่าทำขวัญบุตร', '1', '500']));
});

browserTest('deposit: two saves in a row; after each the member box is empty, as the form is', async () => {
  const frame = await openSidebarForm(page, FORM_MENU.deposit);
  const box = frame.getByRole('combobox', { name: 'สมาชิก' });
  const saveButton = frame.getByRole('button', { name: 'บันทึกรับเงิน' });
  for (const id of ['P0003', 'P0004']) {
    await pickMember(frame, 'สมาชิก', id);
    await frame.getByTestId('member-panel').waitFor();
    await frame.getByLabel('จำนวนเงิน (บาท) *').fill('20');
    await saveButton.click();
    await frame.getByText(new RegExp(`บันทึกแล้ว ใบเสร็จเลขที่ \\S+: ${id}`)).waitFor();
    await expect(box.inputValue()).resolves.toBe('');
    await expect(frame.getByTestId('member-panel').count()).resolves.toBe(0);
  }
  const rows = await playgroundRows(pg, 'เงินฝาก');
  expect(rows.slice(-2).map((r) => [r[2], r[4]])).toEqual([
    ['P0003', '20'],
    ['P0004', '20'],
  ]);
  // A third save with the empty box asks for a member, and writes nothing.
  await saveButton.click();
  await frame.getByText('กรุณาเลือกสมาชิกจากรายชื่อ').waitFor();
  expect((await playgroundRows(pg, 'เงินฝาก')).length).toBe(rows.length);
});

browserTest('a precise date error survives Save; a server error goes once its field is filled', async () => {
  const frame = await openSidebarForm(page, FORM_MENU.deposit);
  await pickMember(frame, 'สมาชิก', 'P0001');
  await frame.getByTestId('member-panel').waitFor();
  const date = frame.getByLabel('วันที่รับเงิน *');
  const save = frame.getByRole('button', { name: 'บันทึกรับเงิน' });
  for (const [typed, said] of [
    ['15/8/68', /มีเพียงสองหลัก/],
    ['31/2/2568', /ไม่มีวันที่ 31 เดือน 2/],
  ] as const) {
    await date.fill(typed);
    await frame.locator('#date-error', { hasText: said }).waitFor();
    const answered = page.waitForResponse((r) => r.url().includes('/api/run'));
    await save.click();
    await answered;
    await frame.locator('button[type=submit]:not([aria-busy])').waitFor();
    await expect(frame.locator('#date-error').innerText()).resolves.toMatch(said);
    await expect(frame.getByText('กรุณากรอกช่องนี้').count()).resolves.toBe(0);
  }

  // The new-member form: Save with no name, then type the name: "please fill in" goes at once.
  const members = await openSidebarForm(page, FORM_MENU.members);
  await members.getByRole('button', { name: 'บันทึกสมาชิกใหม่' }).click();
  await members.locator('#name-error', { hasText: 'กรุณากรอกช่องนี้' }).waitFor();
  await members.getByLabel('ชื่อ-สกุล *').fill('นางสาววอรทัย ใจดี');
  await expect(members.locator('#name-error').count()).resolves.toBe(0);
});
