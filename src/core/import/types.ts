/**
 * The shapes of an import: what kind of record a group's tab holds, which field each of its
 * columns feeds, and the plan a dry run shows before anything is written.
 */
import type { Text } from '../i18n';
import type { RecordSheetKey } from '../schema';

/** The kinds of book a group keeps, as the importer recognises them. */
export const IMPORT_KINDS = ['members', 'depositLog', 'receipts', 'savingsGrid', 'welfare', 'ledger'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The fund book sheet each kind of tab is imported into. */
export const TARGET_SHEET: Record<ImportKind, RecordSheetKey> = {
  members: 'members',
  depositLog: 'deposits',
  receipts: 'deposits',
  savingsGrid: 'deposits',
  welfare: 'welfare',
  ledger: 'ledger',
};

/**
 * A field a source column can feed. Most are the fund book's own column keys; the rest are the
 * group's ways of writing them: a name to find the member by, a free-text description, รับ/จ่าย
 * columns, a running balance, a total column, one amount column per fee ('fee:annual_fee'),
 * one column per month ('month:8') or per day ('day:15') of a savings grid.
 */
export type ImportField = string;

/** How to read a two-digit year in one column: the user's choice, never ours. */
export type Century = 'be25' | 'be24' | 'ce20' | 'ce19';

export interface ColumnMapping {
  /** 0-based column in the tab. */
  column: number;
  /** The header as the group wrote it (header rows joined). */
  header: string;
  /** null: left out. */
  field: ImportField | null;
  /** 0..1: 1 an exact header word, lower a partial match; 0 for a column left out. */
  confidence: number;
  /** For a date column: the century the user picked for two-digit years. */
  century?: Century;
}

/** How one tab is read. Saved in the book (per tab) and exportable as a file. */
export interface TabMapping {
  tab: string;
  kind: ImportKind;
  /** 1-based rows of the header (one, or two when a merged group label sits above months). */
  headerRows: number[];
  columns: ColumnMapping[];
  /** Savings grid: the B.E. year (from the tab name or a title row, or given by the user). */
  yearBE?: number | null;
  /** Day grid (columns 1–31): the month (1–12). */
  month?: number | null;
}

/** Answers for names the book does not know yet. */
export interface ValueMaps {
  /** benefit as written -> benefit code of the catalogue, or '+' to add it to the catalogue. */
  benefits: Record<string, string>;
  /** ledger description/kind as written -> ledger kind code, or 'skip' (kept in another register). */
  ledgerKinds: Record<string, string>;
}

export interface ImportMapping {
  format: 'welfare-fund-import';
  version: 1;
  tabs: TabMapping[];
  values: ValueMaps;
}

export interface SkippedRow {
  /** 1-based row in the source tab. */
  row: number;
  /** Column letter when one cell is skipped (grids, receipt books). */
  cell?: string;
  reason: Text;
  /** Satang the row would have added, when its amount could be read. */
  satang?: number;
}

/** A money total by kind: what will be imported, what the tab says, what is left out. */
export interface KindTotal {
  /** deposit kind, 'welfare', 'income', 'expense' or a ledger kind */
  kind: string;
  label: Text;
  /** Satang to import. */
  satang: number;
  /** Satang in rows skipped with a reason. */
  skippedSatang: number;
  /** Satang already in the book from an earlier import of the same rows. */
  alreadySatang: number;
}

export interface Reconcile {
  /** Where the tab's own total is: 'row N' or 'column X'. */
  where: Text;
  /** The tab's own total, in satang. */
  sourceSatang: number;
  /** What the importer read in the rows it covers (imported + skipped + already imported). */
  readSatang: number;
  ok: boolean;
}

/** One record to write, with where it came from. */
export interface PlannedRecord {
  /** `tab!row` or `tab!A1` for one cell of a grid: the key that makes re-imports add only what is new. */
  origin: string;
  values: Record<string, string | number | null>;
}

export interface TabPlan {
  tab: string;
  kind: ImportKind;
  target: RecordSheetKey;
  /** Rows holding data (blank rows and the total row not counted). */
  rowsRead: number;
  /** Records to add (a grid row gives one per month cell). */
  toImport: number;
  alreadyImported: number;
  skipped: SkippedRow[];
  totals: KindTotal[];
  reconciles: Reconcile[];
  /** Members on a member roll (to import + already there). */
  memberCount: number;
  unknownBenefits: string[];
  unknownLedgerKinds: { text: string; direction: 'income' | 'expense' }[];
  /** Refusals: any of them means nothing of this tab is imported. */
  problems: Text[];
  records: PlannedRecord[];
  /** Notes the user should read (e.g. a row whose total column disagrees). */
  notes: { row: number; text: Text }[];
}
