/**
 * The summaries of a big book, built in steps the progress sidebar drives (start → step … → finish),
 * each step one short execution: Apps Script stops a run at 6 minutes and an editor add-on may not
 * run time triggers more often than hourly (https://developers.google.com/apps-script/guides/services/quotas,
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 *
 * Each step reads one slice of rows of one record sheet (members, then deposits, welfare, the
 * ledger, as the one-shot run adds them) and adds it to the running figures (core addRecords),
 * which are kept between steps in a hidden sheet: they are up to about 1 MB of JSON for 3,000
 * members, past what document properties hold (9 KB a value, 500 KB in all, quotas page above) and
 * CacheService may drop at any time (100 KB a value), while a cell holds 50,000 characters
 * (https://support.google.com/docs/answer/37603). The cursor (which sheet, which row) is a small
 * document property written in the same locked step, so a closed sidebar or a failed call resumes
 * at the step that did not finish. The finish writes the same sheets as the one-shot run.
 */
import { todayDay, type DayNumber } from '../../core/dates';
import { readSheet } from '../../core/records';
import type { RecordSheetKey } from '../../core/schema';
import { parseSettings, type FundSettings } from '../../core/settings';
import {
  addRecords,
  aggregatesFromJson,
  aggregatesToJson,
  emptyAggregates,
  summariesOf,
  type PeriodKind,
} from '../../core/summaries';
import { locateSheets, readBook, readUsedValues, userError, withDocumentLock } from '../book';
import { showSidebar } from '../sidebar';
import { runProperties, storedRun } from '../stepped-run';
import {
  requireRecordSheets,
  summaryArguments,
  buildSummaries,
  writeSummaries,
  type BuildSummariesOptions,
  type BuildSummariesResult,
} from './build';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows one step reads: at 8 columns 400,000 cells, a few seconds on Google at the high estimate. */
export const STEP_ROWS = 50000;
/**
 * From this many record rows the menu opens the progress sidebar instead of building in one run:
 * the bench puts a one-run build of a 1M-row book at about 70 s at the high estimate (README
 * "Cost model"), so steps keep every call far inside the limit and the sidebar shows progress.
 */
export const ONE_RUN_ROWS = 200000;

const ORDER: RecordSheetKey[] = ['members', 'deposits', 'welfare', 'ledger'];
const STAGING = '__summary_run';
const RUN_PROPERTY = 'welfareFund.summaryRun';
/** Below the 50,000 characters a cell holds. */
const CELL_CHARS = 45000;

export interface StepProgress {
  runId: string;
  /** Record rows added so far, of total. */
  done: number;
  total: number;
  finished: boolean;
  /** The record sheet being read (its name in the book). */
  sheet: string;
}

interface RunState {
  runId: string;
  asOf: DayNumber;
  period: PeriodKind;
  today: DayNumber;
  /** the record sheets' names and last rows as they were at the start */
  sheets: { key: RecordSheetKey; name: string; lastRow: number; lastColumn: number }[];
  /** which sheet, and the next sheet row to read (2 = first record row) */
  at: number;
  row: number;
  done: number;
  total: number;
}

const props = runProperties;

function loadState(runId?: string): RunState | null {
  return storedRun<RunState>(RUN_PROPERTY, 'sum.run.stale', runId);
}

function progressOf(s: RunState): StepProgress {
  const finished = s.at >= s.sheets.length;
  return {
    runId: s.runId,
    done: s.done,
    total: s.total,
    finished,
    sheet: finished ? '' : s.sheets[s.at].name,
  };
}

/** The hidden sheet of the running figures: one column, one part of the JSON per row. */
function stagingSheet(ss: Spreadsheet): Sheet {
  let sheet = ss.getSheetByName(STAGING);
  if (!sheet) {
    sheet = ss.insertSheet(STAGING, ss.getNumSheets());
    sheet.hideSheet();
    // Only one column is used: the rest would count against the book's 10-million-cell limit.
    if (sheet.getMaxColumns() > 1) sheet.deleteColumns(2, sheet.getMaxColumns() - 1);
  }
  return sheet;
}

function saveFigures(sheet: Sheet, json: string): void {
  const parts: string[][] = [];
  for (let i = 0; i < json.length; i += CELL_CHARS) parts.push([json.slice(i, i + CELL_CHARS)]);
  if (sheet.getMaxRows() < parts.length) sheet.insertRowsAfter(sheet.getMaxRows(), parts.length - sheet.getMaxRows());
  sheet.clearContents();
  const range = sheet.getRange(1, 1, parts.length, 1);
  range.setNumberFormat('@');
  range.setValues(parts);
}

function loadFigures(sheet: Sheet): string {
  return readUsedValues(sheet)
    .values.map((r) => String(r[0]))
    .join('');
}

function settingsOf(ss: Spreadsheet): FundSettings {
  const book = readBook(['settings', 'benefits'], { ss });
  return parseSettings(book.settings?.values ?? [], book.benefits?.values ?? []).settings;
}

/** Any unfinished run of this book (the sidebar offers to carry it on), or null. */
export function summaryRunState(): StepProgress | null {
  const s = loadState();
  return s ? progressOf(s) : null;
}

