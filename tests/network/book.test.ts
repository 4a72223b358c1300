/**
 * The network book on the BUILT add-on in the offline runtime: three demo funds publish their
 * figures-only files; a ตำบล network book lists them plus a late one, a missing one, a whole fund
 * book sent by mistake and a hand-edited packet; the collection runs in chunks, survives a restart
 * from the saved file part-way, and writes every sheet; a province collects the ตำบล packet; the
 * saved network book holds no member's personal data in any XML part.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime, loadXlsx, saveXlsx, type Runtime } from '../../src/local/runtime';
import { t, type LabelKey } from '../../src/core/i18n';
import { PACKET_SHEET } from '../../src/core/network/items';
import { BUNDLE, loadBundle, tempDir } from '../support/runtime';
import { leaks, personalData, unzipText, xmlStrings, type Personal } from '../share/helpers';
import { callCli, callRpc, tryCli } from '../../src/local/addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Progress {
  runId: string;
  done: number;
  total: number;
  finished: boolean;
}

let dir: string;
const personal: Personal[] = [];
const files: Record<string, string> = {};

/** A demo fund (its own seed), its book saved, and its figures-only file as of a day. */
async function fund(seed: number, asOf: string): Promise<{ book: string; shared: string }> {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund', seed);
  personal.push(personalData(rt.spreadsheet as unknown as Spreadsheet));
  const book = join(dir, `fund${seed}.xlsx`);
  await rt.save(book);
  const r = callCli(rt, 'exportSharedSummary_', { asOf }).value;
  const shared = join(dir, `fund${seed}-shared.xlsx`);
  await rt.saveCreated(r.id, shared, { plain: true });
  return { book, shared };
}

/** A network runtime whose Drive holds each packet file under its path (as the playground's --drive does). */
async function networkRuntime(path: string | undefined, mount: string[]): Promise<Runtime> {
  const rt = await createRuntime({ workbookPath: path, bundlePath: BUNDLE });
  for (const p of mount) {
    try {
      const wb = await loadXlsx(p);
      wb.id = p;
      rt.ctx.registerWorkbook(wb);
    } catch {
      // a file that cannot be loaded stays out of "Drive": the add-on cannot open it
    }
  }
  return rt;
}

