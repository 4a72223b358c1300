/**
 * Writing some cells of ONE existing row (a member's contact details or status): only the cells
 * that change, in runs of adjacent columns, so a group's own columns (or formulas) between ours
 * are never touched. Text stays text: '@' format first, then the value as typed.
 */
import type { ColumnDef, SheetKey } from '../../core/schema';
import { SHEETS } from '../../core/schema';
import { type CellInput, formatForKind, TEXT_FORMAT, toCell } from '../book';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes `changes` (column key -> value) into `row`; `index` maps column keys to 0-based columns. Returns the columns written. */
export function writeRowCells(
  sheet: Sheet,
  key: SheetKey,
  index: Record<string, number>,
  row: number,
  changes: Record<string, CellInput>,
): number {
  const cols: { col: ColumnDef; at: number }[] = [];
  for (const col of SHEETS[key].columns) {
    if (!(col.key in changes)) continue;
    const at = index[col.key];
    if (at === undefined) throw new Error(`writeRowCells(${key}): column ${col.key} is not in the sheet`);
    cols.push({ col, at });
  }
  cols.sort((a, b) => a.at - b.at);
  let i = 0;
  while (i < cols.length) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1].at === cols[j].at + 1) j++;
    const run = cols.slice(i, j + 1);
    const range = sheet.getRange(row, run[0].at + 1, 1, run.length);
    const formats = run.map(({ col }) => formatForKind(col.kind));
    range.setNumberFormats([formats]);
    range.setValues([run.map(({ col }, k) => toCell(changes[col.key], col.kind, formats[k] === TEXT_FORMAT))]);
    i = j + 1;
  }
  return cols.length;
}
