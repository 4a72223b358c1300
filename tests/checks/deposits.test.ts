/** Check entries on the deposit log: members, dates, amounts, the fee schedule, receipts and eras. */
import { check, member, cell, only, where } from './book';

const dep = (receiptNo: string, extra: Record<string, unknown>) => ({
  receiptNo,
  date: cell('1/2/2560'),
  memberId: 'A001',
  kind: 'เงินออม',
  amount: 30,
  ...extra,
});
const roll = [member('A001', { joinDate: cell('1/1/2560') })];

describe('deposits', () => {
  test('a deposit for a member id that is not on the roll', () => {
    const f = only(check({ members: roll, deposits: [dep('R1', { memberId: 'A099' })] }), 'deposit.unknown-member');
    expect(where(f)).toEqual([{ row: 2, column: 'memberId', severity: 'error' }]);
    expect(f[0].message.th).toContain('ไม่มีสมาชิกรหัส A099');
  });

  test('savings before the join date is an error; the entry fee paid with the application only a warning', () => {
    const f = only(
      check({
        members: roll,
        deposits: [
          dep('R1', { date: cell('15/12/2559') }),
          dep('R2', { date: cell('20/12/2559'), kind: 'ค่าสมัคร', amount: 50 }),
        ],
      }),
      'deposit.before-join',
    );
    expect(where(f)).toEqual([
      { row: 2, column: 'date', severity: 'error' },
      { row: 3, column: 'date', severity: 'warning' },
    ]);
    expect(f[0].message.th).toContain('ก่อนวันที่สมาชิกสมัคร (01/01/2560)');
  });

  test.each([
    ['ลาออก', 'warning'],
    ['เสียชีวิต', 'error'],
    ['พ้นสภาพ', 'warning'],
  ])('money received after the member %s', (status, severity) => {
    const members = [member('A001', { joinDate: cell('1/1/2560'), status, statusDate: cell('1/1/2565') })];
    const f = only(
      check({ members, deposits: [dep('R1', { date: cell('1/2/2565') }), dep('R2', { date: cell('1/2/2564') })] }),
      'deposit.after-status',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity }]);
    expect(f[0].message.th).toContain(`หลังจากสมาชิก${status}แล้ว (01/01/2565)`);
  });

  test('an empty amount', () => {
    const findings = check({ members: roll, deposits: [dep('R1', { amount: '' })] });
    const f = findings.filter((x) => x.column === 'amount');
    expect(f.map((x) => x.code)).toEqual(['cell.required']);
    expect(f[0].message.th).toContain('จำนวนเงิน');
    expect(f[0].fix).toBeDefined();
  });

  test('a zero amount', () => {
    const f = only(check({ members: roll, deposits: [dep('R1', { amount: 0 })] }), 'deposit.amount-zero');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'error' }]);
    expect(f[0].message.th).toContain('ศูนย์');
  });

  test('a negative amount must say what it reverses', () => {
    const findings = check({
      members: roll,
      deposits: [dep('R1', { amount: -30 }), dep('R2', { amount: -30, note: 'กลับรายการ R0 ลงซ้ำ' })],
    });
    const f = only(findings, 'deposit.amount-negative');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'warning' }]);
    expect(f[0].message.th).toContain('ติดลบ (-30)');
    expect(f[0].fix!.th).toContain('เลขที่ใบเสร็จเดิม');
    // One finding per cell: the reading note about reversals gives way to it.
    expect(findings.filter((x) => x.row === 2 && x.column === 'amount')).toHaveLength(1);
  });

  test('a non-numeric amount is one finding, not two', () => {
    const findings = check({ members: roll, deposits: [dep('R1', { amount: 'สามสิบ' })] });
    const f = findings.filter((x) => x.column === 'amount');
    expect(f.map((x) => x.code)).toEqual(['amount.invalid']);
    expect(f[0].value).toBe('สามสิบ');
    expect(f[0].fix!.th).toContain('ตัวเลข');
  });

  test('the entry fee paid twice', () => {
    const f = only(
      check({
        members: roll,
        deposits: [
          dep('R1', { kind: 'ค่าสมัคร', amount: 50 }),
          dep('R2', { kind: 'ค่าสมัคร', amount: 50, date: cell('1/3/2560') }),
        ],
      }),
      'deposit.entry-fee-twice',
    );
    expect(where(f)).toEqual([{ row: 3, column: 'amount', severity: 'error' }]);
    expect(f[0].message.th).toContain('แถว 2');
  });

  test('an entry fee that differs from the setting, and not when the setting says so', () => {
    const deposits = [dep('R1', { kind: 'ค่าสมัคร', amount: 100 })];
    const f = only(check({ members: roll, deposits }), 'deposit.entry-fee-amount');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'warning' }]);
    expect(f[0].message.th).toContain('ค่าสมัคร 100 บาท ไม่ตรงกับที่ตั้งค่าไว้ (50 บาท)');
    expect(only(check({ members: roll, deposits, settings: { entryFee: 100 } }), 'deposit.entry-fee-amount')).toEqual(
      [],
    );
  });

  test('the annual fee paid twice for one year; paying it in two parts is fine', () => {
    const twice = only(
      check({
        members: roll,
        deposits: [
          dep('R1', { kind: 'ค่าบำรุงรายปี', amount: 50, yearCovered: 2560 }),
          dep('R2', { kind: 'ค่าบำรุงรายปี', amount: 50, yearCovered: 2561 }),
          dep('R3', { kind: 'ค่าบำรุงรายปี', amount: 50, yearCovered: 2560, date: cell('1/5/2560') }),
        ],
      }),
      'deposit.annual-fee-twice',
    );
    expect(where(twice)).toEqual([{ row: 4, column: 'amount', severity: 'error' }]);
    expect(twice[0].message.th).toContain('ค่าบำรุงปี 2560');
    expect(twice[0].message.th).toContain('แถว 2');
    const parts = check({
      members: roll,
      deposits: [
        dep('R1', { kind: 'ค่าบำรุงรายปี', amount: 30, yearCovered: 2560 }),
        dep('R2', { kind: 'ค่าบำรุงรายปี', amount: 20, yearCovered: 2560 }),
      ],
    });
    expect(only(parts, 'deposit.annual-fee-twice')).toEqual([]);
    expect(only(parts, 'deposit.annual-fee-amount')).toEqual([]);
  });

  test('an annual fee that differs from the setting', () => {
    const f = only(
      check({ members: roll, deposits: [dep('R1', { kind: 'ค่าบำรุงรายปี', amount: 40, yearCovered: 2560 })] }),
      'deposit.annual-fee-amount',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'warning' }]);
    expect(f[0].message.th).toContain('รวม 40 บาท');
    expect(f[0].message.th).toContain('50 บาท ต่อปี');
  });

  test('a receipt number used twice: same kind or another member, but not lines of one slip', () => {
    const f = only(
      check({
        members: [...roll, member('A002')],
        deposits: [
          dep('R1', { kind: 'ค่าสมัคร', amount: 50 }),
          dep('R1', { kind: 'ค่าบำรุงรายปี', amount: 50, yearCovered: 2560 }),
          dep('R1', { kind: 'เงินออม', amount: 30 }),
          dep('R2', { amount: 30 }),
          dep('R2', { amount: 30, date: cell('2/2/2560') }),
          dep('R3', {}),
          dep('R3', { memberId: 'A002' }),
        ],
      }),
      'deposit.duplicate-receipt',
    );
    expect(where(f)).toEqual([
      { row: 6, column: 'receiptNo', severity: 'error' },
      { row: 8, column: 'receiptNo', severity: 'error' },
    ]);
    expect(f[0].message.th).toContain('ซ้ำกับแถวที่ 5');
    expect(f[0].message.th).toContain('อาจลงซ้ำ');
    expect(f[1].message.th).toContain('คนละสมาชิก');
  });

  test('a C.E. year typed among B.E. dates', () => {
    const f = only(
      check({
        members: roll,
        deposits: [dep('R1', { date: '1/2/2560' }), dep('R2', { date: '2/2/2560' }), dep('R3', { date: '3/2/2017' })],
      }),
      'date.ce-typed',
    );
    expect(where(f)).toEqual([{ row: 4, column: 'date', severity: 'warning' }]);
    expect(f[0].value).toBe('3/2/2017');
    expect(f[0].message.th).toContain('ปี 2017 เป็นปี ค.ศ.');
    expect(f[0].message.th).toContain('03/02/2560');
  });

  test('a date cell holding a B.E. year as C.E. (543 years late)', () => {
    const late = new Date(Date.UTC(2560, 1, 1) - 7 * 3600e3);
    const findings = check({ members: roll, deposits: [dep('R1', { date: late })] });
    const f = only(findings, 'date.be-stored-as-ce');
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'warning' }]);
    expect(f[0].value).toBe('1/2/2560');
    expect(f[0].message.th).toContain('543 ปี');
    expect(f[0].fix!.th).toContain('ค.ศ. 2017');
    expect(findings.filter((x) => x.column === 'date')).toHaveLength(1);
  });

  test('a date cell 543 years early (a C.E. year stored as B.E.)', () => {
    const early = new Date(Date.UTC(1474, 1, 1) - 7 * 3600e3);
    const findings = check({ members: roll, deposits: [dep('R1', { date: early })] });
    const f = only(findings, 'date.543-early');
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'error' }]);
    expect(f[0].message.th).toContain('เร็วไป 543 ปี');
    expect(f[0].fix!.th).toContain('01/02/2560');
    expect(findings.filter((x) => x.column === 'date')).toHaveLength(1);
  });

  test('a deposit dated in the future', () => {
    const f = only(check({ members: roll, deposits: [dep('R1', { date: cell('1/2/2569') })] }), 'date.future');
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'error' }]);
  });
});
