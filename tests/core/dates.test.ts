import {
  addYears,
  dateFromDay,
  dayFromDate,
  dayFromYMD,
  fiscalYearOf,
  fiscalYearStart,
  formatDateBE,
  formatDateISO,
  parseDate,
  todayDay,
  yearsBetween,
  ymdFromDay,
} from '../../src/core/dates';

const AUG15_2002 = 11914; // 15 Aug 2002 = 15 ส.ค. 2545, counted independently (Python date arithmetic)

describe('day numbers', () => {
  test('1970-01-02 is day 1 and 15 Aug 2002 is 11914', () => {
    expect(dayFromYMD(1970, 1, 1)).toBe(0);
    expect(dayFromYMD(1970, 1, 2)).toBe(1);
    expect(dayFromYMD(2002, 8, 15)).toBe(AUG15_2002);
    expect(dayFromYMD(1969, 12, 31)).toBe(-1);
  });

  test.each([
    [2002, 2, 29],
    [2002, 2, 30],
    [2002, 4, 31],
    [2002, 13, 1],
    [2002, 0, 10],
    [2002, 8, 0],
    [2002, 8, 1.5],
    [1900, 2, 29],
  ])('%i-%i-%i does not exist', (y, m, d) => {
    expect(dayFromYMD(y, m, d)).toBeNull();
  });

  test('leap days exist in leap years only', () => {
    expect(dayFromYMD(2024, 2, 29)).not.toBeNull();
    expect(dayFromYMD(2000, 2, 29)).not.toBeNull();
  });

  test('ymdFromDay inverts dayFromYMD across 1800-2200', () => {
    for (let day = dayFromYMD(1800, 1, 1)!; day <= dayFromYMD(2200, 12, 31)!; day += 37) {
      const { y, m, d } = ymdFromDay(day);
      expect(dayFromYMD(y, m, d)).toBe(day);
    }
    expect(ymdFromDay(AUG15_2002)).toEqual({ y: 2002, m: 8, d: 15 });
  });

  test('a Date maps to its Bangkok calendar day whatever the process time zone', () => {
    // Midnight in Bangkok is 17:00 UTC the day before.
    expect(dayFromDate(new Date('2002-08-14T17:00:00Z'))).toBe(AUG15_2002);
    expect(dayFromDate(new Date('2002-08-15T16:59:59Z'))).toBe(AUG15_2002);
    expect(dayFromDate(new Date('2002-08-15T17:00:00Z'))).toBe(AUG15_2002 + 1);
    expect(dateFromDay(AUG15_2002).toISOString()).toBe('2002-08-14T17:00:00.000Z');
    expect(todayDay(new Date('2024-01-01T03:00:00Z'))).toBe(dayFromYMD(2024, 1, 1));
  });
});

describe('formatting', () => {
  test('Buddhist Era in three styles and ISO', () => {
    expect(formatDateBE(AUG15_2002)).toBe('15/08/2545');
    expect(formatDateBE(AUG15_2002, 'short')).toBe('15 ส.ค. 2545');
    expect(formatDateBE(AUG15_2002, 'long')).toBe('15 สิงหาคม 2545');
    expect(formatDateBE(dayFromYMD(2024, 1, 5)!, 'numeric')).toBe('05/01/2567');
    expect(formatDateISO(AUG15_2002)).toBe('2002-08-15');
  });
});

