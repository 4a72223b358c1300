/**
 * The progress sidebar in Chromium against the playground: a book of 3,000 members and 200,000
 * deposit rows is big enough that "สร้างรายงานสรุป" opens the step-by-step build instead of one run.
 * The bar moves with Thai labels (photographed: tests/artifacts/summary-progress.png, copied to
 * docs/); the page is reloaded part-way, as a closed laptop would, and opening the menu again
 * offers to carry on, which finishes the summaries.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { ARTIFACTS, browserTest, openSidebarForm, playgroundForFile } from '../support/browser';
import { loadBundle } from '../support/runtime';
import { buildSyntheticBook } from '../../src/local/bench/synthetic';

let page: Page;

playgroundForFile(
  'summary-progress-',
  async () => {
    const rt = await loadBundle();
    buildSyntheticBook(rt, { members: 3000, deposits: 200000 });
    return rt;
  },
  (open) => ({ page } = open),
  600000,
);

const openProgress = (): Promise<Frame> => openSidebarForm(page, 'สร้างรายงานสรุป', 'สร้างรายงานสรุปทีละช่วง');

browserTest(
  'a big book: the summaries are built step by step with a progress bar, and carry on after a reload',
  async () => {
    let frame = await openProgress();
    await frame.getByText('อ่านทีละช่วงเพื่อไม่ให้เกินเวลา 6 นาทีของ Google').waitFor();
    await frame.getByRole('button', { name: 'เริ่มสร้างรายงานสรุป' }).click();
    // Part-way through the deposit log: the bar and its Thai line.
    const bar = frame.getByTestId('run-progress');
    const line = bar.locator('p', { hasText: 'แผ่นงาน เงินฝาก' });
    // A quarter of the way: the first 50,000-row slice of the deposit log is in.
    await frame.waitForFunction(
      () => Number(document.querySelector('[data-testid=run-progress] progress')?.getAttribute('value')) >= 50000,
      undefined,
      { timeout: 180000 },
    );
    expect(await line.textContent()).toMatch(/^อ่านแล้ว [\d,]+ จาก [\d,]+ แถว \(\d+%\) — แผ่นงาน เงินฝาก$/);
    const pct = Number(await bar.locator('progress').getAttribute('value'));
    expect(pct).toBeGreaterThan(0);
    expect(pct).toBeLessThan(Number(await bar.locator('progress').getAttribute('max')));
    await page.screenshot({ path: join(ARTIFACTS, 'summary-progress.png') });

    // The page is reloaded mid-run (the sidebar is gone); the menu opens it again with the run kept.
    await page.reload();
    await page.getByRole('tab', { name: 'สมาชิก', exact: true }).waitFor();
    frame = await openProgress();
    const left = frame.getByTestId('run-unfinished');
    await left.getByRole('button', { name: 'ทำต่อ' }).waitFor();
    expect(await left.locator('p').textContent()).toMatch(/^มีการสร้างรายงานที่ค้างไว้ \(อ่านแล้ว \d+ จาก \d+ แถว\)$/);
    await left.getByRole('button', { name: 'ทำต่อ' }).click();
    const done = frame.getByTestId('run-done');
    await done.waitFor({ timeout: 300000 });
    expect(await done.textContent()).toMatch(/^สร้างรายงานสรุป 7 แผ่นงาน/);
    expect(await frame.getByTestId('run-progress').locator('p').first().textContent()).toMatch(
      /^อ่านแล้ว ([\d,]+) จาก \1 แถว \(100%\)/,
    );
    await page.getByRole('tab', { name: 'ฐานะกองทุน', exact: true }).waitFor();

    const axe = await new AxeBuilder({ page }).include('#sidebar-frame').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  },
  600000,
);
