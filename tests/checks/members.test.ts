/** Check entries on the member roll: one test per kind of mistake a secretary makes there. */
import { nationalIdCheckDigit } from '../../src/core/parse';
import { check, member, cell, only, where, paidUp, AS_OF, be, sickVisit } from './book';

function validNid(first12: string): string {
  return first12 + nationalIdCheckDigit(first12);
}

describe('a clean book', () => {
  test('gives no finding at all (no false alarms on correct entries)', () => {
    const findings = check({
      members: [member('A001', { nationalId: validNid('310050123456'), birthDate: cell('5/5/2500') }), member('A002')],
      deposits: [...paidUp('A001'), ...paidUp('A002')],
      welfare: [sickVisit('V1')],
      ledger: [
        { entryNo: 'L1', date: cell('15/3/2567'), kind: 'เงินสมทบจาก อปท.', source: 'อบต.ดอนไชย', amount: 10000 },
      ],
    });
    expect(findings).toEqual([]);
  });
});

describe('members', () => {
  test('a member id used twice points at the second row and names the first', () => {
    const f = only(check({ members: [member('A001'), member('A002'), member('A001')] }), 'member.duplicate-id');
    expect(where(f)).toEqual([{ row: 4, column: 'memberId', severity: 'error' }]);
    expect(f[0].value).toBe('A001');
    expect(f[0].message.th).toContain('ซ้ำกับสมาชิกแถวที่ 2');
    expect(f[0].fix!.th).toContain('รหัสใหม่');
  });

  test('ids that differ only in case or spacing are the same member', () => {
    const f = only(check({ members: [member('A001'), member(' a001 ')] }), 'member.duplicate-id');
    expect(where(f)).toEqual([{ row: 3, column: 'memberId', severity: 'error' }]);
  });

  test('a missing name is one finding on the name cell, with a fix', () => {
    const findings = check({ members: [member('A001', { name: '' })] });
    expect(findings.filter((x) => x.row === 2 && x.column === 'name').map((x) => x.code)).toEqual([
      'member.name-missing',
    ]);
    const f = only(findings, 'member.name-missing')[0];
    expect(f.message.th).toContain('ชื่อ-สกุล');
    expect(f.fix!.th).toContain('บัตรประชาชน');
  });

  test('a national id with a wrong check digit', () => {
    const good = validNid('310050123456');
    const bad = good.slice(0, 12) + ((Number(good[12]) + 1) % 10);
    const f = only(check({ members: [member('A001', { nationalId: bad })] }), 'nid.checksum');
    expect(where(f)).toEqual([{ row: 2, column: 'nationalId', severity: 'error' }]);
    expect(f[0].value).toBe(bad);
    expect(f[0].message.th).toContain('หลักสุดท้ายไม่ถูกต้อง');
    expect(f[0].fix!.th).toContain('13 หลัก');
  });

  test('one national id on two members', () => {
    const nid = validNid('310050123456');
    const f = only(
      check({
        members: [member('A001', { nationalId: nid }), member('A002', { nationalId: '3-1005-01234-56-' + nid[12] })],
      }),
      'member.duplicate-national-id',
    );
    // Either may be the mistyped one: both rows are pointed out, each naming the other.
    expect(where(f)).toEqual([
      { row: 2, column: 'nationalId', severity: 'error' },
      { row: 3, column: 'nationalId', severity: 'error' },
    ]);
    expect(f[0].message.th).toContain('แถวที่ 3 (รหัส A002)');
    expect(f[1].message.th).toContain('แถวที่ 2 (รหัส A001)');
    // The message names the row, never repeats the id number itself (personal data).
    expect(f[1].message.th).not.toContain(nid);
  });

  test('an unreadable join date', () => {
    const f = only(check({ members: [member('A001', { joinDate: 'ต้นปี' })] }), 'date.not-a-date');
    expect(where(f)).toEqual([{ row: 2, column: 'joinDate', severity: 'error' }]);
    expect(f[0].message.th).toContain('ไม่ใช่วันที่');
  });

  test('an impossible date (31 February)', () => {
    const f = only(check({ members: [member('A001', { birthDate: '31/2/2500' })] }), 'date.impossible');
    expect(where(f)).toEqual([{ row: 2, column: 'birthDate', severity: 'error' }]);
    expect(f[0].message.th).toContain('ไม่มีวันที่ 31 เดือน 2');
  });

  test('a date in the future', () => {
    const f = only(check({ members: [member('A001', { joinDate: cell('1/6/2568') })] }), 'date.future');
    expect(where(f)).toEqual([{ row: 2, column: 'joinDate', severity: 'error' }]);
    expect(f[0].message.th).toContain('01/06/2568');
    expect(f[0].message.th).toContain('ยังมาไม่ถึง');
  });

  test('a two-digit year is a finding with the B.E. reading as the fix, never a guess', () => {
    const f = only(check({ members: [member('A001', { joinDate: '15 ส.ค. 45' })] }), 'date.two-digit-year');
    expect(where(f)).toEqual([{ row: 2, column: 'joinDate', severity: 'error' }]);
    expect(f[0].message.th).toContain('สองหลัก');
    expect(f[0].fix!.th).toContain('2545');
  });

  test('a birth date after the join date', () => {
    const f = only(
      check({ members: [member('A001', { birthDate: cell('1/1/2555'), joinDate: cell('1/1/2550') })] }),
      'member.birth-after-join',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'birthDate', severity: 'error' }]);
    expect(f[0].message.th).toContain('วันเกิด (01/01/2555) อยู่หลังวันที่สมัคร (01/01/2550)');
  });

  test.each(['ลาออก', 'เสียชีวิต', 'พ้นสภาพ'])('status %s without a status date', (status) => {
    const f = only(check({ members: [member('A001', { status })] }), 'member.status-date-missing');
    expect(where(f)).toEqual([{ row: 2, column: 'statusDate', severity: 'error' }]);
    expect(f[0].message.th).toContain(`"${status}"`);
    expect(f[0].fix!.th).toContain('วันที่');
  });

  test('an active member needs no status date, a leaver with one is fine', () => {
    const findings = check({
      members: [member('A001'), member('A002', { status: 'ลาออก', statusDate: cell('1/1/2560') })],
    });
    expect(only(findings, 'member.status-date-missing')).toEqual([]);
  });

  test('an unknown status is one finding that lists the allowed statuses', () => {
    const findings = check({ members: [member('A001', { status: 'ย้ายบ้าน' })] });
    expect(findings.filter((x) => x.column === 'status').map((x) => x.code)).toEqual(['member.unknown-status']);
    const f = only(findings, 'member.unknown-status')[0];
    expect(f.value).toBe('ย้ายบ้าน');
    expect(f.message.th).toContain('ปกติ, ลาออก, เสียชีวิต, พ้นสภาพ');
  });

  test('a village written differently from its common spelling', () => {
    const members = [
      ...['1', '2', '3'].map((i) => member('A00' + i, { village: 'หมู่ 3' })),
      member('A004', { village: 'ม.3' }),
      member('A005', { village: 'บ้านดอนไชย' }),
      member('A006', { village: 'บ.ดอนไชย' }),
      member('A007', { village: 'บ้านดอนไชย' }),
    ];
    const f = only(check({ members }), 'member.village-variant');
    expect(where(f)).toEqual([
      { row: 5, column: 'village', severity: 'warning' },
      { row: 7, column: 'village', severity: 'warning' },
    ]);
    expect(f[0].message.th).toContain('"ม.3"');
    expect(f[0].message.th).toContain('"หมู่ 3"');
    expect(f[0].fix!.th).toContain('"หมู่ 3"');
  });

  test('a village seen once in a roll where villages are large is a note', () => {
    const members = [
      ...Array.from({ length: 6 }, (_, i) => member('A' + i, { village: 'บ้านดอนไชย' })),
      ...Array.from({ length: 5 }, (_, i) => member('B' + i, { village: 'บ้านนาแก้ว' })),
      member('C1', { village: 'บ้านดอนใจ' }),
    ];
    const f = only(check({ members }), 'member.village-rare');
    expect(where(f)).toEqual([{ row: 13, column: 'village', severity: 'note' }]);
    expect(f[0].message.th).toContain('"บ้านดอนใจ"');
    expect(f[0].fix!.th).toContain('บ้านดอนไชย');
    // A small roll is not judged: one member per village is normal there.
    expect(
      only(check({ members: [member('A1', { village: 'x' }), member('A2', { village: 'y' })] }), 'member.village-rare'),
    ).toEqual([]);
  });

  test('the as-of day decides what is in the future', () => {
    expect(AS_OF).toBe(be('1/1/2568'));
    const findings = check({ members: [member('A001', { joinDate: cell('1/6/2568') })] }, be('1/7/2568'));
    expect(only(findings, 'date.future')).toEqual([]);
  });
});
