/**
 * Running an import in the book: read the source tabs (one getValues each), read what the book
 * already holds, plan, and — only when asked to — write every record sheet's new rows in one
 * block each, under the document lock, all or nothing. Undo removes exactly the rows a batch
 * added and lists the ones edited since. Service calls depend on the number of tabs and sheets,
 * never on the number of rows.
 */
import { dayFromDate, todayDay } from '../../core/dates';
import { text, type Text } from '../../core/i18n';
import {
  ORIGIN_HEADER,
  fingerprint,
  originCell,
  parseOriginCell,
  planImport,
  sameReading,
  type BookFacts,
  type ImportMapping,
  type SourceTab,
  type TabPlan,
} from '../../core/import';
import { readSheet } from '../../core/records';
import {
  SHEETS,
  matchHeaders,
  normalizeHeader,
  type ColumnDef,
  type RecordSheetKey,
  type SheetDef,
} from '../../core/schema';
import { benefitRow, newBenefit, parseSettings } from '../../core/settings';
import {
  ensureColumns,
  isGeneratedSheet,
  locateSheets,
  readUsedValues,
  requireSheet,
  toCell,
  userError,
  withDocumentLock,
  writeRecords,
  type RecordInput,
} from '../book';
import { userLang } from '../lang';
import { runSetup_ } from '../setup';
import { readLog, savedTabMapping, saveMapping, writeLog, type BatchLog, type SheetBatch } from './store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RECORD_KEYS: RecordSheetKey[] = ['members', 'deposits', 'welfare', 'ledger'];
const ORIGIN_KEY = 'importOrigin';
const ORIGIN_COL: ColumnDef = { key: ORIGIN_KEY, th: ORIGIN_HEADER, en: 'Import origin', kind: 'text', width: 200 };

/** A record sheet's definition with the origin column the import adds. */
export function withOrigin(key: RecordSheetKey): SheetDef {
  return { ...SHEETS[key], columns: [...SHEETS[key].columns, ORIGIN_COL] };
}

/**
 * A tab this book cannot take as a source: the sheets it keeps its records and settings in (as
 * locateSheets picks them: a group's "ทะเบียนสมาชิก" beside the book's "สมาชิก" is a source) and
 * the sheets it generates.
 */
export function ownSheetReason(sheet: Sheet, name: string, ss: Spreadsheet): Text | null {
  const own = locateSheets(ss).all.some((s) => s.key !== null && s.name === name);
  if (own || isGeneratedSheet(sheet) || name === text('import.report.sheet').th || name.startsWith('__'))
    return text('import.generatedSource', { tab: name });
  return null;
}

/** The source tabs of this spreadsheet, by name, one getValues each. */
export function readSourceTabs(names: string[], ss: Spreadsheet): { tabs: SourceTab[]; problems: Text[] } {
  const problems: Text[] = [];
  const tabs: SourceTab[] = [];
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) {
      problems.push(text('import.noTab', { tab: name }));
      continue;
    }
    const own = ownSheetReason(sheet, name, ss);
    if (own) {
      problems.push(own);
      continue;
    }
    tabs.push({ tab: name, values: readUsedValues(sheet).values });
  }
  return { tabs, problems };
}

interface BookState {
  facts: BookFacts;
  sheets: Partial<Record<RecordSheetKey, { sheet: Sheet; values: unknown[][]; originColumn: number }>>;
  benefits: { sheet: Sheet | null; values: unknown[][] };
}

/** What the book holds that a plan needs: benefits, members, origins. One getValues per sheet. */
function readBookState(ss: Spreadsheet): BookState {
  const located = locateSheets(ss);
  const state: BookState = {
    facts: { benefits: [], origins: new Set(), members: [], today: todayDay() },
    sheets: {},
    benefits: { sheet: located.byKey.benefits ?? null, values: [] },
  };
  const origins = state.facts.origins as Set<string>;
  for (const key of RECORD_KEYS) {
    const sheet = located.byKey[key];
    if (!sheet) continue;
    const { values } = readUsedValues(sheet);
    const header = values[0] ?? [];
    const oc = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(ORIGIN_HEADER));
    if (oc >= 0) {
      for (let r = 1; r < values.length; r++) {
        const o = parseOriginCell(values[r][oc]);
        if (o) origins.add(o.origin);
      }
    }
    state.sheets[key] = { sheet, values, originColumn: oc + 1 };
  }
  const settingsSheet = located.byKey.settings;
  state.benefits.values = state.benefits.sheet ? readUsedValues(state.benefits.sheet).values : [];
  const settingsValues = settingsSheet ? readUsedValues(settingsSheet).values : [];
  state.facts.benefits = parseSettings(settingsValues, state.benefits.values).settings.benefits;
  const members = state.sheets.members;
  if (members) {
    const read = readSheet('members', members.values, parseSettings([], []).settings);
    state.facts.members = read.records.filter((m) => m.memberId !== '').map((m) => ({ id: m.memberId, name: m.name }));
  }
  return state;
}

