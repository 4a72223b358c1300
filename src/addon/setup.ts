/**
 * "ตั้งค่าสมุดบัญชีกองทุน" (Set up the fund book): makes a workbook into the fund book, or
 * completes a group's own book, adding only what is missing.
 *
 * Safety rules (docs/DESIGN.md §4, §7):
 * - sheets are found by name (Thai/English/alias) and columns by header, never by position;
 * - missing columns are appended AFTER the group's own; their columns, rows, values, formats,
 *   widths and notes are not touched; a sheet whose header row we do not understand is left alone;
 * - default settings are added only for settings the sheet does not list; the benefit catalogue
 *   is filled only when it has no rows;
 * - running it again changes nothing.
 * Service calls depend on the number of sheets and columns, never on the number of rows.
 */
import { fundPacketId } from './network/packetId';
import { t, type Lang } from '../core/i18n';
import {
  CHOICES,
  matchHeaders,
  normalizeHeader,
  SHEETS,
  type ColumnDef,
  type HeaderMatch,
  type SheetDef,
  type SheetKey,
} from '../core/schema';
import { benefitRows, settingsRows, SETTING_DEFS } from '../core/settings';
import { userLang } from './lang';
import { FUND_TIME_ZONE } from '../core/dates';
import { setBookTimeZoneToThai, zoneInfo } from './google-limits';
import {
  ensureColumns,
  ensureRows,
  formatForKind,
  HEADER_BACKGROUND,
  isGeneratedSheet,
  locateSheets,
  readHeader,
  readUsedValues,
  type RecordInput,
  TEXT_FORMAT,
  withDocumentLock,
  writeRecords,
} from './book';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The order the sheets are created in (tab order of a new book). */
export const SETUP_ORDER: SheetKey[] = ['members', 'deposits', 'welfare', 'ledger', 'settings', 'benefits'];

export type SetupStatus = 'created' | 'filled' | 'extended' | 'complete' | 'not-understood' | 'other' | 'generated';

export interface SetupLine {
  sheet: string;
  key: SheetKey | null;
  status: SetupStatus;
  /** Headers of the columns added (Thai). */
  addedColumns: string[];
  /** The group's own headers that match no column (kept as they are). */
  unknownColumns: string[];
  /** Settings or benefit rows added. */
  addedRows: number;
  message: string;
}

export interface SetupReport {
  lang: Lang;
  /** true when anything in the book was changed. */
  changed: boolean;
  title: string;
  summary: string;
  lines: SetupLine[];
  /** The alert's text: the summary and one line per sheet. */
  text: string;
  /** The spreadsheet's time zone, and the warning when it is not Asia/Bangkok (null when it is). */
  timeZone: { zone: string; notThai: string | null };
}

/**
 * Empty columns right of the last one with a header go: Sheets counts every grid cell, empty or
 * not, against its 10-million-cell limit, and a new sheet has 26 columns where a record sheet needs
 * about ten (google-limits.ts). A group's own extra columns have headers, so they stay. Returns how
 * many columns were removed.
 */
function trimColumns(sheet: Sheet, lastColumn: number): number {
  const max = sheet.getMaxColumns();
  if (lastColumn < 1 || max <= lastColumn) return 0;
  sheet.deleteColumns(lastColumn + 1, max - lastColumn);
  return max - lastColumn;
}

/** Names a new spreadsheet gives its first sheet, in the languages our users have. */
const BLANK_SHEET_NAME = /^(sheet|แผ่นงาน|แผ่น|ชีต|ชีท)\s*\d+$/i;

/** The description that marks the header protections this add-on made (same in every language). */
export const HEADER_PROTECTION_DESCRIPTION = `${t('setup.headerProtection', 'th')} / ${t('setup.headerProtection', 'en')}`;

/** Whether a header row is recognisably this kind of sheet: at least one required column is found. */
function understood(def: SheetDef, match: HeaderMatch): boolean {
  return def.columns.some((c) => c.required && match.index[c.key] !== undefined);
}

/** The dropdown list of a choice column, in the book's language. */
function choiceList(col: ColumnDef, lang: Lang, benefitNames: string[]): string[] {
  if (col.choices === 'benefits') return benefitNames;
  if (!col.choices) return [];
  return CHOICES[col.choices].map((c) => (lang === 'th' ? c.th : c.en));
}

