import { formatDateBE } from '../../src/core/dates';
import { memberState } from '../../src/core/memberState';
import { defaultSettings } from '../../src/core/settings';
import { D, deposit, member } from './helpers';

// Default rules: 1 baht a day, 50 baht entry, 50 baht a year, fiscal year from October,
// 90 days' grace for the annual fee, suspended beyond 90 days' savings arrears, lapsed beyond 365.
const settings = defaultSettings();
const JOIN = D(2024, 1, 1); // fiscal year 2567 (1 Oct 2566 – 30 Sep 2567)
const m = member({ joinDay: JOIN, birthDay: D(1960, 8, 15) });

// Joining day: entry fee, the year's fee and January's savings; February's savings a month later.
const paidUp = [
  deposit(JOIN, 'entry_fee', 50),
  deposit(JOIN, 'annual_fee', 50, 2567),
  deposit(JOIN, 'savings', 31),
  deposit(D(2024, 2, 1), 'savings', 29),
];

test('paid up on 1 Mar 2024: 60 baht of savings cover the 60 days after joining', () => {
  const s = memberState(m, paidUp, settings, D(2024, 3, 1));
  expect(s.paid).toEqual({ entry_fee: 50, annual_fee: 50, savings: 60 });
  expect(s.savingsPaidThrough).toBe(D(2024, 3, 1)); // 1 Jan + 60 days (31 Jan + 29 Feb)
  expect(s.savingsArrearsDays).toBe(0);
  expect(s.savingsArrearsBaht).toBe(0);
  expect(s.tenureDays).toBe(60);
  expect(s.tenureYears).toBe(0);
  expect(s.ageYears).toBe(63);
  // The 2567 fee is overdue only after 1 Jan + 90 days = 31 Mar 2024.
  expect(s.annualFeeYearsDue).toEqual([]);
  expect(s.annualFeeYearsPaid).toEqual([2567]);
  expect(s.entryFeeArrearsBaht).toBe(0);
  expect(s.status).toBe('active');
  expect(s.statusReason.th).toContain(formatDateBE(D(2024, 3, 1)));
});

test('four months on without savings: 122 days behind, suspended', () => {
  const s = memberState(m, paidUp, settings, D(2024, 7, 1));
  // 1 Jan -> 1 Jul 2024 is 182 days; 60 are paid.
  expect(s.savingsPaidThrough).toBe(D(2024, 3, 1));
  expect(s.savingsArrearsDays).toBe(122);
  expect(s.savingsArrearsBaht).toBe(122);
  expect(s.annualFeeYearsDue).toEqual([2567]);
  expect(s.annualFeeYearsMissing).toEqual([]);
  expect(s.status).toBe('suspended');
  expect(s.statusReason.th).toContain('122 วัน');
  expect(s.statusReason.en).toContain('122 days');
});

test('exactly at the suspension limit is still active; one day more suspends', () => {
  // Paid through 1 Mar; 90 days later is 30 May 2024.
  expect(memberState(m, paidUp, settings, D(2024, 5, 30)).status).toBe('active');
  expect(memberState(m, paidUp, settings, D(2024, 5, 31)).status).toBe('suspended');
});

test('savings up to date but no annual fee: suspended for the fee', () => {
  const deps = [deposit(JOIN, 'entry_fee', 50), deposit(JOIN, 'savings', 200)];
  const s = memberState(m, deps, settings, D(2024, 7, 1));
  expect(s.savingsArrearsDays).toBe(0);
  expect(s.savingsPaidThrough).toBe(JOIN + 200);
  expect(s.annualFeeYearsDue).toEqual([2567]);
  expect(s.annualFeeYearsMissing).toEqual([2567]);
  expect(s.annualFeeArrearsBaht).toBe(50);
  expect(s.status).toBe('suspended');
  expect(s.statusReason.th).toContain('2567');
});

