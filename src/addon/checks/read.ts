/**
 * Reading the whole fund book for a check, once: per record sheet one getValues of its used range,
 * and a TextFinder search for formulas (a formula's value cannot tell it is a formula; the search
 * returns only the cells that start with "=", so each source cell is still read once); the settings
 * and benefit sheets one getValues each. Service calls do not depend on the number of rows, only on
 * the number of formula-looking cells, which a well-kept book does not have.
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
      if ((RECORD_SHEETS as SheetKey[]).includes(key)) values.formulas![key as RecordSheetKey] = findFormulas(sheet);
    }
    values[key] = rows;
    sheets[key] = { key, sheet, name, header: rows[0] ?? [], lastRow, lastColumn };
  }
  return { values, sheets };
}

/** More formula cells than this in one sheet are not looked at one by one (each costs a call). */
const MAX_FORMULAS = 500;

/**
 * The formulas of a sheet as a sparse grid (rows without one are missing), found by a search
 * instead of getFormulas, which would read every cell a second time. Text that starts with "="
 * (kept as text) also matches the search; getFormula tells the two apart.
 */
function findFormulas(sheet: Sheet): string[][] {
  const grid: string[][] = [];
  const found = sheet.createTextFinder('^=').useRegularExpression(true).matchFormulaText(true).findAll();
  for (const cell of found.slice(0, MAX_FORMULAS)) {
    const formula = cell.getFormula();
    if (formula === '') continue;
    const r = cell.getRow() - 1;
    (grid[r] ??= [])[cell.getColumn() - 1] = formula;
  }
  return grid;
}
