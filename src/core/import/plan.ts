/**
 * The dry run: a tab's values and its mapping -> the records to add (each with its origin), the
 * rows skipped with their source row and reason, money totals by kind checked against the tab's
 * own total row or column, the member count, and the names the book does not know yet.
 * Pure; the add-on writes what this returns, and only after the user confirms.
 */
import { BE_OFFSET, dayFromYMD, daysInMonth, type DayNumber } from '../dates';
import { text, type Text } from '../i18n';
import { CHOICES, findChoice, normalizeHeader, type RecordSheetKey } from '../schema';
import { findBenefit, type Benefit } from '../settings';
import { FIELD_LABELS, KIND_FIELDS, isTotalLabel } from './dictionary';
import { suggestLedgerKind } from './suggest';
import type {
  ColumnMapping,
  ImportField,
  ImportKind,
  KindTotal,
  PlannedRecord,
  SkippedRow,
  TabMapping,
  TabPlan,
  ValueMaps,
} from './types';
import { TARGET_SHEET } from './types';
import {
  bahtText,
  columnLetter,
  isBlankCell,
  readDate,
  readIdText,
  readMemberId,
  readSatang,
  readText,
  readUnits,
} from './values';

export interface PlanContext {
  benefits: Benefit[];
  values: ValueMaps;
  /** Origins already in the book's origin column: those rows and cells are not added again. */
  existingOrigins: ReadonlySet<string>;
  /** Member ids on the book's roll that did not come from an import of these rows. */
  bookMemberIds: ReadonlySet<string>;
  /** Normalised name -> member id, from the book's roll and the member tabs of this import. */
  memberIdsByName: ReadonlyMap<string, string>;
  /** Member ids known from the member tabs of this import. */
  importMemberIds: ReadonlySet<string>;
  /** Put before `tab!ref` (the source file's name on the command line). */
  originPrefix?: string;
  today?: DayNumber;
}

/** The fields a kind cannot do without (a missing one is a refusal of the tab). */
const REQUIRED: Record<TabMapping['kind'], ImportField[][]> = {
  members: [['memberId'], ['name'], ['joinDate']],
  depositLog: [['date'], ['amount'], ['memberId', 'name']],
  receipts: [['date'], ['memberId', 'name']],
  savingsGrid: [['memberId', 'name']],
  welfare: [['date'], ['amount'], ['benefit']],
  ledger: [['date'], ['income', 'expense', 'amount']],
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field]?.th ?? field;
}

/** Problems that refuse a mapping before any row is read: two columns on one field, a required field missing. */
export function mappingProblems(m: TabMapping): Text[] {
  const problems: Text[] = [];
  const seen = new Map<string, ColumnMapping>();
  for (const c of m.columns) {
    if (!c.field) continue;
    const first = seen.get(c.field);
    if (first)
      problems.push(
        text('import.duplicateField', {
          tab: m.tab,
          a: columnLetter(first.column),
          b: columnLetter(c.column),
          field: fieldLabel(c.field),
        }),
      );
    else seen.set(c.field, c);
  }
  const allowed = new Set(KIND_FIELDS[m.kind]);
  for (const group of REQUIRED[m.kind]) {
    if (!group.some((f) => seen.has(f) && allowed.has(f)))
      problems.push(
        text('import.missingField', {
          tab: m.tab,
          field: group.map(fieldLabel).join(' / '),
          kind: text(`import.kind.${m.kind}`).th,
        }),
      );
  }
  if (m.kind === 'savingsGrid') {
    if (!m.yearBE) problems.push(text('import.noYear', { tab: m.tab }));
    const days = m.columns.some((c) => c.field?.startsWith('day:'));
    if (days && !m.month) problems.push(text('import.noMonth', { tab: m.tab }));
  }
  return problems;
}

class TabReader {
  readonly plan: TabPlan;
  readonly col: Record<string, number> = {};
  readonly century: Record<string, ColumnMapping['century']> = {};
  private totals = new Map<string, KindTotal>();
  /** Sums of readable amounts per source column over data rows, for the total row. */
  readonly columnSums = new Map<number, number>();

