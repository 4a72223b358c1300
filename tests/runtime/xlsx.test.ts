/** .xlsx save + load keeps what the add-on and the user put in the workbook. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createRuntime, loadXlsx, WorkbookFileError } from '../../src/local/runtime';
import { bare, bkk, services, tmp } from './helpers';

async function roundTrip(
  fill: (ss: ReturnType<ReturnType<typeof services>['SpreadsheetApp']['getActiveSpreadsheet']>) => void,
) {
  const dir = tmp();
  const path = join(dir, 'book.xlsx');
  const rt = await bare({ workbookPath: path });
  fill(services(rt).SpreadsheetApp.getActiveSpreadsheet());
  await rt.save();
  const back = await bare({ workbookPath: path });
  return { ss: services(back).SpreadsheetApp.getActiveSpreadsheet(), path, dir };
}

test('values survive: strings, numbers, booleans, dates and formulas', async () => {
  const { ss } = await roundTrip((ss) => {
    const sh = ss.getSheets()[0];
    sh.getRange('A1:B1').setNumberFormat('@');
    sh.getRange('A1:E2').setValues([
      ['0812345678', 'สมชาย ใจดี', "'=not a formula", 1234.5, true],
      [bkk(2002, 8, 15), new Date(Date.UTC(2024, 0, 31, 3, 4, 5)), '=A2+1', -7, false],
    ]);
  });
  const sh = ss.getSheets()[0];
  expect(sh.getRange('A1:E2').getValues()).toEqual([
    ['0812345678', 'สมชาย ใจดี', '=not a formula', 1234.5, true],
    [bkk(2002, 8, 15), new Date(Date.UTC(2024, 0, 31, 3, 4, 5)), '', -7, false],
  ]);
  expect(sh.getRange('C2').getFormula()).toBe('=A2+1');
  expect(sh.getRange('A1').getNumberFormat()).toBe('@');
});

test('a Bangkok date is stored as that calendar date in the file', async () => {
  const { path } = await roundTrip((ss) => {
    ss.getSheets()[0]
      .getRange('A1')
      .setValue(bkk(2024, 2, 29));
  });
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.readFile(path);
  const v = xl.worksheets[0].getCell('A1').value as Date;
  // ExcelJS reads the serial as UTC wall-clock time
  expect(v.toISOString()).toBe('2024-02-29T00:00:00.000Z');
});

test('a workbook written by another program loads: dates become Bangkok midnights, cached formula values read', async () => {
  const dir = tmp();
  const path = join(dir, 'user.xlsx');
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('สมาชิก');
  ws.getCell('A1').value = 'ชื่อ';
  ws.getCell('B1').value = new Date(Date.UTC(2001, 0, 2));
  ws.getCell('B1').numFmt = 'dd/mm/yyyy';
  ws.getCell('C1').value = { formula: 'LEN(A1)', result: 3 };
  xl.addWorksheet('Other').getCell('Z99').value = 'keep';
  await xl.xlsx.writeFile(path);
  const rt = await bare({ workbookPath: path });
  const ss = services(rt).SpreadsheetApp.getActiveSpreadsheet();
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['สมาชิก', 'Other']);
  const sh = ss.getSheetByName('สมาชิก')!;
  expect(sh.getRange('A1:C1').getValues()).toEqual([['ชื่อ', bkk(2001, 1, 2), 3]]);
  expect(sh.getRange('C1').getFormula()).toBe('=LEN(A1)');
  expect(sh.getRange('B1').getDisplayValue()).toBe('02/01/2001');
  await rt.save();
  const again = await bare({ workbookPath: path });
  expect(
    services(again).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Other')!.getRange('Z99').getValue(),
  ).toBe('keep');
});

describe('loadXlsx errors', () => {
  test('a missing file', async () => {
    const p = join(tmp(), 'nope.xlsx');
    await expect(loadXlsx(p)).rejects.toMatchObject({ name: 'WorkbookFileError', code: 'missing' });
    expect(existsSync(p)).toBe(false);
  });

  test('a file that is not a workbook, left untouched', async () => {
    const p = join(tmp(), 'notes.xlsx');
    writeFileSync(p, 'just text');
    const before = statSync(p).mtimeMs;
    const err = await loadXlsx(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookFileError);
    expect((err as WorkbookFileError).code).toBe('not-a-workbook');
    expect(readFileSync(p, 'utf8')).toBe('just text');
    expect(statSync(p).mtimeMs).toBe(before);
  });

  test('a zip that is not a workbook', async () => {
    const p = join(tmp(), 'fake.xlsx');
    writeFileSync(p, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    await expect(loadXlsx(p)).rejects.toMatchObject({ code: 'not-a-workbook' });
  });

  test('an unreadable path (a folder)', async () => {
    await expect(loadXlsx(tmp())).rejects.toMatchObject({ code: 'unreadable' });
  });

  test('createRuntime propagates the error', async () => {
    const p = join(tmp(), 'bad.xlsx');
    writeFileSync(p, 'x');
    await expect(createRuntime({ workbookPath: p, bundlePath: null })).rejects.toBeInstanceOf(WorkbookFileError);
  });
});

test('save is atomic: no temporary file is left behind', async () => {
  const { dir } = await roundTrip((ss) => ss.getSheets()[0].getRange('A1').setValue(1));
  expect(readdirSync(dir)).toEqual(['book.xlsx']);
});

test('dates do not depend on the process time zone', async () => {
  const saved = process.env.TZ;
  try {
    const results: string[] = [];
    for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      process.env.TZ = tz;
      const path = join(tmp(), 'tz.xlsx');
      const rt = await bare({ workbookPath: path });
      const sh = rt.spreadsheet.getSheets()[0];
      sh.getRange('A1:B1').setValues([[bkk(2024, 12, 31), '2025-01-01']]);
      await rt.save();
      const back = await bare({ workbookPath: path });
      const [a, b] = back.spreadsheet.getSheets()[0].getRange('A1:B1').getValues()[0] as Date[];
      results.push(`${a.toISOString()} ${b.toISOString()}`);
    }
    expect(new Set(results)).toEqual(new Set(['2024-12-30T17:00:00.000Z 2024-12-31T17:00:00.000Z']));
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});
