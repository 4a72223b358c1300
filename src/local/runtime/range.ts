/** SpreadsheetApp Range: values, formulas, formats, notes and validations of a block of cells. */
import { a1 } from './a1';
import { Ctx } from './context';
import { displayValue, normalizeColor } from './format';
import type { Gas } from './gas-types';
import { CellStore } from './grid';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import type { Protection } from './protection';
import type { Sheet } from './sheet';
import { DataValidation, internSpec } from './validation';
import { CellValue, copyValue, Formula, instantFromWall, interpretValue, isDate, wallFromInstant } from './values';
import { SheetModel } from './workbook';
import { TextFinder } from './text-finder';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

type RowCopier = (src: CellValue[]) => CellValue[];
const copiers = new Map<string, RowCopier>();

/**
 * A row copier built as one array literal, e.g. `s => [s[2], s[3], s[4]]`: V8 allocates such arrays
 * about twice as fast as `slice` when a million of them survive (allocation-site pretenuring).
 */
function rowCopier(c0: number, nc: number): RowCopier | null {
  if (nc > 64) return null;
  const key = `${c0}:${nc}`;
  let f = copiers.get(key);
  if (!f) {
    const items = Array.from({ length: nc }, (_, j) => `s[${c0 + j}]`).join(',');
    f = new Function('s', `return [${items}];`) as RowCopier;
    copiers.set(key, f);
  }
  return f;
}

