/**
 * The secretary's forms in a real browser (Debian's Chromium via playwright-core) against the
 * playground, which runs the BUILT add-on on an .xlsx: each form's normal path and a bad input,
 * collection day by keyboard only, a double click that saves one row, an axe scan of every
 * form, and screenshots (Thai must render) under tests/artifacts/.
 * One browser and one playground for the whole file; each test opens its form from the menu.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import {
  ARTIFACTS,
  browserTest,
  openSidebarForm,
  playgroundRows,
  type Playground,
  playgroundForFile,
  FORM_MENU,
  pickMember,
} from '../support/browser';
import { VILLAGES, fill, newBook, paidUpMember } from '../forms/helpers';

let pg: Playground;
let page: Page;

async function sheetRows(name: string): Promise<string[][]> {
  return playgroundRows(pg, name);
}

const openForm = (label: string): Promise<Frame> => openSidebarForm(page, label);

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab'): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('could not reach the control with the keyboard');
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `forms-${name}.png`) });
}

/** axe on the sidebar's page: no serious or critical violations. */
async function axe(name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#sidebar-frame').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

playgroundForFile(
  'forms-browser-',
  async () => {
    // A small fund: 30 members in three villages, a paid-up member for the welfare claim.
    const rt = await newBook({ members: 30, deposits: 60 });
    paidUpMember(rt, 'P0001', 400);
    fill(rt, 'deposits', [{ receiptNo: 'R0000061', date: new Date(), memberId: 'M0001', kind: 'เงินออม', amount: 30 }]);
    return rt;
  },
  (open) => ({ pg, page } = open),
);

browserTest(
  'members: a new member is registered with the suggested id; a bad national id and an empty name are shown next to their fields',
  async () => {
    const frame = await openForm(FORM_MENU.members);
    const id = frame.getByLabel('รหัสสมาชิก *');
    await expect(id.inputValue()).resolves.toBe('M0031');
    // Bad input first: a wrong check digit, then a save with no name.
    await frame.getByLabel('เลขประจำตัวประชาชน').fill('1101700207031');
    await frame
      .getByText(/ตรวจสอบ/)
      .first()
      .waitFor();
    await frame.getByRole('button', { name: 'บันทึกสมาชิกใหม่' }).click();
    await frame.getByText('กรุณากรอกช่องนี้').first().waitFor();
    const before = (await sheetRows('สมาชิก')).length;
    await shot('members-errors');

    await frame.getByLabel('ชื่อ-สกุล *').fill('=HYPERLINK("http://x","นางทดลอง")');
    await frame.getByLabel('เลขประจำตัวประชาชน').fill('1101700207030');
    await frame.getByText('เลขถูกต้องตามหลักตรวจสอบ').waitFor();
    await frame.getByLabel('โทรศัพท์').fill('+66 81 234 5678');
    await frame.getByLabel('หมู่บ้าน').fill(VILLAGES[0]);
    await frame.getByRole('button', { name: 'บันทึกสมาชิกใหม่' }).click();
    await frame.getByText(/บันทึกสมาชิก M0031/).waitFor();
    await shot('members-saved');
    const rows = await sheetRows('สมาชิก');
    expect(rows.length).toBe(before + 1);
    const added = rows[rows.length - 1];
    expect(added).toEqual(
      expect.arrayContaining(['M0031', '=HYPERLINK("http://x","นางทดลอง")', '1101700207030', '+66 81 234 5678', 'ปกติ']),
    );
    // The form is ready for the next member.
    await expect(id.inputValue()).resolves.toBe('M0032');
    await axe('members');
  },
);

browserTest('members: a resignation is confirmed before it is saved, and only the status changes', async () => {
  const frame = await openForm(FORM_MENU.members);
  await frame.getByRole('tab', { name: 'ลาออก/เสียชีวิต' }).click();
  await pickMember(frame, 'สมาชิก', 'ทดสอบ 9');
  await frame.getByRole('radio', { name: 'ลาออก' }).check();
  await frame.getByRole('button', { name: 'บันทึกสถานะ' }).click();
  await frame.getByText(/ยืนยันบันทึกว่า M0009/).waitFor();
  await shot('members-confirm-status');
  await frame.getByRole('button', { name: 'ยืนยันบันทึก' }).click();
  await frame.getByText(/บันทึกแล้ว: M0009 ลาออก/).waitFor();
  const row = (await sheetRows('สมาชิก')).find((r) => r[0] === 'M0009');
  expect(row).toEqual(expect.arrayContaining(['M0009', 'สมาชิก ทดสอบ 9', 'ลาออก']));
  await axe('members-status');
});

browserTest(
  'deposit: the amount is proposed, a zero amount is refused next to the field, and a double click saves one row',
  async () => {
    const frame = await openForm(FORM_MENU.deposit);
    await pickMember(frame, 'สมาชิก', 'M0003');
    await frame.getByTestId('member-panel').waitFor();
    const amount = frame.getByLabel('จำนวนเงิน (บาท) *');
    await expect(amount.inputValue()).resolves.toMatch(/^[\d,]+$/);
    await amount.fill('0');
    await frame.getByRole('button', { name: 'บันทึกรับเงิน' }).click();
    await frame
      .getByText(/จำนวนเงินต้องมากกว่า 0/)
      .first()
      .waitFor();
    await shot('deposit-error');

    const before = (await sheetRows('เงินฝาก')).length;
    await amount.fill('1,234');
    await frame.getByRole('button', { name: 'บันทึกรับเงิน' }).dblclick();
    await frame.getByText(/บันทึกแล้ว ใบเสร็จเลขที่ R0000062/).waitFor();
    await shot('deposit-saved');
    const rows = await sheetRows('เงินฝาก');
    expect(rows.length).toBe(before + 1);
    expect(rows[rows.length - 1]).toEqual(expect.arrayContaining(['R0000062', 'M0003', 'เงินออม', '1,234']));
    await axe('deposit');
  },
);

browserTest(
  'collection day by keyboard only: choose a village, tick and confirm two lapsed members, change an amount, save, see the printable list',
  async () => {
    const frame = await openForm(FORM_MENU.collection);
    const kb = page.keyboard;
    // Land on the first control as Tab from the sidebar's top would, then only the keyboard.
    await frame.locator('#village').focus();
    await kb.press('ArrowDown'); // the first village in the list
    await kb.press('Tab');
    await kb.press('Enter'); // "แสดงรายชื่อ"
    const total = frame.getByTestId('running-total');
    await total.waitFor();
    const boxes = frame.getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(3);
    await kb.press('Tab'); // the date received
    await kb.press('Tab'); // recorded by
    await kb.type('นางเก็บ เงิน');
    // Nobody is ticked at first.
    await expect(frame.locator('input[type=checkbox]:checked').count()).resolves.toBe(0);
    await tabTo(boxes.nth(0), 'Tab'); // past "ทุกคน" and "ล้าง" to the first member's tick box
    await kb.press('Space'); // tick the first member
    // Bad input first: an amount that is not baht is said next to the box and stops the save.
    // The first lapsed member (listed apart): typing an amount ticks them, pending a confirmation.
    const second = frame.getByTestId('apart').locator('input.amount').first();
    await tabTo(second, 'Tab');
    await kb.press('Control+A');
    await kb.type('ร้อย');
    await expect(frame.locator('input.amount[aria-invalid="true"]').count()).resolves.toBe(1);
    await frame.locator('.field-error', { hasText: 'ไม่ใช่จำนวนเงินที่อ่านได้' }).waitFor();
    const save = frame.getByRole('button', { name: /บันทึกทั้งหมด/ });
    await tabTo(save, 'Tab');
    await kb.press('Enter');
    await frame.getByText('มีจำนวนเงินที่อ่านไม่ได้ (ช่องสีแดง) กรุณาแก้ก่อนบันทึก').waitFor();
    await shot('collection-error');
    // Back up to that member's savings and fix it, then confirm collecting from them.
    await tabTo(second, 'Shift+Tab');
    await kb.press('Control+A');
    await kb.type('100');
    await expect(frame.locator('input.amount[aria-invalid="true"]').count()).resolves.toBe(0);
    await tabTo(frame.getByRole('button', { name: 'ยืนยันรับเงิน' }), 'Tab');
    await kb.press('Enter');
    await expect(boxes.nth(0).isChecked()).resolves.toBe(true);
    await expect(frame.getByTestId('apart').getByRole('checkbox').first().isChecked()).resolves.toBe(true);
    // The running total counts the ticked, confirmed members.
    const ticked = (await Promise.all(Array.from({ length: count }, (_, i) => boxes.nth(i).isChecked()))).filter(
      Boolean,
    ).length;
    expect(ticked).toBe(2);
    await expect(total.innerText()).resolves.toMatch(new RegExp(`^เลือก ${ticked} คน`));
    await shot('collection-list');
    await axe('collection');
    const before = (await sheetRows('เงินฝาก')).length;
    // Tab on through the list to the save button, and press it.
    await tabTo(save, 'Tab');
    await kb.press('Enter');
    const printed = frame.getByRole('heading', { name: /รายการรับเงิน วันที่/ });
    await printed.waitFor();
    const lines = await frame.locator('.print-table tbody tr').count();
    const rows = await sheetRows('เงินฝาก');
    expect(rows.length - before).toBe(lines);
    // Receipts in list order, continuing the book's numbering.
    const receipts = (await frame.locator('.print-table tbody tr td:first-child').allInnerTexts()).map((s) => s.trim());
    expect(receipts).toEqual(rows.slice(before).map((r) => r[0]));
    expect(rows.slice(before).some((r) => r.includes('100'))).toBe(true);
    await frame.getByRole('button', { name: 'พิมพ์รายการ' }).waitFor();
    // What the printer gets: the sidebar's page in print media at A4 width (window.print() prints the frame's own page).
    const iframe = page.locator('#sidebar-frame');
    await iframe.evaluate((el) => ((el as HTMLElement).style.width = '794px'));
    await frame.evaluate(() => window.scrollTo(0, 0));
    await page.emulateMedia({ media: 'print' });
    await iframe.screenshot({ path: join(ARTIFACTS, 'forms-collection-print.png') });
    await page.emulateMedia({ media: 'screen' });
    await iframe.evaluate((el) => ((el as HTMLElement).style.width = ''));
    await axe('collection-printed');
  },
);

browserTest('welfare: the checklist and amount show before saving; another amount needs a reason', async () => {
  const frame = await openForm(FORM_MENU.welfare);
  await frame.getByLabel('ประเภทสวัสดิการ *').selectOption('sickness');
  await pickMember(frame, 'สมาชิก', 'P0001');
  await frame.getByLabel(/จำนวนหน่วย/).fill('3');
  await frame.getByTestId('verdict').getByText('มีสิทธิ์').waitFor();
  await frame.getByText('3 คืน × 100 บาท = 300 บาท').waitFor();
  const amount = frame.getByLabel('จำนวนเงิน (บาท) *');
  await expect(amount.inputValue()).resolves.toBe('300');
  await frame.getByLabel('ผู้อนุมัติ *').fill('นายประธาน');
  // Bad input: more than the schedule without a reason.
  await amount.fill('500');
  await frame.getByText(/ระเบียบกำหนด 300 บาท/).waitFor();
  await frame.getByRole('button', { name: 'บันทึกการจ่ายสวัสดิการ' }).click();
  await frame.getByText(/จำนวนเงินต่างจากระเบียบ \(300 บาท\)/).waitFor();
  await shot('welfare-override');
  await frame.getByLabel('เหตุผลที่จ่ายต่างจากระเบียบ *').fill('มติกรรมการ 5/2568');
  await frame.getByRole('button', { name: 'บันทึกการจ่ายสวัสดิการ' }).click();
  await frame.getByText(/บันทึกแล้ว ใบสำคัญจ่ายเลขที่/).waitFor();
  await shot('welfare-saved');
  const rows = await sheetRows('สวัสดิการ');
  expect(rows[rows.length - 1]).toEqual(
    expect.arrayContaining(['P0001', 'ค่าเยี่ยมไข้', '3', '500', 'นายประธาน', 'มติกรรมการ 5/2568']),
  );
  await axe('welfare');
});

browserTest('look-up: a name that matches nobody says so; a member found by name shows the statement', async () => {
  const frame = await openForm(FORM_MENU.lookup);
  const box = frame.getByRole('combobox', { name: 'ค้นหาสมาชิก' });
  await box.fill('ไม่มีใครชื่อนี้');
  await frame.getByText('ไม่พบสมาชิกที่ตรงกับ "ไม่มีใครชื่อนี้"').waitFor();
  await pickMember(frame, 'ค้นหาสมาชิก', 'จ่าย ครบ');
  const statement = frame.getByTestId('statement');
  await statement.waitFor();
  await statement.getByText('ยอดที่ชำระแล้ว (บาท)').waitFor();
  await statement.getByText('เงินออมชำระถึงวันที่').waitFor();
  // The welfare saved in the test before (if it ran) shows here; the headings always do.
  await statement.getByText('สวัสดิการที่ได้รับ').waitFor();
  await shot('lookup');
  await axe('lookup');
});
