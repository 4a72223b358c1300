import { findSheetDef, type SheetKey } from '../core/schema';
import { showSidebar } from './sidebar';

export function showAboutSidebar(): void {
  showSidebar('About', 'about.title');
}

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