export class Range
  extends ServiceObject
  implements
    Gas<
      GasRange,
      | 'getValues'
      | 'setValues'
      | 'getValue'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'setFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'getNumberFormats'
      | 'getNumberFormat'
      | 'setNumberFormats'
      | 'setNumberFormat'
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackgrounds'
      | 'setBackground'
      | 'getFontWeights'
      | 'getFontWeight'
      | 'setFontWeights'
      | 'setFontWeight'
      | 'getFontColors'
      | 'setFontColors'
      | 'setFontColor'
      | 'getFontSizes'
      | 'getFontSize'
      | 'setFontSize'
      | 'setFontSizes'
      | 'getNotes'
      | 'getNote'
      | 'setNotes'
      | 'setNote'
      | 'clearNote'
      | 'getDataValidations'
      | 'getDataValidation'
      | 'clearDataValidations'
      | 'clearContent'
      | 'clearFormat'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getSheet'
      | 'protect'
      | 'setHorizontalAlignment'
      | 'getHorizontalAlignments'
      | 'setHorizontalAlignments'
      | 'setWrap'
      | 'setWraps'
      | 'getWraps'
      | 'offset'
      | 'isBlank'
      | 'activate'
      | 'getCell'
      | 'getGridId'
      | 'getWidth'
      | 'getHeight'
    >
{
  constructor(
    ctx: Ctx,
    readonly _sheet: Sheet,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {
    super(ctx);
  }

  get _m(): SheetModel {
    return this._sheet._model;
  }

  get _cells(): number {
    return this._numRows * this._numCols;
  }

  override toString(): string {
    return 'Range';
  }

  // ---- values -------------------------------------------------------------------------------------------

  getValues(): CellValue[][] {
    this._ctx.meter.read(this._cells);
    const values = this._readValues();
    // dates come out as instants in the spreadsheet's time zone (values.ts instantFromWall)
    const tz = this._sheet._parent._wb.timeZone;
    if (tz !== 'Asia/Bangkok')
      for (const row of values)
        for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v === 'object') row[j] = instantFromWall(v, tz);
        }
    return values;
  }

  /** A copy: changing the returned arrays or Dates never changes the sheet. */
  _readValues(): CellValue[][] {
    const rows = this._m.rows;
    const nr = this._numRows,
      nc = this._numCols,
      r0 = this._row - 1,
      c0 = this._col - 1;
    const out: CellValue[][] = new Array(nr);
    const copy = rowCopier(c0, nc);
    for (let i = 0; i < nr; i++) {
      const src = rows[r0 + i];
      let dst: CellValue[];
      if (!src) dst = new Array<CellValue>(nc).fill('');
      else {
        // copy the row; then replace Dates by copies and holes by ''
        dst = copy ? copy(src) : src.slice(c0, c0 + nc);
        for (let j = 0; j < nc; j++) {
          const v = dst[j];
          if (typeof v === 'object') dst[j] = new Date(v.getTime());
          else if (v === undefined) dst[j] = '';
        }
      }
      out[i] = dst;
    }
    return out;
  }

  getValue(): CellValue {
    this._ctx.meter.read(1);
    const v = this._m.rows[this._row - 1]?.[this._col - 1];
    if (v === undefined) return '';
    return typeof v === 'object' ? instantFromWall(v, this._sheet._parent._wb.timeZone) : copyValue(v);
  }

  setValues(values: unknown[][]): Range {
    this._checkShape(values);
    this._ctx.meter.wrote(this._cells);
    this._writeValues(values);
    return this;
  }

  setValue(value: unknown): Range {
    // Apps Script sets every cell of the range to the value
    this._ctx.meter.wrote(this._cells);
    const row = new Array(this._numCols).fill(value);
    this._writeValues(new Array(this._numRows).fill(row));
    return this;
  }

  _checkShape(values: unknown[][]): void {
    if (!Array.isArray(values) || (values.length > 0 && !Array.isArray(values[0]))) {
      throw this._ctx.error(
        "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    }
    if (values.length !== this._numRows) {
      throw this._ctx.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this._numCols) {
        const n = Array.isArray(row) ? row.length : 1;
        throw this._ctx.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this._numCols}.`,
        );
      }
    }
  }

  /** Writes interpreted values (see values.ts interpretString for the Sheets rules). */
  _writeValues(values: unknown[][]): void {
    const m = this._m;
    const r0 = this._row - 1,
      c0 = this._col - 1;
    const nc = values.length ? values[0].length : 0;
    // rows of each column formatted as plain text '@' (null: none), found from the format runs once
    const text: (Uint8Array | null)[] = [];
    for (let j = 0; j < nc; j++) {
      const runs = m.formats.numFmt.slice(c0 + j, r0, values.length).filter((run) => run.value === '@');
      let mask: Uint8Array | null = null;
      if (runs.length) {
        mask = new Uint8Array(values.length);
        for (const run of runs) mask.fill(1, run.start - r0, run.end - r0);
      }
      text.push(mask);
    }
    const formulas = m.formulas;
    const dayFirst = !/^en_US/.test(this._sheet._parent._wb.locale);
    const tz = this._sheet._parent._wb.timeZone;
    while (m.rows.length < r0) m.rows.push(undefined as unknown as CellValue[]);
    for (let i = 0; i < values.length; i++) {
      const r = r0 + i;
      let row = m.rows[r];
      if (!row) row = m.rows[r] = [];
      while (row.length < c0) row.push('');
      const src = values[i];
      for (let j = 0; j < src.length; j++) {
        const c = c0 + j;
        const mask = text[j];
        const input = src[j];
        // a Date is stored as its wall clock in the spreadsheet's zone (values.ts wallFromInstant)
        const w = isDate(input)
          ? wallFromInstant(input, tz)
          : interpretValue(input, mask !== null && mask[i] === 1, dayFirst);
        if (w instanceof Formula) {
          row[c] = '';
          formulas.set(r, c, w.formula);
        } else {
          row[c] = w;
          if (formulas.size > 0) formulas.set(r, c, undefined);
        }
      }
    }
  }

  getDisplayValues(): string[][] {
    this._ctx.meter.read(this._cells);
    const values = this._readValues();
    const fmts = this._block(this._m.formats.numFmt, undefined);
    return values.map((row, i) => row.map((v, j) => displayValue(v, fmts[i][j])));
  }

  getDisplayValue(): string {
    this._ctx.meter.read(1);
    const v = this._m.rows[this._row - 1]?.[this._col - 1] ?? '';
    return displayValue(v, this._m.formats.numFmt.get(this._row - 1, this._col - 1));
  }

  isBlank(): boolean {
    this._ctx.meter.read(this._cells);
    return (
      this._readValues().every((r) => r.every((v) => v === '')) &&
      this._block(this._m.formulas, '').every((r) => r.every((f) => f === ''))
    );
  }

  // ---- formulas -----------------------------------------------------------------------------------------

  getFormulas(): string[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formulas, '');
  }

  getFormula(): string {
    this._ctx.meter.read(1);
    return this._m.formulas.get(this._row - 1, this._col - 1) ?? '';
  }

  /**
   * We cannot compute arbitrary formulas: the formula is stored and its value reads as '' (or the cached
   * value loaded from an .xlsx) until a spreadsheet program recalculates it.
   */
  setFormulas(formulas: string[][]): Range {
    this._checkShape(formulas);
    this._ctx.meter.wrote(this._cells);
    formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        const text = f === null || f === undefined ? '' : String(f);
        this._setCellFormula(i, j, text === '' ? undefined : text.startsWith('=') ? text : `=${text}`);
      }),
    );
    return this;
  }

  _setCellFormula(i: number, j: number, f: string | undefined): void {
    const r = this._row - 1 + i,
      c = this._col - 1 + j;
    const m = this._m;
    while (m.rows.length <= r) m.rows.push(undefined as unknown as CellValue[]);
    const row = (m.rows[r] ||= []);
    while (row.length <= c) row.push('');
    row[c] = '';
    m.formulas.set(r, c, f);
  }

  setFormula(formula: string): Range {
    this._ctx.meter.wrote(this._cells);
    const f = String(formula).startsWith('=') ? String(formula) : `=${formula}`;
    for (let i = 0; i < this._numRows; i++) for (let j = 0; j < this._numCols; j++) this._setCellFormula(i, j, f);
    return this;
  }

  // ---- formats ------------------------------------------------------------------------------------------

  _block<T, D>(g: CellStore<T>, dflt: D): (T | D)[][] {
    return g.block(this._row - 1, this._col - 1, this._numRows, this._numCols, dflt);
  }

  _setBlock<T>(g: CellStore<T>, values: (T | null | undefined)[][], map: (v: T) => T | undefined = (v) => v): void {
    this._checkShape(values as unknown[][]);
    this._ctx.meter.wrote(this._cells);
    const clean = values.map((row) =>
      row.map((v) => (v === null || v === undefined || (v as unknown) === '' ? undefined : map(v))),
    );
    g.setBlock(this._row - 1, this._col - 1, clean);
  }

  _fill<T>(g: CellStore<T>, v: T | null | undefined): Range {
    this._ctx.meter.wrote(this._cells);
    const value = v === null || v === undefined || (v as unknown) === '' ? undefined : v;
    g.fill(this._row - 1, this._col - 1, this._numRows, this._numCols, value);
    return this;
  }

  getNumberFormats(): string[][] {
    this._ctx.meter.read(this._cells);
    // Sheets reports the default ("Automatic") format as 'General' in current versions
    return this._block(this._m.formats.numFmt, 'General');
  }

  getNumberFormat(): string {
    this._ctx.meter.read(1);
    return this._m.formats.numFmt.get(this._row - 1, this._col - 1) ?? 'General';
  }

  setNumberFormats(formats: string[][]): Range {
    this._setBlock(this._m.formats.numFmt, formats, (f) => (f === 'General' ? undefined : String(f)));
    return this;
  }

  setNumberFormat(format: string): Range {
    return this._fill(this._m.formats.numFmt, format === 'General' ? undefined : format);
  }

  getBackgrounds(): string[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formats.background, '#ffffff');
  }

  getBackground(): string {
    this._ctx.meter.read(1);
    return this._m.formats.background.get(this._row - 1, this._col - 1) ?? '#ffffff';
  }

  setBackgrounds(color: (string | null)[][]): Range {
    this._setBlock(this._m.formats.background, color, normalizeColor);
    return this;
  }

  setBackground(color: string | null): Range {
    return this._fill(this._m.formats.background, color === null ? null : normalizeColor(color));
  }

  getFontWeights(): string[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formats.fontWeight, 'normal');
  }

  getFontWeight(): 'bold' | 'normal' {
    this._ctx.meter.read(1);
    return this._m.formats.fontWeight.get(this._row - 1, this._col - 1) === 'bold' ? 'bold' : 'normal';
  }

  setFontWeights(fontWeights: (string | null)[][]): Range {
    this._setBlock(this._m.formats.fontWeight, fontWeights, (w) => (w === 'normal' ? undefined : w));
    return this;
  }

  setFontWeight(fontWeight: string | null): Range {
    return this._fill(this._m.formats.fontWeight, fontWeight === 'normal' ? null : fontWeight);
  }

  getFontColors(): string[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formats.fontColor, '#000000');
  }

  getFontColor(): string {
    this._ctx.meter.read(1);
    return this._m.formats.fontColor.get(this._row - 1, this._col - 1) ?? '#000000';
  }

  setFontColors(colors: (string | null)[][]): Range {
    this._setBlock(this._m.formats.fontColor, colors as (string | null)[][], normalizeColor);
    return this;
  }

  setFontColor(color: string | null): Range {
    return this._fill(this._m.formats.fontColor, color === null ? null : normalizeColor(String(color)));
  }

  getFontSizes(): number[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formats.fontSize, 10);
  }

  getFontSize(): number {
    this._ctx.meter.read(1);
    return this._m.formats.fontSize.get(this._row - 1, this._col - 1) ?? 10;
  }

  setFontSize(size: number): Range {
    return this._fill(this._m.formats.fontSize, size === 10 ? null : size);
  }

  setFontSizes(sizes: number[][]): Range {
    this._setBlock(this._m.formats.fontSize, sizes);
    return this;
  }

  getHorizontalAlignments(): string[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formats.hAlign, 'general');
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this._fill(this._m.formats.hAlign, alignment === 'normal' ? null : alignment);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    this._setBlock(this._m.formats.hAlign, alignments, (a) => (a === 'normal' ? undefined : a));
    return this;
  }

  getWraps(): boolean[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.formats.wrap, false);
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this._fill(this._m.formats.wrap, isWrapEnabled ? true : null);
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    this._setBlock(this._m.formats.wrap, isWrapEnabled, (w) => (w ? true : undefined));
    return this;
  }

  // ---- notes and validations -------------------------------------------------------------------------

  getNotes(): string[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.notes, '');
  }

  getNote(): string {
    this._ctx.meter.read(1);
    return this._m.notes.get(this._row - 1, this._col - 1) ?? '';
  }

  setNotes(notes: (string | null)[][]): Range {
    this._setBlock(this._m.notes, notes, (n) => String(n));
    return this;
  }

  setNote(note: string | null): Range {
    return this._fill(this._m.notes, note === null ? null : String(note));
  }

  clearNote(): Range {
    return this._fill(this._m.notes, null);
  }

  setDataValidation(rule: DataValidation | null): Range {
    return this._fill(this._m.validations, rule ? internSpec(rule._spec) : null);
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this._setBlock(
      this._m.validations,
      rules.map((r) => r.map((v) => (v ? internSpec(v._spec) : null))),
    );
    return this;
  }

  getDataValidations(): (DataValidation | null)[][] {
    this._ctx.meter.read(this._cells);
    return this._block(this._m.validations, null).map((r) =>
      r.map((s) => (s ? new DataValidation(this._ctx, s) : null)),
    );
  }

  getDataValidation(): DataValidation | null {
    this._ctx.meter.read(1);
    const s = this._m.validations.get(this._row - 1, this._col - 1);
    return s ? new DataValidation(this._ctx, s) : null;
  }

  clearDataValidations(): Range {
    return this._fill(this._m.validations, null);
  }

  // ---- clearing -----------------------------------------------------------------------------------------

  clearContent(): Range {
    this._ctx.meter.wrote(this._cells);
    this._clearValues();
    return this;
  }

  _clearValues(): void {
    const m = this._m;
    const r0 = this._row - 1,
      c0 = this._col - 1;
    for (let i = 0; i < this._numRows; i++) {
      const row = m.rows[r0 + i];
      if (!row) continue;
      for (let j = 0; j < this._numCols && c0 + j < row.length; j++) row[c0 + j] = '';
    }
    m.formulas.clear(r0, c0, this._numRows, this._numCols);
  }

  _clearFormats(): void {
    for (const g of this._m.formats.all()) g.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
  }

  clearFormat(): Range {
    this._ctx.meter.wrote(this._cells);
    this._clearFormats();
    return this;
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    this._ctx.meter.wrote(this._cells);
    const o = options || {};
    const only = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!only || o.contentsOnly) this._clearValues();
    if (!only || o.formatOnly) this._clearFormats();
    if (o.commentsOnly) this._m.notes.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
    if (o.validationsOnly) this._m.validations.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
    return this;
  }

  // ---- geometry -----------------------------------------------------------------------------------------

  getRow(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getHeight(): number {
    return this._numRows;
  }

  getWidth(): number {
    return this._numCols;
  }

  /**
   * A search over this range only (Range.createTextFinder,
   * https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String)).
   */
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(this._ctx, this, String(findText));
  }

  getA1Notation(): string {
    return a1(this._row, this._col, this._numRows, this._numCols);
  }

  getSheet(): Sheet {
    return this._sheet;
  }

  getGridId(): number {
    return this._m.sheetId;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this._sheet._range(
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
    );
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw this._ctx.error('Those coordinates are out of bounds.');
    }
    return this._sheet._range(this._row + row - 1, this._col + column - 1, 1, 1);
  }

  activate(): Range {
    this._sheet._parent._wb.activeSheet = this._sheet._parent._wb.sheets.indexOf(this._m);
    return this;
  }

  protect(): Protection {
    return this._sheet._addProtection('RANGE', this);
  }
}

instrument(Range, 'Range', { inBook: (r: Range) => r._ctx.active === r._sheet._parent._wb });
