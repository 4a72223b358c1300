/**
 * Loading and saving the in-memory workbook as .xlsx with ExcelJS.
 *
 * Kept in the file: sheet order, names, hidden state, tab colours, frozen rows/columns, column widths,
 * row heights, cell values (strings, numbers, booleans, dates), formulas with their cached values, number
 * formats, fills, font weight/colour/size, horizontal alignment, wrap, borders and other ExcelJS styles,
 * notes, data validations, merges, conditional formats, hyperlinks (when the text is unchanged), named
 * ranges, and sheet protection flags (for protections that are not warning-only).
 *
 * Apps Script state that .xlsx cannot express is kept in two very hidden sheets:
 * - "__props": kind | key | value rows for document properties, developer metadata, protections (exact
 *   specs, including range protections, editors and warning-only), named ranges, sheet ids and the
 *   spreadsheet's id/name/locale;
 * - "__charts": sheet | chart spec JSON (ExcelJS cannot write charts).
 * Lost: charts drawn by other programs, images, pivot tables, comments' authors/formatting, rich text
 * runs (kept as plain text), data-validation lists whose items contain commas.
 */
import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { WorkbookFileError } from './errors';
import { CellStore, Grid } from './grid';
import { ColumnRuns } from './runs';
import { internSpec } from './validation';
import { BKK_OFFSET_MS, CellValue, isDate } from './values';
import { ChartSpec, DevMetaSpec, ProtectionSpec, SheetModel, ValidationSpec, WorkbookModel } from './workbook';
import { writeFileAtomic } from './safe-write';

export const PROPS_SHEET = '__props';
export const CHARTS_SHEET = '__charts';

type Cell = ExcelJS.Cell;
type Style = Partial<ExcelJS.Style>;

const argbToHex = (argb: string | undefined): string | undefined =>
  argb && /^[0-9a-f]{8}$/i.test(argb)
    ? `#${argb.slice(2).toLowerCase()}`
    : argb && /^[0-9a-f]{6}$/i.test(argb)
      ? `#${argb.toLowerCase()}`
      : undefined;
const hexToArgb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** ExcelJS reads a date cell as the UTC instant of its wall-clock time; our dates are Bangkok instants. */
const fromExcelDate = (d: Date): Date => new Date(d.getTime() - BKK_OFFSET_MS);
const toExcelDate = (d: Date): Date => new Date(d.getTime() + BKK_OFFSET_MS);

/** Excel column width (characters) <-> Sheets pixels, using the usual 7 px per character + 5 px padding. */
const widthToPx = (w: number): number => Math.round(w * 7 + 5);
const pxToWidth = (px: number): number => Math.max(0, (px - 5) / 7);

// ---- loading ------------------------------------------------------------------------------------------------

async function readWorkbookFile(path: string): Promise<Buffer> {
  let buf: Buffer;
  try {
    const st = await fsp.stat(path);
    if (!st.isFile()) throw new WorkbookFileError('unreadable', path, `${path} is not a file.`);
    buf = await fsp.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new WorkbookFileError('missing', path, `The file ${path} does not exist.`);
    throw new WorkbookFileError(
      'unreadable',
      path,
      `The file ${path} cannot be read (${code ?? (e as Error).message}).`,
    );
  }
  // .xlsx is a zip archive: "PK\x03\x04"
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw new WorkbookFileError('not-a-workbook', path, `The file ${path} is not an .xlsx workbook.`);
  }
  return buf;
}

function cellValue(cell: Cell): { value: CellValue; formula?: string; link?: string } {
  const v = cell.value as unknown;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { value: '' };
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.String:
      return { value: v as CellValue };
    case ExcelJS.ValueType.Date:
      return { value: fromExcelDate(v as Date) };
    case ExcelJS.ValueType.RichText:
      return { value: ((v as ExcelJS.CellRichTextValue).richText || []).map((r) => r.text).join('') };
    case ExcelJS.ValueType.Hyperlink: {
      const h = v as ExcelJS.CellHyperlinkValue;
      const text =
        typeof h.text === 'string'
          ? h.text
          : ((h.text as unknown as ExcelJS.CellRichTextValue)?.richText || []).map((r) => r.text).join('');
      return { value: text, link: h.hyperlink };
    }
    case ExcelJS.ValueType.Error:
      return { value: (v as ExcelJS.CellErrorValue).error };
    case ExcelJS.ValueType.Formula: {
      const formula = `=${cell.formula}`;
      let result = (cell.result as unknown) ?? '';
      if (isDate(result)) result = fromExcelDate(result);
      else if (typeof result === 'object' && result && 'error' in result)
        result = (result as ExcelJS.CellErrorValue).error;
      else if (typeof result !== 'string' && typeof result !== 'number' && typeof result !== 'boolean') result = '';
      return { value: result as CellValue, formula };
    }
    default:
      return { value: v === null || v === undefined ? '' : String(v) };
  }
}

