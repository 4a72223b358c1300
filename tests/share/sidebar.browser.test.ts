/**
 * The Share sidebar in a real browser (Debian's Chromium) against the playground, which runs the
 * BUILT add-on on a demo fund: bad addresses are named next to the field in Thai, a good list
 * makes and shares the file, the viewers are listed and one is removed; keyboard and axe checked.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { ARTIFACTS, browserTest, playgroundForFile, openSidebarForm } from '../support/browser';
import { loadBundle } from '../support/runtime';
import { callCli } from '../../src/local/addon';

let page: Page;

playgroundForFile(
  'share-browser-',
  async () => {
    const rt = await loadBundle();
    callCli(rt, 'createDemoFund');
    return rt;
  },
  (open) => ({ page } = open),
);

const openShare = (): Promise<Frame> => openSidebarForm(page, 'แบ่งปันรายงานให้หน่วยงาน');

browserTest(
  'share: bad addresses are named in Thai by the field; good ones make the file, list the viewers, and one is removed',
  async () => {
    const frame = await openShare();
    await frame.getByText('ยังไม่เคยสร้างไฟล์สรุปสำหรับหน่วยงาน').waitFor();
    const box = frame.getByLabel('อีเมลของผู้ที่จะให้ดู');
    await box.fill('officer@abt-donkaew.go.th, somchai.gmail.com');
    await frame.getByRole('button', { name: 'สร้าง/อัปเดตและแบ่งปัน' }).click();
    await frame.getByText('"somchai.gmail.com" ไม่มีเครื่องหมาย @').waitFor();
    await expect(box.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(box.getAttribute('aria-describedby')).resolves.toContain('emails-error');
    await page.screenshot({ path: join(ARTIFACTS, 'share-errors.png') });

    // Keyboard only from here: fix the list, tab to the button, press Enter.
    await box.fill('officer@abt-donkaew.go.th\ncodi.staff@codi.or.th');
    await frame.getByLabel('ข้อมูล ณ วันที่ (พ.ศ.)').fill('30/9/2568');
    await frame.getByRole('radio', { name: 'ปีงบประมาณ' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await frame.getByText(/สร้างไฟล์ ".+ — สรุปสำหรับหน่วยงาน" แล้ว/).waitFor({ timeout: 60000 });
    await frame.getByText(/แบ่งปันให้ดูได้อย่างเดียว: officer@abt-donkaew.go.th, codi.staff@codi.or.th/).waitFor();
    const access = frame.getByTestId('share-access');
    await access.getByText('codi.staff@codi.or.th').waitFor();
    await expect(access.getByText('ดูได้อย่างเดียว').count()).resolves.toBe(2);
    await frame.getByRole('link', { name: /เปิดไฟล์สรุป/ }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'share-shared.png') });

    await frame.getByRole('button', { name: 'เลิกแบ่งปันให้ codi.staff@codi.or.th' }).click();
    await frame.getByText('เลิกแบ่งปันให้ codi.staff@codi.or.th แล้ว').waitFor();
    await expect(access.getByText('codi.staff@codi.or.th').count()).resolves.toBe(0);
    await expect(access.getByText('officer@abt-donkaew.go.th').count()).resolves.toBe(1);

    const results = await new AxeBuilder({ page }).include('#sidebar-frame').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  },
);
