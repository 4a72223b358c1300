/** SpreadsheetApp Spreadsheet. */
import { parseA1 } from './a1';
import { Ctx, DriveFile } from './context';
import type { SharingMethods } from './drive';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { addMeta, DeveloperMetadata } from './metadata';
import type { Range } from './range';
import { User } from './session';
import { Sheet } from './sheet';
import { CELL_LIMIT_MESSAGE, WorkbookModel } from './workbook';

export class NamedRange extends ServiceObject {
  constructor(
    ctx: Ctx,
    readonly _ss: Spreadsheet,
    readonly _name: string,
  ) {
    super(ctx);
  }

  getName(): string {
    return this._name;
  }

  getRange(): Range {
    const n = this._ss._wb.namedRanges.get(this._name);
    if (!n) throw this._ctx.error('Named range not found');
    const model = this._ss._wb.sheet(n.sheet);
    if (!model) throw this._ctx.error('Named range not found');
    return Sheet.of(this._ctx, this._ss, model)._range(n.row, n.col, n.numRows, n.numCols);
  }

  setRange(range: Range): NamedRange {
    this._ss.setNamedRange(this._name, range);
    return this;
  }

  remove(): void {
    this._ss._wb.namedRanges.delete(this._name);
  }
}

export class Spreadsheet
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'getUrl'
      | 'getSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'toast'
      | 'removeNamedRange'
      | SharingMethods
      | 'getNumSheets'
      | 'setSpreadsheetTimeZone'
      | 'setSpreadsheetLocale'
    >
{
  constructor(
    ctx: Ctx,
    readonly _wb: WorkbookModel,
  ) {
    super(ctx);
  }

  static of(ctx: Ctx, wb: WorkbookModel): Spreadsheet {
    if (!(wb.api instanceof Spreadsheet)) wb.api = new Spreadsheet(ctx, wb);
    return wb.api as Spreadsheet;
  }

  override toString(): string {
    return 'Spreadsheet';
  }

  _file(): DriveFile {
    const f = this._ctx.drive.files.get(this._wb.id);
    if (!f) throw this._ctx.error('No item with the given ID could be found.');
    return f;
  }

  _sheet(i: number): Sheet {
    return Sheet.of(this._ctx, this, this._wb.sheets[i]);
  }

  _checkNewName(name: string, self?: unknown): void {
    if (name.trim() === '') throw this._ctx.error('Sheet names cannot be empty.');
    if (this._wb.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
      throw this._ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** 'Sheet!A1:B2' or 'A1' on the given/active sheet */
  _rangeFromA1(a1: string, fallback?: Sheet): Range {
    const ref = parseA1(a1);
    if (!ref) throw this._ctx.error('Range not found');
    let sheet = fallback ?? this._sheet(this._wb.activeSheet);
    if (ref.sheet !== undefined) {
      const model = this._wb.sheet(ref.sheet);
      if (!model) throw this._ctx.error('Range not found');
      sheet = Sheet.of(this._ctx, this, model);
    }
    const bang = a1.lastIndexOf('!');
    return sheet._rangeA1(bang >= 0 ? a1.slice(bang + 1) : a1);
  }

  getId(): string {
    return this._wb.id;
  }

  getName(): string {
    return this._wb.name;
  }

  rename(newName: string): void {
    this._wb.name = String(newName);
    this._file().name = String(newName);
  }

  getUrl(): string {
    return this._file().url;
  }

  getSheets(): Sheet[] {
    return this._wb.sheets.map((_, i) => this._sheet(i));
  }

  getNumSheets(): number {
    return this._wb.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const m = this._wb.sheet(String(name));
    return m ? Sheet.of(this._ctx, this, m) : null;
  }

  getSheetById(id: number): Sheet | null {
    const m = this._wb.sheets.find((s) => s.sheetId === id);
    return m ? Sheet.of(this._ctx, this, m) : null;
  }

  /** insertSheet(), (name), (index), (name, index), (name, index, options); index is 0-based */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    let name: string | undefined;
    let at = this._wb.activeSheet + 1;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (typeof nameOrIndex === 'string') name = nameOrIndex;
    if (typeof index === 'number') at = index;
    if (name === undefined) {
      let n = this._wb.sheets.length + 1;
      while (this._wb.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this._checkNewName(name);
    if (at < 0 || at > this._wb.sheets.length) throw this._ctx.error('Those sheets are out of bounds.');
    // a new sheet is 1000 x 26 cells, counted against the 10-million-cell limit (workbook.ts)
    if (this._wb.exceedsCellLimit(1000 * 26)) throw this._ctx.error(CELL_LIMIT_MESSAGE);
    const model = this._wb.addSheet(name, at);
    this._wb.activeSheet = at;
    return Sheet.of(this._ctx, this, model);
  }

  deleteSheet(sheet: Sheet): void {
    const i = this._wb.sheets.indexOf(sheet._model);
    if (i < 0) throw this._ctx.error('Sheet not found');
    if (this._wb.sheets.filter((s) => !s.hidden && s !== sheet._model).length === 0) {
      throw this._ctx.error("You can't remove all the sheets in a document.");
    }
    this._wb.sheets.splice(i, 1);
    for (const [name, n] of this._wb.namedRanges) if (n.sheet === sheet._model.name) this._wb.namedRanges.delete(name);
    if (this._wb.activeSheet >= this._wb.sheets.length || this._wb.activeSheet === i) {
      this._wb.activeSheet = Math.max(
        0,
        this._wb.sheets.findIndex((s) => !s.hidden),
      );
    }
  }

  getActiveSheet(): Sheet {
    return this._sheet(Math.min(this._wb.activeSheet, this._wb.sheets.length - 1));
  }

  setActiveSheet(sheet: Sheet): Sheet {
    sheet.activate();
    return sheet;
  }

  getRange(a1Notation: string): Range {
    return this._rangeFromA1(String(a1Notation));
  }

  getSpreadsheetTimeZone(): string {
    return this._wb.timeZone;
  }

  /**
   * Date cells keep their wall clock (as when the zone is changed in File > Settings); what
   * getValues returns for them, and how a written Date lands, follow the new zone (range.ts).
   */
  setSpreadsheetTimeZone(timezone: string): void {
    const tz = String(timezone);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch (_e) {
      throw this._ctx.error(`Invalid argument: timezone`);
    }
    this._wb.timeZone = tz;
  }

  getSpreadsheetLocale(): string {
    return this._wb.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this._wb.locale = String(locale);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._ctx.recordUi({
      type: 'toast',
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  // ---- named ranges -------------------------------------------------------------------------------------

  getNamedRanges(): NamedRange[] {
    return [...this._wb.namedRanges.keys()].map((n) => new NamedRange(this._ctx, this, n));
  }

  setNamedRange(name: string, range: Range): void {
    if (!/^[A-Za-z_\u0E00-\u0E7F][\w.\u0E00-\u0E7F]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw this._ctx.error(`Named range name "${name}" is invalid.`);
    }
    this._wb.namedRanges.set(name, {
      sheet: range.getSheet().getName(),
      row: range.getRow(),
      col: range.getColumn(),
      numRows: range.getNumRows(),
      numCols: range.getNumColumns(),
    });
  }

  getRangeByName(name: string): Range | null {
    return this._wb.namedRanges.has(name) ? new NamedRange(this._ctx, this, name).getRange() : null;
  }

  removeNamedRange(name: string): void {
    if (!this._wb.namedRanges.delete(name)) throw this._ctx.error('Named range not found');
  }

  // ---- developer metadata -------------------------------------------------------------------------------

  addDeveloperMetadata(key: string, value?: string, visibility?: string): Spreadsheet {
    addMeta(this._ctx, this._wb.devMeta, () => this._wb.nextMetaId++, 'SPREADSHEET', key, value, visibility);
    return this;
  }

  /** All metadata of the spreadsheet, including that on its sheets (as Apps Script does). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    const own = this._wb.devMeta.map((s) => new DeveloperMetadata(this._ctx, this._wb.devMeta, s, null));
    const onSheets = this._wb.sheets.flatMap((m) =>
      m.devMeta.map((s) => new DeveloperMetadata(this._ctx, m.devMeta, s, Sheet.of(this._ctx, this, m))),
    );
    return [...own, ...onSheets];
  }

  // ---- sharing (the same state DriveApp.getFileById(id) shows) -------------------------------------------

  getOwner(): User {
    return new User(this._ctx, this._file().owner);
  }

  getViewers(): User[] {
    const f = this._file();
    // Apps Script: editors are also viewers
    return [...new Set([...f.editors, ...f.viewers])].map((e) => new User(this._ctx, e));
  }

  getEditors(): User[] {
    const f = this._file();
    return [f.owner, ...f.editors.filter((e) => e !== f.owner)].map((e) => new User(this._ctx, e));
  }

  addViewer(emailAddress: string | User): Spreadsheet {
    return this.addViewers([String(emailAddress)]);
  }

  addViewers(emailAddresses: string[]): Spreadsheet {
    const f = this._file();
    for (const e of emailAddresses.map(String)) if (!f.viewers.includes(e) && !f.editors.includes(e)) f.viewers.push(e);
    return this;
  }

  removeViewer(emailAddress: string | User): Spreadsheet {
    const f = this._file();
    f.viewers = f.viewers.filter((e) => e !== String(emailAddress));
    return this;
  }

  addEditor(emailAddress: string | User): Spreadsheet {
    return this.addEditors([String(emailAddress)]);
  }

  addEditors(emailAddresses: string[]): Spreadsheet {
    const f = this._file();
    for (const e of emailAddresses.map(String)) {
      f.viewers = f.viewers.filter((v) => v !== e);
      if (!f.editors.includes(e) && e !== f.owner) f.editors.push(e);
    }
    return this;
  }

  removeEditor(emailAddress: string | User): Spreadsheet {
    const f = this._file();
    f.editors = f.editors.filter((e) => e !== String(emailAddress));
    return this;
  }
}

instrument(NamedRange, 'NamedRange', { inBook: (n: NamedRange) => n._ctx.active === n._ss._wb });
instrument(Spreadsheet, 'Spreadsheet', { inBook: (s: Spreadsheet) => s._ctx.active === s._wb });
