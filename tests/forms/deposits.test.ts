/**
 * Payments through the forms' server side (BUILT bundle, offline runtime, google.script.run's
 * rules): one deposit, and collection day's whole list in one call with receipts in order.
 */
import type { Runtime } from '../../src/local/runtime';
import type { CollectionList } from '../../src/addon/forms/deposits';
import { cell, client, fill, key, lastRow, newBook, records, save, todayISO, ok, submissions } from './helpers';
import { requireBuild } from '../support/runtime';

beforeAll(requireBuild);

const deposit = submissions(() => ({
  memberId: 'M0003',
  kind: 'savings',
  amount: '300',
  date: todayISO(),
  yearCovered: '',
  recordedBy: 'นางเลขา',
  note: '',
}));

let rt: Runtime;
beforeEach(async () => {
  rt = await newBook({ members: 12, deposits: 100 });
});

test("a deposit gets the next receipt number in the book's style and is written as the page sent it", () => {
  const res = ok(save(rt, 'saveDeposit', deposit({ note: '=1+1', recordedBy: '+66 81 000 0000' })).res);
  expect(res.written).toEqual({ sheet: 'เงินฝาก', rows: [102], numbers: ['R0000101'] });
  const row = records(rt, 'deposits')[100];
  expect(row).toMatchObject({
    receiptNo: 'R0000101',
    memberId: 'M0003',
    kind: 'เงินออม',
    amount: 300,
    yearCovered: '',
    recordedBy: '+66 81 000 0000',
  });
  expect((row.date as Date).getTime()).toBe(Date.parse(`${todayISO()}T00:00:00+07:00`));
  expect(cell(rt, 'deposits', 102, 'note')).toMatchObject({ value: '=1+1', formula: '' });
  // The next form remembers who records.
  expect(client<{ recordedBy: string }>(rt, 'getFormsContext').recordedBy).toBe('+66 81 000 0000');
});

test('the deposit form proposes what the member owes, and the annual fee for the first unpaid year', () => {
  const info = client<{
    owed: { savings: number; annual: { year: number; amount: number }[] };
    state: { paid: { savings: number } };
  }>(rt, 'getMemberInfo', 'M0003');
  expect(info.state.paid.savings).toBeGreaterThan(0);
  expect(info.owed.savings).toBeGreaterThan(0);
  const first = info.owed.annual[0];
  const res = ok(
    save(rt, 'saveDeposit', deposit({ kind: 'annual_fee', amount: '50', yearCovered: String(first.year) })).res,
  );
  expect(records(rt, 'deposits')[res.written.rows[0] - 2]).toMatchObject({
    kind: 'ค่าบำรุงรายปี',
    amount: 50,
    yearCovered: first.year,
  });
  // That year is now paid: the statement no longer lists it, and paying it again is refused.
  const after = client<typeof info>(rt, 'getMemberInfo', 'M0003');
  expect(after.owed.annual.map((y) => y.year)).not.toContain(first.year);
  const again = save(
    rt,
    'saveDeposit',
    deposit({ kind: 'annual_fee', amount: '50', yearCovered: String(first.year) }),
  ).res;
  expect(!again.ok && again.errors.yearCovered).toBe(`ค่าบำรุงปี ${first.year} ชำระครบแล้ว (50 บาท)`);
});

test('bad amounts, unknown or resigned members and future dates are refused in Thai, with nothing written', () => {
  const before = lastRow(rt, 'deposits');
  fill(rt, 'members', [
    {
      memberId: 'M0050',
      name: 'นายลาออก แล้ว',
      joinDate: new Date(Date.UTC(2020, 0, 1)),
      status: 'ลาออก',
      statusDate: new Date(Date.UTC(2024, 0, 1)),
    },
  ]);
  const cases: [Record<string, string>, string, RegExp][] = [
    [{ amount: '0' }, 'amount', /มากกว่า 0/],
    [{ amount: '-50' }, 'amount', /มากกว่า 0/],
    [{ amount: '12abc' }, 'amount', /.+/],
    [{ amount: '' }, 'amount', /กรุณากรอก/],
    [{ memberId: 'M9999' }, 'memberId', /ไม่พบสมาชิกรหัส M9999/],
    [{ memberId: 'M0050' }, 'memberId', /ชำระเงินไม่ได้: ลาออกแล้ว/],
    [{ date: todayISO(5) }, 'date', /ยังมาไม่ถึง/],
    [{ kind: 'annual_fee', yearCovered: '68' }, 'yearCovered', /.+/],
    [{ kind: 'entry_fee', amount: '50' }, 'kind', /ค่าสมัครชำระครบแล้ว/],
  ];
  for (const [over, field, message] of cases) {
    const { res } = save(rt, 'saveDeposit', deposit(over));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors[field]).toMatch(message);
  }
  expect(lastRow(rt, 'deposits')).toBe(before);
});

