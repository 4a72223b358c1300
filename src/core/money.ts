/**
 * Money. Amounts are counted in whole satang (1 baht = 100 satang): integers add exactly in a
 * double up to 9e15, so a million rows sum to the satang, where float baht would drift. Baht with
 * two decimals is only what a cell holds and what a page shows. Parsing what the secretary typed
 * is `parseAmount` and showing an amount is `formatBaht` (src/core/parse.ts); both are re-exported
 * here so money has one door.
 */
import { formatBaht } from './parse';
export { formatBaht } from './parse';

/**
 * Whole satang: an integer. Core computes in satang (src/core/memberState.ts, eligibility.ts,
 * forms/owed.ts, forms/statement.ts, forms/summary.ts, summaries/) and turns it into baht only
 * where a cell is written or a page is sent an amount.
 */
export type Satang = number;

export function toSatang(baht: number): Satang {
  return Math.round(baht * 100);
}

export function toBaht(satang: Satang): number {
  return satang / 100;
}

/** A baht amount rounded to the satang (a sum of float baht brought back to two decimals). */
export function roundBaht(baht: number): number {
  return Math.round(baht * 100) / 100;
}

/** Baht amounts added in satang, so 0.1 + 0.2 is 0.3. */
export function addBaht(...amounts: number[]): number {
  let s = 0;
  for (const a of amounts) s += toSatang(a);
  return toBaht(s);
}

/** An amount in satang as the pages show it: '1,234.50'. */
export function formatSatang(satang: Satang): string {
  return formatBaht(toBaht(satang));
}
