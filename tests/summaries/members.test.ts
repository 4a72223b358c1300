/** The two internal per-member sheets: arrears and member statements. */
import { formatDateBE } from '../../src/core/dates';
import { memberState } from '../../src/core/memberState';
import { buildSummaryTables } from '../../src/core/summaries';
import { be, deposit, member, settings, welfare } from './records';

const S = settings();
const AS_OF = be(31, 12, 2566);
const members = [
  member('A1', be(1, 1, 2566), { name: 'ค้างมาก' }),
  member('A2', be(1, 1, 2566), { name: 'ค้างน้อย' }),
  member('A3', be(1, 12, 2566), { name: 'จ่ายครบ' }),
  member('A4', be(1, 1, 2560), { name: 'ลาออกแล้ว', status: 'resigned', statusDay: be(1, 1, 2561) }),
];
const deposits = [
  deposit('A1', be(1, 1, 2566), 'savings', 10),
  deposit('A2', be(1, 1, 2566), 'entry_fee', 50),
  deposit('A2', be(1, 1, 2566), 'annual_fee', 50, { yearCovered: 2566 }),
  deposit('A2', be(2, 1, 2566), 'savings', 300),
  deposit('A3', be(1, 12, 2566), 'entry_fee', 50),
  deposit('A3', be(1, 12, 2566), 'annual_fee', 50, { yearCovered: 2567 }),
  deposit('A3', be(1, 12, 2566), 'savings', 60),
];
const payments = [
  welfare('A2', be(1, 3, 2566), 'sickness', 300, { units: 3 }),
  welfare('A2', be(1, 11, 2566), 'sickness', 200, { units: 2 }),
];
const s = buildSummaryTables({
  settings: S,
  members,
  deposits,
  welfare: payments,
  ledger: [],
  asOf: AS_OF,
  period: 'fiscal',
  lang: 'th',
});
const arrears = s.tables.find((x) => x.key === 'arrears')!;
const statements = s.tables.find((x) => x.key === 'statements')!;

test('arrears: members still on the roll who owe anything, most owed first, with memberState’s days and baht', () => {
  const rows = arrears.blocks[1].rows;
  const listed = rows.slice(0, -1).map((r) => r[0]);
  expect(listed).toEqual(['A1', 'A2']);
  for (const r of rows.slice(0, -1)) {
    const m = members.find((x) => x.memberId === r[0])!;
    const st = memberState(
      m,
      deposits.filter((d) => d.memberId === m.memberId),
      S,
      AS_OF,
    );
    expect(r).toEqual([
      m.memberId,
      m.name,
      m.village,
      formatDateBE(m.joinDay!),
      expect.any(String),
      formatDateBE(st.savingsPaidThrough!),
      st.savingsArrearsDays,
      st.savingsArrearsBaht,
      st.annualFeeYearsMissing.join(', '),
      st.annualFeeArrearsBaht,
      st.entryFeeArrearsBaht,
      st.savingsArrearsBaht + st.annualFeeArrearsBaht + st.entryFeeArrearsBaht,
    ]);
    expect(st.savingsArrearsBaht + st.annualFeeArrearsBaht + st.entryFeeArrearsBaht).toBeGreaterThan(0);
  }
  const total = rows[rows.length - 1];
  expect(total[1]).toBe('2');
  expect(total[11]).toBe((rows[0][11] as number) + (rows[1][11] as number));
  expect(arrears.internal).toBe(true);
});

test('statements: every member on the roll, paid by kind, paid-through date, benefits this fiscal year and ever', () => {
  const rows = statements.blocks[1].rows;
  expect(rows.map((r) => r[0])).toEqual(['A1', 'A2', 'A3', 'A4']);
  const a2 = rows[1];
  // entry, annual, savings, total paid
  expect(a2.slice(5, 9)).toEqual([50, 50, 300, 400]);
  expect(a2[9]).toBe(formatDateBE(be(1, 1, 2566) + 300));
  // Fiscal 2567 began on 1 Oct 2566: only the November payment is "this year".
  expect(a2.slice(10, 14)).toEqual([1, 200, 2, 500]);
  expect(rows[3][4]).toBe('ลาออก');
  expect(statements.internal).toBe(true);
  expect(statements.blocks[1].title).toMatch(/^ข้อมูลภายในกองทุน/);
});
