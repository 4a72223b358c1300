/**
 * The two internal per-member sheets: arrears (who is behind on savings or annual fees, by how
 * many days and baht) and member statements (what each member paid and received). Both take a
 * member's standing from memberState, the one place the paid-through and arrears rules live.
 */
import { DEPOSIT_KINDS } from '../vocabulary';
import { formatDateBE } from '../dates';
import { t, type Lang } from '../i18n';
import { emptyDigest, memberStateOf, type MemberState } from '../memberState';
import type { Member } from '../records';
import type { FundSettings } from '../settings';
import {
  P_EVER,
  P_W_EVER,
  P_W_EVER_CASES,
  P_W_PERIOD,
  P_W_PERIOD_CASES,
  PERSON_STRIDE,
  toBaht,
  toSatang,
  type Aggregates,
} from './aggregate';
import { kindLabel } from './labels';
import { headerOf, titleBlock } from './table';
import type { Cell, CellFormat, SummaryTable } from './types';
import { hasLeftBy } from './roll';

export interface MemberStanding {
  member: Member;
  state: MemberState;
}

/** memberState of every member on the roll, in roll order, each with only their own deposits. */
export function standings(agg: Aggregates, members: Member[], settings: FundSettings): MemberStanding[] {
  const none = emptyDigest();
  return members.map((member) => ({
    member,
    state: memberStateOf(member, agg.paidByMember.get(member.memberId) ?? none, settings, agg.period.asOf),
  }));
}

function statusLabel(s: MemberState['status'], lang: Lang): string {
  return t(`sum.status.${s}`, lang);
}

const day = (d: number | null) => (d === null ? '' : formatDateBE(d));

const ARREARS_FORMAT: CellFormat[] = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'int',
  'money',
  'text',
  'money',
  'money',
  'money',
];

export function arrearsTable(
  agg: Aggregates,
  list: MemberStanding[],
  settings: FundSettings,
  lang: Lang,
): SummaryTable {
  const header = headerOf(lang, [
    'sum.col.memberId',
    'sum.col.name',
    'sum.col.village',
    'sum.col.joinDate',
    'sum.col.status',
    'sum.col.paidThrough',
    'sum.col.savingsDays',
    'sum.col.savingsBaht',
    'sum.col.feeYears',
    'sum.col.feeBaht',
    'sum.col.entryBaht',
    'sum.col.owed',
  ]);
  const rows: Cell[][] = [];
  const behind = list
    .filter(
      ({ member: m, state: s }) =>
        // Still a member by the roll (a lapse computed from arrears keeps them on the list).
        !hasLeftBy(m, agg.period.asOf) &&
        s.status !== 'unknown' &&
        s.status !== 'not_joined' &&
        s.savingsArrearsBaht + s.annualFeeArrearsBaht + s.entryFeeArrearsBaht > 0,
    )
    .map((x) => ({
      ...x,
      owed:
        toSatang(x.state.savingsArrearsBaht) +
        toSatang(x.state.annualFeeArrearsBaht) +
        toSatang(x.state.entryFeeArrearsBaht),
    }))
    .sort(
      (a, b) =>
        b.owed - a.owed || b.state.savingsArrearsDays - a.state.savingsArrearsDays || a.member.row - b.member.row,
    );
  const tot = new Float64Array(4);
  for (const { member: m, state: s, owed } of behind) {
    tot[0] += toSatang(s.savingsArrearsBaht);
    tot[1] += toSatang(s.annualFeeArrearsBaht);
    tot[2] += toSatang(s.entryFeeArrearsBaht);
    tot[3] += owed;
    rows.push([
      m.memberId,
      m.name,
      m.village,
      day(m.joinDay),
      statusLabel(s.status, lang),
      day(s.savingsPaidThrough),
      s.savingsArrearsDays,
      s.savingsArrearsBaht,
      s.annualFeeYearsMissing.join(', '),
      s.annualFeeArrearsBaht,
      s.entryFeeArrearsBaht,
      toBaht(owed),
    ]);
  }
  rows.push([
    t('sum.row.total', lang),
    String(behind.length),
    '',
    '',
    '',
    '',
    '',
    toBaht(tot[0]),
    '',
    toBaht(tot[1]),
    toBaht(tot[2]),
    toBaht(tot[3]),
  ]);
  return {
    key: 'arrears',
    sheetName: t('sum.sheet.arrears', 'th'),
    internal: true,
    blocks: [
      titleBlock('sum.sheet.arrears', settings, agg.period, lang),
      { title: t('sum.internal', lang), header, rows, formats: ARREARS_FORMAT, boldRows: [rows.length - 1] },
    ],
    columnWidths: [90, 180, 120, 95, 140, 110, 90, 100, 130, 100, 100, 110],
    charts: [],
  };
}

const STATEMENT_FORMAT: CellFormat[] = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'money',
  'money',
  'money',
  'money',
  'text',
  'int',
  'money',
  'int',
  'money',
];

export function statementsTable(
  agg: Aggregates,
  list: MemberStanding[],
  settings: FundSettings,
  lang: Lang,
): SummaryTable {
  const header = [
    t('sum.col.memberId', lang),
    t('sum.col.name', lang),
    t('sum.col.village', lang),
    t('sum.col.joinDate', lang),
    t('sum.col.status', lang),
    kindLabel('entry_fee', lang),
    kindLabel('annual_fee', lang),
    kindLabel('savings', lang),
    t('sum.col.totalPaid', lang),
    t('sum.col.paidThrough', lang),
    t('sum.col.wPeriodCases', lang),
    t('sum.col.wPeriodBaht', lang),
    t('sum.col.wEverCases', lang),
    t('sum.col.wEverBaht', lang),
  ];
  const rows: Cell[][] = [];
  const zero = new Float64Array(PERSON_STRIDE);
  const seen = new Set<string>();
  for (const { member: m, state: s } of list) {
    // A duplicated id is one person's money: show it once, on the first row (the checks flag the copy).
    const p = seen.has(m.memberId) ? zero : (agg.persons.get(m.memberId) ?? zero);
    seen.add(m.memberId);
    const byKind = DEPOSIT_KINDS.map((_, k) => p[P_EVER + k]);
    const paid = byKind.reduce((a, b) => a + b, 0);
    rows.push([
      m.memberId,
      m.name,
      m.village,
      day(m.joinDay),
      statusLabel(s.status, lang),
      ...byKind.map(toBaht),
      toBaht(paid),
      day(s.savingsPaidThrough),
      p[P_W_PERIOD_CASES],
      toBaht(p[P_W_PERIOD]),
      p[P_W_EVER_CASES],
      toBaht(p[P_W_EVER]),
    ]);
  }
  return {
    key: 'statements',
    sheetName: t('sum.sheet.statements', 'th'),
    internal: true,
    blocks: [
      titleBlock('sum.sheet.statements', settings, agg.period, lang),
      { title: t('sum.internal', lang), header, rows, formats: STATEMENT_FORMAT },
    ],
    columnWidths: [90, 180, 120, 95, 140, 100, 100, 110, 110, 110, 90, 110, 90, 110],
    charts: [],
  };
}
