/**
 * Check entries (ตรวจสอบรายการ): the menu action checkEntries and runChecks (the command line's
 * `welfare-fund check`). Reads every record sheet and the settings once, runs the checks of
 * src/core/checks, rewrites the report sheet "ผลการตรวจสอบ", marks the offending cells (and
 * unmarks last run's), and changes no record value.
 *
 * Service calls are the same for 100 rows and 1,000,000: per record sheet a getValues, a
 * formula search (TextFinder: only formula-looking cells come back), a getSheetId and (when there is anything to mark or unmark) one getBackgrounds and
 * one setBackgrounds; the report is one batched write; the mark memory one properties read and
 * one write.
 */
import { checkValues, countFindings, type BookValues } from '../core/checks';
import { todayDay } from '../core/dates';
import type { Finding, Severity } from '../core/findings';
import { t, text, type Lang } from '../core/i18n';
import { cellUse, cellUseText } from './google-limits';
import { RECORD_SHEETS, type RecordSheetKey, type SheetKey } from '../core/schema';
import { userLang } from './lang';
import { printLayout } from '../core/print-layout';
import {
  declarePrintLayout,
  formatStampTime,
  MAX_FORMULAS,
  readBook,
  withDocumentLock,
  writeGeneratedSheet,
  type Book,
} from './book';
import { reportLayout, showFindings, type SheetInfo, type ShownFinding } from './checks/report';
import { loadMemory, markSheet, saveMemory, REMEMBER_LIMIT, type CellMark, type MarkMemory } from './checks/marks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The report sheet's name: Thai in every UI language, so one book has one report. */
export const REPORT_SHEET = t('check.report.sheet', 'th');

export interface RunChecksResult {
  /** When the check ran (ISO 8601). */
  ranAt: string;
  counts: Record<Severity, number>;
  byKind: Record<string, number>;
  /** Every finding (the report lists at most REPORT_LIMIT of them; this list is complete). */
  findings: ShownFinding[];
  reportSheet: string;
  /** Cells coloured in the record sheets by this run. */
  marked: number;
}

export function runChecks_(opts: { lang?: Lang; ss?: Spreadsheet; now?: Date } = {}): RunChecksResult {
  const lang = opts.lang ?? userLang();
  const ss = opts.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  const now = opts.now ?? new Date();
  const asOf = todayDay(now);
  return withDocumentLock(() => {
    const book = readBook(CHECKED_SHEETS, { ss, formulas: true });
    const { findings } = checkValues(bookValues(book), asOf);
    findings.push(...limitFindings(ss, book));

    const infos: Partial<Record<SheetKey, SheetInfo>> = {};
    for (const key of Object.keys(book) as SheetKey[]) {
      const s = book[key]!;
      infos[key] = { name: s.name, sheetId: s.sheet.getSheetId(), header: s.header };
    }
    const shown = showFindings(findings, infos, lang);

    const layout = reportLayout(shown, infos, formatStampTime(now, lang), lang);
    const written = writeGeneratedSheet(REPORT_SHEET, layout.blocks, {
      asOf,
      now,
      lang,
      frozenRows: 1,
      columnWidths: layout.columnWidths,
      ss,
    });
    // A4 landscape at page width, the findings' header on every page (when there is a list).
    const listRow = written.blockRows[layout.listBlock];
    declarePrintLayout(
      ss.getSheetByName(REPORT_SHEET)!,
      printLayout(REPORT_SHEET, listRow ? listRow - 1 : null, 'landscape'),
    );
    if (layout.shownCount > 0) {
      // The links are formulas: their column is given the General format first (a formula typed
      // into a plain-text cell stays text in Sheets).
      const report = ss.getSheetByName(REPORT_SHEET)!;
      const range = report.getRange(written.blockRows[layout.listBlock], layout.linkColumn + 1, layout.links.length, 1);
      range.setNumberFormat('General');
      range.setFormulas(layout.links.map((f) => [f]));
    }

    const marked = markAll(book, infos, shown);

    const { counts, byKind } = countFindings(findings);
    return { ranAt: now.toISOString(), counts, byKind, findings: shown, reportSheet: REPORT_SHEET, marked };
  });
}

