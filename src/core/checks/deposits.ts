/**
 * Checks of the deposit log against the member roll and the fee schedule. One pass over the
 * rows (Maps for receipts and per-member fees), so a million rows stay linear.
 */
import { CHOICES } from '../schema';
import { fiscalYearOf } from '../dates';
import { formatBaht } from '../parse';
import type { Deposit, Member } from '../records';
import { be, byDayThenRow, msg, type CheckContext } from './context';
import type { FindingCode } from '../vocabulary';

const STATUS_TH: Record<string, string> = Object.fromEntries(CHOICES.memberStatus.map((c) => [c.code, c.th]));
const STATUS_EN: Record<string, string> = Object.fromEntries(CHOICES.memberStatus.map((c) => [c.code, c.en]));

/**
 * Returns the deposits grouped by member id (each member's list in sheet order), for the
 * welfare checks to reuse.
 */
export function checkDeposits(ctx: CheckContext, members: Map<string, Member>): Map<string, Deposit[]> {
  const byMember = new Map<string, Deposit[]>();
  // First row of each receipt number; rows sharing a number are listed only when they occur.
  const receipts = new Map<string, Deposit>();
  const shared = new Map<string, Deposit[]>();
  const asOf = ctx.asOf;
  for (const d of ctx.book.deposits) {
    if (d.memberId !== '') {
      const list = byMember.get(d.memberId);
      if (list) list.push(d);
      else byMember.set(d.memberId, [d]);
    }
    if (d.receiptNo !== '') checkReceipt(ctx, receipts, shared, d);
    if (d.amount !== null) {
      if (d.amount === 0) {
        ctx.add(
          'error',
          'deposit.amount-zero',
          'deposits',
          d.row,
          'amount',
          msg('check.deposit.amountZero'),
          msg('check.deposit.amountZeroFix'),
          d.amount,
        );
      } else if (d.amount < 0 && d.note.trim() === '') {
        // A reversal is a negative row (docs/DESIGN.md §7), but it must say what it reverses.
        ctx.add(
          'warning',
          'deposit.amount-negative',
          'deposits',
          d.row,
          'amount',
          msg('check.deposit.amountNegative', { amount: formatBaht(d.amount) }),
          msg('check.deposit.amountNegativeFix'),
          d.amount,
        );
      }
    }
    if (d.day !== null && d.day > asOf) {
      ctx.add(
        'error',
        'date.future',
        'deposits',
        d.row,
        'date',
        msg('check.date.future', { date: be(d.day), today: be(asOf) }),
        msg('check.date.futureFix'),
      );
    }
    if (d.memberId === '') continue;
    const m = members.get(d.memberId);
    if (!m) {
      ctx.add(
        'error',
        'deposit.unknown-member',
        'deposits',
        d.row,
        'memberId',
        msg('check.deposit.unknownMember', { id: d.memberId }),
        msg('check.deposit.unknownMemberFix'),
        d.memberId,
      );
      continue;
    }
    if (d.day === null) continue;
    if (m.joinDay !== null && d.day < m.joinDay) {
      // The entry fee is often paid with the application, a little before the committee's
      // approval date: a warning. Anything else before joining is on the wrong member or date.
      ctx.add(
        d.kind === 'entry_fee' ? 'warning' : 'error',
        'deposit.before-join',
        'deposits',
        d.row,
        'date',
        msg('check.deposit.beforeJoin', { date: be(d.day), join: be(m.joinDay) }),
        msg('check.deposit.beforeJoinFix'),
      );
    }
    if (m.status !== null && m.status !== 'active' && m.statusDay !== null && d.day > m.statusDay) {
      // Money from a dead member is most likely on the wrong member id; after resigning or
      // lapsing it may settle old arrears or be a rejoin: a warning.
      const th = STATUS_TH[m.status];
      const en = STATUS_EN[m.status];
      const date = be(d.day);
      const statusDate = be(m.statusDay);
      const message = {
        th: msg('check.deposit.afterStatus', { date, status: th, statusDate }).th,
        en: msg('check.deposit.afterStatus', { date, status: en, statusDate }).en,
      };
      ctx.add(
        m.status === 'deceased' ? 'error' : 'warning',
        'deposit.after-status',
        'deposits',
        d.row,
        'date',
        message,
        msg('check.deposit.afterStatusFix'),
      );
    }
  }
  for (const list of byMember.values()) checkFees(ctx, list);
  return byMember;
}

/**
 * One receipt may carry several lines for one member (entry fee + annual fee + savings on one
 * slip), so a repeat is a finding only when it is the same kind for the same member (entered
 * twice) or another member (two slips with one number).
 */
