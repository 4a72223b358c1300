/**
 * Summaries of the fund book: pure functions from parsed records to tables. The add-on
 * (src/addon/summaries) reads the book, calls buildSummaryTables, and writes each table whole.
 */
import type { Lang } from '../i18n';
import { aggregate, type Aggregates } from './aggregate';
import { byBenefitTable } from './byBenefit';
import { byVillageTable } from './byVillage';
import { fundStatus, fundStatusTable, type FundStatus } from './fundStatus';
import { matchingFigures, matchingTable, type MatchingFigures } from './matching';
import { arrearsTable, standings, statementsTable } from './memberSheets';
import { monthlyTable } from './monthly';
import type { SummaryInput, SummaryTable } from './types';

export * from './types';
export { aggregate, addRecords, emptyAggregates, toSatang } from './aggregate';
export { aggregatesFromJson, aggregatesToJson } from './partial';
export type { Aggregates } from './aggregate';
export { fundStatus, type FundStatus } from './fundStatus';
export type { MatchingFigures } from './matching';
export { periodOf, yearNameOf } from './period';

export interface Summaries {
  agg: Aggregates;
  status: FundStatus;
  matching: MatchingFigures;
  tables: SummaryTable[];
}

export function buildSummaryTables(input: SummaryInput): Summaries {
  return summariesOf(aggregate(input), input);
}

/** The summaries from figures already added up (aggregate, or addRecords slice by slice). */
export function summariesOf(agg: Aggregates, input: Pick<SummaryInput, 'members' | 'settings' | 'lang'>): Summaries {
  const lang: Lang = input.lang ?? input.settings.language ?? 'th';
  const status = fundStatus(agg, input.members, input.settings);
  const list = standings(agg, input.members, input.settings);
  const tables = [
    fundStatusTable(status, agg, input.settings, lang),
    monthlyTable(agg, input.settings, lang),
    byBenefitTable(agg, input.settings, lang),
    byVillageTable(agg, input.members, input.settings, lang),
    matchingTable(agg, input.members, input.settings, lang),
    arrearsTable(agg, list, input.settings, lang),
    statementsTable(agg, list, input.settings, lang),
  ];
  return { agg, status, matching: matchingFigures(agg, input.members), tables };
}

/** The key figures as flat numbers (what the command line prints and tests compare). */
export function keyFigures(s: FundStatus): Record<string, number | null> {
  const p = s.members.period;
  return {
    membersAtStart: p.atStart,
    joined: p.joined,
    resigned: p.resigned,
    deceased: p.deceased,
    lapsed: p.lapsed,
    activeNow: p.now,
    entryFees: s.income.sinceStart.entry_fee,
    annualFees: s.income.sinceStart.annual_fee,
    savings: s.income.sinceStart.savings,
    memberContributions: s.contributions.sinceStart,
    matchingLocal: s.income.sinceStart.matching_local,
    matchingState: s.income.sinceStart.matching_state,
    donations: s.income.sinceStart.donation,
    interest: s.income.sinceStart.interest,
    otherIncome: s.income.sinceStart.other_income,
    unallocatedIncome: s.income.unallocated,
    totalIncome: s.income.totalSinceStart,
    incomeInPeriod: s.income.totalPeriod,
    welfareCases: s.welfare.casesSinceStart + s.welfare.unallocatedRows,
    welfarePaid: s.welfare.totalSinceStart,
    welfareInPeriod: s.welfare.totalPeriod,
    expenses: s.expenses.totalSinceStart,
    expensesInPeriod: s.expenses.totalPeriod,
    balance: s.balance,
    netInPeriod: s.netPeriod,
    welfareToContributions: s.ratios.welfareToContributions,
    reserveMonths: s.ratios.reserveMonths,
    adminCostRatio: s.ratios.adminCostRatio,
    adminCostCeiling: s.ratios.adminCeiling,
  };
}