/** Every record sheet, then the settings and benefits (the order the findings come in). */
const CHECKED_SHEETS: SheetKey[] = [...RECORD_SHEETS, 'settings', 'benefits'];

/** What core's check takes: each sheet's values (a missing sheet absent: the check names it) and formulas. */
function bookValues(book: Book): BookValues {
  const values: BookValues = { formulas: {} };
  for (const key of CHECKED_SHEETS) {
    const s = book[key];
    if (!s) continue;
    values[key] = s.values;
    if (s.formulas) values.formulas![key as RecordSheetKey] = s.formulas.grid;
  }
  return values;
}

/**
 * What the check itself could not do or sees coming: a formula search that stopped at its cap (the
 * formulas past it were not checked), and a book past 80% of Google's 10-million-cell limit.
 */
function limitFindings(ss: Spreadsheet, book: Book): Finding[] {
  const out: Finding[] = [];
  for (const key of RECORD_SHEETS) {
    const found = book[key]?.formulas?.found ?? 0;
    if (found > MAX_FORMULAS)
      out.push({
        severity: 'warning',
        code: 'check.formula-cap',
        sheet: key,
        message: text('check.formulaCap', { found, cap: MAX_FORMULAS }),
      });
  }
  const use = cellUse(ss);
  if (use.warn)
    out.push({
      severity: 'warning',
      code: 'book.cells-near-limit',
      message: cellUseText(use),
      fix: text('limits.cellsFix'),
    });
  return out;
}

/** Colours the offending cells of every record sheet and sweeps last run's marks; returns cells marked. */
function markAll(sheets: Book, infos: Partial<Record<SheetKey, SheetInfo>>, shown: ShownFinding[]): number {
  const perSheet = new Map<RecordSheetKey, CellMark[]>();
  for (const f of shown) {
    if (!f.sheet || f.row === null || f.columnIndex === null || f.row < 2) continue;
    if (!(RECORD_SHEETS as SheetKey[]).includes(f.sheet)) continue;
    const key = f.sheet as RecordSheetKey;
    const list = perSheet.get(key);
    const mark = { row: f.row, column: f.columnIndex, severity: f.severity };
    if (list) list.push(mark);
    else perSheet.set(key, [mark]);
  }
  const props = PropertiesService.getDocumentProperties();
  const { memory, chunks } = loadMemory(props);
  const next: MarkMemory = { v: 1, sheets: {} };
  const budget = { left: REMEMBER_LIMIT };
  let marked = 0;
  for (const key of RECORD_SHEETS) {
    const s = sheets[key];
    const info = infos[key];
    if (!s || !info) continue;
    const id = String(info.sheetId);
    const { memory: m, result } = markSheet(s.sheet, id, perSheet.get(key) ?? [], memory, budget);
    if (m) next.sheets[id] = m;
    marked += result.marked;
  }
  if (JSON.stringify(next) !== JSON.stringify(memory)) saveMemory(props, next, chunks);
  return marked;
}

function summary(r: RunChecksResult, lang: Lang): string {
  const total = r.counts.error + r.counts.warning + r.counts.note;
  if (total === 0) return t('check.summary.none', lang);
  return t('check.summary.found', lang, {
    error: r.counts.error,
    warning: r.counts.warning,
    note: r.counts.note,
    sheet: r.reportSheet,
  });
}

/** Menu action "ตรวจสอบรายการ": check, then say what was found and open the report. */
export function checkEntries(): void {
  const lang = userLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // A user error (someone else is saving) is the menu's alert (src/addon/registry.ts).
  const result = runChecks_({ lang, ss });
  const report = ss.getSheetByName(result.reportSheet);
  if (report) report.activate();
  ss.toast(summary(result, lang), t('menu.check', lang), 10);
}

/**
 * The command line's check (npx welfare-fund check FILE [--json]): the same run as the menu
 * item (report sheet and marks included), returned as a plain object in the user's language.
 */
export function runChecks(): RunChecksResult {
  return runChecks_();
}