  constructor(
    readonly m: TabMapping,
    readonly ctx: PlanContext,
  ) {
    const target: RecordSheetKey = TARGET_SHEET[m.kind];
    this.plan = {
      tab: m.tab,
      kind: m.kind,
      target,
      rowsRead: 0,
      toImport: 0,
      alreadyImported: 0,
      skipped: [],
      totals: [],
      reconciles: [],
      memberCount: 0,
      unknownBenefits: [],
      unknownLedgerKinds: [],
      problems: [],
      records: [],
      notes: [],
    };
    for (const c of m.columns) {
      if (!c.field) continue;
      this.col[c.field] = c.column;
      if (c.century) this.century[c.field] = c.century;
    }
  }

  origin(row: number, column?: number): string {
    const ref = column === undefined ? String(row) : `${columnLetter(column)}${row}`;
    return `${this.ctx.originPrefix ?? ''}${this.m.tab}!${ref}`;
  }

  total(kind: string, label: Text): KindTotal {
    let t = this.totals.get(kind);
    if (!t) {
      t = { kind, label, satang: 0, skippedSatang: 0, alreadySatang: 0 };
      this.totals.set(kind, t);
    }
    return t;
  }

  addSum(column: number, satang: number) {
    this.columnSums.set(column, (this.columnSums.get(column) ?? 0) + satang);
  }

  skip(row: number, reason: Text, satang?: number, column?: number) {
    const s: SkippedRow = { row, reason };
    if (column !== undefined) s.cell = `${columnLetter(column)}${row}`;
    if (satang !== undefined) s.satang = satang;
    this.plan.skipped.push(s);
  }

  /** Adds a record unless its origin is already in the book; money goes to the kind's total. */
  add(origin: string, values: PlannedRecord['values'], money?: { kind: string; label: Text; satang: number }) {
    if (this.ctx.existingOrigins.has(origin)) {
      this.plan.alreadyImported++;
      if (money) this.total(money.kind, money.label).alreadySatang += money.satang;
      return;
    }
    this.plan.records.push({ origin, values });
    if (money) this.total(money.kind, money.label).satang += money.satang;
  }

  cell(row: unknown[], field: string): unknown {
    const i = this.col[field];
    return i === undefined ? '' : row[i];
  }

  /** A date field: {day} or {skip reason} or, for an optional field that is not a two-digit year, the text as typed. */
  date(row: unknown[], field: string, required: boolean): { day: DayNumber | string | null } | { reason: Text } {
    const v = this.cell(row, field);
    if (isBlankCell(v))
      return required ? { reason: text('import.skip.required', { column: fieldLabel(field) }) } : { day: null };
    const p = readDate(v, this.century[field], this.ctx.today);
    if (p.ok) return { day: p.value };
    if (p.code === 'date.two-digit-year')
      return { reason: text('import.skip.twoDigitYear', { value: readText(v), column: this.header(field) }) };
    if (required) return { reason: text('import.skip.badCell', { column: fieldLabel(field), reason: p.reason.th }) };
    return { day: readText(v) };
  }

  /** The row's amount in satang, added to its column's sum; null when blank or unreadable (the row skipped, with why). */
  amount(row: unknown[], rowNo: number): number | null {
    const col = this.col.amount;
    const amount = readSatang(row[col]);
    if (amount.ok) {
      this.addSum(col, amount.value);
      return amount.value;
    }
    this.skip(
      rowNo,
      isBlankCell(row[col])
        ? text('import.skip.required', { column: fieldLabel('amount') })
        : text('import.skip.badCell', { column: fieldLabel('amount'), reason: amount.reason.th }),
    );
    return null;
  }

