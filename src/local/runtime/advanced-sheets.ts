/**
 * The advanced Sheets service (`Sheets` in the script: Sheets API v4,
 * https://developers.google.com/apps-script/advanced/sheets), the part the shared figures file needs:
 * spreadsheets.get, spreadsheets.batchUpdate and spreadsheets.values get/update/batchUpdate. It works
 * on the same workbooks as SpreadsheetApp (rt.created), so tests read the result either way.
 *
 * Why: the Sheets API accepts `drive.file` for a file the app created
 * (https://developers.google.com/sheets/api/scopes: drive.file is "Recommended, Non-sensitive";
 * spreadsheets is "Sensitive"), so the add-on needs no `spreadsheets` scope.
 *
 * Documented behaviour kept here:
 * - batchUpdate is all or nothing: "Changes are grouped in a batch so that if one request is
 *   unsuccessful, none of the other (potentially dependent) changes are written"
 *   (https://developers.google.com/sheets/api/guides/batchupdate). Offline: every request is checked
 *   against a copy of the sheet list first, then applied.
 * - Errors come as GoogleJsonResponseException with the API's text: 404 "Requested entity was not
 *   found." for a file the app cannot open (drive.file is per user), 403 "The caller does not have
 *   permission" for a viewer, 400 "Invalid requests[i].kind: ..." for a bad request.
 * - The 10-million-cell limit applies to grid sizes set through the API too.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- request bodies are free-form JSON, read field by field */
import { Ctx } from './context';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { CELL_LIMIT, CELL_LIMIT_MESSAGE, ChartSpec, ProtectionSpec, SheetModel, WorkbookModel } from './workbook';
import { CellValue } from './values';
import { columnLetter } from './a1';
import { addMeta } from './metadata';

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

interface Color {
  red?: number;
  green?: number;
  blue?: number;
}

interface CellData {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string };
  userEnteredFormat?: {
    numberFormat?: { type?: string; pattern?: string };
    backgroundColor?: Color;
    textFormat?: { bold?: boolean };
    horizontalAlignment?: string;
    wrapStrategy?: string;
  };
  note?: string;
}

interface SheetProperties {
  sheetId?: number;
  title?: string;
  index?: number;
  hidden?: boolean;
  gridProperties?: { rowCount?: number; columnCount?: number; frozenRowCount?: number; frozenColumnCount?: number };
}

type Request = Record<string, Record<string, unknown>>;

