/**
 * About in Chromium for a book whose spreadsheet time zone is not Bangkok's: the line says so, and
 * its button sets the zone to Asia/Bangkok (photographed: tests/artifacts/about-timezone.png).
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

let open: OpenPlayground | undefined;
let page: Page;

beforeAll(async () => {
  if (!hasChromium) return;
  requireBuild();
  const rt = await loadBundle();
  rt.call('createDemoFund');
  rt.spreadsheet.setSpreadsheetTimeZone('America/Los_Angeles');
  open = await openPlayground(rt, 'about-timezone-');
  ({ page } = open);
}, 120000);

afterAll(async () => {
  if (open) await open.close();
});

browserTest('About flags a book in America/Los_Angeles and its button sets it to Asia/Bangkok', async () => {
  const frame = await openSidebarForm(page, t('menu.about', 'th'), t('app.name', 'th'));
  const zone = frame.getByTestId('about-zone');
  await zone.waitFor();
  expect(await zone.textContent()).toContain('America/Los_Angeles');
  const button = zone.getByRole('button', { name: t('limits.setZone', 'th') });
  await button.waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'about-timezone.png') });
  await button.click();
  await button.waitFor({ state: 'detached' });
  expect(await zone.textContent()).toContain('Asia/Bangkok');
});