  /**
   * What a money row checks once its amount is read: a zero amount is skipped with nothing to
   * count, then the date must be there and read. `skip` records a skip that counts the amount.
   * Null when the row was skipped.
   */
  moneyRowDate(
    row: unknown[],
    rowNo: number,
    satang: number,
    skip: (reason: Text) => void,
  ): { day: DayNumber | string | null } | null {
    if (satang === 0) {
      this.skip(rowNo, text('import.skip.zero'), 0);
      return null;
    }
    const date = this.date(row, 'date', true);
    if ('reason' in date) {
      skip(date.reason);
      return null;
    }
    return date;
  }

  header(field: string): string {
    const c = this.m.columns.find((x) => x.field === field);
    return c ? c.header || columnLetter(c.column) : field;
  }

  /** The member id of a row: from the id column, else by name from the roll. */
  member(row: unknown[]): { id: string } | { reason: Text } {
    const idCell = this.cell(row, 'memberId');
    if (!isBlankCell(idCell)) {
      const id = readMemberId(idCell);
      if (this.ctx.bookMemberIds.has(id) || this.ctx.importMemberIds.has(id)) return { id };
      return { reason: text('import.skip.unknownMember', { who: id }) };
    }
    const name = readText(this.cell(row, 'name'));
    if (name === '') return { reason: text('import.skip.required', { column: fieldLabel('memberId') }) };
    const id = this.ctx.memberIdsByName.get(normalizeName(name));
    return id ? { id } : { reason: text('import.skip.unknownMember', { who: name }) };
  }

  finish(): TabPlan {
    this.plan.totals = [...this.totals.values()];
    this.plan.toImport = this.plan.records.length;
    return this.plan;
  }
}

/** Names compare without spaces, dots and title words (นาย, นาง, นางสาว, น.ส.). */
export function normalizeName(name: string): string {
  return normalizeHeader(name.replace(/^(นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|mr\.?|mrs\.?|ms\.?)\s*/i, ''));
}

const DEPOSIT_LABEL = (kind: string): Text => {
  const c = CHOICES.depositKind.find((x) => x.code === kind);
  return c ? { th: c.th, en: c.en } : { th: kind, en: kind };
};

/** The data rows of a tab: after the header, skipping blank rows; the total row found and kept apart. */
function dataRows(values: unknown[][], m: TabMapping): { rows: number[]; totalRow: number | null } {
  const start = Math.max(...m.headerRows);
  const rows: number[] = [];
  let totalRow: number | null = null;
  const used = m.columns.filter((c) => c.field).map((c) => c.column);
  const firstCols = m.columns.slice(0, 4).map((c) => c.column);
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!row || !used.some((c) => !isBlankCell(row[c]))) continue;
    if (firstCols.some((c) => isTotalLabel(row[c]))) {
      totalRow = r;
      continue;
    }
    rows.push(r);
  }
  return { rows, totalRow };
}

/** The plan of one tab. `values` is the tab as getValues gives it (row 1 first). */
export function planTab(values: unknown[][], m: TabMapping, ctx: PlanContext): TabPlan {
  const rd = new TabReader(m, ctx);
  const problems = mappingProblems(m);
  if (problems.length > 0) {
    rd.plan.problems = problems;
    return rd.finish();
  }
  const { rows, totalRow } = dataRows(values, m);
  rd.plan.rowsRead = rows.length;
  PLANNERS[m.kind](rd, values, rows);
  if (totalRow !== null) reconcileTotalRow(rd, values[totalRow], totalRow + 1);
  return rd.finish();
}

function reconcileTotalRow(rd: TabReader, row: unknown[], rowNo: number) {
  for (const [column, sum] of [...rd.columnSums].sort((a, b) => a[0] - b[0])) {
    const v = row[column];
    if (isBlankCell(v)) continue;
    const p = readSatang(v);
    if (!p.ok) continue;
    rd.plan.reconciles.push({
      where: text('import.where.row', { row: rowNo, column: columnLetter(column) }),
      sourceSatang: p.value,
      readSatang: sum,
      ok: p.value === sum,
    });
  }
}

