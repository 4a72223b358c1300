/**
 * Typed records of the four record sheets, parsed cell by cell with the parsers of parse.ts and
 * dates.ts. readSheet reports, as findings: a required column missing from the header, a cell
 * that does not parse, a required cell left blank, and parser warnings. Cross-record rules
 * (unknown member ids, duplicates, eligibility) are the checks' business, not this file's.
 */
import { dayFromDate, parseDate } from './dates';
import type { DayNumber } from './dates';
import { textWith } from './findings';
import type { Finding } from './findings';
import { text } from './i18n';
import type { Text } from './i18n';
import {
  formatBaht,
  normalizeMemberId,
  normalizePhone,
  parseAmount,
  parseInteger,
  parseYearBE,
  shownValue,
  validateNationalId,
  failure,
} from './parse';
import type { Parsed } from './parse';
import { CHOICES, SHEETS, matchHeaders, normalizeHeader } from './schema';
import type { Choice, ColumnDef, HeaderMatch, RecordSheetKey, SheetDef } from './schema';
import type { FundSettings } from './settings';

import type { DepositKind, LedgerKind, MemberStatusCode } from './vocabulary';
export type { DepositKind, LedgerKind, MemberStatusCode } from './vocabulary';

export interface Member {
  /** 1-based sheet row. */
  row: number;
  memberId: string;
  name: string;
  nationalId: string;
  birthDay: DayNumber | null;
  village: string;
  address: string;
  phone: string;
  joinDay: DayNumber | null;
  /** null: the cell's text is not a known status (blank reads as active). */
  status: MemberStatusCode | null;
  statusText: string;
  statusDay: DayNumber | null;
  beneficiary: string;
  note: string;
}

export interface Deposit {
  row: number;
  receiptNo: string;
  day: DayNumber | null;
  memberId: string;
  kind: DepositKind | null;
  kindText: string;
  amount: number | null;
  /** B.E. year the annual fee is for. */
  yearCovered: number | null;
  recordedBy: string;
  note: string;
}

export interface WelfarePayment {
  row: number;
  voucherNo: string;
  day: DayNumber | null;
  memberId: string;
  project: string;
  /** Benefit code from the settings; null when the text matches no benefit. */
  benefit: string | null;
  benefitText: string;
  units: number | null;
  amount: number | null;
  approvedBy: string;
  note: string;
  overrideReason: string;
}

export interface LedgerEntry {
  row: number;
  entryNo: string;
  day: DayNumber | null;
  kind: LedgerKind | null;
  kindText: string;
  source: string;
  round: string;
  amount: number | null;
  recordedBy: string;
  note: string;
}

export interface RecordTypes {
  members: Member;
  deposits: Deposit;
  welfare: WelfarePayment;
  ledger: LedgerEntry;
}

/** The plausibility ceiling when the settings sheet gives none: the forms' old cap, far above any village payment. */
export const DEFAULT_AMOUNT_CEILING = 10000000;

/** The ceiling a settings value gives: a positive number below parseAmount's hard limit, else the default. */
export function amountCeilingOf(settings: Pick<FundSettings, 'amountCeiling'> | undefined): number {
  const c = settings ? settings.amountCeiling : undefined;
  return typeof c === 'number' && Number.isFinite(c) && c > 0 ? c : DEFAULT_AMOUNT_CEILING;
}

/**
 * The one amount rule, for record cells, form fields and collection lines alike: what parseAmount
 * reads (finite, under a trillion, rounded to satang), and no more than the fund's plausibility
 * ceiling either way. A national id pasted into an amount, or 1e308, is an error and is not counted.
 */
export function readAmount(value: unknown, ceiling: number): Parsed<number> {
  const p = parseAmount(value);
  if (!p.ok) return p;
  if (Math.abs(p.value) > ceiling)
    return failure(
      'amount.implausible',
      text('amount.implausible', { value: shownValue(value), max: formatBaht(ceiling) }),
    );
  return p;
}

export interface ReadResult<K extends RecordSheetKey> {
  records: RecordTypes[K][];
  header: HeaderMatch;
  findings: Finding[];
}

