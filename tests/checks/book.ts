/**
 * Small hand-made fund books for the check tests: each sheet as the values a secretary would
 * see (Thai header row first), rows given as {columnKey: cell}. Dates are typed as Date cells
 * from B.E. text ('15/8/2545') or as text, exactly as cells hold them.
 */
import { dateFromDay, dayFromYMD, fiscalYearOf, type DayNumber } from '../../src/core/dates';
import { checkValues, type BookValues } from '../../src/core/checks';
import type { Finding } from '../../src/core/findings';
import { SHEETS, type RecordSheetKey } from '../../src/core/schema';
import { benefitRows, settingsRows, SETTING_DEFS, type SettingKey } from '../../src/core/settings';

/** Day number of a B.E. date 'd/m/yyyy'. */
export function be(s: string): DayNumber {
  const [d, m, y] = s.split('/').map(Number);
  const day = dayFromYMD(y - 543, m, d);
  if (day === null) throw new Error(`bad test date ${s}`);
  return day;
}

/** A Date cell (midnight in Bangkok) for a B.E. date 'd/m/yyyy'. */
export function cell(s: string): Date {
  return dateFromDay(be(s));
}

export function sheet(key: RecordSheetKey, rows: Record<string, unknown>[]): unknown[][] {
  const cols = SHEETS[key].columns;
  return [cols.map((c) => c.th), ...rows.map((r) => cols.map((c) => (r[c.key] === undefined ? '' : r[c.key])))];
}

export function settingsSheet(overrides: Partial<Record<SettingKey, unknown>> = {}): unknown[][] {
  const rows = settingsRows('th');
  SETTING_DEFS.forEach((def, i) => {
    if (overrides[def.key] !== undefined) rows[i][1] = overrides[def.key];
  });
  return [SHEETS.settings.columns.map((c) => c.th), ...rows];
}

/** The default benefit catalogue, with some cells changed: {death: {tiers: '1=6000'}}. */
export function benefitsSheet(edits: Record<string, Record<string, unknown>> = {}): unknown[][] {
  const cols = SHEETS.benefits.columns;
  const rows = benefitRows('th').map((r) => {
    const e = edits[String(r[0])];
    return e ? cols.map((c, i) => (e[c.key] !== undefined ? e[c.key] : r[i])) : r;
  });
  return [cols.map((c) => c.th), ...rows];
}

export const AS_OF = be('1/1/2568');

/** A paid-up active member who joined long ago (usable for deposits and welfare). */
export function member(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    memberId: id,
    name: `สมาชิก ${id}`,
    village: 'บ้านดอนไชย',
    joinDate: cell('1/1/2550'),
    status: 'ปกติ',
    ...extra,
  };
}

/** A correct payment for three nights in hospital to A001 (a welfare row); `extra` changes cells. */
export function sickVisit(voucherNo: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    voucherNo,
    date: cell('1/6/2567'),
    memberId: 'A001',
    benefit: 'ค่าเยี่ยมไข้',
    units: 3,
    amount: 300,
    approvedBy: 'ประธาน',
    ...extra,
  };
}

export interface TestBook {
  members?: Record<string, unknown>[];
  deposits?: Record<string, unknown>[];
  welfare?: Record<string, unknown>[];
  ledger?: Record<string, unknown>[];
  settings?: Partial<Record<SettingKey, unknown>>;
  benefits?: Record<string, Record<string, unknown>>;
  formulas?: Partial<Record<RecordSheetKey, string[][]>>;
}

export function values(b: TestBook): BookValues {
  return {
    members: sheet('members', b.members ?? []),
    deposits: sheet('deposits', b.deposits ?? []),
    welfare: sheet('welfare', b.welfare ?? []),
    ledger: sheet('ledger', b.ledger ?? []),
    settings: settingsSheet(b.settings),
    benefits: benefitsSheet(b.benefits),
    formulas: b.formulas,
  };
}

export function check(b: TestBook, asOf = AS_OF): Finding[] {
  return checkValues(values(b), asOf).findings;
}

/** The findings of one code (the assertion target of most tests). */
export function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Row, column and severity of findings, for compact assertions. */
export function where(findings: Finding[]): { row?: number; column?: string; severity: string }[] {
  return findings.map((f) => ({ row: f.row, column: f.column, severity: f.severity }));
}

/**
 * Deposits that keep a member paid up from the join day to past AS_OF: the entry fee, savings
 * for 4,000 days and every fiscal year's annual fee, all on the join day (receipts <id>-E, -S, -Y<year>).
 */
export function paidUp(id: string, joinBE = '1/1/2550'): Record<string, unknown>[] {
  const join = be(joinBE);
  const first = fiscalYearOf(join, 10);
  const rows: Record<string, unknown>[] = [
    { receiptNo: `${id}-E`, date: cell(joinBE), memberId: id, kind: 'ค่าสมัคร', amount: 50 },
    { receiptNo: `${id}-S`, date: cell(joinBE), memberId: id, kind: 'เงินออม', amount: 7000 },
  ];
  for (let y = first; y <= 2569; y++) {
    rows.push({
      receiptNo: `${id}-Y${y}`,
      date: cell(joinBE),
      memberId: id,
      kind: 'ค่าบำรุงรายปี',
      amount: 50,
      yearCovered: y,
    });
  }
  return rows;
}