test('a double submission of one deposit writes one row; the lock held by someone else writes none', () => {
  const input = deposit();
  const first = ok(save(rt, 'saveDeposit', input).res);
  const second = ok(save(rt, 'saveDeposit', input).res);
  expect(second).toEqual({ ...first, replayed: true });
  expect(records(rt, 'deposits').filter((d) => d.receiptNo === first.written.numbers[0])).toHaveLength(1);

  const release = rt.holdDocumentLock();
  const before = lastRow(rt, 'deposits');
  const busy = save(rt, 'saveDeposit', deposit()).res;
  expect(busy.ok === false && busy.code).toBe('book.busy');
  expect(lastRow(rt, 'deposits')).toBe(before);
  release();
});

test('collection day: one call saves the ticked lines with receipts in list order, and a retry adds nothing', () => {
  const list = client<CollectionList>(rt, 'getCollectionList', 'บ้านนาแก้ว');
  expect(list.lines.length).toBeGreaterThan(0);
  expect(list.lines.every((l) => l.village === 'บ้านนาแก้ว')).toBe(true);
  expect(list.lines.map((l) => l.id)).toEqual([...list.lines.map((l) => l.id)].sort());
  const items = list.lines.flatMap((l) => [
    { memberId: l.id, kind: 'savings', amount: '30', yearCovered: '' },
    ...l.owed.annual
      .slice(0, 1)
      .map((y) => ({ memberId: l.id, kind: 'annual_fee', amount: String(y.amount), yearCovered: String(y.year) })),
  ]);
  const input = { key: key(), date: todayISO(), recordedBy: 'นางเลขา', items };
  const { res, result } = save(rt, 'saveCollection', input);
  const done = ok(res);
  expect(done.written.rows).toEqual(items.map((_, i) => 102 + i));
  expect(done.written.numbers).toEqual(items.map((_, i) => `R${String(101 + i).padStart(7, '0')}`));
  // One block written, whatever the number of lines.
  expect(result.metrics.calls['Range.setValues']).toBe(1);
  const written = records(rt, 'deposits').slice(100);
  expect(written.map((d) => d.memberId)).toEqual(items.map((i) => i.memberId));
  expect(written.map((d) => d.recordedBy)).toEqual(items.map(() => 'นางเลขา'));

  const again = ok(save(rt, 'saveCollection', input).res);
  expect(again.replayed).toBe(true);
  expect(again.written).toEqual(done.written);
  expect(lastRow(rt, 'deposits')).toBe(101 + items.length);
});

test('collection day: one bad line refuses the whole batch and names the line', () => {
  const before = lastRow(rt, 'deposits');
  const items = [
    { memberId: 'M0001', kind: 'savings', amount: '30', yearCovered: '' },
    { memberId: 'M0002', kind: 'savings', amount: 'สามสิบ', yearCovered: '' },
    { memberId: 'M0003', kind: 'annual_fee', amount: '50', yearCovered: '2566' },
  ];
  const { res } = save(rt, 'saveCollection', { key: key(), date: todayISO(), recordedBy: '', items });
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.errors['items.1.amount']).toBeDefined();
  // M0003's fee for 2566 is already paid in the book (every tenth row of the test data).
  expect(res.errors['items.2.yearCovered']).toBe('ค่าบำรุงปี 2566 ชำระครบแล้ว (50 บาท)');
  expect(res.errors['items.0.amount']).toBeUndefined();
  expect(lastRow(rt, 'deposits')).toBe(before);
  const empty = save(rt, 'saveCollection', { key: key(), date: todayISO(), recordedBy: '', items: [] }).res;
  expect(!empty.ok && empty.errors.form).toBe('ไม่มีรายการที่จะบันทึก');
});

test('rows typed straight into the deposit sheet count in the next form at once', () => {
  const before = client<{ state: { paid: { savings: number } } }>(rt, 'getMemberInfo', 'M0004').state.paid.savings;
  fill(rt, 'deposits', [
    { receiptNo: 'MANUAL-1', date: new Date(Date.UTC(2024, 4, 1)), memberId: 'M0004', kind: 'เงินออม', amount: 1234 },
  ]);
  const after = client<{ state: { paid: { savings: number } } }>(rt, 'getMemberInfo', 'M0004').state.paid.savings;
  expect(after).toBe(before + 1234);
});
