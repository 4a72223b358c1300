/**
 * A fund book whose spreadsheet time zone is not the script's Asia/Bangkok (someone made it abroad,
 * or a Google account set to another zone). Sheets keeps a date cell as a wall-clock date in the
 * SPREADSHEET's zone and Apps Script converts with that zone, so the add-on must read and write
 * dates in it, or every date moves by a day. Set-up and About flag the zone and offer to set it.
 */
import type { SetupReport } from '../../src/addon/setup';
import { SHEETS, matchHeaders } from '../../src/core/schema';
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { callMenu, callRpc } from '../../src/local/addon';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

async function bookIn(zone: string): Promise<Runtime> {
  // Set-up's "set it to Thai time?" is answered NO: the book stays in its zone.
  const rt = await loadBundle({ spreadsheetTimeZone: zone, uiResponses: ['OK', 'NO'] });
  const report = callMenu(rt, 'setupFundBook').value as SetupReport;
  expect(report.timeZone).toEqual({ zone, notThai: expect.stringContaining(`เขตเวลาของสเปรดชีตนี้คือ ${zone}`) });
  expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe(zone);
  return rt;
}

function sheetOf(rt: Runtime, key: 'members' | 'deposits'): { sheet: Sheet; col: (k: string) => number } {
  const sheet = rt.spreadsheet.getSheetByName(SHEETS[key].th)! as unknown as Sheet;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const { index } = matchHeaders(SHEETS[key], header);
  return { sheet, col: (k) => index[k] + 1 };
}

describe.each(['UTC', 'America/Los_Angeles'])('a book in %s', (zone) => {
  let rt: Runtime;
  beforeAll(async () => {
    rt = await bookIn(zone);
    // A member whose join date the secretary typed into the cell: 15/1/2566 (15 January 2023).
    const m = sheetOf(rt, 'members');
    m.sheet.getRange(2, m.col('memberId')).setValue('M0001');
    m.sheet.getRange(2, m.col('name')).setValue('นางทดสอบ เขตเวลา');
    m.sheet.getRange(2, m.col('village')).setValue('บ้านดอนไชย');
    m.sheet.getRange(2, m.col('status')).setValue('ปกติ');
    m.sheet.getRange(2, m.col('joinDate')).setValue('15/1/2023');
  }, 300000);

  test('a date typed in a cell is read as that day, not the day before or after', () => {
    const info = callRpc(rt, 'getMemberInfo', 'M0001');
    expect(info.error).toBeUndefined();
    expect(JSON.stringify(info.value)).toMatch(/2023-01-15|15\/1\/2566|15 ม\.ค\. 2566/);
  });

  test.each(['2024-03-10', '2024-11-03', '2024-12-31'])(
    'a deposit saved for %s shows that date in the cell (DST change days included)',
    (iso) => {
      const r = callRpc(rt, 'saveDeposit', {
        key: `tz-${zone.replace(/\W/g, '')}-${iso}`,
        memberId: 'M0001',
        kind: 'savings',
        amount: '30',
        date: iso,
        yearCovered: '',
        recordedBy: 'เลขา',
        note: '',
      });
      expect(r.error).toBeUndefined();
      expect(r.value.ok).toBe(true);
      const d = sheetOf(rt, 'deposits');
      const row = d.sheet.getLastRow();
      const [, mo, day] = iso.split('-').map(Number);
      // What the secretary sees in the cell, in the book's own zone: that day and month
      const shown = d.sheet.getRange(row, d.col('date')).getDisplayValue();
      expect(shown.split('/').slice(0, 2).map(Number)).toEqual([day, mo]);
      // and the instant Apps Script hands back is midnight of that day in the book's zone
      const v = d.sheet.getRange(row, d.col('date')).getValue() as Date;
      const wall = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(v);
      expect(wall).toBe(`${iso}, 00:00`);
    },
  );

  test('About flags the zone; the button sets Asia/Bangkok and the dates stay on their days', () => {
    const about = callRpc(rt, 'getAboutInfo').value;
    expect(about.timeZone.zone).toBe(zone);
    expect(about.timeZone.notThai).toContain('Asia/Bangkok');
    const d = sheetOf(rt, 'deposits');
    const before = d.sheet.getRange(2, d.col('date'), d.sheet.getLastRow() - 1, 1).getDisplayValues();
    const set = callRpc(rt, 'setBookTimeZoneToThai');
    expect(set.error).toBeUndefined();
    expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    expect(callRpc(rt, 'getAboutInfo').value.timeZone.notThai).toBeNull();
    expect(d.sheet.getRange(2, d.col('date'), d.sheet.getLastRow() - 1, 1).getDisplayValues()).toEqual(before);
    expect(JSON.stringify(callRpc(rt, 'getMemberInfo', 'M0001').value)).toMatch(
      /2023-01-15|15\/1\/2566|15 ม\.ค\. 2566/,
    );
  });
});

test('set-up answered YES sets the zone to Asia/Bangkok', async () => {
  const rt = await loadBundle({ spreadsheetTimeZone: 'UTC' });
  const report = callMenu(rt, 'setupFundBook').value as SetupReport;
  expect(report.timeZone).toEqual({ zone: 'Asia/Bangkok', notThai: null });
  expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
  expect(rt.ui.alerts.map((a) => a.prompt)).toContainEqual(expect.stringContaining('ตั้งเขตเวลาของสเปรดชีตจาก UTC'));
}, 300000);
