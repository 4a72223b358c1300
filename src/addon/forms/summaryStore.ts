/**
 * The per-member running summary (core/forms/summary.ts) kept in a hidden sheet the add-on owns,
 * so the forms never read the whole deposit log on a save.
 *
 * Row 1 holds the meta data: for the deposit log and the welfare register, the last row folded
 * in (the watermark) and a fingerprint of that row. Then one row per member: [key, JSON].
 * On every use:
 * - rows added below the watermark (by the forms or typed into the grid) are read and folded in:
 *   only those rows, with one getValues;
 * - a log that got shorter, or whose watermark row changed (rows deleted or the sheet sorted),
 *   makes it rebuild from the whole log; so does a summary older than a day when a form opens
 *   (edits in the middle of the log are not seen otherwise), never on a save;
 * - the sheet is rewritten (one setValues) after a rebuild, or once more than WRITE_BACK rows
 *   were folded in since it was written, so a load costs at most WRITE_BACK rows of catch-up.
 * Meta and rows go in ONE setValues, so a reader never sees rows of one version with the
 * watermark of another; two writers at once leave one whole version (the other's rows are
 * folded in again from the log next time).
 */
import { dayFromDate } from '../../core/dates';
import type { DayNumber } from '../../core/dates';
import { readSheet } from '../../core/records';
import type { FundSettings } from '../../core/settings';
import { decodeTotals, encodeTotals, foldDeposits, foldWelfare } from '../../core/forms/summary';
import type { Totals } from '../../core/forms/summary';
import { ensureRows, type LocatedSheets, withDocumentLock } from '../book';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SUMMARY_SHEET = '_สรุปรายสมาชิก (ระบบ)';
const VERSION = 1;
/** Rows folded in before the sheet is written back. */
export const WRITE_BACK = 200;
/** A summary older than this is rebuilt when a form opens. */
export const MAX_AGE_MS = 24 * 3600e3;

interface Mark {
  /** Last sheet row folded in (1 = only the header). */
  w: number;
  /** Fingerprint of row w. */
  fp: string;
}

interface Meta {
  v: number;
  dep: Mark;
  wel: Mark;
  /** When it was last rebuilt from the whole log (ms since epoch). */
  built: number;
  /** Rows folded in since the sheet was last written. */
  pending: number;
  /** Member rows that follow the meta row. */
  n: number;
  /** Fiscal-year start month the entries were grouped with. */
  fy: number;
}

export interface Summary {
  map: Map<string, Totals>;
  /** ISO time of the last full rebuild, for "as of" lines. */
  builtAt: string;
  /** How this load went, for tests and the bench. */
  how: 'read' | 'caught-up' | 'rebuilt';
}

function fingerprint(row: unknown[] | undefined): string {
  if (!row) return '';
  return JSON.stringify(row.map((v) => (v instanceof Date ? v.getTime() : v)));
}

function readMeta(cell: unknown): Meta | null {
  if (typeof cell !== 'string' || cell[0] !== '{') return null;
  try {
    const m = JSON.parse(cell) as Meta;
    return m && m.v === VERSION && m.dep && m.wel && typeof m.n === 'number' ? m : null;
  } catch (_e) {
    return null;
  }
}

interface LogPart {
  sheet: Sheet | undefined;
  key: 'deposits' | 'welfare';
}

/** Rows after the watermark, parsed; null when the log changed underneath (rebuild instead). */
function readSince(part: LogPart, mark: Mark): { values: unknown[][]; last: number; fp: string } | null {
  const sheet = part.sheet;
  if (!sheet) return mark.w <= 1 ? { values: [], last: 1, fp: '' } : null;
  const last = sheet.getLastRow();
  if (last < mark.w) return null;
  if (last === mark.w && mark.w <= 1) return { values: [], last, fp: mark.fp };
  const width = sheet.getLastColumn();
  if (width === 0) return null;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  if (last === mark.w) {
    // Nothing new: still make sure the watermark row is the one we folded.
    const row = sheet.getRange(last, 1, 1, width).getValues()[0];
    return fingerprint(row) === mark.fp ? { values: [header], last, fp: mark.fp } : null;
  }
  const from = Math.max(2, mark.w);
  const block = sheet.getRange(from, 1, last - from + 1, width).getValues();
  if (mark.w >= 2 && fingerprint(block[0]) !== mark.fp) return null;
  const fresh = mark.w >= 2 ? block.slice(1) : block;
  return { values: [header, ...fresh], last, fp: fingerprint(block[block.length - 1]) };
}

