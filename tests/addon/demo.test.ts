/**
 * The demo fund: the pure generator (src/core/demo.ts) and createDemoFund run from the BUILT
 * dist/Code.js. A secretary trying the add-on should get a believable fund whose only mistakes
 * are the planted ones, the same book every time, and nothing at all on a book with records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkValues } from '../../src/core/checks';
import { dayFromYMD, formatDateBE, parseDate } from '../../src/core/dates';
import { generateDemoFund, DEMO_UNTIL, type DemoFund } from '../../src/core/demo';
import { validateNationalId } from '../../src/core/parse';
import { readSheet } from '../../src/core/records';
import { CHOICES, RECORD_SHEETS, SHEETS } from '../../src/core/schema';
import { DEFAULT_BENEFITS, parseSettings } from '../../src/core/settings';
import type { Runtime } from '../../src/local/runtime';
import { loadBundle, ROOT } from '../support/runtime';
import { alerts, bookSnapshot, usedValues } from './book-helpers';
import { callCli, tryCli } from '../../src/local/addon';

/* eslint-disable @typescript-eslint/no-explicit-any */
const thai = (list: keyof typeof CHOICES, code: string) => CHOICES[list].find((c) => c.code === code)!.th;

describe('generateDemoFund (pure)', () => {
  let fund: DemoFund;
  beforeAll(() => {
    fund = generateDemoFund();
  });

  test('the same seed gives the same fund; another seed another fund', () => {
    // (JSON: jest's deep equality is slow on 30,000 records)
    expect(JSON.stringify(generateDemoFund())).toBe(JSON.stringify(fund));
    const other = generateDemoFund({ seed: 7 });
    expect(other.members.map((m) => m.name)).not.toEqual(fund.members.map((m) => m.name));
  });

  test('uses no Math.random (a seeded generator only)', () => {
    const source = ['demo.ts', 'demo/people.ts', 'demo/money.ts']
      .map((f) => readFileSync(join(ROOT, 'src', 'core', f), 'utf8'))
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(source).toMatch(/class Rng/);
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
  });

  test('about 300 members over six villages, joined from 15 Aug 2545, of every status with status dates', () => {
    expect(fund.members.length).toBeGreaterThanOrEqual(250);
    expect(fund.members.length).toBeLessThanOrEqual(350);
    expect(new Set(fund.members.map((m) => m.village)).size).toBe(6);
    const joins = fund.members.map((m) => m.joinDate).filter((d): d is number => typeof d === 'number');
    expect(Math.min(...joins)).toBe(dayFromYMD(2002, 8, 15));
    expect(Math.max(...joins)).toBeLessThanOrEqual(DEMO_UNTIL);
    for (const code of ['active', 'resigned', 'deceased', 'lapsed']) {
      const some = fund.members.filter((m) => m.status === thai('memberStatus', code));
      expect([code, some.length > 0]).toEqual([code, true]);
      if (code !== 'active') expect(some.every((m) => typeof m.statusDate === 'number')).toBe(true);
    }
    expect(new Set(fund.members.map((m) => m.memberId)).size).toBe(fund.members.length);
  });

  test('national ids: valid checksums except the planted one; some are missing; phones as typed', () => {
    const ids = fund.members.map((m) => m.nationalId).filter((v): v is string => typeof v === 'string');
    const bad = ids.filter((id) => !validateNationalId(id).ok);
    expect(bad).toHaveLength(1);
    expect(ids.length).toBeLessThan(fund.members.length);
    expect(ids.length).toBeGreaterThan(fund.members.length * 0.7);
    expect(fund.members.some((m) => /^0\d{9}$/.test(String(m.phone)))).toBe(true);
    expect(fund.members.some((m) => /^0\d{2}-\d{3}-\d{4}$/.test(String(m.phone)))).toBe(true);
  });

  test('years of deposits of every kind: the entry fee once, the annual fee per fiscal year, savings', () => {
    expect(fund.deposits.length).toBeGreaterThan(25000);
    const byKind = (code: string) => fund.deposits.filter((d) => d.kind === thai('depositKind', code));
    expect(byKind('entry_fee').length).toBe(fund.members.length + 1); // + the planted second one
    const fees = byKind('annual_fee');
    expect(fees.every((d) => typeof d.yearCovered === 'number' && d.amount === 50)).toBe(true);
    const feeKeys = fees.map((d) => `${d.memberId}/${d.yearCovered}`);
    expect(new Set(feeKeys).size).toBe(feeKeys.length);
    expect(byKind('savings').length).toBeGreaterThan(20000);
    const years = new Set(fund.deposits.map((d) => (typeof d.date === 'number' ? formatDateBE(d.date).slice(-4) : '')));
    expect(years.size).toBeGreaterThanOrEqual(24);
  });

  test('welfare of every benefit kind, grants to community projects without a member', () => {
    const names = new Set(fund.welfare.map((w) => w.benefit));
    for (const b of DEFAULT_BENEFITS) expect([b.code, names.has(b.name)]).toEqual([b.code, true]);
    const grants = fund.welfare.filter((w) => w.memberId === null);
    expect(grants.length).toBeGreaterThanOrEqual(2);
    expect(grants.every((g) => typeof g.project === 'string' && g.project !== '')).toBe(true);
  });

  test('fund ledger: local government and CODI matching per fiscal year in rounds, donations, interest, admin costs', () => {
    const kinds = (code: string) => fund.ledger.filter((e) => e.kind === thai('ledgerKind', code));
    expect(kinds('matching_local').length).toBeGreaterThanOrEqual(10);
    expect(kinds('matching_local').some((e) => e.round === '1/2')).toBe(true);
    expect(kinds('matching_state').length).toBeGreaterThanOrEqual(5);
    expect(kinds('donation').length).toBeGreaterThan(0);
    expect(kinds('interest').length).toBeGreaterThan(20);
    expect(kinds('admin_expense').length).toBeGreaterThan(20);
    expect(fund.ledger.every((e) => typeof e.source === 'string' && e.source !== '')).toBe(true);
  });

  test('all 13 typical mistakes are planted, each on a real row of its sheet', () => {
    expect(fund.mistakes.map((m) => m.id).sort()).toEqual([
      'deposit.amount-text',
      'deposit.before-join',
      'deposit.duplicate-receipt',
      'deposit.entry-fee-twice',
      'deposit.two-digit-year',
      'deposit.unknown-member',
      'member.join-date-impossible',
      'member.nid-checksum',
      'member.nid-duplicate',
      'welfare.after-death',
      'welfare.death-twice',
      'welfare.units-over-max',
      'welfare.waiting-period',
    ]);
    // other seeds make other books, still with the mistakes to find
    for (const seed of [1, 99, 31337]) expect(generateDemoFund({ seed }).mistakes).toHaveLength(13);
    for (const m of fund.mistakes) {
      for (const row of [m.row, ...m.relatedRows]) {
        expect(row).toBeGreaterThanOrEqual(2);
        expect(row - 2).toBeLessThan(fund[m.sheet].length);
      }
    }
    const receipt = fund.mistakes.find((m) => m.id === 'deposit.duplicate-receipt')!;
    expect(fund.deposits[receipt.row - 2].receiptNo).toBe(fund.deposits[receipt.relatedRows[0] - 2].receiptNo);
    const twoDigit = fund.mistakes.find((m) => m.id === 'deposit.two-digit-year')!;
    expect(parseDate(fund.deposits[twoDigit.row - 2].date)).toMatchObject({ ok: false, code: 'date.two-digit-year' });
  });
});

