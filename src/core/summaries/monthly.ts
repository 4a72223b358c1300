/**
 * Month by month since the first dated record: new members, income by kind, welfare, expenses,
 * net and the running balance. Months with no activity are kept so the balance chart has an even
 * time axis. The last rows add what has no date, so the final balance equals the fund status.
 */
import { t, type Lang } from '../i18n';
import { INCOME_KINDS } from '../vocabulary';
import {
  EXPENSE_KINDS,
  M_EXPENSE,
  M_INCOME,
  M_NEW_MEMBERS,
  M_WELFARE,
  MONTH_STRIDE,
  toBaht,
  type Aggregates,
} from './aggregate';
import { kindLabel } from './labels';
import { monthKey, monthLabel } from './period';
import { titleBlock } from './table';
import type { Cell, CellFormat, SummaryTable } from './types';
import type { FundSettings } from '../settings';

export function monthlyTable(agg: Aggregates, settings: FundSettings, lang: Lang): SummaryTable {
  const header = [
    t('sum.col.month', lang),
    t('sum.col.newMembers', lang),
    ...INCOME_KINDS.map((k) => kindLabel(k, lang)),
    t('sum.col.totalIncome', lang),
    t('sum.col.welfare', lang),
    t('sum.col.expenses', lang),
    t('sum.col.net', lang),
    t('sum.col.balance', lang),
  ];
  const width = header.length;
  const balanceCol = width - 1;
  const format: CellFormat[] = [
    'text',
    'int',
    ...INCOME_KINDS.map((): CellFormat => 'money'),
    'money',
    'money',
    'money',
    'money',
    'money',
  ];
  const rows: Cell[][] = [];

  const last = monthKey(agg.period.asOf);
  let first = last;
  agg.months.forEach((_, key) => {
    if (key < first) first = key;
  });
  const empty = new Float64Array(MONTH_STRIDE);
  let balance = 0; // satang
  const totals = new Float64Array(MONTH_STRIDE);
  for (let key = first; key <= last; key++) {
    const m = agg.months.get(key) ?? empty;
    let income = 0;
    for (let i = 0; i < INCOME_KINDS.length; i++) income += m[M_INCOME + i];
    let expenses = 0;
    for (let i = 0; i < EXPENSE_KINDS.length; i++) expenses += m[M_EXPENSE + i];
    const net = income - m[M_WELFARE] - expenses;
    balance += net;
    for (let i = 0; i < MONTH_STRIDE; i++) totals[i] += m[i];
    const label = monthLabel(key, lang);
    rows.push([
      label,
      m[M_NEW_MEMBERS],
      ...INCOME_KINDS.map((_, i) => toBaht(m[M_INCOME + i])),
      toBaht(income),
      toBaht(m[M_WELFARE]),
      toBaht(expenses),
      toBaht(net),
      toBaht(balance),
    ]);
  }
  const dataLast = rows.length - 1;

  const u = agg.unallocated;
  const unIncome = u.deposits.satang + u.ledgerIncome.satang;
  const unNet = unIncome - u.welfare.satang - u.ledgerExpense.satang;
  const blanks = INCOME_KINDS.map(() => '' as const);
  rows.push([
    t('sum.row.unallocated', lang),
    '',
    ...blanks,
    toBaht(unIncome),
    toBaht(u.welfare.satang),
    toBaht(u.ledgerExpense.satang),
    toBaht(unNet),
    toBaht(balance + unNet),
  ]);
  let totIncome = unIncome;
  for (let i = 0; i < INCOME_KINDS.length; i++) totIncome += totals[M_INCOME + i];
  let totExp = u.ledgerExpense.satang;
  for (let i = 0; i < EXPENSE_KINDS.length; i++) totExp += totals[M_EXPENSE + i];
  const totWelfare = totals[M_WELFARE] + u.welfare.satang;
  rows.push([
    t('sum.row.total', lang),
    totals[M_NEW_MEMBERS],
    ...INCOME_KINDS.map((_, i) => toBaht(totals[M_INCOME + i])),
    toBaht(totIncome),
    toBaht(totWelfare),
    toBaht(totExp),
    toBaht(totIncome - totWelfare - totExp),
    toBaht(balance + unNet),
  ]);

  return {
    key: 'monthly',
    sheetName: t('sum.sheet.monthly', 'th'),
    internal: false,
    blocks: [
      titleBlock('sum.sheet.monthly', settings, agg.period, lang),
      { header, rows, formats: format, boldRows: [rows.length - 1] },
    ],
    columnWidths: [90, 80, ...INCOME_KINDS.map(() => 110), 110, 110, 110, 110, 130],
    charts: [
      {
        type: 'LINE',
        title: t('sum.chart.balance', lang),
        block: 1,
        firstRow: 0,
        lastRow: dataLast,
        labelCol: 0,
        valueCols: [balanceCol],
        anchorCol: width + 1,
      },
    ],
  };
}