function rebuild(
  parts: { dep: LogPart; wel: LogPart },
  settings: FundSettings,
  today: DayNumber,
): { map: Map<string, Totals>; meta: Meta } {
  const map = new Map<string, Totals>();
  const meta: Meta = {
    v: VERSION,
    dep: { w: 1, fp: '' },
    wel: { w: 1, fp: '' },
    built: Date.now(),
    pending: 0,
    n: 0,
    fy: settings.fiscalYearStartMonth,
  };
  for (const [name, part] of [
    ['dep', parts.dep],
    ['wel', parts.wel],
  ] as const) {
    const sheet = part.sheet;
    if (!sheet) continue;
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    if (last < 1 || width < 1) continue;
    const values = sheet.getRange(1, 1, last, width).getValues();
    if (part.key === 'deposits')
      foldDeposits(
        map,
        readSheet('deposits', values, settings, { today }).records,
        settings.fiscalYearStartMonth,
        today,
      );
    else foldWelfare(map, readSheet('welfare', values, settings, { today }).records);
    meta[name] = { w: last, fp: last >= 2 ? fingerprint(values[last - 1]) : '' };
  }
  return { map, meta };
}

/**
 * Writes the summary under the document lock: opening a form rebuilds it, and google.script.run
 * runs up to 10 calls at once (https://developers.google.com/apps-script/guides/html/reference/run),
 * so two sidebars (or a save) must not write the sheet at the same time. A snapshot written a
 * moment late is still right: its meta says which log rows it has folded, the next load folds the rest.
 */
function write(ss: Spreadsheet, sheet: Sheet | undefined, map: Map<string, Totals>, meta: Meta): void {
  withDocumentLock(() => writeLocked(ss, sheet, map, meta));
}

function writeLocked(ss: Spreadsheet, sheet: Sheet | undefined, map: Map<string, Totals>, meta: Meta): void {
  let target = sheet;
  if (!target) {
    try {
      target = ss.insertSheet(SUMMARY_SHEET, ss.getNumSheets());
      target.hideSheet();
      target.protect().setWarningOnly(true);
    } catch (_e) {
      // Another execution made it a moment ago.
      target = ss.getSheetByName(SUMMARY_SHEET) ?? undefined;
      if (!target) throw _e;
    }
  }
  meta.n = map.size;
  meta.pending = 0;
  const rows: string[][] = [[JSON.stringify(meta), 'meta']];
  for (const [key, totals] of map) rows.push([key, encodeTotals(totals)]);
  ensureRows(target, rows.length);
  target.getRange(1, 1, rows.length, 2).setValues(rows);
}

/**
 * The summary, brought up to date with the logs. `rebuildIfOld`: a form is opening (not saving),
 * so a summary older than MAX_AGE_MS is rebuilt from the whole log.
 */
export function loadSummary(
  ss: Spreadsheet,
  located: LocatedSheets,
  settings: FundSettings,
  today: DayNumber,
  opts: { rebuildIfOld: boolean; force?: boolean },
): Summary {
  const sheet = located.all.find((s) => s.name === SUMMARY_SHEET)?.sheet;
  const parts = {
    dep: { sheet: located.byKey.deposits, key: 'deposits' as const },
    wel: { sheet: located.byKey.welfare, key: 'welfare' as const },
  };
  let meta: Meta | null = null;
  const map = new Map<string, Totals>();
  if (sheet && !opts.force) {
    const last = sheet.getLastRow();
    if (last >= 1) {
      const values = sheet.getRange(1, 1, last, 2).getValues();
      meta = readMeta(values[0][0]);
      if (meta && meta.fy !== settings.fiscalYearStartMonth) meta = null;
      for (let i = 1; meta && i <= meta.n && i < values.length; i++) {
        const t = decodeTotals(values[i][1]);
        if (t === null) meta = null;
        else map.set(String(values[i][0]), t);
      }
    }
  }
  const old = meta !== null && opts.rebuildIfOld && Date.now() - meta.built > MAX_AGE_MS;
  if (meta && !old) {
    const dep = readSince(parts.dep, meta.dep);
    const wel = dep ? readSince(parts.wel, meta.wel) : null;
    if (dep && wel) {
      const depRecords = dep.values.length > 1 ? readSheet('deposits', dep.values, settings, { today }).records : [];
      const welRecords = wel.values.length > 1 ? readSheet('welfare', wel.values, settings, { today }).records : [];
      foldDeposits(map, depRecords, settings.fiscalYearStartMonth, today);
      foldWelfare(map, welRecords);
      const folded = Math.max(0, dep.values.length - 1) + Math.max(0, wel.values.length - 1);
      meta.dep = { w: dep.last, fp: dep.fp };
      meta.wel = { w: wel.last, fp: wel.fp };
      meta.pending += folded;
      if (meta.pending > WRITE_BACK) write(ss, sheet, map, meta);
      return { map, builtAt: new Date(meta.built).toISOString(), how: folded > 0 ? 'caught-up' : 'read' };
    }
  }
  const fresh = rebuild(parts, settings, today);
  write(ss, sheet, fresh.map, fresh.meta);
  return { map: fresh.map, builtAt: new Date(fresh.meta.built).toISOString(), how: 'rebuilt' };
}

/** Today in Bangkok (the clock of the Apps Script server; the runtime uses the real clock too). */
export function today(): DayNumber {
  return dayFromDate(new Date());
}
