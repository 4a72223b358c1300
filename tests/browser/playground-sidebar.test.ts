/**
 * Opening a sidebar while another is open: the old form is covered and cannot be used, and the
 * new title shows only with the new page (it once stood over the old, still-usable form for
 * seconds). The slow parts (the menu call, the page) are held by the test.
 */
import type { Page, Route } from 'playwright-core';
import { ARTIFACTS, browserTest, hasChromium, openPlayground, type OpenPlayground } from '../support/browser';
import { requireBuild } from '../support/runtime';
import { newBook } from '../forms/helpers';
import { join } from 'node:path';

let open: OpenPlayground | undefined;
let page: Page;

beforeAll(async () => {
  if (!hasChromium) return;
  requireBuild();
  open = await openPlayground(await newBook({ members: 12 }), 'playground-sidebar-');
  page = open.page;
  page.setDefaultTimeout(120000);
}, 240000);

afterAll(async () => {
  await open?.close();
});

/** Holds requests to paths starting with `prefix` until release() is called. */
async function hold(prefix: string): Promise<{ release: () => void; seen: Promise<void> }> {
  let release = () => undefined as void;
  let seenOk = () => undefined as void;
  const seen = new Promise<void>((ok) => (seenOk = ok));
  const gate = new Promise<void>((ok) => (release = ok));
  await page.route((url) => url.pathname.startsWith(prefix), async (route: Route) => {
    seenOk();
    await gate;
    await route.continue();
  });
  return { release, seen };
}

browserTest(
  'opening a form: the old form is covered and unusable, and the new title shows only with the new page',
  async () => {
    await page.getByRole('button', { name: 'เกี่ยวกับสมุดบัญชีนี้' }).click();
    await page.frameLocator('#sidebar-frame').getByText('แผ่นงานในสมุดบัญชี').waitFor();
    await page.locator('#sidebar').locator('#sidebar-title', { hasText: 'เกี่ยวกับ' }).waitFor();

    // The menu call is slow (the book is large): the About page must not stay usable meanwhile.
    const menu = await hold('/api/menu');
    await page.getByRole('button', { name: 'รับเงินฝาก', exact: true }).click();
    await menu.seen;
    await expect(page.locator('#sidebar').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('#sidebar-frame').evaluate((f) => (f as HTMLIFrameElement).inert)).resolves.toBe(true);
    await expect(page.locator('#sidebar-loading').isVisible()).resolves.toBe(true);

    // The new page itself is slow to come: its title must not stand over the old form.
    const sidebarPage = await hold('/sidebar/');
    menu.release();
    await sidebarPage.seen;
    await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('');
    await expect(page.locator('#sidebar-loading').textContent()).resolves.toContain('รับเงินฝาก');
    await expect(page.frameLocator('#sidebar-frame').getByText('แผ่นงานในสมุดบัญชี').count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-sidebar-loading.png') });
    sidebarPage.release();

    await page.locator('#sidebar:not([aria-busy])').waitFor();
    await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('รับเงินฝาก');
    await page.frameLocator('#sidebar-frame').getByRole('heading', { level: 1, name: 'รับเงินฝาก' }).waitFor();
    await expect(page.locator('#sidebar-frame').evaluate((f) => (f as HTMLIFrameElement).inert)).resolves.toBe(false);
    await page.unrouteAll({ behavior: 'wait' });
  },
  240000,
);

