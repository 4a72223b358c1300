/**
 * The counting rule for entries the checks flag (README "Summaries"): an entry whose amount, date
 * and kind can be read is counted once, as recorded, where its kind and date put it, even when
 * the checks call it an error; one whose date or kind cannot be read is on the "not allocated"
 * line; one dated after the as-of day is left out and noted; one whose amount cannot be read is
 * listed by row. Same values through the same readers as the add-on uses.
 */
import { checkValues } from '../../src/core/checks';
import { dateFromDay } from '../../src/core/dates';
import { t } from '../../src/core/i18n';
import { readSheet } from '../../src/core/records';
import { SHEETS, type RecordSheetKey } from '../../src/core/schema';
import { parseSettings } from '../../src/core/settings';
import { buildSummaryTables, type Cell, type SummaryTable } from '../../src/core/summaries';
import { be } from './records';

const d = (dd: number, mm: number, yy: number) => dateFromDay(be(dd, mm, yy));

function sheet(key: RecordSheetKey, rows: Record<string, unknown>[]): unknown[][] {
  const cols = SHEETS[key].columns;
  return [cols.map((c) => c.th), ...rows.map((r) => cols.map((c) => (r[c.key] === undefined ? '' : r[c.key])))];
}

const values = {
  members: sheet('members', [
    { memberId: 'M1', name: 'สมาชิก หนึ่ง', village: 'บ้านดอนไชย', joinDate: d(1, 1, 2560), status: 'ปกติ' },
    { memberId: 'M2', name: 'สมาชิก สอง', village: 'บ้านนา', joinDate: d(1, 1, 2560), status: 'ปกติ' },
  ]),
  deposits: sheet('deposits', [
    { receiptNo: 'R1', date: d(1, 2, 2566), memberId: 'M1', kind: 'เงินออม', amount: 300 },
    { receiptNo: 'R2', date: d(1, 2, 2566), memberId: 'M9', kind: 'เงินออม', amount: 100 }, // id not on the roll
    { receiptNo: 'R1', date: d(2, 2, 2566), memberId: 'M1', kind: 'เงินออม', amount: 50 }, // receipt number used twice
    { receiptNo: 'R4', date: d(3, 2, 2566), memberId: 'M1', kind: 'ค่าสมัคร', amount: 40 }, // not the entry fee
    { receiptNo: 'R5', date: d(4, 2, 2566), memberId: 'M1', kind: 'เงินออม', amount: -50 }, // a reversal
    { receiptNo: 'R6', date: '31/2/2566', memberId: 'M2', kind: 'เงินออม', amount: 70 }, // impossible date
    { receiptNo: 'R7', date: d(1, 3, 2566), memberId: 'M2', kind: 'เงินกู้', amount: 80 }, // unknown kind
    { receiptNo: 'R8', date: d(1, 3, 2566), memberId: 'M2', kind: 'เงินออม', amount: 'สามสิบ' }, // unreadable amount
    { receiptNo: 'R9', date: d(1, 8, 2566), memberId: 'M2', kind: 'เงินออม', amount: 90 }, // after the as-of date
  ]),
  welfare: sheet('welfare', [
    { voucherNo: 'V1', date: d(1, 3, 2566), memberId: 'M1', benefit: 'ค่าเยี่ยมไข้', units: 5, amount: 500 },
    { voucherNo: 'V2', date: d(2, 3, 2566), memberId: 'M9', benefit: 'ค่าเยี่ยมไข้', units: 3, amount: 300 }, // id not on the roll
    { voucherNo: 'V3', date: d(3, 3, 2566), memberId: 'M1', benefit: 'ค่ารถ', units: 1, amount: 200 }, // unknown benefit
  ]),
  ledger: sheet('ledger', [
    { entryNo: 'L1', date: d(1, 4, 2566), kind: 'เงินสมทบจาก อปท.', source: 'อบต.ดอนไชย', round: '1', amount: 10000 },
    { entryNo: 'L2', date: d(2, 4, 2566), kind: 'อะไรก็ไม่รู้', source: 'ไม่ทราบ', amount: 999 }, // unknown kind: income or expense?
    { entryNo: 'L3', date: '', kind: 'ค่าใช้จ่ายบริหาร', source: 'ค่าเครื่องเขียน', amount: 100 }, // no date
  ]),
};
const AS_OF = be(30, 6, 2566);
const { settings } = parseSettings([], []);
const read = <K extends RecordSheetKey>(key: K) =>
  readSheet(key, values[key as keyof typeof values], settings, { today: AS_OF }).records;
