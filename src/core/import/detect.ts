/**
 * Detect how a group's tab is laid out: which row is the header (past title rows, blank rows and
 * a merged group label above month columns), what kind of record it holds, and which field each
 * column feeds, with a confidence. Pure: takes the tab's values as getValues gives them.
 */
import { THAI_MONTHS_LONG } from '../dates';
import { thaiDigitsToArabic } from '../parse';
import { normalizeHeader } from '../schema';
import { KIND_FIELDS, dayOfHeader, isHeaderWord, matchHeaderWord, monthOfHeader } from './dictionary';
import type { ColumnMapping, ImportField, ImportKind, TabMapping } from './types';
import { IMPORT_KINDS } from './types';

/** Rows searched for the header: title blocks rarely run past a dozen rows. */
const HEADER_SEARCH_ROWS = 25;

const isBlank = (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function cellText(v: unknown): string {
  if (v instanceof Date) return '';
  return String(v ?? '').trim();
}

/** How header-like a row is: dictionary words, month names, day numbers in a run. */
function rowScore(row: unknown[]): number {
  let words = 0;
  let months = 0;
  let days = 0;
  let texts = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v === 'string') texts++;
    if (monthOfHeader(v) !== null) months++;
    else if (isHeaderWord(v)) words++;
    else if (dayOfHeader(v) !== null) days++;
  }
  // A row of numbers 1..31 is a day header only when there are many of them.
  const dayScore = days >= 20 ? days : 0;
  // A data row of a log has one or two words at most ("ค่าบำรุง" as a kind); a header has more.
  if (words + months + dayScore < 2) return 0;
  return words * 2 + months + dayScore + (texts > 0 ? 0.1 : 0);
}

/** The header cells of one or two rows: a lower cell wins where it names a month/day or the upper is blank. */
function combine(upper: unknown[], lower: unknown[]): string[] {
  const n = Math.max(upper.length, lower.length);
  const out: string[] = [];
  for (let c = 0; c < n; c++) {
    const u = cellText(upper[c]);
    const l = cellText(lower[c]);
    if (l !== '' && (u === '' || monthOfHeader(l) !== null || dayOfHeader(lower[c]) !== null)) out.push(l);
    else if (u !== '' && l !== '') out.push(`${u} ${l}`);
    else out.push(u);
  }
  return out;
}

export interface HeaderFound {
  /** 1-based header rows. */
  rows: number[];
  cells: string[];
}

/** The header row(s) of a tab, or null when no row has two header words. */
export function findHeader(values: unknown[][]): HeaderFound | null {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const s = rowScore(values[r] ?? []);
    if (s > bestScore) {
      bestScore = s;
      best = r;
    }
  }
  if (best < 0) return null;
  const single = (values[best] ?? []).map((v) => (typeof v === 'number' ? String(v) : cellText(v)));
  let found: HeaderFound = { rows: [best + 1], cells: single };
  let score = bestScore;
  for (const [u, l] of [
    [best - 1, best],
    [best, best + 1],
  ]) {
    if (u < 0 || l >= values.length) continue;
    const lower = values[l] ?? [];
    const upper = values[u] ?? [];
    // Two-row headers: months/days under a merged label, or labels over a month row.
    const monthsBelow = lower.filter((v) => monthOfHeader(v) !== null || dayOfHeader(v) !== null).length;
    if (monthsBelow < 3) continue;
    const cells = combine(upper, lower);
    const s = rowScore(cells);
    if (s > score) {
      score = s;
      found = { rows: [u + 1, l + 1], cells };
    }
  }
  return found;
}

/** Fields that tell kinds apart weigh more than those every book has. */
const WEIGHTS: Record<ImportKind, Record<string, number>> = {
  members: { nationalId: 3, birthDate: 3, village: 3, address: 2, joinDate: 3, phone: 2, status: 2, beneficiary: 2 },
  depositLog: { kind: 2, amount: 2, receiptNo: 1, yearCovered: 1 },
  receipts: { 'fee:entry_fee': 3, 'fee:annual_fee': 3, 'fee:savings': 2, receiptNo: 1 },
  savingsGrid: {},
  welfare: { benefit: 2, units: 3, voucherNo: 2, approvedBy: 2, amount: 1 },
  ledger: { income: 4, expense: 4, description: 2, balance: 3, source: 2 },
};

/** Words in a tab name that hint at its kind. */
const TAB_HINTS: [RegExp, ImportKind][] = [
  [/สมาชิก|member/i, 'members'],
  [/ใบเสร็จ|ค่าบำรุง|ค่าสมัคร|receipt|fee/i, 'receipts'],
  [/ออม|เงินฝาก|saving|deposit/i, 'depositLog'],
  [/สวัสดิการ|welfare/i, 'welfare'],
  [/รับ.?จ่าย|รายรับ|รายจ่าย|บัญชี|ledger|cash/i, 'ledger'],
];

