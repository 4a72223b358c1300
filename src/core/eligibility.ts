/**
 * The fund's benefit rules as one self-explaining function: every rule that applies adds a
 * reason (passed ones too), so the sidebar shows a checklist and the checks and summaries say
 * the same thing (docs/DESIGN.md §5).
 *
 * Order of the checklist: benefit in use, units, then for member benefits status (or, for a
 * benefit paid on death, the death), waiting period, arrears, age, tier; then the amount and the
 * caps per event / fiscal year / lifetime (baht and times). A benefit paid on death is judged at
 * the date of death (waiting period, tier and age run to that day; the state's arrears stop
 * there). Amount = min(units, max units) × baht per unit, or the tier's amount, or the
 * committee's typed amount; then reduced to what the caps leave, with a reason saying so.
 * Reversals (negative amounts) in the history count against the caps as they are.
 * A committee-set amount that has not been typed yet leaves eligible true with amount 0 and a
 * reason asking for it, so the form can show the checklist before the amount is known.
 */
import { fiscalYearOf, formatDateBE, yearsBetween } from './dates';
import type { DayNumber } from './dates';
import { textWith } from './findings';
import { text } from './i18n';
import type { Text } from './i18n';
import { formatBaht } from './parse';
import type { MemberState } from './memberState';
import type { Member, WelfarePayment } from './records';
import type { ReasonCode } from './vocabulary';
import type { Benefit, BenefitFlag, BenefitLimit, FundSettings } from './settings';
import { formatSatang, toBaht, toSatang, type Satang } from './money';

export interface Reason {
  /**
   * A line of the checklist (`REASONS`, src/core/vocabulary.ts), or the benefit field a newer
   * rule checks (src/core/settings/benefitTable.ts), which the check report counts as 'other'.
   */
  code: ReasonCode | BenefitLimit | BenefitFlag;
  ok: boolean;
  message: Text;
}

export interface EligibilityInput {
  member: Member | null;
  state: MemberState | null;
  benefit: Benefit;
  day: DayNumber;
  units: number;
  /** This member's (or this project's) earlier payments; other benefits' rows are ignored. */
  history: WelfarePayment[];
  settings: FundSettings;
  /** The amount typed on the form, used when the committee sets the amount (amountPerUnit null). */
  amount?: number | null;
}

export interface Eligibility {
  eligible: boolean;
  amount: number;
  reasons: Reason[];
}

const b = formatBaht;
const s = formatSatang;

type CapParams = { used: string; cap: string; left: string; from: string };
type CapTexts = { used: Text; reduced: Text; ok: Text };

function ageBounds(min: number | null, max: number | null): Text {
  if (min !== null && max !== null) return text('bounds.both', { min, max });
  if (min !== null) return text('bounds.min', { min });
  return text('bounds.max', { max: max as number });
}