// ---------------------------------------------------------------- members

const STATUS_WORDS: { code: string; re: RegExp }[] = CHOICES.memberStatus
  .filter((c) => c.code !== 'active')
  .map((c) => ({
    code: c.code,
    re: new RegExp(`(${[c.th, ...(c.aliases ?? [])].map(escapeRe).join('|')})\\s*(?:เมื่อ|วันที่)?\\s*(.*)$`),
  }));

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A status written in a note ("เสียชีวิต 21/8/2568", "ลาออก"): its code and date (or the date's text). */
export function statusFromNote(
  note: string,
  ctx: { today?: DayNumber },
): { status: string; day: DayNumber | null; dayText: string } | null {
  for (const w of STATUS_WORDS) {
    const m = note.match(w.re);
    if (!m) continue;
    const rest = m[2].trim();
    const found = rest.match(
      /^[\d\u0E50-\u0E59]{1,2}\s*[/.\-\s]\s*(?:[\d\u0E50-\u0E59]{1,2}|[^\d\s]+)\s*[/.\-\s]\s*[\d\u0E50-\u0E59]{2,4}/,
    );
    if (!found) return { status: w.code, day: null, dayText: '' };
    const p = readDate(found[0], undefined, ctx.today);
    return { status: w.code, day: p.ok ? p.value : null, dayText: found[0] };
  }
  return null;
}

function village(v: unknown): string {
  const s = readText(v);
  if (/^[\d\u0E50-\u0E59]+$/.test(s))
    return `หมู่ ${Number(s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50)))}`;
  return s;
}

function planMembers(rd: TabReader, values: unknown[][], rows: number[]) {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const row = values[r];
    const rowNo = r + 1;
    const id = readMemberId(rd.cell(row, 'memberId'));
    const name = readText(rd.cell(row, 'name'));
    if (id === '') {
      rd.skip(rowNo, text('import.skip.required', { column: fieldLabel('memberId') }));
      continue;
    }
    if (name === '') {
      rd.skip(rowNo, text('import.skip.required', { column: fieldLabel('name') }));
      continue;
    }
    const dup = seen.get(id);
    if (dup !== undefined) {
      rd.skip(rowNo, text('import.skip.duplicateMember', { id, row: dup }));
      continue;
    }
    seen.set(id, rowNo);
    const origin = rd.origin(rowNo);
    if (rd.ctx.bookMemberIds.has(id) && !rd.ctx.existingOrigins.has(origin)) {
      rd.skip(rowNo, text('import.skip.memberInBook', { id }));
      continue;
    }
    const join = rd.date(row, 'joinDate', true);
    if ('reason' in join) {
      rd.skip(rowNo, join.reason);
      continue;
    }
    const birth = rd.date(row, 'birthDate', false);
    if ('reason' in birth) {
      rd.skip(rowNo, birth.reason);
      continue;
    }
    const note = readText(rd.cell(row, 'note'));
    let status = readText(rd.cell(row, 'status'));
    let statusDate: DayNumber | string | null = null;
    if (rd.col.statusDate !== undefined) {
      const sd = rd.date(row, 'statusDate', false);
      if ('reason' in sd) {
        rd.skip(rowNo, sd.reason);
        continue;
      }
      statusDate = sd.day;
    }
    if (status === '' && note !== '') {
      const fromNote = statusFromNote(note, rd.ctx);
      if (fromNote) {
        const c = CHOICES.memberStatus.find((x) => x.code === fromNote.status);
        status = c ? c.th : '';
        if (statusDate === null) statusDate = fromNote.day ?? (fromNote.dayText || null);
      }
    }
    const nid = rd.cell(row, 'nationalId');
    rd.plan.memberCount++;
    rd.add(origin, {
      memberId: id,
      name,
      nationalId: typeof nid === 'number' ? String(nid) : readText(nid).replace(/[\s-]/g, ''),
      birthDate: birth.day,
      village: village(rd.cell(row, 'village')),
      address: readText(rd.cell(row, 'address')),
      phone: readIdText(rd.cell(row, 'phone')),
      joinDate: join.day,
      status: status || 'ปกติ',
      statusDate,
      beneficiary: readText(rd.cell(row, 'beneficiary')),
      note,
    });
  }
}

