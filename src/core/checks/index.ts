/**
 * Check entries (ตรวจสอบรายการ): every mistake or doubtful entry in the books, as findings with a
 * code, a message and a suggested fix in Thai and English. Pure: takes parsed records (and the
 * raw cells when available), returns findings; changes nothing.
 *
 * Linear in the size of the book: members are indexed by id once, deposits and welfare grouped
 * by member once; nothing scans the deposit log per member or per payment.
 */
import type { DayNumber } from '../dates';
import type { Finding, Severity } from '../findings';
import { text, type KeyWith, type Lang, type LabelKey, type Text } from '../i18n';
import { readSheet } from '../records';
import { RECORD_SHEETS, SHEETS, type HeaderMatch, type RecordSheetKey, type SheetKey } from '../schema';
import { parseSettings, type FundSettings } from '../settings';
import { CheckContext, type CheckBookInput, type SheetCells } from './context';
import { checkMembers } from './members';
import { checkDeposits } from './deposits';
import { checkWelfare } from './welfare';
import { checkLedger } from './ledger';
import { checkCells } from './cells';
import { FINDING_CODES, REASONS, type FindingCode } from '../vocabulary';

export type { CheckBookInput, SheetCells } from './context';

export function checkBook(book: CheckBookInput, asOf: DayNumber): Finding[] {
  const ctx = new CheckContext(book, asOf);
  const members = checkMembers(ctx);
  const depositsByMember = checkDeposits(ctx, members);
  checkWelfare(ctx, members, depositsByMember);
  checkLedger(ctx);
  checkCells(ctx);
  return mergeFindings(book.readFindings, ctx.out, book.cells);
}

// ----------------------------------------------------------------- the whole book from values

export interface BookValues {
  /** getValues of each record sheet (row 1 = header); absent when the book has no such sheet. */
  members?: unknown[][];
  deposits?: unknown[][];
  welfare?: unknown[][];
  ledger?: unknown[][];
  settings?: unknown[][];
  benefits?: unknown[][];
  /** getFormulas of each record sheet, same shape as its values. */
  formulas?: Partial<Record<RecordSheetKey, string[][]>>;
}

export interface CheckResult {
  findings: Finding[];
  settings: FundSettings;
  /** Header match of each record sheet that exists (for column names and links). */
  headers: Partial<Record<RecordSheetKey, HeaderMatch>>;
}

/**
 * Reads every record sheet with readSheet and the settings with parseSettings, then checks the
 * book. A record sheet the book lacks is one error finding (nothing else can be said about it).
 */
export function checkValues(v: BookValues, asOf: DayNumber): CheckResult {
  const { settings, findings: settingFindings } = parseSettings(v.settings ?? [], v.benefits ?? []);
  const readFindings: Finding[] = [...settingFindings];
  const cells: Partial<Record<RecordSheetKey, SheetCells>> = {};
  const headers: Partial<Record<RecordSheetKey, HeaderMatch>> = {};
  const records = { members: [], deposits: [], welfare: [], ledger: [] } as unknown as Pick<
    CheckBookInput,
    RecordSheetKey
  >;
  for (const key of RECORD_SHEETS) {
    const values = v[key];
    if (values === undefined) {
      readFindings.push({
        severity: 'error',
        code: 'sheet.missing',
        sheet: key,
        message: textOf('check.sheet.missing', SHEETS[key]),
        fix: text('check.sheet.missingFix'),
      });
      continue;
    }
    const read = readSheet(key, values, settings, { today: asOf });
    (records as unknown as Record<string, unknown[]>)[key] = read.records;
    readFindings.push(...read.findings);
    headers[key] = read.header;
    cells[key] = { values, formulas: v.formulas?.[key], header: read.header };
  }
  const findings = checkBook({ ...records, settings, readFindings, cells }, asOf);
  return { findings, settings, headers };
}

function textOf(key: KeyWith<'sheet'>, sheet: { th: string; en: string }): Text {
  return { th: text(key, { sheet: sheet.th }).th, en: text(key, { sheet: sheet.en }).en };
}

// ----------------------------------------------------------------- merging and order

/**
 * A check's finding replaces the reading finding on the same cell that says the same thing less
 * precisely (e.g. "required cell empty" becomes "member name missing" with a fix).
 */
const SUPERSEDES: Record<string, string[]> = {
  'member.name-missing': ['cell.required'],
  'ledger.source-missing': ['cell.required'],
  'member.unknown-status': ['choice.unknown'],
  'ledger.unknown-kind': ['choice.unknown'],
  'date.be-stored-as-ce': ['date.warning'],
  'date.543-early': ['date.year-out-of-range', 'date.impossible'],
  'deposit.amount-negative': ['amount.negative'],
  'ledger.amount-not-positive': ['amount.negative'],
  'cell.formula': ['*'],
} satisfies Partial<Record<FindingCode, (FindingCode | '*')[]>>;