const summaries = buildSummaryTables({
  settings,
  members: read('members'),
  deposits: read('deposits'),
  welfare: read('welfare'),
  ledger: read('ledger'),
  asOf: AS_OF,
  period: 'fiscal',
  lang: 'th',
});
const fs = summaries.status;
const rowsOf = (tb: SummaryTable): Cell[][] => tb.blocks.flatMap((b) => b.rows);
const line = (tb: SummaryTable, label: string) => rowsOf(tb).find((r) => r[0] === label) as Cell[];

describe('entries the checks flag', () => {
  const findings = checkValues(values, AS_OF).findings;
  const flagged = (sheetKey: RecordSheetKey, row: number) =>
    findings.filter((f) => f.sheet === sheetKey && f.row === row && f.severity === 'error');

  test('are flagged as errors by the checks (the premise of this test)', () => {
    // Sheet rows: header is row 1, so deposit R2 is row 3.
    expect(flagged('deposits', 3).map((f) => f.code)).toContain('deposit.unknown-member');
    expect(flagged('deposits', 7).length).toBeGreaterThan(0); // impossible date
    expect(flagged('deposits', 8).length).toBeGreaterThan(0); // unknown kind
    expect(flagged('deposits', 9).length).toBeGreaterThan(0); // unreadable amount
    expect(flagged('welfare', 3).map((f) => f.code)).toContain('welfare.unknown-member');
    expect(flagged('welfare', 4).length).toBeGreaterThan(0); // unknown benefit
    expect(flagged('ledger', 3).length).toBeGreaterThan(0); // unknown kind
    expect(findings.some((f) => f.sheet === 'deposits' && f.row === 4)).toBe(true); // duplicate receipt number
  });

  test('with readable amount, date and kind: counted once as recorded (unknown id, duplicate receipt, odd entry fee, reversal)', () => {
    expect(fs.income.sinceStart.savings).toBe(300 + 100 + 50 - 50);
    expect(fs.income.sinceStart.entry_fee).toBe(40);
    const sickness = fs.welfare.byBenefit.find((b) => b.code === 'sickness');
    expect(sickness).toMatchObject({ casesAll: 2, bahtAll: 800 });
    // The id that is not on the roll has its own line on the village sheet, so villages still add up.
    const village = line(summaries.tables[3], t('sum.v.notOnRoll', 'th'));
    expect(village[5]).toBe(100); // savings
    expect(village[8]).toBe(300); // welfare baht
  });

  test('with an unreadable date or kind: on the "not allocated" line, in the totals and the balance', () => {
    expect(fs.income.unallocated).toBe(70 + 80);
    expect(fs.welfare.unallocated).toBe(200);
    expect(fs.expenses.unallocated).toBe(100);
    expect(fs.income.totalSinceStart).toBe(40 + 400 + 10000 + 150);
    expect(fs.welfare.totalSinceStart).toBe(1000);
    expect(fs.balance).toBe(10590 - 1000 - 100);
    const status = summaries.tables[0];
    expect(line(status, t('sum.i.unallocated', 'th')).slice(1, 3)).toEqual([2, 150]);
    expect(line(status, t('sum.w.unallocated', 'th')).slice(1, 3)).toEqual([1, 200]);
  });

  test('a ledger entry of unknown kind is left out of the balance and named in a note with its baht', () => {
    const notes = summaries.tables[0].blocks[summaries.tables[0].blocks.length - 1].rows.map((r) => String(r[0]));
    expect(notes).toContain(t('sum.n.ledgerUnknown', 'th', { rows: 1, baht: '999' }));
  });

  test('dated after the as-of day: not counted, noted with its baht; unreadable amount: listed by row', () => {
    expect(summaries.agg.afterAsOf.deposits).toEqual({ rows: 1, satang: 9000 });
    const notes = summaries.tables[0].blocks[summaries.tables[0].blocks.length - 1].rows.map((r) => String(r[0]));
    expect(notes).toContain(t('sum.n.afterAsOf', 'th', { sheet: 'เงินฝาก', rows: 1, baht: '90' }));
    expect(notes).toContain(t('sum.n.noAmount', 'th', { sheet: 'เงินฝาก', count: 1, rows: '9' }));
    expect(notes[0]).toBe(t('sum.n.rule', 'th'));
  });
});