// ---------------------------------------------------------------- deposits

function planDepositLog(rd: TabReader, values: unknown[][], rows: number[]) {
  for (const r of rows) {
    const row = values[r];
    const rowNo = r + 1;
    const satang = rd.amount(row, rowNo);
    if (satang === null) continue;
    const date = rd.moneyRowDate(row, rowNo, satang, (reason) => rd.skip(rowNo, reason, satang));
    if (!date) continue;
    const who = rd.member(row);
    if ('reason' in who) {
      rd.skip(rowNo, who.reason, satang);
      continue;
    }
    const kindCell = rd.cell(row, 'kind');
    if (isBlankCell(kindCell)) {
      rd.skip(rowNo, text('import.skip.noKind'), satang);
      continue;
    }
    const kind = findChoice(CHOICES.depositKind, kindCell);
    if (!kind) {
      rd.skip(rowNo, text('import.skip.unknownKind', { value: readText(kindCell) }), satang);
      continue;
    }
    const origin = rd.origin(rowNo);
    rd.add(
      origin,
      {
        receiptNo: readIdText(rd.cell(row, 'receiptNo')) || origin,
        date: date.day,
        memberId: who.id,
        kind: kind.th,
        amount: satang / 100,
        yearCovered: yearCovered(rd.cell(row, 'yearCovered')),
        recordedBy: readText(rd.cell(row, 'recordedBy')),
        note: readText(rd.cell(row, 'note')),
      },
      { kind: kind.code, label: DEPOSIT_LABEL(kind.code), satang: satang },
    );
  }
}

function yearCovered(v: unknown): number | string | null {
  if (isBlankCell(v)) return null;
  const s = readText(v).replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  const n = Number(s.replace(/^(พ\.?ศ\.?)\s*/, ''));
  if (Number.isInteger(n) && n >= 2400 && n <= 2800) return n;
  if (Number.isInteger(n) && n >= 1900 && n <= 2200) return n + BE_OFFSET;
  return s;
}

function planReceipts(rd: TabReader, values: unknown[][], rows: number[]) {
  const feeCols = rd.m.columns.filter((c) => c.field?.startsWith('fee:'));
  for (const r of rows) {
    const row = values[r];
    const rowNo = r + 1;
    const cells = feeCols.map((c) => ({ c, v: row[c.column] })).filter((x) => !isBlankCell(x.v));
    let rowProblem: Text | null = null;
    const date = rd.date(row, 'date', true);
    if ('reason' in date) rowProblem = date.reason;
    const who = rd.member(row);
    if (!rowProblem && 'reason' in who) rowProblem = who.reason;
    for (const { c, v } of cells) {
      const kind = (c.field as string).slice(4);
      const amount = readSatang(v);
      if (!amount.ok) {
        rd.skip(
          rowNo,
          text('import.skip.badCell', { column: c.header, reason: amount.reason.th }),
          undefined,
          c.column,
        );
        continue;
      }
      rd.addSum(c.column, amount.value);
      if (amount.value === 0) continue;
      if (rowProblem) {
        rd.skip(rowNo, rowProblem, amount.value, c.column);
        rd.total(kind, DEPOSIT_LABEL(kind)).skippedSatang += amount.value;
        continue;
      }
      const origin = rd.origin(rowNo, c.column);
      const k = CHOICES.depositKind.find((x) => x.code === kind)!;
      rd.add(
        origin,
        {
          receiptNo: readIdText(rd.cell(row, 'receiptNo')) || origin,
          date: (date as { day: DayNumber }).day,
          memberId: (who as { id: string }).id,
          kind: k.th,
          amount: amount.value / 100,
          yearCovered: kind === 'annual_fee' ? yearCovered(rd.cell(row, 'yearCovered')) : null,
          recordedBy: readText(rd.cell(row, 'recordedBy')),
          note: readText(rd.cell(row, 'note')),
        },
        { kind, label: DEPOSIT_LABEL(kind), satang: amount.value },
      );
    }
  }
}