export interface ReadOptions {
  today?: DayNumber;
}

// Days of 1800-01-01 and 2200-12-31: a Date or serial in this range needs no further checks.
const MIN_FAST_DAY = -62091;
const MAX_FAST_DAY = 84006;
const SERIAL_TO_DAY = -25569;
/** Distinct texts remembered per column; beyond this, parse without caching (bounded memory). */
const CACHE_LIMIT = 50000;

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Shared state of one readSheet run: where findings go and what row is being read. */
class Reader {
  findings: Finding[] = [];
  row = 0;
  private dateCache = new Map<string, Parsed<DayNumber>>();
  private moneyCache = new Map<string, Parsed<number>>();

  constructor(
    readonly def: SheetDef,
    readonly today: DayNumber | undefined,
    readonly ceiling: number = DEFAULT_AMOUNT_CEILING,
  ) {}

  private label(column: string): string {
    const c = this.def.columns.find((x) => x.key === column);
    return c ? c.th : column;
  }

  private add(
    severity: Finding['severity'],
    code: string,
    column: string,
    cell: unknown,
    message: Text,
    fix?: Text,
  ): void {
    const f: Finding = { severity, code, sheet: this.def.key, row: this.row, column, value: shownValue(cell), message };
    if (fix) f.fix = fix;
    this.findings.push(f);
  }

  private failed(column: string, cell: unknown, p: Extract<Parsed<unknown>, { ok: false }>): void {
    const fix =
      p.code === 'date.two-digit-year' && p.suggestion
        ? text('date.fixTwoDigit', { suggestion: p.suggestion })
        : undefined;
    this.add('error', p.code, column, cell, p.reason, fix);
  }

  private warn(column: string, cell: unknown, code: string, warnings: Text[]): void {
    for (const w of warnings) this.add('warning', code, column, cell, w);
  }

  required(column: string, cell: unknown): void {
    this.add('error', 'cell.required', column, cell, text('cell.required', { column: this.label(column) }));
  }

  day(column: string, cell: unknown, required: boolean): DayNumber | null {
    if (cell instanceof Date) {
      const d = dayFromDate(cell);
      if (d >= MIN_FAST_DAY && d <= MAX_FAST_DAY) return d;
    } else if (typeof cell === 'number' && cell === Math.floor(cell)) {
      const d = cell + SERIAL_TO_DAY;
      if (d >= MIN_FAST_DAY && d <= MAX_FAST_DAY) return d;
    } else if (isBlank(cell)) {
      if (required) this.required(column, cell);
      return null;
    }
    let p: Parsed<DayNumber>;
    if (typeof cell === 'string') {
      const hit = this.dateCache.get(cell);
      if (hit) p = hit;
      else {
        p = parseDate(cell, { today: this.today });
        if (this.dateCache.size < CACHE_LIMIT) this.dateCache.set(cell, p);
      }
    } else p = parseDate(cell, { today: this.today });
    if (!p.ok) {
      this.failed(column, cell, p);
      return null;
    }
    if (p.warnings.length) this.warn(column, cell, 'date.warning', p.warnings);
    return p.value;
  }

