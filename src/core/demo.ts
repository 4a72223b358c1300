/**
 * A realistic demo fund, generated from a seed (no Math.random: same seed and dates, same book).
 *
 * Modelled on the seeds (Ban Don Chai, docs/DOMAIN.md): a one-baht-a-day fund founded on
 * 15 Aug 2545 with about 60 founders, growing to about 300 members over six villages; entry fee
 * once, the annual fee every fiscal year (October), savings paid monthly on the village's
 * collection day, yearly in October, or irregularly; some members fall behind, resign, die or
 * lapse. The fund ledger holds matching money from the sub-district (อบต.) and from the state
 * via CODI (พอช.) from 2553 (the 1:1:1 matching policy), donations, bank interest, admin costs.
 * Welfare follows DEFAULT_BENEFITS (waiting periods, caps, tiers, arrears), so a correct book
 * has nothing for the checks to find, except these planted mistakes (PLANTED below):
 *   1. members   bad national-id checksum (last digit off by one)
 *   2. members   the same national id on two members
 *   3. members   an impossible join date typed as text ("31/2/<the year they joined>")
 *   4. deposits  a receipt number used twice
 *   5. deposits  a date typed as text with a two-digit year ("5/3/61")
 *   6. deposits  an amount typed as text ("1,000 บาท")
 *   7. deposits  a member id that is on no member
 *   8. deposits  savings dated before the member joined
 *   9. deposits  the entry fee paid a second time
 *  10. welfare   a second death benefit for the same member
 *  11. welfare   sickness paid during the waiting period
 *  12. welfare   more nights than the per-event maximum (12 > 10)
 *  13. welfare   sickness paid after the member's death
 * Names, ids, phones and addresses are invented (national ids have valid checksums, except
 * mistake 1); any likeness to a real person is chance.
 */
import { dayFromYMD, ymdFromDay, BE_OFFSET, type DayNumber } from './dates';
import type { Lang } from './i18n';
import { CHOICES, SHEETS, type RecordSheetKey } from './schema';
import { benefitRows, DEFAULT_BENEFITS, type Benefit } from './settings';
import { makeLedger, numberBy, payDeposits, payWelfare, type AddWelfare } from './demo/money';
import {
  collectionDayIn,
  COMMITTEE,
  FOUNDED,
  FUND_NAME,
  makeMembers,
  pad,
  PLACE,
  Rng,
  treasurerFor,
  VILLAGES,
  type Person,
} from './demo/people';

import type { DemoRecord, DemoValue } from './demo/types';

export type { DemoRecord };

export interface PlantedMistake {
  /** Stable id, e.g. 'deposit.duplicate-receipt'. */
  id: string;
  sheet: RecordSheetKey;
  /** 1-based sheet row (row 1 is the header). */
  row: number;
  column: string;
  /** For developers and tests (English). */
  what: string;
  /** Rows of the same sheet the mistake also concerns (the first of a pair), which a check may point at too. */
  relatedRows: number[];
}

export interface DemoOptions {
  seed?: number;
  /** Last day of the demo's records (default DEMO_UNTIL, so the book is the same every day). */
  until?: DayNumber;
  /** Language of the choice labels and benefit names (the same as set-up writes). */
  lang?: Lang;
}

export interface DemoFund {
  fundName: string;
  place: string;
  foundedDay: DayNumber;
  untilDay: DayNumber;
  villages: string[];
  members: DemoRecord[];
  deposits: DemoRecord[];
  welfare: DemoRecord[];
  ledger: DemoRecord[];
  mistakes: PlantedMistake[];
}

export const DEMO_SEED = 2545;
/** 30 Sep 2569 (end of fiscal year 2569). */
export const DEMO_UNTIL: DayNumber = dayFromYMD(2026, 9, 30)!;

// ----------------------------------------------------------------- the generator

