/**
 * Writing a whole spreadsheet the add-on owns (the figures file for local government, and packets
 * built on it) with the advanced Sheets service: ONE Sheets.Spreadsheets.get to see what is there,
 * ONE Sheets.Spreadsheets.batchUpdate that makes it exactly the sheets given. The batch is all or
 * nothing (https://developers.google.com/sheets/api/guides/batchupdate), so a failure leaves the
 * previous version whole. Works under `drive.file` for a file this add-on created
 * (https://developers.google.com/sheets/api/scopes); no `spreadsheets` scope.
 *
 * Each sheet is rewritten whole (UpdateCellsRequest with fields "*": values, formats and notes of
 * every cell), its grid trimmed to what it holds (cells count against the 10-million-cell limit),
 * protected for real (only the owner edits), charted, and given its print layout. Sheets not
 * listed, named ranges, other developer metadata, old protections and charts are removed.
 */
import type { ChartPlan } from '../../core/summaries';
import { type CellValue, type GeneratedLayout, printLayoutRequest, TEXT_FORMAT } from '../book';
import type { PrintLayout } from '../../core/print-layout';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type ChartData = GoogleAppsScript.Sheets.Schema.ChartData;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export interface ApiChart {
  plan: ChartPlan;
  /** The block's header row is included when the plan starts at the block's first row. */
  blockHasHeader: boolean;
}

export interface ApiSheet {
  title: string;
  layout: GeneratedLayout;
  frozenRows: number;
  columnWidths?: number[];
  charts?: ApiChart[];
  /** Description of the sheet's protection (only the owner may edit). */
  protection: string;
  /** How it prints (kept as developer metadata: Sheets has no print-settings API). */
  print?: PrintLayout;
}

function sheets(): GoogleAppsScript.Sheets {
  // `Sheets` is only defined when the advanced service is enabled in appsscript.json.
  if (typeof Sheets === 'undefined' || !Sheets) throw new Error('The advanced Sheets service is not enabled');
  return Sheets;
}