function helpFor(col: ColumnDef, lang: Lang, list: string[]): string {
  return col.choices === 'benefits'
    ? t('setup.benefitHelp', lang, { sheet: SHEETS.benefits.th })
    : t('setup.listHelp', lang, { choices: list.join(', ') });
}

/** allowInvalid: a group's old values are flagged (by the checks and the grid's marker), never blocked. */
function listRule(list: string[], help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList(list, true)
    .setAllowInvalid(true)
    .setHelpText(help)
    .build();
}

/** Our benefit dropdown (recognised by its help text, in either language). */
function isOurBenefitRule(rule: GoogleAppsScript.Spreadsheet.DataValidation): boolean {
  const help = rule.getHelpText();
  return (['th', 'en'] as Lang[]).some((l) => help === t('setup.benefitHelp', l, { sheet: SHEETS.benefits.th }));
}

function sameList(rule: GoogleAppsScript.Spreadsheet.DataValidation, list: string[]): boolean {
  const values = rule.getCriteriaValues();
  const current = Array.isArray(values[0]) ? (values[0] as unknown[]).map(String) : [];
  return current.length === list.length && current.every((v, i) => v === list[i]);
}

interface Ctx {
  ss: Spreadsheet;
  lang: Lang;
  benefitNames: string[];
}

/**
 * Header cells, notes (the English name), style, widths, number formats and dropdowns for
 * columns written from `startCol` on (all new: nothing of the group's is in that block).
 */
function addColumns(sheet: Sheet, cols: ColumnDef[], startCol: number, ctx: Ctx): void {
  if (cols.length === 0) return;
  ensureColumns(sheet, startCol + cols.length - 1);
  ensureRows(sheet, 2);
  const header = sheet.getRange(1, startCol, 1, cols.length);
  header.setNumberFormat(TEXT_FORMAT);
  header.setValues([cols.map((c) => c.th)]);
  header.setNotes([cols.map((c) => c.en)]);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  // Long Thai headers wrap instead of being cut off by the next column.
  header.setWrap(true);
  const dataRows = sheet.getMaxRows() - 1;
  cols.forEach((col, i) => {
    const column = startCol + i;
    if (col.width) sheet.setColumnWidth(column, col.width);
    const body = sheet.getRange(2, column, dataRows, 1);
    body.setNumberFormat(formatForKind(col.kind));
    if (col.choices) {
      const list = choiceList(col, ctx.lang, ctx.benefitNames);
      if (list.length > 0) body.setDataValidation(listRule(list, helpFor(col, ctx.lang, list)));
    }
  });
}

/**
 * Dropdowns for the group's own matched choice columns that have none (a group's existing
 * validation is theirs and kept). Our benefit dropdown follows the benefit names in the settings.
 */
function addMissingDropdowns(
  sheet: Sheet,
  def: SheetDef,
  match: HeaderMatch,
  ctx: Ctx,
): { added: string[]; refreshed: boolean } {
  const added: string[] = [];
  let refreshed = false;
  ensureRows(sheet, 2);
  let dataRows = 0;
  for (const col of def.columns) {
    if (!col.choices || match.index[col.key] === undefined) continue;
    const column = match.index[col.key] + 1;
    const list = choiceList(col, ctx.lang, ctx.benefitNames);
    if (list.length === 0) continue;
    const current = sheet.getRange(2, column).getDataValidation();
    const refresh =
      current !== null && col.choices === 'benefits' && isOurBenefitRule(current) && !sameList(current, list);
    if (current !== null && !refresh) continue;
    if (dataRows === 0) dataRows = sheet.getMaxRows() - 1;
    sheet.getRange(2, column, dataRows, 1).setDataValidation(listRule(list, helpFor(col, ctx.lang, list)));
    if (refresh) refreshed = true;
    else added.push(col.th);
  }
  return { added, refreshed };
}

