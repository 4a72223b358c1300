/**
 * Totals tie out: every readable baht in the record sheets appears exactly once in the summaries,
 * on random small books that include the awkward entries (no date, unknown kind, unreadable
 * amount, dated after the as-of day, negative reversals, satang, ids not on the roll).
 */
import fc from 'fast-check';
import type {
  Deposit,
  DepositKind,
  LedgerEntry,
  LedgerKind,
  Member,
  MemberStatusCode,
  WelfarePayment,
} from '../../src/core/records';
import { buildSummaryTables, type SummaryTable, type Cell } from '../../src/core/summaries';
import { t } from '../../src/core/i18n';
import { be, settings } from './records';

const S = settings();
const BENEFITS = S.benefits.map((b) => b.code);
const START = be(1, 1, 2560);
const END = be(31, 12, 2567);
const AS_OF = be(15, 6, 2566);

const satang = (baht: number) => Math.round(baht * 100);
const sumSatang = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x === null ? 0 : satang(x)), 0);

const day = fc.option(fc.integer({ min: START, max: END }), { nil: null, freq: 8 });
const amount = fc.option(
  fc.integer({ min: -50000, max: 500000 }).map((s) => s / 100),
  { nil: null, freq: 10 },
);

function arbBook() {
  return fc
    .record({
      members: fc.array(
        fc.record({
          join: day,
          status: fc.constantFrom<MemberStatusCode | null>('active', 'active', 'resigned', 'deceased', 'lapsed', null),
          statusDay: day,
          village: fc.constantFrom('บ้านดอนไชย', 'บ้านนา', ''),
        }),
        { maxLength: 12 },
      ),
      deposits: fc.array(
        fc.record({
          who: fc.integer({ min: 0, max: 14 }),
          day,
          kind: fc.constantFrom<DepositKind | null>('entry_fee', 'annual_fee', 'savings', 'savings', null),
          amount,
        }),
        { maxLength: 60 },
      ),
      welfare: fc.array(
        fc.record({
          who: fc.integer({ min: -1, max: 14 }),
          day,
          benefit: fc.option(fc.constantFrom(...BENEFITS), { nil: null, freq: 8 }),
          units: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
          amount,
        }),
        { maxLength: 20 },
      ),
      ledger: fc.array(
        fc.record({
          day,
          kind: fc.constantFrom<LedgerKind | null>(
            'matching_local',
            'matching_state',
            'donation',
            'interest',
            'other_income',
            'admin_expense',
            'other_expense',
            null,
          ),
          amount,
          round: fc.constantFrom('1', '2', ''),
        }),
        { maxLength: 15 },
      ),
      period: fc.constantFrom<'fiscal' | 'calendar'>('fiscal', 'calendar'),
    })
    .map((b) => {
      let row = 1;
      const members: Member[] = b.members.map((m, i) => ({
        row: ++row,
        memberId: `M${i}`,
        name: '',
        nationalId: '',
        birthDay: null,
        village: m.village,
        address: '',
        phone: '',
        joinDay: m.join,
        status: m.status,
        statusText: '',
        statusDay: m.statusDay,
        beneficiary: '',
        note: '',
      }));
      // Ids 0..14 against at most 12 members: some deposits belong to ids not on the roll.
      const deposits: Deposit[] = b.deposits.map((d) => ({
        row: ++row,
        receiptNo: '',
        day: d.day,
        memberId: `M${d.who}`,
        kind: d.kind,
        kindText: '',
        amount: d.amount,
        yearCovered: null,
        recordedBy: '',
        note: '',
      }));
      const welfare: WelfarePayment[] = b.welfare.map((w) => ({
        row: ++row,
        voucherNo: '',
        day: w.day,
        memberId: w.who < 0 ? '' : `M${w.who}`,
        project: w.who < 0 ? 'ร้านค้าชุมชน' : '',
        benefit: w.benefit,
        benefitText: '',
        units: w.units,
        amount: w.amount,
        approvedBy: '',
        note: '',
        overrideReason: '',
      }));
      const ledger: LedgerEntry[] = b.ledger.map((e) => ({
        row: ++row,
        entryNo: '',
        day: e.day,
        kind: e.kind,
        kindText: '',
        source: 'อบต.',
        round: e.round,
        amount: e.amount,
        recordedBy: '',
        note: '',
      }));
      return { members, deposits, welfare, ledger, period: b.period };
    });
}

/** The block rows of a table, all blocks together. */
const allRows = (tb: SummaryTable): Cell[][] => tb.blocks.flatMap((b) => b.rows);
const find = (tb: SummaryTable, label: string) => allRows(tb).find((r) => r[0] === label) as Cell[];
const num = (c: Cell) => (typeof c === 'number' ? c : 0);