test("a new fiscal year's fee falls due 90 days after 1 October", () => {
  const deps = [...paidUp, deposit(D(2024, 2, 2), 'savings', 400)];
  // Fiscal 2568 starts 1 Oct 2024; 90 days later is 30 Dec 2024.
  expect(memberState(m, deps, settings, D(2024, 12, 30)).annualFeeYearsDue).toEqual([2567]);
  const s = memberState(m, deps, settings, D(2024, 12, 31));
  expect(s.annualFeeYearsDue).toEqual([2567, 2568]);
  expect(s.annualFeeYearsMissing).toEqual([2568]);
  expect(s.status).toBe('suspended');
});

test('the annual fee can be paid in parts, and without a year it counts for the fiscal year it was paid in', () => {
  const deps = [
    deposit(JOIN, 'annual_fee', 25, 2567),
    deposit(D(2024, 2, 1), 'annual_fee', 25, 2567),
    deposit(D(2024, 10, 15), 'annual_fee', 50), // no year: fiscal 2568
    deposit(JOIN, 'savings', 500),
  ];
  const s = memberState(m, deps, settings, D(2025, 1, 15));
  expect(s.annualFeeYearsPaid).toEqual([2567, 2568]);
  expect(s.annualFeeYearsMissing).toEqual([]);
  expect(s.annualFeeArrearsBaht).toBe(0);
  expect(s.status).toBe('active');
});

test('more than a year behind on savings: lapsed', () => {
  const s = memberState(m, paidUp, settings, D(2025, 3, 15));
  expect(s.savingsArrearsDays).toBeGreaterThan(365);
  expect(s.status).toBe('lapsed');
});

test('deposits after the as-of day do not count', () => {
  const deps = [...paidUp, deposit(D(2024, 8, 1), 'savings', 1000)];
  expect(memberState(m, deps, settings, D(2024, 7, 1)).paid.savings).toBe(60);
  expect(memberState(m, deps, settings, D(2024, 8, 1)).paid.savings).toBe(1060);
});

test('a resigned member stops owing on the day they resigned', () => {
  const resigned = member({ joinDay: JOIN, status: 'resigned', statusDay: D(2024, 4, 1) });
  const s = memberState(resigned, paidUp, settings, D(2025, 6, 1));
  expect(s.status).toBe('resigned');
  // 1 Jan -> 1 Apr 2024 is 91 days; 60 are paid.
  expect(s.savingsArrearsDays).toBe(31);
  expect(s.tenureDays).toBe(91);
  expect(s.statusReason.th).toContain(formatDateBE(D(2024, 4, 1)));
  // Before the resignation the member was active.
  expect(memberState(resigned, paidUp, settings, D(2024, 3, 1)).status).toBe('active');
});

test('a status without a date applies, and says the date is unknown', () => {
  const dead = member({ joinDay: JOIN, status: 'deceased', statusDay: null });
  const s = memberState(dead, paidUp, settings, D(2024, 3, 1));
  expect(s.status).toBe('deceased');
  expect(s.statusReason.th).toContain('ไม่ทราบวันที่');
});

test('no join date, or a join after the as-of day, is never mistaken for an active member', () => {
  expect(memberState(member({ joinDay: null }), paidUp, settings, D(2024, 3, 1)).status).toBe('unknown');
  const later = memberState(m, paidUp, settings, D(2023, 12, 31));
  expect(later.status).toBe('not_joined');
  expect(later.savingsPaidThrough).toBeNull();
});

test("a two-baht rate: part of a day's baht counts in baht but not as a day", () => {
  const two = { ...settings, savingsPerDay: 2 };
  const s = memberState(m, [deposit(JOIN, 'savings', 61), deposit(JOIN, 'annual_fee', 50)], two, D(2024, 3, 1));
  expect(s.savingsPaidThrough).toBe(JOIN + 30);
  expect(s.savingsArrearsDays).toBe(30);
  expect(s.savingsArrearsBaht).toBe(59); // 60 days × 2 − 61
});

test('the entry fee owed is reported', () => {
  const s = memberState(m, [deposit(JOIN, 'entry_fee', 20)], settings, D(2024, 1, 10));
  expect(s.entryFeeArrearsBaht).toBe(30);
});
