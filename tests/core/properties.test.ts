import fc from 'fast-check';
import { dateFromDay, dayFromYMD, formatDateBE, formatDateISO, parseDate } from '../../src/core/dates';
import { formatBaht, nationalIdCheckDigit, parseAmount, validateNationalId } from '../../src/core/parse';

const FIRST = dayFromYMD(1800, 1, 1)!;
const LAST = dayFromYMD(2200, 12, 31)!;
const anyDay = fc.integer({ min: FIRST, max: LAST });

describe('parsers never throw', () => {
  test('parseDate on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withBoxedValues: true }), (v) => {
        const r = parseDate(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  test('parseDate on any string, including Thai text and digits', () => {
    const thai = fc.string({ unit: fc.constantFrom(...'๐๑๒๓๔๕๖๗๘๙ สค.กพมีนาคมพ.ศ.ค.ศ/-0123456789 '.split('')) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), thai), (s) => {
        const r = parseDate(s);
        if (!r.ok) expect(r.reason.th.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  test('parseAmount on anything and any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withDate: true, withNullPrototype: true }), fc.string(), fc.double()), (v) => {
        const r = parseAmount(v);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('round trips', () => {
  test('every day 1800-2200 C.E. survives formatDateBE (each style) -> parseDate', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom('numeric' as const, 'short' as const, 'long' as const), (day, style) => {
        expect(parseDate(formatDateBE(day, style))).toEqual({ ok: true, value: day, warnings: [] });
      }),
      { numRuns: 3000 },
    );
  });

  test('ISO text, Date cells and serials give the same day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(parseDate(formatDateISO(day))).toMatchObject({ ok: true, value: day });
        expect(parseDate(dateFromDay(day))).toMatchObject({ ok: true, value: day });
        expect(parseDate(day + 25569)).toMatchObject({ ok: true, value: day });
      }),
      { numRuns: 1000 },
    );
  });

  test('formatBaht -> parseAmount gives the amount back (to the satang)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (satang) => {
        const n = satang / 100;
        expect(parseAmount(formatBaht(n))).toMatchObject({ ok: true, value: n });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('national id check digit', () => {
  const first12 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).map((d) => d.join(''));
  const weightedSum = (s: string) => s.split('').reduce((a, c, i) => a + Number(c) * (13 - i), 0);

  test('ids generated with a correct check digit validate', () => {
    fc.assert(
      fc.property(first12, (body) => {
        const id = body + nationalIdCheckDigit(body);
        expect(validateNationalId(id)).toMatchObject({ ok: true, value: id });
      }),
    );
  });

  test('changing the check digit always fails', () => {
    fc.assert(
      fc.property(first12, fc.integer({ min: 1, max: 9 }), (body, delta) => {
        const check = nationalIdCheckDigit(body);
        const id = body + ((check + delta) % 10);
        expect(validateNationalId(id)).toMatchObject({ ok: false, code: 'nid.checksum' });
      }),
    );
  });

  // The Thai scheme has two blind spots, so "any single digit change fails" is not true of it:
  // the third digit has weight 11 (≡ 0 mod 11), and sums ≡ 0 and ≡ 10 (mod 11) share check digit 1.
  // Every other single-digit change is caught.
  test("changing one of the first 12 digits fails, except in the scheme's two blind spots", () => {
    fc.assert(
      fc.property(first12, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const id = body + nationalIdCheckDigit(body);
        const changed = (Number(id[pos]) + delta) % 10;
        const mutated = id.slice(0, pos) + changed + id.slice(pos + 1);
        const before = weightedSum(body) % 11;
        const after = weightedSum(mutated.slice(0, 12)) % 11;
        const blindSpot = pos === 2 || (before === 0 && after === 10) || (before === 10 && after === 0);
        expect(validateNationalId(mutated).ok).toBe(blindSpot);
      }),
      { numRuns: 3000 },
    );
  });

  test('the weight-11 blind spot is real (documented, not a bug of ours)', () => {
    const body = '110170020312';
    const id = body + nationalIdCheckDigit(body);
    const third = id.slice(0, 2) + '9' + id.slice(3);
    expect(validateNationalId(third).ok).toBe(true);
  });
});