/** How many record rows the book has: the menu builds in one run below ONE_RUN_ROWS. */
export function recordRows(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): number {
  const byKey = locateSheets(ss).byKey;
  return ORDER.reduce((n, key) => n + Math.max(0, (byKey[key]?.getLastRow() ?? 0) - 1), 0);
}

/** Starts a run (a run already under way is dropped): checks the arguments and the book, writes nothing else. */
export function startSummaryRun(opts: BuildSummariesOptions = {}, now = new Date()): StepProgress {
  const { period, asOf } = summaryArguments(opts, now);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const located = locateSheets(ss);
  requireRecordSheets(located.byKey);
  const sheets = ORDER.map((key) => {
    const sheet = located.byKey[key]!;
    return { key, name: sheet.getName(), lastRow: sheet.getLastRow(), lastColumn: sheet.getLastColumn() };
  });
  const settings = settingsOf(ss);
  const state: RunState = {
    runId: Utilities.getUuid(),
    asOf,
    period,
    today: todayDay(now),
    sheets,
    at: 0,
    row: 2,
    done: 0,
    total: sheets.reduce((n, s) => n + Math.max(0, s.lastRow - 1), 0),
  };
  withDocumentLock(() => {
    saveFigures(stagingSheet(ss), aggregatesToJson(emptyAggregates({ settings, asOf, period })));
    props().setProperty(RUN_PROPERTY, JSON.stringify(state));
  });
  return progressOf(state);
}

/** Reads the next slice (at most maxRows rows of one sheet) and adds it to the running figures. */
export function summaryRunStep(runId: string, maxRows = STEP_ROWS): StepProgress {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(runId)!;
  if (state.at >= state.sheets.length) return progressOf(state);
  const plan = state.sheets[state.at];
  const sheet = locateSheets(ss).byKey[plan.key];
  if (!sheet) throw userError('sum.run.sheetGone', { sheet: plan.name });
  const rows = Math.max(0, Math.min(Math.max(1, maxRows), plan.lastRow - state.row + 1));
  const settings = settingsOf(ss);
  const staging = stagingSheet(ss);
  const agg = aggregatesFromJson(loadFigures(staging));
  if (rows > 0 && plan.lastColumn > 0) {
    const header = sheet.getRange(1, 1, 1, plan.lastColumn).getValues()[0];
    const slice = sheet.getRange(state.row, 1, rows, plan.lastColumn).getValues();
    const records = readSheet(plan.key, [header, ...slice], settings, { today: state.today }).records;
    // readSheet numbers rows from 2 (its values start at the header): these start at state.row.
    for (const r of records) r.row += state.row - 2;
    addRecords(agg, { settings, asOf: state.asOf, period: state.period }, { [plan.key]: records });
  }
  const next: RunState = { ...state, row: state.row + rows, done: state.done + rows };
  if (next.row > plan.lastRow) {
    next.at += 1;
    next.row = 2;
  }
  withDocumentLock(() => {
    loadState(runId); // still ours
    saveFigures(staging, aggregatesToJson(agg));
    props().setProperty(RUN_PROPERTY, JSON.stringify(next));
  });
  return progressOf(next);
}

/** Builds and writes the summaries from the running figures, then drops the run. */
export function finishSummaryRun(runId: string, now = new Date()): BuildSummariesResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(runId)!;
  if (state.at < state.sheets.length) throw userError('sum.run.notDone');
  const book = readBook(['members', 'settings', 'benefits'], { ss });
  const { settings } = parseSettings(book.settings?.values ?? [], book.benefits?.values ?? []);
  const members = readSheet('members', book.members?.values ?? [], settings, { today: state.today }).records;
  const agg = aggregatesFromJson(loadFigures(stagingSheet(ss)));
  const summaries = summariesOf(agg, { members, settings });
  return withDocumentLock(() => {
    loadState(runId);
    const result = writeSummaries(summaries, { settings, asOf: state.asOf, period: state.period, now, ss });
    const staging = ss.getSheetByName(STAGING);
    if (staging) ss.deleteSheet(staging);
    props().deleteProperty(RUN_PROPERTY);
    return result;
  });
}

/** Menu "สร้างรายงานสรุป": a big book is built step by step from the progress sidebar, a small one at once. */
export function buildSummariesFromMenu(): void {
  if (recordRows() >= ONE_RUN_ROWS) showSidebar('Progress', 'sum.run.title');
  else buildSummaries();
}

/** What the progress sidebar calls (google.script.run): plain values in and out. */
export const SUMMARY_RUN_RPC = {
  summaryRunState,
  summaryRunStart: (): StepProgress => startSummaryRun({ period: 'fiscal' }),
  /** maxRows: a smaller slice (never more than STEP_ROWS). */
  summaryRunStep: (runId: string, maxRows?: number): StepProgress =>
    summaryRunStep(
      String(runId),
      typeof maxRows === 'number' && maxRows > 0 ? Math.min(maxRows, STEP_ROWS) : STEP_ROWS,
    ),
  summaryRunFinish: (runId: string): BuildSummariesResult => finishSummaryRun(String(runId)),
};