/** ExcelJS style parts we do not model, kept so the file keeps its look. */
function rawStyle(cell: Cell): Record<string, unknown> | undefined {
  const raw: Record<string, unknown> = {};
  if (cell.border && Object.keys(cell.border).length) raw.border = cell.border;
  const f = cell.font as Partial<ExcelJS.Font> | undefined;
  if (f && (f.italic || f.underline || f.strike || (f.name && f.name !== 'Calibri' && f.name !== 'Arial'))) {
    raw.font = { name: f.name, italic: f.italic, underline: f.underline, strike: f.strike };
  }
  const a = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (a && (a.vertical || a.indent || a.textRotation))
    raw.alignment = { vertical: a.vertical, indent: a.indent, textRotation: a.textRotation };
  if (cell.protection && Object.keys(cell.protection).length) raw.protection = cell.protection;
  return Object.keys(raw).length ? raw : undefined;
}

function validationFromExcel(dv: ExcelJS.DataValidation): ValidationSpec | undefined {
  const allowInvalid = dv.showErrorMessage === false || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const helpText = dv.prompt ?? null;
  const f = (dv.formulae || []) as unknown[];
  const spec = (criteria: string, args: unknown[]): ValidationSpec => ({ criteria, args, allowInvalid, helpText });
  if (dv.type === 'list') {
    const text = String(f[0] ?? '');
    if (text.startsWith('"')) return spec('VALUE_IN_LIST', [text.slice(1, -1).split(','), true]);
    return spec('VALUE_IN_RANGE', [text, true]);
  }
  if (dv.type === 'date') {
    const d = f.map((x) => (isDate(x) ? fromExcelDate(x) : x));
    const op = dv.operator ?? 'between';
    if (op === 'greaterThanOrEqual' && isDate(f[0]) && f[0].getUTCFullYear() <= 1900)
      return spec('DATE_IS_VALID_DATE', []);
    const map: Record<string, string> = {
      between: 'DATE_BETWEEN',
      notBetween: 'DATE_NOT_BETWEEN',
      equal: 'DATE_EQUAL_TO',
      greaterThan: 'DATE_AFTER',
      lessThan: 'DATE_BEFORE',
      greaterThanOrEqual: 'DATE_ON_OR_AFTER',
      lessThanOrEqual: 'DATE_ON_OR_BEFORE',
    };
    return spec(map[op] ?? 'DATE_IS_VALID_DATE', d);
  }
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const map: Record<string, string> = {
      between: 'NUMBER_BETWEEN',
      notBetween: 'NUMBER_NOT_BETWEEN',
      equal: 'NUMBER_EQUAL_TO',
      notEqual: 'NUMBER_NOT_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN',
      lessThan: 'NUMBER_LESS_THAN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
    };
    return spec(map[dv.operator ?? 'between'] ?? 'NUMBER_BETWEEN', f.map(Number));
  }
  if (dv.type === 'textLength') return spec('TEXT_LENGTH', f.map(Number));
  if (dv.type === 'custom') return spec('CUSTOM_FORMULA', [`=${String(f[0] ?? '')}`]);
  return undefined;
}