function values(rt: Runtime, sheet: string): unknown[][] {
  const s = rt.spreadsheet.getSheetByName(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.getDataRange().getValues();
}

beforeAll(async () => {
  dir = tempDir('network-');
  const a = await fund(11, '30/9/2569');
  const b = await fund(12, '30/9/2569');
  const c = await fund(13, '30/6/2569'); // 123 days before the reporting date: late
  files.a = a.shared;
  files.b = b.shared;
  files.late = c.shared;
  files.book = a.book; // a whole fund book sent by mistake
  files.missing = join(dir, 'nobody.xlsx');
  // A packet whose balance someone "corrected" in a spreadsheet program.
  const wb = await loadXlsx(b.shared);
  const sheet = wb.sheet(PACKET_SHEET)!;
  const row = sheet.rows.findIndex((r) => r && r[0] === 'balance');
  sheet.rows[row][2] = (sheet.rows[row][2] as number) + 100000;
  files.edited = join(dir, 'edited.xlsx');
  await saveXlsx(wb, files.edited);
}, 600000);

describe('a ตำบล collection', () => {
  let rt: Runtime;
  let saved: string;
  let progress: Progress;

  test('setup in network mode lists the funds; a fund book cannot become a network book', async () => {
    rt = await networkRuntime(undefined, Object.values(files));
    const funds = [
      { name: 'กองทุน ก', subdistrict: 'ดอนแก้ว', where: files.a },
      { name: 'กองทุน ข', subdistrict: 'ดอนแก้ว', where: files.b },
      { name: 'กองทุน ค (ช้า)', subdistrict: 'ดอนแก้ว', where: files.late },
      { name: 'กองทุน ง (สมุดทั้งเล่ม)', subdistrict: 'ดอนแก้ว', where: files.book },
      { name: 'กองทุน จ (ไม่มีไฟล์)', subdistrict: 'ดอนแก้ว', where: files.missing },
      { name: 'กองทุน ฉ (แก้ตัวเลข)', subdistrict: 'ดอนแก้ว', where: files.edited },
    ];
    callCli(rt, 'setupNetworkBook_', { name: 'เครือข่ายตำบลดอนแก้ว', funds, reportingDate: '31/10/2569' });
    // Set up twice: nothing listed twice.
    const again = callCli(rt, 'setupNetworkBook_', { funds }).value;
    expect(again.funds).toBe(6);

    const fundRt = await loadBundle();
    callCli(fundRt, 'createDemoFund');
    const refused = tryCli(fundRt, 'setupNetworkBook_', {});
    expect(refused.error?.message).toContain('สมุดบัญชีกองทุน');
  }, 120000);

  test('reads in chunks; a restart from the saved file part-way carries on where it stopped', async () => {
    const start = callRpc(rt, 'networkStart');
    expect(start.error).toBeUndefined();
    progress = start.value as Progress;
    expect(progress).toMatchObject({ done: 0, total: 6, finished: false });
    // A zero budget still reads one fund per call: the sidebar always moves forward.
    progress = callRpc(rt, 'networkChunk', progress.runId, 0).value as Progress;
    expect(progress.done).toBe(1);
    const one = callRpc(rt, 'networkChunk', progress.runId, 0);
    progress = one.value as Progress;
    expect(progress.done).toBe(2);
    // One chunk that reads one packet: one open, a few reads, one write of the results (the bench
    // measures the cost per fund over 50 and 500).
    expect(one.metrics.serviceCalls).toBeLessThan(30);
    expect(one.metrics.calls['Sheets.Spreadsheets.get']).toBe(1);

    // The sidebar is closed and the book saved; a new execution opens it and carries on.
    saved = join(dir, 'network.xlsx');
    await rt.save(saved);
    rt = await networkRuntime(saved, Object.values(files));
    const stale = callRpc(rt, 'networkChunk', 'not-the-run', 0);
    expect(stale.value).toMatchObject({
      ok: false,
      code: 'net.err.staleRun',
      errors: { form: expect.stringContaining('เริ่มใหม่') },
    });
    while (!progress.finished) progress = callRpc(rt, 'networkChunk', progress.runId, 0).value as Progress;
    expect(progress.done).toBe(6);
    const fin = callRpc(rt, 'networkFinish', progress.runId);
    expect(fin.error).toBeUndefined();
    const res = fin.value as {
      counted: number;
      listed: number;
      rows: { name: string; statusCode: string; reason: string }[];
      boardPdf: string;
    };
    expect(res.boardPdf).toMatch(/export\?format=pdf&size=A4&portrait=true&fitw=true/);
    expect(res.rows.map((r) => [r.name, r.statusCode])).toEqual([
      ['กองทุน ก', 'ok'],
      ['กองทุน ข', 'ok'],
      ['กองทุน ค (ช้า)', 'late'],
      ['กองทุน ง (สมุดทั้งเล่ม)', 'rejected'],
      ['กองทุน จ (ไม่มีไฟล์)', 'failed'],
      ['กองทุน ฉ (แก้ตัวเลข)', 'rejected'],
    ]);
    expect(res.rows[3].reason).toContain('ไม่ได้อ่านข้อมูลใดจากไฟล์นี้');
    expect(res.rows[4].reason).toContain('เปิดไฟล์ไม่ได้');
    expect(res.rows[5].reason).toContain('รหัสตรวจสอบไม่ตรง');
    expect(res.counted).toBe(3);
    // The staging sheet is gone once the sheets are written.
    expect(rt.spreadsheet.getSheetByName('__network_collect')).toBeNull();
  }, 300000);

  test('the totals are the three counted funds own key figures summed, and say how many funds they cover', async () => {
    const each = await Promise.all(
      [files.a, files.b, files.late].map(async (f) => {
        const wb = await loadXlsx(f);
        const rows = wb.sheet(PACKET_SHEET)!.rows;
        const get = (k: string) => rows.find((r) => r && r[0] === k)![2] as number;
        return { activeNow: get('activeNow'), welfarePaid: get('welfarePaid'), balance: get('balance') };
      }),
    );
    const totals = values(rt, 'ยอดรวมเครือข่าย');
    const line = (label: string) => totals.find((r) => r[0] === label)!;
    expect(
      String(totals.flat().find((v) => typeof v === 'string' && v.includes('จาก 3 กองทุน จากทั้งหมด 6 กองทุน'))),
    ).toBeTruthy();
    expect(line('สมาชิกปัจจุบัน')[1]).toBe(each.reduce((s, x) => s + x.activeNow, 0));
    expect(Math.round((line('จ่ายสวัสดิการรวม')[1] as number) * 100)).toBe(each.reduce((s, x) => s + x.welfarePaid, 0));
    expect(Math.round((line('ยอดเงินกองทุน')[1] as number) * 100)).toBe(each.reduce((s, x) => s + x.balance, 0));
    expect(totals.flat().join(' ')).toContain('อ่านไม่ได้ 1 กองทุน, ไม่รับ 2 กองทุน');
  });

  test('status, compare, meeting board, trend and the network packet are written', () => {
    const names = rt.spreadsheet.getSheets().map((s) => s.getName());
    for (const n of [
      'กระดานประชุม',
      'สถานะการส่งข้อมูล',
      'ยอดรวมเครือข่าย',
      'เปรียบเทียบกองทุน',
      'แนวโน้มเครือข่าย',
      'ประวัติการรวบรวม',
      PACKET_SHEET,
    ])
      expect(names).toContain(n);
    const status = values(rt, 'สถานะการส่งข้อมูล').flat().join(' ');
    expect(status).toContain('อัตราการส่งข้อมูล 50%');
    const compare = values(rt, 'เปรียบเทียบกองทุน');
    expect(compare.some((r) => r[0] === 'ค่ากลางเครือข่าย')).toBe(true);
    const board = values(rt, 'กระดานประชุม');
    // One A4 page: few rows, four columns.
    expect(board.length).toBeLessThanOrEqual(45);
    expect(board[0].length).toBeLessThanOrEqual(4);
    expect(board.flat().join(' ')).toContain('กองทุน จ (ไม่มีไฟล์)');
    const trend = rt.spreadsheet.getSheetByName('แนวโน้มเครือข่าย')!;
    expect(trend.getCharts().length).toBe(2);
  });

  test('a second collection for a later date is kept beside the first; the board shows this time against last', async () => {
    const settings = rt.spreadsheet.getSheetByName('ตั้งค่าเครือข่าย')!;
    const rows = settings.getDataRange().getValues();
    const r = rows.findIndex((x) => x[0] === 'วันที่รายงาน') + 1;
    settings.getRange(r, 2).setValue('30/11/2569');
    callCli(rt, 'collectNetworkAll_', {});
    const history = values(rt, 'ประวัติการรวบรวม').filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(String(x[0])));
    expect(history.map((x) => x[0])).toEqual(['2026-10-31', '2026-11-30']);
    const board = values(rt, 'กระดานประชุม');
    const head = board.find((x) => x[1] === 'ครั้งนี้')!;
    expect(head).toEqual(['รายการ', 'ครั้งนี้', 'ครั้งก่อน', 'เปลี่ยนแปลง']);
    // By 30 Nov the two September packets are late too, still counted; last time's line is there.
    const reporting = board.find((x) => x[0] === 'กองทุนที่ส่งข้อมูล')!;
    expect(reporting.slice(1)).toEqual([3, 3, 0]);
  }, 120000);

  test('a province collects the ตำบล packet like a fund packet; a fund listed again directly is counted once', async () => {
    const tambon = join(dir, 'tambon.xlsx');
    await rt.save(tambon);
    const prov = await networkRuntime(undefined, [tambon, files.a]);
    callCli(prov, 'setupNetworkBook_', {
      name: 'เครือข่ายจังหวัด',
      reportingDate: '30/11/2569',
      funds: [
        { name: 'ตำบลดอนแก้ว', subdistrict: 'ดอนแก้ว', where: tambon },
        { name: 'กองทุน ก (ส่งตรง)', subdistrict: 'ดอนแก้ว', where: files.a },
      ],
    });
    const out = callCli(prov, 'collectNetworkAll_', {}).value;
    const tambonTotals = callCli(rt, 'collectNetworkAll_', {}).value.json.totals;
    expect(out.json.covers).toMatchObject({ fundsListed: 6, fundsCounted: 3, fundsDuplicate: 1 });
    expect(out.json.duplicates[0].via).toEqual(['ตำบลดอนแก้ว', 'กองทุน ก (ส่งตรง)']);
    for (const k of ['activeNow', 'welfarePaid', 'balance', 'totalIncome', 'welfareCases'])
      expect([k, out.json.totals[k]]).toEqual([k, tambonTotals[k]]);
  }, 180000);

  test('no member personal data in any XML part of the saved network book', async () => {
    const path = join(dir, 'network-final.xlsx');
    await rt.save(path);
    const parts = unzipText(readFileSync(path));
    const strings = [...parts.values()].flatMap(xmlStrings);
    for (const p of personal) expect(leaks(strings, p)).toEqual([]);
    // The test has teeth: the fund book sent by mistake does leak in the same scan.
    const book = unzipText(readFileSync(files.book));
    const bookStrings = [...book.values()].flatMap(xmlStrings);
    expect(leaks(bookStrings, personal[0]).length).toBeGreaterThan(50);
    writeFileSync(join(dir, 'done'), '');
  }, 120000);
});

test('the packet in the figures-only file says what the file own fund-status sheet says', async () => {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund', 21);
  const r = callCli(rt, 'exportSharedSummary_', { asOf: '30/9/2569' }).value;
  const shared = rt.created.get(r.id)!;
  const rows = shared.getSheetByName(PACKET_SHEET)!.getDataRange().getValues();
  const get = (k: string) => rows.find((x) => x[0] === k)![2];
  const status = shared.getSheetByName(t('sum.sheet.fundStatus', 'th'))!.getDataRange().getValues();
  const line = (key: LabelKey) => status.find((x) => x[0] === t(key, 'th'))!;
  // Members: the period columns (D); money: since the start (C), in baht on the sheet, satang in the packet.
  expect(get('activeNow')).toBe(line('sum.m.now')[3]);
  expect(get('joined')).toBe(line('sum.m.joined')[3]);
  expect(get('totalIncome')).toBe(Math.round((line('sum.i.total')[2] as number) * 100));
  expect(get('welfarePaid')).toBe(Math.round((line('sum.w.total')[2] as number) * 100));
  expect(get('welfareCases')).toBe(line('sum.w.total')[1]);
  expect(get('balance')).toBe(Math.round((line('sum.b.balance')[2] as number) * 100));
}, 120000);