/** The day a grid cell's money is booked on: the day itself, or the last day of the month. */
function gridDays(m: TabMapping): Map<number, DayNumber> {
  const out = new Map<number, DayNumber>();
  const yearCE = (m.yearBE ?? 0) - BE_OFFSET;
  const monthCols = m.columns.filter((c) => c.field?.startsWith('month:'));
  // A fiscal-year grid runs ต.ค.–ก.ย.: the months before the wrap (12 -> 1) belong to the year before.
  let wrapAt = -1;
  for (let i = 1; i < monthCols.length; i++) {
    if (Number(monthCols[i].field!.slice(6)) < Number(monthCols[i - 1].field!.slice(6))) wrapAt = i;
  }
  monthCols.forEach((c, i) => {
    const month = Number(c.field!.slice(6));
    const y = wrapAt > 0 && i < wrapAt ? yearCE - 1 : yearCE;
    out.set(c.column, dayFromYMD(y, month, daysInMonth(y, month))!);
  });
  for (const c of m.columns) {
    if (!c.field?.startsWith('day:') || !m.month) continue;
    const d = dayFromYMD(yearCE, m.month, Number(c.field.slice(4)));
    if (d !== null) out.set(c.column, d);
  }
  return out;
}

function planGrid(rd: TabReader, values: unknown[][], rows: number[]) {
  const days = gridDays(rd.m);
  const totalCol = rd.col.total;
  const label = DEPOSIT_LABEL('savings');
  for (const r of rows) {
    const row = values[r];
    const rowNo = r + 1;
    const who = rd.member(row);
    let rowSum = 0;
    for (const [column, day] of days) {
      const v = row[column];
      if (isBlankCell(v)) continue;
      const amount = readSatang(v);
      if (!amount.ok) {
        rd.skip(
          rowNo,
          text('import.skip.badCell', { column: columnLetter(column), reason: amount.reason.th }),
          undefined,
          column,
        );
        continue;
      }
      rd.addSum(column, amount.value);
      rowSum += amount.value;
      if (amount.value === 0) continue;
      if ('reason' in who) {
        rd.skip(rowNo, who.reason, amount.value, column);
        rd.total('savings', label).skippedSatang += amount.value;
        continue;
      }
      const origin = rd.origin(rowNo, column);
      rd.add(
        origin,
        { receiptNo: origin, date: day, memberId: who.id, kind: label.th, amount: amount.value / 100, note: '' },
        { kind: 'savings', label, satang: amount.value },
      );
    }
    if (totalCol !== undefined && !isBlankCell(row[totalCol])) {
      const t = readSatang(row[totalCol]);
      if (t.ok) {
        rd.addSum(totalCol, t.value);
        if (t.value !== rowSum)
          rd.plan.notes.push({
            row: rowNo,
            text: text('import.note.rowTotal', { total: bahtText(t.value), sum: bahtText(rowSum) }),
          });
      }
    }
  }
  if (totalCol !== undefined) {
    const all = [...days.keys()].reduce((s, c) => s + (rd.columnSums.get(c) ?? 0), 0);
    const inTotal = rd.columnSums.get(totalCol) ?? 0;
    rd.plan.reconciles.push({
      where: text('import.where.column', { column: columnLetter(totalCol) }),
      sourceSatang: inTotal,
      readSatang: all,
      ok: inTotal === all,
    });
  }
}

// ---------------------------------------------------------------- welfare