describe('years', () => {
  test('yearsBetween counts like birthdays', () => {
    const born = dayFromYMD(2000, 8, 15)!;
    expect(yearsBetween(born, dayFromYMD(2024, 8, 14)!)).toBe(23);
    expect(yearsBetween(born, dayFromYMD(2024, 8, 15)!)).toBe(24);
    expect(yearsBetween(born, born)).toBe(0);
    expect(yearsBetween(dayFromYMD(2024, 8, 15)!, born)).toBe(-24);
  });

  test('29 February anniversaries fall on 1 March in common years, consistently', () => {
    const leap = dayFromYMD(2020, 2, 29)!;
    expect(addYears(leap, 1)).toBe(dayFromYMD(2021, 3, 1));
    expect(addYears(leap, 4)).toBe(dayFromYMD(2024, 2, 29));
    expect(yearsBetween(leap, dayFromYMD(2021, 2, 28)!)).toBe(0);
    expect(yearsBetween(leap, dayFromYMD(2021, 3, 1)!)).toBe(1);
    expect(addYears(AUG15_2002, -2)).toBe(dayFromYMD(2000, 8, 15));
  });

  test('fiscal years are named by the B.E. year they end in', () => {
    expect(fiscalYearOf(dayFromYMD(2023, 10, 1)!)).toBe(2567); // 1 ต.ค. 2566
    expect(fiscalYearOf(dayFromYMD(2024, 9, 30)!)).toBe(2567); // 30 ก.ย. 2567
    expect(fiscalYearOf(dayFromYMD(2024, 10, 1)!)).toBe(2568);
    expect(fiscalYearOf(dayFromYMD(2024, 9, 30)!, 1)).toBe(2567);
    expect(fiscalYearOf(dayFromYMD(2024, 12, 31)!, 1)).toBe(2567);
    expect(fiscalYearOf(dayFromYMD(2024, 3, 31)!, 4)).toBe(2567);
    expect(fiscalYearOf(dayFromYMD(2024, 4, 1)!, 4)).toBe(2568);
    expect(fiscalYearStart(2567)).toBe(dayFromYMD(2023, 10, 1));
    expect(fiscalYearStart(2567, 1)).toBe(dayFromYMD(2024, 1, 1));
  });
});

describe('parseDate accepts what secretaries type', () => {
  const day = (y: number, m: number, d: number) => dayFromYMD(y, m, d)!;
  test.each<[unknown, number]>([
    ['15/8/2545', AUG15_2002],
    ['15/08/2545', AUG15_2002],
    ['15-8-2545', AUG15_2002],
    ['15.8.2545', AUG15_2002],
    ['15 / 8 / 2545', AUG15_2002],
    ['  15/8/2545  ', AUG15_2002],
    ['15/8/2002', AUG15_2002],
    ['2002-08-15', AUG15_2002],
    ['2002-8-15', AUG15_2002],
    ['2545-08-15', AUG15_2002],
    ['2002-08-15T00:00:00', AUG15_2002],
    ['2002/08/15', AUG15_2002],
    ['15 ส.ค. 2545', AUG15_2002],
    ['15 ส.ค.2545', AUG15_2002],
    ['15ส.ค.2545', AUG15_2002],
    ['15 ส. ค. 2545', AUG15_2002],
    ['15 สค 2545', AUG15_2002],
    ['15 สค. 2545', AUG15_2002],
    ['15 ส.ค. พ.ศ. 2545', AUG15_2002],
    ['15 ส.ค. พ.ศ.2545', AUG15_2002],
    ['15 สิงหาคม 2545', AUG15_2002],
    ['15สิงหาคม2545', AUG15_2002],
    ['15 สิงหา 2545', AUG15_2002],
    ['วันที่ 15 สิงหาคม พ.ศ. 2545', AUG15_2002],
    ['๑๕ สิงหาคม ๒๕๔๕', AUG15_2002],
    ['๑๕/๘/๒๕๔๕', AUG15_2002],
    ['15 ส.ค. ค.ศ. 2002', AUG15_2002],
    ['15/8/2002 ค.ศ.', AUG15_2002],
    ['15 August 2002', AUG15_2002],
    ['15 Aug 2002', AUG15_2002],
    ['15 aug. 2002', AUG15_2002],
    ['1 ม.ค. 2567', day(2024, 1, 1)],
    ['1 มกราคม 2567', day(2024, 1, 1)],
    ['29 ก.พ. 2567', day(2024, 2, 29)],
    ['29 กุมภาพันธ์ 2567', day(2024, 2, 29)],
    ['31 ธ.ค. 2566', day(2023, 12, 31)],
    ['1 เม.ย. 2567', day(2024, 4, 1)],
    ['1 มิ.ย. 2567', day(2024, 6, 1)],
    ['1 พ.ย. 2567', day(2024, 11, 1)],
    ['1 พฤศจิกายน 2567', day(2024, 11, 1)],
    ['5 กรกฎาคม 2567', day(2024, 7, 5)],
    ['5 กรกฏาคม 2567', day(2024, 7, 5)],
    ['1/1/2343', day(1800, 1, 1)],
    ['15/8/2545 10:30', AUG15_2002],
    ['15 ส.ค. 2545 เวลา 10.30 น.', AUG15_2002],
    ['15/08/2002 09:05:00', AUG15_2002],
  ])('%p', (input, expected) => {
    const r = parseDate(input);
    expect(r).toEqual({ ok: true, value: expected, warnings: [] });
  });

  test('Date cells and sheet serial numbers', () => {
    expect(parseDate(new Date('2002-08-14T17:00:00Z'))).toMatchObject({ ok: true, value: AUG15_2002 });
    expect(parseDate(37483)).toMatchObject({ ok: true, value: AUG15_2002, warnings: [] });
    expect(parseDate(37483.75)).toMatchObject({ ok: true, value: AUG15_2002 });
  });

  test('a B.E. year stored in a date cell as C.E. is corrected, with a warning', () => {
    const asCE = dateFromDay(dayFromYMD(2545, 8, 15)!);
    const r = parseDate(asCE);
    expect(r.ok && r.value).toBe(AUG15_2002);
    expect(r.ok && r.warnings[0].th).toContain('2545');
    const serial = dayFromYMD(2545, 8, 15)! + 25569;
    const s = parseDate(serial);
    expect(s.ok && s.value).toBe(AUG15_2002);
    expect(s.ok && s.warnings.length).toBe(1);
  });
});

