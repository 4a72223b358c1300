/**
 * Finding the fund book's sheets by name: Thai, English or an alias (findSheetDef), never by
 * position, so a group may reorder, rename within the aliases, or add its own sheets.
 */
import { useSheetTimeZone } from '../../core/dates';
import { findSheetDef, normalizeHeader, SHEETS, type SheetKey } from '../../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LocatedSheets {
  /** The sheet used for each kind. */
  byKey: Partial<Record<SheetKey, Sheet>>;
  /** Every sheet in tab order with its name and the kind it was taken for (null: not a fund-book sheet or a second copy). */
  all: { sheet: Sheet; name: string; key: SheetKey | null }[];
}

/** How well a name names a sheet kind: 0 the Thai name, 1 the English name, 2 an alias. */
function nameRank(key: SheetKey, name: string): number {
  const n = normalizeHeader(name);
  const def = SHEETS[key];
  if (n === normalizeHeader(def.th)) return 0;
  if (n === normalizeHeader(def.en)) return 1;
  return 2;
}

/**
 * One getSheets and one getName per sheet (O(sheets), never O(rows)). When two sheets name the
 * same kind, the better name wins (Thai, then English, then alias), then the first tab.
 */
export function locateSheets(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): LocatedSheets {
  // Dates in this book's cells are in its own time zone (core/dates.ts useSheetTimeZone).
  useSheetTimeZone(ss.getSpreadsheetTimeZone());
  const all = ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    const def = findSheetDef(name);
    return { sheet, name, key: def ? def.key : null, rank: def ? nameRank(def.key, name) : 9 };
  });
  const byKey: Partial<Record<SheetKey, Sheet>> = {};
  const best: Partial<Record<SheetKey, number>> = {};
  for (const s of all) {
    if (!s.key) continue;
    const current = best[s.key];
    if (current === undefined || s.rank < current) {
      byKey[s.key] = s.sheet;
      best[s.key] = s.rank;
    }
  }
  return {
    byKey,
    all: all.map((s) => ({ sheet: s.sheet, name: s.name, key: s.key && byKey[s.key] === s.sheet ? s.key : null })),
  };
}

/** The sheet of one kind, or null when the book has none. */
export function findSheet(key: SheetKey, ss?: Spreadsheet): Sheet | null {
  return locateSheets(ss).byKey[key] ?? null;
}
