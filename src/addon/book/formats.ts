/**
 * How each kind of column looks in the grid, and how a value is turned into a cell so that it
 * stays exactly what the user typed.
 *
 * Dates: stored as real Date cells (midnight in Bangkok) with the format 'd/m/yyyy'. Sheets has
 * no number-format code for the Buddhist Era (Excel's 'bbbb' is not supported by Sheets), so the
 * grid shows the C.E. year; a text column such as "15/8/2545" would break sorting, filtering,
 * date arithmetic and pivot tables, and would be ambiguous to re-read. Everything the add-on
 * shows itself (forms, summaries, statements, the check report) is in พ.ศ. See README.md here.
 */
import type { ColumnKind } from '../../core/schema';
import { dateFromDay } from '../../core/dates';

export const DATE_FORMAT = 'd/m/yyyy';
export const MONEY_FORMAT = '#,##0.00';
export const INT_FORMAT = '0';
/** Plain text: Sheets keeps "0812345678" and "2545-00001" as typed instead of making numbers of them. */
export const TEXT_FORMAT = '@';

export const HEADER_BACKGROUND = '#d9ead3';
export const GENERATED_HEADER_BACKGROUND = '#cfe2f3';

export function formatForKind(kind: ColumnKind): string {
  switch (kind) {
    case 'date':
      return DATE_FORMAT;
    case 'money':
      return MONEY_FORMAT;
    case 'int':
    case 'year':
      return INT_FORMAT;
    default:
      // text, id, phone, choice: what is typed is what is kept.
      return TEXT_FORMAT;
  }
}

/** Columns whose values must never be coerced (ids, phones, names, notes, choices). */
export function isTextKind(kind: ColumnKind): boolean {
  return formatForKind(kind) === TEXT_FORMAT;
}

/**
 * A string for a cell that is NOT formatted as plain text, written so that Sheets stores the same
 * string: there a leading = + - @ would make a formula or a number, "1,000" a number and
 * "15/8/2545" a date; the leading apostrophe is Sheets' own "this is text" marker and is not stored.
 * In a '@' cell nothing is parsed (an apostrophe there would be kept as a character), so text
 * columns get the '@' format and their strings are written as they are.
 */
export function quoteText(s: string): string {
  return "'" + s;
}

export type CellInput = string | number | boolean | Date | null | undefined;
export type CellValue = string | number | boolean | Date;

/**
 * One value as the cell to write for a column of `kind`. `plainText`: the cell is formatted '@'
 * in the same write (always so for text-like columns).
 * - text-like columns: every value becomes text as it is (a number id 12 is written "12").
 * - date columns: a number is a DayNumber and becomes a Date at midnight in Bangkok; a Date is kept.
 * - money/int/year: numbers are kept.
 * - a string in a cell that is not plain text (a date or amount typed as text) is written quoted,
 *   so it stays exactly as typed and the checks can point at it, instead of Sheets guessing.
 */
export function toCell(value: CellInput, kind: ColumnKind, plainText = isTextKind(kind)): CellValue {
  if (value === null || value === undefined || value === '') return '';
  if (isTextKind(kind) && value instanceof Date) return value.toISOString();
  if (isTextKind(kind) || typeof value === 'string') {
    const s = String(value);
    return plainText ? s : quoteText(s);
  }
  if (kind === 'date' && typeof value === 'number') return dateFromDay(value);
  return value;
}