export interface ImportOptions {
  /** Before `tab!row` in each origin (the source file's name, on the command line). */
  originPrefix?: string;
  ss?: Spreadsheet;
}

export interface DryRun {
  plans: TabPlan[];
  /** Refusals for the whole import (any tab's problems included): nothing can be written. */
  problems: Text[];
  memberCount: number;
}

/** Refusal: a tab imported before with another reading of its columns. */
function otherMappingProblems(mapping: ImportMapping, origins: ReadonlySet<string>, prefix: string): Text[] {
  const problems: Text[] = [];
  for (const t of mapping.tabs) {
    const saved = savedTabMapping(t.tab);
    if (!saved || sameReading(saved, t)) continue;
    const start = `${prefix}${t.tab}!`;
    let imported = false;
    for (const o of origins)
      if (o.startsWith(start)) {
        imported = true;
        break;
      }
    if (imported) problems.push(text('import.otherMapping', { tab: t.tab }));
  }
  return problems;
}

export function dryRun(
  sources: SourceTab[],
  mapping: ImportMapping,
  opts: ImportOptions = {},
): DryRun & { state: BookState | null } {
  const ss = opts.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  const state = readBookState(ss);
  const prefix = opts.originPrefix ?? '';
  const plans = planImport(sources, mapping, state.facts, prefix);
  const problems = [...otherMappingProblems(mapping, state.facts.origins, prefix), ...plans.flatMap((p) => p.problems)];
  if (mapping.tabs.length === 0) problems.push(text('import.noTabs'));
  const memberCount = plans.reduce((s, p) => s + p.memberCount, 0);
  return { plans, problems, memberCount, state };
}

export interface ImportResult extends DryRun {
  batch: number | null;
  written: Partial<Record<RecordSheetKey, number>>;
  addedBenefits: string[];
}

function rowFingerprint(def: SheetDef, header: unknown[], row: unknown[]): string {
  const match = matchHeaders(def, header);
  const cells: unknown[] = [];
  for (const c of def.columns) {
    if (c.key === ORIGIN_KEY) continue;
    const i = match.index[c.key];
    if (i === undefined) continue;
    let v = row[i];
    if (v instanceof Date) v = dayFromDate(v);
    if (typeof v === 'string' && v.startsWith("'")) v = v.slice(1);
    cells.push(v);
  }
  return fingerprint(cells);
}

/**
 * Plans and, when there is nothing to refuse, writes the whole batch. Nothing is written when
 * any tab has a problem. A write that fails half-way is taken back before the error is passed on.
 */
export function importBatch(sources: SourceTab[], mapping: ImportMapping, opts: ImportOptions = {}): ImportResult {
  const ss = opts.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    // A new book (the command line's) gets its sheets first.
    const located = locateSheets(ss);
    if (RECORD_KEYS.some((k) => !located.byKey[k]) || !located.byKey.benefits) runSetup_({ ss });
    const run = dryRun(sources, mapping, opts);
    const result: ImportResult = {
      plans: run.plans,
      problems: run.problems,
      memberCount: run.memberCount,
      batch: null,
      written: {},
      addedBenefits: [],
    };
    if (run.problems.length > 0 || !run.state) return result;
    const state = run.state;
    // Nothing new (a re-import of unchanged tabs): no batch, nothing to undo.
    if (run.plans.every((p) => p.records.length === 0)) return result;
    const log = readLog();
    const batch = (log.length ? Math.max(...log.map((b) => b.id)) : 0) + 1;
    const entry: BatchLog = {
      id: batch,
      at: new Date().toISOString(),
      tabs: mapping.tabs.map((t) => t.tab),
      sheets: {},
      benefits: [],
    };
    const undoers: (() => void)[] = [];
    try {
      addBenefits(state, mapping, run.plans, entry, undoers);
      for (const key of RECORD_KEYS) {
        const records = run.plans.filter((p) => p.target === key).flatMap((p) => p.records);
        if (records.length === 0) continue;
        const target = requireSheet(state.sheets, key);
        entry.sheets[key] = writeSheet(key, target, records, batch, undoers);
        result.written[key] = records.length;
      }
      saveMapping(mapping);
      writeLog([...log, entry]);
    } catch (err) {
      for (const undo of undoers.reverse()) undo();
      throw err;
    }
    result.batch = batch;
    result.addedBenefits = entry.benefits;
    return result;
  });
}