/** Freeze the header row and protect it (warning only), unless already so. Returns what was done. */
function secureHeader(sheet: Sheet, lastColumn: number): { froze: boolean; protectedNow: boolean } {
  let froze = false;
  if (sheet.getFrozenRows() === 0) {
    sheet.setFrozenRows(1);
    froze = true;
  }
  const ours = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === HEADER_PROTECTION_DESCRIPTION);
  const covers = ours.some((p) => {
    const r = p.getRange();
    return r.getRow() === 1 && r.getNumRows() === 1 && r.getColumn() === 1 && r.getNumColumns() >= lastColumn;
  });
  if (covers) return { froze, protectedNow: false };
  // The header grew (columns were added): replace our protection with one over the whole header.
  ours.forEach((p) => p.remove());
  const protection = sheet.getRange(1, 1, 1, lastColumn).protect();
  protection.setDescription(HEADER_PROTECTION_DESCRIPTION);
  protection.setWarningOnly(true);
  return { froze, protectedNow: ours.length === 0 };
}

/** Rows given in SHEETS column order (settingsRows/benefitRows) as records by column key. */
function rowsAsRecords(def: SheetDef, rows: unknown[][]): RecordInput[] {
  return rows.map((row) => {
    const rec: RecordInput = {};
    def.columns.forEach((c, i) => {
      const v = row[i];
      rec[c.key] = v === null || v === undefined ? '' : (v as RecordInput[string]);
    });
    return rec;
  });
}

/** Settings the sheet does not list yet (by Thai label, English label or key). */
function missingSettingRows(values: unknown[][], match: HeaderMatch, lang: Lang): unknown[][] {
  const iLabel = match.index.setting;
  const present = new Set<string>();
  for (let r = 1; r < values.length; r++) present.add(normalizeHeader(values[r][iLabel]));
  const defaults = settingsRows(lang);
  return SETTING_DEFS.map((def, i) => ({ def, row: defaults[i] }))
    .filter(({ def }) => ![def.th, def.en, def.key].some((label) => present.has(normalizeHeader(label))))
    .map(({ row }) => row);
}

function hasDataRows(values: unknown[][]): boolean {
  return values.slice(1).some((row) => row.some((v) => v !== '' && v !== null));
}

/** The benefit names for the welfare dropdown: from the group's benefit sheet, else the defaults. */
function benefitNamesFor(sheet: Sheet | undefined, lang: Lang): string[] {
  const nameAt = SHEETS.benefits.columns.findIndex((c) => c.key === 'name');
  const defaults = benefitRows(lang).map((r) => String(r[nameAt]));
  if (!sheet) return defaults;
  const { values } = readUsedValues(sheet);
  if (values.length === 0) return defaults;
  const match = matchHeaders(SHEETS.benefits, values[0]);
  if (match.index.name === undefined || !hasDataRows(values)) return defaults;
  const names = values
    .slice(1)
    .map((row) => String(row[match.index.name] ?? '').trim())
    .filter((n) => n !== '');
  return Array.from(new Set(names));
}

interface SheetOutcome {
  status: SetupStatus;
  addedColumns: string[];
  unknownColumns: string[];
  addedRows: number;
  details: string[];
  rows: number;
  blankFrom?: string;
}

/** A sheet this run makes (a new one, or an empty one it is allowed to fill). */
function buildFresh(sheet: Sheet, def: SheetDef, ctx: Ctx): SheetOutcome {
  addColumns(sheet, def.columns, 1, ctx);
  secureHeader(sheet, def.columns.length);
  trimColumns(sheet, def.columns.length);
  const match = matchHeaders(
    def,
    def.columns.map((c) => c.th),
  );
  let addedRows = 0;
  if (def.key === 'settings')
    addedRows = writeRecords(sheet, def, match, 2, rowsAsRecords(def, settingsRows(ctx.lang))).length;
  if (def.key === 'benefits')
    addedRows = writeRecords(sheet, def, match, 2, rowsAsRecords(def, benefitRows(ctx.lang))).length;
  const details: string[] = [];
  if (def.key === 'benefits') details.push(t('setup.addedBenefits', ctx.lang, { count: addedRows }));
  return {
    status: 'created',
    addedColumns: def.columns.map((c) => c.th),
    unknownColumns: [],
    addedRows,
    details,
    rows: 0,
  };
}

