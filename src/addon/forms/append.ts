/**
 * Appending a form's records to a record sheet, numbered: receipts and vouchers follow the
 * latest ones in the book's own style ('R0000123' -> 'R0000124', '2568/015' -> '2568/016'),
 * read from the last LOOK_BACK rows of the number column only. One header read, one look-back
 * read, one block written (book/append.ts writeRecords): the cost does not grow with the log.
 * Must run under the document lock (runSave), so two secretaries never get the same number.
 */
import { suggestNextMemberId } from '../../core/parse';
import { matchHeaders, SHEETS } from '../../core/schema';
import type { RecordSheetKey } from '../../core/schema';
import { writeRecords } from '../book/append';
import type { RecordInput } from '../book/append';
import { userError } from '../book/errors';
import { readHeader } from '../book/read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LOOK_BACK = 100;

/** `count` numbers after `recent` (oldest first), in the style most of them share. */
export function numbersAfter(recent: string[], count: number): string[] {
  const seen = recent.slice();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const next = suggestNextMemberId(seen);
    out.push(next);
    seen.push(next);
  }
  return out;
}

/**
 * Appends `records` after the last row of `sheet`; with `numberColumn`, each record gets the next
 * number in that column first. Returns the rows written and the numbers given, in order.
 */
export function appendNumbered(
  sheet: Sheet,
  key: RecordSheetKey,
  numberColumn: string | null,
  records: RecordInput[],
): { rows: number[]; numbers: string[] } {
  const def = SHEETS[key];
  const { header, lastRow } = readHeader(sheet);
  const match = matchHeaders(def, header);
  for (const c of def.columns) {
    const needed =
      c.key === numberColumn || records.some((r) => r[c.key] !== undefined && r[c.key] !== null && r[c.key] !== '');
    if (needed && match.index[c.key] === undefined)
      throw userError('book.columnMissing', { sheet: def.th, column: c.th });
  }
  let numbers: string[] = [];
  if (numberColumn) {
    const col = match.index[numberColumn];
    let recent: string[] = [];
    if (lastRow >= 2) {
      const from = Math.max(2, lastRow - LOOK_BACK + 1);
      recent = sheet
        .getRange(from, col + 1, lastRow - from + 1, 1)
        .getValues()
        .map((r) => (r[0] === '' || r[0] === null ? '' : String(r[0])))
        .filter((s) => s !== '');
    }
    numbers = numbersAfter(recent, records.length);
  }
  const rows = writeRecords(
    sheet,
    def,
    match,
    Math.max(lastRow, 1) + 1,
    records.map((r, i) => (numberColumn ? { ...r, [numberColumn]: numbers[i] } : r)),
  );
  return { rows, numbers };
}