  money(column: string, cell: unknown, required: boolean): number | null {
    // The fast path for whole baht still honours the ceiling (and so never passes 1e308 or a pasted id).
    if (typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) <= this.ceiling) {
      if (cell < 0)
        this.add('note', 'amount.negative', column, cell, text('cell.negativeAmount', { value: formatBaht(cell) }));
      return cell;
    }
    if (isBlank(cell)) {
      if (required) this.required(column, cell);
      return null;
    }
    let p: Parsed<number>;
    if (typeof cell === 'string') {
      const hit = this.moneyCache.get(cell);
      if (hit) p = hit;
      else {
        p = readAmount(cell, this.ceiling);
        if (this.moneyCache.size < CACHE_LIMIT) this.moneyCache.set(cell, p);
      }
    } else p = readAmount(cell, this.ceiling);
    if (!p.ok) {
      this.failed(column, cell, p);
      return null;
    }
    if (p.warnings.length) this.warn(column, cell, 'amount.warning', p.warnings);
    if (p.value < 0)
      this.add('note', 'amount.negative', column, cell, text('cell.negativeAmount', { value: formatBaht(p.value) }));
    return p.value;
  }

  int(column: string, cell: unknown): number | null {
    if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return cell;
    if (isBlank(cell)) return null;
    const p = parseInteger(cell);
    if (!p.ok) {
      this.failed(column, cell, p);
      return null;
    }
    return p.value;
  }

  year(column: string, cell: unknown): number | null {
    if (typeof cell === 'number' && cell >= 2400 && cell <= 2800 && Number.isInteger(cell)) return cell;
    if (isBlank(cell)) return null;
    const p = parseYearBE(cell);
    if (!p.ok) {
      this.failed(column, cell, p);
      return null;
    }
    if (p.warnings.length) this.warn(column, cell, 'year.warning', p.warnings);
    return p.value;
  }

  id(column: string, cell: unknown, required: boolean): string {
    if (typeof cell === 'string') {
      const v = normalizeMemberId(cell);
      if (v === '' && required) this.required(column, cell);
      return v;
    }
    if (typeof cell === 'number') return normalizeMemberId(cell);
    if (cell instanceof Date) {
      // "1/2" typed into an id column becomes a date: the id is lost, say so.
      this.add(
        'error',
        'id.as-date',
        column,
        cell,
        text('cell.idAsDate', { column: this.label(column), value: shownValue(cell) }),
      );
      return shownValue(cell);
    }
    if (required) this.required(column, cell);
    return normalizeMemberId(cell);
  }

  text(column: string, cell: unknown, required: boolean): string {
    if (typeof cell === 'string') {
      const v = cell.trim();
      if (v === '' && required) this.required(column, cell);
      return v;
    }
    if (cell === null || cell === undefined || cell === '') {
      if (required) this.required(column, cell);
      return '';
    }
    return shownValue(cell);
  }

  /** Kept as typed when it does not validate, so the user still sees it; the finding says why. */
  nationalId(column: string, cell: unknown): string {
    if (isBlank(cell)) return '';
    const p = validateNationalId(cell);
    if (!p.ok) {
      this.failed(column, cell, p);
      return shownValue(cell).trim();
    }
    if (p.warnings.length) this.warn(column, cell, 'nid.warning', p.warnings);
    return p.value;
  }

  phone(column: string, cell: unknown): string {
    if (isBlank(cell)) return '';
    const p = normalizePhone(cell);
    if (!p.ok) {
      this.failed(column, cell, p);
      return shownValue(cell).trim();
    }
    if (p.warnings.length) this.warn(column, cell, 'phone.warning', p.warnings);
    return p.value;
  }

  /** A choice column: returns the code, or null (with a finding) for unknown text. */
  choice(column: string, cell: unknown, lookup: ChoiceLookup, required: boolean): string | null {
    if (isBlank(cell)) {
      if (required) this.required(column, cell);
      return null;
    }
    const code = lookup.find(cell);
    if (code === null) {
      this.add(
        'error',
        'choice.unknown',
        column,
        cell,
        text('cell.unknownChoice', { value: shownValue(cell), column: this.label(column), choices: lookup.allowed }),
      );
    }
    return code;
  }
}

/** Text -> code for a choice list, remembering each distinct spelling it has seen. */
class ChoiceLookup {
  private byNormal = new Map<string, string>();
  private seen = new Map<string, string | null>();
  constructor(
    choices: { code: string; spellings: string[] }[],
    readonly allowed: string,
  ) {
    for (const c of choices) {
      for (const s of c.spellings) {
        const n = normalizeHeader(s);
        if (n !== '' && !this.byNormal.has(n)) this.byNormal.set(n, c.code);
      }
    }
  }
  find(cell: unknown): string | null {
    const key = typeof cell === 'string' ? cell : shownValue(cell);
    const hit = this.seen.get(key);
    if (hit !== undefined) return hit;
    const code = this.byNormal.get(normalizeHeader(key)) ?? null;
    if (this.seen.size < CACHE_LIMIT) this.seen.set(key, code);
    return code;
  }
}

