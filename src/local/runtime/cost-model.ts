/**
 * Estimated seconds on Google for one operation, from the runtime's counters (metrics.ts) and the
 * cost table below. The table, with the source of each constant, is in README.md beside this file
 * ("Cost model"); scripts/calibrate-apps-script.js measures the constants in a real spreadsheet.
 * Apps Script stops a run at 6 minutes (https://developers.google.com/apps-script/guides/services/quotas,
 * "Script runtime: 6 min / execution"); LIMIT_SECONDS leaves a margin for what the model misses.
 */
import type { Metrics } from './metrics';

export interface Cost {
  low: number;
  nominal: number;
  high: number;
  /** seconds per what */
  per: string;
  source: string;
}

export const COSTS = {
  call: {
    low: 0.005,
    nominal: 0.02,
    high: 0.08,
    per: 'service call',
    source: 'assumed; scripts/calibrate-apps-script.js "call"',
  },
  apiRequest: {
    low: 0.1,
    nominal: 0.3,
    high: 1,
    per: 'advanced Sheets / Drive service call (one HTTP request to the API)',
    source: 'assumed; scripts/calibrate-apps-script.js "apiRequest" (Sheets.Spreadsheets.get of a small file)',
  },
  cellRead: {
    low: 0.2e-6,
    nominal: 1e-6,
    high: 4e-6,
    per: 'cell read',
    source: 'assumed; scripts/calibrate-apps-script.js "cellRead"',
  },
  cellWritten: {
    low: 2e-6,
    nominal: 6e-6,
    high: 12.5e-6,
    per: 'cell written',
    source: 'public measurement: a 4,000-cell setValues in under 50 ms (high = 50 ms / 4,000)',
  },
  flush: {
    low: 0.3,
    nominal: 0.6,
    high: 1.2,
    per: 'flush (read after writes)',
    source: 'public measurement: the same 4,000-cell write takes 610 ms with a flush',
  },
  textFinder: {
    low: 0.05,
    nominal: 0.2,
    high: 1,
    per: 'TextFinder scan',
    source: 'assumed; scripts/calibrate-apps-script.js "textFinder"',
  },
  property: {
    low: 0.005,
    nominal: 0.03,
    high: 0.1,
    per: 'property read/write',
    source: 'assumed; scripts/calibrate-apps-script.js "property"',
  },
  cache: {
    low: 0.005,
    nominal: 0.02,
    high: 0.08,
    per: 'cache call',
    source: 'assumed; scripts/calibrate-apps-script.js "cache"',
  },
  rpc: {
    low: 0.3,
    nominal: 0.6,
    high: 1.5,
    per: 'google.script.run round trip',
    source: 'HTML service google.script.run: 0.3-1.5 s per round trip (public measurements)',
  },
  payloadByte: {
    low: 0.1e-6,
    nominal: 0.5e-6,
    high: 2e-6,
    per: 'byte carried by google.script.run',
    source: 'assumed (1 MB: 0.1-2 s); time a large getCollectionList in the sidebar',
  },
  bundleRun: {
    low: 0.05,
    nominal: 0.2,
    high: 0.6,
    per: 'execution (the whole script is loaded again)',
    source: 'assumed; scripts/calibrate-apps-script.js "bundle" (an empty function run from a menu)',
  },
} satisfies Record<string, Cost>;

/** A case whose high estimate passes this many seconds may not finish in one 6-minute run. */
export const LIMIT_SECONDS = 300;

export interface Estimate {
  low: number;
  nominal: number;
  high: number;
  /** high > LIMIT_SECONDS */
  overLimit: boolean;
}

/** Calls of the advanced services (Sheets API v4, Drive v3): each one is an HTTP request. */
const API_CALL = /^(Sheets|Drive)\./;

function apiRequests(m: Metrics): number {
  let n = 0;
  for (const [name, k] of Object.entries(m.calls)) if (API_CALL.test(name)) n += k;
  return n;
}

/** What each counter multiplies (the service calls exclude those priced on their own). */
function counts(m: Metrics): Record<keyof typeof COSTS, number> {
  const api = apiRequests(m);
  const own = m.textFinderScans + m.propertyCalls + m.cacheCalls + api;
  return {
    call: Math.max(0, m.serviceCalls - own),
    apiRequest: api,
    cellRead: m.cellsRead,
    cellWritten: m.cellsWritten,
    flush: m.flushes,
    textFinder: m.textFinderScans,
    property: m.propertyCalls,
    cache: m.cacheCalls,
    rpc: m.rpcCalls,
    payloadByte: m.payloadBytes,
    bundleRun: m.bundleRuns,
  };
}

export function estimateSeconds(m: Metrics): Estimate {
  const n = counts(m);
  const sum = (k: 'low' | 'nominal' | 'high') =>
    (Object.keys(COSTS) as (keyof typeof COSTS)[]).reduce((s, key) => s + n[key] * COSTS[key][k], 0);
  const high = sum('high');
  return { low: sum('low'), nominal: sum('nominal'), high, overLimit: high > LIMIT_SECONDS };
}