function color(hex: string): Color {
  const n = parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** Days since 1899-12-30 in Bangkok: how Sheets stores a date. */
function serial(d: Date): number {
  return (d.getTime() + 7 * 3600e3) / 86400e3 + 25569;
}

function cellData(v: CellValue, format: string, bg: string | null, bold: boolean): CellData {
  const cell: CellData = {};
  if (typeof v === 'string') {
    // stringValue is never read as a formula or number: the quote writeGeneratedSheet adds is not needed
    if (v !== '') cell.userEnteredValue = { stringValue: format !== TEXT_FORMAT && v.startsWith("'") ? v.slice(1) : v };
  } else if (typeof v === 'number') cell.userEnteredValue = { numberValue: v };
  else if (typeof v === 'boolean') cell.userEnteredValue = { boolValue: v };
  else cell.userEnteredValue = { numberValue: serial(v) };
  const fmt: CellFormat = {};
  if (format === TEXT_FORMAT) fmt.numberFormat = { type: 'TEXT', pattern: '@' };
  else if (format && format !== 'General') fmt.numberFormat = { type: 'NUMBER', pattern: format };
  if (bg) fmt.backgroundColor = color(bg);
  if (bold) fmt.textFormat = { bold: true };
  if (Object.keys(fmt).length > 0) cell.userEnteredFormat = fmt;
  return cell;
}

function chartRequest(sheetId: number, chart: ApiChart, blockRow: number): Request | null {
  const { plan } = chart;
  const first = blockRow + plan.firstRow;
  const count = plan.lastRow - plan.firstRow + 1;
  if (count <= 0) return null;
  const withHeader = chart.blockHasHeader && plan.firstRow === 0;
  const top = withHeader ? first - 1 : first; // 1-based
  const height = withHeader ? count + 1 : count;
  const column = (c: number): ChartData => ({
    sourceRange: {
      sources: [
        { sheetId, startRowIndex: top - 1, endRowIndex: top - 1 + height, startColumnIndex: c, endColumnIndex: c + 1 },
      ],
    },
  });
  return {
    addChart: {
      chart: {
        spec: {
          title: plan.title,
          basicChart: {
            chartType: plan.type,
            headerCount: withHeader ? 1 : 0,
            domains: [{ domain: column(plan.labelCol) }],
            series: plan.valueCols.map((c) => ({ series: column(c), targetAxis: 'LEFT_AXIS' })),
          },
        },
        position: {
          overlayPosition: { anchorCell: { sheetId, rowIndex: Math.max(1, top) - 1, columnIndex: plan.anchorCol } },
        },
      },
    },
  };
}

/** Makes the spreadsheet hold exactly `wanted`, in order, in one batch. Returns the sheet titles. */
export function writeSpreadsheetWithApi(spreadsheetId: string, wanted: ApiSheet[]): string[] {
  const api = sheets();
  const current = api.Spreadsheets.get(spreadsheetId, {
    fields:
      'sheets(properties(sheetId,title),protectedRanges(protectedRangeId),charts(chartId),developerMetadata(metadataId)),namedRanges(namedRangeId),developerMetadata(metadataId)',
  });
  const existing = current.sheets ?? [];
  const byTitle = new Map(existing.map((s) => [String(s.properties?.title), s]));
  const usedIds = new Set(existing.map((s) => Number(s.properties?.sheetId)));
  let nextId = 1000;
  const freshId = () => {
    while (usedIds.has(nextId)) nextId++;
    usedIds.add(nextId);
    return nextId;
  };

  const requests: Request[] = [];
  const after: Request[] = [];
  const wantedTitles = new Set(wanted.map((w) => w.title));
  wanted.forEach((w, index) => {
    const { layout } = w;
    const grid = {
      rowCount: layout.height,
      columnCount: layout.width,
      frozenRowCount: Math.min(w.frozenRows, layout.height - 1),
    };
    const old = byTitle.get(w.title);
    let sheetId: number;
    if (old) {
      sheetId = Number(old.properties?.sheetId);
      requests.push({
        updateSheetProperties: {
          properties: { sheetId, index, hidden: false, gridProperties: grid },
          fields: 'index,hidden,gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
        },
      });
      for (const p of old.protectedRanges ?? [])
        after.push({ deleteProtectedRange: { protectedRangeId: p.protectedRangeId } });
      for (const c of old.charts ?? []) after.push({ deleteEmbeddedObject: { objectId: c.chartId } });
      for (const m of old.developerMetadata ?? [])
        after.push({
          deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: m.metadataId } } },
        });
    } else {
      sheetId = freshId();
      requests.push({ addSheet: { properties: { sheetId, title: w.title, index, gridProperties: grid } } });
    }
    after.push({
      updateCells: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: layout.height,
          startColumnIndex: 0,
          endColumnIndex: layout.width,
        },
        rows: layout.values.map((row, i) => ({
          values: row.map((v, j) =>
            cellData(v, layout.formats[i][j], layout.backgrounds[i][j], layout.weights[i][j] === 'bold'),
          ),
        })),
        fields: '*',
      },
    });
    (w.columnWidths ?? []).forEach((px, c) =>
      after.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + 1 },
          properties: { pixelSize: px },
          fields: 'pixelSize',
        },
      }),
    );
    after.push({
      addProtectedRange: { protectedRange: { range: { sheetId }, description: w.protection, warningOnly: false } },
    });
    for (const chart of w.charts ?? []) {
      const r = chartRequest(sheetId, chart, layout.blockRows[chart.plan.block]);
      if (r) after.push(r);
    }
    if (w.print) after.push(printLayoutRequest(sheetId, w.print));
  });
  // Sheets that should not be there go once the new ones exist (a spreadsheet keeps one sheet).
  for (const s of existing) {
    if (!wantedTitles.has(String(s.properties?.title)))
      requests.push({ deleteSheet: { sheetId: s.properties?.sheetId } });
  }
  for (const n of current.namedRanges ?? []) after.push({ deleteNamedRange: { namedRangeId: n.namedRangeId } });
  for (const m of current.developerMetadata ?? [])
    after.push({ deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: m.metadataId } } } });
  api.Spreadsheets.batchUpdate({ requests: [...requests, ...after] }, spreadsheetId);
  return wanted.map((w) => w.title);
}
