/**
 * About in Chromium for a book whose spreadsheet time zone is not Bangkok's: the line says so, and
 * its button sets the zone to Asia/Bangkok (photographed: tests/artifacts/about-timezone.png).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../../src/core/i18n';
import { ARTIFACTS, browserTest, openSidebarForm, playgroundForFile } from '../support/browser';
import { demoFund } from '../support/runtime';

let page: Page;

playgroundForFile(
  'about-timezone-',
  async () => {
    const rt = await demoFund();
    rt.spreadsheet.setSpreadsheetTimeZone('America/Los_Angeles');
    return rt;
  },
  (open) => ({ page } = open),
);

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
