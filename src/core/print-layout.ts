/**
 * How a sheet the add-on generates should print (docs/DESIGN.md §12, Printing): on A4, scaled to
 * the page width, its table's header rows repeated on every page, a title in the page header and the
 * page number in the footer.
 *
 * Google Sheets has no API for print settings: neither SpreadsheetApp's Sheet class
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet) nor the Sheets API v4
 * Sheet resource (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets)
 * has a page setup. So the add-on records the layout as the sheet's developer metadata under
 * PRINT_LAYOUT_KEY; the offline runtime writes it into the .xlsx page setup that Excel and
 * LibreOffice print with.
 */

export const PRINT_LAYOUT_KEY = 'welfareFund.printLayout';

export interface PrintLayout {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** 1-based first and last sheet row printed again at the top of every page (a table's header). */
  repeatRows: [number, number] | null;
  /** The page header's text. */
  title: string;
}

/** A4, fit to width: the layout of every generated sheet. `headerRow`: the main table's header row, if any. */
export function printLayout(
  title: string,
  headerRow: number | null,
  orientation: PrintLayout['orientation'] = 'portrait',
): PrintLayout {
  return {
    paper: 'A4',
    orientation,
    repeatRows: headerRow && headerRow > 0 ? [headerRow, headerRow] : null,
    title: title.slice(0, 200),
  };
}

export function encodePrintLayout(layout: PrintLayout): string {
  return JSON.stringify(layout);
}

/** The layout in a metadata value, or null when the value is not one (any other program's text). */
export function decodePrintLayout(value: string | null | undefined): PrintLayout | null {
  if (!value) return null;
  let o: unknown;
  try {
    o = JSON.parse(value);
  } catch (_e) {
    return null;
  }
  if (!o || typeof o !== 'object') return null;
  const v = o as Partial<PrintLayout>;
  if (v.paper !== 'A4' || typeof v.title !== 'string') return null;
  const orientation = v.orientation === 'landscape' ? 'landscape' : 'portrait';
  const r = v.repeatRows;
  const rows =
    Array.isArray(r) && r.length === 2 && r.every((n) => Number.isSafeInteger(n) && n > 0) && r[0] <= r[1]
      ? ([r[0], r[1]] as [number, number])
      : null;
  return { paper: 'A4', orientation, repeatRows: rows, title: v.title };
}
