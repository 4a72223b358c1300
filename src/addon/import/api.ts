/**
 * The import's entry points: the menu item that opens the dialog, and the functions the dialog
 * (google.script.run) and the command line call. Arguments and results are plain values.
 */
import { t, text, type Text } from '../../core/i18n';
import {
  KIND_FIELDS,
  detectTab,
  mappingFor,
  parseMappingFile,
  previewTab,
  suggestedAnswers,
  type ImportKind,
  type ImportMapping,
  type PreviewColumn,
  type SourceTab,
  type TabMapping,
  type TabPlan,
  type ValueMaps,
} from '../../core/import';
import { CHOICES } from '../../core/schema';
import { locateSheets, readUsedValues, userError, UserError } from '../book';
import { userLang } from '../lang';
import { dryRun, importBatch, ownSheetReason, readSourceTabs, undoLastBatch, type UndoResult } from './run';
import { writeReport } from './report';
import { readLog, savedMapping, savedTabMapping } from './store';

/** Wider than the 300 px sidebar: a mapping table needs the room (Ui.showModalDialog). */
const DIALOG_WIDTH = 1000;
const DIALOG_HEIGHT = 680;

export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Import').setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(html, t('import.title', userLang()));
}

export interface ImportTabInfo {
  name: string;
  rows: number;
  /** Why it cannot be a source (the book's own sheets), or null. */
  refusal: Text | null;
  /** A mapping is saved for it (imported before). */
  saved: boolean;
}

export interface ImportContext {
  tabs: ImportTabInfo[];
  benefits: { code: string; name: string }[];
  ledgerKinds: { code: string; th: string; en: string }[];
  kindFields: Record<ImportKind, string[]>;
  lastBatch: { id: number; at: string; tabs: string[] } | null;
}

export function getImportContext(): ImportContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const own = new Set(
    locateSheets(ss)
      .all.filter((s) => s.key !== null)
      .map((s) => s.name),
  );
  const tabs = ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    const refusal = own.has(name) ? text('import.generatedSource', { tab: name }) : ownSheetReason(sheet, name, ss);
    return { name, rows: sheet.getLastRow(), refusal, saved: savedTabMapping(name) !== null };
  });
  const run = dryRun([], {
    format: 'welfare-fund-import',
    version: 1,
    tabs: [],
    values: { benefits: {}, ledgerKinds: {} },
  });
  const log = readLog();
  const last = log[log.length - 1];
  return {
    tabs: tabs.filter((x) => !x.name.startsWith('__')),
    benefits: (run.state?.facts.benefits ?? []).map((b) => ({ code: b.code, name: b.name })),
    ledgerKinds: CHOICES.ledgerKind.map((c) => ({ code: c.code, th: c.th, en: c.en })),
    kindFields: KIND_FIELDS,
    lastBatch: last ? { id: last.id, at: last.at, tabs: last.tabs } : null,
  };
}

export interface DetectedTab {
  tab: string;
  mapping: TabMapping | null;
  kinds: ImportKind[];
  problem: Text | null;
  /** The mapping came from the book (saved by an earlier import). */
  saved: boolean;
}

/** Detects each tab (or takes the mapping saved in the book). */
export function detectImportTabs(names: string[]): DetectedTab[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return names.map((name) => {
    const { tabs, problems } = readSourceTabs([name], ss);
    if (problems.length > 0) return { tab: name, mapping: null, kinds: [], problem: problems[0], saved: false };
    return detectValues(tabs[0]);
  });
}

function detectValues(src: SourceTab): DetectedTab {
  const saved = savedTabMapping(src.tab);
  const d = detectTab(src.tab, src.values);
  const kinds = d.kinds.map((k) => k.kind);
  if (saved) return { tab: src.tab, mapping: saved, kinds, problem: null, saved: true };
  const problem =
    d.failure === 'empty'
      ? text('import.empty', { tab: src.tab })
      : d.failure === 'no-header'
        ? text('import.noHeader', { tab: src.tab })
        : d.failure === 'no-kind'
          ? text('import.noKind', { tab: src.tab })
          : null;
  return { tab: src.tab, mapping: d.mapping, kinds, problem, saved: false };
}

/** The mapping of a tab read as another kind (the user picked it from the list). */
export function remapImportTab(name: string, kind: ImportKind): TabMapping {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw userError('import.noTab', { tab: name });
  return mappingFor(name, kind, readUsedValues(sheet).values);
}

export function previewImportTab(mapping: TabMapping): PreviewColumn[] {
  const { tabs, problems } = readSourceTabs([mapping.tab], SpreadsheetApp.getActiveSpreadsheet());
  if (problems.length > 0) throw new UserError(problems[0]);
  return previewTab(tabs[0].values, mapping, userLang());
}

/** A plan as the dialog shows it: no records, at most 500 skipped rows per tab (the count is complete). */
export type PlanView = Omit<TabPlan, 'records'> & { skippedCount: number };

