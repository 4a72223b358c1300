/**
 * Checks of the welfare register against the roll, the deposits and the benefit rules. Every
 * payment is judged with the rules engine (eligibility) exactly as the claim form judges it, on
 * the payment's own date, with the member's state on that date and only the payments before it.
 */
import { eligibility, type Reason } from '../eligibility';
import { memberState } from '../memberState';
import { formatBaht } from '../parse';
import type { Deposit, Member, WelfarePayment } from '../records';
import { findBenefit, type Benefit } from '../settings';
import type { Text } from '../i18n';
import { REASONS, type NotEligibleCode, type ReasonCode } from '../vocabulary';
import { be, byDayThenRow, msg, type CheckContext } from './context';

/** Each checklist line's finding: its kind in the check report and the cell it points at. */
const REASON_FINDING = new Map(
  REASONS.map((r): [ReasonCode, { code: NotEligibleCode; column: string }] => [
    r.code,
    { code: r.kind ? `welfare.not-eligible.${r.code}` : 'welfare.not-eligible.other', column: r.column },
  ]),
);
/** A rule that is not a line of `REASONS` (a newer benefit field's check). */
const OTHER_FINDING = { code: 'welfare.not-eligible.other', column: 'benefit' } as const;
const reasonFinding = (r: Reason) => REASON_FINDING.get(r.code as ReasonCode) ?? OTHER_FINDING;

export function checkWelfare(
  ctx: CheckContext,
  members: Map<string, Member>,
  depositsByMember: Map<string, Deposit[]>,
): void {
  const { settings, asOf } = ctx;
  const benefits = new Map<string, Benefit>();
  for (const b of settings.benefits) benefits.set(b.code, b);
  const benefitOf = (w: WelfarePayment): Benefit | undefined =>
    w.benefit === null ? undefined : (benefits.get(w.benefit) ?? findBenefit(settings.benefits, w.benefit));

  // Each payee's payments in date order, so each one is judged with the history before it.
  const byPayee = new Map<string, WelfarePayment[]>();
  for (const w of ctx.book.welfare) {
    if (w.day !== null && w.day > asOf) {
      ctx.add(
        'error',
        'date.future',
        'welfare',
        w.row,
        'date',
        msg('check.date.future', { date: be(w.day), today: be(asOf) }),
        msg('check.date.futureFix'),
      );
    }
    const benefit = benefitOf(w);
    const key = payeeKey(w, benefit);
    if (key === null) {
      if (benefit && benefit.payee === 'member' && w.project.trim() === '') {
        ctx.add(
          'error',
          'welfare.member-missing',
          'welfare',
          w.row,
          'memberId',
          msg('check.welfare.memberMissing', { benefit: benefit.name }),
          msg('check.welfare.memberMissingFix'),
          '',
        );
      }
      continue;
    }
    const list = byPayee.get(key);
    if (list) list.push(w);
    else byPayee.set(key, [w]);
  }

  for (const [key, list] of byPayee) {
    if (list.length > 1) list.sort(byDayThenRow);
    const member = key.startsWith('m:') ? (members.get(key.slice(2)) ?? null) : null;
    if (key.startsWith('m:') && !member) {
      for (const w of list) {
        ctx.add(
          'error',
          'welfare.unknown-member',
          'welfare',
          w.row,
          'memberId',
          msg('check.welfare.unknownMember', { id: w.memberId }),
          msg('check.welfare.unknownMemberFix'),
          w.memberId,
        );
      }
      continue;
    }
    const deposits = member ? (depositsByMember.get(member.memberId) ?? []) : [];
    let firstDeath: WelfarePayment | null = null;
    for (let i = 0; i < list.length; i++) {
      const w = list[i];
      const benefit = benefitOf(w);
      // An unknown benefit or an unreadable date is a reading finding already; nothing to judge.
      if (!benefit || w.day === null) continue;
      const suppressed = new Set<string>();
      if (member && benefit.onDeath) {
        if (firstDeath) {
          ctx.add(
            'error',
            'welfare.second-death',
            'welfare',
            w.row,
            'benefit',
            msg('check.welfare.secondDeath', { first: firstDeath.row }),
            msg('check.welfare.secondDeathFix'),
            w.benefitText,
          );
          suppressed.add('times-lifetime');
        } else firstDeath = w;
      }
      if (
        member &&
        !benefit.onDeath &&
        member.status === 'deceased' &&
        member.statusDay !== null &&
        w.day > member.statusDay
      ) {
        ctx.add(
          'error',
          'welfare.after-death',
          'welfare',
          w.row,
          'date',
          msg('check.welfare.afterDeath', { date: be(w.day), death: be(member.statusDay) }),
          msg('check.welfare.afterDeathFix'),
        );
        suppressed.add('status');
      }
      judge(
        ctx,
        w,
        benefit,
        member,
        member ? memberState(member, deposits, settings, w.day) : null,
        list.slice(0, i),
        suppressed,
      );
    }
  }
}

