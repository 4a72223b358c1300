/**
 * Writing the network's sheets and the packet sheet through the workbook layer
 * (writeGeneratedSheet: clear, one setValues and one call per kind of format, stamp, protection),
 * then charts. The meeting board also gets its print layout where the platform has one.
 */
import type { DayNumber } from '../../core/dates';
import type { Lang } from '../../core/i18n';
import type { NetSheet } from '../../core/network/sheets';
import type { SummaryBlock, SummaryTable } from '../../core/summaries';
import { type GeneratedBlock, writeGeneratedSheet } from '../book';
import { drawCharts } from '../summaries/charts';
import { NUMBER_FORMATS } from '../summaries/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function toGenerated(b: SummaryBlock & { rowBackgrounds?: (string | null)[] }): GeneratedBlock {
  const out: GeneratedBlock = { rows: b.rows };
  if (b.title !== undefined) out.title = b.title;
  if (b.header) out.header = b.header;
  if (b.formats) out.formats = b.formats.map((f) => NUMBER_FORMATS[f]);
  if (b.boldRows) out.boldRows = b.boldRows;
  if (b.rowBackgrounds) out.rowBackgrounds = b.rowBackgrounds;
  return out;
}

/** The packet: numbers stay numbers in the General format, so a reader gets exactly what was written. */
export function writePacketSheet(
  ss: Spreadsheet,
  packet: { sheetName: string; blocks: SummaryBlock[] },
  asOf: DayNumber,
  now: Date,
  lang: Lang,
): void {
  writeGeneratedSheet(packet.sheetName, packet.blocks.map(toGenerated), {
    asOf,
    now,
    lang,
    ss,
    columnWidths: [220, 300, 160],
  });
}

export function writeNetSheet(ss: Spreadsheet, sheet: NetSheet, asOf: DayNumber, now: Date, lang: Lang): void {
  const result = writeGeneratedSheet(sheet.sheetName, sheet.blocks.map(toGenerated), {
    asOf,
    now,
    lang,
    ss,
    columnWidths: sheet.columnWidths,
  });
  const s = ss.getSheetByName(result.sheetName);
  if (s && (sheet.charts.length > 0 || s.getCharts().length > 0))
    drawCharts(s, { ...sheet, key: 'monthly', internal: false } as unknown as SummaryTable, result.blockRows);
}
