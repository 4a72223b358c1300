/** Fiscal years (1 Oct – 30 Sep, named by the พ.ศ. year they end in), calendar years, and the as-of cut. */
import { t } from '../../src/core/i18n';
import { buildSummaryTables, periodOf, yearNameOf, type Cell, type SummaryTable } from '../../src/core/summaries';
import { be, deposit, ledger, member, settings, welfare } from './records';

const S = settings();
const rowsOf = (tb: SummaryTable): Cell[][] => tb.blocks.flatMap((b) => b.rows);

describe('fiscal year naming', () => {
  test('1 Oct 2566 – 30 Sep 2567 is fiscal year 2567; calendar years keep their own พ.ศ. year', () => {
    expect(yearNameOf(be(30, 9, 2567), 'fiscal', 10)).toBe(2567);
    expect(yearNameOf(be(1, 10, 2566), 'fiscal', 10)).toBe(2567);
    expect(yearNameOf(be(30, 9, 2566), 'fiscal', 10)).toBe(2566);
    expect(yearNameOf(be(1, 10, 2566), 'calendar', 10)).toBe(2566);
    expect(periodOf(be(15, 2, 2550), 'fiscal', 10)).toMatchObject({
      name: 2550,
      start: be(1, 10, 2549),
      end: be(30, 9, 2550),
    });
    expect(periodOf(be(15, 2, 2550), 'calendar', 10)).toMatchObject({
      name: 2550,
      start: be(1, 1, 2550),
      end: be(31, 12, 2550),
    });
  });

  test('the fund-status sheet names the period and its days in พ.ศ.', () => {
    const s = buildSummaryTables({
      settings: S,
      members: [],
      deposits: [],
      welfare: [],
      ledger: [],
      asOf: be(15, 2, 2550),
      period: 'fiscal',
      lang: 'th',
    });
    expect(s.tables[0].blocks[0].rows[0][0]).toBe('ช่วงรายงาน: ปีงบประมาณ 2550 (1 ต.ค. 2549 – 15 ก.พ. 2550)');
  });

  test('welfare by benefit is grouped by fiscal year: a payment on 1 Oct goes to the next year', () => {
    const book = {
      members: [member('1', be(1, 1, 2560))],
      deposits: [],
      welfare: [
        welfare('1', be(30, 9, 2566), 'sickness', 300, { units: 3 }),
        welfare('1', be(1, 10, 2566), 'sickness', 200, { units: 2 }),
      ],
      ledger: [],
    };
    const fiscal = buildSummaryTables({ settings: S, ...book, asOf: be(31, 12, 2566), period: 'fiscal', lang: 'th' });
    const byYear = fiscal.tables[2].blocks[2].rows;
    expect(byYear.filter((r) => r[1] === 'ค่าเยี่ยมไข้').map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ['2566', 1, 3, 300],
      ['2567', 1, 2, 200],
    ]);
    expect(fiscal.tables[2].blocks[2].header?.[0]).toBe(t('sum.col.yearFiscal', 'th'));
    const calendar = buildSummaryTables({
      settings: S,
      ...book,
      asOf: be(31, 12, 2566),
      period: 'calendar',
      lang: 'th',
    });
    expect(calendar.tables[2].blocks[2].rows.filter((r) => r[1] === 'ค่าเยี่ยมไข้').map((r) => [r[0], r[5]])).toEqual([
      ['2566', 500],
    ]);
    // In the period (fiscal 2567 so far) only the October payment counts.
    expect(fiscal.status.welfare.totalPeriod).toBe(200);
    expect(calendar.status.welfare.totalPeriod).toBe(500);
  });

  test('the matching report uses the fiscal year of the as-of date and one year of standing on 30 Sep', () => {
    const s = buildSummaryTables({
      settings: S,
      members: [
        member('old', be(1, 9, 2565)), // one year on 1 Sep 2566: counts for 2566
        member('edge', be(30, 9, 2565)), // one year exactly on 30 Sep 2566: counts
        member('new', be(1, 10, 2565)), // one year only on 1 Oct 2566: does not
        member('gone', be(1, 1, 2560), { status: 'resigned', statusDay: be(1, 9, 2566) }), // left before 30 Sep
      ],
      deposits: [
        deposit('old', be(1, 10, 2565), 'savings', 365),
        deposit('old', be(30, 9, 2565), 'savings', 100), // fiscal 2565
        deposit('new', be(2, 10, 2565), 'savings', 50),
      ],
      welfare: [],
      ledger: [
        ledger(be(1, 3, 2566), 'matching_local', 10000, { source: 'อบต.ดอนไชย', round: '1' }),
        ledger(be(1, 8, 2566), 'matching_local', 5000, { source: 'อบต.ดอนไชย', round: '2' }),
        ledger(be(1, 9, 2566), 'matching_state', 8000, { source: 'พอช.', round: '1' }),
      ],
      asOf: be(30, 9, 2566),
      period: 'calendar',
      lang: 'th',
    });
    expect(s.matching).toEqual({ fiscalYear: 2566, eligibleMembers: 2, eligibleSavings: 365, allSavings: 415 });
    const received = s.tables[4].blocks[2].rows;
    expect(received.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['2566', 'อบต.ดอนไชย', '1', 10000],
      ['2566', 'อบต.ดอนไชย', '2', 5000],
      ['2566', 'พอช.', '1', 8000],
      ['2566', '', '', 23000],
      [t('sum.row.total', 'th'), '', '', 23000],
    ]);
    expect(received[3][1]).toBe(t('sum.row.yearTotal', 'th', { year: 2566 }));
  });
});