export function generateDemoFund(options: DemoOptions = {}): DemoFund {
  const rng = new Rng(options.seed ?? DEMO_SEED);
  const until = options.until ?? DEMO_UNTIL;
  const lang = options.lang ?? 'th';
  const label = (list: keyof typeof CHOICES, code: string): string => {
    const c = CHOICES[list].find((x) => x.code === code)!;
    return lang === 'th' ? c.th : c.en;
  };
  const nameAt = SHEETS.benefits.columns.findIndex((c) => c.key === 'name');
  const rows = benefitRows(lang);
  const benefitNames = new Map(DEFAULT_BENEFITS.map((b, i) => [b.code, String(rows[i][nameAt])]));
  const benefit = (code: string): Benefit => DEFAULT_BENEFITS.find((b) => b.code === code)!;

  const people = makeMembers(rng, until);
  for (const p of people) p.rec.status = label('memberStatus', String(p.rec.status));
  const deposits: DemoRecord[] = [];
  const depositKindOrder: Record<string, number> = { entry_fee: 0, annual_fee: 1, savings: 2 };
  const addDeposit = (
    day: DayNumber,
    p: Person,
    kind: 'entry_fee' | 'annual_fee' | 'savings',
    amount: DemoValue,
    yearCovered: number | null,
  ) => {
    deposits.push({
      receiptNo: null,
      date: day,
      memberId: p.id,
      kind: label('depositKind', kind),
      amount,
      yearCovered,
      recordedBy: treasurerFor(day),
      note: null,
      _order: depositKindOrder[kind],
    });
  };
  for (const p of people) payDeposits(rng, p, until, addDeposit);

  const welfare: DemoRecord[] = [];
  const addWelfare: AddWelfare = (day, code, memberId, project, units, amount, note) => {
    welfare.push({
      voucherNo: null,
      date: day,
      memberId,
      project,
      benefit: benefitNames.get(code)!,
      units,
      amount,
      approvedBy: COMMITTEE,
      note,
      overrideReason: null,
    });
  };
  payWelfare(rng, people, until, benefit, addWelfare);

  const ledger = makeLedger(rng, deposits, until, (code) => label('ledgerKind', code));

  // ---- planted mistakes (see the list at the top); rows are found by identity after sorting
  type Planted = Omit<PlantedMistake, 'row' | 'relatedRows'> & { related: DemoRecord[] };
  const planted = new Map<DemoRecord, Planted>();
  const plant = (rec: DemoRecord, m: Omit<Planted, 'related'>, related: DemoRecord[] = []) =>
    planted.set(rec, { ...m, related });
  // Each mistake goes to a different member; a seed whose book has no fitting member skips it.
  const used = new Set<Person>();
  const fresh = (ok: (p: Person) => boolean): Person | undefined => {
    const list = people.filter((x) => !used.has(x) && ok(x));
    const p = list.length > 0 ? list[Math.floor(rng.next() * list.length)] : undefined;
    if (p) used.add(p);
    return p;
  };
  const withId = (p: Person) => typeof p.rec.nationalId === 'string' && p.rec.nationalId !== '';

  // 1. bad checksum
  const m1 = fresh((p) => withId(p) && p.fate === 'active');
  if (m1) {
    const nid = String(m1.rec.nationalId);
    m1.rec.nationalId = nid.slice(0, 12) + ((Number(nid[12]) + 1) % 10);
    plant(m1.rec, {
      id: 'member.nid-checksum',
      sheet: 'members',
      column: 'nationalId',
      what: 'national id with a wrong check digit',
    });
  }
  // 2. same national id on two members
  const m2a = fresh((p) => withId(p));
  // (a later member, so the checks point at the copy, not at the first holder)
  const m2b = m2a && fresh((p) => withId(p) && p.village !== m2a.village && p.id > m2a.id);
  if (m2a && m2b) {
    m2b.rec.nationalId = m2a.rec.nationalId;
    plant(
      m2b.rec,
      {
        id: 'member.nid-duplicate',
        sheet: 'members',
        column: 'nationalId',
        what: `national id also on member ${m2a.id}`,
      },
      [m2a.rec],
    );
  }
  // 3. impossible join date typed as text
  // (a member with no welfare: a claim needs the join date, so it would be a second finding)
  const claimed = new Set(welfare.map((w) => w.memberId));
  const m3 = fresh((p) => p.fate === 'active' && p.joinDay > FOUNDED && !claimed.has(p.id));
  if (m3) {
    m3.rec.joinDate = `31/2/${ymdFromDay(m3.joinDay).y + BE_OFFSET}`;
    plant(m3.rec, {
      id: 'member.join-date-impossible',
      sheet: 'members',
      column: 'joinDate',
      what: `join date ${m3.rec.joinDate} does not exist`,
    });
  }

  // 7. unknown member id
  const ghost = { ...people[0], id: pad(people.length + 57, 4) } as Person;
  const d7day = until - rng.int(30, 200);
  addDeposit(collectionDayIn(ymdFromDay(d7day).y, ymdFromDay(d7day).m, 10), ghost, 'savings', 30, null);
  plant(deposits[deposits.length - 1], {
    id: 'deposit.unknown-member',
    sheet: 'deposits',
    column: 'memberId',
    what: `member id ${ghost.id} is on no member`,
  });
  // 8. savings before joining
  const m8 = fresh((p) => p.joinDay > FOUNDED + 400 && p.fate === 'active' && p.habit === 'monthly');
  if (m8) {
    addDeposit(m8.joinDay - 20, m8, 'savings', 20, null);
    plant(deposits[deposits.length - 1], {
      id: 'deposit.before-join',
      sheet: 'deposits',
      column: 'date',
      what: `savings of ${m8.id} dated 20 days before joining`,
    });
  }
  // 9. entry fee twice
  const m9 = fresh((p) => p.fate === 'active' && p.joinDay + 400 < until && p.habit === 'monthly');
  if (m9) {
    const year = ymdFromDay(m9.joinDay + 365);
    const entryFee = label('depositKind', 'entry_fee');
    const first = deposits.find((d) => d.memberId === m9.id && d.kind === entryFee)!;
    addDeposit(collectionDayIn(year.y, year.m, m9.village.collectionDay), m9, 'entry_fee', 50, null);
    plant(
      deposits[deposits.length - 1],
      { id: 'deposit.entry-fee-twice', sheet: 'deposits', column: 'kind', what: `second entry fee for ${m9.id}` },
      [first],
    );
  }
  // 6. amount typed as text (a catch-up payment)
  const m6 = fresh((p) => p.fate === 'active' && p.habit === 'irregular' && p.joinDay + 800 < until);
  if (m6) {
    const month = ymdFromDay(until - 120);
    addDeposit(collectionDayIn(month.y, month.m, m6.village.collectionDay), m6, 'savings', '1,000 บาท', null);
    plant(deposits[deposits.length - 1], {
      id: 'deposit.amount-text',
      sheet: 'deposits',
      column: 'amount',
      what: 'amount typed as text "1,000 บาท"',
    });
  }

  // 10. second death benefit
  const deathName = benefitNames.get('death')!;
  const deathRows = welfare.filter((w) => w.benefit === deathName);
  if (deathRows.length > 0) {
    const firstDeath = deathRows[Math.floor(rng.next() * deathRows.length)];
    const again = { ...firstDeath, date: Number(firstDeath.date) + 14 };
    welfare.push(again);
    plant(
      again,
      {
        id: 'welfare.death-twice',
        sheet: 'welfare',
        column: 'benefit',
        what: `second death benefit for ${firstDeath.memberId}`,
      },
      [firstDeath],
    );
  }
  // 11. sickness during the waiting period
  const m11 = fresh((p) => p.fate === 'active' && p.joinDay > FOUNDED + 1000 && p.joinDay + 40 < until);
  if (m11) {
    addWelfare(m11.joinDay + 40, 'sickness', m11.id, null, 2, 200, null);
    plant(welfare[welfare.length - 1], {
      id: 'welfare.waiting-period',
      sheet: 'welfare',
      column: 'date',
      what: `sickness paid 40 days after ${m11.id} joined (wait 180)`,
    });
  }
  // 12. more nights than allowed per event
  const m12 = fresh((p) => p.fate === 'active' && p.habit === 'yearly' && p.joinDay + 800 < until);
  if (m12) {
    addWelfare(until - rng.int(20, 60), 'sickness', m12.id, null, 12, 1200, null);
    plant(welfare[welfare.length - 1], {
      id: 'welfare.units-over-max',
      sheet: 'welfare',
      column: 'units',
      what: '12 nights when at most 10 per event',
    });
  }
  // 13. sickness after death
  const m13 = fresh((p) => p.fate === 'deceased' && p.statusDay !== null && p.statusDay + 60 < until);
  if (m13 && m13.statusDay !== null) {
    addWelfare(m13.statusDay + rng.int(20, 50), 'sickness', m13.id, null, 3, 300, null);
    plant(welfare[welfare.length - 1], {
      id: 'welfare.after-death',
      sheet: 'welfare',
      column: 'date',
      what: `sickness paid after ${m13.id} died`,
    });
  }

  // ---- sort, number, then the mistakes that change a numbered row in place
  deposits.sort(
    (a, b) =>
      Number(a.date) - Number(b.date) ||
      String(a.memberId).localeCompare(String(b.memberId)) ||
      Number(a._order) - Number(b._order),
  );
  numberBy(deposits, 'receiptNo', (fy, n) => `${fy}/${pad(n, 4)}`);
  for (const d of deposits) delete d._order;
  welfare.sort(
    (a, b) => Number(a.date) - Number(b.date) || String(a.memberId ?? '').localeCompare(String(b.memberId ?? '')),
  );
  numberBy(welfare, 'voucherNo', (fy, n) => `${fy}/${pad(n, 3)}`);

  // 4. a receipt number used twice (copied from the row above)
  const savingsLabel = label('depositKind', 'savings');
  const i4 = findIndexFrom(
    deposits,
    Math.floor(deposits.length * 0.6),
    (d) => d.kind === savingsLabel && !planted.has(d),
  );
  deposits[i4].receiptNo = deposits[i4 - 1].receiptNo;
  plant(
    deposits[i4],
    {
      id: 'deposit.duplicate-receipt',
      sheet: 'deposits',
      column: 'receiptNo',
      what: `receipt ${deposits[i4].receiptNo} used twice`,
    },
    [deposits[i4 - 1]],
  );
  // 5. a date typed as text with a two-digit year
  const i5 = findIndexFrom(
    deposits,
    Math.floor(deposits.length * 0.75),
    (d) => d.kind === savingsLabel && !planted.has(d),
  );
  const ymd5 = ymdFromDay(Number(deposits[i5].date));
  deposits[i5].date = `${ymd5.d}/${ymd5.m}/${pad((ymd5.y + BE_OFFSET) % 100, 2)}`;
  plant(deposits[i5], {
    id: 'deposit.two-digit-year',
    sheet: 'deposits',
    column: 'date',
    what: `date typed as "${deposits[i5].date}"`,
  });

  const members = people.map((p) => p.rec);
  const rowsOf = (key: RecordSheetKey, list: DemoRecord[]): PlantedMistake[] => {
    const rowOf = new Map(list.map((rec, i) => [rec, i + 2]));
    return list.flatMap((rec, i) => {
      const m = planted.get(rec);
      if (!m || m.sheet !== key) return [];
      const { related, ...rest } = m;
      return [{ ...rest, row: i + 2, relatedRows: related.map((r) => rowOf.get(r)!) }];
    });
  };
  const mistakes = [...rowsOf('members', members), ...rowsOf('deposits', deposits), ...rowsOf('welfare', welfare)];

  return {
    fundName: FUND_NAME,
    place: PLACE,
    foundedDay: FOUNDED,
    untilDay: until,
    villages: VILLAGES.map((v) => v.name),
    members,
    deposits,
    welfare,
    ledger,
    mistakes,
  };
}

function findIndexFrom(list: DemoRecord[], from: number, ok: (r: DemoRecord) => boolean): number {
  for (let i = Math.max(1, from); i < list.length; i++) if (ok(list[i])) return i;
  throw new Error('demo: no row to plant a mistake in');
}
