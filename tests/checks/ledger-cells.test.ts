/** Check entries on the fund ledger, and the cell checks that apply to every record sheet. */
import { check, member, cell, only, where, sheet, values, AS_OF } from './book';
import { checkValues } from '../../src/core/checks';

const entry = (extra: Record<string, unknown>) => ({
  entryNo: 'L1',
  date: cell('15/3/2567'),
  kind: 'เงินสมทบจาก อปท.',
  source: 'อบต.ดอนไชย',
  amount: 10000,
  ...extra,
});

describe('fund ledger', () => {
  test('an unknown kind is one finding that lists the kinds', () => {
    const findings = check({ ledger: [entry({ kind: 'เงินช่วยเหลือ' })] });
    expect(findings.filter((x) => x.column === 'kind').map((x) => x.code)).toEqual(['ledger.unknown-kind']);
    const f = only(findings, 'ledger.unknown-kind')[0];
    expect(f.value).toBe('เงินช่วยเหลือ');
    expect(f.message.th).toContain('เงินบริจาค');
  });

  test.each([0, -500])('a non-positive amount (%d)', (amount) => {
    const findings = check({ ledger: [entry({ amount })] });
    const f = only(findings, 'ledger.amount-not-positive');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'error' }]);
    expect(f[0].message.th).toContain('ต้องมากกว่าศูนย์');
    expect(findings.filter((x) => x.column === 'amount')).toHaveLength(1);
  });

  test('a missing source is one finding with a fix', () => {
    const findings = check({ ledger: [entry({ source: '' })] });
    expect(findings.filter((x) => x.column === 'source').map((x) => x.code)).toEqual(['ledger.source-missing']);
    expect(only(findings, 'ledger.source-missing')[0].message.th).toContain('แหล่งที่มา');
  });
});

describe('cells anywhere', () => {
  test('a formula where a recorded value belongs', () => {
    const ledger = [entry({ amount: 20000 })];
    const formulas = {
      ledger: sheet('ledger', ledger).map((r, i) => r.map((_, c) => (i === 1 && c === 5 ? '=10000*2' : ''))),
    };
    const findings = check({ ledger, formulas });
    const f = only(findings, 'cell.formula');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'warning' }]);
    expect(f[0].value).toBe('=10000*2');
    expect(f[0].message.th).toContain('เป็นสูตร (=10000*2)');
  });

  test('a formula in a column the group added itself is theirs, not a finding', () => {
    const values0 = sheet('ledger', [entry({})]).map((r) => [...r, '']);
    values0[0][values0[0].length - 1] = 'ยอดสะสม';
    const formulas = values0.map((r, i) => r.map((_, c) => (i === 1 && c === r.length - 1 ? '=F2' : '')));
    const v = { ...values({}), ledger: values0, formulas: { ledger: formulas } };
    expect(checkValues(v, AS_OF).findings).toEqual([]);
  });

  test('text where a number is expected', () => {
    const findings = check({
      members: [member('A001')],
      welfare: [
        { voucherNo: 'V1', date: cell('1/6/2567'), memberId: 'A001', benefit: 'ค่าเยี่ยมไข้', units: 'สามคืน', amount: 300 },
      ],
    });
    const f = findings.filter((x) => x.column === 'units');
    expect(f.map((x) => x.code)).toEqual(['int.invalid']);
    expect(f[0].message.th).toContain('"สามคืน" ไม่ใช่จำนวนเต็ม');
    expect(f[0].fix!.th).toContain('ตัวเลข');
  });

  test('a number stored as text', () => {
    const findings = check({ ledger: [entry({ amount: '10,000' })] });
    const f = only(findings, 'cell.number-as-text');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'warning' }]);
    expect(f[0].value).toBe('10,000');
    expect(f[0].message.th).toContain('SUM');
  });

  test('a date stored as text is a note', () => {
    const f = only(check({ ledger: [entry({ date: '15 มี.ค. 2567' })] }), 'cell.date-as-text');
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'note' }]);
    expect(f[0].message.th).toContain('15/03/2567');
  });

  test('a record sheet missing from the book', () => {
    const v = values({});
    delete v.welfare;
    const f = only(checkValues(v, AS_OF).findings, 'sheet.missing');
    expect(f).toHaveLength(1);
    expect(f[0].sheet).toBe('welfare');
    expect(f[0].message.th).toContain('"สวัสดิการ"');
  });
});
