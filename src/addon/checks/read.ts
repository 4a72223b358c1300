/**
 * Reading the whole fund book for a check, once: per record sheet one getValues of its used range,
 * and a TextFinder search for formulas (a formula's value cannot tell it is a formula; the search
 * returns only the cells that start with "=", so each source cell is still read once); the settings
 * and benefit sheets one getValues each. Service calls do not depend on the number of rows, only on
 * the number of formula-looking cells, which a well-kept book does not have.
 */
import { matchHeaders, RECORD_SHEETS, SHEETS, type RecordSheetKey, type SheetKey } from '../../core/schema';
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
  /** Record sheets whose formula search passed MAX_FORMULAS: only the first ones were looked at. */
  formulaCaps: { key: RecordSheetKey; found: number; cap: number }[];
}

const OTHER_SHEETS: SheetKey[] = ['settings', 'benefits'];

export function readBookForCheck(ss: Spreadsheet): BookForCheck {
  const located = locateSheets(ss);
  const values: BookValues = { formulas: {} };
  const sheets: Partial<Record<SheetKey, CheckedSheet>> = {};
  const formulaCaps: BookForCheck['formulaCaps'] = [];
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
      if ((RECORD_SHEETS as SheetKey[]).includes(key) && lastRow > 1) {
        const found = findFormulas(sheet, recordColumns(key as RecordSheetKey, rows[0]), lastRow);
        values.formulas![key as RecordSheetKey] = found.grid;
        if (found.found > MAX_FORMULAS)
          formulaCaps.push({ key: key as RecordSheetKey, found: found.found, cap: MAX_FORMULAS });
      }
    }
    values[key] = rows;
    sheets[key] = { key, sheet, name, header: rows[0] ?? [], lastRow, lastColumn };
  }
  return { values, sheets, formulaCaps };
}

/**
 * The record columns of a sheet (0-based, the ones its header names from the schema) as runs of
 * adjacent columns: a group's own columns, where formulas are theirs to keep, are not searched.
 */
function recordColumns(key: RecordSheetKey, header: unknown[]): { first: number; count: number }[] {
  const cols = [...new Set(Object.values(matchHeaders(SHEETS[key], header).index) as number[])].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1 });
  }
  return runs;
}

/** More formula cells than this in one sheet are not looked at one by one (each costs a call). */
const MAX_FORMULAS = 500;

/**
 * The formulas in a sheet's record columns below the header, as a sparse grid (rows without one
 * are missing), found by a search per run of adjacent record columns (Range.createTextFinder,
 * https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String))
 * instead of getFormulas, which would read every cell a second time. Text that starts with "="
 * (kept as text) also matches the search; getFormula tells the two apart. At most MAX_FORMULAS
 * cells are looked at; `found` says how many matched, so the check can say it stopped.
 */
function findFormulas(
  sheet: Sheet,
  runs: { first: number; count: number }[],
  lastRow: number,
): { grid: string[][]; found: number } {
  const grid: string[][] = [];
  let found = 0;
  let left = MAX_FORMULAS;
  for (const run of runs) {
    const cells = sheet
      .getRange(2, run.first + 1, lastRow - 1, run.count)
      .createTextFinder('^=')
      .useRegularExpression(true)
      .matchFormulaText(true)
      .findAll();
    found += cells.length;
    for (const cell of cells.slice(0, Math.max(0, left))) {
      const formula = cell.getFormula();
      if (formula === '') continue;
      const r = cell.getRow() - 1;
      (grid[r] ??= [])[cell.getColumn() - 1] = formula;
    }
    left -= cells.length;
  }
  return { grid, found };
}
