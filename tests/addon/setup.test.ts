/**
 * "ตั้งค่าสมุดบัญชีกองทุน" (setupFundBook) run from the BUILT dist/Code.js in the offline runtime:
 * what a secretary would see in the workbook afterwards, on an empty book and on a group's own.
 */
import { CHOICES, SHEETS, type SheetKey } from '../../src/core/schema';
import { DEFAULT_BENEFITS, SETTING_DEFS, parseSettings } from '../../src/core/settings';
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { alerts, bookSnapshot, sheetSnapshot, usedValues } from './book-helpers';
import { callCli, callMenu } from '../../src/local/addon';

/* eslint-disable @typescript-eslint/no-explicit-any */
const ORDER: SheetKey[] = ['members', 'deposits', 'welfare', 'ledger', 'settings', 'benefits'];
const FORMAT = {
  id: '@',
  text: '@',
  phone: '@',
  choice: '@',
  date: 'd/m/yyyy',
  money: '#,##0.00',
  int: '0',
  year: '0',
} as const;

const ss = (rt: Runtime): any => rt.spreadsheet;

describe('setupFundBook on a new, empty spreadsheet', () => {
  let rt: Runtime;
  let result: ReturnType<Runtime['call']>;
  beforeAll(async () => {
    rt = await loadBundle();
    result = callMenu(rt, 'setupFundBook');
  });

  test('creates the six sheets with Thai names, reusing the empty "Sheet1"', () => {
    expect(
      ss(rt)
        .getSheets()
        .map((s: any) => s.getName()),
    ).toEqual(ORDER.map((k) => SHEETS[k].th));
  });

  test.each(ORDER)(
    '%s: Thai headers with the English name in the note, bold on a colour, frozen, protected with a warning',
    (key) => {
      const def = SHEETS[key];
      const sheet = ss(rt).getSheetByName(def.th);
      const n = def.columns.length;
      const header = sheet.getRange(1, 1, 1, n);
      expect(header.getValues()[0]).toEqual(def.columns.map((c) => c.th));
      expect(header.getNotes()[0]).toEqual(def.columns.map((c) => c.en));
      expect(header.getFontWeights()[0]).toEqual(def.columns.map(() => 'bold'));
      expect(new Set(header.getBackgrounds()[0]).size).toBe(1);
      expect(header.getBackgrounds()[0][0]).not.toBe('#ffffff');
      expect(sheet.getLastColumn()).toBe(n);
      expect(sheet.getFrozenRows()).toBe(1);
      const protections = sheet.getProtections('RANGE');
      expect(protections).toHaveLength(1);
      expect(protections[0].getRange().getA1Notation()).toBe(sheet.getRange(1, 1, 1, n).getA1Notation());
      expect(protections[0].isWarningOnly()).toBe(true);
    },
  );

  test.each(ORDER)('%s: column widths and number formats by kind, down to the last row of the grid', (key) => {
    const def = SHEETS[key];
    const sheet = ss(rt).getSheetByName(def.th);
    const last = sheet.getMaxRows();
    def.columns.forEach((col, i) => {
      if (col.width) expect(sheet.getColumnWidth(i + 1)).toBe(col.width);
      expect([col.key, sheet.getRange(2, i + 1).getNumberFormat()]).toEqual([col.key, FORMAT[col.kind]]);
      expect([col.key, sheet.getRange(last, i + 1).getNumberFormat()]).toEqual([col.key, FORMAT[col.kind]]);
    });
  });

  test('dropdowns: member status, deposit kind, ledger kind, payee, yes/no, and the benefit names of the settings', () => {
    const benefitNames = DEFAULT_BENEFITS.map((b) => b.name);
    const expected: Record<string, string[]> = {
      memberStatus: CHOICES.memberStatus.map((c) => c.th),
      depositKind: CHOICES.depositKind.map((c) => c.th),
      ledgerKind: CHOICES.ledgerKind.map((c) => c.th),
      payee: CHOICES.payee.map((c) => c.th),
      yesNo: CHOICES.yesNo.map((c) => c.th),
      benefits: benefitNames,
    };
    let checked = 0;
    for (const key of ORDER) {
      const def = SHEETS[key];
      const sheet = ss(rt).getSheetByName(def.th);
      def.columns.forEach((col, i) => {
        const top = sheet.getRange(2, i + 1).getDataValidation();
        const bottom = sheet.getRange(sheet.getMaxRows(), i + 1).getDataValidation();
        if (!col.choices) {
          expect([col.key, top]).toEqual([col.key, null]);
          return;
        }
        checked++;
        expect(top.getCriteriaType()).toBe('VALUE_IN_LIST');
        expect([col.key, top.getCriteriaValues()[0]]).toEqual([col.key, expected[col.choices]]);
        // A group's old values are flagged, never refused.
        expect(top.getAllowInvalid()).toBe(true);
        expect(top.getHelpText()).toMatch(/ตรวจสอบรายการ/);
        expect(bottom.getCriteriaValues()[0]).toEqual(expected[col.choices]);
      });
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  test('the settings sheets start with the defaults, and they read back without an error', () => {
    const settings = usedValues(rt, SHEETS.settings.th);
    expect(settings.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.th));
    const benefits = usedValues(rt, SHEETS.benefits.th);
    expect(benefits.slice(1).map((r) => r[1])).toEqual(DEFAULT_BENEFITS.map((b) => b.name));
    const parsed = parseSettings(settings, benefits);
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(parsed.settings.entryFee).toBe(50);
    expect(parsed.settings.annualFee).toBe(50);
    expect(parsed.settings.savingsPerDay).toBe(1);
    expect(parsed.settings.benefits.map((b) => b.code)).toEqual(DEFAULT_BENEFITS.map((b) => b.code));
    expect(parsed.settings.benefits.find((b) => b.code === 'death')!.tiers).toEqual(
      DEFAULT_BENEFITS.find((b) => b.code === 'death')!.tiers,
    );
  });

  test('tells the user, in Thai, what it did: one line per sheet', () => {
    const shown = alerts(result);
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('ตั้งค่าสมุดบัญชีกองทุน');
    const lines = shown[0].prompt.split('\n').filter((l) => l.startsWith('• '));
    expect(lines).toHaveLength(6);
    ORDER.forEach((k, i) => expect(lines[i]).toContain(`"${SHEETS[k].th}"`));
    expect(lines[0]).toContain('Sheet1');
    expect(lines[1]).toContain('สร้างแผ่นงานใหม่');
    // and the same report as a plain value, for the command line
    const report = result.value as { changed: boolean; lines: { status: string }[]; text: string };
    expect(report.changed).toBe(true);
    expect(report.text).toBe(shown[0].prompt);
    expect(report.lines.map((l) => l.status)).toEqual([
      'created',
      'created',
      'created',
      'created',
      'created',
      'created',
    ]);
  });

  test('running it again changes nothing at all, and says so', () => {
    const before = bookSnapshot(rt);
    const again = callMenu(rt, 'setupFundBook');
    expect(bookSnapshot(rt)).toEqual(before);
    expect((again.value as { changed: boolean }).changed).toBe(false);
    expect(alerts(again)[0].prompt).toMatch(/^สมุดบัญชีนี้ตั้งค่าครบแล้ว/);
    expect(again.metrics.calls['Range.setValues'] ?? 0).toBe(0);
  });
});

describe('setupFundBook for an English-speaking user', () => {
  test('reports in English; headers stay Thai; settings labels are English and read back', async () => {
    const rt = await loadBundle({ locale: 'en_US' });
    const result = callMenu(rt, 'setupFundBook');
    const shown = alerts(result)[0];
    expect(shown.title).toBe('Set up the fund book');
    expect(shown.prompt).toMatch(/^The fund book is set up/);
    expect(usedValues(rt, 'สมาชิก')[0]).toEqual(SHEETS.members.columns.map((c) => c.th));
    const settings = usedValues(rt, 'ตั้งค่า');
    expect(settings.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.en));
    const parsed = parseSettings(settings, usedValues(rt, 'ตั้งค่าสวัสดิการ'));
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/** A group's own book: their member sheet, a budget sheet, a deposit sheet we cannot read, their settings. */
function groupBook(rt: Runtime, members = 3): void {
  const book = ss(rt);
  const roll = book.getSheets()[0];
  roll.setName('สมาชิก');
  roll.insertRowsAfter(roll.getMaxRows(), Math.max(0, members + 1 - roll.getMaxRows()));
  roll.getRange(1, 3, members + 1, 1).setNumberFormat('@');
  const rows = [['ชื่อ', 'Member ID', 'เบอร์โทร', 'ไลน์ไอดี']];
  for (let i = 1; i <= members; i++)
    rows.push([`นางทดสอบ คนที่${i}`, `A${String(i).padStart(3, '0')}`, `08${String(10000000 + i)}`, `line${i}`]);
  roll.getRange(1, 1, members + 1, 4).setValues(rows);
  roll.getRange(1, 1, 1, 4).setBackground('#ffff00');
  roll.setColumnWidth(1, 222);
  const budget = book.insertSheet('งบประมาณ');
  budget.getRange(1, 1, 3, 2).setValues([
    ['รายการ', 'บาท'],
    ['ค่าเช่า', 1200],
    ['ค่าไฟ', '=B2*2'],
  ]);
  const odd = book.insertSheet('เงินฝาก');
  odd.getRange(1, 1, 2, 2).setValues([
    ['ก', 'ข'],
    ['1', 'สอง'],
  ]);
  const settings = book.insertSheet('ตั้งค่า');
  settings.getRange(1, 1, 3, 2).setValues([
    ['รายการ', 'ค่า'],
    ['ค่าสมัครแรกเข้า (บาท)', 100],
    ['ชื่อกองทุน', 'กองทุนบ้านเรา'],
  ]);
}

describe("setupFundBook on a group's own spreadsheet", () => {
  let rt: Runtime;
  let before: Record<string, Record<string, unknown>>;
  let report: {
    changed: boolean;
    lines: { sheet: string; status: string; addedColumns: string[]; unknownColumns: string[]; message: string }[];
  };
  let alertText: string;
  beforeAll(async () => {
    rt = await loadBundle();
    groupBook(rt);
    before = Object.fromEntries(
      ss(rt)
        .getSheets()
        .map((s: any) => [s.getName(), sheetSnapshot(s)]),
    );
    const result = callMenu(rt, 'setupFundBook');
    report = result.value as typeof report;
    alertText = alerts(result)[0].prompt;
  });

  test('keeps their columns, rows, values and formats, and appends the missing columns after them', () => {
    const roll = ss(rt).getSheetByName('สมาชิก');
    const old = before['สมาชิก'] as any;
    const block = roll.getRange(1, 1, 4, 4);
    expect(block.getValues()).toEqual(old.values.slice(0, 4).map((r: unknown[]) => r.slice(0, 4)));
    expect(block.getNumberFormats()).toEqual(old.numberFormats.slice(0, 4).map((r: unknown[]) => r.slice(0, 4)));
    expect(block.getBackgrounds()).toEqual(old.backgrounds.slice(0, 4).map((r: unknown[]) => r.slice(0, 4)));
    expect(roll.getColumnWidth(1)).toBe(222);
    expect(roll.getRange(2, 3).getValue()).toBe('0810000001');
    const missing = SHEETS.members.columns
      .filter((c) => !['name', 'memberId', 'phone'].includes(c.key))
      .map((c) => c.th);
    expect(roll.getRange(1, 1, 1, roll.getLastColumn()).getValues()[0]).toEqual([
      'ชื่อ',
      'Member ID',
      'เบอร์โทร',
      'ไลน์ไอดี',
      ...missing,
    ]);
    expect(roll.getLastRow()).toBe(4);
    // the new columns get their format and dropdown; theirs keep none
    const statusCol = 4 + missing.indexOf('สถานะ') + 1;
    expect(roll.getRange(2, statusCol).getDataValidation().getCriteriaValues()[0]).toEqual(
      CHOICES.memberStatus.map((c) => c.th),
    );
    expect(roll.getRange(2, 4 + missing.indexOf('วันที่สมัคร') + 1).getNumberFormat()).toBe('d/m/yyyy');
  });

  test('reports "ไลน์ไอดี" as not recognised and lists the columns it added', () => {
    const line = report.lines.find((l) => l.sheet === 'สมาชิก')!;
    expect(line.status).toBe('extended');
    expect(line.unknownColumns).toEqual(['ไลน์ไอดี']);
    expect(line.addedColumns).toContain('เลขประจำตัวประชาชน');
    expect(alertText).toMatch(/"สมาชิก".*ไลน์ไอดี/);
    expect(alertText).toMatch(/"สมาชิก": คงข้อมูลเดิม 3 แถว/);
  });

  test('leaves a sheet it does not know, and a record sheet whose header it cannot read, exactly as they were', () => {
    expect(sheetSnapshot(ss(rt).getSheetByName('งบประมาณ'))).toEqual(before['งบประมาณ']);
    expect(sheetSnapshot(ss(rt).getSheetByName('เงินฝาก'))).toEqual(before['เงินฝาก']);
    const odd = report.lines.find((l) => l.sheet === 'เงินฝาก')!;
    expect(odd.status).toBe('not-understood');
    expect(odd.message).toMatch(/ไม่ได้แก้ไข/);
    expect(report.lines.find((l) => l.sheet === 'งบประมาณ')!.status).toBe('other');
    // one line per sheet in the alert
    expect(alertText.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(ss(rt).getSheets().length);
  });

  test('adds only the settings the group does not have; their own values stay', () => {
    const settings = usedValues(rt, 'ตั้งค่า');
    const value = (label: string) => settings.find((r) => r[0] === label)?.[1];
    expect(value('ค่าสมัครแรกเข้า (บาท)')).toBe(100);
    expect(value('ชื่อกองทุน')).toBe('กองทุนบ้านเรา');
    expect(
      settings
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(SETTING_DEFS.map((d) => d.th).sort());
    expect(settings.filter((r) => r[0] === 'ชื่อกองทุน')).toHaveLength(1);
    expect(parseSettings(settings, usedValues(rt, 'ตั้งค่าสวัสดิการ')).settings.entryFee).toBe(100);
  });

  test('a second run changes nothing', () => {
    const snap = bookSnapshot(rt);
    const again = callMenu(rt, 'setupFundBook');
    expect(bookSnapshot(rt)).toEqual(snap);
    expect((again.value as { changed: boolean }).changed).toBe(false);
  });
});

describe("setupFundBook on the group's own choice columns", () => {
  test('adds the dropdown to their status column, flagging (not changing) their old values', async () => {
    const rt = await loadBundle();
    const sheet = ss(rt).getSheets()[0];
    sheet.setName('สมาชิก');
    const rows = [
      ['รหัสสมาชิก', 'ชื่อ-สกุล', 'วันที่สมัคร', 'สถานะ'],
      ['A1', 'นางบัวคำ ใจดี', new Date(Date.UTC(2010, 0, 1)), 'ปกติ'],
      ['A2', 'นายทองดี ศรีสุข', new Date(Date.UTC(2011, 0, 1)), 'ย้ายไปอยู่ต่างจังหวัด'],
    ];
    sheet.getRange(1, 1, 3, 4).setValues(rows);
    const result = callMenu(rt, 'setupFundBook');
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual(rows);
    const rule = sheet.getRange(3, 4).getDataValidation();
    expect(rule.getCriteriaValues()[0]).toEqual(CHOICES.memberStatus.map((c) => c.th));
    expect(rule.getAllowInvalid()).toBe(true);
    expect(alerts(result)[0].prompt).toMatch(/"สมาชิก".*เพิ่มรายการให้เลือกในคอลัมน์: สถานะ/);
    // a dropdown of the group's own is theirs: set-up keeps it as it is
    const app = (rt as any).globals.SpreadsheetApp;
    const theirs = app.newDataValidation().requireValueInList(['ปกติ', 'ออก'], true).build();
    sheet.getRange(2, 4, sheet.getMaxRows() - 1, 1).setDataValidation(theirs);
    callMenu(rt, 'setupFundBook');
    expect(sheet.getRange(2, 4).getDataValidation().getCriteriaValues()[0]).toEqual(['ปกติ', 'ออก']);
  });
});

describe("setupFundBook keeps the group's benefit catalogue", () => {
  test('their benefits are not touched and the welfare dropdown offers their names', async () => {
    const rt = await loadBundle();
    const sheet = ss(rt).getSheets()[0];
    sheet.setName('ตั้งค่าสวัสดิการ');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['รหัส', 'ชื่อสวัสดิการ', 'บาทต่อหน่วย'],
      ['care', 'ค่าดูแลผู้สูงอายุ', 300],
      ['funeral', 'ค่าทำศพ', 5000],
    ]);
    const before = sheetSnapshot(sheet);
    callMenu(rt, 'setupFundBook');
    const after = ss(rt).getSheetByName('ตั้งค่าสวัสดิการ');
    const cut = (s: any) => s.values.slice(0, 3).map((r: unknown[]) => r.slice(0, 3));
    expect(cut(sheetSnapshot(after))).toEqual(cut(before));
    expect(after.getLastRow()).toBe(3);
    const welfare = ss(rt).getSheetByName('สวัสดิการ');
    const col = SHEETS.welfare.columns.findIndex((c) => c.key === 'benefit') + 1;
    expect(welfare.getRange(2, col).getDataValidation().getCriteriaValues()[0]).toEqual(['ค่าดูแลผู้สูงอายุ', 'ค่าทำศพ']);
  });
});

describe('setupFundBook follows the benefit names', () => {
  test('after the group renames a benefit and adds one, a new run offers the new names in the welfare dropdown', async () => {
    const rt = await loadBundle();
    callMenu(rt, 'setupFundBook');
    const benefits = ss(rt).getSheetByName('ตั้งค่าสวัสดิการ');
    benefits.getRange(2, 2).setValue('ค่าทำขวัญเด็กแรกเกิด');
    benefits.getRange(9, 1, 1, 2).setValues([['elder', 'ค่าดูแลผู้สูงอายุ']]);
    const result = callMenu(rt, 'setupFundBook');
    const welfare = ss(rt).getSheetByName('สวัสดิการ');
    const col = SHEETS.welfare.columns.findIndex((c) => c.key === 'benefit') + 1;
    const names = ['ค่าทำขวัญเด็กแรกเกิด', ...DEFAULT_BENEFITS.slice(1).map((b) => b.name), 'ค่าดูแลผู้สูงอายุ'];
    expect(welfare.getRange(2, col).getDataValidation().getCriteriaValues()[0]).toEqual(names);
    expect(welfare.getRange(welfare.getMaxRows(), col).getDataValidation().getCriteriaValues()[0]).toEqual(names);
    expect(benefits.getLastRow()).toBe(9);
    expect((result.value as { changed: boolean }).changed).toBe(true);
    expect(alerts(result)[0].prompt).toMatch(/"สวัสดิการ".*ปรับรายการประเภทสวัสดิการให้ตรงกับแผ่นงาน "ตั้งค่าสวัสดิการ"/);
  });
});

describe('setupFundBook cost', () => {
  async function callsFor(rows: number): Promise<number> {
    const rt = await loadBundle();
    groupBook(rt, rows);
    // and a full deposit log of the same length
    const book = ss(rt);
    book.deleteSheet(book.getSheetByName('เงินฝาก'));
    const log = book.insertSheet('เงินฝาก');
    log.insertRowsAfter(log.getMaxRows(), rows + 1);
    const data = [SHEETS.deposits.columns.map((c) => c.th)];
    for (let i = 1; i <= rows; i++)
      data.push([`R${i}`, new Date(Date.UTC(2020, 0, 1)), 'A001', 'เงินออม', 30, '', 'เลขา', ''] as any);
    log.getRange(1, 1, rows + 1, data[0].length).setValues(data);
    return callMenu(rt, 'setupFundBook').metrics.serviceCalls;
  }

  test('the same number of service calls for 10 and 10,000 existing rows', async () => {
    const small = await callsFor(10);
    const large = await callsFor(10000);
    expect(large).toBe(small);
    expect(small).toBeLessThan(600);
  });

  test('while another user holds the document lock it changes nothing and says why', async () => {
    const rt = await loadBundle();
    const before = bookSnapshot(rt);
    (rt as any).holdDocumentLock({ releaseAfterMs: 10 * 60e3 });
    // The menu: an alert in Thai titled with the menu item, not a script error.
    const result = callMenu(rt, 'setupFundBook');
    expect(alerts(result).map(({ title, prompt }) => ({ title, prompt }))).toEqual([
      {
        title: 'ตั้งค่าสมุดบัญชีกองทุน',
        prompt: 'มีผู้ใช้อื่นกำลังบันทึกลงสมุดบัญชีอยู่ กรุณารอสักครู่แล้วลองใหม่',
      },
    ]);
    expect(bookSnapshot(rt)).toEqual(before);
    // The command line's entry throws the same words: it prints them and exits non-zero.
    expect(() => callCli(rt, 'setupFundBook_')).toThrow(/ผู้ใช้อื่นกำลังบันทึก/);
    expect(bookSnapshot(rt)).toEqual(before);
  });
});
