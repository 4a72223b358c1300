/**
 * Reading the fund book: each sheet with ONE getValues of its used range, so an operation costs
 * the same number of service calls for 10 rows as for 100,000.
 */
import { matchHeaders, SHEETS, type HeaderMatch, type SheetKey } from '../../core/schema';
import { locateSheets } from './locate';

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

export function readSheetData(key: SheetKey, sheet: Sheet, name = sheet.getName()): SheetData {
  const { values, lastRow, lastColumn } = readUsedValues(sheet);
  const header = values.length > 0 ? values[0] : [];
  return { key, sheet, name, values, header, match: matchHeaders(SHEETS[key], header), lastRow, lastColumn };
}

export type Book = Partial<Record<SheetKey, SheetData>>;

/**
 * The raw values of the fund book's sheets, by kind, with their header matches. A kind the book
 * has no sheet for is absent. Service calls: getSheets + one getName per sheet + four per sheet
 * read; none depends on the number of rows.
 */
export function readBook(
  keys: SheetKey[] = Object.keys(SHEETS) as SheetKey[],
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): Book {
  const located = locateSheets(ss);
  const book: Book = {};
  for (const key of keys) {
    const sheet = located.byKey[key];
    if (!sheet) continue;
    const entry = located.all.find((s) => s.sheet === sheet);
    book[key] = readSheetData(key, sheet, entry ? entry.name : undefined);
  }
  return book;
}
