/**
 * Adding records to a record sheet: one block after the last row, in the sheet's OWN column
 * order (found by header), under the document lock. Reads only the header row (and, for numbered
 * records, the last LOOK_BACK cells of the number column), never the whole sheet, so a form save
 * costs the same for 10 rows as for 100,000. Every append (the forms, the demo fund) goes through
 * `appendRecords`; set-up writes its default rows at a known row with `writeRecords`.
 */
import { suggestNextMemberId } from '../../core/parse';
import {
  matchHeaders,
  SHEETS,
  type ColumnDef,
  type HeaderMatch,
  type SheetDef,
  type SheetKey,
} from '../../core/schema';
import { userError } from './errors';
import { formatForKind, isTextKind, TEXT_FORMAT, toCell, type CellInput, type CellValue } from './formats';
import { findSheet } from './locate';
import { withDocumentLock } from './lock';
import { readHeader } from './read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** column key -> value. Dates as DayNumber (or Date), money as numbers, ids and text as strings. */
export type RecordInput = Record<string, CellInput>;

const isBlank = (v: CellInput): boolean => v === null || v === undefined || v === '';

/** 'General' (Sheets' "Automatic") or nothing: the cell has no format of its own. */
const isDefaultFormat = (f: string): boolean => f === '' || /^general$/i.test(f);

/** Grow the grid when the block would run past the last row (getRange outside the grid throws). */
export function ensureRows(sheet: Sheet, lastRowNeeded: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRowNeeded > maxRows) sheet.insertRowsAfter(maxRows, lastRowNeeded - maxRows);
}

export function ensureColumns(sheet: Sheet, lastColumnNeeded: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (lastColumnNeeded > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumnNeeded - maxColumns);
}

/**
 * The number format a new cell of column `col` gets: text-like columns are always plain text
 * (so ids and phones stay as typed); other columns keep a format the group chose for that cell
 * and otherwise get ours.
 */
function formatFor(col: ColumnDef, current: string): string {
  const ours = formatForKind(col.kind);
  if (isTextKind(col.kind)) return TEXT_FORMAT;
  return isDefaultFormat(current) || current === TEXT_FORMAT ? ours : current;
}

/**
 * Writes records as rows from `startRow`, each value in its column's position per `match`:
 * one getNumberFormats (of the first new row), one setNumberFormats and one setValues over the
 * block spanning the columns used. Returns the row numbers. The caller holds the lock and has checked the columns.
 */
export function writeRecords(
  sheet: Sheet,
  def: SheetDef,
  match: HeaderMatch,
  startRow: number,
  records: RecordInput[],
): number[] {
  const n = records.length;
  if (n === 0) return [];
  const cols = def.columns.filter((c) => match.index[c.key] !== undefined);
  if (cols.length === 0) throw userError('book.sheetMissing', { sheet: def.th });
  const first = Math.min(...cols.map((c) => match.index[c.key]));
  const last = Math.max(...cols.map((c) => match.index[c.key]));
  const width = last - first + 1;
  ensureRows(sheet, startRow + n - 1);
  const range = sheet.getRange(startRow, first + 1, n, width);
  // The first new row's formats stand for every new row (a column's format runs down the
  // column): reading one row instead of the whole block keeps a 30,000-row append cheap.
  const template = sheet.getRange(startRow, first + 1, 1, width).getNumberFormats()[0];
  for (const c of cols) {
    const j = match.index[c.key] - first;
    template[j] = formatFor(c, template[j]);
  }
  const formats: string[][] = new Array(n);
  const values: CellValue[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    formats[i] = template.slice();
    values[i] = new Array<CellValue>(width).fill('');
  }
  for (const c of cols) {
    const j = match.index[c.key] - first;
    const plain = template[j] === TEXT_FORMAT;
    for (let i = 0; i < n; i++) values[i][j] = toCell(records[i][c.key], c.kind, plain);
  }
  // Formats first: a '@' cell keeps "0812345678" as text when the value arrives.
  range.setNumberFormats(formats);
  range.setValues(values);
  const rows: number[] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = startRow + i;
  return rows;
}

/** Numbered records read back this many rows of the number column for the book's own style. */
const LOOK_BACK = 100;

/** `count` numbers after `recent` (oldest first), in the style most of them share. */
function numbersAfter(recent: string[], count: number): string[] {
  const seen = recent.slice();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const next = suggestNextMemberId(seen);
    out.push(next);
    seen.push(next);
  }
  return out;
}

/** The last LOOK_BACK numbers of column `col` (0-based) above `lastRow`, oldest first, blanks left out. */
function recentNumbers(sheet: Sheet, col: number, lastRow: number): string[] {
  if (lastRow < 2) return [];
  const from = Math.max(2, lastRow - LOOK_BACK + 1);
  return sheet
    .getRange(from, col + 1, lastRow - from + 1, 1)
    .getValues()
    .map((r) => (r[0] === '' || r[0] === null ? '' : String(r[0])))
    .filter((s) => s !== '');
}

/**
 * Appends `records` after the last row of `sheet` (the caller holds the document lock). With
 * `numberColumn`, each record first gets the next number in that column, in the book's own style
 * ('R0000123' -> 'R0000124', '2568/015' -> '2568/016'), so two secretaries never get the same one.
 * A column the records fill (or the number column) that the sheet lacks is the user error
 * `book.columnMissing`. Returns the rows written and the numbers given, in order.
 */
export function appendRecords(
  sheet: Sheet,
  key: SheetKey,
  records: RecordInput[],
  numberColumn: string | null = null,
): { rows: number[]; numbers: string[] } {
  const def = SHEETS[key];
  const { header, lastRow } = readHeader(sheet);
  const match = matchHeaders(def, header);
  for (const c of def.columns) {
    const needed = c.key === numberColumn || records.some((r) => !isBlank(r[c.key]));
    if (needed && match.index[c.key] === undefined)
      throw userError('book.columnMissing', { sheet: def.th, column: c.th });
  }
  const numbers = numberColumn
    ? numbersAfter(recentNumbers(sheet, match.index[numberColumn], lastRow), records.length)
    : [];
  // Row 1 is the header, so the first record goes to row 2 at the earliest.
  const rows = writeRecords(
    sheet,
    def,
    match,
    Math.max(lastRow, 1) + 1,
    numberColumn ? records.map((r, i) => ({ ...r, [numberColumn]: numbers[i] })) : records,
  );
  return { rows, numbers };
}

/**
 * Appends records to the sheet of `key` under the document lock; returns the sheet row numbers
 * written, in order. A book without that sheet is the user error `book.sheetMissing` (nothing is
 * created). Service calls: a fixed handful (find the sheet, header row, last row, one
 * getNumberFormats, one setNumberFormats, one setValues), whatever the number of rows or records.
 * Columns of the group's own between ours stay empty; their formats are written back unchanged.
 */
export function appendRows(key: SheetKey, records: RecordInput[], ss?: Spreadsheet): number[] {
  if (records.length === 0) return [];
  const def = SHEETS[key];
  const known = new Set(def.columns.map((c) => c.key));
  for (const r of records) {
    for (const k of Object.keys(r)) {
      // A programming error, not a user's: say exactly which key.
      if (!known.has(k)) throw new Error(`appendRows(${key}): no column "${k}" in the ${key} sheet definition`);
    }
  }
  return withDocumentLock(() => {
    const sheet = findSheet(key, ss);
    if (!sheet) throw userError('book.sheetMissing', { sheet: def.th });
    return appendRecords(sheet, key, records).rows;
  });
}
