import { formatDateBE } from '../../src/core/dates';
import { eligibility } from '../../src/core/eligibility';
import type { EligibilityInput, Reason } from '../../src/core/eligibility';
import { memberState } from '../../src/core/memberState';
import type { Member, WelfarePayment } from '../../src/core/records';
import { defaultSettings } from '../../src/core/settings';
import type { Benefit } from '../../src/core/settings';
import { D, deposit, member, payment } from './helpers';

const settings = defaultSettings();
const benefit = (code: string, over: Partial<Benefit> = {}): Benefit => ({
  ...settings.benefits.find((b) => b.code === code)!,
  ...over,
});

const JOIN = D(2020, 1, 1);
/** Savings and every annual fee paid far ahead: never in arrears before 2030. */
const paidAhead = [
  deposit(JOIN, 'entry_fee', 50),
  deposit(JOIN, 'savings', 4000),
  ...[2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570].map((y) => deposit(JOIN, 'annual_fee', 50, y)),
];

function run(
  code: string | Benefit,
  opts: {
    m?: Member | null;
    day?: number;
    units?: number;
    history?: WelfarePayment[];
    amount?: number;
    deps?: typeof paidAhead;
    stateDay?: number;
  } = {},
) {
  const b = typeof code === 'string' ? benefit(code) : code;
  const m = opts.m === undefined ? member({ joinDay: JOIN, birthDay: D(1970, 6, 1) }) : opts.m;
  const day = opts.day ?? D(2024, 6, 1);
  const state = m ? memberState(m, opts.deps ?? paidAhead, settings, opts.stateDay ?? day) : null;
  const input: EligibilityInput = {
    member: m,
    state,
    benefit: b,
    day,
    units: opts.units ?? 1,
    history: opts.history ?? [],
    settings,
    amount: opts.amount,
  };
  return eligibility(input);
}

const reason = (r: { reasons: Reason[] }, code: string) => {
  const found = r.reasons.filter((x) => x.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('a plain claim lists every rule that applies', () => {
  test('sickness visit, 3 nights: 300 baht, with a checklist of passed rules', () => {
    const r = run('sickness', { units: 3 });
    expect(r).toMatchObject({ eligible: true, amount: 300 });
    expect(r.reasons.map((x) => x.code)).toEqual(['benefit', 'status', 'waiting', 'arrears', 'amount', 'cap-year']);
    expect(r.reasons.every((x) => x.ok)).toBe(true);
    expect(reason(r, 'amount').message.th).toBe('3 คืน × 100 บาท = 300 บาท');
    for (const x of r.reasons) {
      expect(x.message.th).not.toBe('');
      expect(x.message.en).not.toBe('');
    }
  });
});

describe('benefit and units', () => {
  test('a benefit switched off is not paid', () => {
    const r = run(benefit('newborn', { active: false }));
    expect(r.eligible).toBe(false);
    expect(reason(r, 'benefit').ok).toBe(false);
  });

  test.each([0, -1, 1.5])('units %p are refused', (units) => {
    const r = run('newborn', { units });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'units').ok).toBe(false);
  });

  test('units above the maximum per event are reduced, and the reason says so', () => {
    const r = run('sickness', { units: 12 });
    expect(r).toMatchObject({ eligible: true, amount: 1000 });
    const u = reason(r, 'units');
    expect(u.ok).toBe(true);
    expect(u.message.th).toContain('12');
    expect(u.message.th).toContain('10');
  });

  test('two children: 2 × 500', () => {
    expect(run('newborn', { units: 2 })).toMatchObject({ eligible: true, amount: 1000 });
  });
});

describe('member status', () => {
  test('no member', () => {
    const r = run('newborn', { m: null });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'member').ok).toBe(false);
  });

  test('no member state', () => {
    const m = member({ joinDay: JOIN });
    const r = eligibility({
      member: m,
      state: null,
      benefit: benefit('newborn'),
      day: D(2024, 6, 1),
      units: 1,
      history: [],
      settings,
    });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'member').ok).toBe(false);
  });

  test.each<[Partial<Member>, string]>([
    [{ status: 'resigned', statusDay: D(2023, 1, 1) }, 'ลาออก'],
    [{ status: 'lapsed', statusDay: D(2023, 1, 1) }, 'พ้นสภาพ'],
    [{ status: 'deceased', statusDay: D(2024, 5, 1) }, 'เสียชีวิต'],
    [{ joinDay: null }, 'วันที่สมัคร'],
    [{ joinDay: D(2024, 7, 1) }, 'ยังไม่เป็นสมาชิก'],
  ])('%p is not entitled', (fields, th) => {
    const r = run('sickness', { m: member({ joinDay: JOIN, ...fields }) });
    expect(r.eligible).toBe(false);
    expect(r.amount).toBe(0);
    const s = reason(r, 'status');
    expect(s.ok).toBe(false);
    expect(s.message.th).toContain(th);
  });

  test('suspended for savings arrears: still a member, but the arrears rule fails', () => {
    // 120 days behind on 1 Jun 2024: more than the 90 that suspend, fewer than the 365 that lapse.
    const behind = D(2024, 6, 1) - JOIN - 120;
    const deps = [deposit(JOIN, 'savings', behind), ...paidAhead.filter((d) => d.kind === 'annual_fee')];
    const r = run('sickness', { deps });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'status').ok).toBe(true);
    const a = reason(r, 'arrears');
    expect(a.ok).toBe(false);
    expect(a.message.th).toContain('พักสิทธิ์');
    expect(a.message.th).toContain('120 วัน');
  });

  test('more than a year behind: lapsed, the status rule fails', () => {
    const deps = [deposit(JOIN, 'savings', 100), ...paidAhead.filter((d) => d.kind === 'annual_fee')];
    const r = run('sickness', { deps });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'status').message.en).toContain('Lapsed');
  });

  test('an overdue annual fee also fails the arrears rule', () => {
    const deps = paidAhead.filter((d) => !(d.kind === 'annual_fee' && d.yearCovered === 2567));
    const r = run('sickness', { deps });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'arrears').message.en).toContain('2567');
  });
});

