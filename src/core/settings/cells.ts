/**
 * Reading single cells of the settings sheets: blank cells, yes/no cells and the tiers of a
 * benefit ("1=3000, 3=5000").
 */
import { text } from '../i18n';
import type { Text } from '../i18n';
import { parseAmount, thaiDigitsToArabic } from '../parse';
import { CHOICES, findChoice } from '../schema';
import type { Tier } from './benefitTable';

/**
 * "1=3000, 3=5000, 5=10000" (years of membership = baht per event). Separators: comma, semicolon,
 * new line; "ปี" after the years and ":" for "=" are accepted; thousands separators inside an
 * amount are fine ("1=3,000, 3=5,000"): a comma only separates when a "years=" follows it.
 */
export function parseTiers(value: unknown): { ok: true; tiers: Tier[] } | { ok: false; reason: Text } {
  if (value === null || value === undefined || value === '') return { ok: true, tiers: [] };
  if (typeof value !== 'string') return { ok: false, reason: text('tiers.notText') };
  const s = thaiDigitsToArabic(value).trim();
  if (s === '') return { ok: true, tiers: [] };
  const pieces = s
    .split(/[;\n]|,(?=\s*\d+\s*(?:ปี)?\s*[=:])/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const tiers: Tier[] = [];
  for (const piece of pieces) {
    const m = piece.match(/^(\d+)\s*(?:ปี)?\s*[=:]\s*(.+)$/);
    const amount = m ? parseAmount(m[2]) : null;
    if (!m || !amount || !amount.ok || amount.value < 0) return { ok: false, reason: text('tiers.piece', { piece }) };
    const years = Number(m[1]);
    if (tiers.length > 0 && years <= tiers[tiers.length - 1].years)
      return { ok: false, reason: text('tiers.order', { years }) };
    tiers.push({ years, amount: amount.value });
  }
  return { ok: true, tiers };
}

export function formatTiers(tiers: Tier[]): string {
  return tiers.map((t) => `${t.years}=${t.amount}`).join(', ');
}

export function blank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Cell of a yes/no column: blank -> the fallback. */
export function readYesNo(cell: unknown, fallback: boolean): boolean | null {
  if (blank(cell)) return fallback;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const c = findChoice(CHOICES.yesNo, cell);
  return c ? c.code === 'yes' : null;
}