function choiceLookup(list: Choice[]): ChoiceLookup {
  return new ChoiceLookup(
    list.map((c) => ({ code: c.code, spellings: [c.code, c.th, c.en, ...(c.aliases ?? [])] })),
    list.map((c) => c.th).join(', '),
  );
}

function benefitLookup(settings: FundSettings): ChoiceLookup {
  return new ChoiceLookup(
    settings.benefits.map((b) => ({ code: b.code, spellings: [b.code, b.name] })),
    settings.benefits.map((b) => b.name).join(', '),
  );
}

/** 0-based column index per key, -1 when the column is absent. */
function columnIndexes(def: SheetDef, header: HeaderMatch): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of def.columns) out[c.key] = header.index[c.key] ?? -1;
  return out;
}

/** Required AND present: a missing column is one finding on row 1, not one per row. */
function requiredOf(def: SheetDef, ix: Record<string, number>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const c of def.columns) out[c.key] = c.required === true && ix[c.key] >= 0;
  return out;
}

function headerFindings(def: SheetDef, header: HeaderMatch): Finding[] {
  const out: Finding[] = [];
  for (const key of header.missing) {
    const col = def.columns.find((c) => c.key === key) as ColumnDef;
    if (!col.required) continue;
    out.push({
      severity: 'error',
      code: 'sheet.missing-column',
      sheet: def.key,
      row: 1,
      column: key,
      message: textWith(
        'sheet.missingColumn',
        { column: `${col.th} (${col.en})` },
        { sheet: { th: def.th, en: def.en } },
      ),
    });
  }
  return out;
}

const STATUS_LOOKUP = () => choiceLookup(CHOICES.memberStatus);
const DEPOSIT_KIND_LOOKUP = () => choiceLookup(CHOICES.depositKind);
const LEDGER_KIND_LOOKUP = () => choiceLookup(CHOICES.ledgerKind);

/**
 * Parse a record sheet's values (row 1 = header, as getValues gives them) into typed records.
 * Columns are found by header; a blank row (every known column blank) is skipped. Every cell
 * that does not parse gives a finding with sheet, row, column and the value as typed; the
 * record keeps null (or, for ids and phones, the text as typed) in that field.
 */
