import {
  formatBaht,
  nationalIdCheckDigit,
  normalizeMemberId,
  normalizePhone,
  parseAmount,
  parseInteger,
  parseYearBE,
  suggestNextMemberId,
  thaiDigitsToArabic,
  validateNationalId,
} from '../../src/core/parse';

// Check digit worked by hand: digits 1 1 0 1 7 0 0 2 0 3 1 2, weights 13..2:
// 13+12+0+10+63+0+0+12+0+12+3+4 = 129; 129 mod 11 = 8; (11 - 8) mod 10 = 3.
const VALID_ID = '1101700203123';

test('Thai digits become arabic digits and nothing else changes', () => {
  expect(thaiDigitsToArabic('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  expect(thaiDigitsToArabic('บ้าน ๑๒ หมู่ 3')).toBe('บ้าน 12 หมู่ 3');
  expect(thaiDigitsToArabic('abc')).toBe('abc');
});

describe('parseAmount', () => {
  test.each<[unknown, number]>([
    [1000, 1000],
    [1000.5, 1000.5],
    ['1000', 1000],
    ['1,000', 1000],
    ['1,000 บาท', 1000],
    ['1000บาท', 1000],
    ['1,000 บ.', 1000],
    ['฿1,000', 1000],
    ['฿ 1,000.50', 1000.5],
    ['1000.50', 1000.5],
    ['1,234,567.89', 1234567.89],
    ['๑,๐๐๐', 1000],
    ['๕๐ บาท', 50],
    ['  50  ', 50],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['0', 0],
    ['-500', -500],
    ['−500', -500],
    ['-1,000 บาท', -1000],
    ['THB 20', 20],
    [999999999999.99, 999999999999.99],
  ])('%p -> %p', (input, expected) => {
    const r = parseAmount(input);
    expect(r).toEqual({ ok: true, value: expected, warnings: [] });
  });

  test('more than two decimals round to satang, with a warning', () => {
    const r = parseAmount('10.005');
    expect(r.ok && r.value).toBe(10.01);
    expect(r.ok && r.warnings.length).toBe(1);
    const n = parseAmount(1.234);
    expect(n.ok && n.value).toBe(1.23);
    expect(n.ok && n.warnings[0].en).toContain('satang');
  });

  test.each<[unknown, string]>([
    ['1,00,0', 'amount.invalid'],
    [1e12, 'amount.too-large'],
    ['1,000,000,000,000', 'amount.too-large'],
    [1.7976931348623156e306, 'amount.too-large'],
    ['1,0000', 'amount.invalid'],
    ['12abc', 'amount.invalid'],
    ['abc', 'amount.invalid'],
    ['1.2.3', 'amount.invalid'],
    ['--5', 'amount.invalid'],
    ['฿', 'amount.invalid'],
    ['บาท', 'amount.invalid'],
    ['.', 'amount.invalid'],
    [NaN, 'amount.invalid'],
    [Infinity, 'amount.invalid'],
    [true, 'amount.invalid'],
    [new Date(0), 'amount.invalid'],
    ['', 'amount.empty'],
    ['  ', 'amount.empty'],
    [null, 'amount.empty'],
  ])('%p is refused (%s)', (input, code) => {
    const r = parseAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.th).not.toBe('');
      expect(r.reason.en).not.toBe('');
    }
  });
});

test.each<[number, string]>([
  [0, '0'],
  [50, '50'],
  [1234, '1,234'],
  [1234.5, '1,234.50'],
  [1234.05, '1,234.05'],
  [1000000, '1,000,000'],
  [2720364, '2,720,364'],
  [-1234.5, '-1,234.50'],
  [0.05, '0.05'],
])('formatBaht(%p) = %p', (n, s) => {
  expect(formatBaht(n)).toBe(s);
});

describe('whole numbers and years', () => {
  test.each<[unknown, number]>([
    [3, 3],
    ['3', 3],
    ['๑๒', 12],
    ['1,200', 1200],
    [' 7 ', 7],
  ])('parseInteger(%p) = %p', (v, n) => {
    expect(parseInteger(v)).toMatchObject({ ok: true, value: n });
  });
  test.each<unknown>(['2.5', 2.5, 'two', -1, '-1', true])('parseInteger(%p) fails', (v) => {
    expect(parseInteger(v).ok).toBe(false);
  });
  test('negative whole numbers only when allowed', () => {
    expect(parseInteger(-3, true)).toMatchObject({ ok: true, value: -3 });
  });

  test('years covered are B.E.; C.E. converts with a warning; two digits are refused', () => {
    expect(parseYearBE(2567)).toEqual({ ok: true, value: 2567, warnings: [] });
    expect(parseYearBE('๒๕๖๗')).toMatchObject({ ok: true, value: 2567 });
    const ce = parseYearBE('2024');
    expect(ce.ok && ce.value).toBe(2567);
    expect(ce.ok && ce.warnings.length).toBe(1);
    expect(parseYearBE('67')).toMatchObject({ ok: false, code: 'year.two-digit' });
    expect(parseYearBE('2567.5').ok).toBe(false);
    expect(parseYearBE('ปีนี้').ok).toBe(false);
  });
});