describe('waiting period', () => {
  test('not over: not eligible, and the reason gives the first day of entitlement', () => {
    const joined = D(2024, 3, 1);
    const m = member({ joinDay: joined });
    const deps = [deposit(joined, 'savings', 500), deposit(joined, 'annual_fee', 50, 2567)];
    const r = run('newborn', { m, deps, day: D(2024, 6, 1) });
    expect(r.eligible).toBe(false);
    const w = reason(r, 'waiting');
    expect(w.ok).toBe(false);
    expect(w.message.th).toContain(formatDateBE(joined + 270));
    // On the day the 270 days are over, it pays.
    const ok = run('newborn', { m, deps, day: joined + 270 });
    expect(ok.eligible).toBe(true);
    expect(reason(ok, 'waiting').ok).toBe(true);
  });
});

describe('age bounds', () => {
  const aged = benefit('newborn', { minAge: 18, maxAge: 60 });
  test.each<[number, boolean]>([
    [D(1970, 6, 1), true], // 54
    [D(2006, 6, 2), false], // 17 on 1 Jun 2024
    [D(2006, 6, 1), true], // 18 that day
    [D(1963, 6, 1), false], // 61
  ])('born %p: within limits = %p', (birthDay, inside) => {
    const r = run(aged, { m: member({ joinDay: JOIN, birthDay }) });
    expect(reason(r, 'age').ok).toBe(inside);
    expect(r.eligible).toBe(inside);
  });

  test('unknown birth date fails the age rule', () => {
    const r = run(aged, { m: member({ joinDay: JOIN, birthDay: null }) });
    expect(reason(r, 'age').ok).toBe(false);
  });

  test('no bounds, no age reason', () => {
    expect(run('newborn').reasons.some((x) => x.code === 'age')).toBe(false);
  });
});

describe('death benefit: on death, by tiers of membership, once', () => {
  const dead = (diedOn: number, joinDay = JOIN) => member({ joinDay, status: 'deceased', statusDay: diedOn });

  test.each<[number, number]>([
    [D(2020, 8, 1), 3000], // 0 years (after the 180-day wait)
    [D(2021, 1, 1), 6000], // 1 year
    [D(2023, 6, 1), 10000], // 3 years
    [D(2025, 1, 1), 15000], // 5 years
  ])('died on %p: pays %p', (diedOn, amount) => {
    const r = run('death', { m: dead(diedOn), day: diedOn + 7 });
    expect(r).toMatchObject({ eligible: true, amount });
    expect(reason(r, 'status').ok).toBe(true);
    expect(reason(r, 'tier').ok).toBe(true);
    expect(reason(r, 'times-lifetime').ok).toBe(true);
  });

  test('the tier is counted to the death, not to the (later) claim', () => {
    const r = run('death', { m: dead(D(2020, 12, 31)), day: D(2021, 2, 1) });
    expect(r.amount).toBe(3000);
  });

  test('a member who is not recorded as deceased', () => {
    const r = run('death');
    expect(r.eligible).toBe(false);
    expect(reason(r, 'status').message.en).toContain('deceased');
  });

  test('deceased without a date of death', () => {
    const r = run('death', { m: member({ joinDay: JOIN, status: 'deceased', statusDay: null }) });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'status').message.en).toContain('Status date');
  });

  test('a claim dated before the death', () => {
    const r = run('death', { m: dead(D(2024, 6, 10)), day: D(2024, 6, 1), stateDay: D(2024, 6, 10) });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'status').message.en).toContain('before the date of death');
  });

  test('already paid once: the lifetime limit fails; a reversal re-opens it', () => {
    const died = D(2024, 5, 1);
    const paid = payment(D(2024, 5, 10), 'death', 15000);
    const r = run('death', { m: dead(died), history: [paid] });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'times-lifetime').ok).toBe(false);
    const reversed = run('death', { m: dead(died), history: [paid, payment(D(2024, 5, 11), 'death', -15000)] });
    expect(reversed.eligible).toBe(true);
  });

  test('below the first tier: not eligible', () => {
    const b = benefit('death', {
      tiers: [
        { years: 1, amount: 3000 },
        { years: 3, amount: 5000 },
      ],
      waitingDays: null,
    });
    const r = run(b, { m: dead(D(2020, 8, 1)), day: D(2020, 8, 2) });
    expect(r.eligible).toBe(false);
    const t = reason(r, 'tier');
    expect(t.ok).toBe(false);
    expect(t.message.en).toContain('below the first tier');
  });

  test('in arrears at the time of death: not paid', () => {
    const joined = D(2022, 1, 1);
    const deps = [
      deposit(joined, 'savings', 30),
      ...[2565, 2566, 2567].map((y) => deposit(joined, 'annual_fee', 50, y)),
    ];
    const r = run('death', { m: dead(D(2023, 1, 1), joined), deps, day: D(2023, 1, 5) });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'arrears').ok).toBe(false);
  });
});