function planWelfare(rd: TabReader, values: unknown[][], rows: number[]) {
  const label = text('import.total.welfare');
  const unknown = new Set<string>();
  for (const r of rows) {
    const row = values[r];
    const rowNo = r + 1;
    const satang = rd.amount(row, rowNo);
    if (satang === null) continue;
    const skip = (reason: Text) => {
      rd.skip(rowNo, reason, satang);
      rd.total('welfare', label).skippedSatang += satang;
    };
    const date = rd.moneyRowDate(row, rowNo, satang, skip);
    if (!date) continue;
    const benefitText = readText(rd.cell(row, 'benefit'));
    if (benefitText === '') {
      skip(text('import.skip.required', { column: fieldLabel('benefit') }));
      continue;
    }
    const benefitName = resolveBenefit(rd.ctx, benefitText);
    if (benefitName === null) {
      unknown.add(benefitText);
      skip(text('import.skip.unknownBenefit', { value: benefitText }));
      continue;
    }
    const project = readText(rd.cell(row, 'project'));
    let memberId = '';
    if (project === '' || !isBlankCell(rd.cell(row, 'memberId')) || readText(rd.cell(row, 'name')) !== '') {
      const who = rd.member(row);
      if ('reason' in who) {
        skip(who.reason);
        continue;
      }
      memberId = who.id;
    }
    let units: number | string | null = null;
    const uCell = rd.cell(row, 'units');
    if (!isBlankCell(uCell)) {
      const u = readUnits(uCell);
      if (!u.ok) {
        skip(text('import.skip.badCell', { column: fieldLabel('units'), reason: u.reason.th }));
        continue;
      }
      units = u.value.units;
    }
    const origin = rd.origin(rowNo);
    rd.add(
      origin,
      {
        voucherNo: readIdText(rd.cell(row, 'voucherNo')) || origin,
        date: date.day,
        memberId,
        project,
        benefit: benefitName,
        units,
        amount: satang / 100,
        approvedBy: readText(rd.cell(row, 'approvedBy')),
        note: readText(rd.cell(row, 'note')),
        overrideReason: readText(rd.cell(row, 'overrideReason')),
      },
      { kind: 'welfare', label, satang: satang },
    );
  }
  rd.plan.unknownBenefits = [...unknown];
}

/** The catalogue name for a benefit as written; null when the book does not know it and no answer maps it. */
export function resolveBenefit(ctx: Pick<PlanContext, 'benefits' | 'values'>, written: string): string | null {
  const answer = ctx.values.benefits[written];
  if (answer === '+') return written;
  const b = findBenefit(ctx.benefits, answer ?? written);
  return b ? b.name : null;
}

// ---------------------------------------------------------------- ledger

const INCOME = new Set(['matching_local', 'matching_state', 'donation', 'interest', 'other_income']);

