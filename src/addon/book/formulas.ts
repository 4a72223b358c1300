/**
 * The formulas in a record sheet (what the check reads besides the values: a formula's value
 * cannot tell it is a formula). A TextFinder search returns only the cells that start with "=",
 * so each source cell is still read once and the cost depends on the number of formula-looking
 * cells, which a well-kept book does not have.
 */
import type { HeaderMatch } from '../../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** More formula cells than this in one sheet are not looked at one by one (each costs a call). */
export const MAX_FORMULAS = 500;

export interface FoundFormulas {
  /** A sparse grid (rows without one are missing), 0-based as the sheet's values. */
  grid: string[][];
  /** Cells the search matched; past MAX_FORMULAS only the first ones were looked at. */
  found: number;
}

/**
 * The record columns of a sheet (0-based, the ones its header names from the schema) as runs of
 * adjacent columns: a group's own columns, where formulas are theirs to keep, are not searched.
 */
export function recordColumns(match: HeaderMatch): { first: number; count: number }[] {
  const cols = [...new Set(Object.values(match.index) as number[])].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1 });
  }
  return runs;
}

/**
 * The formulas below the header, found by a search per run of adjacent record columns
 * (Range.createTextFinder,
 * https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String))
 * instead of getFormulas, which would read every cell a second time. Text that starts with "="
 * (kept as text) also matches the search; getFormula tells the two apart.
 */
export function findFormulas(sheet: Sheet, runs: { first: number; count: number }[], lastRow: number): FoundFormulas {
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
