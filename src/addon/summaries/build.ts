/**
 * "สร้างรายงานสรุป" (Build summaries): reads the fund book once (one getValues per sheet), builds
 * every summary in core, and rewrites the generated sheets whole. The record sheets are only read.
 *
 * buildSummariesWith is what the command line calls; buildSummaries is the menu item (today,
 * fiscal year).
 */
import { formatDateBE, parseDate, todayDay, type DayNumber } from '../../core/dates';
import { text } from '../../core/i18n';
import { readSheet } from '../../core/records';
import { parseSettings, type FundSettings } from '../../core/settings';
import { buildSummaryTables, keyFigures, type PeriodKind, type Summaries } from '../../core/summaries';
import { bilingualError, isGeneratedSheet, readBook } from '../book';
import { SHEETS, type SheetKey } from '../../core/schema';
import { userLang } from '../lang';
import { writeSummaryTable } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BuildSummariesOptions {
  /** As typed: พ.ศ. or ค.ศ. text, parsed with parseDate; default today (Bangkok). */
  asOf?: string;
  /** 'calendar' or 'fiscal' (default); anything else is refused in both languages (the command line passes what was typed). */
  period?: string;
}

export interface BuildSummariesResult {
  /** The as-of date in พ.ศ. (dd/mm/yyyy). */
  asOf: string;
  period: PeriodKind;
  /** Names of the sheets written, in order. */
  sheets: string[];
  /** Key figures of the fund status, as numbers (null where a ratio cannot be computed). */
  fundStatus: Record<string, number | null>;
  /** The matching-fund figures for the fiscal year of the as-of date. */
  matching: { fiscalYear: number; eligibleMembers: number; eligibleSavings: number; allSavings: number };
}

function resolveAsOf(value: string | undefined, today: DayNumber): DayNumber {
  if (value === undefined || value === null || String(value).trim() === '') return today;
  const p = parseDate(String(value), { today });
  if (!p.ok)
    throw bilingualError(text('sum.err.date', { value: String(value), reasonTh: p.reason.th, reasonEn: p.reason.en }));
  return p.value;
}

function resolvePeriod(value: unknown): PeriodKind {
  if (value === undefined || value === null || value === '') return 'fiscal';
  if (value === 'calendar' || value === 'fiscal') return value;
  throw bilingualError(text('sum.err.period', { value: String(value) }));
}

/** The record sheets every summary is computed from: without any one of them a figure would be silently wrong. */
export const SUMMARY_RECORD_SHEETS = ['members', 'deposits', 'welfare', 'ledger'] as const;

/**
 * The message for record sheets the book lacks (null when it has them all). A renamed ledger once
 * gave a balance of 783,475 instead of 1,686,311.65 with no word about it: summarize and share stop.
 */
export function missingRecordSheets(book: Partial<Record<SheetKey, unknown>>): { th: string; en: string } | null {
  const missing = SUMMARY_RECORD_SHEETS.filter((k) => !book[k]);
  if (missing.length === 0) return null;
  return text('sum.err.sheetMissing', {
    sheets: missing.map((k) => `"${SHEETS[k].th}"`).join(', '),
    sheetsEn: missing.map((k) => `"${SHEETS[k].th}" (${SHEETS[k].en})`).join(', '),
  });
}

/** The arguments checked before the book is touched: a bad date or period writes nothing. */
export function summaryArguments(opts: BuildSummariesOptions, now: Date): { period: PeriodKind; asOf: DayNumber } {
  const period = resolvePeriod(opts.period);
  const asOf = resolveAsOf(opts.asOf, todayDay(now));
  return { period, asOf };
}

/** Refuses (writing nothing) a book that lacks a record sheet. */
export function requireRecordSheets(book: Partial<Record<SheetKey, unknown>>): void {
  if (!book.members || !book.deposits) throw bilingualError(text('sum.err.noRecords'));
  const missing = missingRecordSheets(book);
  if (missing) throw bilingualError(missing);
}

/** Writes every summary (refusing first, writing nothing, if a target name is taken by a sheet we did not make). */
export function writeSummaries(
  summaries: Summaries,
  run: { settings: FundSettings; asOf: DayNumber; period: PeriodKind; now: Date; ss: Spreadsheet },
): BuildSummariesResult {
  const { ss, asOf, now } = run;
  for (const table of summaries.tables) {
    const existing = ss.getSheetByName(table.sheetName);
    if (existing && existing.getLastRow() > 0 && !isGeneratedSheet(existing)) {
      throw bilingualError(text('generated.notOurs', { sheet: table.sheetName }));
    }
  }
  const lang = run.settings.language;
  const sheets = summaries.tables.map((table) => writeSummaryTable(table, { asOf, now, lang, ss }));
  return {
    asOf: formatDateBE(asOf),
    period: run.period,
    sheets,
    fundStatus: keyFigures(summaries.status),
    matching: summaries.matching,
  };
}

export function buildSummariesWith(opts: BuildSummariesOptions = {}): BuildSummariesResult {
  const now = new Date();
  const today = todayDay(now);
  const { period, asOf } = summaryArguments(opts, now);

  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const book = readBook(['members', 'deposits', 'welfare', 'ledger', 'settings', 'benefits'], { ss });
  requireRecordSheets(book);
  const { settings } = parseSettings(book.settings?.values ?? [], book.benefits?.values ?? []);
  const read = <K extends 'members' | 'deposits' | 'welfare' | 'ledger'>(key: K) =>
    readSheet(key, book[key]?.values ?? [], settings, { today }).records;
  const summaries = buildSummaryTables({
    settings,
    members: read('members'),
    deposits: read('deposits'),
    welfare: read('welfare'),
    ledger: read('ledger'),
    asOf,
    period,
  });
  return writeSummaries(summaries, { settings, asOf, period, now, ss });
}

/** Menu: build every summary as of today for the current fiscal year, then say so. */
export function buildSummaries(): void {
  const result = buildSummariesWith({ period: 'fiscal' });
  // Show what was just written, as the check opens its report (Sheet.activate:
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate).
  const first = result.sheets.length ? SpreadsheetApp.getActiveSpreadsheet().getSheetByName(result.sheets[0]) : null;
  if (first) first.activate();
  const lang = userLang();
  const done = text('sum.done', { count: result.sheets.length, date: result.asOf });
  SpreadsheetApp.getActiveSpreadsheet().toast(done[lang], text('menu.summarize')[lang]);
}