export function eligibility(input: EligibilityInput): Eligibility {
  const { member, state, benefit, day, units, history, settings } = input;
  const reasons: Reason[] = [];
  const add = (code: Reason['code'], ok: boolean, message: Text) => reasons.push({ code, ok, message });

  add(
    'benefit',
    benefit.active,
    text(benefit.active ? 'elig.benefitActive' : 'elig.benefitInactive', { name: benefit.name }),
  );

  let u = units;
  const unitName = benefit.unit || '';
  if (!Number.isInteger(units) || units < 1) {
    add('units', false, text('elig.unitsInvalid', { units: String(units) }));
    u = 0;
  } else if (benefit.maxUnitsPerEvent !== null && units > benefit.maxUnitsPerEvent) {
    u = benefit.maxUnitsPerEvent;
    add('units', true, text('elig.unitsReduced', { units, max: u, unit: unitName }));
  }

  let tierAmount: number | null = null;
  if (benefit.payee === 'project') {
    add('project', true, text('elig.project'));
  } else if (!member) {
    add('member', false, text('elig.noMember'));
  } else if (!state) {
    add('member', false, text('elig.noState'));
  } else {
    // The day the member's rights are judged on: the death for a benefit paid on death.
    let at = day;
    if (benefit.onDeath) {
      if (member.status !== 'deceased') add('status', false, text('elig.notDeceased'));
      else if (member.statusDay === null) add('status', false, text('elig.deathDateMissing'));
      else if (member.statusDay > day) {
        add(
          'status',
          false,
          text('elig.claimBeforeDeath', { day: formatDateBE(day), date: formatDateBE(member.statusDay) }),
        );
      } else {
        add('status', true, text('elig.deceasedOk', { date: formatDateBE(member.statusDay), day: formatDateBE(day) }));
        at = member.statusDay;
      }
    } else if (state.status === 'active' || state.status === 'suspended') {
      add('status', true, textWith('elig.statusOk', {}, { status: text('status.active') }));
    } else {
      add('status', false, textWith('elig.statusFail', {}, { status: state.statusReason }));
    }

    const join = member.joinDay;
    if (join !== null && benefit.waitingDays !== null && benefit.waitingDays > 0) {
      const days = at - join;
      const need = benefit.waitingDays;
      if (days >= need) add('waiting', true, text('elig.waitingOk', { days, need }));
      else
        add(
          'waiting',
          false,
          text('elig.waitingFail', { days: Math.max(0, days), need, date: formatDateBE(join + need) }),
        );
    }

    if (benefit.onDeath) {
      // Paid up at the time of death? (memberState stops accrual at the death date.)
      if (settings.savingsPerDay > 0 && state.savingsArrearsDays > settings.suspendAfterArrearsDays) {
        add(
          'arrears',
          false,
          text('state.suspendedSavings', {
            days: state.savingsArrearsDays,
            baht: b(state.savingsArrearsBaht),
            limit: settings.suspendAfterArrearsDays,
          }),
        );
      } else if (state.annualFeeYearsMissing.length > 0) {
        add(
          'arrears',
          false,
          text('state.suspendedAnnualFee', {
            years: state.annualFeeYearsMissing.join(', '),
            baht: b(state.annualFeeArrearsBaht),
          }),
        );
      } else add('arrears', true, text('elig.arrearsOk'));
    } else if (state.status === 'suspended') {
      add('arrears', false, state.statusReason);
    } else if (state.status === 'active') {
      add('arrears', true, text('elig.arrearsOk'));
    }

    if (benefit.minAge !== null || benefit.maxAge !== null) {
      const bounds = ageBounds(benefit.minAge, benefit.maxAge);
      if (member.birthDay === null) add('age', false, textWith('elig.ageUnknown', {}, { bounds }));
      else {
        const age = yearsBetween(member.birthDay, at);
        const inside =
          (benefit.minAge === null || age >= benefit.minAge) && (benefit.maxAge === null || age <= benefit.maxAge);
        add('age', inside, textWith(inside ? 'elig.ageOk' : 'elig.ageFail', { age }, { bounds }));
      }
    }

    if (benefit.tiers.length > 0 && join !== null) {
      const years = Math.max(0, yearsBetween(join, at));
      let tier = null;
      for (const t of benefit.tiers) if (t.years <= years) tier = t;
      if (tier === null) add('tier', false, text('elig.tierBelow', { years, first: benefit.tiers[0].years }));
      else {
        tierAmount = tier.amount;
        add('tier', true, text('elig.tier', { years, tierYears: tier.years, amount: b(tier.amount) }));
      }
    }
  }

  // The amount and the caps are counted in satang; the result is baht for the form.
  let amount: Satang = 0;
  let awaitingCommittee = false;
  if (benefit.tiers.length > 0 && benefit.payee === 'member') {
    amount = tierAmount === null ? 0 : toSatang(tierAmount);
  } else if (benefit.amountPerUnit !== null) {
    amount = u * toSatang(benefit.amountPerUnit);
    add(
      'amount',
      true,
      text('elig.amountUnits', { units: u, unit: unitName, per: b(benefit.amountPerUnit), total: s(amount) }),
    );
  } else if (input.amount !== undefined && input.amount !== null && input.amount > 0) {
    amount = toSatang(input.amount);
    add('amount', true, text('elig.amountCommittee', { amount: s(amount) }));
  } else {
    awaitingCommittee = true;
    add('amount', true, text('elig.amountCommitteeMissing'));
  }

  const same = history.filter((p) => p.benefit === benefit.code && p.day !== null && p.day <= day && p.amount !== null);

  if (benefit.capPerEvent !== null) {
    const cap = toSatang(benefit.capPerEvent);
    if (amount > cap) {
      add('cap-event', true, text('elig.capEventReduced', { from: s(amount), cap: s(cap) }));
      amount = cap;
    } else add('cap-event', true, text('elig.capEventOk', { cap: s(cap) }));
  }

  // A cap on what was paid before: nothing left refuses the claim, else the amount is brought
  // down to what is left. `used` is in satang.
  const capBy = (code: 'cap-year' | 'cap-lifetime', capBaht: number, used: Satang, say: (p: CapParams) => CapTexts) => {
    const cap = toSatang(capBaht);
    const left = Math.max(0, cap - used);
    const texts = say({ used: s(used), cap: s(cap), left: s(left), from: s(amount) });
    if (left <= 0) add(code, false, texts.used);
    else if (amount > left) {
      add(code, true, texts.reduced);
      amount = left;
    } else add(code, true, texts.ok);
  };

  if (benefit.capPerYear !== null) {
    const sm = settings.fiscalYearStartMonth;
    const year = fiscalYearOf(day, sm);
    let used = 0;
    for (const p of same) if (fiscalYearOf(p.day as DayNumber, sm) === year) used += toSatang(p.amount as number);
    capBy('cap-year', benefit.capPerYear, used, (p) => ({
      used: text('elig.capYearUsed', { year, ...p }),
      reduced: text('elig.capYearReduced', { year, ...p }),
      ok: text('elig.capYearOk', { year, ...p }),
    }));
  }

  if (benefit.capLifetime !== null) {
    let used = 0;
    for (const p of same) used += toSatang(p.amount as number);
    capBy('cap-lifetime', benefit.capLifetime, used, (p) => ({
      used: text('elig.capLifetimeUsed', p),
      reduced: text('elig.capLifetimeReduced', p),
      ok: text('elig.capLifetimeOk', p),
    }));
  }

  if (benefit.maxTimesLifetime !== null) {
    // A reversal (negative amount) cancels one earlier payment.
    let times = 0;
    for (const p of same) times += (p.amount as number) > 0 ? 1 : (p.amount as number) < 0 ? -1 : 0;
    times = Math.max(0, times);
    const max = benefit.maxTimesLifetime;
    add('times-lifetime', times < max, text(times < max ? 'elig.timesOk' : 'elig.timesUsed', { times, max }));
  }

  amount = Math.max(0, amount);
  let eligible = reasons.every((r) => r.ok);
  if (eligible && amount <= 0 && !awaitingCommittee) {
    add('amount-zero', false, text('elig.noAmount'));
    eligible = false;
  }
  return { eligible, amount: eligible ? toBaht(amount) : 0, reasons };
}
