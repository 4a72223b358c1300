/**
 * The sustainability ratios from their components (satang), divided exactly as the fund status
 * divides them (src/core/summaries/fundStatus.ts): a network's ratio is the ratio of its sums, and
 * a one-fund network's ratios equal the fund's own (tests/network/packet.test.ts holds them equal).
 */
export interface Ratios {
  welfareToContributions: number | null;
  reserveMonths: number | null;
  adminCostRatio: number | null;
  adminCostCeiling: number;
}

export function ratiosFrom(f: Record<string, number>, adminCostCeiling: number): Ratios {
  const base = f.contributionsBase ?? 0;
  const outgo = f.outgoLast12 ?? 0;
  const balance = f.balance ?? 0;
  return {
    welfareToContributions: base !== 0 ? (f.welfarePaid ?? 0) / base : null,
    reserveMonths: outgo > 0 ? balance / (outgo / 12) : null,
    adminCostRatio: balance > 0 ? (f.adminInPeriod ?? 0) / balance : null,
    adminCostCeiling,
  };
}