describe('parseDate refuses to guess', () => {
  test.each(['15 ส.ค. 45', '15/8/45', '15 ส.ค.45', '15-08-45', '๑๕/๘/๔๕'])('two-digit year %p', (input) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('date.two-digit-year');
    expect(r.suggestion).toBe('15/08/2545');
    expect(r.reason.th).toContain('สองหลัก');
    expect(r.reason.en).toContain('two digits');
  });

  test('the suggestion for a two-digit year does not land in the future', () => {
    const r = parseDate('15/8/99', { today: dayFromYMD(2024, 6, 1)! });
    expect(!r.ok && r.suggestion).toBe('15/08/2499');
    const s = parseDate('15/8/67', { today: dayFromYMD(2024, 6, 1)! });
    expect(!s.ok && s.suggestion).toBe('15/08/2567');
  });

  test.each<[unknown, string]>([
    ['31/2/2545', 'date.impossible'],
    ['29/2/2545', 'date.impossible'],
    ['29 ก.พ. 2566', 'date.impossible'],
    ['15/13/2545', 'date.impossible'],
    ['0/8/2545', 'date.impossible'],
    ['2545-02-30', 'date.impossible'],
    ['', 'date.empty'],
    ['   ', 'date.empty'],
    [null, 'date.empty'],
    [undefined, 'date.empty'],
    ['abc', 'date.not-a-date'],
    ['15 foo 2545', 'date.not-a-date'],
    ['15082545', 'date.not-a-date'],
    ['15/8', 'date.not-a-date'],
    [true, 'date.not-a-date'],
    [{}, 'date.not-a-date'],
    [new Date(NaN), 'date.not-a-date'],
    [Infinity, 'date.not-a-date'],
    ['15/8/245', 'date.year-out-of-range'],
    ['15/8/1500', 'date.year-out-of-range'],
    ['15/8/3000', 'date.year-out-of-range'],
    ['15/8/2002 พ.ศ.', 'date.era-mismatch'],
    [-1e7, 'date.year-out-of-range'],
  ])('%p -> %s', (input, code) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.reason.th.length).toBeGreaterThan(0);
    expect(r.reason.en.length).toBeGreaterThan(0);
    expect(r.reason.th).not.toEqual(r.reason.en);
  });

  test('an impossible date names the day and month in both languages', () => {
    const r = parseDate('31/2/2545');
    expect(!r.ok && r.reason.en).toContain('Day 31 of month 2');
  });

  test('era option forces the reading of four-digit years', () => {
    expect(parseDate('15/8/2545', { era: 'ce' }).ok).toBe(false);
    expect(parseDate('15/8/2002', { era: 'be' }).ok).toBe(false);
    expect(parseDate('15/8/2545', { era: 'be' })).toMatchObject({ ok: true, value: AUG15_2002 });
    // A marker in the text wins over the option.
    expect(parseDate('15/8/2002 ค.ศ.', { era: 'be' })).toMatchObject({ ok: true, value: AUG15_2002 });
  });
});