describe('as-of date', () => {
  const book = {
    members: [
      member('1', be(1, 1, 2560)),
      member('2', be(1, 1, 2560), { status: 'resigned', statusDay: be(1, 6, 2566) }), // left before the period
      member('3', be(1, 11, 2566), { status: 'deceased', statusDay: be(1, 1, 2567) }), // joined and died in the period
      member('4', be(1, 3, 2567)), // joins after the as-of date
    ],
    deposits: [
      deposit('1', be(1, 1, 2566), 'savings', 100),
      deposit('1', be(1, 12, 2566), 'savings', 200),
      deposit('1', be(1, 2, 2567), 'savings', 400), // after the as-of date
    ],
    welfare: [welfare('3', be(5, 1, 2567), 'death', 3000), welfare('1', be(2, 2, 2567), 'sickness', 100)],
    ledger: [ledger(be(31, 1, 2567), 'interest', 12.5), ledger(be(1, 2, 2567), 'interest', 99)],
  };
  const s = buildSummaryTables({ settings: S, ...book, asOf: be(31, 1, 2567), period: 'fiscal', lang: 'th' });

  test('counts only what is dated on or before it; the as-of day itself counts', () => {
    expect(s.status.income.sinceStart.savings).toBe(300);
    expect(s.status.income.period.savings).toBe(200);
    expect(s.status.income.sinceStart.interest).toBe(12.5);
    expect(s.status.welfare.totalSinceStart).toBe(3000);
    expect(s.agg.afterAsOf).toEqual({
      deposits: { rows: 1, satang: 40000 },
      welfare: { rows: 1, satang: 10000 },
      ledger: { rows: 1, satang: 9900 },
    });
  });

  test('members: one who left before the period is not at its start; one who joins after the as-of date is not counted', () => {
    expect(s.status.members.period).toMatchObject({ atStart: 1, joined: 1, resigned: 0, deceased: 1, now: 1 });
    expect(s.status.members.sinceStart).toMatchObject({ atStart: 2, joined: 1, resigned: 1, deceased: 1, now: 1 });
  });

  test('the monthly sheet ends with the as-of month and its running balance is the fund balance', () => {
    const monthly = s.tables[1].blocks[1].rows;
    const months = monthly.slice(0, -2);
    expect(months[months.length - 1][0]).toBe('ม.ค. 2567');
    expect(months[0][0]).toBe('ม.ค. 2560');
    const total = monthly[monthly.length - 1];
    expect(total[total.length - 1]).toBe(s.status.balance);
    expect(s.status.balance).toBe(300 + 12.5 - 3000);
    expect(rowsOf(s.tables[0]).find((r) => r[0] === t('sum.b.balance', 'th'))?.[2]).toBe(-2687.5);
  });
});
