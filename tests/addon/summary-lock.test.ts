/**
 * The per-member summary rebuild (opening a form, or the look-up's refresh) writes its hidden sheet
 * under the document lock: google.script.run runs up to 10 calls at once, so while another
 * execution holds the lock the rebuild waits, and past the wait it says the book is busy and writes
 * nothing; it never writes outside the lock.
 */
import type { Runtime } from '../../src/local/runtime';
import { fillRecords } from '../../src/local/fill-records';
import { loadBundle } from '../support/runtime';
import { callCli, callRpc } from '../../src/local/addon';

const SUMMARY_SHEET = '_สรุปรายสมาชิก (ระบบ)';

function summaryValues(rt: Runtime): unknown[][] {
  const sh = rt.spreadsheet.getSheetByName(SUMMARY_SHEET);
  expect(sh).not.toBeNull();
  return sh!.getRange(1, 1, sh!.getLastRow(), sh!.getLastColumn()).getValues();
}

test('a rebuild while another execution holds the lock is refused as busy and writes nothing; after, it writes', async () => {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund');
  expect(callRpc(rt, 'rebuildMemberSummary').error).toBeUndefined();
  const before = summaryValues(rt);
  // A deposit typed straight into the log: a rebuild would change the summary.
  fillRecords(rt, 'deposits', [
    { receiptNo: 'R-LOCK-1', date: new Date(), memberId: 'M001', kind: 'เงินออม', amount: 12345 },
  ]);

  const release = rt.holdDocumentLock();
  const busy = callRpc(rt, 'rebuildMemberSummary');
  const answer = busy.value as { ok?: boolean; busy?: boolean; errors?: Record<string, string> } | undefined;
  expect(busy.error === undefined ? answer?.ok : false).toBe(false);
  expect(JSON.stringify(answer ?? busy.error?.message)).toContain('มีผู้ใช้อื่นกำลังบันทึกลงสมุดบัญชีอยู่');
  expect(summaryValues(rt)).toEqual(before);
  expect(busy.metrics.bookWrites).toBe(0);
  release();

  // Held for a moment only: the rebuild waits for the lock, then writes the new deposit in.
  const brief = rt.holdDocumentLock({ releaseAfterMs: 2000 });
  const waited = callRpc(rt, 'rebuildMemberSummary');
  expect(waited.error).toBeUndefined();
  expect((waited.value as { builtAt?: string }).builtAt).toBeTruthy();
  const after = summaryValues(rt);
  expect(after).not.toEqual(before);
  expect(JSON.stringify(after)).toContain('M001');
  brief();
}, 120000);
