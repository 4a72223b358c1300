/**
 * The workbook layer (src/addon/book) against the offline runtime's SpreadsheetApp: sheets and
 * columns found by header, one read per sheet, appends that keep user text exactly as typed,
 * and generated sheets that never touch a record sheet. These functions are not top-level in
 * Code.js, so the source is run here with the runtime's services installed as globals.
 */
import { dayFromYMD, dateFromDay } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import { createRuntime, type Runtime } from '../../src/local/runtime';
import {
  appendRows,
  readBook,
  requireSheet,
  writeGeneratedSheet,
  isGeneratedSheet,
  MONEY_FORMAT,
} from '../../src/addon/book';
import { sheetSnapshot } from './book-helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
const g = globalThis as any;

async function runtime(locale = 'th'): Promise<Runtime> {
  const rt = await createRuntime({ bundlePath: null, locale });
  for (const name of ['SpreadsheetApp', 'LockService', 'Session', 'CacheService', 'PropertiesService'])
    g[name] = rt.globals[name];
  return rt;
}

const ss = (rt: Runtime): any => rt.spreadsheet;

/** A sheet with our headers (in our order unless given) and n data rows. */
function recordSheet(rt: Runtime, name: string, headers: string[], rows: unknown[][] = []): any {
  const book = ss(rt);
  const sheet = book.getSheetByName(name) ?? book.insertSheet(name);
  const all = [headers, ...rows.map((r) => headers.map((_, i) => (i < r.length ? r[i] : '')))];
  if (all.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), all.length - sheet.getMaxRows());
  sheet.getRange(1, 1, all.length, headers.length).setValues(all);
  return sheet;
}

const depositHeaders = SHEETS.deposits.columns.map((c) => c.th);
const memberHeaders = SHEETS.members.columns.map((c) => c.th);

