/** The playground in a real browser: the menu runs the real add-on and the sidebar renders Thai. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, browserTest, launch, startPlayground } from '../support/browser';
import { requireBuild, tempDir } from '../support/runtime';
import { createRuntime } from '../../src/local/runtime';

beforeAll(requireBuild);

browserTest(
  'the About sidebar opens from the add-on menu and shows Thai text; summaries draw their chart',
  async () => {
    const dir = tempDir();
    const workbook = join(dir, 'playground.xlsx');
    const pg = await startPlayground(workbook, ['--demo']);
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(pg.url);
      // The add-on's menu, as buttons.
      const about = page.getByRole('button', { name: 'เกี่ยวกับสมุดบัญชีนี้' });
      await about.waitFor();
      await page.getByRole('tab', { name: 'สมาชิก', exact: true }).waitFor();
      await about.click();
      const frame = page.frameLocator('#sidebar-frame');
      await frame.getByRole('heading', { name: 'สมุดบัญชีกองทุนสวัสดิการชุมชน' }).waitFor();
      await frame.getByText('แผ่นงานในสมุดบัญชี').waitFor();
      // The sidebar is the 300 px panel and lists the member sheet with its row count from the server.
      const box = await page.locator('#sidebar-frame').boundingBox();
      expect(Math.round(box?.width ?? 0)).toBe(300);
      await expect(frame.getByRole('cell', { name: 'สมาชิก', exact: true }).count()).resolves.toBe(1);
      await page.screenshot({ path: join(ARTIFACTS, 'playground-about.png') });

      // A menu action that writes sheets: the summaries appear as tabs, with the balance chart drawn.
      await page.getByRole('button', { name: 'สร้างรายงานสรุป' }).click();
      await page.getByRole('tab', { name: 'สรุปรายเดือน' }).click();
      await page.locator('svg[role="img"][aria-label*="เงินกองทุนคงเหลือ"]').waitFor();
      // the grid draws the rows in view once their block arrives from the server
      await page.locator('table.sheet td', { hasText: 'รวมรายรับ' }).first().waitFor();
      await expect(page.locator('table.sheet td', { hasText: 'รวมรายรับ' }).count()).resolves.toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, 'playground-monthly.png') });
    } finally {
      await browser.close();
      await pg.stop();
    }
    // Every change went to the .xlsx (the last save is finished before the playground exits).
    const saved = await createRuntime({ workbookPath: workbook, bundlePath: null });
    expect(saved.spreadsheet.getSheetByName('สรุปรายเดือน')).not.toBeNull();
    copyFileSync(workbook, join(ARTIFACTS, 'playground-after.xlsx'));
  },
  300000, // a first start makes the 34,000-row demo fund
);