/** A check's finding that gives way to any reading finding on the same cell (it would repeat it). */
const DEFERS = new Set<string>(['cell.text-not-number'] satisfies FindingCode[]);

/** Suggested fixes for reading findings that come without one. */
const READ_FIXES: Record<string, LabelKey> = {
  'nid.checksum': 'check.member.nidChecksumFix',
  'member.name-missing': 'check.member.nameMissingFix',
  'amount.invalid': 'check.cell.textNotNumberFix',
  'int.invalid': 'check.cell.textNotNumberFix',
  'cell.required': 'check.fix.required',
} satisfies Partial<Record<FindingCode, LabelKey>>;

const cellKey = (f: Finding) => `${f.sheet ?? ''}|${f.row ?? ''}|${f.column ?? ''}`;

/**
 * Reading findings first (minus those a check restates), then the checks' own. Only the few
 * findings that take part in SUPERSEDES / DEFERS get a cell key, so a book with hundreds of
 * thousands of findings is not turned into as many strings.
 */
export function mergeFindings(
  readFindings: Finding[],
  checked: Finding[],
  cells?: Partial<Record<RecordSheetKey, SheetCells>>,
): Finding[] {
  const superseding = new Map<string, string[]>();
  let defers = false;
  for (const f of checked) {
    const codes = SUPERSEDES[f.code];
    if (codes) {
      const k = cellKey(f);
      superseding.set(k, [...(superseding.get(k) ?? []), ...codes]);
    }
    if (DEFERS.has(f.code)) defers = true;
  }
  const readCells = new Set<string>();
  const out: Finding[] = [];
  for (const f of readFindings) {
    if (f.row !== undefined && superseding.size > 0) {
      const codes = superseding.get(cellKey(f));
      if (codes && codes.some((c) => c === '*' || c === f.code)) continue;
    }
    if (defers) readCells.add(cellKey(f));
    out.push(f.fix ? f : { ...f, fix: text(READ_FIXES[f.code] ?? 'check.fix.generic') });
  }
  for (const f of checked) {
    if (defers && DEFERS.has(f.code) && readCells.has(cellKey(f))) continue;
    out.push(f);
  }
  return sortFindings(out, cells);
}

const SHEET_ORDER: Record<string, number> = {
  members: 0,
  deposits: 1,
  welfare: 2,
  ledger: 3,
  settings: 4,
  benefits: 5,
};
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Sheet order, then row, then column position on the sheet, then severity. */
export function sortFindings(findings: Finding[], cells?: Partial<Record<RecordSheetKey, SheetCells>>): Finding[] {
  const colPos = (f: Finding): number => {
    if (!f.column || !f.sheet) return -1;
    const header = cells?.[f.sheet as RecordSheetKey]?.header;
    const i = header?.index[f.column];
    if (i !== undefined) return i;
    const def = SHEETS[f.sheet as SheetKey];
    return def ? def.columns.findIndex((c) => c.key === f.column) : -1;
  };
  const keyed = findings.map((f, i) => ({ f, i, s: SHEET_ORDER[f.sheet ?? ''] ?? 9, r: f.row ?? 0, c: colPos(f) }));
  keyed.sort(
    (a, b) =>
      a.s - b.s || a.r - b.r || a.c - b.c || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i,
  );
  return keyed.map((k) => k.f);
}

// ----------------------------------------------------------------- counts and labels

export interface CheckCounts {
  counts: Record<Severity, number>;
  byKind: Record<string, number>;
}

export function countFindings(findings: Finding[]): CheckCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const byKind: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byKind[f.code] = (byKind[f.code] ?? 0) + 1;
  }
  return { counts, byKind };
}

const LABELLED = new Set<string>([
  ...FINDING_CODES,
  ...REASONS.filter((r) => r.kind).map((r) => `welfare.not-eligible.${r.code}`),
  'welfare.not-eligible.other',
]);
const isLabelled = (code: string): code is FindingCode => LABELLED.has(code);

/** The short name of a kind of finding, for the report's counts; a code without one is 'other' with its code. */
export function kindLabel(code: string, lang: Lang): string {
  if (isLabelled(code)) return text(`kind.${code}`)[lang];
  return text('kind.other', { code })[lang];
}

export function severityLabel(s: Severity, lang: Lang): string {
  return text(`severity.${s}`)[lang];
}