describe('amounts set by the committee', () => {
  test('education: the typed amount, reduced to the cap per event', () => {
    const r = run('education', { amount: 5000 });
    expect(r).toMatchObject({ eligible: true, amount: 3000 });
    expect(reason(r, 'cap-event').message.th).toContain('ลดจาก 5,000 เหลือ 3,000');
  });

  test('education below the cap is paid as typed', () => {
    const r = run('education', { amount: 2722 });
    expect(r).toMatchObject({ eligible: true, amount: 2722 });
    expect(reason(r, 'cap-event').ok).toBe(true);
  });

  test('no amount typed yet: eligible, amount 0, and a reason asking for it', () => {
    const r = run('education');
    expect(r).toMatchObject({ eligible: true, amount: 0 });
    expect(reason(r, 'amount').message.en).toContain('enter the approved amount');
  });
});

describe('community projects', () => {
  test('paid to a project: no member needed, no member rules', () => {
    const r = run('shop', { m: null, amount: 100000 });
    expect(r).toMatchObject({ eligible: true, amount: 100000 });
    expect(r.reasons.map((x) => x.code)).toEqual(['benefit', 'project', 'amount']);
  });

  test("a project benefit with a rate per unit and a yearly cap counts the project's earlier grants", () => {
    const b = benefit('enterprise', { amountPerUnit: 5000, capPerYear: 20000 });
    const r = run(b, { m: null, units: 3, history: [payment(D(2024, 2, 1), 'enterprise', 10000)] });
    expect(r).toMatchObject({ eligible: true, amount: 10000 });
    expect(reason(r, 'cap-year').message.en).toContain('Reduced from 15,000 to 10,000');
  });
});

describe('caps per fiscal year and per lifetime', () => {
  test('sickness: 1,500 baht already this fiscal year leaves 500', () => {
    const history = [payment(D(2023, 11, 1), 'sickness', 1000), payment(D(2024, 3, 1), 'sickness', 500)];
    const r = run('sickness', { units: 10, history });
    expect(r).toMatchObject({ eligible: true, amount: 500 });
    const c = reason(r, 'cap-year');
    expect(c.ok).toBe(true);
    expect(c.message.th).toContain('2567');
  });

  test('the yearly cap used up: not eligible', () => {
    const r = run('sickness', { history: [payment(D(2023, 10, 1), 'sickness', 2000)] });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'cap-year').ok).toBe(false);
  });

  test('payments of an earlier fiscal year, of other benefits or after the claim do not count', () => {
    const history = [
      payment(D(2023, 9, 30), 'sickness', 2000), // fiscal 2566
      payment(D(2024, 3, 1), 'newborn', 2000),
      payment(D(2024, 7, 1), 'sickness', 2000), // after the claim day
    ];
    expect(run('sickness', { units: 5, history })).toMatchObject({ eligible: true, amount: 500 });
  });

  test('lifetime cap in baht: reduced, then used up', () => {
    const b = benefit('newborn', { capLifetime: 1200 });
    const some = run(b, { units: 2, history: [payment(D(2022, 1, 1), 'newborn', 500)] });
    expect(some).toMatchObject({ eligible: true, amount: 700 });
    expect(reason(some, 'cap-lifetime').message.en).toContain('Reduced from 1,000 to 700');
    const none = run(b, { history: [payment(D(2022, 1, 1), 'newborn', 1200)] });
    expect(none.eligible).toBe(false);
    expect(reason(none, 'cap-lifetime').ok).toBe(false);
  });

  test('lifetime number of times', () => {
    const b = benefit('disabled', { maxTimesLifetime: 2, capPerYear: null });
    const history = [payment(D(2021, 1, 1), 'disabled', 500)];
    const once = run(b, { history });
    expect(once.eligible).toBe(true);
    expect(reason(once, 'times-lifetime').message.en).toContain('1 of at most 2');
    const twice = run(b, { history: [...history, payment(D(2022, 1, 1), 'disabled', 500)] });
    expect(twice.eligible).toBe(false);
  });
});

test('a rate of 0 baht pays nothing and says so', () => {
  const r = run(benefit('newborn', { amountPerUnit: 0 }));
  expect(r).toMatchObject({ eligible: false, amount: 0 });
  expect(reason(r, 'amount-zero').ok).toBe(false);
});
