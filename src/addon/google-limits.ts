/**
 * Google's limits on the fund book, as the secretary should hear about them (docs/DESIGN.md §12):
 * - the 10-million-cell limit, counted as rows x columns of every sheet's grid, empty cells too
 *   (https://support.google.com/drive/answer/37603): warned at 80% in About and in the check;
 * - the spreadsheet's own time zone: dates in cells are read in it (core/dates.ts), so a book not
 *   in Asia/Bangkok is flagged in set-up and About, with an offer to set it.
 * Service calls: one getSheets, then getMaxRows and getMaxColumns per sheet; O(sheets), never O(rows).
 */
import { FUND_TIME_ZONE } from '../core/dates';
import { t, text, type Lang, type Text } from '../core/i18n';
import { userLang } from './lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CELL_LIMIT = 10_000_000;
/** Warn from this share of the limit on. */
export const CELL_WARN_SHARE = 0.8;

export interface CellUse {
  cells: number;
  limit: number;
  /** Whole percent, rounded down (79.9% is 79). */
  percent: number;
  warn: boolean;
}

export function cellUse(ss: Spreadsheet): CellUse {
  let cells = 0;
  for (const s of ss.getSheets()) cells += s.getMaxRows() * s.getMaxColumns();
  return {
    cells,
    limit: CELL_LIMIT,
    percent: Math.floor((cells * 100) / CELL_LIMIT),
    warn: cells >= CELL_WARN_SHARE * CELL_LIMIT,
  };
}

const n = (x: number) => x.toLocaleString('en-US');

export function cellUseText(use: CellUse): Text {
  return text(use.warn ? 'limits.cellsNear' : 'limits.cells', {
    cells: n(use.cells),
    limit: n(use.limit),
    percent: use.percent,
  });
}

export interface ZoneInfo {
  zone: string;
  isThai: boolean;
}

export function zoneInfo(ss: Spreadsheet): ZoneInfo {
  const zone = ss.getSpreadsheetTimeZone();
  return { zone, isThai: zone === FUND_TIME_ZONE };
}

/** Sidebar (About) and the set-up dialog: set the spreadsheet's zone to Thailand's. */
export function setBookTimeZoneToThai(): { ok: boolean; message: string } {
  const lang: Lang = userLang();
  SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone(FUND_TIME_ZONE);
  return { ok: true, message: t('limits.zoneSet', lang) };
}
