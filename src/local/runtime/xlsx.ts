/**
 * Loading and saving the in-memory workbook as .xlsx, with our own reader and writer (files/*.ts),
 * and opening .xls/.ods/.csv as read-only sources. Why not a library: see README "Workbook files".
 *
 * Kept in the file: sheet order, names, hidden state, tab colours, frozen rows/columns, column widths,
 * row heights, cell values (strings, numbers, booleans, dates), formulas with their cached values, number
 * formats, fills, font weight/colour/size, horizontal alignment, wrap, borders and other styles, notes,
 * data validations, merges, conditional formats, hyperlinks, named ranges, and sheet protection flags
 * (for protections that are not warning-only). Date cells show Buddhist-Era years in Excel and
 * LibreOffice (files/numfmt.ts).
 *
 * Apps Script state that .xlsx cannot express is kept in two very hidden sheets:
 * - "__props": kind | key | value rows for document properties, developer metadata, protections (exact
 *   specs, including range protections, editors and warning-only), named ranges, sheet ids and the
 *   spreadsheet's id/name/locale;
 * - "__charts": sheet | chart spec JSON.
 * A book the runtime saved opens with its sheet list and sizes only (from __props): a sheet's cells
 * are read when a call first uses them (files/xlsx-read.ts readXlsx), so a sidebar or a look-up
 * reads only the sheets it needs.
 * A sheet that did not change since it was loaded is copied byte for byte, so charts, images and
 * pivot tables drawn by other programs survive on it; on a sheet the add-on changed they are lost,
 * as are comments' authors and formatting and rich text runs (kept as plain text).
 */
import { promises as fsp } from 'node:fs';
import { basename, resolve } from 'node:path';
import { WorkbookFileError } from './errors';
import { readSource, sniff, SourceFormat } from './files/detect';
import { readCsv, readWithSheetJs } from './files/sources';
import { readXlsx, RecordedSheet, XlsxPackage } from './files/xlsx-read';
import { SheetOut, writeXlsx } from './files/xlsx-write';
import { colLetters, escapeXml } from './files/xml';
import { ZipReader } from './files/zip';
import { writeFileAtomic } from './safe-write';
import { pageSetupOf, type PageSetup } from './print-setup';
import { ChartSpec, DevMetaSpec, ProtectionSpec, SheetModel, WorkbookModel } from './workbook';

export const PROPS_SHEET = '__props';
export const CHARTS_SHEET = '__charts';

interface PropsRow {
  kind: string;
  key: string;
  value: string;
}

function applyProps(wb: WorkbookModel, rows: PropsRow[]): void {
  const protections = new Map<string, ProtectionSpec[]>();
  for (const { kind, key, value } of rows) {
    if (kind === 'docprop') wb.docProps.set(key, value);
    else if (kind === 'spreadsheet') {
      const o = JSON.parse(value) as {
        id?: string;
        name?: string;
        locale?: string;
        timeZone?: string;
        activeSheet?: number;
      };
      if (o.id) wb.id = o.id;
      if (o.name) wb.name = o.name;
      if (o.locale) wb.locale = o.locale;
      if (o.timeZone) wb.timeZone = o.timeZone;
      if (typeof o.activeSheet === 'number') wb.activeSheet = o.activeSheet;
    } else if (kind === 'sheet') {
      const s = wb.sheet(key);
      const o = JSON.parse(value) as { id: number; maxRows: number; maxCols: number };
      if (s) {
        s.sheetId = o.id;
        // a deferred sheet already has the recorded size (files/xlsx-read.ts readXlsx)
        if (!s.pending) {
          s.maxRows = Math.max(s.maxRows === 1000 ? 0 : s.maxRows, o.maxRows, s.rows.length);
          s.maxCols = Math.max(o.maxCols, s.lastColIndex() + 1);
        }
      }
    } else if (kind === 'devmeta') {
      const spec = JSON.parse(value) as DevMetaSpec;
      const target = key === '' ? wb.devMeta : wb.sheet(key)?.devMeta;
      target?.push(spec);
    } else if (kind === 'protection') {
      const list = protections.get(key) ?? [];
      list.push(JSON.parse(value) as ProtectionSpec);
      protections.set(key, list);
    } else if (kind === 'namedrange') {
      wb.namedRanges.set(key, JSON.parse(value));
    }
  }
  // our exact protection specs replace what the file's protection flags suggested
  for (const [sheet, list] of protections) {
    const s = wb.sheet(sheet);
    if (s) s.protections = list;
  }
  const ids = wb.sheets.map((s) => s.sheetId);
  wb.nextSheetId = Math.max(wb.nextSheetId, ...ids) + 1;
  const allProt = wb.sheets.flatMap((s) => s.protections.map((p) => p.id));
  wb.nextProtectionId = Math.max(1, ...allProt) + 1;
  const allMeta = [...wb.devMeta, ...wb.sheets.flatMap((s) => s.devMeta)].map((d) => d.id);
  wb.nextMetaId = Math.max(0, ...allMeta) + 1;
}

