/**
 * Welfare claims and the member look-up through the forms' server side (BUILT bundle, offline
 * runtime): the rules engine's checklist before saving, the override reason, projects, and the
 * statement that follows.
 */
import type { Runtime } from '../../src/local/runtime';
import type { ClaimCheck } from '../../src/addon/forms/welfare';
import type { MemberInfo } from '../../src/core/forms/statement';
import {
  cell,
  client,
  fill,
  lastRow,
  newBook,
  paidUpMember,
  records,
  save,
  todayISO,
  ok,
  submissions,
} from './helpers';
import { requireBuild } from '../support/runtime';

beforeAll(requireBuild);

const claim = submissions(() => ({
  benefit: 'sickness',
  memberId: 'P0001',
  project: '',
  units: '3',
  date: todayISO(),
  amount: '',
  approvedBy: 'นายประธาน กรรมการ',
  note: '',
  overrideReason: '',
}));

let rt: Runtime;
beforeEach(async () => {
  rt = await newBook({ members: 6, deposits: 20 });
  paidUpMember(rt, 'P0001', 400);
  paidUpMember(rt, 'P0002', 30);
  fill(rt, 'welfare', [
    {
      voucherNo: 'V2569-007',
      date: new Date(Date.UTC(2024, 0, 5)),
      memberId: 'M0001',
      benefit: 'ค่าทำขวัญบุตร',
      units: 1,
      amount: 500,
      approvedBy: 'ประธาน',
    },
  ]);
});

test('the checklist shows every rule with the amount before saving, and the save records the approver', () => {
  const check = client<ClaimCheck>(rt, 'checkWelfareClaim', claim());
  expect(check.eligibility?.eligible).toBe(true);
  expect(check.eligibility?.amount).toBe(300);
  const codes = check.eligibility?.reasons.map((r) => r.code) ?? [];
  expect(codes).toEqual(expect.arrayContaining(['benefit', 'status', 'waiting', 'arrears', 'amount', 'cap-year']));
  expect(check.eligibility?.reasons.every((r) => r.ok && r.text.length > 0)).toBe(true);
  expect(check.eligibility?.reasons.find((r) => r.code === 'amount')?.text).toBe('3 คืน × 100 บาท = 300 บาท');

  const res = ok(save(rt, 'saveWelfareClaim', claim({ amount: '300' })).res);
  expect(res.written).toEqual({ sheet: 'สวัสดิการ', rows: [3], numbers: ['V2569-008'] });
  expect(records(rt, 'welfare')[1]).toMatchObject({
    voucherNo: 'V2569-008',
    memberId: 'P0001',
    benefit: 'ค่าเยี่ยมไข้',
    units: 3,
    amount: 300,
    approvedBy: 'นายประธาน กรรมการ',
    overrideReason: '',
  });

  // The look-up's statement counts it this fiscal year and ever.
  const info = client<MemberInfo>(rt, 'getMemberInfo', 'P0001');
  expect(info.benefits.thisYear).toEqual({ count: 1, amount: 300 });
  expect(info.benefits.ever).toEqual({ count: 1, amount: 300 });
  expect(info.benefits.lines[0]).toMatchObject({
    voucherNo: 'V2569-008',
    benefit: 'ค่าเยี่ยมไข้',
    amount: 300,
    dateISO: todayISO(),
  });
  expect(info.state.status).toBe('active');
  expect(info.state.paidThroughISO > todayISO()).toBe(true);
});

test('an amount other than the schedule needs an override reason, which is written to the register', () => {
  const before = lastRow(rt, 'welfare');
  const refused = save(rt, 'saveWelfareClaim', claim({ amount: '500' })).res;
  expect(!refused.ok && refused.errors.overrideReason).toBe(
    'จำนวนเงินต่างจากระเบียบ (300 บาท) กรุณาระบุเหตุผลที่คณะกรรมการอนุมัติ',
  );
  expect(lastRow(rt, 'welfare')).toBe(before);
  const reason = '=มติที่ประชุม 3/2568 เพิ่มให้เพราะนอนโรงพยาบาลไกล';
  const res = ok(save(rt, 'saveWelfareClaim', claim({ amount: '500', overrideReason: reason })).res);
  const row = res.written.rows[0];
  expect(cell(rt, 'welfare', row, 'amount').value).toBe(500);
  expect(cell(rt, 'welfare', row, 'overrideReason')).toMatchObject({ value: reason, formula: '' });
});

