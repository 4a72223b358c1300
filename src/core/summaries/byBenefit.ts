/**
 * Welfare by benefit: all years up to the as-of day (the block the column chart draws), then by
 * year (fiscal or calendar, as the period is) and benefit: cases, units, baht.
 */
import { t, type Lang } from '../i18n';
import type { FundSettings } from '../settings';
import { B_CASES, B_SATANG, B_UNITS, toBaht, type Aggregates } from './aggregate';
import { benefitOrder } from './labels';
import { titleBlock } from './table';
import type { Cell, CellFormat, ChartPlan, SummaryTable } from './types';

const FORMATS: CellFormat[] = ['text', 'text', 'int', 'int', 'text', 'money'];

export function byBenefitTable(agg: Aggregates, settings: FundSettings, lang: Lang): SummaryTable {
  const yearCol = t(agg.period.kind === 'fiscal' ? 'sum.col.yearFiscal' : 'sum.col.yearCalendar', lang);
  const header = [
    yearCol,
    t('sum.col.benefit', lang),
    t('sum.col.cases', lang),
    t('sum.col.units', lang),
    t('sum.col.unit', lang),
    t('sum.col.baht', lang),
  ];
  const benefits = benefitOrder(settings, agg.benefitYears);

  const all = t('sum.col.all', lang);
  const totals: Cell[][] = [];
  let cases = 0;
  let units = 0;
  let satang = 0;
  for (const b of benefits) {
    let c = 0;
    let u = 0;
    let s = 0;
    agg.benefitYears.get(b.code)?.forEach((v) => {
      c += v[B_CASES];
      u += v[B_UNITS];
      s += v[B_SATANG];
    });
    cases += c;
    units += u;
    satang += s;
    totals.push([all, b.name, c, u, b.unit, toBaht(s)]);
  }
  const chartLast = totals.length - 1;
  const un = agg.unallocated.welfare;
  totals.push([all, t('sum.w.unallocated', lang), un.rows, '', '', toBaht(un.satang)]);
  totals.push([all, t('sum.w.total', lang), cases + un.rows, units, '', toBaht(satang + un.satang)]);

  const byYear: Cell[][] = [];
  const bold: number[] = [];
  const years = new Set<number>();
  agg.benefitYears.forEach((m) => m.forEach((_, y) => years.add(y)));
  for (const y of Array.from(years).sort((a, b) => a - b)) {
    let yc = 0;
    let yu = 0;
    let ys = 0;
    for (const b of benefits) {
      const v = agg.benefitYears.get(b.code)?.get(y);
      if (!v) continue;
      yc += v[B_CASES];
      yu += v[B_UNITS];
      ys += v[B_SATANG];
      byYear.push([String(y), b.name, v[B_CASES], v[B_UNITS], b.unit, toBaht(v[B_SATANG])]);
    }
    bold.push(byYear.length);
    byYear.push([String(y), t('sum.row.yearTotal', lang, { year: y }), yc, yu, '', toBaht(ys)]);
  }

  const charts: ChartPlan[] =
    chartLast >= 0
      ? [
          {
            type: 'COLUMN',
            title: t('sum.chart.welfare', lang),
            block: 1,
            firstRow: 0,
            lastRow: chartLast,
            labelCol: 1,
            valueCols: [5],
            anchorCol: header.length + 1,
          },
        ]
      : [];
  return {
    key: 'byBenefit',
    sheetName: t('sum.sheet.byBenefit', 'th'),
    internal: false,
    blocks: [
      titleBlock('sum.sheet.byBenefit', settings, agg.period, lang),
      { title: t('sum.sec.benefitTotal', lang), header, rows: totals, formats: FORMATS, boldRows: [totals.length - 1] },
      { title: t('sum.sec.benefitByYear', lang), header, rows: byYear, formats: FORMATS, boldRows: bold },
    ],
    columnWidths: [110, 300, 90, 90, 70, 130],
    charts,
  };
}
