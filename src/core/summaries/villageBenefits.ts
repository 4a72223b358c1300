/**
 * Welfare by village AND benefit (cases and baht since the fund began): the breakdown behind the
 * "welfare" columns of byVillageTable, for the summary shared with local government,
 * where small counts of sensitive benefits are hidden (src/core/share/suppress.ts).
 *
 * Same counting rule as aggregate(): a payment counts when its amount, date (on or before the
 * as-of day) and benefit can be read; a negative row takes a case back; a member's village is the
 * one on the first roll row of their id; an id not on the roll and payments to community projects
 * get rows of their own. So each village's row adds up to its welfare cells in byVillageTable,
 * and each benefit's column to the "since the start" line of byBenefitTable.
 */
import { t, type Lang } from '../i18n';
import type { Member, WelfarePayment } from '../records';
import type { FundSettings } from '../settings';
import { toSatang, type Aggregates } from './aggregate';
import { benefitOrder } from './labels';

export interface VillageBenefitFigures {
  benefits: { code: string; name: string; sensitive: boolean }[];
  /** Row label (as byVillageTable writes it) -> per benefit (in `benefits` order). */
  rows: Map<string, { cases: number[]; satang: number[] }>;
}

export function villageBenefitFigures(
  agg: Aggregates,
  members: Member[],
  welfare: WelfarePayment[],
  settings: FundSettings,
  lang: Lang,
): VillageBenefitFigures {
  const order = benefitOrder(settings, agg.benefitYears);
  // A benefit the catalogue no longer knows is treated as sensitive: hiding too much is the safe side.
  const benefits = order.map((b) => ({
    ...b,
    sensitive: settings.benefits.find((x) => x.code === b.code)?.sensitive ?? true,
  }));
  const index = new Map(benefits.map((b, i) => [b.code, i]));
  const none = t('sum.v.none', lang);
  const villageOf = new Map<string, string>();
  for (const m of members) {
    const name = m.village.trim() === '' ? none : m.village.trim();
    if (m.memberId !== '' && !villageOf.has(m.memberId)) villageOf.set(m.memberId, name);
  }
  const notOnRoll = t('sum.v.notOnRoll', lang);
  const projects = t('sum.v.projects', lang);
  const rows = new Map<string, { cases: number[]; satang: number[] }>();
  const asOf = agg.period.asOf;
  for (const w of welfare) {
    if (w.amount === null || w.day === null || w.day > asOf || w.benefit === null) continue;
    const b = index.get(w.benefit);
    if (b === undefined) continue;
    const label = w.memberId === '' ? projects : (villageOf.get(w.memberId) ?? notOnRoll);
    let row = rows.get(label);
    if (!row) {
      row = { cases: benefits.map(() => 0), satang: benefits.map(() => 0) };
      rows.set(label, row);
    }
    const satang = toSatang(w.amount);
    row.cases[b] += satang > 0 ? 1 : satang < 0 ? -1 : 0;
    row.satang[b] += satang;
  }
  return { benefits, rows };
}
