/**
 * "แบ่งปันรายงานให้หน่วยงาน" on the BUILT add-on in the offline runtime: a separate file of figures
 * only, shared view-only, updated in place, with no member's personal data anywhere in it.
 */
import type { Runtime } from '../../src/local/runtime';
import type { ShareResponse } from '../../src/addon/share/api';
import { demoFund, loadBundle } from '../support/runtime';
import { PRINT_LAYOUT_KEY } from '../../src/core/print-layout';
import {
  ABOUT,
  SHARED_SHEETS,
  allStrings,
  fieldErrors,
  leaks,
  modelOf,
  personalData,
  share,
  sharedFileId,
  type Personal,
} from './helpers';
import { callCli, callRpc } from '../../src/local/addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const OWNER = 'secretary@example.org';

function sharedFile(rt: Runtime): Spreadsheet {
  const id = sharedFileId(rt);
  if (!id) throw new Error('no shared file remembered');
  return rt.created.get(id) as unknown as Spreadsheet;
}

describe('the first share', () => {
  let rt: Runtime;
  let res: ShareResponse;
  let personal: Personal;
  beforeAll(async () => {
    rt = await demoFund();
    personal = personalData(rt.spreadsheet as unknown as Spreadsheet);
    res = share(rt, { emails: 'Officer@abt-donkaew.go.th\ncodi.staff@codi.or.th, officer@abt-donkaew.go.th' });
  });

  test('makes one separate spreadsheet named after the fund and remembers it in the fund book', () => {
    expect(res.ok).toBe(true);
    expect(rt.created.size).toBe(1);
    const [id] = [...rt.created.keys()];
    expect(sharedFileId(rt)).toBe(id);
    expect(id).not.toBe(rt.spreadsheet.getId());
    expect(rt.drive.files.get(id)!.name).toBe('กองทุนสวัสดิการชุมชนตำบลดอนแก้ว — สรุปสำหรับหน่วยงาน');
    expect(res.messages[0]).toContain('สร้างไฟล์');
    expect(res.info.file?.url).toContain(id);
  });

  test('shares it view-only with exactly the addresses given; the owner is the only editor', () => {
    const f = rt.drive.files.get(sharedFileId(rt)!)!;
    expect(f.owner).toBe(OWNER);
    expect(f.editors).toEqual([]);
    expect([...f.viewers].sort()).toEqual(['codi.staff@codi.or.th', 'officer@abt-donkaew.go.th']);
    expect(f.sharingAccess).toBe('PRIVATE');
    expect(res.info.access).toEqual([
      { email: OWNER, role: 'owner' },
      { email: 'codi.staff@codi.or.th', role: 'viewer' },
      { email: 'officer@abt-donkaew.go.th', role: 'viewer' },
    ]);
    expect(res.messages.join('\n')).toContain('แบ่งปันให้ดูได้อย่างเดียว: officer@abt-donkaew.go.th, codi.staff@codi.or.th');
  });

  test('holds only the aggregate sheets, none hidden, values only, each stamped and protected', () => {
    const ss = sharedFile(rt);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(SHARED_SHEETS);
    for (const sheet of ss.getSheets()) {
      expect(sheet.isSheetHidden()).toBe(false);
      const range = sheet.getDataRange();
      expect(
        range
          .getFormulas()
          .flat()
          .filter((f) => f !== ''),
      ).toEqual([]);
      const a1 = String(sheet.getRange(1, 1).getValue());
      expect(a1).toMatch(/^ข้อมูล ณ วันที่ .+ · สร้างเมื่อ .+ \d\d:\d\d$/);
      // Protected for real (not a warning): only the owner could edit, and the .xlsx carries it.
      const [p] = sheet.getProtections(SpreadsheetAppProtection(rt));
      expect(p.isWarningOnly()).toBe(false);
      expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    }
    expect(ss.getNamedRanges()).toEqual([]);
    // The only metadata: each sheet's print layout (Sheets has no print-settings API).
    expect(ss.getDeveloperMetadata().map((m) => [m.getLocation().getSheet()?.getName(), m.getKey()])).toEqual(
      SHARED_SHEETS.map((n) => [n, PRINT_LAYOUT_KEY]),
    );
    // The balance and welfare charts come along; their titles are the summaries' own.
    const titles = ss.getSheets().flatMap((s) => s.getCharts().map((c) => String(c.getOptions().get('title'))));
    expect(titles.length).toBeGreaterThan(0);
  });

  test('the fund book itself is not changed: no summary or shared sheet is written into it', () => {
    const names = rt.spreadsheet.getSheets().map((s) => s.getName());
    for (const n of SHARED_SHEETS) expect(names).not.toContain(n);
  });

  test('no member id, name, national id, phone, address or beneficiary anywhere in the shared file', () => {
    // Cells, notes, formulas, sheet names (hidden ones too), named ranges, developer metadata,
    // chart titles and options, protection descriptions: the whole model of the file.
    const strings = allStrings(modelOf(rt, sharedFileId(rt)!));
    expect(strings.length).toBeGreaterThan(1000);
    expect(leaks(strings, personal)).toEqual([]);
    // The check itself finds them in the fund book, so it would notice a leak.
    expect(leaks(allStrings(rt.ctx.active), personal).length).toBeGreaterThan(100);
  });
});

