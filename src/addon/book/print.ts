/**
 * A generated sheet's print layout (src/core/print-layout.ts), recorded as the sheet's developer
 * metadata: Sheets keeps it and ignores it when printing (it has no print-settings API); the
 * offline runtime writes it into the .xlsx page setup.
 */
import { PRINT_LAYOUT_KEY, encodePrintLayout, type PrintLayout } from '../../core/print-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Replaces the sheet's print layout (one read when it is unchanged). */
export function declarePrintLayout(sheet: Sheet, layout: PrintLayout): void {
  const value = encodePrintLayout(layout);
  const old = sheet.getDeveloperMetadata().filter((m) => m.getKey() === PRINT_LAYOUT_KEY);
  if (old.length === 1 && old[0].getValue() === value) return;
  for (const m of old) m.remove();
  sheet.addDeveloperMetadata(PRINT_LAYOUT_KEY, value);
}

/**
 * The same, as a Sheets API request for a sheet written with batchUpdate
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#createdevelopermetadatarequest).
 */
export function printLayoutRequest(sheetId: number, layout: PrintLayout): Request {
  return {
    createDeveloperMetadata: {
      developerMetadata: {
        metadataKey: PRINT_LAYOUT_KEY,
        metadataValue: encodePrintLayout(layout),
        location: { sheetId },
        visibility: 'DOCUMENT',
      },
    },
  };
}