function loadSheet(ws: ExcelJS.Worksheet, m: SheetModel): void {
  m.hidden = ws.state !== 'visible';
  m.tabColor = argbToHex((ws.properties?.tabColor as { argb?: string } | undefined)?.argb) ?? null;
  const view = (ws.views || [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view && view.state === 'frozen') {
    m.frozenRows = view.ySplit || 0;
    m.frozenCols = view.xSplit || 0;
  }
  const columns = (ws.columns || []) as Partial<ExcelJS.Column>[];
  columns.forEach((col, i) => {
    if (col && col.width !== undefined && col.width !== null) m.colWidths.set(i + 1, widthToPx(col.width));
  });
  const links = new Grid<string>();
  const f = m.formats;
  // the rows and cells ExcelJS read, including styled empty cells (a text-formatted empty column matters)
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows || [];
  rows.forEach((row) => {
    if (!row) return;
    const rowNumber = row.number;
    const r = rowNumber - 1;
    if (row.height) m.passthrough.rowHeights.set(rowNumber, row.height);
    const cells = (row as unknown as { _cells: (Cell | undefined)[] })._cells || [];
    cells.forEach((cell) => {
      if (!cell) return;
      const colNumber = Number(cell.col);
      const c = colNumber - 1;
      const { value, formula, link } = cellValue(cell);
      if (value !== '' || formula) {
        while (m.rows.length < r) m.rows.push(undefined as unknown as CellValue[]);
        const dst = (m.rows[r] ||= []);
        while (dst.length < c) dst.push('');
        dst[c] = value;
        if (formula) m.formulas.set(r, c, formula);
        if (link) links.set(r, c, link);
      }
      if (cell.numFmt && cell.numFmt !== 'General') f.numFmt.set(r, c, cell.numFmt);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
        const hex = argbToHex(fill.fgColor?.argb);
        if (hex) f.background.set(r, c, hex);
      }
      const font = cell.font as Partial<ExcelJS.Font> | undefined;
      if (font) {
        if (font.bold) f.fontWeight.set(r, c, 'bold');
        const color = argbToHex(font.color?.argb);
        if (color && color !== '#000000') f.fontColor.set(r, c, color);
        if (font.size && font.size !== 10 && font.size !== 11) f.fontSize.set(r, c, font.size);
      }
      const al = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
      if (al?.horizontal) f.hAlign.set(r, c, al.horizontal);
      if (al?.wrapText) f.wrap.set(r, c, true);
      const raw = rawStyle(cell);
      if (raw) f.raw.set(r, c, raw);
      const note = cell.note as unknown;
      if (note) {
        const text =
          typeof note === 'string' ? note : ((note as ExcelJS.Comment).texts || []).map((t) => t.text).join('');
        if (text) m.notes.set(r, c, text);
      }
    });
  });
  if (links.size) (m.passthrough as { links?: Grid<string> }).links = links;
  // ExcelJS shares one object among the cells of a validation range: convert each once
  const specs = new Map<object, ValidationSpec | undefined>();
  const dvModel =
    (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations?.model ||
    {};
  for (const [address, dv] of Object.entries(dvModel)) {
    if (!specs.has(dv)) {
      const spec = validationFromExcel(dv);
      specs.set(dv, spec && internSpec(spec));
    }
    const spec = specs.get(dv);
    const cell = ws.getCell(address);
    if (spec) m.validations.set(Number(cell.row) - 1, Number(cell.col) - 1, spec);
  }
  const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (prot && prot.sheet) {
    m.protections.push({
      id: 0,
      type: 'SHEET',
      row: 1,
      col: 1,
      numRows: 0,
      numCols: 0,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: false,
      unprotected: [],
    });
  }
  const merges = (ws as unknown as { _merges?: Record<string, { range?: string; shortRange?: string }> })._merges || {};
  m.passthrough.merges = Object.values(merges)
    .map((x) => x.range || x.shortRange || '')
    .filter(Boolean);
  m.passthrough.conditionalFormattings =
    (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings || [];
  m.maxRows = Math.max(1000, ws.rowCount, m.rows.length);
  m.maxCols = Math.max(26, ws.columnCount, m.lastColIndex() + 1);
}

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
        s.maxRows = Math.max(s.maxRows === 1000 ? 0 : s.maxRows, o.maxRows, s.rows.length);
        s.maxCols = Math.max(o.maxCols, s.lastColIndex() + 1);
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

const text = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object' && 'richText' in (v as object)
      ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
      : String(v);

/** Loads an .xlsx; throws WorkbookFileError ('missing' | 'unreadable' | 'not-a-workbook'). Never writes. */
export async function loadXlsx(path: string): Promise<WorkbookModel> {
  const buf = await readWorkbookFile(path);
  const xl = new ExcelJS.Workbook();
  try {
    await xl.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookFileError(
      'not-a-workbook',
      path,
      `The file ${path} is not an .xlsx workbook (${(e as Error).message}).`,
    );
  }
  if (xl.worksheets.length === 0)
    throw new WorkbookFileError('not-a-workbook', path, `The file ${path} has no sheets.`);
  const wb = new WorkbookModel(WorkbookModel.newId(), basename(path).replace(/\.xlsx$/i, ''));
  const props: PropsRow[] = [];
  const charts: { sheet: string; spec: ChartSpec }[] = [];
  for (const ws of xl.worksheets) {
    if (ws.name === PROPS_SHEET) {
      ws.eachRow((row, n) => {
        if (n > 1)
          props.push({
            kind: text(row.getCell(1).value),
            key: text(row.getCell(2).value),
            value: text(row.getCell(3).value),
          });
      });
      continue;
    }
    if (ws.name === CHARTS_SHEET) {
      ws.eachRow((row, n) => {
        if (n > 1)
          charts.push({ sheet: text(row.getCell(1).value), spec: JSON.parse(text(row.getCell(2).value)) as ChartSpec });
      });
      continue;
    }
    const m = wb.addSheet(ws.name);
    loadSheet(ws, m);
  }
  if (wb.sheets.length === 0)
    throw new WorkbookFileError('not-a-workbook', path, `The file ${path} has no visible sheets.`);
  for (const n of xl.definedNames.model || []) {
    const ref = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(n.ranges[0] || '');
    if (!ref || n.name.startsWith('_xlnm')) continue;
    const col = colNum(ref[2]),
      row = Number(ref[3]);
    const lastCol = ref[4] ? colNum(ref[4]) : col,
      lastRow = ref[5] ? Number(ref[5]) : row;
    wb.namedRanges.set(n.name, {
      sheet: ref[1].replace(/''/g, "'"),
      row,
      col,
      numRows: lastRow - row + 1,
      numCols: lastCol - col + 1,
    });
  }
  applyProps(wb, props);
  for (const c of charts) wb.sheet(c.sheet)?.charts.push(c.spec);
  if (wb.activeSheet >= wb.sheets.length) wb.activeSheet = 0;
  return wb;
}

const colNum = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string =>
  n > 0 ? colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)) : '';

