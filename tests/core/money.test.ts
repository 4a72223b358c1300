/** Money in whole satang: sums are exact to the satang however many rows are added. */
import fc from 'fast-check';
import { eligibility } from '../../src/core/eligibility';
import { splitAnnual } from '../../src/core/forms/owed';
import { benefitsOf } from '../../src/core/forms/statement';
import { memberState } from '../../src/core/memberState';
import { addBaht, roundBaht, toBaht, toSatang } from '../../src/core/money';
import { defaultSettings } from '../../src/core/settings';
import { D, deposit, member, payment } from './helpers';

test('baht and satang convert both ways, rounding a cell that holds more than two decimals', () => {
  expect(toSatang(50)).toBe(5000);
  expect(toSatang(0.29)).toBe(29); // 0.29 * 100 is 28.999999999999996 in a double
  expect(toSatang(12.345)).toBe(1235);
  expect(toBaht(1235)).toBe(12.35);
});

test('adding in satang gives the baht a person would write, where float baht drifts', () => {
  expect(0.1 + 0.2).not.toBe(0.3);
  expect(addBaht(0.1, 0.2)).toBe(0.3);
  const daily = Array.from({ length: 100000 }, () => 0.01);
  expect(addBaht(...daily.slice(0, 50000), ...daily.slice(50000))).toBe(1000);
  expect(roundBaht(daily.reduce((a, b) => a + b, 0))).toBe(1000);
});

/*
 * Property tests: whatever amounts a book holds (random satang, as a secretary types them with two
 * decimals), what core adds up is the exact sum to the satang: the member's paid totals, what a
 * lifetime cap leaves, a member's welfare this year and ever, and an annual-fee amount split over years.
 */
describe('sums of random amounts are exact to the satang', () => {
  const satangs = fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 200 });
  const exact = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const settings = defaultSettings();

  test('a member paid exactly the sum of the deposits, and savings cover exactly that many days', () => {
    fc.assert(
      fc.property(satangs, (xs) => {
        const deps = xs.map((s, i) => deposit(D(2024, 1, 1) + (i % 30), 'savings', s / 100));
        const state = memberState(member(), deps, settings, D(2030, 1, 1));
        expect(toSatang(state.paid.savings)).toBe(exact(xs));
        expect(state.paid.savings).toBe(exact(xs) / 100);
        // 1 baht a day: whole baht paid are whole days covered.
        expect(state.savingsPaidThrough).toBe(D(2024, 1, 1) + Math.floor(exact(xs) / 100));
      }),
      { numRuns: 200 },
    );
  });

  test('a lifetime cap leaves exactly the cap minus what was paid', () => {
    fc.assert(
      fc.property(satangs, fc.integer({ min: 1, max: 100_000_000 }), (xs, extra) => {
        const cap = exact(xs) + extra;
        const benefit = { ...defaultSettings().benefits.find((b) => b.code === 'education')!, capPerEvent: null };
        benefit.capPerYear = null;
        benefit.capLifetime = cap / 100;
        const history = xs.map((s) => payment(D(2020, 1, 1), 'education', s / 100));
        const m = member({ joinDay: D(2010, 1, 1) });
        const state = memberState(m, [], { ...settings, savingsPerDay: 0, annualFee: 0, entryFee: 0 }, D(2024, 6, 1));
        const r = eligibility({
          member: m,
          state,
          benefit,
          day: D(2024, 6, 1),
          units: 1,
          history,
          settings,
          amount: 1_000_000_000,
        });
        expect(r.eligible).toBe(true);
        expect(toSatang(r.amount)).toBe(extra);
        expect(r.amount).toBe(extra / 100);
      }),
      { numRuns: 200 },
    );
  });

  test("a member's welfare this year and ever are the exact sums of the payments", () => {
    fc.assert(
      fc.property(satangs, (xs) => {
        const history = xs.map((s, i) => payment(D(2024, 1, 1) + i, 'sickness', s / 100));
        const r = benefitsOf(history, settings, D(2024, 9, 1));
        expect(r.ever).toEqual({ count: xs.length, amount: exact(xs) / 100 });
        expect(r.thisYear).toEqual({ count: xs.length, amount: exact(xs) / 100 });
      }),
      { numRuns: 200 },
    );
  });

  test('an annual-fee amount split over the years adds back to exactly what was typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 5 }), (typed, unpaid) => {
        const due = Array.from({ length: unpaid }, (_, i) => ({ year: 2560 + i, amount: 50 }));
        const lines = splitAnnual(typed / 100, due, settings, D(2024, 6, 1));
        const back = lines.reduce((a, l) => a + toSatang(l.amount), 0);
        // At most 50 lines are proposed (50 years ahead); below that every satang is placed.
        if (lines.length < 50) expect(back).toBe(typed);
        for (const l of lines) expect(l.amount).toBe(toSatang(l.amount) / 100);
        expect(lines.every((l) => l.amount > 0 && l.amount <= 50)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
