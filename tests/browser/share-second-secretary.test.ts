/**
 * The Share sidebar in Chromium for a second secretary: the first one made the shared file, and
 * drive.file keeps it out of this user's reach. The page names the owner and what to do, offers
 * only "make my own new file", and changes nothing until that is pressed (photographed:
 * tests/artifacts/share-second-secretary.png, copied to docs/).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../../src/core/i18n';
import {
  ARTIFACTS,
  browserTest,
  hasChromium,
  openPlayground,
  openSidebarForm,
  type OpenPlayground,
} from '../support/browser';
import { loadBundle, requireBuild } from '../support/runtime';
import { callCli, callRpc } from '../../src/local/addon';

const FIRST = 'first.secretary@example.org';

let open: OpenPlayground | undefined;
let page: Page;
let sharedId = '';

beforeAll(async () => {
  if (!hasChromium) return;
  requireBuild();
  // The first secretary shares the summary; the playground then runs as its own (other) user.
  const rt = await loadBundle({ userEmail: FIRST });
  callCli(rt, 'createDemoFund');
  const shared = callRpc(rt, 'shareSummary', { emails: 'officer@abt.go.th', asOf: '', period: 'fiscal' });
  if (shared.error) throw shared.error;
  sharedId = [...rt.created.keys()][0];
  open = await openPlayground(rt, 'share-second-');
  ({ page } = open);
}, 180000);

afterAll(async () => {
  if (open) await open.close();
});

browserTest(
  'a second secretary is told who owns the shared file, and only an explicit request makes a new one',
  async () => {
    expect(sharedId).not.toBe('');
    const frame = await openSidebarForm(page, t('menu.share', 'th'), t('share.title', 'th'));
    const notice = frame.getByTestId('share-elsewhere');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(`ไฟล์สรุปสำหรับหน่วยงานเป็นของ ${FIRST}`);
    expect(text).toContain(`ขอให้ ${FIRST} เปิดเมนูนี้แล้วกดอัปเดต`);
    const openLink = frame.getByRole('link', { name: new RegExp(t('share.openFile', 'th')) });
    expect(await openLink.count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'share-second-secretary.png') });

    // The ordinary button, pressed twice: refused each time in Thai, and no file of their own appears.
    await frame.getByLabel(t('share.emails', 'th')).fill('codi@codi.or.th');
    const submit = frame.getByRole('button', { name: t('share.submit', 'th') });
    const messages = frame.getByTestId('share-messages');
    for (let i = 0; i < 2; i++) {
      await submit.click();
      await frame.getByRole('button', { name: t('share.submit', 'th') }).waitFor();
      await messages.waitFor();
      expect(await messages.textContent()).toContain(`ขอให้ ${FIRST} เปิดเมนูนี้แล้วกดอัปเดต`);
      expect(await openLink.count()).toBe(0);
    }

    // Asked explicitly: a new file of their own, with the warning that the old link goes stale.
    await notice.getByRole('button', { name: t('share.replace', 'th') }).click();
    await openLink.waitFor();
    expect(await messages.textContent()).toContain('ลิงก์เดิมที่หน่วยงานมีจะไม่อัปเดตอีก');
    expect(await notice.count()).toBe(0);
  },
);
