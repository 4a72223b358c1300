/**
 * The import dialog in Chromium against the playground (the BUILT add-on on an .xlsx): open it
 * from the menu, pick the group's tabs, remap a column, dry run, import, undo. Screenshots under
 * tests/artifacts/ (import-*.png).
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  ARTIFACTS,
  browserTest,
  playgroundApi,
  type Playground,
  playgroundForFile,
  openSidebarForm,
} from '../support/browser';
import { loadBundle } from '../support/runtime';
import { sourceTabs } from './helpers';
import { callMenu } from '../../src/local/addon';

let page: Page;
let pg: Playground;

playgroundForFile(
  'import-browser-',
  async () => {
    const rt = await loadBundle();
    callMenu(rt, 'setupFundBook');
    const ss = (rt.globals.SpreadsheetApp as { getActiveSpreadsheet(): any }).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const t of await sourceTabs(join(__dirname, '..', 'fixtures', 'import', 'issue-book.xlsx'))) {
      const name = ss.getSheetByName(t.tab) ? `${t.tab} (เดิม)` : t.tab;
      const sheet = ss.insertSheet(name);
      const width = Math.max(...t.values.map((r) => r.length));
      sheet
        .getRange(1, 1, t.values.length, width)
        .setValues(t.values.map((r) => [...r, ...Array(width - r.length).fill('')]));
    }
    return rt;
  },
  (open) => ({ page, pg } = open),
);

async function rowsOf(name: string): Promise<number> {
  const book = await playgroundApi<{ sheets: { name: string; totalRows: number }[] }>(pg, '/api/book');
  return book.sheets.find((s) => s.name === name)?.totalRows ?? -1;
}

const openDialog = (): Promise<Frame> => openSidebarForm(page, 'นำเข้าข้อมูลจากสมุดเดิม');

browserTest('pick the tabs, remap a column, dry run, import, undo', async () => {
  const frame = await openDialog();
  const width = await page.locator('#sidebar-frame').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(600);
  // The book's own sheets cannot be picked.
  await expect(frame.getByRole('checkbox', { name: /^เงินฝาก/ }).isDisabled()).resolves.toBe(true);
  for (const tab of ['ทะเบียนสมาชิก', 'ใบเสร็จค่าบำรุง', 'สวัสดิการ (เดิม)', 'รับ-จ่าย'])
    await frame.getByRole('checkbox', { name: new RegExp(`^${tab.replace(/[()]/g, '\\$&')}`) }).check();
  await frame.getByRole('button', { name: 'ตรวจหาหัวตารางและประเภท' }).click();
  await frame.getByRole('region', { name: 'ทะเบียนสมาชิก' }).waitFor();
  // Values as read: a B.E. text date shown in พ.ศ.
  await frame
    .getByText('15/8/2561 → 15 ส.ค. 2561')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await frame
    .getByText(/ → \d{1,2} [ก-๙.]+ 25\d\d/)
    .first()
    .waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'import-detect.png') });

  // Remap: the roll's phone column is left out.
  const roll = frame.getByRole('region', { name: 'ทะเบียนสมาชิก' });
  await roll.getByLabel('เบอร์โทร').selectOption('');
  await frame.getByRole('button', { name: /ทดลองนำเข้า/ }).click();
  const dry = frame.getByRole('region', { name: 'ผลการทดลองนำเข้า' });
  await dry.waitFor();
  await dry.getByText('สมาชิก 40 คน').waitFor();
  // The welfare tab's unknown benefits come with a suggestion pre-selected.
  await expect(dry.getByLabel('ฌาปนกิจ').inputValue()).resolves.toBe('death');
  await dry.getByText(/สวัสดิการ \(เดิม\) แถว 11: ปี "5\/3\/62" มีสองหลัก/).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'import-dry-run.png') });
  // The dry run wrote nothing: the roll has its header row only.
  expect(await rowsOf('สมาชิก')).toBe(1);

  await frame.getByRole('button', { name: '3. นำเข้า' }).click();
  await frame
    .getByRole('status')
    .getByText(/นำเข้าชุดที่ 1 แล้ว/)
    .waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'import-done.png') });
  expect(await rowsOf('สมาชิก')).toBe(41);
  expect(await rowsOf('เงินฝาก')).toBe(55);

  await frame.getByRole('button', { name: 'ยกเลิกการนำเข้าชุดที่ 1' }).click();
  await frame
    .getByRole('status')
    .getByText(/ยกเลิกชุดที่ 1 แล้ว ลบ 111 แถว/)
    .waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'import-undone.png') });
  expect(await rowsOf('สมาชิก')).toBe(1);
  expect(await rowsOf('เงินฝาก')).toBe(1);
});

browserTest(
  'a file that is not a mapping: the reason in Thai in the dialog, and the tabs picked stay picked',
  async () => {
    const frame = await openDialog();
    const roll = frame.getByRole('checkbox', { name: /^ทะเบียนสมาชิก/ });
    await roll.check();
    await frame.locator('input[type=file]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"not": "a mapping"}'),
    });
    await frame
      .getByRole('alert')
      .getByText('ไฟล์การจับคู่ไม่ถูกต้อง (ต้องเป็นไฟล์ .json ที่ส่งออกจากหน้านำเข้าข้อมูล)', { exact: true })
      .waitFor();
    await expect(roll.isChecked()).resolves.toBe(true);
  },
);
