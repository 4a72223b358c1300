/**
 * A big book's summaries built step by step from the progress sidebar (src/addon/summaries/
 * resumable.ts) write exactly what the one-shot build writes, to the satang; a run stopped after
 * any step and carried on from the saved book gives the same; and every step costs the same
 * whatever the book's size, far inside Apps Script's 6-minute limit.
 */
import { join } from 'node:path';
import type { Runtime } from '../../src/local/runtime';
import { estimateSeconds, LIMIT_SECONDS } from '../../src/local/runtime/cost-model';
import { buildSyntheticBook } from '../../src/local/bench/synthetic';
import { demoFund, loadBundle, tempDir } from '../support/runtime';
import { sheetValues } from './book';
import { t } from '../../src/core/i18n';
import { callCli, callRpc, type Returned } from '../../src/local/addon';

/** The seven summary sheets, by their names in the catalogue. */
const SUMMARY_SHEETS = (
  ['fundStatus', 'monthly', 'byBenefit', 'byVillage', 'matching', 'arrears', 'statements'] as const
).map((k) => t(`sum.sheet.${k}`, 'th'));

/** Every summary sheet's values and number formats, without row 1 (the stamp says when it was written). */
function summaries(rt: Runtime): Record<string, { values: unknown[][]; formats: string[][] }> {
  const out: Record<string, { values: unknown[][]; formats: string[][] }> = {};
  for (const name of SUMMARY_SHEETS) {
    const sh = rt.spreadsheet.getSheetByName(name);
    expect(sh).not.toBeNull();
    const values = sheetValues(rt, name).slice(1);
    const formats = sh!.getRange(2, 1, sh!.getLastRow() - 1, sh!.getLastColumn()).getNumberFormats();
    out[name] = { values, formats };
  }
  return out;
}

function ok<T>(r: Returned<T>): T {
  if (r.error) throw r.error;
  return r.value;
}

describe('the demo fund, in slices of 50 rows', () => {
  let oneShot: ReturnType<typeof summaries>;

  beforeAll(async () => {
    const rt = await demoFund();
    ok(callCli(rt, 'buildSummariesWith', { period: 'fiscal' }));
    oneShot = summaries(rt);
  }, 120000);

  test('the step-by-step build writes exactly the one-shot sheets', async () => {
    const rt = await demoFund();
    let p = ok(callRpc(rt, 'summaryRunStart'));
    expect(p).toMatchObject({ done: 0, finished: false, sheet: 'สมาชิก' });
    const total = p.total;
    const seen = new Set<string>();
    let steps = 0;
    while (!p.finished) {
      const before = p.done;
      p = ok(callRpc(rt, 'summaryRunStep', p.runId, 50));
      expect(p.done - before).toBeLessThanOrEqual(50);
      expect(p.done).toBeGreaterThan(before - 1);
      if (p.sheet) seen.add(p.sheet);
      steps++;
    }
    expect(p.done).toBe(total);
    expect(steps).toBeGreaterThan(total / 50);
    expect([...seen]).toEqual(expect.arrayContaining(['เงินฝาก', 'สวัสดิการ']));
    ok(callRpc(rt, 'summaryRunFinish', p.runId));
    expect(summaries(rt)).toEqual(oneShot);
    // Nothing of the run is left behind: the hidden sheet and the cursor are gone.
    expect(rt.spreadsheet.getSheetByName('__summary_run')).toBeNull();
    expect(ok(callRpc(rt, 'summaryRunState'))).toBeNull();
  }, 120000);

  test.each([1, 6])(
    'stopped after step %i, the book saved and opened again, carried on: the same sheets',
    async (k) => {
      let rt = await demoFund();
      let p = ok(callRpc(rt, 'summaryRunStart'));
      for (let i = 0; i < k; i++) p = ok(callRpc(rt, 'summaryRunStep', p.runId, 50));
      // The sidebar is closed and the book saved; a new execution opens it and carries on.
      const saved = join(tempDir('resumable-'), 'book.xlsx');
      await rt.save(saved);
      rt = await loadBundle({ workbookPath: saved });
      const left = ok(callRpc(rt, 'summaryRunState'));
      expect(left).toMatchObject({ runId: p.runId, done: p.done, total: p.total });
      // A failed call of an older run changes nothing.
      expect(callRpc(rt, 'summaryRunStep', 'not-this-run', 50).error?.message).toContain('เริ่มใหม่');
      // Finishing early is refused: not every row is read yet.
      expect(callRpc(rt, 'summaryRunFinish', p.runId).error?.message).toContain('ยังอ่านข้อมูลไม่ครบ');
      p = left!;
      while (!p.finished) p = ok(callRpc(rt, 'summaryRunStep', p.runId, 50));
      ok(callRpc(rt, 'summaryRunFinish', p.runId));
      expect(summaries(rt)).toEqual(oneShot);
    },
    120000,
  );
});

test('3,000 members and 120,000 deposit rows: the same sheets, and every step the same cost, far under the limit', async () => {
  const book = async () => {
    const rt = await loadBundle();
    buildSyntheticBook(rt, { members: 3000, deposits: 120000 });
    return rt;
  };
  const a = await book();
  ok(callCli(a, 'buildSummariesWith', { period: 'fiscal' }));
  const expected = summaries(a);

  const rt = await book();
  const start = callRpc(rt, 'summaryRunStart');
  let p = ok(start);
  const steps: { sheet: string; rows: number; metrics: ReturnType<Runtime['call']>['metrics'] }[] = [];
  while (!p.finished) {
    const sheet = p.sheet;
    const before = p.done;
    const r = callRpc(rt, 'summaryRunStep', p.runId);
    p = ok(r);
    steps.push({ sheet, rows: p.done - before, metrics: r.metrics });
  }
  const finish = callRpc(rt, 'summaryRunFinish', p.runId);
  ok(finish);
  expect(summaries(rt)).toEqual(expected);

  // Full deposit steps read 50,000 rows each; the third reads what is left.
  const deposits = steps.filter((s) => s.sheet === 'เงินฝาก');
  expect(deposits.map((s) => s.rows)).toEqual([50000, 50000, 20000]);
  // A full step costs the same at the cursor's start and 50,000 rows on: a 1M-row book's 20 deposit
  // steps each cost what these do, and its start and finish do not read the deposits at all.
  expect(deposits[1].metrics.serviceCalls).toBe(deposits[0].metrics.serviceCalls);
  // (the running figures, a few cells of JSON, grow with members and months touched, not with rows)
  expect(Math.abs(deposits[1].metrics.cellsRead - deposits[0].metrics.cellsRead)).toBeLessThan(100);
  for (const r of [start, ...steps.map((s) => ({ metrics: s.metrics })), finish]) {
    const e = estimateSeconds(r.metrics);
    expect(e.overLimit).toBe(false);
    expect(e.high).toBeLessThan(LIMIT_SECONDS / 4);
  }
  // The start and finish read no deposit rows (a 1M-row book's cost them the same).
  expect(start.metrics.cellsRead).toBeLessThan(120000);
}, 300000);