function checkReceipt(
  ctx: CheckContext,
  receipts: Map<string, Deposit>,
  shared: Map<string, Deposit[]>,
  d: Deposit,
): void {
  const first = receipts.get(d.receiptNo);
  if (!first) {
    receipts.set(d.receiptNo, d);
    return;
  }
  let earlier = shared.get(d.receiptNo);
  if (!earlier) shared.set(d.receiptNo, (earlier = [first]));
  const clash =
    earlier.find((e) => e.memberId !== d.memberId) ??
    earlier.find((e) => e.kind === d.kind && e.kindText === d.kindText);
  earlier.push(d);
  if (!clash) return;
  const why =
    clash.memberId !== d.memberId
      ? msg('check.deposit.duplicateReceiptOtherMember')
      : msg('check.deposit.duplicateReceiptSameKind');
  const message = {
    th: msg('check.deposit.duplicateReceipt', { receipt: d.receiptNo, first: clash.row, why: why.th }).th,
    en: msg('check.deposit.duplicateReceipt', { receipt: d.receiptNo, first: clash.row, why: why.en }).en,
  };
  ctx.add(
    'error',
    'deposit.duplicate-receipt',
    'deposits',
    d.row,
    'receiptNo',
    message,
    msg('check.deposit.duplicateReceiptFix'),
    d.receiptNo,
  );
}

/**
 * Entry fee once; the annual fee once per year covered (installments that add up to the fee are
 * fine: a payment counts as "twice" only when the fee was already paid in full before it). An
 * amount that leaves the total different from the setting is a warning (funds change fees and
 * the old rows stay right).
 */
function checkFees(ctx: CheckContext, list: Deposit[]): void {
  const { entryFee, annualFee, fiscalYearStartMonth } = ctx.settings;
  let entries: Deposit[] | null = null;
  let annual: Map<number, Deposit[]> | null = null;
  for (const d of list) {
    if (d.amount === null || d.amount <= 0) continue;
    if (d.kind === 'entry_fee') (entries ??= []).push(d);
    else if (d.kind === 'annual_fee') {
      const year = d.yearCovered ?? (d.day !== null ? fiscalYearOf(d.day, fiscalYearStartMonth) : null);
      if (year === null) continue;
      annual ??= new Map();
      const y = annual.get(year);
      if (y) y.push(d);
      else annual.set(year, [d]);
    }
  }
  if (entries) {
    feeGroup(ctx, entries, entryFee, (first) => ({
      twice: [
        'deposit.entry-fee-twice',
        msg('check.deposit.entryFeeTwice', { first: first.row }),
        msg('check.deposit.entryFeeTwiceFix'),
      ],
      amount: (_d, total) => [
        'deposit.entry-fee-amount',
        msg('check.deposit.entryFeeAmount', { amount: formatBaht(total), fee: formatBaht(entryFee) }),
        msg('check.deposit.entryFeeAmountFix'),
      ],
    }));
  }
  if (annual) {
    for (const [year, rows] of annual) {
      feeGroup(ctx, rows, annualFee, (first) => ({
        twice: [
          'deposit.annual-fee-twice',
          msg('check.deposit.annualFeeTwice', { year, first: first.row }),
          msg('check.deposit.annualFeeTwiceFix'),
        ],
        amount: (_d, total) => [
          'deposit.annual-fee-amount',
          msg('check.deposit.annualFeeAmount', { year, total: formatBaht(total), fee: formatBaht(annualFee) }),
          msg('check.deposit.annualFeeAmountFix'),
        ],
      }));
    }
  }
}

type Found = [code: FindingCode, message: ReturnType<typeof msg>, fix: ReturnType<typeof msg>];

function feeGroup(
  ctx: CheckContext,
  rows: Deposit[],
  fee: number,
  texts: (firstFull: Deposit) => { twice: Found; amount: (d: Deposit, total: number) => Found },
): void {
  if (rows.length > 1) rows = rows.slice().sort(byDayThenRow);
  let paid = 0;
  let fullAt: Deposit | null = null;
  const counted: Deposit[] = [];
  for (const d of rows) {
    if (fullAt !== null) {
      const [code, message, fix] = texts(fullAt).twice;
      ctx.add('error', code, 'deposits', d.row, 'amount', message, fix, d.amount);
      continue;
    }
    paid += d.amount!;
    counted.push(d);
    if (fee > 0 && paid >= fee - 0.005) fullAt = d;
  }
  if (Math.abs(paid - fee) > 0.005) {
    // Point at the row that made the total wrong: the last one counted.
    const d = counted[counted.length - 1];
    const [code, message, fix] = texts(d).amount(d, paid);
    ctx.add('warning', code, 'deposits', d.row, 'amount', message, fix, d.amount);
  }
}