/** 'm:<id>' for a member, 'p:<project>' for a community project, null when neither is given. */
function payeeKey(w: WelfarePayment, benefit: Benefit | undefined): string | null {
  if (benefit && benefit.payee === 'project') {
    const p = w.project.trim() || w.memberId;
    return p === '' ? null : 'p:' + p;
  }
  if (w.memberId !== '') return 'm:' + w.memberId;
  return null;
}

function judge(
  ctx: CheckContext,
  w: WelfarePayment,
  benefit: Benefit,
  member: Member | null,
  state: ReturnType<typeof memberState> | null,
  history: WelfarePayment[],
  suppressed: Set<string>,
): void {
  const result = eligibility({
    member,
    state,
    benefit,
    day: w.day!,
    units: w.units ?? 1,
    history,
    settings: ctx.settings,
    amount: w.amount,
  });
  const override = w.overrideReason.trim();
  const failed = result.reasons.filter((r) => !r.ok && !suppressed.has(r.code));
  // One finding per kind and row (reasons without a kind of their own share 'other').
  const seen = new Set<string>();
  for (const r of failed) {
    const kind = reasonFinding(r).code;
    if (seen.has(kind)) continue;
    seen.add(kind);
    notEligible(ctx, w, r, override);
  }
  // The amount is compared only when the rules allow the payment at all (otherwise the reasons
  // above already say why) and the rules fix it (a committee-set amount is whatever was typed).
  if (result.eligible && w.amount !== null && override === '' && Math.abs(w.amount - result.amount) > 0.005) {
    ctx.add(
      'error',
      'welfare.amount-mismatch',
      'welfare',
      w.row,
      'amount',
      msg('check.welfare.amountMismatch', { amount: formatBaht(w.amount), expected: formatBaht(result.amount) }),
      msg('check.welfare.amountMismatchFix'),
      w.amount,
    );
  }
}

/**
 * One finding per rule broken. With an override reason the committee has recorded why it paid
 * anyway: the finding stays (auditors want to see exceptions) but as a note.
 */
function notEligible(ctx: CheckContext, w: WelfarePayment, r: Reason, override: string): void {
  const finding = reasonFinding(r);
  const message: Text =
    override === ''
      ? {
          th: msg('check.welfare.notEligible', { reason: r.message.th }).th,
          en: msg('check.welfare.notEligible', { reason: r.message.en }).en,
        }
      : {
          th: msg('check.welfare.notEligibleOverride', { reason: r.message.th, override }).th,
          en: msg('check.welfare.notEligibleOverride', { reason: r.message.en, override }).en,
        };
  ctx.add(
    override === '' ? 'error' : 'note',
    finding.code,
    'welfare',
    w.row,
    finding.column,
    message,
    msg('check.welfare.notEligibleFix'),
  );
}