const cellText = (m: SheetModel | undefined, r: number, c: number): string => {
  const v = m?.rows[r]?.[c];
  return v === undefined || v === null ? '' : String(v);
};

export interface LoadOptions {
  /** formats accepted (default: all); an .xlsx-only caller passes ['xlsx'] */
  formats?: SourceFormat[];
}

/**
 * Opens any workbook file: .xlsx (Excel, LibreOffice, Google Sheets, WPS, openpyxl) as the book
 * itself, and .xls/.ods/.csv as read-only sources (`wb.source.readOnly`; saving one back is refused
 * with a sentence that says to import it). Damaged or unsupported files throw a WorkbookFileError
 * whose code says what is wrong. Never writes.
 */
export async function loadWorkbookFile(path: string, opts: LoadOptions = {}): Promise<WorkbookModel> {
  const full = resolve(path);
  const buf = await readSource(full);
  const sniffed = sniff(full, buf);
  if (opts.formats && !opts.formats.includes(sniffed.format))
    throw new WorkbookFileError('not-a-workbook', full, `The file ${full} is a .${sniffed.format} file.`);
  const name = basename(full).replace(/\.(xlsx|xlsm|xls|ods|csv|txt|tsv)$/i, '');
  const wb = new WorkbookModel(WorkbookModel.newId(), name);
  if (sniffed.format === 'xlsx') {
    try {
      await fillFromXlsx(sniffed.zip!, wb);
    } catch (e) {
      if (e instanceof WorkbookFileError) throw e;
      throw new WorkbookFileError('truncated', full, `The file ${full} is damaged (${(e as Error).message}).`);
    }
    if (wb.sheets.length === 0) throw new WorkbookFileError('not-a-workbook', full, `The file ${full} has no sheets.`);
    wb.source!.path = full;
    return wb;
  }
  if (sniffed.format === 'csv') {
    const encoding = readCsv(buf, wb, name);
    wb.source = { path: full, format: 'csv', readOnly: true, encoding };
  } else {
    await readWithSheetJs(full, buf, wb);
    wb.source = { path: full, format: sniffed.format, readOnly: true };
  }
  if (wb.sheets.length === 0) throw new WorkbookFileError('not-a-workbook', full, `The file ${full} has no sheets.`);
  wb.nextSheetId = wb.sheets.length;
  return wb;
}

/** The __props rows of a book the runtime saved. */
function propsOf(helpers: Map<string, SheetModel>): PropsRow[] {
  const props: PropsRow[] = [];
  const p = helpers.get(PROPS_SHEET);
  if (p)
    for (let r = 1; r < p.rows.length; r++)
      if (p.rows[r]) props.push({ kind: cellText(p, r, 0), key: cellText(p, r, 1), value: cellText(p, r, 2) });
  return props;
}

