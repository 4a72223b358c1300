/**
 * The matching-fund report: what local government and the state/CODI ask for when they match
 * members' own savings. Aggregates only (no names), so it may leave the fund book.
 * - members with at least one year's standing on the last day of the fiscal year (30 Sep),
 *   still members that day, as the roll stands on the as-of day;
 * - their savings in that fiscal year (up to the as-of day), and everyone's;
 * - matching money received, by fiscal year, source, payer and round.
 */
import { addYears, fiscalYearOf, formatDateBE } from '../dates';
import { t, type Lang } from '../i18n';
import type { Member } from '../records';
import type { FundSettings } from '../settings';
import { M_INCOME, P_MATCH_SAVINGS, sumMonths, toBaht, toSatang, type Aggregates } from './aggregate';
import { kindLabel } from './labels';
import { villagePrivacy } from '../share/suppress';
import { monthKey, spanLabel } from './period';
import { headerOf, titleBlock } from './table';
import type { Cell, CellFormat, SummaryBlock, SummaryTable } from './types';

export interface MatchingFigures {
  fiscalYear: number;
  eligibleMembers: number;
  eligibleSavings: number;
  allSavings: number;
}

export function matchingFigures(agg: Aggregates, members: Member[]): MatchingFigures {
  const { matching, period } = agg;
  const seen = new Set<string>();
  let eligible = 0;
  let savings = 0;
  for (const m of members) {
    if (m.joinDay === null || m.joinDay > period.asOf) continue;
    if (addYears(m.joinDay, 1) > matching.end) continue;
    // Left on or before 30 Sep (or left with no date): not a member that day.
    if (m.status !== null && m.status !== 'active' && (m.statusDay === null || m.statusDay <= matching.end)) continue;
    if (seen.has(m.memberId)) continue;
    seen.add(m.memberId);
    eligible++;
    const p = agg.persons.get(m.memberId);
    if (p) savings += p[P_MATCH_SAVINGS];
  }
  const savingsSlot = M_INCOME + 2;
  return {
    fiscalYear: matching.name,
    eligibleMembers: eligible,
    eligibleSavings: toBaht(savings),
    allSavings: toBaht(sumMonths(agg.months, savingsSlot, monthKey(matching.start))),
  };
}

/**
 * Texts the payer and round columns must not show: any member's personal field, and a village
 * that is personal data or too small to name (see villagePrivacy). The report leaves the fund book.
 */
const MIN_PRIVATE = 4;

function privateTexts(members: Member[], sensitiveThreshold: number): Set<string> {
  const out = new Set<string>();
  for (const m of members)
    for (const v of [m.memberId, m.name, m.nationalId, m.phone, m.address, m.beneficiary]) {
      const s = String(v ?? '').trim();
      if (s !== '') out.add(s);
    }
  const privacy = villagePrivacy(members, Math.max(1, Math.floor(sensitiveThreshold)));
  for (const v of privacy.pooled) out.add(v);
  // A round "1" or "2" is not member "1": very short texts are left to be what they are.
  for (const v of out) if (v.length < MIN_PRIVATE) out.delete(v);
  return out;
}

const RECEIVED_FORMAT: CellFormat[] = ['text', 'text', 'text', 'text', 'money'];

export function matchingTable(agg: Aggregates, members: Member[], settings: FundSettings, lang: Lang): SummaryTable {
  const f = matchingFigures(agg, members);
  const { matching } = agg;
  const figures: SummaryBlock = {
    title: t('sum.x.title', lang, { fy: matching.name, span: spanLabel(matching.start, matching.end) }),
    header: headerOf(lang, ['sum.col.item', 'sum.col.people', 'sum.col.baht']),
    rows: [
      [t('sum.x.eligible', lang, { date: formatDateBE(matching.end, 'long') }), f.eligibleMembers, ''],
      [t('sum.x.eligibleSavings', lang), '', f.eligibleSavings],
      [t('sum.x.allSavings', lang), '', f.allSavings],
      [t('sum.x.aggregate', lang), '', ''],
    ],
    formats: ['text', 'int', 'money'],
  };

  // Group by fiscal year, kind, payer and round (the ledger is small: a sort is fine here).
  const groups = new Map<string, { fy: number; kind: string; source: string; round: string; satang: number }>();
  for (const e of agg.matchingEntries) {
    const fy = fiscalYearOf(e.day as number, settings.fiscalYearStartMonth);
    const source = e.source.trim();
    const round = e.round.trim();
    const key = [fy, e.kind, source, round].join('\u0000');
    const g = groups.get(key);
    if (g) g.satang += toSatang(e.amount as number);
    else groups.set(key, { fy, kind: e.kind as string, source, round, satang: toSatang(e.amount as number) });
  }
  const list = Array.from(groups.values()).sort(
    (a, b) =>
      a.fy - b.fy ||
      a.kind.localeCompare(b.kind) ||
      a.source.localeCompare(b.source, 'th') ||
      a.round.localeCompare(b.round, 'th', { numeric: true }),
  );
  const rows: Cell[][] = [];
  const bold: number[] = [];
  let total = 0;
  let yearSum = 0;
  const notPublic = privateTexts(members, settings.sensitiveThreshold);
  const shown = (s: string) => (notPublic.has(s) ? t('share.hidden', lang) : s);
  for (let i = 0; i < list.length; i++) {
    const g = list[i];
    rows.push([String(g.fy), kindLabel(g.kind, lang), shown(g.source), shown(g.round), toBaht(g.satang)]);
    total += g.satang;
    yearSum += g.satang;
    if (i === list.length - 1 || list[i + 1].fy !== g.fy) {
      bold.push(rows.length);
      rows.push([String(g.fy), t('sum.row.yearTotal', lang, { year: g.fy }), '', '', toBaht(yearSum)]);
      yearSum = 0;
    }
  }
  if (list.length === 0) rows.push([t('sum.x.none', lang), '', '', '', '']);
  else {
    bold.push(rows.length);
    rows.push([t('sum.row.total', lang), '', '', '', toBaht(total)]);
  }
  const received: SummaryBlock = {
    title: t('sum.x.received', lang),
    header: headerOf(lang, [
      'sum.col.yearFiscal',
      'sum.col.sourceKind',
      'sum.col.payer',
      'sum.col.round',
      'sum.col.baht',
    ]),
    rows,
    formats: RECEIVED_FORMAT,
    boldRows: bold,
  };

  return {
    key: 'matching',
    sheetName: t('sum.sheet.matching', 'th'),
    internal: false,
    blocks: [titleBlock('sum.sheet.matching', settings, agg.period, lang), figures, received],
    columnWidths: [420, 180, 180, 80, 140],
    charts: [],
  };
}
