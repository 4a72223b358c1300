/** Set-up's report speaks of the user's sheets, not of the add-on's own hidden working sheets. */
import { loadBundle } from '../support/runtime';
import { callCli, callMenu, callRpc } from '../../src/local/addon';

test('after the forms made their hidden member summary, set-up does not list it', async () => {
  const rt = await loadBundle({ locale: 'th' });
  callCli(rt, 'createDemoFund', 7, '2025-09-30');
  callRpc(rt, 'rebuildMemberSummary');
  const hidden = rt.spreadsheet
    .getSheets()
    .filter((s) => s.isSheetHidden())
    .map((s) => s.getName());
  expect(hidden.some((n) => n.endsWith('(ระบบ)'))).toBe(true);
  const report = callMenu(rt, 'setupFundBook');
  const alert = report.ui.find((e) => e.type === 'alert');
  const text = alert && 'prompt' in alert ? alert.prompt : '';
  expect(text).toContain('"สมาชิก"');
  expect(text).not.toContain('(ระบบ)');
});
