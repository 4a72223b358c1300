import { t } from '../core/i18n';
import { findSheetDef, type SheetKey } from '../core/schema';
import { cellUse, cellUseText, zoneInfo } from './google-limits';
import { userLang } from './lang';

export interface AboutInfo {
  bookName: string;
  /** true when every record sheet of the fund book exists */
  isSetUp: boolean;
  sheets: { name: string; kind: SheetKey | null; rows: number }[];
  /** Grid cells against Google's 10-million-cell limit; warn from 80%. */
  cells: { percent: number; warn: boolean; message: string };
  /** The spreadsheet's time zone; notThai: the sentence to show (with the set-to-Thai button). */
  timeZone: { zone: string; notThai: string | null };
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
  const lang = userLang();
  const use = cellUse(ss);
  const zone = zoneInfo(ss);
  return {
    bookName: ss.getName(),
    isSetUp,
    sheets,
    cells: { percent: use.percent, warn: use.warn, message: cellUseText(use)[lang] },
    timeZone: { zone: zone.zone, notThai: zone.isThai ? null : t('limits.zoneNotThai', lang, { zone: zone.zone }) },
  };
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
      const header =
        lastRow > 0 && lastCol > 0
          ? s
              .getRange(1, 1, 1, lastCol)
              .getValues()[0]
              .map((v) => String(v))
          : [];
      const def = findSheetDef(s.getName());
      return {
        name: s.getName(),
        kind: def ? def.key : null,
        hidden: s.isSheetHidden(),
        header,
        rows: Math.max(0, lastRow - 1),
      };
    }),
  };
}
