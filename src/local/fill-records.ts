/**
 * Appending rows to a record sheet by column key, outside any measured operation: how the bench
 * and the tests build books. Columns are found by header (the group's column order is kept), the
 * sheet is grown first (Sheets refuses ranges past its last row), and big books go in chunks so a
 * million rows never sit in memory twice.
 */
import type { Runtime } from './runtime';
import { SHEETS, matchHeaders, type RecordSheetKey } from '../core/schema';

export type RecordRow = Record<string, unknown>;

export function fillRecords(rt: Runtime, key: RecordSheetKey, rows: RecordRow[]): void {
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
  const chunk = 100000;
  for (let from = 0; from < rows.length; from += chunk) {
    const part = rows.slice(from, from + chunk);
    const block = part.map((src) => {
      const line: unknown[] = new Array(width).fill('');
      for (const k of Object.keys(src)) {
        if (index[k] === undefined) throw new Error(`no column ${k} on ${def.th}`);
        if (src[k] !== undefined) line[index[k]] = src[k];
      }
      return line;
    });
    sheet.getRange(start + from, 1, part.length, width).setValues(block as never);
  }
}
