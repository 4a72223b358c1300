/**
 * The fund's position (ฐานะกองทุน) in the shape of the Ban Don Chai report: members, income by
 * kind, welfare by benefit, expenses, balance; since the start and in the period; plus the ratios
 * a fund needs to stay alive. Figures are baht (numbers); the table is built from the figures.
 */
import { t, type Lang, type LabelKey } from '../i18n';
import { formatBaht } from '../parse';
import type { Member } from '../records';
import { SHEETS } from '../schema';
import type { FundSettings } from '../settings';
import { INCOME_KINDS } from '../vocabulary';
import {
  B_CASES,
  B_SATANG,
  EXPENSE_KINDS,
  M_EXPENSE,
  M_INCOME,
  M_WELFARE,
  M_WELFARE_CASES,
  sumMonths,
  toBaht,
  type Aggregates,
  type ExpenseKind,
  type IncomeKind,
} from './aggregate';
import { kindLabel, benefitOrder } from './labels';
import { monthKey } from './period';
import { rollCounts, type RollCounts } from './roll';
import { titleBlock } from './table';
import type { Cell, CellFormat, SummaryBlock, SummaryTable } from './types';

export interface BenefitLine {
  code: string;
  name: string;
  casesAll: number;
  bahtAll: number;
  casesPeriod: number;
  bahtPeriod: number;
}

export interface FundStatus {
  members: { sinceStart: RollCounts; period: RollCounts };
  income: {
    sinceStart: Record<IncomeKind, number>;
    period: Record<IncomeKind, number>;
    /** Deposits and ledger income whose date or kind cannot be read. */
    unallocated: number;
    totalSinceStart: number;
    totalPeriod: number;
  };
  contributions: { sinceStart: number; period: number };
  welfare: {
    byBenefit: BenefitLine[];
    unallocated: number;
    /** Welfare rows on the not-allocated line (each counts as a case there). */
    unallocatedRows: number;
    casesSinceStart: number;
    casesPeriod: number;
    totalSinceStart: number;
    totalPeriod: number;
  };
  expenses: {
    sinceStart: Record<ExpenseKind, number>;
    period: Record<ExpenseKind, number>;
    unallocated: number;
    totalSinceStart: number;
    totalPeriod: number;
  };
  balance: number;
  netPeriod: number;
  ratios: {
    welfareToContributions: number | null;
    welfareToContributionsPeriod: number | null;
    reserveMonths: number | null;
    adminCostRatio: number | null;
    adminCeiling: number;
    adminOverCeiling: boolean;
  };
}