describe('appendRows', () => {
  test('user text stays exactly as typed: formulas, +66, leading zeros, apostrophes, @', async () => {
    const rt = await runtime();
    const sheet = recordSheet(rt, 'สมาชิก', memberHeaders);
    const typed = [
      { memberId: '0012', name: '=HYPERLINK("http://evil.example","คลิก")', phone: '+66812345678', note: "'quoted" },
      {
        memberId: '0013',
        name: '@นางสมศรี',
        phone: '0812345678',
        note: '-5 บาท',
        nationalId: '3101701234560',
        address: '12/3',
      },
    ];
    const rows = rt.measure(() => appendRows('members', typed)).value;
    expect(rows).toEqual([2, 3]);
    const values = sheet.getRange(2, 1, 2, memberHeaders.length).getValues();
    const col = (key: string) => SHEETS.members.columns.findIndex((c) => c.key === key);
    expect(values[0][col('memberId')]).toBe('0012');
    expect(values[0][col('name')]).toBe('=HYPERLINK("http://evil.example","คลิก")');
    expect(values[0][col('phone')]).toBe('+66812345678');
    expect(values[0][col('note')]).toBe("'quoted");
    expect(values[1][col('name')]).toBe('@นางสมศรี');
    expect(values[1][col('phone')]).toBe('0812345678');
    expect(values[1][col('note')]).toBe('-5 บาท');
    expect(values[1][col('nationalId')]).toBe('3101701234560');
    expect(values[1][col('address')]).toBe('12/3');
    expect(
      sheet
        .getRange(2, 1, 2, memberHeaders.length)
        .getFormulas()
        .flat()
        .filter((f: string) => f !== ''),
    ).toEqual([]);
  });

  test('dates become date cells at midnight in Bangkok, money numbers; text in a number column stays text', async () => {
    const rt = await runtime();
    const sheet = recordSheet(rt, 'เงินฝาก', depositHeaders);
    const day = dayFromYMD(2002, 8, 15)!;
    appendRows('deposits', [
      { receiptNo: '2545/0001', date: day, memberId: '0001', kind: 'ค่าสมัคร', amount: 50, yearCovered: 2545 },
      { receiptNo: '2545/0002', date: '15/8/45', memberId: '0001', kind: 'เงินออม', amount: '1,000 บาท' },
    ]);
    const [a, b] = sheet.getRange(2, 1, 2, depositHeaders.length).getValues();
    expect(a[1]).toBeInstanceOf(Date);
    expect((a[1] as Date).toISOString()).toBe('2002-08-14T17:00:00.000Z');
    expect((a[1] as Date).getTime()).toBe(dateFromDay(day).getTime());
    expect(a[4]).toBe(50);
    expect(a[5]).toBe(2545);
    expect(b[1]).toBe('15/8/45');
    expect(b[4]).toBe('1,000 บาท');
    expect(sheet.getRange(2, 2).getNumberFormat()).toBe('d/m/yyyy');
    expect(sheet.getRange(2, 5).getNumberFormat()).toBe(MONEY_FORMAT);
    expect(sheet.getRange(2, 1).getNumberFormat()).toBe('@');
  });

  test("finds columns by header in the group's own order; their extra column stays empty with its format", async () => {
    const rt = await runtime();
    // English and alias headers, shuffled, with the group's own "สาขา" column in the middle
    const sheet = recordSheet(
      rt,
      'Deposits',
      ['Amount', 'สาขา', 'ใบเสร็จ', 'Member ID', 'Date', 'ประเภท'],
      [[30, 'กลาง', 'R1', 'A1', new Date(0), 'เงินออม']],
    );
    sheet.getRange(1, 2, sheet.getMaxRows(), 1).setNumberFormat('0.0%');
    const rows = appendRows('deposits', [
      { receiptNo: 'R2', date: dayFromYMD(2024, 1, 5)!, memberId: '0007', kind: 'เงินออม', amount: 31 },
    ]);
    expect(rows).toEqual([3]);
    const row = sheet.getRange(3, 1, 1, 6).getValues()[0];
    expect(row[0]).toBe(31);
    expect(row[1]).toBe('');
    expect(row[2]).toBe('R2');
    expect(row[3]).toBe('0007');
    expect(row[5]).toBe('เงินออม');
    expect(sheet.getRange(3, 2).getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange(2, 1, 1, 6).getValues()[0][2]).toBe('R1');
  });

  test('grows the grid past its last row and costs the same for 10 and 5,000 existing rows, reading only the header', async () => {
    const cost = async (n: number) => {
      const rt = await runtime();
      const rows = Array.from({ length: n }, (_, i) => [`R${i}`, new Date(0), 'A1', 'เงินออม', 30, '', '', '']);
      const sheet = recordSheet(rt, 'เงินฝาก', depositHeaders, rows);
      // 1,000 new rows run past the end of the grid in both books
      const batch = Array.from({ length: 1000 }, (_, i) => ({
        receiptNo: `N${i}`,
        date: 20000,
        memberId: 'A2',
        kind: 'เงินออม',
        amount: 1,
      }));
      expect(n + 1 + batch.length).toBeGreaterThan(sheet.getMaxRows());
      const r = rt.measure(() => appendRows('deposits', batch));
      expect((r.value as number[])[0]).toBe(n + 2);
      expect(sheet.getLastRow()).toBe(n + 1 + batch.length);
      expect(sheet.getRange(sheet.getLastRow(), 1).getValue()).toBe(`N${batch.length - 1}`);
      return r.metrics;
    };
    const small = await cost(10);
    const large = await cost(5000);
    expect(large.serviceCalls).toBe(small.serviceCalls);
    expect(small.calls['Range.setValues']).toBe(1);
    // the header row and the formats of the first new row: never the old rows, nor the whole block
    expect(large.cellsRead).toBeLessThan(3 * depositHeaders.length);
    expect(large.cellsRead).toBe(small.cellsRead);
  });

  test('clear errors in Thai, and nothing written, when the sheet or a needed column is missing', async () => {
    const rt = await runtime();
    expect(() => appendRows('welfare', [{ voucherNo: '1' }])).toThrow(
      'ไม่พบแผ่นงาน "สวัสดิการ" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน',
    );
    const sheet = recordSheet(rt, 'เงินฝาก', ['เลขที่ใบเสร็จ', 'วันที่', 'รหัสสมาชิก', 'ประเภท', 'จำนวนเงิน']);
    expect(() => appendRows('deposits', [{ receiptNo: 'R1', yearCovered: 2567 }])).toThrow(
      /ไม่มีคอลัมน์ "ปีที่ชำระ \(พ\.ศ\.\)"/,
    );
    expect(sheet.getLastRow()).toBe(1);
    expect(() => appendRows('deposits', [{ receiptNo: 'R1', nope: 1 } as any])).toThrow(/no column "nope"/);
  });

  test('waits for the document lock and refuses when another user keeps it', async () => {
    const rt = await runtime('en_US');
    recordSheet(rt, 'เงินฝาก', depositHeaders);
    rt.holdDocumentLock({ releaseAfterMs: 10 * 60e3 });
    expect(() => appendRows('deposits', [{ receiptNo: 'R1' }])).toThrow(
      'Someone else is saving to this fund book. Please wait a moment and try again.',
    );
    expect(ss(rt).getSheetByName('เงินฝาก').getLastRow()).toBe(1);
  });
});

