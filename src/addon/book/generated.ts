/**
 * Sheets the add-on owns (check report, summaries, statements): rewritten whole on each run with
 * one setValues, one setNumberFormats, one setBackgrounds and one setFontWeights, stamped with
 * their "as of" date, protected with a warning only. They never overwrite a record or settings
 * sheet, nor a sheet of the same name that the add-on did not make.
 */
import { dayFromDate, formatDateBE, type DayNumber } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import { findSheetDef } from '../../core/schema';
import { userLang } from '../lang';
import { userError } from './errors';
import { ensureColumns, ensureRows } from './append';
import { GENERATED_HEADER_BACKGROUND, TEXT_FORMAT, quoteText, type CellInput, type CellValue } from './formats';
import { withDocumentLock } from './lock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GeneratedBlock {
  /** A bold line above the block. */
  title?: string;
  /** Column headings: bold on a coloured background. */
  header?: string[];
  rows: CellInput[][];
  /** Number format per column of `rows` (e.g. MONEY_FORMAT, DATE_FORMAT); strings are always plain text. */
  formats?: (string | null | undefined)[];
  /** Background per row of `rows` (null: none), e.g. to mark errors. */
  rowBackgrounds?: (string | null)[];
  /** Indexes of `rows` to show bold (totals). */
  boldRows?: number[];
}

export interface GeneratedOptions {
  /** The day the figures are as of (shown in the stamp, in พ.ศ.). */
  asOf: DayNumber;
  /** When the sheet was made; default now. */
  now?: Date;
  lang?: Lang;
  /** Rows to freeze from the top (e.g. the stamp and a header); default 1 (the stamp). */
  frozenRows?: number;
  /** Pixel width per column, from column A. */
  columnWidths?: number[];
  ss?: Spreadsheet;
}

export interface GeneratedResult {
  sheetName: string;
  rows: number;
  columns: number;
  /** 1-based sheet row where each block's first data row landed (for links from the sidebar). */
  blockRows: number[];
}

const BANGKOK_OFFSET_MS = 7 * 3600e3;