describe('validateNationalId', () => {
  test('the check digit of the hand-worked example', () => {
    expect(nationalIdCheckDigit('110170020312')).toBe(3);
  });

  test.each<unknown>([
    VALID_ID,
    '1-1017-00203-12-3',
    '1 1017 00203 12 3',
    ' 1101700203123 ',
    '๑๑๐๑๗๐๐๒๐๓๑๒๓',
    1101700203123,
  ])('%p is valid', (v) => {
    expect(validateNationalId(v)).toEqual({ ok: true, value: VALID_ID, warnings: [] });
  });

  test('a wrong check digit is an error that names the expected digit', () => {
    const r = validateNationalId('1101700203124');
    expect(r).toMatchObject({ ok: false, code: 'nid.checksum' });
    expect(!r.ok && r.reason.en).toContain('end in 3');
  });

  test.each<[unknown, string]>([
    ['110170020312', 'nid.length'],
    ['11017002031234', 'nid.length'],
    ['1.1017E+12', 'nid.stored-as-number'],
    ['1101700203123.0', 'nid.stored-as-number'],
    [1101700203123.5, 'nid.stored-as-number'],
    [1.1e20, 'nid.stored-as-number'],
    ['11017OO203123', 'nid.chars'],
    ['', 'nid.empty'],
    [null, 'nid.empty'],
    [true, 'nid.chars'],
  ])('%p -> %s', (v, code) => {
    const r = validateNationalId(v);
    expect(r).toMatchObject({ ok: false, code });
  });

  test('a number-format message tells the user what happened', () => {
    const r = validateNationalId('3.10050E+12');
    expect(!r.ok && r.reason.en).toContain('stored as a number');
    expect(!r.ok && r.reason.th).toContain('ข้อความ');
  });

  test('a leading 0 or 9 is a warning, not an error', () => {
    const nine = '91017002031' + '2';
    const id9 = nine + nationalIdCheckDigit(nine);
    const r9 = validateNationalId(id9);
    expect(r9.ok).toBe(true);
    expect(r9.ok && r9.warnings.length).toBe(1);
    const zero = '01017002031' + '2';
    const id0 = zero + nationalIdCheckDigit(zero);
    expect(validateNationalId(id0)).toMatchObject({ ok: true, value: id0 });
    // As a number the leading 0 is lost: it comes back, with both warnings.
    const fromCell = validateNationalId(Number(id0));
    expect(fromCell.ok && fromCell.value).toBe(id0);
    expect(fromCell.ok && fromCell.warnings.length).toBe(2);
  });
});

describe('member ids', () => {
  test.each<[unknown, string]>([
    ['A001', 'A001'],
    [' a001 ', 'A001'],
    ['A๐๐๑', 'A001'],
    ['0012', '0012'],
    [12, '12'],
    [12.5, '12.5'],
    ['บ  001', 'บ 001'],
    ['m-12/3', 'M-12/3'],
    ['', ''],
    [null, ''],
  ])('normalizeMemberId(%p) = %p', (v, s) => {
    expect(normalizeMemberId(v)).toBe(s);
  });

  test.each<[string[], string]>([
    [['A001', 'A002'], 'A003'],
    [['1', '2', '10'], '11'],
    [['001', '002', '099'], '100'],
    [['A001', 'A002', 'B001'], 'A003'],
    [['M-0099'], 'M-0100'],
    [['A001', 'A003', 'A002'], 'A004'],
    [['a001', 'A002'], 'A003'],
    [[], '1'],
    [['X', 'Y'], '1'],
    [['บ001', 'บ002'], 'บ003'],
  ])('suggestNextMemberId(%p) = %p', (ids, next) => {
    expect(suggestNextMemberId(ids)).toBe(next);
  });
});

describe('phones', () => {
  test.each<[unknown, string]>([
    ['081-234-5678', '0812345678'],
    ['081 234 5678', '0812345678'],
    ['+66 81 234 5678', '0812345678'],
    ['๐๘๑๒๓๔๕๖๗๘', '0812345678'],
    ['02-123-4567', '021234567'],
    ['(054) 123456', '054123456'],
  ])('%p -> %p', (v, s) => {
    expect(normalizePhone(v)).toEqual({ ok: true, value: s, warnings: [] });
  });

  test('a phone number stored as a number gets its leading 0 back, with a warning', () => {
    const r = normalizePhone(812345678);
    expect(r.ok && r.value).toBe('0812345678');
    expect(r.ok && r.warnings.length).toBe(1);
  });

  test('odd lengths are kept with a warning; letters are an error', () => {
    const r = normalizePhone('12345');
    expect(r.ok && r.value).toBe('12345');
    expect(r.ok && r.warnings.length).toBe(1);
    expect(normalizePhone('call me').ok).toBe(false);
  });
});
