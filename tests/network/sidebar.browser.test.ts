/**
 * The Network sidebar in Chromium against the playground, which runs the BUILT add-on on a network
 * book with two funds' figures-only files in its "Drive" (and a third that is missing): the
 * collection runs chunk by chunk with progress, the statuses are shown, and the meeting board is
 * drawn and photographed (tests/artifacts/network-board.png).
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ARTIFACTS, browserTest, playgroundForFile, openSidebarForm } from '../support/browser';
import { loadBundle, tempDir } from '../support/runtime';
import { callCli } from '../../src/local/addon';

let page: Page;

playgroundForFile(
  'network-browser-',
  async () => {
    const dir = tempDir('network-browser-');
    const packets: string[] = [];
    for (const seed of [31, 32]) {
      const rt = await loadBundle();
      callCli(rt, 'createDemoFund', seed);
      const r = callCli(rt, 'exportSharedSummary_', { asOf: '30/9/2569' }).value;
      const path = join(dir, `fund${seed}.xlsx`);
      await rt.saveCreated(r.id, path, { plain: true });
      packets.push(path);
    }
    const net = await loadBundle();
    callCli(net, 'setupNetworkBook_', {
      name: 'เครือข่ายสวัสดิการตำบลดอนแก้ว',
      reportingDate: '31/10/2569',
      funds: [
        { name: 'กองทุนบ้านดอนไชย', subdistrict: 'ดอนแก้ว', where: packets[0] },
        { name: 'กองทุนบ้านหนองบัว', subdistrict: 'ดอนแก้ว', where: packets[1] },
        { name: 'กองทุนบ้านใหม่', subdistrict: 'ดอนแก้ว', where: join(dir, 'not-sent-yet.xlsx') },
      ],
    });
    return { rt: net, args: packets.flatMap((p) => ['--drive', p]), firstTab: 'กองทุนในเครือข่าย' };
  },
  (open) => ({ page } = open),
  300000,
);

browserTest(
  'collect: progress, each fund status, and a one-page meeting board in Thai',
  async () => {
    const frame = await openSidebarForm(page, 'รวบรวมข้อมูลเครือข่าย');
    await frame.getByText('วันที่รายงาน 31 ต.ค. 2569 · 3 กองทุนในรายชื่อ').waitFor();
    await frame.getByRole('button', { name: 'รวบรวมข้อมูลเครือข่าย' }).click();
    await frame.getByTestId('net-done').waitFor({ timeout: 120000 });
    await frame.getByText('อ่านแล้ว 3 จาก 3 กองทุน').waitFor();
    await frame.getByText('รวบรวมแล้ว 2 จาก 3 กองทุน').waitFor();
    const results = frame.getByTestId('net-results');
    await results.getByText('อ่านไม่ได้').waitFor();
    await expect(results.getByText('ส่งแล้ว').count()).resolves.toBe(2);
    await frame.getByRole('link', { name: 'พิมพ์กระดานประชุม (PDF ขนาด A4)' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'network-sidebar.png') });

    // The board, as the committee will see it.
    await page.getByRole('tab', { name: 'กระดานประชุม' }).click();
    await page.locator('table.sheet td', { hasText: 'ภาพรวมเครือข่าย' }).waitFor();
    await page.locator('table.sheet td', { hasText: 'กองทุนบ้านใหม่' }).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'network-board.png') });

    const axe = await new AxeBuilder({ page }).include('#sidebar-frame').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  },
  240000,
);
