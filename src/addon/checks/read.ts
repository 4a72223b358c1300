/**
 * Reading the whole fund book for a check, once: per record sheet one getValues and one
 * getFormulas of its used range (a formula's value cannot tell it is a formula); the settings
 * and benefit sheets one getValues each. Nothing here depends on the number of rows.
 */
import { RECORD_SHEETS, type RecordSheetKey, type SheetKey } from '../../core/schema';
import type { BookValues } from '../../core/checks';
import { locateSheets } from '../book/locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckedSheet {
  key: SheetKey;
  sheet: Sheet;
  name: string;
  /** Row 1 of the sheet as read (for column names in the report). */
  header: unknown[];
  lastRow: number;
  lastColumn: number;
}

export interface BookForCheck {
  values: BookValues;
  sheets: Partial<Record<SheetKey, CheckedSheet>>;
}

const OTHER_SHEETS: SheetKey[] = ['settings', 'benefits'];

export function readBookForCheck(ss: Spreadsheet): BookForCheck {
  const located = locateSheets(ss);
  const values: BookValues = { formulas: {} };
  const sheets: Partial<Record<SheetKey, CheckedSheet>> = {};
  for (const key of [...RECORD_SHEETS, ...OTHER_SHEETS]) {
    const sheet = located.byKey[key];
    if (!sheet) continue;
    const name = located.all.find((s) => s.sheet === sheet)?.name ?? sheet.getName();
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    let rows: unknown[][] = [];
    if (lastRow > 0 && lastColumn > 0) {
      const range = sheet.getRange(1, 1, lastRow, lastColumn);
      rows = range.getValues();
      if ((RECORD_SHEETS as SheetKey[]).includes(key)) values.formulas![key as RecordSheetKey] = range.getFormulas();
    }
    values[key] = rows;
    sheets[key] = { key, sheet, name, header: rows[0] ?? [], lastRow, lastColumn };
  }
  return { values, sheets };
}