/** A sheet of the group's (or an earlier run's): add what is missing, keep everything else. */
function complete(sheet: Sheet, def: SheetDef, ctx: Ctx): SheetOutcome {
  const { header, lastRow, lastColumn } = readHeader(sheet);
  const match = matchHeaders(def, header);
  const unknownColumns = match.unknown.map((u) => u.text.trim());
  const rows = Math.max(0, lastRow - 1);
  if (!understood(def, match)) {
    return { status: 'not-understood', addedColumns: [], unknownColumns, addedRows: 0, details: [], rows };
  }
  const missing = def.columns.filter((c) => match.index[c.key] === undefined);
  addColumns(sheet, missing, lastColumn + 1, ctx);
  const full = matchHeaders(def, [...header, ...missing.map((c) => c.th)]);
  const { added: dropdowns, refreshed } = addMissingDropdowns(sheet, def, full, ctx);
  const header2 = secureHeader(sheet, lastColumn + missing.length);
  const trimmed = trimColumns(sheet, lastColumn + missing.length);
  const details: string[] = [];
  if (trimmed > 0) details.push(t('limits.trimmed', ctx.lang, { count: trimmed }));
  if (missing.length > 0)
    details.push(t('setup.addedColumns', ctx.lang, { columns: missing.map((c) => c.th).join(', ') }));
  if (dropdowns.length > 0) details.push(t('setup.addedDropdowns', ctx.lang, { columns: dropdowns.join(', ') }));
  if (refreshed) details.push(t('setup.benefitListUpdated', ctx.lang, { sheet: SHEETS.benefits.th }));
  if (header2.froze) details.push(t('setup.frozenHeader', ctx.lang));
  if (header2.protectedNow) details.push(t('setup.protectedHeader', ctx.lang));

  let addedRows = 0;
  if (def.key === 'settings' && full.index.setting !== undefined) {
    const { values } = readUsedValues(sheet);
    const add = missingSettingRows(values, full, ctx.lang);
    if (add.length > 0) {
      addedRows = writeRecords(sheet, def, full, Math.max(values.length, 1) + 1, rowsAsRecords(def, add)).length;
      details.push(t('setup.addedSettings', ctx.lang, { count: addedRows }));
    }
  }
  if (def.key === 'benefits' && rows === 0) {
    addedRows = writeRecords(sheet, def, full, 2, rowsAsRecords(def, benefitRows(ctx.lang))).length;
    details.push(t('setup.addedBenefits', ctx.lang, { count: addedRows }));
  }
  const changed =
    missing.length > 0 ||
    dropdowns.length > 0 ||
    refreshed ||
    header2.froze ||
    header2.protectedNow ||
    addedRows > 0 ||
    trimmed > 0;
  return {
    status: changed ? 'extended' : 'complete',
    addedColumns: missing.map((c) => c.th),
    unknownColumns,
    addedRows,
    details,
    rows,
  };
}

function lineFor(name: string, key: SheetKey | null, o: SheetOutcome, lang: Lang): SetupLine {
  const def = key ? SHEETS[key] : null;
  let head: string;
  switch (o.status) {
    case 'created':
      head = o.blankFrom
        ? t('setup.createdFromBlank', lang, { sheet: name, from: o.blankFrom, count: o.addedColumns.length })
        : t('setup.created', lang, { sheet: name, count: o.addedColumns.length });
      break;
    case 'filled':
      head = t('setup.headersAdded', lang, { sheet: name, count: o.addedColumns.length });
      break;
    case 'extended':
      head = t('setup.kept', lang, { sheet: name, rows: o.rows });
      break;
    case 'complete':
      head = t('setup.complete', lang, { sheet: name });
      break;
    case 'not-understood':
      head = t('setup.notUnderstood', lang, {
        sheet: name,
        kind: def ? (lang === 'th' ? def.th : def.en) : '',
        example: def
          ? def.columns
              .filter((c) => c.required)
              .map((c) => `"${c.th}"`)
              .join(', ')
          : '',
      });
      break;
    case 'generated':
      head = t('setup.generatedSheet', lang, { sheet: name });
      break;
    default:
      head = t('setup.otherSheet', lang, { sheet: name });
  }
  const details = [...o.details];
  if (o.unknownColumns.length > 0 && o.status !== 'not-understood') {
    details.push(t('setup.unknownColumns', lang, { columns: o.unknownColumns.join(', ') }));
  }
  const message = details.length > 0 ? `${head}: ${details.join('; ')}` : head;
  return {
    sheet: name,
    key,
    status: o.status,
    addedColumns: o.addedColumns,
    unknownColumns: o.unknownColumns,
    addedRows: o.addedRows,
    message,
  };
}