// ---- saving -------------------------------------------------------------------------------------------------

function validationToExcel(s: ValidationSpec): ExcelJS.DataValidation | undefined {
  const base = {
    allowBlank: true,
    showErrorMessage: !s.allowInvalid,
    errorStyle: s.allowInvalid ? 'warning' : 'stop',
    ...(s.helpText ? { showInputMessage: true, prompt: s.helpText } : {}),
  } as Partial<ExcelJS.DataValidation>;
  const a = s.args;
  const num = (op: string, n: number): ExcelJS.DataValidation =>
    ({ ...base, type: 'decimal', operator: op, formulae: a.slice(0, n) }) as ExcelJS.DataValidation;
  const date = (op: string): ExcelJS.DataValidation =>
    ({
      ...base,
      type: 'date',
      operator: op,
      formulae: a.map((d) => (isDate(d) ? toExcelDate(d) : d)),
    }) as ExcelJS.DataValidation;
  switch (s.criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [`"${(a[0] as string[]).join(',')}"`] } as ExcelJS.DataValidation;
    case 'VALUE_IN_RANGE':
      return { ...base, type: 'list', formulae: [String(a[0])] } as ExcelJS.DataValidation;
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] } as ExcelJS.DataValidation;
    case 'DATE_IS_VALID_DATE':
      return {
        ...base,
        type: 'date',
        operator: 'greaterThanOrEqual',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
      } as ExcelJS.DataValidation;
    case 'DATE_BETWEEN':
      return date('between');
    case 'DATE_NOT_BETWEEN':
      return date('notBetween');
    case 'DATE_EQUAL_TO':
      return date('equal');
    case 'DATE_AFTER':
      return date('greaterThan');
    case 'DATE_BEFORE':
      return date('lessThan');
    case 'DATE_ON_OR_AFTER':
      return date('greaterThanOrEqual');
    case 'DATE_ON_OR_BEFORE':
      return date('lessThanOrEqual');
    case 'NUMBER_BETWEEN':
      return num('between', 2);
    case 'NUMBER_NOT_BETWEEN':
      return num('notBetween', 2);
    case 'NUMBER_EQUAL_TO':
      return num('equal', 1);
    case 'NUMBER_NOT_EQUAL_TO':
      return num('notEqual', 1);
    case 'NUMBER_GREATER_THAN':
      return num('greaterThan', 1);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num('greaterThanOrEqual', 1);
    case 'NUMBER_LESS_THAN':
      return num('lessThan', 1);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num('lessThanOrEqual', 1);
    case 'TEXT_LENGTH':
      return { ...base, type: 'textLength', operator: 'between', formulae: a } as ExcelJS.DataValidation;
    case 'CUSTOM_FORMULA':
      return { ...base, type: 'custom', formulae: [String(a[0]).replace(/^=/, '')] } as ExcelJS.DataValidation;
    default:
      return undefined;
  }
}