function SpreadsheetAppProtection(rt: Runtime): GoogleAppsScript.Spreadsheet.ProtectionType {
  return (rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.SHEET;
}

describe('updating', () => {
  test('twice leaves one file (same id and link), the same viewers and the same sheets, once each', async () => {
    const rt = await demoFund();
    share(rt, { emails: 'officer@abt-donkaew.go.th' });
    const id = sharedFileId(rt)!;
    const url = sharedFile(rt).getUrl();
    const again = share(rt, { asOf: '30/9/2568' });
    const third = share(rt, { period: 'calendar' });
    expect(again.ok && third.ok).toBe(true);
    expect(again.messages[0]).toContain('อัปเดตไฟล์');
    expect(again.messages[0]).toContain('30 ก.ย. 2568');
    expect(rt.created.size).toBe(1);
    expect(sharedFileId(rt)).toBe(id);
    expect(third.info.file?.url).toBe(url);
    expect(rt.drive.files.get(id)!.viewers).toEqual(['officer@abt-donkaew.go.th']);
    expect(
      sharedFile(rt)
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(SHARED_SHEETS);
    // The last update asked for the calendar year: the about sheet says so.
    expect(sharedFile(rt).getSheetByName(ABOUT)!.getDataRange().getValues().flat().join('|')).toContain(
      'ช่วงรายงาน: ปี พ.ศ.',
    );
  });

  test('wipes what someone added to the shared file by hand: sheets (hidden too), notes, named ranges, metadata', async () => {
    const rt = await demoFund();
    const personal = personalData(rt.spreadsheet as unknown as Spreadsheet);
    share(rt, {});
    const ss = sharedFile(rt);
    const name = personal.texts[0];
    const extra = ss.insertSheet(name);
    extra.getRange(1, 1).setValue(personal.texts[1]);
    extra.hideSheet();
    ss.getSheetByName('สรุปตามหมู่บ้าน')!.getRange(3, 1).setNote(personal.texts[2]);
    ss.setNamedRange(`member_${personal.ids[0]}`, ss.getSheets()[0].getRange(1, 1));
    ss.addDeveloperMetadata('member', personal.texts[3]);
    // Someone typed over one of the summary sheets, stamp included.
    ss.getSheetByName('ฐานะกองทุน')!.getRange(1, 1).setValue(personal.texts[4]);
    expect(leaks(allStrings(modelOf(rt, ss.getId())), personal).length).toBeGreaterThan(0);

    const res = share(rt, {});
    expect(res.ok).toBe(true);
    expect(rt.created.size).toBe(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(SHARED_SHEETS));
    expect(ss.getSheets()).toHaveLength(SHARED_SHEETS.length);
    expect(leaks(allStrings(modelOf(rt, ss.getId())), personal)).toEqual([]);
  });

  test.each([
    ['trashed', (rt: Runtime, id: string) => void (rt.drive.files.get(id)!.trashed = true)],
    ['deleted', (rt: Runtime, id: string) => void rt.drive.files.delete(id)],
  ])('a %s file is replaced by a new one, and the secretary is told to share the new link', async (_, gone) => {
    const rt = await demoFund();
    share(rt, { emails: 'officer@abt-donkaew.go.th' });
    const old = sharedFileId(rt)!;
    gone(rt, old);
    const info = callRpc(rt, 'getShareInfo').value;
    expect(info.file).toBeNull();
    const res = share(rt, { emails: 'codi.staff@codi.or.th' });
    expect(res.ok).toBe(true);
    expect(res.messages[0]).toContain('ถังขยะ');
    expect(res.messages[0]).toContain('ลิงก์ใหม่');
    const id = sharedFileId(rt)!;
    expect(id).not.toBe(old);
    expect(rt.created.size).toBe(2);
    expect(rt.drive.files.get(id)!.viewers).toEqual(['codi.staff@codi.or.th']);
    expect(rt.drive.files.get(id)!.editors).toEqual([]);
    expect(
      sharedFile(rt)
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(SHARED_SHEETS);
  });
});

describe('the sidebar input', () => {
  let rt: Runtime;
  beforeAll(async () => {
    rt = await demoFund();
  });

  test('bad addresses are refused with Thai messages for the field, and nothing is made or shared', () => {
    const res = share(rt, { emails: 'officer@abt-donkaew.go.th, somchai.gmail.com\nนิด@gmail.com' });
    expect(res.ok).toBe(false);
    expect(fieldErrors(res).emails).toEqual([
      expect.stringContaining('ไม่มีเครื่องหมาย @'),
      expect.stringContaining('ตัวอักษรไทย'),
    ]);
    expect(res.messages).toEqual(['กรุณาแก้ข้อมูลที่มีเครื่องหมายเตือนก่อน']);
    expect(rt.created.size).toBe(0);
    expect(sharedFileId(rt)).toBeNull();
  });

  test('a bad or future as-of date is refused with a Thai message for the field', () => {
    const bad = share(rt, { asOf: '31/2/2568' });
    expect(bad.ok).toBe(false);
    expect(fieldErrors(bad).asOf).toMatch(/ไม่มีวันที่ 31/);
    const future = share(rt, { asOf: '1/1/2700' });
    expect(fieldErrors(future).asOf).toContain('ยังมาไม่ถึง');
    expect(rt.created.size).toBe(0);
  });

  test('speaks English to an English-locale user', async () => {
    const en = await loadBundle({ locale: 'en_US' });
    callCli(en, 'createDemoFund');
    const res = share(en, { emails: 'nope' });
    expect(fieldErrors(res).emails).toEqual([expect.stringContaining('has no @ sign')]);
  });
});

describe('viewers', () => {
  test('one is removed on request; the owner cannot be; an unknown address is said to be unknown', async () => {
    const rt = await demoFund();
    share(rt, { emails: 'a@abt-donkaew.go.th, b@codi.or.th' });
    const id = sharedFileId(rt)!;
    const res = callRpc(rt, 'removeShareViewer', 'A@abt-donkaew.go.th').value;
    expect(res.ok).toBe(true);
    expect(res.messages[0]).toBe('เลิกแบ่งปันให้ a@abt-donkaew.go.th แล้ว');
    expect(rt.drive.files.get(id)!.viewers).toEqual(['b@codi.or.th']);
    expect(res.info.access.map((a) => a.email)).toEqual([OWNER, 'b@codi.or.th']);
    const owner = callRpc(rt, 'removeShareViewer', OWNER).value;
    expect(owner.ok).toBe(false);
    expect(rt.drive.files.get(id)!.owner).toBe(OWNER);
    const unknown = callRpc(rt, 'removeShareViewer', 'x@y.org').value;
    expect(unknown.messages[0]).toContain('ไม่ได้อยู่ในรายชื่อ');
  });

  test('never gives edit rights: an editor added by hand in Drive becomes a viewer when shared with again', async () => {
    const rt = await demoFund();
    share(rt, {});
    const id = sharedFileId(rt)!;
    rt.drive.files.get(id)!.editors.push('helper@abt-donkaew.go.th');
    const info = callRpc(rt, 'getShareInfo').value;
    expect(info.access).toContainEqual({ email: 'helper@abt-donkaew.go.th', role: 'editor' });
    const res = share(rt, { emails: 'helper@abt-donkaew.go.th' });
    expect(res.messages.join('\n')).toContain('เปลี่ยนสิทธิ์จากแก้ไขได้เป็นดูได้อย่างเดียว: helper@abt-donkaew.go.th');
    expect(rt.drive.files.get(id)!.editors).toEqual([]);
    expect(rt.drive.files.get(id)!.viewers).toEqual(['helper@abt-donkaew.go.th']);
  });
});