function addBenefits(
  state: BookState,
  mapping: ImportMapping,
  plans: TabPlan[],
  entry: BatchLog,
  undoers: (() => void)[],
) {
  const names = new Set<string>();
  for (const p of plans)
    for (const r of p.records)
      if (p.target === 'welfare' && mapping.values.benefits[String(r.values.benefit)] === '+')
        names.add(String(r.values.benefit));
  const toAdd = [...names].filter((n) => !state.facts.benefits.some((b) => b.name === n));
  const sheet = state.benefits.sheet;
  if (toAdd.length === 0 || !sheet) return;
  const codes = new Set(state.facts.benefits.map((b) => b.code.toUpperCase()));
  let n = 1;
  const lang = userLang();
  const def = SHEETS.benefits;
  const header = state.benefits.values[0] ?? [];
  const match = matchHeaders(def, header);
  const records: RecordInput[] = toAdd.map((name) => {
    while (codes.has(`B${n}`)) n++;
    const code = `B${n++}`;
    entry.benefits.push(code);
    const b = newBenefit({ code, name });
    const row = benefitRow(b, lang);
    const rec: RecordInput = {};
    def.columns.forEach((c, i) => (rec[c.key] = row[i] as string | number));
    return rec;
  });
  const firstRow = Math.max(state.benefits.values.length, 1) + 1;
  const maxRowsBefore = sheet.getMaxRows();
  const formatsBefore = sheet.getRange(firstRow, 1, 1, Math.max(1, header.length)).getNumberFormats()[0];
  entry.benefitRows = { sheet: sheet.getName(), firstRow, count: records.length, maxRowsBefore, formatsBefore };
  writeRecords(sheet, def, match, firstRow, records);
  undoers.push(() => removeBlock(sheet, firstRow, records.length, maxRowsBefore, formatsBefore));
}

function writeSheet(
  key: RecordSheetKey,
  target: { sheet: Sheet; values: unknown[][]; originColumn: number },
  records: TabPlan['records'],
  batch: number,
  undoers: (() => void)[],
): SheetBatch {
  const sheet = target.sheet;
  const header = (target.values[0] ?? []).slice();
  const maxRowsBefore = sheet.getMaxRows();
  const maxColumnsBefore = sheet.getMaxColumns();
  let originColumn = target.originColumn;
  const addedOriginHeader = originColumn === 0;
  if (addedOriginHeader) {
    originColumn = header.length + 1;
    ensureColumns(sheet, originColumn);
    sheet.getRange(1, originColumn).setValue(ORIGIN_HEADER);
    header[originColumn - 1] = ORIGIN_HEADER;
  }
  const def = withOrigin(key);
  const match = matchHeaders(def, header);
  const startRow = Math.max(target.values.length, 1) + 1;
  const width = Math.max(header.length, originColumn);
  const formatsBefore = startRow <= maxRowsBefore ? sheet.getRange(startRow, 1, 1, width).getNumberFormats()[0] : [];
  const inputs: RecordInput[] = records.map((r) => {
    const rec: RecordInput = { ...(r.values as RecordInput) };
    // The fingerprint is of the row as the sheet will hold it, so undo can tell an edit.
    const row: unknown[] = [];
    for (const c of def.columns) {
      const i = match.index[c.key];
      if (i === undefined || c.key === ORIGIN_KEY) continue;
      row[i] = toCell(rec[c.key], c.kind, true);
    }
    rec[ORIGIN_KEY] = originCell(r.origin, batch, rowFingerprint(def, header, row));
    return rec;
  });
  undoers.push(() => {
    removeBlock(sheet, startRow, inputs.length, maxRowsBefore, formatsBefore);
    if (addedOriginHeader) clearOriginHeader(sheet, originColumn, maxColumnsBefore);
  });
  writeRecords(sheet, def, match, startRow, inputs);
  return {
    sheet: sheet.getName(),
    rows: inputs.length,
    originColumn,
    addedOriginHeader,
    maxRowsBefore,
    maxColumnsBefore,
    formatsBefore,
  };
}