export interface DryRunView {
  plans: PlanView[];
  problems: Text[];
  memberCount: number;
  /** Answers the dialog pre-selects for names the book does not know. */
  suggested: ValueMaps;
}

function view(p: TabPlan): PlanView {
  const { records: _records, ...rest } = p;
  return { ...rest, skipped: p.skipped.slice(0, 500), skippedCount: p.skipped.length };
}

function sourcesFor(mapping: ImportMapping): SourceTab[] {
  const { tabs, problems } = readSourceTabs(
    mapping.tabs.map((x) => x.tab),
    SpreadsheetApp.getActiveSpreadsheet(),
  );
  if (problems.length > 0) throw new UserError(problems[0]);
  return tabs;
}

export function dryRunImport(mapping: ImportMapping): DryRunView {
  const run = dryRun(sourcesFor(mapping), mapping);
  return {
    plans: run.plans.map(view),
    problems: run.problems,
    memberCount: run.memberCount,
    suggested: suggestedAnswers(run.plans, run.state?.facts.benefits ?? [], mapping.values),
  };
}

export interface ImportRunView extends DryRunView {
  batch: number | null;
  written: Record<string, number>;
  addedBenefits: string[];
  reportSheet: string | null;
}

/** Imports (the user has seen the dry run and confirmed). Nothing is written when anything is refused. */
export function runImport(mapping: ImportMapping): ImportRunView {
  return finishImport(importBatch(sourcesFor(mapping), mapping), mapping);
}

function finishImport(r: ReturnType<typeof importBatch>, mapping: ImportMapping): ImportRunView {
  const reportSheet = r.batch === null ? null : writeReport(r.plans, r.batch);
  return {
    plans: r.plans.map(view),
    problems: r.problems,
    memberCount: r.memberCount,
    suggested: suggestedAnswers(r.plans, [], mapping.values),
    batch: r.batch,
    written: r.written as Record<string, number>,
    addedBenefits: r.addedBenefits,
    reportSheet,
  };
}

export function undoImport(): UndoResult {
  return undoLastBatch();
}

/** The mapping saved in the book, as a file's text (the dialog offers it as a download). */
export function exportImportMapping(): string {
  return JSON.stringify(savedMapping(null), null, 2);
}

/** A mapping file's text, checked; the dialog then detects with it. */
export function loadImportMapping(json: string): ImportMapping {
  const p = parseMappingFile(json);
  if (!p.ok) throw new UserError(p.reason);
  return p.mapping;
}

// ---------------------------------------------------------------- command line

export interface CliImportRequest {
  /** The source file's tabs, as the readers give them. */
  tabs: SourceTab[];
  /** A mapping file's text, or null to detect every tab. */
  mappingJson: string | null;
  /** The source file's name, put before each origin. */
  sourceName: string;
  /** false: dry run only. */
  write: boolean;
}

export interface CliImportResult extends ImportRunView {
  /** Tabs left out, with the reason (empty, no header). */
  leftOut: { tab: string; reason: Text }[];
  /** The answers used for names the book did not know (printed, never silent). */
  answers: ValueMaps;
}

/**
 * The command line's import: detect (or take the mapping file), apply the suggested answers for
 * unknown names (the CLI prints each one with the dry run), dry run or import, and write the report.
 */
export function importFromValues_(req: CliImportRequest): CliImportResult {
  let mapping: ImportMapping;
  const leftOut: { tab: string; reason: Text }[] = [];
  if (req.mappingJson !== null) {
    const p = parseMappingFile(req.mappingJson);
    if (!p.ok) throw new UserError(p.reason);
    mapping = { ...p.mapping, tabs: p.mapping.tabs.filter((m) => req.tabs.some((s) => s.tab === m.tab)) };
  } else {
    mapping = { format: 'welfare-fund-import', version: 1, tabs: [], values: { benefits: {}, ledgerKinds: {} } };
    for (const src of req.tabs) {
      const d = detectValues(src);
      if (d.mapping && !d.problem) mapping.tabs.push(d.mapping);
      else leftOut.push({ tab: src.tab, reason: d.problem ?? text('import.noHeader', { tab: src.tab }) });
    }
  }
  const opts = { originPrefix: `${req.sourceName}:` };
  const first = dryRun(req.tabs, mapping, opts);
  const answers = suggestedAnswers(first.plans, first.state?.facts.benefits ?? [], mapping.values);
  // Suggestions are applied only where the mapping file gave no answer, and every one is printed.
  mapping = { ...mapping, values: answers };
  if (!req.write) {
    const run = dryRun(req.tabs, mapping, opts);
    return {
      plans: run.plans.map(view),
      problems: run.problems,
      memberCount: run.memberCount,
      suggested: answers,
      batch: null,
      written: {},
      addedBenefits: [],
      reportSheet: null,
      leftOut,
      answers,
    };
  }
  const r = importBatch(req.tabs, mapping, opts);
  return { ...finishImport(r, mapping), leftOut, answers };
}