/** Assign each column the best field of the kind, each field to one column (the more certain wins). */
export function assignColumns(kind: ImportKind, cells: string[]): ColumnMapping[] {
  const allowed = KIND_FIELDS[kind];
  const candidates = cells.map((cell) => matchHeaderWord(cell, allowed));
  const taken = new Map<ImportField, number>();
  const chosen: (ImportField | null)[] = cells.map(() => null);
  const conf: number[] = cells.map(() => 0);
  // Greedy by confidence, then by column order: an exact "วันที่" beats "วันที่สมัคร"'s partial.
  const all: { col: number; field: ImportField; confidence: number; rank: number }[] = [];
  candidates.forEach((list, col) => list.forEach((m, rank) => all.push({ col, ...m, rank })));
  all.sort((a, b) => b.confidence - a.confidence || a.rank - b.rank || a.col - b.col);
  for (const m of all) {
    if (chosen[m.col] !== null || taken.has(m.field)) continue;
    chosen[m.col] = m.field;
    conf[m.col] = m.confidence;
    taken.set(m.field, m.col);
  }
  return cells.map((header, column) => ({ column, header, field: chosen[column], confidence: conf[column] }));
}

function has(cols: ColumnMapping[], field: string): boolean {
  return cols.some((c) => c.field === field);
}

/** How well a kind explains the header; -1 when a field it cannot do without is missing. */
function kindScore(kind: ImportKind, cols: ColumnMapping[], tab: string): number {
  const months = cols.filter((c) => c.field?.startsWith('month:')).length;
  const days = cols.filter((c) => c.field?.startsWith('day:')).length;
  const who = has(cols, 'memberId') || has(cols, 'name');
  switch (kind) {
    case 'savingsGrid':
      if (months < 6 && days < 20) return -1;
      break;
    case 'members':
      if (!who || months >= 6) return -1;
      break;
    case 'receipts':
      if (!cols.some((c) => c.field?.startsWith('fee:')) || !who) return -1;
      break;
    case 'depositLog':
      if (!has(cols, 'amount') || !who || !has(cols, 'date')) return -1;
      break;
    case 'welfare':
      if (!has(cols, 'amount') || !has(cols, 'benefit') || !who) return -1;
      break;
    case 'ledger':
      if (!(has(cols, 'income') || has(cols, 'expense') || (has(cols, 'description') && has(cols, 'amount'))))
        return -1;
      break;
  }
  let score = kind === 'savingsGrid' ? 10 + months + days : 0;
  for (const c of cols) if (c.field) score += c.confidence * (WEIGHTS[kind][c.field] ?? 1);
  for (const [re, k] of TAB_HINTS) if (k === kind && re.test(tab)) score += 3;
  return score;
}

export interface Detection {
  tab: string;
  mapping: TabMapping | null;
  /** Why no mapping: 'empty' | 'no-header' | 'no-kind'. */
  failure?: 'empty' | 'no-header' | 'no-kind';
  /** Every kind that fits, best first, with its score (the dialog offers them). */
  kinds: { kind: ImportKind; score: number }[];
}

/** Detects a tab: header, kind, column mapping; and, for a grid, the year (and month) it covers. */
export function detectTab(tab: string, values: unknown[][], preferKind?: ImportKind): Detection {
  const nonBlank = values.some((row) => row && row.some((v) => !isBlank(v)));
  if (!nonBlank) return { tab, mapping: null, failure: 'empty', kinds: [] };
  const header = findHeader(values);
  if (!header) return { tab, mapping: null, failure: 'no-header', kinds: [] };
  const kinds = IMPORT_KINDS.map((kind) => ({ kind, score: kindScore(kind, assignColumns(kind, header.cells), tab) }))
    .filter((k) => k.score >= 0)
    .sort((a, b) => b.score - a.score);
  const kind = preferKind ?? kinds[0]?.kind;
  if (!kind) return { tab, mapping: null, failure: 'no-kind', kinds };
  return { tab, mapping: mappingFor(tab, kind, values, header), kinds };
}

/** The mapping of a tab for a given kind (when the user picks another kind from the list). */
export function mappingFor(
  tab: string,
  kind: ImportKind,
  values: unknown[][],
  header = findHeader(values),
): TabMapping {
  const cells = header ? header.cells : [];
  const mapping: TabMapping = {
    tab,
    kind,
    headerRows: header ? header.rows : [1],
    columns: assignColumns(kind, cells),
  };
  if (kind === 'savingsGrid') {
    const titles = values
      .slice(0, Math.min(...mapping.headerRows) - 1)
      .flat()
      .map(cellText);
    mapping.yearBE = yearIn([tab, ...titles]);
    if (mapping.columns.some((c) => c.field?.startsWith('day:'))) mapping.month = monthIn([tab, ...titles]);
  }
  return mapping;
}

/** A four-digit B.E. year (2400–2700) or C.E. year (1900–2200, turned into B.E.) in the texts, first found. */
export function yearIn(texts: string[]): number | null {
  for (const t of texts) {
    const s = thaiDigitsToArabic(t);
    const m = s.match(/(?:^|\D)(2[4-7]\d\d)(?!\d)/);
    if (m) return Number(m[1]);
    const ce = s.match(/(?:^|\D)((?:19|20|21)\d\d)(?!\d)/);
    if (ce) return Number(ce[1]) + 543;
  }
  return null;
}

/** A month name in the texts ("สิงหาคม 2561", "ออม ส.ค. 61"), first found. */
export function monthIn(texts: string[]): number | null {
  for (const t of texts) {
    for (const word of t.split(/[\s\-_/()]+/)) {
      const m = monthOfHeader(word);
      if (m !== null) return m;
    }
    const squashed = normalizeHeader(t);
    for (let m = 1; m <= 12; m++) {
      // whole-text search for names glued to digits ("ส.ค.2561")
      const name = normalizeHeader(THAI_MONTHS_LONG[m - 1]);
      if (squashed.includes(name)) return m;
    }
  }
  return null;
}