export function readSheet<K extends RecordSheetKey>(
  key: K,
  values: unknown[][],
  settings: FundSettings,
  opts: ReadOptions = {},
): ReadResult<K> {
  const def = SHEETS[key];
  const header = matchHeaders(def, (values && values[0]) || []);
  const rd = new Reader(def, opts.today, amountCeilingOf(settings));
  rd.findings = headerFindings(def, header);
  const ix = columnIndexes(def, header);
  const req = requiredOf(def, ix);
  const present = def.columns.map((c) => ix[c.key]).filter((i) => i >= 0);
  const records: unknown[] = [];
  const n = values ? values.length : 0;

  let build: (row: unknown[]) => unknown;
  const cell = (row: unknown[], k: string): unknown => {
    const i = ix[k];
    return i < 0 ? '' : row[i];
  };
  if (key === 'members') {
    const statuses = STATUS_LOOKUP();
    build = (row): Member => {
      const statusCell = cell(row, 'status');
      const status = isBlank(statusCell)
        ? 'active'
        : (rd.choice('status', statusCell, statuses, false) as MemberStatusCode | null);
      return {
        row: rd.row,
        memberId: rd.id('memberId', cell(row, 'memberId'), req.memberId),
        name: rd.text('name', cell(row, 'name'), req.name),
        nationalId: rd.nationalId('nationalId', cell(row, 'nationalId')),
        birthDay: rd.day('birthDate', cell(row, 'birthDate'), req.birthDate),
        village: rd.text('village', cell(row, 'village'), req.village),
        address: rd.text('address', cell(row, 'address'), req.address),
        phone: rd.phone('phone', cell(row, 'phone')),
        joinDay: rd.day('joinDate', cell(row, 'joinDate'), req.joinDate),
        status,
        statusText: rd.text('status', statusCell, false),
        statusDay: rd.day('statusDate', cell(row, 'statusDate'), req.statusDate),
        beneficiary: rd.text('beneficiary', cell(row, 'beneficiary'), req.beneficiary),
        note: rd.text('note', cell(row, 'note'), req.note),
      };
    };
  } else if (key === 'deposits') {
    const kinds = DEPOSIT_KIND_LOOKUP();
    // Hoisted indexes: this is the sheet that reaches a million rows.
    const iR = ix.receiptNo,
      iD = ix.date,
      iM = ix.memberId,
      iK = ix.kind,
      iA = ix.amount,
      iY = ix.yearCovered,
      iB = ix.recordedBy,
      iN = ix.note;
    build = (row): Deposit => {
      const kindCell = iK < 0 ? '' : row[iK];
      return {
        row: rd.row,
        receiptNo: rd.id('receiptNo', iR < 0 ? '' : row[iR], req.receiptNo),
        day: rd.day('date', iD < 0 ? '' : row[iD], req.date),
        memberId: rd.id('memberId', iM < 0 ? '' : row[iM], req.memberId),
        kind: rd.choice('kind', kindCell, kinds, req.kind) as DepositKind | null,
        kindText: typeof kindCell === 'string' ? kindCell.trim() : shownValue(kindCell),
        amount: rd.money('amount', iA < 0 ? '' : row[iA], req.amount),
        yearCovered: rd.year('yearCovered', iY < 0 ? '' : row[iY]),
        recordedBy: rd.text('recordedBy', iB < 0 ? '' : row[iB], req.recordedBy),
        note: rd.text('note', iN < 0 ? '' : row[iN], req.note),
      };
    };
  } else if (key === 'welfare') {
    const benefits = benefitLookup(settings);
    build = (row): WelfarePayment => {
      const benefitCell = cell(row, 'benefit');
      return {
        row: rd.row,
        voucherNo: rd.id('voucherNo', cell(row, 'voucherNo'), req.voucherNo),
        day: rd.day('date', cell(row, 'date'), req.date),
        memberId: rd.id('memberId', cell(row, 'memberId'), req.memberId),
        project: rd.text('project', cell(row, 'project'), req.project),
        benefit: rd.choice('benefit', benefitCell, benefits, req.benefit),
        benefitText: rd.text('benefit', benefitCell, false),
        units: rd.int('units', cell(row, 'units')),
        amount: rd.money('amount', cell(row, 'amount'), req.amount),
        approvedBy: rd.text('approvedBy', cell(row, 'approvedBy'), req.approvedBy),
        note: rd.text('note', cell(row, 'note'), req.note),
        overrideReason: rd.text('overrideReason', cell(row, 'overrideReason'), req.overrideReason),
      };
    };
  } else {
    const kinds = LEDGER_KIND_LOOKUP();
    build = (row): LedgerEntry => {
      const kindCell = cell(row, 'kind');
      return {
        row: rd.row,
        entryNo: rd.id('entryNo', cell(row, 'entryNo'), req.entryNo),
        day: rd.day('date', cell(row, 'date'), req.date),
        kind: rd.choice('kind', kindCell, kinds, req.kind) as LedgerKind | null,
        kindText: rd.text('kind', kindCell, false),
        source: rd.text('source', cell(row, 'source'), req.source),
        round: rd.text('round', cell(row, 'round'), req.round),
        amount: rd.money('amount', cell(row, 'amount'), req.amount),
        recordedBy: rd.text('recordedBy', cell(row, 'recordedBy'), req.recordedBy),
        note: rd.text('note', cell(row, 'note'), req.note),
      };
    };
  }

  for (let r = 1; r < n; r++) {
    const row = values[r];
    if (!row) continue;
    let blank = true;
    for (let j = 0; j < present.length; j++) {
      const v = row[present[j]];
      if (v !== '' && v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    rd.row = r + 1;
    records.push(build(row));
  }
  return { records: records as RecordTypes[K][], header, findings: rd.findings };
}
