/** The fund's health ratios on the fund-status sheet, on a book small enough to check by hand. */
import { t } from '../../src/core/i18n';
import { buildSummaryTables, type SummaryTable } from '../../src/core/summaries';
import { be, deposit, ledger, member, settings, welfare } from './records';

const book = {
  members: [member('1', be(1, 1, 2564))],
  deposits: [deposit('1', be(1, 1, 2564), 'entry_fee', 50), deposit('1', be(1, 1, 2566), 'savings', 10000)],
  welfare: [
    welfare('1', be(1, 1, 2565), 'sickness', 5000), // more than 12 months before the as-of date
    welfare('1', be(1, 6, 2566), 'sickness', 1200),
  ],
  ledger: [ledger(be(1, 2, 2566), 'matching_local', 20000), ledger(be(1, 11, 2566), 'admin_expense', 2400)],
};
const ratiosBlock = (tb: SummaryTable, lang: 'th' | 'en' = 'th') =>
  tb.blocks.find((b) => b.header?.[0] === t('sum.sec.ratios', lang))!;

test('welfare ÷ contributions, months of reserve at the last 12 months’ pace, admin cost ÷ balance within the ceiling', () => {
  const s = buildSummaryTables({ settings: settings(), ...book, asOf: be(31, 12, 2566), period: 'fiscal', lang: 'th' });
  expect(s.status.balance).toBe(30050 - 6200 - 2400);
  const r = s.status.ratios;
  expect(r.welfareToContributions).toBeCloseTo(6200 / 10050, 12);
  // Paid out in the last 12 months: 1,200 welfare + 2,400 admin = 300 a month.
  expect(r.reserveMonths).toBeCloseTo(21450 / 300, 12);
  // Admin cost in fiscal 2567 so far ÷ the balance: 11.2 %, under the 20 % default ceiling.
  expect(r.adminCostRatio).toBeCloseTo(2400 / 21450, 12);
  expect(r.adminOverCeiling).toBe(false);
  const rows = ratiosBlock(s.tables[0]).rows;
  expect(rows[0][1]).toBeCloseTo(0.6169, 4);
  expect(rows[1][2]).toBeCloseTo(71.5, 12);
  expect(rows[2]).toEqual([t('sum.r.admin', 'th', { ceiling: '20%' }), '', '', r.adminCostRatio, 'ไม่เกินเพดาน']);
  expect(ratiosBlock(s.tables[0]).formats).toEqual(['text', 'percent', 'decimal', 'percent', 'text']);
});

test('over the ceiling is said so; with nothing paid out in 12 months the reserve says why it has no number', () => {
  const over = buildSummaryTables({
    settings: settings({ adminCostCeiling: 0.1 }),
    ...book,
    asOf: be(31, 12, 2566),
    period: 'fiscal',
    lang: 'th',
  });
  expect(over.status.ratios.adminOverCeiling).toBe(true);
  expect(ratiosBlock(over.tables[0]).rows[2].slice(0, 1)).toEqual([t('sum.r.admin', 'th', { ceiling: '10%' })]);
  expect(ratiosBlock(over.tables[0]).rows[2][4]).toBe('เกินเพดาน');

  const quiet = buildSummaryTables({
    settings: settings(),
    ...book,
    welfare: [],
    ledger: [],
    asOf: be(31, 12, 2566),
    period: 'fiscal',
    lang: 'en',
  });
  expect(quiet.status.ratios.reserveMonths).toBeNull();
  expect(ratiosBlock(quiet.tables[0], 'en').rows[1][2]).toBe('nothing paid out in 12 months');
  expect(quiet.status.ratios.welfareToContributions).toBe(0);
});
