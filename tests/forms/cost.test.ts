/**
 * What a form save costs, measured with the offline runtime's counters on the BUILT bundle:
 * the same service calls and the same cells read and written whether the deposit log holds 1,000
 * or 100,000 rows (docs/DESIGN.md §6: a form save does not read the whole deposit log). Also: how the
 * per-member summary behind that stays right when the log changes under it.
 */
import type { Metrics, Runtime } from '../../src/local/runtime';
import type { CollectionList } from '../../src/addon/forms/deposits';
import type { MemberInfo } from '../../src/core/forms/statement';
import type { SaveResult } from '../../src/core/forms/types';
import { client, fill, key, newBook, newMemberFields, records, save, todayISO } from './helpers';
import { requireBuild } from '../support/runtime';

beforeAll(requireBuild);

const MEMBERS = 300;
const SUMMARY = '_สรุปรายสมาชิก (ระบบ)';

type Cost = Pick<Metrics, 'serviceCalls' | 'cellsRead' | 'cellsWritten'>;
const cost = (m: Metrics): Cost => ({
  serviceCalls: m.serviceCalls,
  cellsRead: m.cellsRead,
  cellsWritten: m.cellsWritten,
});

function measured(rt: Runtime, fn: Parameters<typeof save>[1], input: unknown): Cost {
  const { res, result } = save(rt, fn, input);
  if (!(res as SaveResult).ok) throw new Error(`${fn} failed: ${JSON.stringify(res)}`);
  return cost(result.metrics);
}

/** Every save path once, in a fixed order, on a book whose deposit log has `deposits` rows. */
async function costs(deposits: number): Promise<Record<string, Cost>> {
  const rt = await newBook({ members: MEMBERS, deposits });
  const out: Record<string, Cost> = {};
  // Opening a form brings the summary up to date (here: builds it, reading the whole log once).
  client(rt, 'getFormsContext');
  out.openForm = cost(rt.metrics);
  out.newMember = measured(rt, 'saveNewMember', {
    key: key(),
    ...newMemberFields({
      memberId: 'N0001',
      name: 'นายใหม่ สมัครวันนี้',
      birthDate: '',
      address: '',
      phone: '0812345678',
      joinDate: todayISO(),
    }),
  });
  out.deposit = measured(rt, 'saveDeposit', {
    key: key(),
    memberId: 'M0007',
    kind: 'savings',
    amount: '300',
    date: todayISO(),
    yearCovered: '',
    recordedBy: 'เลขา',
    note: '',
  });
  out.welfare = measured(rt, 'saveWelfareClaim', {
    key: key(),
    benefit: 'sickness',
    memberId: 'M0008',
    project: '',
    units: '2',
    date: todayISO(),
    amount: '200',
    approvedBy: 'ประธาน',
    note: '',
    overrideReason: 'คณะกรรมการอนุมัติ',
  });
  const info = client<MemberInfo>(rt, 'getMemberInfo', 'M0009');
  out.contact = measured(rt, 'saveMemberContact', {
    key: key(),
    memberId: 'M0009',
    before: info.contact,
    after: { ...info.contact, phone: '0899999999' },
  });
  out.status = measured(rt, 'saveMemberStatus', {
    key: key(),
    memberId: 'M0010',
    status: 'resigned',
    date: todayISO(),
  });
  const list = client<CollectionList>(rt, 'getCollectionList', '');
  const items = list.lines
    .slice(0, 300)
    .map((l) => ({ memberId: l.id, kind: 'savings', amount: '30', yearCovered: '' }));
  expect(items).toHaveLength(300);
  out.collection300 = measured(rt, 'saveCollection', { key: key(), date: todayISO(), recordedBy: 'เลขา', items });
  return out;
}

test('every save costs the same service calls and cells with 1,000 or 100,000 deposit rows', async () => {
  const small = await costs(1000);
  const large = await costs(100000);
  const table = Object.keys(small).map((op) => ({ op, small: small[op], large: large[op] }));
  // PRINT_COSTS=1 prints the measured table (for the README).
  if (process.env.PRINT_COSTS) process.stdout.write(`forms cost (300 members):\n${JSON.stringify(table, null, 1)}\n`);
  for (const op of ['newMember', 'deposit', 'welfare', 'contact', 'status', 'collection300']) {
    expect({ op, ...large[op] }).toEqual({ op, ...small[op] });
    // Nowhere near the log: at most the roll, the settings and the summary (a few cells per member).
    expect(large[op].cellsRead).toBeLessThan(MEMBERS * 30);
    expect(large[op].serviceCalls).toBeLessThan(80);
  }
  // Only opening a form for the first time reads the whole log (to build the summary).
  expect(large.openForm.cellsRead).toBeGreaterThan(100000 * 8);
});

test('the summary follows the log: appended rows are read alone, a shortened or changed log is re-read whole', async () => {
  const rt = await newBook({ members: 20, deposits: 2000 });
  client(rt, 'getFormsContext');
  const paid = () => client<MemberInfo>(rt, 'getMemberInfo', 'M0002').state.paid.savings;
  const base = paid();
  const warm = cost(rt.metrics);

  // Rows typed into the grid: only they are read next time.
  fill(rt, 'deposits', [
    { receiptNo: 'X1', date: new Date(Date.UTC(2024, 1, 1)), memberId: 'M0002', kind: 'เงินออม', amount: 100 },
  ]);
  expect(paid()).toBe(base + 100);
  expect(rt.metrics.cellsRead - warm.cellsRead).toBeLessThan(40);

  // The row the summary was built up to (the log's last row then) edited in the grid: its
  // fingerprint no longer matches, so the whole log is read again. (Row 2001 was M0020's 30 baht.)
  const sheet = rt.spreadsheet.getSheetByName('เงินฝาก')!;
  sheet.getRange(2001, 3).setValue('M0002');
  expect(paid()).toBe(base + 100 + 30);
  expect(rt.metrics.cellsRead).toBeGreaterThan(2000 * 8);

  // Rows deleted: the log is now shorter than what the summary has seen, so it is rebuilt.
  sheet.deleteRow(sheet.getLastRow());
  expect(paid()).toBe(base + 30);
  expect(rt.metrics.cellsRead).toBeGreaterThan(2000 * 8);
  expect(records(rt, 'deposits')).toHaveLength(2000);
});

test('a day-old summary is rebuilt when a form opens, never during a save', async () => {
  const rt = await newBook({ members: 20, deposits: 2000 });
  client(rt, 'getFormsContext');
  const hidden = rt.spreadsheet.getSheetByName(SUMMARY)!;
  expect(hidden.isSheetHidden()).toBe(true);
  const meta = JSON.parse(String(hidden.getRange(1, 1).getValue())) as { built: number };
  meta.built -= 25 * 3600e3;
  hidden.getRange(1, 1).setValue(JSON.stringify(meta));
  const { result } = save(rt, 'saveDeposit', {
    key: key(),
    memberId: 'M0003',
    kind: 'savings',
    amount: '30',
    date: todayISO(),
    yearCovered: '',
    recordedBy: '',
    note: '',
  });
  expect(result.metrics.cellsRead).toBeLessThan(2000);
  client(rt, 'getFormsContext');
  expect(rt.metrics.cellsRead).toBeGreaterThan(2000 * 8);
  const rebuilt = JSON.parse(String(hidden.getRange(1, 1).getValue())) as { built: number };
  expect(Date.now() - rebuilt.built).toBeLessThan(60e3);
});