describe('readBook', () => {
  test('finds sheets by Thai, English or alias name and reads each with one getValues', async () => {
    const cost = async (n: number) => {
      const rt = await runtime();
      ss(rt).getSheets()[0].setName('ทะเบียนสมาชิก');
      recordSheet(
        rt,
        'ทะเบียนสมาชิก',
        ['Member ID', 'Name', 'Join date'],
        Array.from({ length: n }, (_, i) => [`A${i}`, `คน ${i}`, new Date(0)]),
      );
      recordSheet(rt, 'Deposits', depositHeaders, [['R1', new Date(0), 'A0', 'เงินออม', 30, '', '', '']]);
      ss(rt).insertSheet('งบประมาณ');
      const r = rt.measure(() => readBook());
      const book = r.value as ReturnType<typeof readBook>;
      expect(Object.keys(book).sort()).toEqual(['deposits', 'members']);
      expect(book.members!.values).toHaveLength(n + 1);
      expect(book.members!.name).toBe('ทะเบียนสมาชิก');
      expect(book.members!.match.index).toEqual({ memberId: 0, name: 1, joinDate: 2 });
      expect(book.deposits!.values[1][0]).toBe('R1');
      expect(r.metrics.calls['Range.getValues']).toBe(2);
      return r.metrics.serviceCalls;
    };
    expect(await cost(5000)).toBe(await cost(10));
  });

  test('prefers the sheet with the exact Thai name when two sheets name the same kind', async () => {
    const rt = await runtime();
    ss(rt).getSheets()[0].setName('Members');
    recordSheet(rt, 'Members', ['Member ID'], [['EN']]);
    recordSheet(rt, 'สมาชิก', ['รหัสสมาชิก'], [['TH']]);
    expect(readBook(['members']).members!.values[1][0]).toBe('TH');
  });

  test('a missing sheet is absent, never created, and a caller that needs it says which in Thai', async () => {
    const rt = await runtime();
    ss(rt).getSheets()[0].setName('สมาชิก');
    recordSheet(rt, 'สมาชิก', memberHeaders, [['A1', 'คน 1']]);
    const before = ss(rt)
      .getSheets()
      .map((s: any) => s.getName());
    const book = readBook(['members', 'deposits', 'welfare']);
    expect(Object.keys(book)).toEqual(['members']);
    expect(requireSheet(book, 'members').values[1][0]).toBe('A1');
    expect(() => requireSheet(book, 'deposits')).toThrow('ไม่พบแผ่นงาน "เงินฝาก" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน');
    expect(
      ss(rt)
        .getSheets()
        .map((s: any) => s.getName()),
    ).toEqual(before);
  });
});

