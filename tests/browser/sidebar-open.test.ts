/**
 * Opening a form while another is open, on a 3,000-member book in the playground (Chromium): while
 * the server builds the new sidebar and while its page loads, the old form is covered and cannot be
 * typed into, a loading notice says what is opening, and the new title only shows with the new
 * form. The server's answers are held by the test (playwright's page.route) and released by it, so
 * every state is seen for sure and every wait is bounded.
 * Then the new-member form of the same book: the roll is too big to send to the page, and a
 * national id that another member holds, or a member id in use, is still refused while it is
 * typed, before Save.
 */
import { join } from 'node:path';
import type { Frame, Page, Route } from 'playwright-core';
import { ARTIFACTS, browserTest, openSidebarForm, playgroundForFile } from '../support/browser';
import { newBook } from '../forms/helpers';

const MEMBERS = 'สมาชิก (สมัคร/แก้ไข/ลาออก)';
const DEPOSIT = 'รับเงินฝาก';
/** A valid national id (checksum) given to member M1234 of the 3,000. */
const TAKEN_NID = '1101700207030';
const WAIT = { timeout: 30000 };

let page: Page;

playgroundForFile(
  'sidebar-open-',
  async () => {
    const rt = await newBook({ members: 3000, deposits: 3000 });
    const roll = rt.spreadsheet.getSheetByName('สมาชิก')!;
    const header = roll.getRange(1, 1, 1, roll.getLastColumn()).getValues()[0];
    roll
      .getRange(1235, header.indexOf('เลขประจำตัวประชาชน') + 1)
      .setNumberFormat('@')
      .setValue(TAKEN_NID);
    return rt;
  },
  (open) => ({ page } = open),
  600000,
);

/** Holds the requests matching `pattern` until release(), which lets them through and stops holding. */
async function hold(pattern: string | RegExp): Promise<{ seen: Promise<void>; release: () => Promise<void> }> {
  let gate!: () => void;
  const opened = new Promise<void>((ok) => (gate = ok));
  let seenOk!: () => void;
  const seen = new Promise<void>((ok) => (seenOk = ok));
  const passed: Promise<void>[] = [];
  await page.route(pattern, (route: Route) => {
    seenOk();
    const through = opened.then(() => route.continue());
    passed.push(through);
    return through;
  });
  return {
    seen,
    release: async () => {
      gate();
      await Promise.all(passed);
      await page.unroute(pattern);
    },
  };
}

/** Clicks where the old form's name box is and types: what a secretary would try. */
async function typeIntoOldForm(frame: Frame): Promise<string> {
  const box = await frame.locator('#name').boundingBox();
  const frameBox = await page.locator('#sidebar-frame').boundingBox();
  if (!box && !frameBox) return '';
  const at = box ?? frameBox!;
  await page.mouse.click(at.x + 10, at.y + 5);
  await page.keyboard.type('ก');
  return frame.isDetached() ? '' : frame.locator('#name').inputValue();
}

browserTest(
  'opening another form: the old one is covered and inert, a loading notice shows, then the new form and its title',
  async () => {
    const members = await openSidebarForm(page, MEMBERS);
    await members.locator('#name').fill('');
    const loading = page.locator('#sidebar-loading');
    const sidebar = page.locator('#sidebar');

    // 1. The server is building the new sidebar (held): the old form is still there but blocked.
    const menu = await hold('**/api/menu');
    const sidebarPage = await hold(/\/sidebar\/\d+(\?|$)/);
    await page.getByRole('button', { name: DEPOSIT, exact: true }).click();
    await menu.seen;
    await page.locator('#sidebar[aria-busy="true"]').waitFor(WAIT);
    expect(await loading.isVisible()).toBe(true);
    expect(await page.locator('#sidebar-frame').evaluate((f) => (f as HTMLIFrameElement).inert)).toBe(true);
    expect(await typeIntoOldForm(members)).toBe('');
    expect(await page.locator('#sidebar-title').textContent()).toBe(MEMBERS);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-opening.png') });

    // 2. The server answered; the new page is loading (held): the old form is gone, no new title yet.
    await menu.release();
    await sidebarPage.seen;
    await page.getByText(`กำลังเปิด ${DEPOSIT}…`).waitFor(WAIT);
    expect(await sidebar.getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('#sidebar-title').textContent()).toBe('');
    expect(members.isDetached()).toBe(true);

    // 3. The page arrives: the new form, its title, nothing covering it.
    await sidebarPage.release();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('heading', { level: 1, name: DEPOSIT }).waitFor(WAIT);
    await page.locator('#sidebar:not([aria-busy])').waitFor(WAIT);
    expect(await loading.isVisible()).toBe(false);
    expect(await page.locator('#sidebar-title').textContent()).toBe(DEPOSIT);
    await frame.getByRole('combobox').first().fill('M1');
    expect(await frame.getByRole('combobox').first().inputValue()).toBe('M1');
  },
  300000,
);

browserTest(
  "new member in a 3,000-member book: another member's national id, or a taken member id, is refused as it is typed, before Save",
  async () => {
    const form = await openSidebarForm(page, MEMBERS);
    const saveCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/run') && (r.postData() ?? '').includes('saveNewMember')) saveCalls.push(r.url());
    });
    await form.locator('#name').fill('นางสาวทดสอบ ซ้ำกัน');
    await form.locator('#nationalId').fill(TAKEN_NID);
    const refusal = form.getByText('เลขประจำตัวประชาชนนี้เป็นของสมาชิก M1234');
    await refusal.waitFor(WAIT);
    // The field says so where the secretary looks, and nothing was saved.
    expect(await form.locator('#nationalId').getAttribute('aria-invalid')).toBe('true');
    expect(saveCalls).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'member-nid-taken.png') });

    // Another (free) id clears it.
    await form.locator('#nationalId').fill('3101700207028');
    await refusal.waitFor({ state: 'detached', ...WAIT });

    // The same for a member id that is taken: the server is asked as it is typed.
    const idTaken = form.getByText('รหัสนี้มีสมาชิกใช้อยู่แล้ว');
    await form.locator('#memberId').fill('M0005');
    await idTaken.waitFor(WAIT);
    expect(await form.locator('#memberId').getAttribute('aria-invalid')).toBe('true');
    await form.locator('#memberId').fill('M3001');
    await idTaken.waitFor({ state: 'detached', ...WAIT });
    expect(saveCalls).toEqual([]);
  },
  300000,
);
