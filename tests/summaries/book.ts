/** Fund books in the offline runtime for the bundle tests: set up by the add-on, then filled directly. */
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { fillRecords, type RecordRow } from '../../src/local/fill-records';

const BANGKOK_MS = 7 * 3600e3;

/** Midnight in Bangkok of a พ.ศ. date, as a date cell holds it. */
export function cellDate(d: number, m: number, yBE: number): Date {
  return new Date(Date.UTC(yBE - 543, m - 1, d) - BANGKOK_MS);
}

export type Row = RecordRow;

/** Appends rows given as {columnKey: value} under a record sheet's header, in one write. */
export const fill = fillRecords;

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