describe('writeGeneratedSheet', () => {
  const asOf = dayFromYMD(2024, 11, 21)!;
  const now = new Date(Date.UTC(2024, 10, 21, 7, 5));

  test('writes the stamp, the blocks and their formats in one block, protected with a warning only', async () => {
    const rt = await runtime();
    const r = rt.measure(() =>
      writeGeneratedSheet(
        'สรุปตามหมู่บ้าน',
        [
          {
            title: 'สมาชิก',
            header: ['หมู่บ้าน', 'คน', 'เงินออม'],
            rows: [
              ['บ้านดอนแก้ว', 12, 3650.5],
              ['=ไม่ใช่สูตร', 3, 0],
            ],
            formats: [null, '0', MONEY_FORMAT],
            boldRows: [1],
          },
        ],
        { asOf, now, lang: 'th' },
      ),
    );
    const sheet = ss(rt).getSheetByName('สรุปตามหมู่บ้าน');
    expect(sheet.getRange(1, 1).getValue()).toBe('ข้อมูล ณ วันที่ 21 พ.ย. 2567 · สร้างเมื่อ 21 พ.ย. 2567 14:05');
    expect(sheet.getRange(3, 1).getValue()).toBe('สมาชิก');
    expect(sheet.getRange(4, 1, 1, 3).getValues()[0]).toEqual(['หมู่บ้าน', 'คน', 'เงินออม']);
    expect(sheet.getRange(5, 1, 2, 3).getValues()).toEqual([
      ['บ้านดอนแก้ว', 12, 3650.5],
      ['=ไม่ใช่สูตร', 3, 0],
    ]);
    expect(sheet.getRange(6, 1).getFormula()).toBe('');
    expect(sheet.getRange(5, 3).getNumberFormat()).toBe(MONEY_FORMAT);
    expect(sheet.getRange(6, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(4, 1).getFontWeight()).toBe('bold');
    expect((r.value as { blockRows: number[] }).blockRows).toEqual([5]);
    const protections = sheet.getProtections('SHEET');
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(r.metrics.calls['Range.setValues']).toBe(1);
    expect(r.metrics.calls['Range.setNumberFormats']).toBe(1);
    expect(isGeneratedSheet(sheet)).toBe(true);
  });

  test('rewrites the sheet whole: nothing of the last run is left, one protection', async () => {
    const rt = await runtime('en');
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`v${i}`, i]);
    writeGeneratedSheet(
      'Report',
      [
        { header: ['a', 'b'], rows: rows(2000) },
        { title: 'more', rows: [['x']] },
      ],
      { asOf, now },
    );
    writeGeneratedSheet('Report', [{ header: ['a', 'b'], rows: rows(10) }], { asOf, now });
    const sheet = ss(rt).getSheetByName('Report');
    expect(sheet.getRange(1, 1).getValue()).toBe('Data as of 21/11/2567 · made 21/11/2567 14:05');
    expect(sheet.getLastRow()).toBe(2 + 1 + 10);
    expect(
      sheet
        .getRange(14, 1, 1000, 2)
        .getValues()
        .flat()
        .filter((v: unknown) => v !== ''),
    ).toEqual([]);
    expect(sheet.getProtections('SHEET')).toHaveLength(1);
  });

  test('costs the same for 10 and 3,000 rows (a rewrite of an existing report)', async () => {
    const cost = async (n: number) => {
      const rt = await runtime();
      const block = { header: ['a', 'b'], rows: Array.from({ length: n }, (_, i) => [`v${i}`, i]) };
      writeGeneratedSheet('รายงาน', [block], { asOf, now });
      return rt.measure(() => writeGeneratedSheet('รายงาน', [block], { asOf, now })).metrics.serviceCalls;
    };
    expect(await cost(3000)).toBe(await cost(10));
  });

  test('never overwrites a record sheet or a sheet of the user that has the same name', async () => {
    const rt = await runtime();
    const members = recordSheet(rt, 'สมาชิก', memberHeaders, [['0001', 'นางบัวคำ ใจดี']]);
    const before = sheetSnapshot(members);
    expect(() => writeGeneratedSheet('สมาชิก', [], { asOf, now })).toThrow(/เป็นแผ่นงานบันทึกข้อมูลของกองทุน/);
    expect(() => writeGeneratedSheet('Members', [], { asOf, now })).toThrow(/โปรแกรมจะไม่เขียนทับ/);
    expect(() => writeGeneratedSheet('ตั้งค่า', [], { asOf, now })).toThrow(/โปรแกรมจะไม่เขียนทับ/);
    expect(sheetSnapshot(members)).toEqual(before);
    const mine = recordSheet(rt, 'รายงานของฉัน', ['บันทึกของฉัน']);
    const mineBefore = sheetSnapshot(mine);
    expect(() => writeGeneratedSheet('รายงานของฉัน', [], { asOf, now })).toThrow(/มีข้อมูลที่โปรแกรมไม่ได้สร้าง/);
    expect(sheetSnapshot(mine)).toEqual(mineBefore);
  });
});