const hex = (c: Color | undefined): string | undefined => {
  if (!c) return undefined;
  const h = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(c.red)}${h(c.green)}${h(c.blue)}`;
};

/** "A1:B2" of a grid range, for chart specs. */
function a1(sheet: SheetModel, r: GridRange): string {
  const top = (r.startRowIndex ?? 0) + 1;
  const bottom = r.endRowIndex ?? sheet.maxRows;
  const left = (r.startColumnIndex ?? 0) + 1;
  const right = r.endColumnIndex ?? sheet.maxCols;
  return `${sheet.name}!${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

class Failure extends Error {}

export class SheetsSpreadsheets extends ServiceObject {
  readonly Values: SheetsValues;
  constructor(ctx: Ctx) {
    super(ctx);
    this.Values = new SheetsValues(ctx, this);
  }

  _error(method: string, message: string): Error {
    return this._ctx.error(
      `GoogleJsonResponseException: API call to sheets.spreadsheets.${method} failed with error: ${message}`,
    );
  }

  /** The workbook, when the active user may reach it through this app (drive.file is per user). */
  _open(method: string, id: string, write: boolean): WorkbookModel {
    this._ctx.requireAuth(`Sheets.Spreadsheets.${method}`, 'https://www.googleapis.com/auth/drive.file');
    const wb = this._ctx.workbooks.get(String(id));
    const f = this._ctx.drive.files.get(String(id));
    if (!wb || !f || !this._ctx.appCanOpen(f.id)) throw this._error(method, 'Requested entity was not found.');
    const u = this._ctx.userEmail;
    if (write && f.owner !== u && !f.editors.includes(u))
      throw this._error(method, 'The caller does not have permission');
    return wb;
  }

  get(spreadsheetId: string, _optionalArgs?: Record<string, unknown>): Record<string, unknown> {
    const wb = this._open('get', spreadsheetId, false);
    return {
      spreadsheetId: wb.id,
      properties: { title: wb.name, timeZone: wb.timeZone, locale: wb.locale },
      sheets: wb.sheets.map((s, index) => ({
        properties: this._props(s, index),
        protectedRanges: s.protections.map((p) => ({
          protectedRangeId: p.id,
          range: { sheetId: s.sheetId },
          description: p.description,
          warningOnly: p.warningOnly,
          editors: { users: [...p.editors] },
        })),
        charts: s.charts.map((c) => ({ chartId: Number(c.id.replace(/\D/g, '')) || 0 })),
        developerMetadata: s.devMeta.map((m) => ({ metadataId: m.id, metadataKey: m.key })),
      })),
      namedRanges: [...wb.namedRanges.keys()].map((name) => ({ namedRangeId: name, name })),
      developerMetadata: wb.devMeta.map((m) => ({ metadataId: m.id, metadataKey: m.key })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${wb.id}/edit`,
    };
  }

  _props(s: SheetModel, index: number): SheetProperties {
    return {
      sheetId: s.sheetId,
      title: s.name,
      index,
      hidden: s.hidden,
      gridProperties: {
        rowCount: s.maxRows,
        columnCount: s.maxCols,
        frozenRowCount: s.frozenRows,
        frozenColumnCount: s.frozenCols,
      },
    };
  }

  batchUpdate(
    resource: { requests?: Request[] },
    spreadsheetId: string,
  ): { spreadsheetId: string; replies: unknown[] } {
    const wb = this._open('batchUpdate', spreadsheetId, true);
    const requests = Array.isArray(resource?.requests) ? resource.requests : [];
    // All or nothing: check the batch on a dry run of the sheet list and grid sizes first.
    try {
      this._dryRun(wb, requests);
    } catch (e) {
      if (e instanceof Failure) throw this._error('batchUpdate', e.message);
      throw e;
    }
    const replies = requests.map((r) => this._apply(wb, r));
    return { spreadsheetId: wb.id, replies };
  }

  /** Sheet ids, titles and grid sizes after each request, to refuse a batch before anything is written. */
  _dryRun(wb: WorkbookModel, requests: Request[]): void {
    const sheets = wb.sheets.map((s) => ({
      id: s.sheetId,
      title: s.name,
      cells: s.maxRows * s.maxCols,
      hidden: s.hidden,
    }));
    let nextId = wb.nextSheetId;
    const find = (i: number, kind: string, id: unknown) => {
      const s = sheets.find((x) => x.id === id);
      if (!s) throw new Failure(`Invalid requests[${i}].${kind}: No grid with id: ${String(id)}`);
      return s;
    };
    const total = () => sheets.reduce((n, s) => n + s.cells, 0);
    requests.forEach((req, i) => {
      const kinds = Object.keys(req ?? {});
      if (kinds.length !== 1) throw new Failure(`Invalid requests[${i}]: exactly one kind of request is expected.`);
      const kind = kinds[0];
      const body = req[kind];
      if (kind === 'addSheet') {
        const p = (body.properties ?? {}) as SheetProperties;
        const title = p.title ?? `Sheet${sheets.length + 1}`;
        if (sheets.some((s) => s.title === title))
          throw new Failure(
            `Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`,
          );
        const g = p.gridProperties ?? {};
        sheets.push({
          id: p.sheetId ?? nextId++,
          title,
          cells: (g.rowCount ?? 1000) * (g.columnCount ?? 26),
          hidden: !!p.hidden,
        });
      } else if (kind === 'deleteSheet') {
        const s = find(i, kind, body.sheetId);
        if (sheets.filter((x) => x !== s && !x.hidden).length === 0)
          throw new Failure(`Invalid requests[${i}].deleteSheet: You can't remove all the sheets in a document.`);
        sheets.splice(sheets.indexOf(s), 1);
      } else if (kind === 'updateSheetProperties') {
        const p = (body.properties ?? {}) as SheetProperties;
        const s = find(i, kind, p.sheetId);
        const fields = String(body.fields ?? '');
        if (!fields)
          throw new Failure(
            `Invalid requests[${i}].updateSheetProperties: At least one field must be updated, but none were specified.`,
          );
        const model = wb.sheets.find((x) => x.sheetId === s.id);
        const rows = p.gridProperties?.rowCount ?? model?.maxRows ?? Math.sqrt(s.cells);
        const cols = p.gridProperties?.columnCount ?? model?.maxCols ?? Math.sqrt(s.cells);
        if (/gridProperties/.test(fields) || fields === '*') s.cells = rows * cols;
        if (p.title !== undefined && /title|\*/.test(fields)) s.title = p.title;
        if (p.hidden !== undefined && /hidden|\*/.test(fields)) s.hidden = p.hidden;
      } else if (kind === 'updateCells' || kind === 'updateDimensionProperties') {
        const range = (body.range ?? body.start ?? {}) as GridRange;
        find(i, kind, range.sheetId);
      } else if (kind === 'createDeveloperMetadata') {
        // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#createdevelopermetadatarequest
        const m = (body.developerMetadata ?? {}) as Record<string, any>;
        if (typeof m.metadataKey !== 'string' || m.metadataKey === '')
          throw new Failure(`Invalid requests[${i}].createDeveloperMetadata: metadataKey is required.`);
        const sheetId = m.location?.sheetId;
        if (sheetId !== undefined) find(i, kind, sheetId);
        else if (!m.location?.spreadsheet)
          throw new Failure(`Invalid requests[${i}].createDeveloperMetadata: a location is required.`);
      } else if (kind === 'addChart' || kind === 'addProtectedRange') {
        const range = (
          kind === 'addChart'
            ? ((body.chart as Record<string, any>)?.position?.overlayPosition?.anchorCell ?? {})
            : ((body.protectedRange as Record<string, any>)?.range ?? {})
        ) as GridRange;
        find(i, kind, range.sheetId);
      } else if (
        kind !== 'deleteProtectedRange' &&
        kind !== 'deleteEmbeddedObject' &&
        kind !== 'deleteNamedRange' &&
        kind !== 'deleteDeveloperMetadata'
      ) {
        throw new Failure(
          `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
        );
      }
      if (total() > CELL_LIMIT) throw new Failure(`Invalid requests[${i}].${kind}: ${CELL_LIMIT_MESSAGE}`);
    });
  }

  _sheet(wb: WorkbookModel, id: unknown): SheetModel {
    return wb.sheets.find((s) => s.sheetId === id)!;
  }

  _apply(wb: WorkbookModel, req: Request): unknown {
    const [kind] = Object.keys(req);
    const body = req[kind] as Record<string, any>;
    switch (kind) {
      case 'addSheet': {
        const p = (body.properties ?? {}) as SheetProperties;
        const index = Math.min(p.index ?? wb.sheets.length, wb.sheets.length);
        const s = wb.addSheet(p.title ?? `Sheet${wb.sheets.length + 1}`, index);
        if (p.sheetId !== undefined) s.sheetId = p.sheetId;
        this._setProps(s, p, '*');
        return { addSheet: { properties: this._props(s, wb.sheets.indexOf(s)) } };
      }
      case 'deleteSheet': {
        const s = this._sheet(wb, body.sheetId);
        wb.sheets.splice(wb.sheets.indexOf(s), 1);
        wb.activeSheet = Math.min(wb.activeSheet, wb.sheets.length - 1);
        return {};
      }
      case 'updateSheetProperties': {
        const p = body.properties as SheetProperties;
        const s = this._sheet(wb, p.sheetId);
        this._setProps(s, p, String(body.fields));
        if (p.index !== undefined && /index|\*/.test(String(body.fields))) {
          wb.sheets.splice(wb.sheets.indexOf(s), 1);
          wb.sheets.splice(Math.min(p.index, wb.sheets.length), 0, s);
        }
        return {};
      }
      case 'updateCells':
        this._updateCells(wb, body);
        return {};
      case 'updateDimensionProperties': {
        const r = body.range as { sheetId: number; dimension: string; startIndex?: number; endIndex?: number };
        const s = this._sheet(wb, r.sheetId);
        const px = Number(body.properties?.pixelSize);
        if (r.dimension === 'COLUMNS' && Number.isFinite(px))
          for (let c = (r.startIndex ?? 0) + 1; c <= (r.endIndex ?? s.maxCols); c++) s.colWidths.set(c, px);
        return {};
      }
      case 'addProtectedRange': {
        const pr = body.protectedRange as Record<string, any>;
        const s = this._sheet(wb, pr.range.sheetId);
        const owner = this._ctx.drive.files.get(wb.id)?.owner ?? this._ctx.userEmail;
        const editors: string[] = [owner, ...((pr.editors?.users as string[] | undefined) ?? [])];
        const spec: ProtectionSpec = {
          id: wb.nextProtectionId++,
          type: 'SHEET',
          row: 1,
          col: 1,
          numRows: 0,
          numCols: 0,
          description: String(pr.description ?? ''),
          warningOnly: !!pr.warningOnly,
          // the owner can always edit a protected range (Sheets keeps them)
          editors: [...new Set(editors)],
          domainEdit: false,
          unprotected: [],
        };
        s.protections.push(spec);
        return { addProtectedRange: { protectedRange: { ...pr, protectedRangeId: spec.id } } };
      }
      case 'deleteProtectedRange':
        for (const s of wb.sheets) s.protections = s.protections.filter((p) => p.id !== body.protectedRangeId);
        return {};
      case 'addChart':
        return { addChart: { chart: { chartId: this._addChart(wb, body.chart) } } };
      case 'deleteEmbeddedObject':
        for (const s of wb.sheets)
          s.charts = s.charts.filter((c) => (Number(c.id.replace(/\D/g, '')) || 0) !== body.objectId);
        return {};
      case 'deleteNamedRange':
        wb.namedRanges.delete(String(body.namedRangeId));
        return {};
      case 'createDeveloperMetadata': {
        const m = body.developerMetadata as Record<string, any>;
        const sheetId = m.location?.sheetId;
        const target = sheetId !== undefined ? this._sheet(wb, sheetId) : null;
        const spec = addMeta(
          this._ctx,
          target ? target.devMeta : wb.devMeta,
          () => wb.nextMetaId++,
          target ? 'SHEET' : 'SPREADSHEET',
          String(m.metadataKey),
          m.metadataValue === undefined ? null : String(m.metadataValue),
          m.visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
        );
        return { createDeveloperMetadata: { developerMetadata: { ...m, metadataId: spec.id } } };
      }
      case 'deleteDeveloperMetadata': {
        const id = body.dataFilter?.developerMetadataLookup?.metadataId;
        wb.devMeta = wb.devMeta.filter((m) => m.id !== id);
        for (const s of wb.sheets) s.devMeta = s.devMeta.filter((m) => m.id !== id);
        return {};
      }
    }
    return {};
  }

  _setProps(s: SheetModel, p: SheetProperties, fields: string): void {
    const all = fields === '*';
    const has = (f: string) => all || fields.split(',').some((x) => x.trim() === f || f.startsWith(`${x.trim()}.`));
    if (p.title !== undefined && has('title')) s.name = p.title;
    if (p.hidden !== undefined && has('hidden')) s.hidden = p.hidden;
    const g = p.gridProperties ?? {};
    if (g.rowCount !== undefined && has('gridProperties.rowCount')) {
      s.maxRows = g.rowCount;
      if (s.rows.length > g.rowCount) s.rows.length = g.rowCount;
      for (const store of [s.formulas, s.notes, s.validations, ...s.formats.all()])
        store.clear(g.rowCount, 0, 1 << 30, 1 << 14);
    }
    if (g.columnCount !== undefined && has('gridProperties.columnCount')) {
      s.maxCols = g.columnCount;
      for (const row of s.rows) if (row && row.length > g.columnCount) row.length = g.columnCount;
      for (const store of [s.formulas, s.notes, s.validations, ...s.formats.all()])
        store.clear(0, g.columnCount, 1 << 30, 1 << 14);
    }
    if (g.frozenRowCount !== undefined && has('gridProperties.frozenRowCount')) s.frozenRows = g.frozenRowCount;
    if (g.frozenColumnCount !== undefined && has('gridProperties.frozenColumnCount'))
      s.frozenCols = g.frozenColumnCount;
  }

  /**
   * UpdateCellsRequest with `range` and fields "*": every cell of the range is replaced, cells the
   * rows do not reach are cleared (values, formats and notes). stringValue stays text even when it
   * starts with "=" (only formulaValue makes a formula).
   */
  _updateCells(wb: WorkbookModel, body: Record<string, any>): void {
    const range = (body.range ?? body.start) as GridRange & { rowIndex?: number; columnIndex?: number };
    const s = this._sheet(wb, range.sheetId);
    const r0 = range.startRowIndex ?? range.rowIndex ?? 0;
    const c0 = range.startColumnIndex ?? range.columnIndex ?? 0;
    const rows = (body.rows ?? []) as { values?: CellData[] }[];
    const fields = String(body.fields ?? '');
    if (fields !== '*' && fields !== 'userEnteredValue,userEnteredFormat,note')
      throw this._error('batchUpdate', `offline runtime: updateCells fields "${fields}" are not modelled`);
    const nr = body.range ? (range.endRowIndex ?? s.maxRows) - r0 : rows.length;
    const nc = body.range
      ? (range.endColumnIndex ?? s.maxCols) - c0
      : Math.max(0, ...rows.map((r) => (r.values ?? []).length));
    // clear the target, then write what the rows hold
    for (let i = 0; i < nr; i++) {
      const row = s.rows[r0 + i];
      if (row) for (let j = 0; j < nc && c0 + j < row.length; j++) row[c0 + j] = '';
    }
    for (const store of [s.formulas, s.notes, ...s.formats.all()]) store.clear(r0, c0, nr, nc);
    const f = s.formats;
    rows.forEach((rowData, i) => {
      const r = r0 + i;
      while (s.rows.length <= r) s.rows.push(undefined as unknown as CellValue[]);
      const row = (s.rows[r] ||= []);
      (rowData.values ?? []).forEach((cell, j) => {
        const c = c0 + j;
        while (row.length <= c) row.push('');
        const v = cell?.userEnteredValue;
        if (v?.formulaValue !== undefined) s.formulas.set(r, c, v.formulaValue);
        else if (v?.stringValue !== undefined) row[c] = String(v.stringValue);
        else if (v?.numberValue !== undefined) row[c] = Number(v.numberValue);
        else if (v?.boolValue !== undefined) row[c] = !!v.boolValue;
        const fmt = cell?.userEnteredFormat;
        if (fmt?.numberFormat?.pattern !== undefined)
          f.numFmt.set(r, c, fmt.numberFormat.type === 'TEXT' ? '@' : fmt.numberFormat.pattern);
        else if (fmt?.numberFormat?.type === 'TEXT') f.numFmt.set(r, c, '@');
        const bg = hex(fmt?.backgroundColor);
        if (bg && bg !== '#ffffff') f.background.set(r, c, bg);
        if (fmt?.textFormat?.bold) f.fontWeight.set(r, c, 'bold');
        if (fmt?.horizontalAlignment) f.hAlign.set(r, c, String(fmt.horizontalAlignment).toLowerCase());
        if (fmt?.wrapStrategy === 'WRAP') f.wrap.set(r, c, true);
        if (cell?.note) s.notes.set(r, c, cell.note);
      });
    });
  }

  _addChart(wb: WorkbookModel, chart: Record<string, any>): number {
    const pos = chart.position.overlayPosition;
    const s = this._sheet(wb, pos.anchorCell.sheetId);
    const basic = chart.spec?.basicChart ?? {};
    const sourceOf = (x: Record<string, any>) => x?.sourceRange?.sources?.[0] as GridRange;
    const ranges = [
      ...(basic.domains ?? []).map((d: Record<string, any>) => sourceOf(d.domain)),
      ...(basic.series ?? []).map((x: Record<string, any>) => sourceOf(x.series)),
    ]
      .filter(Boolean)
      .map((r: GridRange) => a1(this._sheet(wb, r.sheetId), r));
    const n = (chart.chartId as number | undefined) ?? Math.floor(Math.random() * 1e9);
    const spec: ChartSpec = {
      id: `chart${n}`,
      type: String(basic.chartType ?? 'COLUMN'),
      ranges,
      title: chart.spec?.title ?? null,
      position: {
        row: (pos.anchorCell.rowIndex ?? 0) + 1,
        col: (pos.anchorCell.columnIndex ?? 0) + 1,
        offsetX: pos.offsetXPixels ?? 0,
        offsetY: pos.offsetYPixels ?? 0,
      },
      options: { numHeaders: basic.headerCount ?? 0 },
    };
    s.charts.push(spec);
    return n;
  }
}

/** spreadsheets.values: A1 ranges of one sheet ("Sheet!A1:C3"). */
export class SheetsValues extends ServiceObject {
  constructor(
    ctx: Ctx,
    readonly _parent: SheetsSpreadsheets,
  ) {
    super(ctx);
  }

  _range(wb: WorkbookModel, method: string, a1Range: string): { s: SheetModel; r0: number; c0: number } {
    const m = /^(?:'?(.+?)'?!)?\$?([A-Z]+)\$?(\d+)(?::\$?[A-Z]+\$?\d+)?$/.exec(String(a1Range));
    const s = m ? (m[1] ? wb.sheet(m[1]) : wb.sheets[0]) : undefined;
    if (!m || !s) throw this._parent._error(`values.${method}`, `Unable to parse range: ${a1Range}`);
    let c = 0;
    for (const ch of m[2]) c = c * 26 + (ch.charCodeAt(0) - 64);
    return { s, r0: Number(m[3]) - 1, c0: c - 1 };
  }

  get(
    spreadsheetId: string,
    range: string,
    _optionalArgs?: Record<string, unknown>,
  ): { range: string; values?: unknown[][] } {
    const wb = this._parent._open('values.get', spreadsheetId, false);
    const { s, r0, c0 } = this._range(wb, 'get', range);
    const last = s.lastRowIndex();
    const values: unknown[][] = [];
    for (let r = r0; r <= last; r++) {
      const row = (s.rows[r] ?? []).slice(c0).map((v) => (v instanceof Date ? v.toISOString() : v));
      while (row.length && row[row.length - 1] === '') row.pop();
      values.push(row);
    }
    while (values.length && values[values.length - 1].length === 0) values.pop();
    return values.length ? { range, values } : { range };
  }

  /** valueInputOption RAW: strings stay strings (no formula, no number parsing). */
  update(
    resource: { values?: unknown[][] },
    spreadsheetId: string,
    range: string,
    optionalArgs?: { valueInputOption?: string },
  ): { updatedCells: number } {
    const wb = this._parent._open('values.update', spreadsheetId, true);
    if (optionalArgs?.valueInputOption !== 'RAW')
      throw this._parent._error('values.update', 'offline runtime: only valueInputOption RAW is modelled');
    const { s, r0, c0 } = this._range(wb, 'update', range);
    const values = resource?.values ?? [];
    const width = Math.max(0, ...values.map((r) => r.length));
    if (r0 + values.length > s.maxRows || c0 + width > s.maxCols) {
      const grow = Math.max(r0 + values.length, s.maxRows) * Math.max(c0 + width, s.maxCols) - s.maxRows * s.maxCols;
      if (wb.exceedsCellLimit(grow)) throw this._parent._error('values.update', CELL_LIMIT_MESSAGE);
      s.ensureSize(r0 + values.length, c0 + width);
    }
    let n = 0;
    values.forEach((row, i) => {
      while (s.rows.length <= r0 + i) s.rows.push(undefined as unknown as CellValue[]);
      const out = (s.rows[r0 + i] ||= []);
      row.forEach((v, j) => {
        while (out.length <= c0 + j) out.push('');
        out[c0 + j] =
          v === null || v === undefined ? '' : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
        s.formulas.set(r0 + i, c0 + j, undefined);
        n++;
      });
    });
    return { updatedCells: n };
  }
}

export class AdvancedSheets {
  readonly Spreadsheets: SheetsSpreadsheets;
  constructor(ctx: Ctx) {
    this.Spreadsheets = new SheetsSpreadsheets(ctx);
  }
}

instrument(SheetsSpreadsheets, 'Sheets.Spreadsheets');
instrument(SheetsValues, 'Sheets.Spreadsheets.Values');
