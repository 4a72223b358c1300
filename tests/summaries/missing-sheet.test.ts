/**
 * A record sheet renamed or deleted: summaries and the shared file would be computed without it
 * (a renamed ledger once gave a balance of 783,475 instead of 1,686,311.65) and published with no
 * word. Both stop with one sentence naming the sheet, and write nothing.
 */
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { sheetValues } from './book';
import { callCli, callRpc } from '../../src/local/addon';

async function demoWithout(sheet: string, how: 'rename' | 'delete'): Promise<Runtime> {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund');
  const s = rt.spreadsheet.getSheetByName(sheet)!;
  if (how === 'rename') s.setName(`${sheet} (เก่า)`);
  else rt.spreadsheet.deleteSheet(s);
  return rt;
}

/** Every string in an answer (the sidebar's messages, wherever the envelope keeps them). */
function texts(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (x === null || typeof x !== 'object') return [];
  return Object.values(x as Record<string, unknown>).flatMap(texts);
}

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe.each([
  ['บัญชีกองทุน', 'rename'],
  ['สวัสดิการ', 'delete'],
] as const)('the book without its %s sheet (%s)', (sheet, how) => {
  test('summarize stops with a sentence naming the sheet, and leaves the fund status as it was', async () => {
    const rt = await demoWithout(sheet, how);
    const before = sheetValues(rt, 'ฐานะกองทุน');
    const e = errorOf(() => callCli(rt, 'buildSummariesWith', { asOf: '30/9/2567', period: 'fiscal' }));
    expect(e.message).toContain(`ไม่พบแผ่นงาน "${sheet}"`);
    expect(e.message).toContain('ยอดเงินจะผิด');
    expect(sheetValues(rt, 'ฐานะกองทุน')).toEqual(before);
  });

  test('share stops with the same sentence and makes no file', async () => {
    const rt = await demoWithout(sheet, how);
    const r = callRpc(rt, 'shareSummary', { emails: '', asOf: '30/9/2567', period: 'fiscal' });
    // Refused as an exception or as the sidebar's {ok:false} answer; either way it says why.
    const said = r.error ? String((r.error as Error).message) : texts(r.value).join('\n');
    expect((r.value as { ok?: boolean } | undefined)?.ok).not.toBe(true);
    expect(said).toContain(`ไม่พบแผ่นงาน "${sheet}"`);
    expect(rt.created.size).toBe(0);
  });
});

test('with every record sheet present both still work (the guard is not a blanket refusal)', async () => {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund');
  const r = callCli(rt, 'buildSummariesWith', { asOf: '30/9/2567', period: 'fiscal' }).value;
  expect(r.sheets).toContain('ฐานะกองทุน');
  const s = callRpc(rt, 'shareSummary', { emails: '', asOf: '30/9/2567', period: 'fiscal' });
  expect(s.error).toBeUndefined();
  expect(rt.created.size).toBe(1);
});