function planLedger(rd: TabReader, values: unknown[][], rows: number[]) {
  const unknown = new Map<string, 'income' | 'expense'>();
  for (const r of rows) {
    const row = values[r];
    const rowNo = r + 1;
    let satang: number;
    let direction: 'income' | 'expense';
    const inCell = rd.col.income === undefined ? '' : row[rd.col.income];
    const outCell = rd.col.expense === undefined ? '' : row[rd.col.expense];
    const amountCell = rd.col.amount === undefined ? '' : row[rd.col.amount];
    const readSide = (v: unknown, column: number): number | Text => {
      const p = readSatang(v);
      if (!p.ok) return text('import.skip.badCell', { column: columnLetter(column), reason: p.reason.th });
      rd.addSum(column, p.value);
      return p.value;
    };
    if (!isBlankCell(inCell) && !isBlankCell(outCell)) {
      const a = readSide(inCell, rd.col.income);
      const b = readSide(outCell, rd.col.expense);
      if (typeof a === 'number' && typeof b === 'number' && (a === 0 || b === 0)) {
        satang = a === 0 ? b : a;
        direction = a === 0 ? 'expense' : 'income';
      } else {
        rd.skip(rowNo, typeof a !== 'number' ? a : typeof b !== 'number' ? b : text('import.skip.bothSides'));
        continue;
      }
    } else if (!isBlankCell(inCell) || !isBlankCell(outCell)) {
      const isIn = !isBlankCell(inCell);
      const s = readSide(isIn ? inCell : outCell, isIn ? rd.col.income : rd.col.expense);
      if (typeof s !== 'number') {
        rd.skip(rowNo, s);
        continue;
      }
      satang = s;
      direction = isIn ? 'income' : 'expense';
    } else if (!isBlankCell(amountCell)) {
      const s = readSide(amountCell, rd.col.amount);
      if (typeof s !== 'number') {
        rd.skip(rowNo, s);
        continue;
      }
      direction = s < 0 ? 'expense' : 'income';
      satang = Math.abs(s);
    } else {
      rd.skip(rowNo, text('import.skip.required', { column: fieldLabel('amount') }));
      continue;
    }
    const dirLabel = text(`import.total.${direction}`);
    const skip = (reason: Text) => {
      rd.skip(rowNo, reason, satang);
      rd.total(direction, dirLabel).skippedSatang += satang;
    };
    const date = rd.moneyRowDate(row, rowNo, satang, skip);
    if (!date) continue;
    const description = readText(rd.cell(row, 'description'));
    const kindText = readText(rd.cell(row, 'kind'));
    const written = kindText || description;
    const kind = resolveLedgerKind(rd.ctx, written, direction);
    if (kind === null) {
      unknown.set(written, direction);
      skip(text('import.skip.unknownKind', { value: written }));
      continue;
    }
    if (kind === 'skip') {
      skip(text('import.skip.otherRegister', { value: written }));
      continue;
    }
    if (INCOME.has(kind) !== (direction === 'income')) {
      const choice = CHOICES.ledgerKind.find((c) => c.code === kind)!;
      skip(
        text('import.skip.wrongSide', { value: written, kind: choice.th, side: direction === 'income' ? 'รับ' : 'จ่าย' }),
      );
      continue;
    }
    const choice = CHOICES.ledgerKind.find((c) => c.code === kind)!;
    const source = readText(rd.cell(row, 'source')) || sourceFromDescription(description) || description || choice.th;
    const origin = rd.origin(rowNo);
    rd.add(
      origin,
      {
        entryNo: readIdText(rd.cell(row, 'entryNo')),
        date: date.day,
        kind: choice.th,
        source,
        round: readText(rd.cell(row, 'round')),
        amount: satang / 100,
        recordedBy: readText(rd.cell(row, 'recordedBy')),
        note: [kindText ? description : '', readText(rd.cell(row, 'note'))].filter(Boolean).join(' · '),
      },
      { kind: direction, label: dirLabel, satang },
    );
  }
  rd.plan.unknownLedgerKinds = [...unknown].map(([t, direction]) => ({ text: t, direction }));
}

/** "สมทบจาก อบต.ท่าผา งวด 1" -> "อบต.ท่าผา งวด 1": the text after จาก/โดย/ให้. */
export function sourceFromDescription(description: string): string {
  const m = description.match(/(?:จาก|โดย|ให้แก่|ให้|จ่าย)\s*(.+)$/);
  return m ? m[1].trim() : '';
}

/** The ledger kind for a description or kind as written: the user's answer first, then the book's words. */
export function resolveLedgerKind(
  ctx: Pick<PlanContext, 'values'>,
  written: string,
  direction: 'income' | 'expense',
): string | null {
  const answer = ctx.values.ledgerKinds[written];
  if (answer) return answer;
  const exact = findChoice(CHOICES.ledgerKind, written);
  if (exact) return exact.code;
  return suggestLedgerKind(written, direction).certain;
}

/** One planner per kind of tab: a new kind is a compile error until it has one. */
const PLANNERS: Record<ImportKind, (rd: TabReader, values: unknown[][], rows: number[]) => void> = {
  members: planMembers,
  depositLog: planDepositLog,
  receipts: planReceipts,
  savingsGrid: planGrid,
  welfare: planWelfare,
  ledger: planLedger,
};
