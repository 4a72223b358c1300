/**
 * Each counted fund against the network's median on the figures a monthly meeting compares.
 * An outlier is a value far from the median in the network's own spread (more than 3 scaled
 * median absolute deviations, a rule that a few extreme funds cannot move), or an admin cost over
 * the ceiling.
 */
import type { FundRow } from './packet';
import { ratiosFrom } from './ratios';

export const COMPARE_METRICS = [
  'welfareToContributions',
  'reserveMonths',
  'adminCostRatio',
  'memberGrowth',
  'matchingPerMember',
] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

export interface CompareRow {
  fundId: string;
  name: string;
  values: Record<CompareMetric, number | null>;
  outliers: CompareMetric[];
}

export interface Comparison {
  median: Record<CompareMetric, number | null>;
  rows: CompareRow[];
}

export function metricsOf(f: Record<string, number>, ceiling: number): Record<CompareMetric, number | null> {
  const r = ratiosFrom(f, ceiling);
  const start = f.membersAtStart ?? 0;
  const now = f.activeNow ?? 0;
  return {
    welfareToContributions: r.welfareToContributions,
    reserveMonths: r.reserveMonths,
    adminCostRatio: r.adminCostRatio,
    memberGrowth: start > 0 ? (now - start) / start : null,
    // baht per member now
    matchingPerMember: now > 0 ? ((f.matchingLocal ?? 0) + (f.matchingState ?? 0)) / 100 / now : null,
  };
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function compareFunds(funds: FundRow[], ceiling: number): Comparison {
  const counted = funds.filter((f) => f.status === 'ok' || f.status === 'late');
  const rows: CompareRow[] = counted.map((f) => ({
    fundId: f.fundId,
    name: f.name,
    values: metricsOf(f.figures, ceiling),
    outliers: [],
  }));
  const med = {} as Record<CompareMetric, number | null>;
  for (const m of COMPARE_METRICS) {
    const xs = rows.map((r) => r.values[m]).filter((x): x is number => x !== null);
    const md = median(xs);
    med[m] = md;
    if (md === null || xs.length < 3) continue;
    const mad = median(xs.map((x) => Math.abs(x - md))) as number;
    const spread = 1.4826 * mad;
    for (const r of rows) {
      const x = r.values[m];
      if (x === null) continue;
      const far = spread > 0 ? Math.abs(x - md) / spread > 3 : Math.abs(x - md) > Math.max(1e-9, Math.abs(md) * 0.5);
      if (far) r.outliers.push(m);
    }
  }
  for (const r of rows) {
    const a = r.values.adminCostRatio;
    if (a !== null && a > ceiling && !r.outliers.includes('adminCostRatio')) r.outliers.push('adminCostRatio');
  }
  return { median: med, rows };
}
