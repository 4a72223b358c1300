/** SpreadsheetApp Sheet. */
import { parseA1 } from './a1';
import { EmbeddedChart, EmbeddedChartBuilder } from './chart';
import { Ctx } from './context';
import { normalizeColor } from './format';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { addMeta, DeveloperMetadata } from './metadata';
import { Protection } from './protection';
import { Range } from './range';
import { TextFinder } from './text-finder';
import type { Spreadsheet } from './spreadsheet';
import { CellValue } from './values';
import { CELL_LIMIT_MESSAGE, SheetModel } from './workbook';

const DEFAULT_COLUMN_WIDTH = 100;

export class Sheet
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getDataRange'
      | 'createTextFinder'
      | 'insertRows'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'deleteRows'
      | 'deleteRow'
      | 'deleteColumns'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'setTabColor'
      | 'getTabColor'
      | 'autoResizeColumns'
    >
{
  constructor(
    ctx: Ctx,
    readonly _parent: Spreadsheet,
    readonly _model: SheetModel,
  ) {
    super(ctx);
  }

  static of(ctx: Ctx, parent: Spreadsheet, model: SheetModel): Sheet {
    if (!(model.api instanceof Sheet)) model.api = new Sheet(ctx, parent, model);
    return model.api as Sheet;
  }

  override toString(): string {
    return 'Sheet';
  }

  _gone(): void {
    if (!this._parent._wb.sheets.includes(this._model)) throw this._ctx.error('Sheet not found');
  }

  getName(): string {
    return this._model.name;
  }

  setName(name: string): Sheet {
    this._parent._checkNewName(String(name), this._model);
    const old = this._model.name;
    const wb = this._parent._wb;
    // named ranges and chart ranges follow the sheet, as in Sheets
    for (const n of wb.namedRanges.values()) if (n.sheet === old) n.sheet = String(name);
    const prefix = `${old}!`;
    for (const s of wb.sheets) {
      for (const c of s.charts)
        c.ranges = c.ranges.map((r) => (r.startsWith(prefix) ? `${name}!${r.slice(prefix.length)}` : r));
    }
    this._model.name = String(name);
    return this;
  }

  getSheetId(): number {
    return this._model.sheetId;
  }

  getSheetName(): string {
    return this._model.name;
  }

  /** 1-based position among the sheets */
  getIndex(): number {
    return this._parent._wb.sheets.indexOf(this._model) + 1;
  }

  getParent(): Spreadsheet {
    return this._parent;
  }

  getType(): string {
    return 'GRID';
  }

  getLastRow(): number {
    return this._model.lastRowIndex() + 1;
  }

  getLastColumn(): number {
    return this._model.lastColIndex() + 1;
  }

  getMaxRows(): number {
    return this._model.maxRows;
  }

  getMaxColumns(): number {
    return this._model.maxCols;
  }

  /** Validates like Apps Script does and returns the range (no counting: used by other services). */
  _range(row: number, col: number, numRows: number, numCols: number): Range {
    const ok = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n);
    if (![row, col, numRows, numCols].every(ok)) {
      throw this._ctx.error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    if (row < 1) throw this._ctx.error('The starting row of the range is too small.');
    if (col < 1) throw this._ctx.error('The starting column of the range is too small.');
    if (numRows < 1) throw this._ctx.error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw this._ctx.error('The number of columns in the range must be at least 1.');
    const r = Math.floor(row),
      c = Math.floor(col),
      nr = Math.floor(numRows),
      nc = Math.floor(numCols);
    if (r + nr - 1 > this._model.maxRows || c + nc - 1 > this._model.maxCols) {
      throw this._ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this._ctx, this, r, c, nr, nc);
  }

  _rangeA1(a1: string): Range {
    const ref = parseA1(String(a1));
    if (!ref) throw this._ctx.error('Range not found');
    const row = ref.row ?? 1;
    const col = ref.col ?? 1;
    const lastRow = ref.lastRow ?? ref.row ?? this._model.maxRows;
    const lastCol = ref.lastCol ?? ref.col ?? this._model.maxCols;
    const [r0, r1] = [Math.min(row, lastRow), Math.max(row, lastRow)];
    const [c0, c1] = [Math.min(col, lastCol), Math.max(col, lastCol)];
    return this._range(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    this._gone();
    if (typeof a1OrRow === 'string') return this._rangeA1(a1OrRow);
    if (column === undefined)
      throw this._ctx.error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this._range(a1OrRow, column, numRows ?? 1, numColumns ?? 1);
  }

  /** A search over the sheet's used cells (see text-finder.ts). */
  createTextFinder(findText: string): TextFinder {
    const used = this._range(
      1,
      1,
      Math.max(1, this._model.lastRowIndex() + 1),
      Math.max(1, this._model.lastColIndex() + 1),
    );
    return new TextFinder(this._ctx, used, findText);
  }

  getDataRange(): Range {
    return this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  /** Adds a row after the last row with content; grows the sheet when needed (as Sheets does). */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw this._ctx.error("The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const row = this.getLastRow() + 1;
    const m = this._model;
    const grown = Math.max(row, m.maxRows) * Math.max(rowContents.length, m.maxCols) - m.maxRows * m.maxCols;
    this._checkGrowth(grown);
    this._model.ensureSize(row, rowContents.length);
    this._ctx.meter.wrote(rowContents.length);
    new Range(this._ctx, this, row, 1, 1, rowContents.length)._writeValues([rowContents]);
    return this;
  }

  // ---- rows and columns ---------------------------------------------------------------------------------

  /** Sheets refuses to grow a spreadsheet past 10 million cells (workbook.ts CELL_LIMIT). */
  _checkGrowth(extraCells: number): void {
    if (this._parent._wb.exceedsCellLimit(extraCells)) throw this._ctx.error(CELL_LIMIT_MESSAGE);
  }

  _shiftRows(at0: number, n: number): void {
    const m = this._model;
    if (n > 0) this._checkGrowth(n * m.maxCols);
    if (n > 0) {
      // concat, not splice(...spread): n may be large
      if (m.rows.length > at0)
        m.rows = m.rows
          .slice(0, at0)
          .concat(new Array<CellValue[]>(n).fill(undefined as unknown as CellValue[]), m.rows.slice(at0));
    } else m.rows.splice(at0, -n);
    for (const g of [m.formulas, m.notes, m.validations, ...m.formats.all()]) g.shiftRows(at0, n);
    for (const p of m.protections) {
      if (p.type === 'RANGE' && p.row - 1 >= at0) p.row = Math.max(at0 + 1, p.row + n);
    }
    m.maxRows += n;
    if (m.frozenRows > at0) m.frozenRows = Math.max(at0, m.frozenRows + n);
    // named ranges on this sheet move or stretch with the rows, as in Sheets
    for (const [name, nr] of this._parent._wb.namedRanges) {
      if (nr.sheet !== m.name) continue;
      const top = nr.row - 1,
        bottom = top + nr.numRows; // [top, bottom)
      if (n > 0) {
        if (top >= at0) nr.row += n;
        else if (bottom > at0) nr.numRows += n;
      } else {
        const delEnd = at0 - n;
        const keptAbove = Math.max(0, Math.min(bottom, at0) - top);
        const keptBelow = Math.max(0, bottom - Math.max(top, delEnd));
        if (keptAbove + keptBelow === 0) this._parent._wb.namedRanges.delete(name);
        else {
          nr.row = (top < at0 ? top : Math.max(top, delEnd) + n) + 1;
          nr.numRows = keptAbove + keptBelow;
        }
      }
    }
  }

  _shiftCols(at0: number, n: number): void {
    const m = this._model;
    if (n > 0) this._checkGrowth(n * m.maxRows);
    for (const row of m.rows) {
      if (!row || row.length <= at0) continue;
      if (n > 0) row.splice(at0, 0, ...new Array<CellValue>(n).fill(''));
      else row.splice(at0, -n);
    }
    for (const g of [m.formulas, m.notes, m.validations, ...m.formats.all()]) g.shiftCols(at0, n);
    const widths = new Map<number, number>();
    for (const [c, w] of m.colWidths) {
      if (c - 1 < at0) widths.set(c, w);
      else if (n > 0 || c - 1 >= at0 - n) widths.set(c + n, w);
    }
    m.colWidths = widths;
    m.maxCols += n;
  }

  _checkRow(row: number, what = 'row'): void {
    if (!(row >= 1) || row > this._model.maxRows + (what === 'insert' ? 1 : 0)) {
      throw this._ctx.error('Those rows are out of bounds.');
    }
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._checkRow(beforePosition);
    this._shiftRows(beforePosition - 1, howMany);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._checkRow(afterPosition);
    this._shiftRows(afterPosition, howMany);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this._checkRow(rowPosition);
    if (howMany >= this._model.maxRows)
      throw this._ctx.error('Sorry, it is not possible to delete all non-frozen rows.');
    this._shiftRows(rowPosition - 1, -Math.min(howMany, this._model.maxRows - rowPosition + 1));
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  _checkCol(col: number): void {
    if (!(col >= 1) || col > this._model.maxCols) throw this._ctx.error('Those columns are out of bounds.');
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._checkCol(afterPosition);
    this._shiftCols(afterPosition, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this._checkCol(beforePosition);
    this._shiftCols(beforePosition - 1, howMany);
    return this;
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this._checkCol(columnPosition);
    if (howMany >= this._model.maxCols)
      throw this._ctx.error('Sorry, it is not possible to delete all non-frozen columns.');
    this._shiftCols(columnPosition - 1, -Math.min(howMany, this._model.maxCols - columnPosition + 1));
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._model.maxRows) throw this._ctx.error('Those rows are out of bounds.');
    this._model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._model.maxCols) throw this._ctx.error('Those columns are out of bounds.');
    this._model.frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this._model.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._checkCol(columnPosition);
    this._model.colWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      this._checkCol(c);
      this._model.colWidths.set(c, width);
    }
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this._model.colWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Sizes are not computed offline; recorded as a no-op. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    void startColumn;
    void numColumns;
    return this;
  }

  // ---- visibility, clearing, looks ----------------------------------------------------------------------

  hideSheet(): Sheet {
    const visible = this._parent._wb.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this._model)
      throw this._ctx.error("You can't hide all the sheets in a document.");
    this._model.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this._model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._model.hidden;
  }

  _all(): Range {
    return new Range(this._ctx, this, 1, 1, this._model.maxRows, this._model.maxCols);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this._all().clear(options);
    return this;
  }

  clearContents(): Sheet {
    this._model.rows = [];
    this._model.formulas.reset();
    return this;
  }

  clearFormats(): Sheet {
    for (const g of this._model.formats.all()) g.reset();
    return this;
  }

  clearNotes(): Sheet {
    this._model.notes.reset();
    return this;
  }

  setTabColor(color: string | null): Sheet {
    this._model.tabColor = color === null ? null : normalizeColor(String(color));
    return this;
  }

  getTabColor(): string | null {
    return this._model.tabColor;
  }

  activate(): Sheet {
    this._parent._wb.activeSheet = this._parent._wb.sheets.indexOf(this._model);
    this._model.hidden = false;
    return this;
  }

  // ---- protection ---------------------------------------------------------------------------------------

  _addProtection(type: 'SHEET' | 'RANGE', range?: Range): Protection {
    const wb = this._parent._wb;
    const spec = {
      id: wb.nextProtectionId++,
      type,
      row: range ? range.getRow() : 1,
      col: range ? range.getColumn() : 1,
      numRows: range ? range.getNumRows() : 0,
      numCols: range ? range.getNumColumns() : 0,
      description: '',
      warningOnly: false,
      // Apps Script: the user who protects is an editor of the protection
      editors: [this._ctx.userEmail],
      domainEdit: false,
      unprotected: [] as [number, number, number, number][],
    };
    if (type === 'SHEET') {
      const existing = this._model.protections.find((p) => p.type === 'SHEET');
      if (existing) return new Protection(this._ctx, this, existing);
    }
    this._model.protections.push(spec);
    return new Protection(this._ctx, this, spec);
  }

  protect(): Protection {
    return this._addProtection('SHEET');
  }

  getProtections(type: string): Protection[] {
    return this._model.protections
      .filter((p) => p.type === String(type))
      .map((p) => new Protection(this._ctx, this, p));
  }

  // ---- charts -------------------------------------------------------------------------------------------

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._ctx, this);
  }

  insertChart(chart: EmbeddedChart): void {
    this._model.charts.push(JSON.parse(JSON.stringify(chart._spec)));
  }

  getCharts(): EmbeddedChart[] {
    return this._model.charts.map((c) => new EmbeddedChart(this._ctx, this, c));
  }

  removeChart(chart: EmbeddedChart): void {
    this._model.charts = this._model.charts.filter((c) => c.id !== chart._spec.id);
  }

  updateChart(chart: EmbeddedChart): void {
    const i = this._model.charts.findIndex((c) => c.id === chart._spec.id);
    if (i < 0) throw this._ctx.error('The chart is not on this sheet.');
    this._model.charts[i] = JSON.parse(JSON.stringify(chart._spec));
  }

  // ---- developer metadata -------------------------------------------------------------------------------

  addDeveloperMetadata(key: string, value?: string, visibility?: string): Sheet {
    const wb = this._parent._wb;
    addMeta(this._ctx, this._model.devMeta, () => wb.nextMetaId++, 'SHEET', key, value, visibility);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._model.devMeta.map((s) => new DeveloperMetadata(this._ctx, this._model.devMeta, s, this));
  }
}

instrument(Sheet, 'Sheet', { inBook: (s: Sheet) => s._ctx.active === s._parent._wb });
