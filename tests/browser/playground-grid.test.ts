/**
 * The playground's grid and sidebar on the demo fund (33,823 deposits), as a secretary uses them:
 * a form opens without leaving the old one usable under the new title, a deposit saved from the
 * sidebar shows at row 33,825 (the grid draws every row, fetching rows by range), the check opens
 * its report, a report link jumps to the marked cell far down the deposits, and the summaries open
 * the sheet they wrote.
 */
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { ARTIFACTS, browserTest, hasChromium, launch, playgroundApi, startPlayground, type Playground } from '../support/browser';
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
  // A new workbook: the playground makes the demo fund in it, as on a first `npm start`.
  pg = await startPlayground(join(tempDir('playground-grid-'), 'demo.xlsx'));
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
const sidebar = () => page.locator('#sidebar');

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

async function scrollGridTo(fraction: number): Promise<void> {
  await page.locator('#grid').evaluate((g, f) => (g.scrollTop = (g.scrollHeight - g.clientHeight) * f), fraction);
}

browserTest(
  'opening a form: the old form is covered and unusable, and the new title shows only with the new page',
  async () => {
    await page.getByRole('button', { name: 'เกี่ยวกับสมุดบัญชีนี้' }).click();
    await page.frameLocator('#sidebar-frame').getByText('แผ่นงานในสมุดบัญชี').waitFor();
    await sidebar().locator('#sidebar-title', { hasText: 'เกี่ยวกับ' }).waitFor();

    // The menu call is slow (the book is large): the About page must not stay usable meanwhile.
    const menu = await hold('/api/menu');
    await page.getByRole('button', { name: 'รับเงินฝาก', exact: true }).click();
    await menu.seen;
    await expect(sidebar().getAttribute('aria-busy')).resolves.toBe('true');
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

browserTest(
  'a deposit saved from the sidebar shows at row 33,825, below the 300 rows the grid once stopped at',
  async () => {
    if (!(await page.locator('#sidebar-title', { hasText: 'รับเงินฝาก' }).count())) {
      await page.getByRole('button', { name: 'รับเงินฝาก', exact: true }).click();
      await page.locator('#sidebar-title', { hasText: 'รับเงินฝาก' }).waitFor();
    }
    const before = await playgroundApi<BookInfo>(pg, '/api/book');
    const deposits = before.sheets.find((s) => s.name === 'เงินฝาก');
    expect(deposits?.totalRows).toBe(33824);
    // Saved through the open deposit form's google.script.run, as its Save button does.
    const frame = page.frames().find((f) => f !== page.mainFrame() && /\/sidebar\//.test(f.url()));
    const saved = await frame?.evaluate(
      () =>
        new Promise((ok, fail) => {
          const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
          (window as unknown as { google: { script: { run: any } } }).google.script.run // eslint-disable-line @typescript-eslint/no-explicit-any
            .withSuccessHandler(ok)
            .withFailureHandler(fail)
            .saveDeposit({ key: 'grid-test-deposit-1', memberId: '0011', kind: 'savings', amount: '75', date: today, yearCovered: '', recordedBy: 'นางเก็บ เงิน', note: '' });
        }),
    );
    expect(saved).toMatchObject({ ok: true, written: { rows: [33825] } });

    await page.getByRole('tab', { name: 'เงินฝาก' }).click();
    await scrollGridTo(1);
    const late = page.locator('td[data-cell="C33825"]');
    await late.waitFor();
    await expect(late.textContent()).resolves.toBe('0011');
    await expect(page.locator('td[data-cell="E33825"]').textContent()).resolves.toBe('75');
    await expect(late.isVisible()).resolves.toBe(true);
    await expect(page.locator('#rowinfo').textContent()).resolves.toMatch(/–33,825 จาก 33,825$/);
    // The middle of the book is there too, not only its two ends.
    await scrollGridTo(0.5);
    await page.locator('td.rownum', { hasText: /^169\d\d$/ }).first().waitFor();
  },
  240000,
);

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
    // In view, below the sticky header rows (not hidden under them).
    const box = await cell.boundingBox();
    const head = await page.locator('#grid thead').boundingBox();
    const view = await page.locator('#grid').boundingBox();
    expect(box && head && view && box.y >= head.y + head.height && box.y + box.height <= view.y + view.height).toBe(true);
    await expect(cell.textContent()).resolves.toBe('1,000 บาท');
    // The check's mark: the warning tint it wrote (src/addon/checks/report.ts MARK_COLOURS.warning).
    await expect(cell.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe('rgb(253, 227, 194)');
    const marked = await page.locator('#grid tbody td').evaluateAll((tds) =>
      tds.filter((td) => getComputedStyle(td).backgroundColor !== 'rgba(0, 0, 0, 0)').map((td) => (td as HTMLElement).dataset.cell),
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
