import { findSheetDef, type SheetKey } from '../core/schema';

export interface AboutInfo {
  bookName: string;
  /** true when every record sheet of the fund book exists */
  isSetUp: boolean;
  sheets: { name: string; kind: SheetKey | null; rows: number }[];
}

/** Called by the About sidebar: the book's sheets and how many data rows each holds. */
export function getAboutInfo(): AboutInfo {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = ss
    .getSheets()
    .filter((s) => !s.isSheetHidden())
    .map((s) => {
      const name = s.getName();
      const def = findSheetDef(name);
      // getLastRow is 0 for an empty sheet; row 1 is the header.
      return { name, kind: def ? def.key : null, rows: Math.max(0, s.getLastRow() - 1) };
    });
  const present = new Set(sheets.map((s) => s.kind));
  const isSetUp = (['members', 'deposits', 'welfare', 'ledger', 'settings'] as SheetKey[]).every((k) => present.has(k));
  return { bookName: ss.getName(), isSetUp, sheets };
}

export interface WorkbookInfo {
  name: string;
  sheets: { name: string; kind: SheetKey | null; hidden: boolean; header: string[]; rows: number }[];
}

/** For the command line's `info`: every sheet, its header row and how many rows follow it. One read per sheet. */
export function getWorkbookInfo(): WorkbookInfo {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    name: ss.getName(),
    sheets: ss.getSheets().map((s) => {
      const lastRow = s.getLastRow();
      const lastCol = s.getLastColumn();
      const header = lastRow > 0 && lastCol > 0 ? s.getRange(1, 1, 1, lastCol).getValues()[0].map((v) => String(v)) : [];
      const def = findSheetDef(s.getName());
      return { name: s.getName(), kind: def ? def.key : null, hidden: s.isSheetHidden(), header, rows: Math.max(0, lastRow - 1) };
    }),
  };
}
