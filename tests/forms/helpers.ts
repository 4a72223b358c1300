/**
 * Fund books for the forms tests: set up by the BUILT add-on in the offline runtime, members and
 * deposits filled straight into the sheets (outside any measured operation), and the forms'
 * server functions called the way the sidebar calls them (google.script.run's rules).
 */
import type { CallResult, Runtime } from '../../src/local/runtime';
import { SHEETS, matchHeaders, type RecordSheetKey } from '../../src/core/schema';
import type { SaveResult } from '../../src/core/forms/types';
import type { ServerApi } from '../../src/addon/registry';
import { dayFromDate, fiscalYearOf } from '../../src/core/dates';
import { loadBundle } from '../support/runtime';
import { fillRecords, type RecordRow } from '../../src/local/fill-records';
import { callMenu, callRpc } from '../../src/local/addon';

const BANGKOK_MS = 7 * 3600e3;
const DAY_MS = 86400e3;

/** Midnight in Bangkok of a ค.ศ. date, as a date cell holds it. */
export function cellDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - BANGKOK_MS);
}

/** Today in Bangkok as 'YYYY-MM-DD' (what the pages send). */
export function todayISO(offsetDays = 0): string {
  return new Date(Date.now() + BANGKOK_MS + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

export type Row = RecordRow;

/** Appends rows given as {columnKey: value} under a record sheet's header, in one write. */
export const fill = fillRecords;

/** Rows of a record sheet as {columnKey: value} (header matched), for assertions. */
export function records(rt: Runtime, key: RecordSheetKey): Row[] {
  const sheet = rt.spreadsheet.getSheetByName(SHEETS[key].th);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
  const { index } = matchHeaders(SHEETS[key], values[0]);
  return values.slice(1).map((row) => {
    const out: Row = {};
    for (const k of Object.keys(index)) out[k] = row[index[k]];
    return out;
  });
}

/** One cell's value, formula and number format by record-sheet row and column key. */
export function cell(
  rt: Runtime,
  key: RecordSheetKey,
  row: number,
  column: string,
): { value: unknown; formula: string; format: string } {
  const sheet = rt.spreadsheet.getSheetByName(SHEETS[key].th);
  if (!sheet) throw new Error('no sheet');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const col = matchHeaders(SHEETS[key], header).index[column];
  const r = sheet.getRange(row, col + 1);
  return { value: r.getValue(), formula: r.getFormula(), format: r.getNumberFormat() };
}

export function lastRow(rt: Runtime, key: RecordSheetKey): number {
  const sheet = rt.spreadsheet.getSheetByName(SHEETS[key].th);
  return sheet ? sheet.getLastRow() : 0;
}

export const VILLAGES = ['บ้านดอนไชย', 'บ้านนาแก้ว', 'บ้านท่าผา'];

/**
 * A set-up book with `members` members (M0001…, joined 2020-2023, in three villages) and
 * `deposits` deposit rows (entry fees first, then savings and annual fees), receipts R0000001….
 */
export async function newBook(opts: { members?: number; deposits?: number; locale?: string } = {}): Promise<Runtime> {
  const rt = await loadBundle(opts.locale ? { locale: opts.locale } : {});
  callMenu(rt, 'setupFundBook');
  const n = opts.members ?? 12;
  const members: Row[] = [];
  for (let i = 1; i <= n; i++) {
    members.push({
      memberId: `M${String(i).padStart(4, '0')}`,
      name: `สมาชิก ทดสอบ ${i}`,
      village: VILLAGES[i % VILLAGES.length],
      joinDate: cellDate(2020 + (i % 4), 1 + (i % 12), 1 + (i % 28)),
      status: 'ปกติ',
      nationalId: '',
    });
  }
  fill(rt, 'members', members);
  const deposits: Row[] = [];
  const total = opts.deposits ?? 0;
  for (let i = 0; i < total; i++) {
    const m = (i % n) + 1;
    const kind = i < n ? 'ค่าสมัคร' : i % 10 === 0 ? 'ค่าบำรุงรายปี' : 'เงินออม';
    deposits.push({
      receiptNo: `R${String(i + 1).padStart(7, '0')}`,
      date: cellDate(2023, 1 + (i % 12), 1 + (i % 28)),
      memberId: `M${String(m).padStart(4, '0')}`,
      kind,
      amount: kind === 'เงินออม' ? 30 : 50,
      yearCovered: kind === 'ค่าบำรุงรายปี' ? 2566 : '',
      recordedBy: 'เลขา',
    });
  }
  for (let i = 0; i < deposits.length; i += 50000) fill(rt, 'deposits', deposits.slice(i, i + 50000));
  return rt;
}

type Rpc = keyof ServerApi;
/** The sidebar functions that save (their input may be deliberately malformed in a test). */
type SaveFn = { [K in Rpc]: ReturnType<ServerApi[K]> extends SaveResult ? K : never }[Rpc];

/**
 * Calls a server function as google.script.run does; throws when the call itself failed. The name
 * and arguments are checked against src/addon/registry.ts; T narrows the result for a test.
 */
export function client<T = never, K extends Rpc = Rpc>(
  rt: Runtime,
  fn: K,
  ...args: Parameters<ServerApi[K]>
): [T] extends [never] ? ReturnType<ServerApi[K]> : T {
  const r = callRpc(rt, fn, ...args);
  if (r.error) throw r.error;
  return r.value as [T] extends [never] ? ReturnType<ServerApi[K]> : T;
}

export function save(rt: Runtime, fn: SaveFn, input: unknown): { res: SaveResult; result: CallResult } {
  // By untyped name: the input may be deliberately malformed.
  const result = rt.callFromClient(fn, [input]);
  if (result.error) throw result.error;
  return { res: result.value as SaveResult, result };
}

let seq = 0;
/** A fresh idempotency key, as a page makes one per submission. */
export function key(): string {
  seq += 1;
  return `test-key-${Date.now().toString(36)}-${seq}`;
}

/**
 * A form's submissions: each call is what the page sends on one press of its save button (a fresh
 * idempotency key, today's date as the page fills it in, then the test's own fields on top).
 */
export function submissions<F extends Record<string, string>>(fields: () => F) {
  return (over: Partial<F> = {}): F & { key: string } => ({ key: key(), ...fields(), ...over });
}

/**
 * A new member as the member form sends it (the key aside): a name, a birth date, the village and
 * a house number; `over` sets the id, the name or any other field.
 */
export function newMemberFields(over: Record<string, string> = {}): Record<string, string> {
  return {
    memberId: '',
    name: '',
    nationalId: '',
    birthDate: '1970-05-01',
    village: 'บ้านดอนไชย',
    address: '1',
    phone: '',
    joinDate: '2024-01-05',
    beneficiary: '',
    note: '',
    ...over,
  };
}

/** A save that must succeed: returns what it saved, or fails the test with the form's errors. */
export function ok(res: SaveResult): Extract<SaveResult, { ok: true }> {
  if (!res.ok) throw new Error(`save failed: ${JSON.stringify(res.errors)}`);
  return res;
}

/** A member who joined `daysAgo` days ago and has paid everything due up to today. */
export function paidUpMember(rt: Runtime, id: string, daysAgo: number): void {
  const now = Date.now();
  const join = new Date(Date.parse(`${todayISO(-daysAgo)}T00:00:00+07:00`));
  fill(rt, 'members', [
    { memberId: id, name: `นางจ่าย ครบ ${id}`, village: 'บ้านดอนไชย', joinDate: join, status: 'ปกติ' },
  ]);
  const paidOn = new Date(now - DAY_MS);
  const firstFY = fiscalYearOf(dayFromDate(join), 10);
  const lastFY = fiscalYearOf(dayFromDate(new Date(now)), 10);
  const rows = [
    { receiptNo: `E-${id}`, date: join, memberId: id, kind: 'ค่าสมัคร', amount: 50 },
    { receiptNo: `S-${id}`, date: paidOn, memberId: id, kind: 'เงินออม', amount: daysAgo + 60 },
  ];
  for (let y = firstFY; y <= lastFY; y++)
    rows.push({
      receiptNo: `A-${id}-${y}`,
      date: paidOn,
      memberId: id,
      kind: 'ค่าบำรุงรายปี',
      amount: 50,
      yearCovered: y,
    } as never);
  fill(rt, 'deposits', rows);
}
