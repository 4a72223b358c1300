/**
 * The playground's grid on the demo fund (33,823 deposits), as a secretary uses it: the check
 * opens its report, a report link jumps to the marked cell far down the deposits (the grid draws
 * every row, fetching rows by range), and the summaries open the sheet they wrote.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  browserTest,
  hasChromium,
  launch,
  playgroundApi,
  startPlayground,
  type Playground,
} from '../support/browser';
import { requireBuild, tempDir } from '../support/runtime';
import type { Browser } from 'playwright-core';

interface BookInfo {
  version: number;
  active: number;
  sheets: { id: number; name: string; totalRows: number }[];
}
interface Rows {
  texts: string[][];
  backgrounds: (string | null)[][];
  links: (string | null)[][];
}

let pg: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!hasChromium) return;
  requireBuild();
  // A new workbook: the playground makes the demo fund in it (--demo), as on a first `npm start`.
  pg = await startPlayground(join(tempDir('playground-grid-'), 'demo.xlsx'), ['--demo']);
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  // Each change saves the 34,000-row book, which holds the playground for seconds on a busy machine.
  page.setDefaultTimeout(120000);
  await page.goto(pg.url);
  await page.getByRole('tab', { name: 'สมาชิก' }).waitFor();
}, 240000);

afterAll(async () => {
  await browser?.close();
  await pg?.stop();
});

const selectedTab = () => page.locator('#tabs [aria-selected="true"]');

browserTest(
  'the check opens its report; a link jumps to the marked cell at row 33,359; the summaries open the sheet they wrote',
  async () => {
    await page.getByRole('button', { name: 'ตรวจสอบรายการ' }).click();
    await selectedTab().filter({ hasText: 'ผลการตรวจสอบ' }).waitFor({ timeout: 120000 });

    // The report's links are drawn as links, found here from the server's own reading of the sheet.
    const book = await playgroundApi<BookInfo>(pg, '/api/book');
    const report = book.sheets.find((s) => s.name === 'ผลการตรวจสอบ')!;
    const rows = await playgroundApi<Rows>(pg, `/api/rows?sheet=${report.id}&from=1&count=500`);
    const links = rows.links.flat().filter((l): l is string => l !== null);
    expect(links.length).toBeGreaterThan(5);
    const deposits = book.sheets.find((s) => s.name === 'เงินฝาก')!;
    const target = `#gid=${deposits.id}&range=E33359`;
    expect(links).toContain(target);

    const link = page.locator(`#grid a[href="${target}"]`);
    await link.scrollIntoViewIfNeeded();
    await expect(link.textContent()).resolves.toBe('ไปที่เซลล์');
    await link.click();
    await selectedTab().filter({ hasText: 'เงินฝาก' }).waitFor();
    const cell = page.locator('td.selected[data-cell="E33359"]');
    await cell.waitFor();
    // In view, below the sticky header rows (not hidden under them). Measured in the page, once the
    // grid has settled: it may redraw the block of rows around the cell just after the jump.
    const inView = () => {
      const td = document.querySelector('td.selected[data-cell="E33359"]');
      const head = document.querySelector('#grid thead');
      const grid = document.querySelector('#grid');
      if (!td || !head || !grid) return false;
      const b = td.getBoundingClientRect();
      return (
        b.top >= head.getBoundingClientRect().bottom - 0.5 && b.bottom <= grid.getBoundingClientRect().bottom + 0.5
      );
    };
    await page.waitForFunction(inView, undefined, { timeout: 15000 });
    await expect(cell.textContent()).resolves.toBe('1,000 บาท');
    // The check's mark: the warning tint it wrote (src/addon/checks/report.ts MARK_COLOURS.warning).
    await expect(cell.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe('rgb(253, 227, 194)');
    const marked = await page
      .locator('#grid tbody td')
      .evaluateAll((tds) =>
        tds
          .filter((td) => getComputedStyle(td).backgroundColor !== 'rgba(0, 0, 0, 0)')
          .map((td) => (td as HTMLElement).dataset.cell),
      );
    expect(marked).toContain('E33359');
    await page.locator('#grid').evaluate((g) => (g.scrollLeft = 0));
    // docs/playground-late-row-marked.png is a copy of this screenshot.
    await page.screenshot({ path: join(ARTIFACTS, 'playground-late-row-marked.png') });

    await page.getByRole('button', { name: 'สร้างรายงานสรุป' }).click();
    await selectedTab().filter({ hasText: 'ฐานะกองทุน' }).waitFor({ timeout: 120000 });
    await expect(page.locator('table.sheet tbody td[data-cell]').count()).resolves.toBeGreaterThan(10);
  },
  300000,
);
