/**
 * Writing one summary table: its blocks through the workbook layer's writeGeneratedSheet (clear,
 * one setValues and one call per kind of format, stamp, warning-only protection), then its charts.
 */
import type { Lang } from '../../core/i18n';
import type { CellFormat, SummaryBlock, SummaryTable } from '../../core/summaries';
import type { DayNumber } from '../../core/dates';
import { declarePrintLayout, type GeneratedBlock, MONEY_FORMAT, TEXT_FORMAT, writeGeneratedSheet } from '../book';
import { printLayout, type PrintLayout } from '../../core/print-layout';
import { drawCharts } from './charts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const NUMBER_FORMATS: Record<CellFormat, string> = {
  text: TEXT_FORMAT,
  int: '#,##0',
  money: MONEY_FORMAT,
  percent: '0.0%',
  decimal: '#,##0.0',
};

export function toGenerated(b: SummaryBlock): GeneratedBlock {
  const out: GeneratedBlock = { rows: b.rows };
  if (b.title !== undefined) out.title = b.title;
  if (b.header) out.header = b.header;
  if (b.formats) out.formats = b.formats.map((f) => NUMBER_FORMATS[f]);
  if (b.boldRows) out.boldRows = b.boldRows;
  return out;
}

/**
 * The 1-based sheet row of each block's header (or of its first row when it has none), as
 * writeGeneratedSheet lays blocks out: the stamp on row 1, then per block a blank row, the title,
 * the header, the rows.
 */
export function headerRows(blocks: SummaryBlock[]): number[] {
  const out: number[] = [];
  let row = 1;
  for (const b of blocks) {
    row += 1; // blank line
    if (b.title !== undefined) row += 1;
    out.push(b.header ? row + 1 : row);
    if (b.header) row += 1;
    row += b.rows.length;
  }
  return out;
}

export interface WriteOptions {
  asOf: DayNumber;
  now: Date;
  lang: Lang;
  ss: Spreadsheet;
}

/** Rows to freeze: down to the first table's header when it is near the top (long tables scroll under it). */
export function frozenRowsOf(table: SummaryTable): number {
  const heads = headerRows(table.blocks);
  const mainHeader = table.blocks.length > 1 && table.blocks[1].header ? heads[1] : 1;
  return table.key === 'monthly' || table.key === 'statements' || table.key === 'arrears' ? mainHeader : 1;
}

/** Prints on A4 at page width with the main table's header (the block with the most rows) on every page. */
export function printLayoutOf(table: SummaryTable): PrintLayout {
  const heads = headerRows(table.blocks);
  let main = -1;
  table.blocks.forEach((b, i) => {
    if (b.header && (main < 0 || b.rows.length > table.blocks[main].rows.length)) main = i;
  });
  return printLayout(table.sheetName, main >= 0 ? heads[main] : null);
}

export function writeSummaryTable(table: SummaryTable, opts: WriteOptions): string {
  const result = writeGeneratedSheet(table.sheetName, table.blocks.map(toGenerated), {
    asOf: opts.asOf,
    now: opts.now,
    lang: opts.lang,
    frozenRows: frozenRowsOf(table),
    columnWidths: table.columnWidths,
    ss: opts.ss,
  });
  const sheet = opts.ss.getSheetByName(result.sheetName);
  if (sheet) {
    drawCharts(sheet, table, result.blockRows);
    declarePrintLayout(sheet, printLayoutOf(table));
  }
  return result.sheetName;
}
