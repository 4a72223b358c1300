/**
 * The hidden per-member summary stores deposit kinds by code, so reordering the kinds list can
 * never change what a saved summary means; summaries saved by the older version (kind as an
 * index) still read as the kinds they were written with.
 */
import {
  decodeTotals,
  depositsOf,
  encodeTotals,
  foldDeposits,
  memberKey,
  type Totals,
} from '../../src/core/forms/summary';
import { memberState } from '../../src/core/memberState';
import { defaultSettings } from '../../src/core/settings';
import { D, deposit, member } from './helpers';

const settings = defaultSettings();
const JOIN = D(2024, 1, 1);
const paid = [
  deposit(JOIN, 'entry_fee', 50),
  deposit(JOIN, 'annual_fee', 50, 2567),
  deposit(JOIN, 'savings', 31),
  deposit(D(2024, 2, 1), 'savings', 29),
];

function folded(): Totals {
  const map = new Map<string, Totals>();
  foldDeposits(
    map,
    paid.map((d) => ({ ...d, memberId: 'M0001' })),
    settings.fiscalYearStartMonth,
    D(2024, 3, 1),
  );
  return map.get(memberKey('M0001'))!;
}

test('a saved summary names each kind by its code, and reads back the same', () => {
  const saved = encodeTotals(folded());
  expect(saved).toContain('"entry_fee"');
  expect(saved).toContain('"savings"');
  expect(saved).not.toMatch(/\[\d,/);
  const back = decodeTotals(saved)!;
  const state = memberState(member({ joinDay: JOIN }), depositsOf(back, 'M0001'), settings, D(2024, 3, 1));
  expect(state.paid).toEqual({ entry_fee: 50, annual_fee: 50, savings: 60 });
});

test('a summary saved by the older version (kind as 0, 1, 2) reads as entry fee, annual fee, savings', () => {
  // What the older version wrote for the same four deposits: [kind index, fiscal year, year covered, amount, day].
  const old = JSON.stringify({
    d: [
      [0, 2567, 0, 50, JOIN],
      [1, 2567, 2567, 50, JOIN],
      [2, 2567, 0, 60, JOIN],
    ],
    w: [],
  });
  const back = decodeTotals(old)!;
  expect(back.d.map((e) => e[0])).toEqual(['entry_fee', 'annual_fee', 'savings']);
  const state = memberState(member({ joinDay: JOIN }), depositsOf(back, 'M0001'), settings, D(2024, 3, 1));
  expect(state.paid).toEqual({ entry_fee: 50, annual_fee: 50, savings: 60 });
});

test('a cell whose kind cannot be read is not trusted (the summary is rebuilt from the log)', () => {
  expect(decodeTotals(JSON.stringify({ d: [[7, 2567, 0, 50, JOIN]], w: [] }))).toBeNull();
  expect(decodeTotals(JSON.stringify({ d: [['fee', 2567, 0, 50, JOIN]], w: [] }))).toBeNull();
});