test("a claim the rules do not allow shows why, and can only be paid with the committee's reason", () => {
  const check = client<ClaimCheck>(rt, 'checkWelfareClaim', claim({ memberId: 'P0002' }));
  expect(check.eligibility?.eligible).toBe(false);
  expect(check.eligibility?.amount).toBe(0);
  const waiting = check.eligibility?.reasons.find((r) => r.code === 'waiting');
  expect(waiting?.ok).toBe(false);
  expect(waiting?.text).toMatch(/180 วัน/);
  const refused = save(rt, 'saveWelfareClaim', claim({ memberId: 'P0002', amount: '300' })).res;
  expect(!refused.ok && refused.errors.overrideReason).toMatch(/ยังไม่มีสิทธิ์/);
  ok(
    save(
      rt,
      'saveWelfareClaim',
      claim({ memberId: 'P0002', amount: '300', overrideReason: 'คณะกรรมการอนุมัติเป็นกรณีพิเศษ' }),
    ).res,
  );
});

test('bad input: no approver, units of zero, an unknown member or benefit, a future date', () => {
  const before = lastRow(rt, 'welfare');
  const res = save(
    rt,
    'saveWelfareClaim',
    claim({ approvedBy: ' ', units: '0', date: todayISO(3), amount: '300' }),
  ).res;
  expect(res.ok).toBe(false);
  if (!res.ok) {
    expect(res.errors.approvedBy).toBe('กรุณากรอกช่องนี้');
    expect(res.errors.units).toBe('จำนวนหน่วยต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป');
    expect(res.errors.date).toMatch(/ยังมาไม่ถึง/);
  }
  const nobody = save(rt, 'saveWelfareClaim', claim({ memberId: 'Z1', amount: '300' })).res;
  expect(!nobody.ok && nobody.errors.memberId).toBe('ไม่พบสมาชิกรหัส Z1');
  const noBenefit = save(rt, 'saveWelfareClaim', claim({ benefit: 'lottery', amount: '300' })).res;
  expect(!noBenefit.ok && noBenefit.errors.benefit).toMatch(/ไม่พบประเภทสวัสดิการ/);
  expect(lastRow(rt, 'welfare')).toBe(before);
});

test('a grant to a community project is recorded with the project and no member', () => {
  const check = client<ClaimCheck>(
    rt,
    'checkWelfareClaim',
    claim({ benefit: 'enterprise', memberId: '', project: 'กลุ่มทอผ้าบ้านดอนไชย', units: '1', amount: '20000' }),
  );
  expect(check.eligibility?.eligible).toBe(true);
  expect(check.eligibility?.amount).toBe(20000);
  const res = ok(
    save(
      rt,
      'saveWelfareClaim',
      claim({ benefit: 'enterprise', memberId: '', project: 'กลุ่มทอผ้าบ้านดอนไชย', units: '1', amount: '20,000' }),
    ).res,
  );
  expect(records(rt, 'welfare')[res.written.rows[0] - 2]).toMatchObject({
    memberId: '',
    project: 'กลุ่มทอผ้าบ้านดอนไชย',
    benefit: 'วิสาหกิจชุมชน',
    amount: 20000,
  });
});

test('the yearly cap counts the payments saved through the form, so a second claim is reduced', () => {
  ok(save(rt, 'saveWelfareClaim', claim({ units: '10', amount: '1000' })).res);
  ok(save(rt, 'saveWelfareClaim', claim({ units: '9', amount: '900' })).res);
  const third = client<ClaimCheck>(rt, 'checkWelfareClaim', claim({ units: '5' }));
  expect(third.eligibility?.amount).toBe(100);
  expect(third.eligibility?.reasons.find((r) => r.code === 'cap-year')?.text).toMatch(/1,900/);
});

test('a welfare claim saved twice with one key is one voucher; with the lock held it is none', () => {
  const input = claim({ amount: '300' });
  const first = ok(save(rt, 'saveWelfareClaim', input).res);
  expect(ok(save(rt, 'saveWelfareClaim', input).res)).toEqual({ ...first, replayed: true });
  expect(records(rt, 'welfare').filter((w) => w.voucherNo === first.written.numbers[0])).toHaveLength(1);
  const release = rt.holdDocumentLock();
  const before = lastRow(rt, 'welfare');
  const busy = save(rt, 'saveWelfareClaim', claim({ amount: '300' })).res;
  expect(busy.ok === false && busy.code).toBe('book.busy');
  expect(lastRow(rt, 'welfare')).toBe(before);
  release();
});
