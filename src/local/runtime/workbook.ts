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

/** What a sheet keeps from the file without modelling it. */
export interface SheetPassthrough {
  merges: string[];
  conditionalFormattings: unknown[];
  rowHeights: Map<number, number>;
  /** Print layout (paper, fit to width): Apps Script has no API for it, files from other programs keep it. */
  pageSetup?: Record<string, unknown>;
}

export class SheetModel {
  // The cell data below is parsed from the file only when first used (see load()); the getters
  // make every reader, in the runtime or the writer, wait for it.
  private _rows: CellValue[][] = [];
  private _formulas = new Grid<string>();
  private _notes = new Grid<string>();
  private _validations = new ColumnRuns<ValidationSpec>();
  private _formats = new Formats();
  private _frozenRows = 0;
  private _frozenCols = 0;
  private _colWidths = new Map<number, number>();
  private _tabColor: string | null = null;
  private _passthrough: SheetPassthrough = {
    merges: [],
    conditionalFormattings: [],
    rowHeights: new Map(),
  };
  /** parses this sheet's part into the fields above; set by the reader, cleared once it has run */
  private loader?: () => void;

  /** rows[r][c], 0-based; a missing row or cell is empty (''). */
  get rows(): CellValue[][] {
    if (this.loader) this.load();
    return this._rows;
  }
  set rows(v: CellValue[][]) {
    if (this.loader) this.load();
    this._rows = v;
  }
  get formulas(): Grid<string> {
    if (this.loader) this.load();
    return this._formulas;
  }
  set formulas(v: Grid<string>) {
    if (this.loader) this.load();
    this._formulas = v;
  }
  get notes(): Grid<string> {
    if (this.loader) this.load();
    return this._notes;
  }
  set notes(v: Grid<string>) {
    if (this.loader) this.load();
    this._notes = v;
  }
  get validations(): ColumnRuns<ValidationSpec> {
    if (this.loader) this.load();
    return this._validations;
  }
  set validations(v: ColumnRuns<ValidationSpec>) {
    if (this.loader) this.load();
    this._validations = v;
  }
  get formats(): Formats {
    if (this.loader) this.load();
    return this._formats;
  }
  set formats(v: Formats) {
    if (this.loader) this.load();
    this._formats = v;
  }
  get frozenRows(): number {
    if (this.loader) this.load();
    return this._frozenRows;
  }
  set frozenRows(v: number) {
    if (this.loader) this.load();
    this._frozenRows = v;
  }
  get frozenCols(): number {
    if (this.loader) this.load();
    return this._frozenCols;
  }
  set frozenCols(v: number) {
    if (this.loader) this.load();
    this._frozenCols = v;
  }
  /** 1-based column -> width in pixels */
  get colWidths(): Map<number, number> {
    if (this.loader) this.load();
    return this._colWidths;
  }
  set colWidths(v: Map<number, number>) {
    if (this.loader) this.load();
    this._colWidths = v;
  }
  get tabColor(): string | null {
    if (this.loader) this.load();
    return this._tabColor;
  }
  set tabColor(v: string | null) {
    if (this.loader) this.load();
    this._tabColor = v;
  }
  /** ExcelJS features we do not model but keep: merges, conditional formats, row heights */
  get passthrough(): SheetPassthrough {
    if (this.loader) this.load();
    return this._passthrough;
  }
  set passthrough(v: SheetPassthrough) {
    if (this.loader) this.load();
    this._passthrough = v;
  }

  maxRows = 1000;
  maxCols = 26;
  hidden = false;
  protections: ProtectionSpec[] = [];
  charts: ChartSpec[] = [];
  devMeta: DevMetaSpec[] = [];
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

  /** Whether the sheet's cells are still only in the file (nothing has read them yet). */
  get pending(): boolean {
    return !!this.loader;
  }

  /** Defers reading the sheet's part until something first uses its cells (files/xlsx-read.ts). */
  defer(loader: () => void): void {
    this.loader = loader;
  }

  /** Reads the deferred part now; the sheet then matches it, so a save still copies it unless changed. */
  load(): void {
    const loader = this.loader;
    if (!loader) return;
    this.loader = undefined;
    loader();
    if (this.origin) this.origin.fingerprint = this.fingerprint();
  }

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

  /** Whether a save must write this sheet anew (a sheet never read is unchanged). */
  needsWrite(): boolean {
    if (this.dirty) return true;
    if (this.loader) return false;
    return !this.origin || this.origin.fingerprint !== this.fingerprint();
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
