/** Fund books in the offline runtime for the bundle tests: set up by the add-on, then filled directly. */
import type { Runtime } from '../../src/local/runtime';
import { SHEETS, matchHeaders, type RecordSheetKey } from '../../src/core/schema';
import { loadBundle } from '../support/runtime';

const BANGKOK_MS = 7 * 3600e3;

/** Midnight in Bangkok of a พ.ศ. date, as a date cell holds it. */
export function cellDate(d: number, m: number, yBE: number): Date {
  return new Date(Date.UTC(yBE - 543, m - 1, d) - BANGKOK_MS);
}

export type Row = Record<string, unknown>;

/** Appends rows given as {columnKey: value} under the header of a record sheet (outside any measured operation). */
export function fill(rt: Runtime, key: RecordSheetKey, rows: Row[]): void {
  if (rows.length === 0) return;
  const def = SHEETS[key];
  const sheet = rt.spreadsheet.getSheetByName(def.th);
  if (!sheet) throw new Error(`sheet ${def.th} missing: did setup run?`);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const { index } = matchHeaders(def, header);
  const start = sheet.getLastRow() + 1;
  const need = start + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  const block = rows.map((src) => {
    const line: unknown[] = new Array(width).fill('');
    for (const k of Object.keys(src)) {
      if (index[k] === undefined) throw new Error(`no column ${k} on ${def.th}`);
      line[index[k]] = src[k];
    }
    return line;
  });
  sheet.getRange(start, 1, rows.length, width).setValues(block as never);
}

export async function newBook(): Promise<Runtime> {
  const rt = await loadBundle();
  rt.call('setupFundBook');
  return rt;
}

/** Every value of a sheet (header included), read outside any measured operation. */
export function sheetValues(rt: Runtime, name: string): unknown[][] {
  const sh = rt.spreadsheet.getSheetByName(name);
  if (!sh || sh.getLastRow() === 0) return [];
  return sh.getRange(1, 1, sh.getLastRow(), sh.getLastColumn()).getValues();
}

/** The row whose first cell is `label` (the fund-status layout), or undefined. */
export function rowLabelled(values: unknown[][], label: string): unknown[] | undefined {
  return values.find((r) => r[0] === label);
}