function byKind<K extends string>(kinds: readonly K[], f: (k: K, i: number) => number): Record<K, number> {
  const out = {} as Record<K, number>;
  kinds.forEach((k, i) => (out[k] = f(k, i)));
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The day "the start of the fund" ends: members who joined on or before it are its founders. */
function foundingDay(members: Member[], settings: FundSettings): number | null {
  if (settings.foundedDay !== null) return settings.foundedDay;
  let min: number | null = null;
  for (const m of members) if (m.joinDay !== null && (min === null || m.joinDay < min)) min = m.joinDay;
  return min;
}

export function fundStatus(agg: Aggregates, members: Member[], settings: FundSettings): FundStatus {
  const { period, months } = agg;
  const pKey = monthKey(period.start);
  // Everything in `months` is on or before the as-of day, so "since start" is every month.
  const incAllS = INCOME_KINDS.map((_, i) => sumMonths(months, M_INCOME + i));
  const incPerS = INCOME_KINDS.map((_, i) => sumMonths(months, M_INCOME + i, pKey));
  const expAllS = EXPENSE_KINDS.map((_, i) => sumMonths(months, M_EXPENSE + i));
  const expPerS = EXPENSE_KINDS.map((_, i) => sumMonths(months, M_EXPENSE + i, pKey));
  const u = agg.unallocated;
  const incUnS = u.deposits.satang + u.ledgerIncome.satang;
  const welAllS = sumMonths(months, M_WELFARE);
  const welPerS = sumMonths(months, M_WELFARE, pKey);
  const incTotAllS = sum(incAllS) + incUnS;
  const incTotPerS = sum(incPerS);
  const welTotAllS = welAllS + u.welfare.satang;
  const expTotAllS = sum(expAllS) + u.ledgerExpense.satang;
  const expTotPerS = sum(expPerS);
  const balanceS = incTotAllS - welTotAllS - expTotAllS;
  const contribAllS = incAllS[0] + incAllS[1] + incAllS[2];
  const contribPerS = incPerS[0] + incPerS[1] + incPerS[2];

  const byBenefit: BenefitLine[] = benefitOrder(settings, agg.benefitYears).map(({ code, name }) => {
    const years = agg.benefitYears.get(code);
    let casesAll = 0;
    let satAll = 0;
    years?.forEach((v) => {
      casesAll += v[B_CASES];
      satAll += v[B_SATANG];
    });
    const p = years?.get(period.name);
    return {
      code,
      name,
      casesAll,
      bahtAll: toBaht(satAll),
      casesPeriod: p ? p[B_CASES] : 0,
      bahtPeriod: toBaht(p ? p[B_SATANG] : 0),
    };
  });

  const founded = foundingDay(members, settings);
  const adminPeriod = toBaht(expPerS[0]);
  const balance = toBaht(balanceS);
  const adminCostRatio = balance > 0 ? adminPeriod / balance : null;
  return {
    members: {
      sinceStart: rollCounts(members, founded === null ? period.start : founded + 1, period.asOf),
      period: rollCounts(members, period.start, period.asOf),
    },
    income: {
      sinceStart: byKind(INCOME_KINDS, (_, i) => toBaht(incAllS[i])),
      period: byKind(INCOME_KINDS, (_, i) => toBaht(incPerS[i])),
      unallocated: toBaht(incUnS),
      totalSinceStart: toBaht(incTotAllS),
      totalPeriod: toBaht(incTotPerS),
    },
    contributions: { sinceStart: toBaht(contribAllS), period: toBaht(contribPerS) },
    welfare: {
      byBenefit,
      unallocated: toBaht(u.welfare.satang),
      unallocatedRows: u.welfare.rows,
      casesSinceStart: sumMonths(months, M_WELFARE_CASES),
      casesPeriod: sumMonths(months, M_WELFARE_CASES, pKey),
      totalSinceStart: toBaht(welTotAllS),
      totalPeriod: toBaht(welPerS),
    },
    expenses: {
      sinceStart: byKind(EXPENSE_KINDS, (_, i) => toBaht(expAllS[i])),
      period: byKind(EXPENSE_KINDS, (_, i) => toBaht(expPerS[i])),
      unallocated: toBaht(u.ledgerExpense.satang),
      totalSinceStart: toBaht(expTotAllS),
      totalPeriod: toBaht(expTotPerS),
    },
    balance,
    netPeriod: toBaht(incTotPerS - welPerS - expTotPerS),
    ratios: {
      // Deposits are all members' money, so those not allocated to a kind count as contributions here.
      welfareToContributions:
        contribAllS + u.deposits.satang !== 0 ? welTotAllS / (contribAllS + u.deposits.satang) : null,
      welfareToContributionsPeriod: contribPerS !== 0 ? welPerS / contribPerS : null,
      reserveMonths: agg.outgoLast12 > 0 ? balanceS / (agg.outgoLast12 / 12) : null,
      adminCostRatio,
      adminCeiling: settings.adminCostCeiling,
      adminOverCeiling: adminCostRatio !== null && adminCostRatio > settings.adminCostCeiling,
    },
  };
}

const M5: CellFormat[] = ['text', 'int', 'money', 'int', 'money'];

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** Notes that make the totals tie out to the record sheets (what was left out, and why). */
export function leftoverNotes(agg: Aggregates, lang: Lang): string[] {
  const notes: string[] = [t('sum.n.rule', lang)];
  const names = { deposits: SHEETS.deposits[lang], welfare: SHEETS.welfare[lang], ledger: SHEETS.ledger[lang] };
  for (const key of ['deposits', 'welfare', 'ledger'] as const) {
    const a = agg.afterAsOf[key];
    if (a.rows > 0)
      notes.push(t('sum.n.afterAsOf', lang, { sheet: names[key], rows: a.rows, baht: formatBaht(toBaht(a.satang)) }));
    const n = agg.noAmount[key];
    if (n.count > 0)
      notes.push(
        t('sum.n.noAmount', lang, {
          sheet: names[key],
          count: n.count,
          rows: n.rows.join(', ') + (n.count > n.rows.length ? ', …' : ''),
        }),
      );
  }
  const lu = agg.unallocated.ledgerUnknown;
  if (lu.rows > 0) notes.push(t('sum.n.ledgerUnknown', lang, { rows: lu.rows, baht: formatBaht(toBaht(lu.satang)) }));
  return notes;
}

/** A section: header [name, since-start count, since-start baht, period count, period baht]; last row bold. */
function section(nameKey: LabelKey, lang: Lang, rows: Cell[][]): SummaryBlock {
  return {
    header: [
      t(nameKey, lang),
      t('sum.col.countAll', lang),
      t('sum.col.bahtAll', lang),
      t('sum.col.countPeriod', lang),
      t('sum.col.bahtPeriod', lang),
    ],
    rows,
    formats: M5,
    boldRows: [rows.length - 1],
  };
}

export function fundStatusTable(fs: FundStatus, agg: Aggregates, settings: FundSettings, lang: Lang): SummaryTable {
  const blocks: SummaryBlock[] = [titleBlock('sum.sheet.fundStatus', settings, agg.period, lang)];
  const ms = fs.members.sinceStart;
  const mp = fs.members.period;
  blocks.push(
    section('sum.sec.members', lang, [
      [t('sum.m.atStart', lang), ms.atStart, '', mp.atStart, ''],
      [t('sum.m.joined', lang), ms.joined, '', mp.joined, ''],
      [t('sum.m.resigned', lang), ms.resigned, '', mp.resigned, ''],
      [t('sum.m.deceased', lang), ms.deceased, '', mp.deceased, ''],
      [t('sum.m.lapsed', lang), ms.lapsed, '', mp.lapsed, ''],
      [t('sum.m.now', lang), ms.now, '', mp.now, ''],
    ]),
  );

  const income: Cell[][] = [];
  INCOME_KINDS.forEach((k, i) => {
    income.push([kindLabel(k, lang), '', fs.income.sinceStart[k], '', fs.income.period[k]]);
    if (i === 2)
      income.push([t('sum.i.contributions', lang), '', fs.contributions.sinceStart, '', fs.contributions.period]);
  });
  income.push([
    t('sum.i.unallocated', lang),
    agg.unallocated.deposits.rows + agg.unallocated.ledgerIncome.rows,
    fs.income.unallocated,
    '',
    '',
  ]);
  income.push([t('sum.i.total', lang), '', fs.income.totalSinceStart, '', fs.income.totalPeriod]);
  const incomeBlock = section('sum.sec.income', lang, income);
  incomeBlock.boldRows = [3, income.length - 1];
  blocks.push(incomeBlock);

  const welfare: Cell[][] = fs.welfare.byBenefit.map((b) => [
    b.name,
    b.casesAll,
    b.bahtAll,
    b.casesPeriod,
    b.bahtPeriod,
  ]);
  welfare.push([t('sum.w.unallocated', lang), agg.unallocated.welfare.rows, fs.welfare.unallocated, '', '']);
  welfare.push([
    t('sum.w.total', lang),
    fs.welfare.casesSinceStart + fs.welfare.unallocatedRows,
    fs.welfare.totalSinceStart,
    fs.welfare.casesPeriod,
    fs.welfare.totalPeriod,
  ]);
  blocks.push(section('sum.sec.welfare', lang, welfare));

  const expenses: Cell[][] = EXPENSE_KINDS.map((k) => [
    kindLabel(k, lang),
    '',
    fs.expenses.sinceStart[k],
    '',
    fs.expenses.period[k],
  ]);
  expenses.push([t('sum.e.unallocated', lang), agg.unallocated.ledgerExpense.rows, fs.expenses.unallocated, '', '']);
  expenses.push([t('sum.e.total', lang), '', fs.expenses.totalSinceStart, '', fs.expenses.totalPeriod]);
  blocks.push(section('sum.sec.expenses', lang, expenses));

  const balance = section('sum.sec.balance', lang, [
    [t('sum.b.balance', lang), '', fs.balance, '', ''],
    [t('sum.b.net', lang), '', '', '', fs.netPeriod],
  ]);
  balance.boldRows = [0];
  blocks.push(balance);

  const r = fs.ratios;
  const na = t('sum.r.na', lang);
  blocks.push({
    header: [t('sum.sec.ratios', lang), t('sum.col.all', lang), '', t('sum.col.period', lang), ''],
    formats: ['text', 'percent', 'decimal', 'percent', 'text'],
    rows: [
      [t('sum.r.welfareRatio', lang), r.welfareToContributions ?? na, '', r.welfareToContributionsPeriod ?? na, ''],
      [t('sum.r.reserve', lang), '', r.reserveMonths ?? t('sum.r.noOutgo', lang), '', ''],
      [
        t('sum.r.admin', lang, { ceiling: pct(r.adminCeiling) }),
        '',
        '',
        r.adminCostRatio ?? na,
        r.adminCostRatio === null ? '' : t(r.adminOverCeiling ? 'sum.r.over' : 'sum.r.ok', lang),
      ],
    ],
  });

  const c = fs.members.sinceStart;
  const notes = leftoverNotes(agg, lang);
  if (c.unknownJoin > 0) notes.push(t('sum.n.unknownJoin', lang, { count: c.unknownJoin }));
  if (c.leftNoDate > 0) notes.push(t('sum.n.leftNoDate', lang, { count: c.leftNoDate }));
  if (c.unknownStatus > 0) notes.push(t('sum.n.unknownStatus', lang, { count: c.unknownStatus }));
  blocks.push({ title: t('sum.sec.notes', lang), rows: notes.map((n) => [n]) });
  return {
    key: 'fundStatus',
    sheetName: t('sum.sheet.fundStatus', 'th'),
    internal: false,
    blocks,
    columnWidths: [420, 160, 160, 160, 160],
    charts: [],
  };
}