test('every readable baht is counted exactly once: allocated + not allocated + after the as-of date = the sheet total', () => {
  fc.assert(
    fc.property(arbBook(), (book) => {
      const s = buildSummaryTables({ settings: S, ...book, asOf: AS_OF });
      const { status: fs, agg } = s;
      const depositsAll = sumSatang(book.deposits.map((d) => d.amount));
      const depositsCounted =
        satang(fs.income.sinceStart.entry_fee) +
        satang(fs.income.sinceStart.annual_fee) +
        satang(fs.income.sinceStart.savings) +
        agg.unallocated.deposits.satang +
        agg.afterAsOf.deposits.satang;
      expect(depositsCounted).toBe(depositsAll);

      const ledgerAll = sumSatang(book.ledger.map((e) => e.amount));
      const ledgerCounted =
        (['matching_local', 'matching_state', 'donation', 'interest', 'other_income'] as const).reduce(
          (x, k) => x + satang(fs.income.sinceStart[k]),
          0,
        ) +
        satang(fs.expenses.sinceStart.admin_expense) +
        satang(fs.expenses.sinceStart.other_expense) +
        agg.unallocated.ledgerIncome.satang +
        agg.unallocated.ledgerExpense.satang +
        agg.unallocated.ledgerUnknown.satang +
        agg.afterAsOf.ledger.satang;
      expect(ledgerCounted).toBe(ledgerAll);

      const welfareAll = sumSatang(book.welfare.map((w) => w.amount));
      expect(satang(fs.welfare.totalSinceStart) + agg.afterAsOf.welfare.satang).toBe(welfareAll);

      // Rows without a readable amount are listed, one for one.
      expect(agg.noAmount.deposits.count).toBe(book.deposits.filter((d) => d.amount === null).length);
      expect(agg.noAmount.welfare.count).toBe(book.welfare.filter((w) => w.amount === null).length);
      expect(agg.noAmount.ledger.count).toBe(book.ledger.filter((e) => e.amount === null).length);

      // Balance = income − welfare − expenses, all since the start, to the satang.
      expect(satang(fs.balance)).toBe(
        satang(fs.income.totalSinceStart) - satang(fs.welfare.totalSinceStart) - satang(fs.expenses.totalSinceStart),
      );
    }),
    { numRuns: 300 },
  );
});

test('the sheets agree with each other: monthly, by benefit and by village add up to the fund status', () => {
  fc.assert(
    fc.property(arbBook(), (book) => {
      const s = buildSummaryTables({ settings: S, ...book, asOf: AS_OF, lang: 'th' });
      const [status, monthly, byBenefit, byVillage] = s.tables;
      const fs = s.status;
      const bal = (tb: SummaryTable, label: string, col: number) => satang(num(find(tb, label)[col]));

      // Fund status sheet: the total-income and balance lines show the figures.
      expect(bal(status, t('sum.i.total', 'th'), 2)).toBe(satang(fs.income.totalSinceStart));
      expect(bal(status, t('sum.b.balance', 'th'), 2)).toBe(satang(fs.balance));

      // Monthly: the total line's running balance equals the fund balance; its income kinds equal the fund status.
      const total = find(monthly, t('sum.row.total', 'th'));
      expect(satang(num(total[total.length - 1]))).toBe(satang(fs.balance));
      expect(satang(num(total[2]))).toBe(satang(fs.income.sinceStart.entry_fee));
      expect(satang(num(total[4]))).toBe(satang(fs.income.sinceStart.savings));
      // Every month's running balance is the previous one plus its net.
      const months = monthly.blocks[1].rows.slice(0, -2);
      let running = 0;
      for (const m of months) {
        running += satang(num(m[m.length - 2]));
        expect(satang(num(m[m.length - 1]))).toBe(running);
      }

      // By benefit: the all-years total equals the welfare total (not-allocated line included).
      const benefitTotal = find(byBenefit, t('sum.col.all', 'th'));
      expect(benefitTotal).toBeDefined();
      const totals = byBenefit.blocks[1].rows;
      expect(satang(num(totals[totals.length - 1][5]))).toBe(satang(fs.welfare.totalSinceStart));
      // ... and the by-year block adds up to the allocated part.
      const yearTotals = byBenefit.blocks[2].rows.filter((r) =>
        String(r[1]).startsWith(t('sum.row.yearTotal', 'th', { year: '' })),
      );
      expect(yearTotals.reduce((x, r) => x + satang(num(r[5])), 0)).toBe(
        satang(fs.welfare.totalSinceStart - fs.welfare.unallocated),
      );

      // By village: contributions and welfare add up to the allocated totals, whoever the id belongs to.
      const v = find(byVillage, t('sum.row.total', 'th'));
      expect(satang(num(v[6]))).toBe(satang(fs.contributions.sinceStart));
      expect(satang(num(v[8]))).toBe(satang(fs.welfare.totalSinceStart - fs.welfare.unallocated));
      expect(num(v[7])).toBe(fs.welfare.casesSinceStart);
    }),
    { numRuns: 200 },
  );
});

test('the roll reconciles: at start + joined − resigned − deceased − lapsed = members now, since the start and in the period', () => {
  fc.assert(
    fc.property(arbBook(), (book) => {
      const { status } = buildSummaryTables({ settings: S, ...book, asOf: AS_OF });
      for (const c of [status.members.sinceStart, status.members.period]) {
        expect(c.atStart + c.joined - c.resigned - c.deceased - c.lapsed).toBe(c.now);
      }
      // Members now do not depend on where the period starts.
      expect(status.members.sinceStart.now).toBe(status.members.period.now);
      expect(status.members.sinceStart.unknownJoin).toBe(book.members.filter((m) => m.joinDay === null).length);
    }),
    { numRuns: 300 },
  );
});
