/**
 * One failure envelope and one way a menu action meets a user error (src/core/result.ts,
 * src/addon/registry.ts), through the BUILT add-on as a sidebar and the menu call it.
 */
import { loadBundle } from '../support/runtime';
import { callMenu, callRpc } from '../../src/local/addon';

describe('what a sidebar receives when a server function fails', () => {
  test('a read and a save that fail for different reasons answer the same {ok, code, errors} shape', async () => {
    const rt = await loadBundle(); // a new spreadsheet: no fund book yet
    const read = callRpc(rt, 'getMemberInfo', 'M0001');
    // eslint-disable-next-line no-restricted-syntax -- untyped on purpose: a save with no form and an empty key
    const saved = rt.callFromClient('saveDeposit', [{ key: '' }]);
    expect(read.error).toBeUndefined();
    expect(saved.error).toBeUndefined();
    expect(read.value).toEqual({
      ok: false,
      code: 'book.sheetMissing',
      errors: { form: 'ไม่พบแผ่นงาน "สมาชิก" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน' },
    });
    expect(saved.value).toMatchObject({ ok: false, code: 'form.badKey', errors: { form: expect.any(String) } });
    expect(Object.keys(saved.value as object).sort()).toEqual(Object.keys(read.value as object).sort());
  });

  test('the share form answers the same envelope, with what happened and the file beside it', async () => {
    const rt = await loadBundle();
    const res = callRpc(rt, 'shareSummary', { emails: 'somchai.gmail.com', asOf: '', period: 'fiscal' });
    expect(res.value).toMatchObject({
      ok: false,
      code: 'fields',
      errors: { 'emails.0': expect.stringContaining('ไม่มีเครื่องหมาย @') },
      messages: ['กรุณาแก้ข้อมูลที่มีเครื่องหมายเตือนก่อน'],
    });
  });

  test('the import dialog and the network sidebar answer a user error with the same envelope as a form save', async () => {
    const rt = await loadBundle();
    callMenu(rt, 'setupFundBook');
    // eslint-disable-next-line no-restricted-syntax -- untyped on purpose: a malformed save, as above
    const saved = rt.callFromClient('saveDeposit', [{ key: '' }]);
    const undo = callRpc(rt, 'undoImport'); // nothing imported yet
    const collect = callRpc(rt, 'networkStart'); // a fund book, not a network book
    expect(undo.error).toBeUndefined();
    expect(collect.error).toBeUndefined();
    expect(undo.value).toEqual({
      ok: false,
      code: 'import.nothingToUndo',
      errors: { form: 'ไม่มีการนำเข้าที่ยกเลิกได้' },
    });
    expect(collect.value).toEqual({
      ok: false,
      code: 'net.err.notNetwork',
      errors: { form: 'สมุดนี้ยังไม่ได้ตั้งค่าเป็นสมุดเครือข่าย กดเมนู "ตั้งค่าสมุดเครือข่าย" ก่อน' },
    });
    const keys = (r: { value: unknown }) => Object.keys(r.value as object).sort();
    expect(keys(undo)).toEqual(keys(saved));
    expect(keys(collect)).toEqual(keys(saved));
  });

  test('a save while someone else holds the book answers the same shape with the code book.busy', async () => {
    const rt = await loadBundle();
    callMenu(rt, 'setupFundBook');
    rt.holdDocumentLock({ releaseAfterMs: 10 * 60e3 });
    const busy = callRpc(rt, 'saveDeposit', {
      key: 'busy-test-key-000001',
      memberId: 'M0001',
      kind: 'savings',
      amount: '30',
      date: '',
      yearCovered: '',
      recordedBy: '',
      note: '',
    });
    expect(busy.value).toEqual({
      ok: false,
      code: 'book.busy',
      errors: { form: 'มีผู้ใช้อื่นกำลังบันทึกลงสมุดบัญชีอยู่ กรุณารอสักครู่แล้วลองใหม่' },
    });
  });
});

describe('a menu action that meets a user error', () => {
  const alertsOf = (r: { ui: { type: string }[] }) =>
    r.ui
      .filter((e) => e.type === 'alert')
      .map((e) => {
        const { title, prompt } = e as unknown as { title: string; prompt: string };
        return { title, prompt };
      });

  test('says it in an alert in Thai, titled with the menu item, and throws nothing', async () => {
    const rt = await loadBundle({ locale: 'th' });
    callMenu(rt, 'setupFundBook');
    rt.holdDocumentLock({ releaseAfterMs: 10 * 60e3 });
    const r = callMenu(rt, 'checkEntries');
    expect(r.error).toBeUndefined();
    expect(alertsOf(r)).toEqual([{ title: 'ตรวจสอบรายการ', prompt: 'มีผู้ใช้อื่นกำลังบันทึกลงสมุดบัญชีอยู่ กรุณารอสักครู่แล้วลองใหม่' }]);
  });

  test('the summaries on a book with no record sheets: an alert in Thai, not an English script error', async () => {
    const rt = await loadBundle({ locale: 'th' });
    const r = callMenu(rt, 'buildSummaries');
    // Before, the action threw and Apps Script showed "Exception: …" with both languages.
    expect(alertsOf(r)).toEqual([
      {
        title: 'สร้างรายงานสรุป',
        prompt: 'ไม่พบแผ่นงานทะเบียนสมาชิกหรือเงินฝาก กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน',
      },
    ]);
  });
});