/** Deletes rows [first, first+count) and gives the grid back the rows and formats it had. */
function removeBlock(sheet: Sheet, first: number, count: number, maxRowsBefore: number, formatsBefore: string[]) {
  if (count <= 0) return;
  deleteRowsKeepingSize(sheet, [{ first, count }], maxRowsBefore, formatsBefore);
}

function deleteRowsKeepingSize(
  sheet: Sheet,
  runs: { first: number; count: number }[],
  maxRowsBefore: number,
  formatsBefore: string[],
) {
  // Bottom-up, so earlier row numbers stay right.
  for (const run of [...runs].sort((a, b) => b.first - a.first)) sheet.deleteRows(run.first, run.count);
  const now = sheet.getMaxRows();
  if (now < maxRowsBefore) {
    sheet.insertRowsAfter(now, maxRowsBefore - now);
    if (formatsBefore.length > 0) {
      const n = maxRowsBefore - now;
      const rows = new Array(n).fill(0).map(() => formatsBefore.slice());
      sheet.getRange(now + 1, 1, n, formatsBefore.length).setNumberFormats(rows);
    }
  }
}

function clearOriginHeader(sheet: Sheet, column: number, maxColumnsBefore: number) {
  sheet.getRange(1, column).clearContent();
  sheet.getRange(1, column).setNumberFormat('General');
  if (sheet.getMaxColumns() > maxColumnsBefore)
    sheet.deleteColumns(maxColumnsBefore + 1, sheet.getMaxColumns() - maxColumnsBefore);
}

export interface UndoResult {
  batch: number;
  removed: Partial<Record<RecordSheetKey, number>>;
  /** Rows the batch added that were edited since: listed, not removed. */
  kept: { sheet: string; row: number; origin: string }[];
  removedBenefits: string[];
}

/** Undoes the last batch: removes its rows that nobody edited since, lists the others. */
export function undoLastBatch(opts: { ss?: Spreadsheet } = {}): UndoResult {
  const ss = opts.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const log = readLog();
    const entry = log[log.length - 1];
    if (!entry) throw userError('import.nothingToUndo');
    const result: UndoResult = { batch: entry.id, removed: {}, kept: [], removedBenefits: [] };
    const located = locateSheets(ss);
    for (const key of RECORD_KEYS) {
      const info = entry.sheets[key];
      const sheet = located.byKey[key];
      if (!info || !sheet) continue;
      const { values } = readUsedValues(sheet);
      const header = values[0] ?? [];
      const oc = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(ORIGIN_HEADER));
      if (oc < 0) continue;
      const def = withOrigin(key);
      const runs: { first: number; count: number }[] = [];
      let others = false;
      for (let r = 1; r < values.length; r++) {
        const o = parseOriginCell(values[r][oc]);
        if (!o || o.batch !== entry.id) {
          if (o || values[r].some((v) => v !== '')) others = true;
          continue;
        }
        if (o.fingerprint !== rowFingerprint(def, header, values[r])) {
          result.kept.push({ sheet: sheet.getName(), row: r + 1, origin: o.origin });
          others = true;
          continue;
        }
        const last = runs[runs.length - 1];
        if (last && last.first + last.count === r + 1) last.count++;
        else runs.push({ first: r + 1, count: 1 });
        result.removed[key] = (result.removed[key] ?? 0) + 1;
      }
      deleteRowsKeepingSize(sheet, runs, info.maxRowsBefore, info.formatsBefore);
      const originUsed =
        others &&
        values.some((row, r) => r > 0 && parseOriginCell(row[oc]) && parseOriginCell(row[oc])!.batch !== entry.id);
      if (info.addedOriginHeader && !originUsed && result.kept.every((k) => k.sheet !== sheet.getName()))
        clearOriginHeader(sheet, oc + 1, info.maxColumnsBefore);
    }
    if (entry.benefitRows && entry.benefits.length > 0) {
      const sheet = ss.getSheetByName(entry.benefitRows.sheet);
      if (sheet) {
        const br = entry.benefitRows;
        removeBlock(sheet, br.firstRow, br.count, br.maxRowsBefore, br.formatsBefore);
        result.removedBenefits = entry.benefits;
      }
    }
    writeLog(log.slice(0, -1));
    return result;
  });
}