describe('createDemoFund (the built add-on)', () => {
  let rt: Runtime;
  let result: ReturnType<typeof callCli<'createDemoFund'>>;
  const values = () =>
    Object.fromEntries(
      (['members', 'deposits', 'welfare', 'ledger', 'settings', 'benefits'] as const).map((k) => [
        k,
        usedValues(rt, SHEETS[k].th),
      ]),
    );
  beforeAll(async () => {
    rt = await loadBundle();
    result = callCli(rt, 'createDemoFund');
  }, 120000);

  test('sets the book up and fills it, with a message that says what is in it', () => {
    const report = result.value;
    expect(report.created).toBe(true);
    expect(report.rows.deposits).toBeGreaterThan(25000);
    for (const key of RECORD_SHEETS) expect(usedValues(rt, SHEETS[key].th).length - 1).toBe(report.rows[key]);
    const shown = alerts(result);
    expect(shown).toHaveLength(1);
    expect(shown[0].prompt).toMatch(/สร้างกองทุนตัวอย่าง "กองทุนสวัสดิการชุมชนตำบลดอนแก้ว" แล้ว: สมาชิก \d+ คนใน 6 หมู่บ้าน/);
    expect(shown[0].prompt).toContain(`ข้อผิดพลาดที่ใส่ไว้โดยตั้งใจ ${report.mistakes.length} จุด`);
  });

  test('writes each sheet in one block: a fixed number of service calls', () => {
    expect(result.metrics.calls['Range.setValues']).toBeLessThanOrEqual(15);
    expect(result.metrics.serviceCalls).toBeLessThan(800);
  });

  test('ids, receipt numbers and rounds stay text; dates are dates; the settings name the demo fund', () => {
    const v = values();
    expect(v.members[1][0]).toBe('0001');
    expect(v.deposits[1][0]).toBe('2545/0001');
    expect(v.deposits[1][1]).toBeInstanceOf(Date);
    const round = SHEETS.ledger.columns.findIndex((c) => c.key === 'round');
    expect(v.ledger.slice(1).some((r) => r[round] === '1/2')).toBe(true);
    const { settings, findings } = parseSettings(v.settings, v.benefits);
    expect(settings.fundName).toBe('กองทุนสวัสดิการชุมชนตำบลดอนแก้ว');
    expect(settings.foundedDay).toBe(dayFromYMD(2002, 8, 15));
    expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  test('read back with the core readers, the checks find the planted mistakes and nothing else', () => {
    const v = values();
    const { settings } = parseSettings(v.settings, v.benefits);
    for (const key of RECORD_SHEETS) {
      const read = readSheet(key, v[key], settings, { today: DEMO_UNTIL });
      expect([key, read.records.length]).toEqual([key, v[key].length - 1]);
    }
    const planted = result.value.mistakes;
    const { findings } = checkValues(v, DEMO_UNTIL);
    const serious = findings.filter((f) => f.severity !== 'note');
    const at = (sheet: string, row: number) => serious.filter((f) => f.sheet === sheet && f.row === row);
    for (const m of planted) expect([m.id, at(m.sheet, m.row).length > 0]).toEqual([m.id, true]);
    // A pair (a duplicate, a second death benefit) may be pointed at on both of its rows.
    const plantedRows = new Set(planted.flatMap((m) => [m.row, ...m.relatedRows].map((row) => `${m.sheet}:${row}`)));
    const others = serious
      .filter((f) => !plantedRows.has(`${f.sheet}:${f.row}`))
      .map((f) => `${f.sheet}:${f.row} ${f.code} ${f.message.en}`);
    expect(others).toEqual([]);
  });

  test('the same book every time', async () => {
    const other = await loadBundle();
    callCli(other, 'createDemoFund');
    const a = values();
    for (const key of Object.keys(a))
      expect([key, JSON.stringify(usedValues(other, SHEETS[key as keyof typeof SHEETS].th))]).toEqual([
        key,
        JSON.stringify(a[key]),
      ]);
  }, 120000);

  test('refuses on a book that already has records, changes nothing and says why', () => {
    const before = values();
    const again = callCli(rt, 'createDemoFund');
    expect(again.value.created).toBe(false);
    // (a full snapshot of this 30,000-row book is slow; the small book below gets one)
    const writes = Object.keys(again.metrics.calls).filter((k) =>
      /\.(set|insert|delete|append|clear|protect|remove|add)/i.test(k),
    );
    expect(writes).toEqual([]);
    expect(JSON.stringify(values())).toBe(JSON.stringify(before));
    expect(alerts(again)[0].prompt).toMatch(/^สมุดบัญชีนี้มีข้อมูลอยู่แล้ว \(สมาชิก \d+ แถว, เงินฝาก \d+ แถว/);
  }, 120000);
});

describe("createDemoFund on a group's book", () => {
  test('one deposit row is enough to refuse; the book is left exactly as it was', async () => {
    const rt = await loadBundle({ locale: 'en' });
    const sheet = (rt.spreadsheet as any).getSheets()[0];
    sheet.setName('เงินฝาก');
    sheet.getRange(1, 1, 2, 3).setValues([
      ['เลขที่ใบเสร็จ', 'วันที่', 'รหัสสมาชิก'],
      ['R1', new Date(0), 'A1'],
    ]);
    const before = bookSnapshot(rt);
    const r = callCli(rt, 'createDemoFund');
    expect(bookSnapshot(rt)).toEqual(before);
    expect(alerts(r)[0].prompt).toMatch(/^This book already holds records \(Deposits: 1 rows\)/);
  });

  test('a smaller demo ending earlier costs the same number of service calls', async () => {
    const small = await loadBundle();
    const smallCalls = callCli(small, 'createDemoFund', 2545, '2004-09-30').metrics.serviceCalls;
    const large = await loadBundle();
    const largeCalls = callCli(large, 'createDemoFund').metrics.serviceCalls;
    // the large book also grows two grids past 1,000 rows (one insertRowsAfter each)
    expect(largeCalls - smallCalls).toBeLessThanOrEqual(4);
    expect(largeCalls).toBeGreaterThanOrEqual(smallCalls);
  }, 120000);
});

describe('createDemoFund refuses an end date it cannot use', () => {
  test.each(['2568-09-30', '30/9/2568', '1999-01-01'])('"%s": a Thai message, and nothing written', async (until) => {
    const rt = await loadBundle({ locale: 'th' });
    const result = tryCli(rt, 'createDemoFund', 1, until);
    expect(result.error?.message).toContain('วันสิ้นสุดของกองทุนตัวอย่าง');
    expect(result.metrics.cellsWritten).toBe(0);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });
});
