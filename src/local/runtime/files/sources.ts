/**
 * Read-only sources: old Excel .xls and LibreOffice .ods through SheetJS (@e965/xlsx, the 0.20.3
 * community edition on npm), and .csv through our own parser (UTF-8 with or without BOM, or Thai
 * Windows-874 / TIS-620). Only values, formulas, number formats, notes and hidden sheets are read:
 * these books are sources for `info` and the import, never written back.
 */
import type * as SheetJS from '@e965/xlsx';
import { WorkbookFileError } from '../errors';
import { bangkokInstant, CellValue, interpretString, isDate } from '../values';
import { SheetModel, WorkbookModel } from '../workbook';

const put = (m: SheetModel, r: number, c: number, v: CellValue): void => {
  const row = (m.rows[r] ||= []);
  while (row.length < c) row.push('');
  row[c] = v;
};

/** SheetJS reads a date cell as the UTC instant of its wall-clock time; our dates are Bangkok instants. */
const fromWallClock = (d: Date): Date =>
  bangkokInstant(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ) ?? d;

export async function readWithSheetJs(path: string, buf: Buffer, wb: WorkbookModel): Promise<void> {
  // loaded only for these formats: its code-page tables cost half a second at every start
  const XLSX = (await import('@e965/xlsx')) as typeof SheetJS;
  let book: SheetJS.WorkBook;
  // SheetJS prints warnings about ODS number formats it simplifies; they are not the user's business
  const warn = console.error;
  console.error = () => undefined;
  try {
    book = XLSX.read(buf, { type: 'buffer', cellDates: true, cellNF: true, UTC: true, dense: false });
  } catch (e) {
    const msg = (e as Error).message;
    if (/password/i.test(msg)) throw new WorkbookFileError('password-protected', path, `${path}: ${msg}`);
    if (/compressed size|end of|truncat|Unexpected|Bad/i.test(msg))
      throw new WorkbookFileError('truncated', path, `The file ${path} is damaged (${msg}).`);
    throw new WorkbookFileError('not-a-workbook', path, `The file ${path} cannot be read (${msg}).`);
  } finally {
    console.error = warn;
  }
  book.SheetNames.forEach((name, i) => {
    const ws = book.Sheets[name];
    const m = wb.addSheet(name);
    m.hidden = !!book.Workbook?.Sheets?.[i]?.Hidden;
    for (const key of Object.keys(ws)) {
      if (key[0] === '!') continue;
      const cell = ws[key] as SheetJS.CellObject;
      const { r, c } = XLSX.utils.decode_cell(key);
      let v: CellValue = '';
      if (cell.t === 'n' || cell.t === 's' || cell.t === 'b') v = cell.v as CellValue;
      else if (cell.t === 'd' && isDate(cell.v)) v = fromWallClock(cell.v);
      else if (cell.t === 'e') v = cell.w ?? '#ERROR!';
      if (v !== '') put(m, r, c, v);
      if (cell.f) m.formulas.set(r, c, `=${cell.f}`);
      const fmt = typeof cell.z === 'string' ? cell.z : undefined;
      if (fmt && fmt !== 'General') m.formats.numFmt.set(r, c, fmt);
      // .xls notes come padded with NULs and control characters
      const note = (cell.c || []).map((x) => x.t.replace(/[\s\u0000-\u001f]+$/, '')).join('\n');
      if (note) m.notes.set(r, c, note);
    }
    m.maxRows = Math.max(1000, m.rows.length);
    m.maxCols = Math.max(26, m.lastColIndex() + 1);
  });
}

// ---- CSV ------------------------------------------------------------------------------------------------

/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Thai Windows-874 (a superset of TIS-620). */
export function decodeCsv(buf: Buffer): { text: string; encoding: 'utf-8' | 'windows-874' } {
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(body), encoding: 'windows-874' };
  }
}

/** RFC 4180 fields: quotes, doubled quotes, commas and line breaks inside quotes; ';' or tab when the header uses it. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => firstLine.split(d).length);
  const delim = [',', ';', '\t'][counts.indexOf(Math.max(...counts))];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delim) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A CSV field as Sheets would take it when the file is imported, except: ids with a leading zero
 * ('0812345678') stay text, '=...' stays text (a CSV never brings formulas in), and a d/m/yyyy date
 * with a Buddhist-Era year (> 2400) is the same day in C.E.
 */
export function csvValue(s: string): CellValue {
  if (/^0\d/.test(s.trim())) return s;
  if (s.startsWith('=')) return s;
  const be = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (be && +be[3] > 2400) return bangkokInstant(+be[3] - 543, +be[2], +be[1]) ?? s;
  const v = interpretString(s, false, true);
  return typeof v === 'object' && !isDate(v) ? s : (v as CellValue);
}

export function readCsv(buf: Buffer, wb: WorkbookModel, sheetName: string): 'utf-8' | 'windows-874' {
  const { text, encoding } = decodeCsv(buf);
  const m = wb.addSheet(sheetName);
  parseCsv(text).forEach((fields, r) =>
    fields.forEach((f, c) => {
      const v = csvValue(f);
      if (v !== '') put(m, r, c, v);
    }),
  );
  m.maxRows = Math.max(1000, m.rows.length);
  m.maxCols = Math.max(26, m.lastColIndex() + 1);
  return encoding;
}
