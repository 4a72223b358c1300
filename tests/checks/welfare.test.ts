/**
 * Check entries on the welfare register: every payment judged by the fund's rules (the same
 * eligibility the claim form uses) on its own date. Default benefits (Ban Don Chai):
 * ค่าเยี่ยมไข้ 100 baht a night, at most 10 nights, 2,000 a fiscal year, 180 days' wait;
 * เงินสงเคราะห์ (เสียชีวิต) by years of membership, once.
 */
import { check, member, cell, only, where, paidUp, sickVisit } from './book';

const death = (voucherNo: string, extra: Record<string, unknown>) => ({
  voucherNo,
  date: cell('10/6/2567'),
  memberId: 'A001',
  benefit: 'เงินสงเคราะห์ (เสียชีวิต)',
  units: 1,
  amount: 15000,
  ...extra,
});
const book = { members: [member('A001')], deposits: paidUp('A001') };
const deceased = {
  members: [member('A001', { status: 'เสียชีวิต', statusDate: cell('1/6/2567') })],
  deposits: paidUp('A001'),
};

describe('welfare', () => {
  test('a payment to a member id not on the roll', () => {
    const f = only(check({ ...book, welfare: [sickVisit('V1', { memberId: 'B777' })] }), 'welfare.unknown-member');
    expect(where(f)).toEqual([{ row: 2, column: 'memberId', severity: 'error' }]);
    expect(f[0].message.th).toContain('B777');
  });

  test('a member benefit paid without a member id', () => {
    const f = only(check({ ...book, welfare: [sickVisit('V1', { memberId: '' })] }), 'welfare.member-missing');
    expect(where(f)).toEqual([{ row: 2, column: 'memberId', severity: 'error' }]);
    expect(f[0].message.th).toContain('"ค่าเยี่ยมไข้" จ่ายให้สมาชิก');
  });

  test('within the waiting period', () => {
    const members = [member('A001', { joinDate: cell('1/3/2567') })];
    const f = only(
      check({ members, deposits: paidUp('A001', '1/3/2567'), welfare: [sickVisit('V1', {})] }),
      'welfare.not-eligible.waiting',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'error' }]);
    expect(f[0].message.th).toContain('ยังไม่ครบระยะรอสิทธิ์ 180 วัน');
  });

  test('a member in arrears (annual fee unpaid)', () => {
    const deposits = paidUp('A001').filter((d) => d.yearCovered !== 2567);
    const f = only(
      check({ members: book.members, deposits, welfare: [sickVisit('V1', {})] }),
      'welfare.not-eligible.arrears',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'memberId', severity: 'error' }]);
    expect(f[0].message.th).toContain('ค้างค่าบำรุงรายปี ปี 2567');
  });

  test('a member who had resigned (status)', () => {
    const members = [member('A001', { status: 'ลาออก', statusDate: cell('1/1/2567') })];
    const f = only(
      check({ members, deposits: paidUp('A001'), welfare: [sickVisit('V1', {})] }),
      'welfare.not-eligible.status',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'error' }]);
    expect(f[0].message.th).toContain('ลาออกแล้ว (01/01/2567)');
  });

  test('over the cap per fiscal year', () => {
    const welfare = [
      sickVisit('V1', { units: 10, amount: 1000, date: cell('1/11/2566') }),
      sickVisit('V2', { units: 10, amount: 1000, date: cell('1/2/2567') }),
      sickVisit('V3', { units: 1, amount: 100, date: cell('1/6/2567') }),
    ];
    const f = only(check({ ...book, welfare }), 'welfare.not-eligible.cap-year');
    expect(where(f)).toEqual([{ row: 4, column: 'amount', severity: 'error' }]);
    expect(f[0].message.th).toContain('รับครบเพดาน 2,000 บาทแล้ว');
  });

  test('below the first tier of membership years', () => {
    const f = only(
      check({ ...deceased, benefits: { death: { tiers: '20=20000' } }, welfare: [death('V1', { amount: 20000 })] }),
      'welfare.not-eligible.tier',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'error' }]);
    expect(f[0].message.th).toContain('ยังไม่ถึงขั้นแรก (20 ปี)');
  });

  test('an amount different from the schedule without an override reason', () => {
    const findings = check({ ...book, welfare: [sickVisit('V1', { amount: 500 })] });
    const f = only(findings, 'welfare.amount-mismatch');
    expect(where(f)).toEqual([{ row: 2, column: 'amount', severity: 'error' }]);
    expect(f[0].message.th).toContain('จ่าย 500 บาท แต่ตามระเบียบควรเป็น 300 บาท');
    expect(f[0].fix!.th).toContain('เหตุผลที่จ่ายต่างจากระเบียบ');
    const withReason = check({
      ...book,
      welfare: [sickVisit('V1', { amount: 500, overrideReason: 'มติกรรมการ 5/2567 นอน ICU' })],
    });
    expect(only(withReason, 'welfare.amount-mismatch')).toEqual([]);
  });

  test('a tier amount is the schedule too', () => {
    const f = only(check({ ...deceased, welfare: [death('V1', { amount: 10000 })] }), 'welfare.amount-mismatch');
    expect(f[0].message.th).toContain('ควรเป็น 15,000 บาท');
  });

  test('a payment outside the rules but with the committee reason written is a note', () => {
    const members = [member('A001', { joinDate: cell('1/3/2567') })];
    const f = only(
      check({
        members,
        deposits: paidUp('A001', '1/3/2567'),
        welfare: [sickVisit('V1', { overrideReason: 'มติที่ประชุม 3/2567' })],
      }),
      'welfare.not-eligible.waiting',
    );
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'note' }]);
    expect(f[0].message.th).toContain('มติที่ประชุม 3/2567');
  });

  test('a second death benefit', () => {
    const findings = check({ ...deceased, welfare: [death('V1', {}), death('V2', { date: cell('20/6/2567') })] });
    const f = only(findings, 'welfare.second-death');
    expect(where(f)).toEqual([{ row: 3, column: 'benefit', severity: 'error' }]);
    expect(f[0].message.th).toContain('แถว 2');
    expect(findings.filter((x) => x.row === 2 && x.sheet === 'welfare')).toEqual([]);
  });

  test('a benefit dated after the death', () => {
    const findings = check({ ...deceased, welfare: [sickVisit('V1', { date: cell('15/6/2567') }), death('V2', {})] });
    const f = only(findings, 'welfare.after-death');
    expect(where(f)).toEqual([{ row: 2, column: 'date', severity: 'error' }]);
    expect(f[0].message.th).toContain('หลังจากสมาชิกเสียชีวิตแล้ว (01/06/2567)');
    // The death benefit itself, claimed after the death, is right.
    expect(findings.filter((x) => x.row === 3 && x.sheet === 'welfare')).toEqual([]);
  });

  test('a community project grant needs no member', () => {
    const welfare = [
      { voucherNo: 'V1', date: cell('1/6/2567'), project: 'ร้านค้าชุมชนบ้านดอนไชย', benefit: 'ร้านค้าชุมชน', amount: 100000 },
    ];
    expect(check({ ...book, welfare })).toEqual([]);
  });
});
