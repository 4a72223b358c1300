/**
 * What the import remembers in the book (document properties): the mapping of each tab, so a
 * group that keeps typing into its old grid re-imports with one click, and the log of batches,
 * so the last one can be undone. Per tab, because one property value holds at most 9 kB
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 */
import type { ImportMapping, TabMapping, ValueMaps } from '../../core/import';
import { emptyMapping } from '../../core/import';

const TAB_PREFIX = 'import.tab.';
const VALUES_KEY = 'import.values';
const LOG_KEY = 'import.batches';
/** Batches remembered for undo; older ones can still be removed by hand (their origin column says which). */
const LOG_LIMIT = 10;

type Props = GoogleAppsScript.Properties.Properties;
const props = (): Props => PropertiesService.getDocumentProperties();

export interface SheetBatch {
  /** Sheet name when written. */
  sheet: string;
  rows: number;
  /** 1-based column of the origin column. */
  originColumn: number;
  /** The batch wrote the origin column's header (undo clears it again when the column is empty). */
  addedOriginHeader: boolean;
  /** The grid's size before the batch, so undo gives back exactly the rows and columns it took. */
  maxRowsBefore: number;
  maxColumnsBefore: number;
  /** Number formats of the first row the batch wrote into, before it wrote (one row, from column 1). */
  formatsBefore: string[];
}

export interface BatchLog {
  id: number;
  at: string;
  tabs: string[];
  sheets: Partial<Record<'members' | 'deposits' | 'welfare' | 'ledger', SheetBatch>>;
  /** Benefit codes the batch added to the catalogue. */
  benefits: string[];
  benefitRows?: { sheet: string; firstRow: number; count: number; maxRowsBefore: number; formatsBefore: string[] };
}

export function savedTabMapping(tab: string, p: Props = props()): TabMapping | null {
  const raw = p.getProperty(TAB_PREFIX + tab);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as TabMapping;
  } catch {
    return null;
  }
}

export function savedMapping(tabs: string[] | null, p: Props = props()): ImportMapping {
  const m = emptyMapping();
  const all = p.getProperties();
  for (const key of Object.keys(all)) {
    if (!key.startsWith(TAB_PREFIX)) continue;
    const tab = key.slice(TAB_PREFIX.length);
    if (tabs && !tabs.includes(tab)) continue;
    try {
      m.tabs.push(JSON.parse(all[key]) as TabMapping);
    } catch {
      // a damaged value is ignored: the tab is detected afresh
    }
  }
  try {
    if (all[VALUES_KEY]) m.values = JSON.parse(all[VALUES_KEY]) as ValueMaps;
  } catch {
    // as above
  }
  return m;
}

export function saveMapping(m: ImportMapping, p: Props = props()): void {
  const out: Record<string, string> = { [VALUES_KEY]: JSON.stringify(m.values) };
  for (const t of m.tabs) {
    // The header text is for display only; keep the stored copy small.
    out[TAB_PREFIX + t.tab] = JSON.stringify(t);
  }
  p.setProperties(out);
}

export function readLog(p: Props = props()): BatchLog[] {
  const raw = p.getProperty(LOG_KEY);
  if (!raw) return [];
  try {
    return JSON.parse(raw) as BatchLog[];
  } catch {
    return [];
  }
}

export function writeLog(log: BatchLog[], p: Props = props()): void {
  p.setProperty(LOG_KEY, JSON.stringify(log.slice(-LOG_LIMIT)));
}