/** The sheets __props records (their saved size, and whether it holds their protections). */
function recordedSheets(props: PropsRow[]): Map<string, RecordedSheet> {
  const out = new Map<string, RecordedSheet>();
  const protectedSheets = new Set(props.filter((r) => r.kind === 'protection').map((r) => r.key));
  for (const { kind, key, value } of props) {
    if (kind !== 'sheet' || out.has(key)) continue;
    const o = JSON.parse(value) as { maxRows?: unknown; maxCols?: unknown };
    if (typeof o.maxRows === 'number' && typeof o.maxCols === 'number')
      out.set(key, { maxRows: o.maxRows, maxCols: o.maxCols, propsProtections: protectedSheets.has(key) });
  }
  return out;
}

async function fillFromXlsx(zip: ZipReader, wb: WorkbookModel): Promise<void> {
  let props: PropsRow[] = [];
  const { pkg, helpers } = await readXlsx(zip, wb, [PROPS_SHEET, CHARTS_SHEET], (h) => {
    props = propsOf(h);
    return recordedSheets(props);
  });
  const charts: { sheet: string; spec: ChartSpec }[] = [];
  const ch = helpers.get(CHARTS_SHEET);
  if (ch)
    for (let r = 1; r < ch.rows.length; r++)
      if (ch.rows[r]) charts.push({ sheet: cellText(ch, r, 0), spec: JSON.parse(cellText(ch, r, 1)) as ChartSpec });
  if (wb.sheets.length === 0) return;
  applyProps(wb, props);
  for (const c of charts) wb.sheet(c.sheet)?.charts.push(c.spec);
  if (wb.activeSheet >= wb.sheets.length) wb.activeSheet = 0;
  wb.source = { path: '', format: 'xlsx', readOnly: false, pkg };
  settle(wb);
}

/** After a load or a save: every sheet matches its part, and the workbook-level state is recorded. */
function settle(wb: WorkbookModel): void {
  for (const s of wb.sheets) {
    s.dirty = false;
    // a sheet not read yet takes its fingerprint when it is read (SheetModel.load)
    if (s.origin && !s.pending) s.origin.fingerprint = s.fingerprint();
  }
  (wb.source as { signature?: string }).signature = signature(wb);
}

/** The workbook-level state a save writes besides the sheets (order, names, __props, __charts). */
function signature(wb: WorkbookModel): string {
  return JSON.stringify([
    wb.sheets.map((s) => [s.name, s.hidden, s.origin?.part]),
    propsRows(wb),
    wb.sheets.map((s) => s.charts),
  ]);
}

/** Loads an .xlsx; throws WorkbookFileError (see errors.ts for the codes). Never writes. */
export async function loadXlsx(path: string): Promise<WorkbookModel> {
  return loadWorkbookFile(path, { formats: ['xlsx'] });
}

function propsRows(wb: WorkbookModel): [string, string, string][] {
  const rows: [string, string, string][] = [];
  rows.push([
    'spreadsheet',
    '',
    JSON.stringify({ id: wb.id, name: wb.name, locale: wb.locale, timeZone: wb.timeZone, activeSheet: wb.activeSheet }),
  ]);
  for (const s of wb.sheets)
    rows.push(['sheet', s.name, JSON.stringify({ id: s.sheetId, maxRows: s.maxRows, maxCols: s.maxCols })]);
  for (const [k, v] of wb.docProps) rows.push(['docprop', k, v]);
  for (const d of wb.devMeta) rows.push(['devmeta', '', JSON.stringify(d)]);
  for (const s of wb.sheets) for (const d of s.devMeta) rows.push(['devmeta', s.name, JSON.stringify(d)]);
  for (const s of wb.sheets) for (const p of s.protections) rows.push(['protection', s.name, JSON.stringify(p)]);
  for (const [name, n] of wb.namedRanges) rows.push(['namedrange', name, JSON.stringify(n)]);
  return rows;
}

