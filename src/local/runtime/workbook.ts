/** The in-memory workbook: plain data, no Apps Script API (that lives in sheet.ts/range.ts/...). */
import { CellStore, Grid } from './grid';
import { ColumnRuns } from './runs';
import { CellValue } from './values';

export interface ValidationSpec {
  /** Apps Script DataValidationCriteria name, e.g. 'VALUE_IN_LIST', 'DATE_IS_VALID_DATE', 'NUMBER_BETWEEN' */
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ProtectionSpec {
  id: number;
  /** 'SHEET' protects the whole sheet; 'RANGE' a block */
  type: 'SHEET' | 'RANGE';
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  /** for SHEET protections: blocks left editable, as [row, col, numRows, numCols] */
  unprotected: [number, number, number, number][];
}

export interface ChartSpec {
  id: string;
  type: string;
  ranges: string[];
  title: string | null;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  hidden?: boolean;
}

export interface DevMetaSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** 'SPREADSHEET' or 'SHEET' */
  location: string;
}

/** Cell formatting kept per cell; attributes we do not model are kept in `raw` to survive a save. */
export class Formats {
  numFmt = new ColumnRuns<string>();
  background = new ColumnRuns<string>();
  fontWeight = new ColumnRuns<string>();
  fontColor = new ColumnRuns<string>();
  fontSize = new ColumnRuns<number>();
  hAlign = new ColumnRuns<string>();
  wrap = new ColumnRuns<boolean>();
  /** ExcelJS style parts of a loaded cell that we do not model (borders, italics, ...) */
  raw = new ColumnRuns<Record<string, unknown>>();

  all(): CellStore<unknown>[] {
    return [
      this.numFmt,
      this.background,
      this.fontWeight,
      this.fontColor,
      this.fontSize,
      this.hAlign,
      this.wrap,
      this.raw,
    ];
  }
}

export class SheetModel {
  /** rows[r][c], 0-based; a missing row or cell is empty (''). */
  rows: CellValue[][] = [];
  formulas = new Grid<string>();
  notes = new Grid<string>();
  validations = new ColumnRuns<ValidationSpec>();
  formats = new Formats();
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  /** 1-based column -> width in pixels */
  colWidths = new Map<number, number>();
  hidden = false;
  tabColor: string | null = null;
  protections: ProtectionSpec[] = [];
  charts: ChartSpec[] = [];
  devMeta: DevMetaSpec[] = [];
  /** ExcelJS features we do not model but keep: merges, conditional formats, row heights */
  passthrough: { merges: string[]; conditionalFormattings: unknown[]; rowHeights: Map<number, number> } = {
    merges: [],
    conditionalFormattings: [],
    rowHeights: new Map(),
  };
  /** the Sheet API object for this model (created lazily by sheet.ts) */
  api: unknown;
  /**
   * False only while the sheet still matches the part it was read from (`origin`): a save then copies
   * that part byte for byte. Service calls that change a sheet set it (see metrics.ts instrument);
   * code that edits the model directly must call markDirty().
   */
  dirty = true;
  /** the .xlsx part this sheet was read from, and a cheap fingerprint of the model at that time */
  origin?: { part: string; fingerprint: string };

  constructor(
    public name: string,
    public sheetId: number,
  ) {}

  markDirty(): void {
    this.dirty = true;
  }

  /** Sizes of everything the sheet holds: a change that escaped markDirty() still changes this. */
  fingerprint(): string {
    const f = this.formats;
    return [
      this.name,
      this.rows.length,
      this.formulas.size,
      this.notes.size,
      this.validations.size,
      ...f.all().map((g) => g.size),
      this.maxRows,
      this.maxCols,
      this.frozenRows,
      this.frozenCols,
      this.colWidths.size,
      this.hidden,
      this.tabColor,
      this.passthrough.merges.length,
      this.protections.filter((p) => p.type === 'SHEET' && !p.warningOnly).length,
    ].join('|');
  }

  /** Whether a save must write this sheet anew. */
  needsWrite(): boolean {
    return this.dirty || !this.origin || this.origin.fingerprint !== this.fingerprint();
  }

  /** 0-based index of the last row holding a value or a formula, -1 when empty. */
  lastRowIndex(): number {
    let r = this.rows.length - 1;
    for (; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((v) => v !== '' && v !== undefined)) break;
    }
    return Math.max(r, this.formulas.maxRow());
  }

  lastColIndex(): number {
    let max = -1;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c > max; c--) {
        const v = row[c];
        if (v !== '' && v !== undefined) {
          max = c;
          break;
        }
      }
    }
    return Math.max(max, this.formulas.maxCol());
  }

  ensureSize(rows: number, cols: number): void {
    if (rows > this.maxRows) this.maxRows = rows;
    if (cols > this.maxCols) this.maxCols = cols;
  }
}

/** Where a loaded workbook came from; .xls/.ods/.csv are read-only sources (import them instead). */
export interface WorkbookSource {
  path: string;
  format: 'xlsx' | 'xls' | 'ods' | 'csv';
  readOnly: boolean;
  /** for CSV: how its bytes were decoded */
  encoding?: 'utf-8' | 'windows-874';
  /** for .xlsx: the opened file, so a save copies what did not change (files/xlsx-write.ts) */
  pkg?: unknown;
}

let nextWorkbookSeq = 1;

/**
 * Google Sheets holds at most 10 million cells per spreadsheet, counted as rows x columns of every
 * sheet's grid, empty cells included (https://support.google.com/drive/answer/37603, "Files you can
 * store in Google Drive": "Up to 10 million cells or 18,278 columns"). Growing past it fails with
 * Sheets' own message, below.
 */
export const CELL_LIMIT = 10_000_000;
export const CELL_LIMIT_MESSAGE =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeSheet = 0;
  /** document properties (PropertiesService.getDocumentProperties) */
  docProps = new Map<string, string>();
  namedRanges = new Map<string, { sheet: string; row: number; col: number; numRows: number; numCols: number }>();
  devMeta: DevMetaSpec[] = [];
  locale = 'th_TH';
  timeZone = 'Asia/Bangkok';
  nextSheetId = 1;
  nextProtectionId = 1;
  nextMetaId = 1;
  /** the Spreadsheet API object (created lazily by spreadsheet.ts) */
  api: unknown;
  /** the file this workbook was loaded from (absent for a new workbook) */
  source?: WorkbookSource;

  constructor(
    public id: string,
    public name: string,
  ) {}

  static newId(): string {
    // Drive ids are 44 url-safe characters; a readable, unique stand-in is enough offline
    const seq = String(nextWorkbookSeq++).padStart(4, '0');
    return `local-${Date.now().toString(36)}-${seq}`.padEnd(44, '0');
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const id = this.sheets.length === 0 ? 0 : this.nextSheetId++;
    const s = new SheetModel(name, id);
    if (id >= this.nextSheetId) this.nextSheetId = id + 1;
    this.sheets.splice(index, 0, s);
    return s;
  }

  /** rows x columns of every sheet's grid: what counts against CELL_LIMIT */
  cellCount(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxCols;
    return n;
  }

  /** Would adding `extra` grid cells pass the limit? (Shrinking, extra <= 0, always fits.) */
  exceedsCellLimit(extra: number): boolean {
    return extra > 0 && this.cellCount() + extra > CELL_LIMIT;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}
