/**
 * The shapes summaries take and give. Core builds plain tables (values + a format per cell);
 * the add-on layer writes them to sheets in one setValues each. Dates leave core as พ.ศ. text.
 */
import type { DayNumber } from '../dates';
import type { Lang } from '../i18n';
import type { Deposit, LedgerEntry, Member, WelfarePayment } from '../records';
import type { FundSettings } from '../settings';

export type PeriodKind = 'calendar' | 'fiscal';

export interface SummaryInput {
  settings: FundSettings;
  members: Member[];
  deposits: Deposit[];
  welfare: WelfarePayment[];
  ledger: LedgerEntry[];
  asOf: DayNumber;
  period: PeriodKind;
  /** Labels' language; the fund's own setting by default. */
  lang?: Lang;
}

/** The reporting period: a whole calendar or fiscal year cut off at the as-of day. */
export interface Period {
  kind: PeriodKind;
  /** พ.ศ. name of the year (a fiscal year is named by the year it ends in). */
  name: number;
  start: DayNumber;
  /** Last day of the whole year (may be after asOf). */
  end: DayNumber;
  asOf: DayNumber;
}

/** How a number is shown: the add-on turns these into number formats. Strings are always text. */
export type CellFormat = 'text' | 'int' | 'money' | 'percent' | 'decimal';
export type Cell = string | number;

/**
 * A block of a sheet, as the workbook layer writes it (src/addon/book/generated.ts): an optional
 * bold title line, an optional header row, then rows; blocks are separated by a blank row.
 */
export interface SummaryBlock {
  title?: string;
  header?: string[];
  rows: Cell[][];
  /** Number format per column of `rows`. */
  formats?: CellFormat[];
  /** Indexes of `rows` shown bold (totals). */
  boldRows?: number[];
}

/** A chart over rows [firstRow, lastRow] (indexes into the block's rows): a label column and value columns. */
export interface ChartPlan {
  type: 'LINE' | 'COLUMN';
  title: string;
  block: number;
  firstRow: number;
  lastRow: number;
  /** 0-based columns. */
  labelCol: number;
  valueCols: number[];
  /** 0-based column of the anchor cell (the anchor row is the block's header row). */
  anchorCol: number;
}

export type SummarySheetKey =
  'fundStatus' | 'monthly' | 'byBenefit' | 'byVillage' | 'arrears' | 'statements' | 'matching';

export interface SummaryTable {
  key: SummarySheetKey;
  /** The sheet's name (Thai; stable so a rebuild finds it). */
  sheetName: string;
  /** Internal sheets hold names and per-person figures: never shared outside the fund book. */
  internal: boolean;
  blocks: SummaryBlock[];
  /** Column widths in pixels, from column A. */
  columnWidths?: number[];
  charts: ChartPlan[];
}
