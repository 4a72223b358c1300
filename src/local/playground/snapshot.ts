import type { Runtime } from '../runtime';

/** A tab as the page lists it; its cells come separately, a range of rows at a time. */
export interface SheetInfo {
  /** Sheets' gid, what a report link (#gid=…&range=…) names. */
  id: number;
  name: string;
  frozenRows: number;
  totalRows: number;
  totalColumns: number;
  charts: unknown[];
}

/** Rows from..from+texts.length-1 of one sheet, as the grid draws them. */
export interface RowsSnapshot {
  sheet: number;
  from: number;
  /** Display text (dates in พ.ศ.); a link's label where the cell is a HYPERLINK formula. */
  texts: string[][];
  /** Cell fill where it is not white (the check's marks, header colours), else null. */
  backgrounds: (string | null)[][];
  /** A link inside the book ('#gid=…&range=…') where the cell is such a HYPERLINK, else null. */
  links: (string | null)[][];
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

/**
 * =HYPERLINK("url","label") as the add-on writes it (src/addon/checks/report.ts: quotes doubled).
 * Only links inside the book are followed; any other address is shown as its label alone.
 */
export function parseHyperlink(formula: string): { target: string; label: string } | null {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(formula.trim());
  if (!m) return null;
  const target = m[1].replace(/""/g, '"');
  return { target, label: (m[2] ?? m[1]).replace(/""/g, '"') };
}

const INTERNAL_LINK = /^#gid=\d+(&range=[A-Z]{1,3}[0-9]{1,7})?$/;

/** The visible tabs, read through the runtime's own objects, outside any operation's meter. */
export function bookInfo(rt: Runtime): { name: string; active: number; sheets: SheetInfo[] } {
  const ss = rt.spreadsheet;
  const sheets = ss
    .getSheets()
    .filter((sh) => !sh.isSheetHidden())
    .map((sh) => ({
      id: sh.getSheetId(),
      name: sh.getName(),
      frozenRows: sh.getFrozenRows(),
      totalRows: sh.getLastRow(),
      totalColumns: sh.getLastColumn(),
      charts: sh.getCharts().map((c) => (c as unknown as { spec?: unknown }).spec ?? null),
    }));
  return { name: ss.getName(), active: ss.getActiveSheet().getSheetId(), sheets };
}

/** At most this many rows per request: a screenful is ~40, so a few screens ahead. */
export const MAX_ROWS_PER_REQUEST = 500;

/** Rows [from, from+count) of the sheet with this gid (1-based, clipped to the sheet), or null when there is no such visible sheet. */
export function rowsSnapshot(rt: Runtime, sheetId: number, from: number, count: number): RowsSnapshot | null {
  const sh = rt.spreadsheet.getSheets().find((s) => s.getSheetId() === sheetId && !s.isSheetHidden());
  if (!sh) return null;
  const lastRow = sh.getLastRow();
  const lastCol = sh.getLastColumn();
  const first = Math.max(1, Math.floor(from));
  const n = Math.max(0, Math.min(Math.floor(count), MAX_ROWS_PER_REQUEST, lastRow - first + 1));
  if (n === 0 || lastCol === 0) return { sheet: sheetId, from: first, texts: [], backgrounds: [], links: [] };
  const range = sh.getRange(first, 1, n, lastCol);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const fills = range.getBackgrounds();
  const texts: string[][] = [];
  const links: (string | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const rowTexts: string[] = [];
    const rowLinks: (string | null)[] = [];
    for (let j = 0; j < lastCol; j++) {
      const link = formulas[i][j] ? parseHyperlink(formulas[i][j]) : null;
      // The runtime does not compute formulas: a link cell's value is '' until a program recalculates it.
      const text = displayCell(values[i][j]);
      rowTexts.push(link && text === '' ? link.label : text);
      rowLinks.push(link && INTERNAL_LINK.test(link.target) ? link.target : null);
    }
    texts.push(rowTexts);
    links.push(rowLinks);
  }
  const backgrounds = fills.map((r) => r.map((c) => (c && c.toLowerCase() !== '#ffffff' ? c : null)));
  return { sheet: sheetId, from: first, texts, backgrounds, links };
}