/** '21 พ.ย. 2569 14:05' (Thai) / '21/11/2569 14:05' (English): date in พ.ศ., time in Bangkok. */
export function formatStampTime(now: Date, lang: Lang): string {
  const local = new Date(now.getTime() + BANGKOK_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDateBE(dayFromDate(now), lang === 'th' ? 'short' : 'numeric')} ${hh}:${mm}`;
}

export function stampText(asOf: DayNumber, now: Date, lang: Lang): string {
  return t('generated.stamp', lang, {
    asOf: formatDateBE(asOf, lang === 'th' ? 'short' : 'numeric'),
    created: formatStampTime(now, lang),
  });
}

/** The fixed start of the stamp in each language ("ข้อมูล ณ วันที่ ", "Data as of "). */
function stampPrefixes(): string[] {
  const mark = '\u0000';
  return (['th', 'en'] as Lang[]).map(
    (lang) => t('generated.stamp', lang, { asOf: mark, created: mark }).split(mark)[0],
  );
}

/** A sheet the add-on generated: its A1 holds the stamp. */
export function isGeneratedSheet(sheet: Sheet): boolean {
  if (sheet.getLastRow() === 0) return false;
  const a1 = sheet.getRange(1, 1).getValue();
  return typeof a1 === 'string' && stampPrefixes().some((p) => a1.startsWith(p));
}

function cellFor(v: CellInput, format: string): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return format === TEXT_FORMAT || v === '' ? v : quoteText(v);
  return v;
}

/** A generated sheet laid out in memory: one 2-D array per kind of content, all width x height. */
export interface GeneratedLayout {
  /** As the cells should hold them: text that could read as a number or formula is quoted (cellFor). */
  values: CellValue[][];
  formats: string[][];
  backgrounds: (string | null)[][];
  weights: ('bold' | null)[][];
  blockRows: number[];
  width: number;
  height: number;
}

/** The stamp and blocks as 2-D arrays (no service call): what writeGeneratedSheet writes. */
export function layoutGeneratedSheet(
  blocks: GeneratedBlock[],
  asOf: DayNumber,
  now: Date,
  lang: Lang,
): GeneratedLayout {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const backgrounds: (string | null)[][] = [];
  const weights: ('bold' | null)[][] = [];
  const push = (row: CellValue[], fmt: string[], bg: string | null, bold: boolean) => {
    values.push(row);
    formats.push(fmt);
    backgrounds.push(row.map(() => bg));
    weights.push(row.map(() => (bold ? 'bold' : null)));
  };
  const blockRows: number[] = [];
  push([stampText(asOf, now, lang)], [TEXT_FORMAT], null, false);
  for (const block of blocks) {
    push([], [], null, false);
    if (block.title !== undefined) push([block.title], [TEXT_FORMAT], null, true);
    if (block.header)
      push(
        block.header.slice(),
        block.header.map(() => TEXT_FORMAT),
        GENERATED_HEADER_BACKGROUND,
        true,
      );
    blockRows.push(values.length + 1);
    const bold = new Set(block.boldRows ?? []);
    block.rows.forEach((row, i) => {
      const fmt = row.map((v, j) =>
        typeof v === 'string' || v === null || v === undefined ? TEXT_FORMAT : block.formats?.[j] || 'General',
      );
      push(
        row.map((v, j) => cellFor(v, fmt[j])),
        fmt,
        block.rowBackgrounds?.[i] ?? null,
        bold.has(i),
      );
    });
  }
  const width = Math.max(1, ...values.map((r) => r.length));
  const height = values.length;
  for (let i = 0; i < height; i++) {
    while (values[i].length < width) {
      values[i].push('');
      formats[i].push(TEXT_FORMAT);
      backgrounds[i].push(backgrounds[i][0] ?? null);
      weights[i].push(null);
    }
  }
  return { values, formats, backgrounds, weights, blockRows, width, height };
}

/**
 * Clears the sheet `name` (creating it if needed) and writes the blocks under the stamp, a blank
 * row between blocks. Throws a UserError for a record/settings sheet name, or for an existing
 * sheet of that name that holds data without the add-on's stamp.
 */
export function writeGeneratedSheet(name: string, blocks: GeneratedBlock[], opts: GeneratedOptions): GeneratedResult {
  const lang = opts.lang ?? userLang();
  const now = opts.now ?? new Date();
  if (findSheetDef(name)) throw userError('generated.isRecordSheet', { sheet: name });
  const { values, formats, backgrounds, weights, blockRows, width, height } = layoutGeneratedSheet(
    blocks,
    opts.asOf,
    now,
    lang,
  );

  return withDocumentLock(() => {
    const ss = opts.ss ?? SpreadsheetApp.getActiveSpreadsheet();
    let sheet = ss.getSheetByName(name);
    if (sheet) {
      if (sheet.getLastRow() > 0 && !isGeneratedSheet(sheet)) throw userError('generated.notOurs', { sheet: name });
      sheet.clear();
    } else {
      sheet = ss.insertSheet(name, ss.getNumSheets());
    }
    ensureRows(sheet, height);
    ensureColumns(sheet, width);
    const range = sheet.getRange(1, 1, height, width);
    range.setNumberFormats(formats);
    range.setValues(values);
    range.setBackgrounds(backgrounds);
    range.setFontWeights(weights);
    sheet.setFrozenRows(Math.min(opts.frozenRows ?? 1, height));
    (opts.columnWidths ?? []).forEach((w, i) => sheet!.setColumnWidth(i + 1, w));
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
      const protection = sheet.protect();
      protection.setDescription(`${t('generated.protection', 'th')} / ${t('generated.protection', 'en')}`);
      protection.setWarningOnly(true);
    }
    return { sheetName: name, rows: height, columns: width, blockRows };
  });
}