/** One data-validation range per run of equal rules down a column. */
function validationRanges(g: ColumnRuns<ValidationSpec>): { ref: string; spec: ValidationSpec }[] {
  const out: { ref: string; spec: ValidationSpec }[] = [];
  for (const [c, run] of g.runs()) {
    const col = colLetters(c + 1);
    const a = `${col}${run.start + 1}`;
    out.push({ ref: run.end - run.start > 1 ? `${a}:${col}${run.end}` : a, spec: run.value });
  }
  return out;
}

function styleOf(m: SheetModel, r: number, c: number, value: CellValue | undefined): Style | undefined {
  const f = m.formats;
  const style: Style = {};
  const raw = f.raw.size ? f.raw.get(r, c) : undefined;
  if (raw) Object.assign(style, JSON.parse(JSON.stringify(raw)));
  const numFmt = f.numFmt.size ? f.numFmt.get(r, c) : undefined;
  if (numFmt) style.numFmt = numFmt;
  else if (value !== undefined && isDate(value)) style.numFmt = 'yyyy-mm-dd';
  const bg = f.background.size ? f.background.get(r, c) : undefined;
  if (bg) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(bg) } };
  const bold = f.fontWeight.size ? f.fontWeight.get(r, c) === 'bold' : false;
  const color = f.fontColor.size ? f.fontColor.get(r, c) : undefined;
  const size = f.fontSize.size ? f.fontSize.get(r, c) : undefined;
  if (bold || color || size) {
    style.font = {
      ...(style.font || {}),
      ...(bold ? { bold: true } : {}),
      ...(color ? { color: { argb: hexToArgb(color) } } : {}),
      ...(size ? { size } : {}),
    };
  }
  const h = f.hAlign.size ? f.hAlign.get(r, c) : undefined;
  const wrap = f.wrap.size ? f.wrap.get(r, c) : undefined;
  if (h || wrap)
    style.alignment = {
      ...(style.alignment || {}),
      ...(h ? { horizontal: h as ExcelJS.Alignment['horizontal'] } : {}),
      ...(wrap ? { wrapText: true } : {}),
    };
  return Object.keys(style).length ? style : undefined;
}

