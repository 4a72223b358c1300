/**
 * The running figures of a summary run (aggregate.ts) as plain JSON and back, so a run that adds
 * a long book up a slice at a time can keep them between calls. Every number is a double written
 * by JSON.stringify (shortest text that reads back to the same double), so what is read back adds
 * up exactly as what was written; maps keep their order.
 */
import type { PaidDigest } from '../memberState';
import type { Aggregates } from './aggregate';

interface AggregatesJson {
  v: 1;
  period: Aggregates['period'];
  matching: Aggregates['matching'];
  months: [number, number[]][];
  persons: [string, number[]][];
  projectWelfare: Aggregates['projectWelfare'];
  benefitYears: [string, [number, number[]][]][];
  outgoLast12: number;
  unallocated: Aggregates['unallocated'];
  afterAsOf: Aggregates['afterAsOf'];
  noAmount: Aggregates['noAmount'];
  matchingEntries: Aggregates['matchingEntries'];
  paidByMember: [string, PaidDigest['paidS'], [number, number][]][];
}

const arrays = <K>(m: Map<K, Float64Array>): [K, number[]][] => [...m].map(([k, a]) => [k, Array.from(a)]);
const floats = <K>(list: [K, number[]][]): Map<K, Float64Array> =>
  new Map(list.map(([k, a]) => [k, Float64Array.from(a)]));

export function aggregatesToJson(agg: Aggregates): string {
  const out: AggregatesJson = {
    v: 1,
    period: agg.period,
    matching: agg.matching,
    months: arrays(agg.months),
    persons: arrays(agg.persons),
    projectWelfare: agg.projectWelfare,
    benefitYears: [...agg.benefitYears].map(([code, years]) => [code, arrays(years)]),
    outgoLast12: agg.outgoLast12,
    unallocated: agg.unallocated,
    afterAsOf: agg.afterAsOf,
    noAmount: agg.noAmount,
    matchingEntries: agg.matchingEntries,
    paidByMember: [...agg.paidByMember].map(([id, dg]) => [id, dg.paidS, [...dg.feeByYear]]),
  };
  return JSON.stringify(out);
}

export function aggregatesFromJson(json: string): Aggregates {
  const a = JSON.parse(json) as AggregatesJson;
  if (a.v !== 1) throw new Error(`unknown summary run state version ${String(a.v)}`);
  return {
    period: a.period,
    matching: a.matching,
    months: floats(a.months),
    persons: floats(a.persons),
    projectWelfare: a.projectWelfare,
    benefitYears: new Map(a.benefitYears.map(([code, years]) => [code, floats(years)])),
    outgoLast12: a.outgoLast12,
    unallocated: a.unallocated,
    afterAsOf: a.afterAsOf,
    noAmount: a.noAmount,
    matchingEntries: a.matchingEntries,
    paidByMember: new Map(a.paidByMember.map(([id, paidS, fees]) => [id, { paidS, feeByYear: new Map(fees) }])),
  };
}
