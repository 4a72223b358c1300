/** Money in whole satang: sums are exact to the satang however many rows are added. */
import { addBaht, roundBaht, toBaht, toSatang } from '../../src/core/money';

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
