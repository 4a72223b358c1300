import type { Runtime } from '../runtime';

export interface SheetSnapshot {
  name: string;
  hidden: boolean;
  frozenRows: number;
  totalRows: number;
  totalColumns: number;
  /** First rows as display text (dates in พ.ศ.); the page shows these. */
  rows: string[][];
  charts: unknown[];
}

const BANGKOK_MS = 7 * 3600e3;

/** A cell as the playground shows it: dates as d/m/BE (the users' habit), numbers with separators. */
export function displayCell(v: unknown): string {
  if (v instanceof Date) {
    const d = new Date(v.getTime() + BANGKOK_MS);
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear() + 543}`;
  }
  if (typeof v === 'number') return v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v ?? '');
}

/** What the page shows of the book: read through the runtime's own objects, outside any operation's meter. */
export function bookSnapshot(rt: Runtime, maxRows: number): { name: string; sheets: SheetSnapshot[] } {
  const ss = rt.spreadsheet;
  const sheets = ss.getSheets().map((sh) => {
    const lastRow = sh.getLastRow();
    const lastCol = sh.getLastColumn();
    const n = Math.min(lastRow, maxRows);
    const values = n > 0 && lastCol > 0 ? sh.getRange(1, 1, n, lastCol).getValues() : [];
    return {
      name: sh.getName(),
      hidden: sh.isSheetHidden(),
      frozenRows: sh.getFrozenRows(),
      totalRows: lastRow,
      totalColumns: lastCol,
      rows: values.map((r) => r.map(displayCell)),
      charts: sh.getCharts().map((c) => (c as unknown as { spec?: unknown }).spec ?? null),
    };
  });
  return { name: ss.getName(), sheets: sheets.filter((s) => !s.hidden) };
}