/** The set-up itself, without the dialog: returns the report (the CLI and the demo use this). */
export function runSetup_(options: { lang?: Lang; ss?: Spreadsheet } = {}): SetupReport {
  const lang = options.lang ?? userLang();
  const ss = options.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    // The fund's random network id, made once with the book (src/addon/network/packetId.ts).
    fundPacketId();
    const located = locateSheets(ss);
    const ctx: Ctx = { ss, lang, benefitNames: benefitNamesFor(located.byKey.benefits, lang) };
    // By sheet name (unique in a spreadsheet): Sheet wrappers need not be the same object twice.
    const outcomes = new Map<string, { key: SheetKey | null; outcome: SheetOutcome }>();
    // An empty first sheet of a new spreadsheet ("Sheet1") becomes the first sheet we need.
    let blank = located.all.find(
      (s) =>
        s.key === null &&
        BLANK_SHEET_NAME.test(s.name.trim()) &&
        s.sheet.getLastRow() === 0 &&
        s.sheet.getLastColumn() === 0,
    );
    for (const key of SETUP_ORDER) {
      const def = SHEETS[key];
      const existing = located.byKey[key];
      if (existing) {
        const empty = existing.getLastRow() === 0 && existing.getLastColumn() === 0;
        const outcome = empty
          ? { ...buildFresh(existing, def, ctx), status: 'filled' as const }
          : complete(existing, def, ctx);
        outcomes.set(located.all.find((s) => s.key === key)?.name ?? existing.getName(), { key, outcome });
        continue;
      }
      let sheet: Sheet;
      let blankFrom: string | undefined;
      if (blank) {
        sheet = blank.sheet;
        blankFrom = blank.name;
        sheet.setName(def.th);
        blank = undefined;
      } else {
        sheet = ss.insertSheet(def.th, ss.getNumSheets());
      }
      outcomes.set(def.th, { key, outcome: { ...buildFresh(sheet, def, ctx), blankFrom } });
    }
    // One line per sheet, in tab order; sheets that are not the fund book's are listed as left alone.
    // The add-on's own hidden working sheets (named "... (ระบบ)", e.g. the forms' member summary) are not the user's business here.
    const shown = ss.getSheets().filter((sheet) => !(sheet.isSheetHidden() && /\(ระบบ\)$/.test(sheet.getName())));
    const lines: SetupLine[] = shown.map((sheet) => {
      const name = sheet.getName();
      const done = outcomes.get(name);
      if (done) return lineFor(name, done.key, done.outcome, lang);
      const status: SetupStatus = isGeneratedSheet(sheet) ? 'generated' : 'other';
      return lineFor(
        name,
        null,
        { status, addedColumns: [], unknownColumns: [], addedRows: 0, details: [], rows: 0 },
        lang,
      );
    });
    const changed = lines.some((l) => l.status === 'created' || l.status === 'filled' || l.status === 'extended');
    const title = t('setup.title', lang);
    const summary = t(changed ? 'setup.changed' : 'setup.unchanged', lang);
    const zone = zoneInfo(ss);
    const notThai = zone.isThai ? null : t('limits.zoneNotThai', lang, { zone: zone.zone });
    const text = [summary, '', ...lines.map((l) => `• ${l.message}`), ...(notThai ? ['', `⚠ ${notThai}`] : [])].join(
      '\n',
    );
    return { lang, changed, title, summary, lines, text, timeZone: { zone: zone.zone, notThai } };
  });
}

/** Menu action: set up, then show what was done (Thai, or English per the user's locale). */
export function setupFundBook(): SetupReport {
  const report = runSetup_();
  const ui = SpreadsheetApp.getUi();
  ui.alert(report.title, report.text, ui.ButtonSet.OK);
  // A book not in Thai time: offer to set it (cells keep their dates; they are read in the new zone).
  if (report.timeZone.notThai) {
    const ask = t('limits.zoneAsk', report.lang, { zone: report.timeZone.zone });
    if (ui.alert(report.title, ask, ui.ButtonSet.YES_NO) === ui.Button.YES) {
      const done = setBookTimeZoneToThai();
      report.timeZone = { zone: FUND_TIME_ZONE, notThai: null };
      ui.alert(report.title, done.message, ui.ButtonSet.OK);
    }
  }
  return report;
}