function helperSheet(name: string, header: string[], rows: string[][]): SheetModel {
  const m = new SheetModel(name, -1);
  m.rows = [header, ...rows];
  m.formats.numFmt.fill(0, 0, m.rows.length, header.length, '@');
  return m;
}

function definedNames(wb: WorkbookModel): string[] {
  const out: string[] = [];
  for (const [name, n] of wb.namedRanges) {
    if (!wb.sheet(n.sheet)) continue;
    const q = `'${n.sheet.replace(/'/g, "''")}'`;
    const ref = `${q}!$${colLetters(n.col)}$${n.row}:$${colLetters(n.col + n.numCols - 1)}$${n.row + n.numRows - 1}`;
    out.push(`<definedName name="${escapeXml(name)}">${escapeXml(ref)}</definedName>`);
  }
  return out;
}

/** The rows each sheet repeats on every printed page (a name local to the sheet, by its index). */
function printTitles(wb: WorkbookModel, pages: (PageSetup | undefined)[]): string[] {
  const out: string[] = [];
  wb.sheets.forEach((s, i) => {
    const rows = pages[i]?.repeatRows;
    if (!rows) return;
    const ref = `'${s.name.replace(/'/g, "''")}'!$${rows[0]}:$${rows[1]}`;
    out.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(ref)}</definedName>`);
  });
  return out;
}

/**
 * Saves atomically (safe-write.ts: temporary file, fsync, rename; mode, owner and symlinks kept). When the
 * workbook was loaded from this same file, unchanged sheets are copied byte for byte, and when
 * nothing changed at all nothing is written. A read-only source (.xls/.ods/.csv) is never
 * written back over itself. `streaming` is kept for old callers and has no effect.
 */
export async function saveXlsx(
  wb: WorkbookModel,
  path: string,
  streaming = true,
  opts: { plain?: boolean } = {},
): Promise<void> {
  void streaming;
  const target = resolve(path);
  const src = wb.source;
  if (src?.readOnly && src.path === target)
    throw new WorkbookFileError(
      'read-only-format',
      target,
      `${target} is a .${src.format} file, read only here: import it into an .xlsx book instead.`,
      { format: src.format },
    );
  const samePlace = !!src && src.format === 'xlsx' && src.path === target && !opts.plain;
  if (
    samePlace &&
    wb.sheets.every((s) => !s.needsWrite()) &&
    (src as { signature?: string }).signature === signature(wb)
  )
    return;
  const pkg = samePlace ? (src.pkg as XlsxPackage | undefined) : undefined;
  const pages = wb.sheets.map(pageSetupOf);
  const sheets: SheetOut[] = wb.sheets.map((m, i) => ({
    model: m,
    state: m.hidden ? 'hidden' : 'visible',
    page: pages[i],
  }));
  if (!opts.plain) {
    sheets.push({ model: helperSheet(PROPS_SHEET, ['kind', 'key', 'value'], propsRows(wb)), state: 'veryHidden' });
    const charts = wb.sheets.flatMap((s) => s.charts.map((c) => [s.name, JSON.stringify(c)]));
    if (charts.length)
      sheets.push({ model: helperSheet(CHARTS_SHEET, ['sheet', 'chart'], charts), state: 'veryHidden' });
  }
  const out = writeXlsx({ wb, sheets, definedNames: [...definedNames(wb), ...printTitles(wb, pages)], pkg });
  await writeFileAtomic(target, (tmp) => fsp.writeFile(tmp, out.chunks));
  if (opts.plain) return;
  // the file on disk is now what the next save copies from
  const buf = Buffer.concat(out.chunks);
  wb.sheets.forEach((m, i) => (m.origin = { part: out.parts[i], fingerprint: '' }));
  wb.source = { path: target, format: 'xlsx', readOnly: false, pkg: { ...out.pkg, zip: new ZipReader(buf) } };
  settle(wb);
}
