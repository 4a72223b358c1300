/**
 * Reading the fund book: each sheet with ONE getValues of its used range, so an operation costs
 * the same number of service calls for 10 rows as for 100,000.
 *
 * The rule for a missing sheet, the same for every feature: a read never creates a sheet, and a
 * kind the book has no sheet for is absent from the result. A caller that cannot work without a
 * sheet asks `requireSheet`, which refuses with the user error `book.sheetMissing` naming the
 * sheet in Thai (English in the message's `en`); the check reports the missing sheet as a finding
 * instead (src/core/checks, `check.sheet.missing`).
 */
import { matchHeaders, RECORD_SHEETS, SHEETS, type HeaderMatch, type SheetKey } from '../../core/schema';
import { userError } from './errors';
import { findFormulas, recordColumns, type FoundFormulas } from './formulas';
import { locateSheets, type LocatedSheets } from './locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetData {
  key: SheetKey;
  sheet: Sheet;
  name: string;
  /** Every used row, header included (row 1 is values[0]); what core's readSheet takes. */
  values: unknown[][];
  header: unknown[];
  match: HeaderMatch;
  lastRow: number;
  lastColumn: number;
  /** With `formulas: true`, for a record sheet with rows: the formulas of its record columns. */
  formulas?: FoundFormulas;
}

/** The used range of a sheet in one getValues ([] for an empty sheet: getRange with 0 rows throws). */
export function readUsedValues(sheet: Sheet): { values: unknown[][]; lastRow: number; lastColumn: number } {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { values: [], lastRow, lastColumn };
  return { values: sheet.getRange(1, 1, lastRow, lastColumn).getValues(), lastRow, lastColumn };
}

/** Only the header row (for writers that must not read the whole sheet). */
export function readHeader(sheet: Sheet): { header: unknown[]; lastRow: number; lastColumn: number } {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) return { header: [], lastRow, lastColumn };
  return { header: sheet.getRange(1, 1, 1, lastColumn).getValues()[0], lastRow, lastColumn };
}

function readSheetData(key: SheetKey, sheet: Sheet, name: string, formulas: boolean): SheetData {
  const { values, lastRow, lastColumn } = readUsedValues(sheet);
  const header = values.length > 0 ? values[0] : [];
  const match = matchHeaders(SHEETS[key], header);
  const data: SheetData = { key, sheet, name, values, header, match, lastRow, lastColumn };
  if (formulas && (RECORD_SHEETS as SheetKey[]).includes(key) && lastRow > 1)
    data.formulas = findFormulas(sheet, recordColumns(match), lastRow);
  return data;
}

export type Book = Partial<Record<SheetKey, SheetData>>;

export interface ReadOptions {
  ss?: Spreadsheet;
  /** The sheets already located (saves the getSheets and getName calls). */
  located?: LocatedSheets;
  /** Also search the record sheets for formulas (what the check needs: a value cannot tell). */
  formulas?: boolean;
}

/**
 * The raw values of the fund book's sheets, by kind, with their header matches. A kind the book
 * has no sheet for is absent (see the rule at the top). Service calls: getSheets + one getName
 * per sheet + four per sheet read (+ the formula search when asked); none depends on the number
 * of rows.
 */
export function readBook(keys: readonly SheetKey[] = Object.keys(SHEETS) as SheetKey[], opts: ReadOptions = {}): Book {
  const located = opts.located ?? locateSheets(opts.ss ?? SpreadsheetApp.getActiveSpreadsheet());
  const book: Book = {};
  for (const key of keys) {
    const sheet = located.byKey[key];
    if (!sheet) continue;
    const name = located.all.find((s) => s.sheet === sheet)?.name ?? sheet.getName();
    book[key] = readSheetData(key, sheet, name, opts.formulas === true);
  }
  return book;
}

/**
 * The sheet of `key` (as read, or as located), or the user error naming it in Thai:
 * ไม่พบแผ่นงาน "…" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน.
 */
export function requireSheet<T>(book: Partial<Record<SheetKey, T>>, key: SheetKey): T {
  const data = book[key];
  if (!data) throw userError('book.sheetMissing', { sheet: SHEETS[key].th });
  return data;
}