async function writeSheet(xl: ExcelJS.Workbook, m: SheetModel): Promise<void> {
  const ws = xl.addWorksheet(m.name, {
    state: m.hidden ? 'hidden' : 'visible',
    properties: m.tabColor ? { tabColor: { argb: hexToArgb(m.tabColor) } } : {},
    views: m.frozenRows || m.frozenCols ? [{ state: 'frozen', xSplit: m.frozenCols, ySplit: m.frozenRows }] : [],
  });
  for (const [c, px] of m.colWidths) ws.getColumn(c).width = pxToWidth(px);
  // merges first: the streaming writer cannot touch rows once they are committed
  for (const range of m.passthrough.merges) {
    try {
      ws.mergeCells(range);
    } catch {
      // a merge that now overlaps another is dropped rather than failing the save
    }
  }
  // every cell that has a value, a formula, a format or a note
  const touched = new Map<number, Set<number>>();
  const touch = (r: number, c: number): void => {
    let s = touched.get(r);
    if (!s) touched.set(r, (s = new Set()));
    s.add(c);
  };
  for (const g of [m.formulas, m.notes, ...m.formats.all()] as CellStore<unknown>[])
    for (const [r, c] of g.cells()) touch(r, c);
  const links = (m.passthrough as { links?: Grid<string> }).links;
  const lastRow = Math.max(m.rows.length - 1, ...touched.keys());
  for (let r = 0; r <= lastRow; r++) {
    const src = m.rows[r];
    const extra = touched.get(r);
    if (!src && !extra) continue;
    const cols = new Set<number>(extra);
    if (src) src.forEach((v, c) => v !== '' && v !== undefined && cols.add(c));
    if (cols.size === 0) continue;
    const row = ws.getRow(r + 1);
    const commit = (row as unknown as { commit?: () => void }).commit;
    // the streaming writer skips rows without values; a row of formatted empty cells (a text column
    // waiting for ids) or of notes must still be written
    if (commit && !(src && src.some((v) => v !== '' && v !== undefined))) {
      Object.defineProperty(row, 'hasValues', { value: true });
    }
    const h = m.passthrough.rowHeights.get(r + 1);
    if (h) row.height = h;
    for (const c of cols) {
      const cell = row.getCell(c + 1);
      const value = src ? src[c] : undefined;
      const formula = m.formulas.size ? m.formulas.get(r, c) : undefined;
      const style = styleOf(m, r, c, value);
      if (style) cell.style = style as ExcelJS.Style;
      if (formula) {
        const result = value === '' || value === undefined ? undefined : isDate(value) ? toExcelDate(value) : value;
        cell.value = { formula: formula.slice(1), result } as ExcelJS.CellFormulaValue;
      } else if (value !== undefined && value !== '') {
        const link = links?.get(r, c);
        if (link && typeof value === 'string') cell.value = { text: value, hyperlink: link };
        else cell.value = isDate(value) ? toExcelDate(value) : value;
      }
      const note = m.notes.size ? m.notes.get(r, c) : undefined;
      if (note) {
        cell.note = note;
        // ExcelJS drops a note whose cell is not written; an (empty) style makes it write the cell
        if (!style && (value === undefined || value === '') && !formula) cell.alignment = {};
      }
    }
    // the streaming writer flushes committed rows, so a big sheet never sits in ExcelJS's cell objects
    if (commit) commit.call(row);
  }
  const dvs = (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const { ref, spec } of validationRanges(m.validations)) {
    const dv = validationToExcel(spec);
    if (dv) dvs.add(ref, dv);
  }
  for (const cf of m.passthrough.conditionalFormattings)
    ws.addConditionalFormatting(cf as ExcelJS.ConditionalFormattingOptions);
  if (m.protections.some((p) => p.type === 'SHEET' && !p.warningOnly)) {
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
  const commitSheet = (ws as unknown as { commit?: () => void }).commit;
  if (commitSheet) commitSheet.call(ws);
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

/**
 * Fills an ExcelJS workbook (in-memory or streaming writer) from a model. The sheets are written in
 * order and each row is committed as soon as it is written.
 */
async function fillExcel(xl: ExcelJS.Workbook, wb: WorkbookModel, plain = false): Promise<void> {
  xl.creator = 'welfare-fund offline runtime';
  for (const m of wb.sheets) await writeSheet(xl, m);
  for (const [name, n] of wb.namedRanges) {
    // ExcelJS expands defined names cell by cell; very large ones stay only in __props
    if (n.numRows * n.numCols > 10000 || !wb.sheet(n.sheet)) continue;
    const q = `'${n.sheet.replace(/'/g, "''")}'`;
    const ref = `${q}!$${colLetters(n.col)}$${n.row}:$${colLetters(n.col + n.numCols - 1)}$${n.row + n.numRows - 1}`;
    try {
      xl.definedNames.add(ref, name);
    } catch {
      // kept in __props
    }
  }
  const helper = (name: string, header: string[], rows: string[][]): void => {
    const ws = xl.addWorksheet(name, { state: 'veryHidden' });
    for (const r of [header, ...rows]) {
      const row = ws.addRow(r);
      row.eachCell((c) => (c.numFmt = '@'));
      (row as unknown as { commit?: () => void }).commit?.call(row);
    }
    (ws as unknown as { commit?: () => void }).commit?.call(ws);
  };
  // plain: a file to hand to someone else (the shared summary's --out), without our state sheets
  if (!plain) {
    helper(PROPS_SHEET, ['kind', 'key', 'value'], propsRows(wb));
    const charts = wb.sheets.flatMap((s) => s.charts.map((c) => [s.name, JSON.stringify(c)]));
    if (charts.length) helper(CHARTS_SHEET, ['sheet', 'chart'], charts);
  }
  xl.views = [
    {
      activeTab: Math.min(wb.activeSheet, wb.sheets.length - 1),
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      visibility: 'visible',
    },
  ];
}

/** The in-memory ExcelJS workbook for a model (for tests that inspect the file's structure). */
export async function toExcel(wb: WorkbookModel): Promise<ExcelJS.Workbook> {
  const xl = new ExcelJS.Workbook();
  await fillExcel(xl, wb);
  return xl;
}

/**
 * Saves atomically (safe-write.ts: temporary file, fsync, rename; mode, owner and symlinks kept).
 * Uses ExcelJS's streaming writer (rows are flushed as they are committed) unless `streaming` is false.
 */
export async function saveXlsx(
  wb: WorkbookModel,
  path: string,
  streaming = true,
  opts: { plain?: boolean } = {},
): Promise<void> {
  await writeFileAtomic(path, async (tmp) => {
    if (streaming) {
      const xl = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
      await fillExcel(xl, wb, opts.plain);
      await xl.commit();
    } else {
      const xl = await toExcel(wb);
      await xl.xlsx.writeFile(tmp);
    }
  });
}
