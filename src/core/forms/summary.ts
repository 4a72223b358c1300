/**
 * A small running summary per member (and per community project) of what the deposit log and
 * the welfare register hold, so a form can show a member's standing and check a claim without
 * reading the whole deposit log (docs/DESIGN.md §6: a form save does not read the whole log).
 *
 * Deposits are folded into one entry per (kind, fiscal year of the payment, year covered),
 * dated by the EARLIEST day of the group: memberState() then gives the same answer as with the
 * individual rows for any as-of day on or after the member's last payment of that fiscal year
 * (today, for every form), and for a back-dated as-of day it may count payments made later in
 * that same fiscal year, never fewer (a back-dated claim is not refused for money that was in
 * fact paid; the check report, which reads every row, is exact). Deposits dated after the day
 * they were folded are kept one by one, so memberState can still leave them out. Welfare payments are kept one by one (a member
 * has a handful): eligibility needs each of them.
 */
import { fiscalYearOf } from '../dates';
import type { DayNumber } from '../dates';
import { normalizeMemberId } from '../parse';
import type { Deposit, WelfarePayment } from '../records';
import { DEPOSIT_KINDS, type DepositKind } from '../vocabulary';
import { addBaht } from '../money';

/**
 * Summaries written before kinds were stored by code hold an index into this list. It is frozen
 * here, apart from DEPOSIT_KINDS, so reordering that list can never misread a saved summary.
 */
const LEGACY_KIND_BY_INDEX: readonly DepositKind[] = ['entry_fee', 'annual_fee', 'savings'];

/** [kind code, fiscal year of the day (B.E.), year covered or 0, amount, earliest day]. */
export type DepositEntry = [DepositKind, number, number, number, number];
/** [benefit code or '', day or null, units or null, amount or null, voucher no]. */
export type WelfareEntry = [string, number | null, number | null, number | null, string];

export interface Totals {
  d: DepositEntry[];
  w: WelfareEntry[];
}

/** Summary keys: members by their canonical id, projects by their name, never mixed up. */
export function memberKey(memberId: string): string {
  return 'M:' + normalizeMemberId(memberId);
}

export function projectKey(project: string): string {
  return 'P:' + project.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function totalsOf(map: Map<string, Totals>, key: string): Totals {
  let t = map.get(key);
  if (!t) {
    t = { d: [], w: [] };
    map.set(key, t);
  }
  return t;
}

/**
 * Adds deposits to the summary. Rows without a member id, a day, a known kind or an amount are
 * left out, as memberState leaves them out. `today` is the day of folding (see the file comment).
 */
export function foldDeposits(
  map: Map<string, Totals>,
  deposits: Deposit[],
  fiscalStartMonth: number,
  today: DayNumber,
): void {
  for (const d of deposits) {
    if (d.memberId === '' || d.day === null || d.kind === null || d.amount === null) continue;
    const t = totalsOf(map, memberKey(d.memberId));
    const k = d.kind;
    const fy = fiscalYearOf(d.day, fiscalStartMonth);
    const covered = d.yearCovered ?? 0;
    if (d.day > today) {
      t.d.push([k, fy, covered, d.amount, d.day]);
      continue;
    }
    const hit = t.d.find((e) => e[0] === k && e[1] === fy && e[2] === covered && e[4] <= today);
    if (hit) {
      // The stored summary holds baht; the sum is made in satang.
      hit[3] = addBaht(hit[3], d.amount);
      if (d.day < hit[4]) hit[4] = d.day;
    } else t.d.push([k, fy, covered, d.amount, d.day]);
  }
}

export function foldWelfare(map: Map<string, Totals>, payments: WelfarePayment[]): void {
  for (const p of payments) {
    const key = p.memberId !== '' ? memberKey(p.memberId) : p.project !== '' ? projectKey(p.project) : null;
    if (key === null) continue;
    totalsOf(map, key).w.push([p.benefit ?? '', p.day, p.units, p.amount, p.voucherNo]);
  }
}

/** The summary as deposits, for memberState (row 0: they are not sheet rows). */
export function depositsOf(t: Totals | undefined, memberId: string): Deposit[] {
  if (!t) return [];
  return t.d.map((e) => ({
    row: 0,
    receiptNo: '',
    day: e[4],
    memberId,
    kind: e[0],
    kindText: '',
    amount: e[3],
    yearCovered: e[2] === 0 ? null : e[2],
    recordedBy: '',
    note: '',
  }));
}

/** The summary as welfare payments, for eligibility's history and the member statement. */
export function historyOf(t: Totals | undefined, memberId: string, project = ''): WelfarePayment[] {
  if (!t) return [];
  return t.w.map((e) => ({
    row: 0,
    voucherNo: e[4],
    day: e[1],
    memberId,
    project,
    benefit: e[0] === '' ? null : e[0],
    benefitText: e[0],
    units: e[2],
    amount: e[3],
    approvedBy: '',
    note: '',
    overrideReason: '',
  }));
}

/** A stored kind: its code, or an index written by an older version (see LEGACY_KIND_BY_INDEX). */
function kindOf(stored: unknown): DepositKind | null {
  if (typeof stored === 'number') return LEGACY_KIND_BY_INDEX[stored] ?? null;
  return (DEPOSIT_KINDS as readonly unknown[]).includes(stored) ? (stored as DepositKind) : null;
}

export function encodeTotals(t: Totals): string {
  return JSON.stringify(t);
}

/** null when the text is not a summary entry (a damaged cell is rebuilt, never trusted). */
export function decodeTotals(s: unknown): Totals | null {
  if (typeof s !== 'string' || s === '') return null;
  try {
    const v = JSON.parse(s) as { d: unknown; w: unknown };
    if (!v || !Array.isArray(v.d) || !Array.isArray(v.w)) return null;
    const d: DepositEntry[] = [];
    for (const e of v.d as unknown[][]) {
      const kind = kindOf(e[0]);
      // An entry whose kind cannot be read makes the whole cell untrusted: it is rebuilt from the log.
      if (kind === null) return null;
      d.push([kind, ...(e.slice(1) as [number, number, number, number])]);
    }
    return { d, w: v.w as WelfareEntry[] };
  } catch (_e) {
    return null;
  }
}
