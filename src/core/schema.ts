/**
 * The shape of the fund book: one sheet per record kind, columns found by header.
 * Thai header first; English and common variants are accepted as aliases
 * (matching ignores case, spaces, dots and the "(...)" unit suffixes — see normalizeHeader).
 * Every sheet, every column, and every choice list lives here once.
 */
import { benefitColumns } from './settings/benefitTable';
import { DEPOSIT_KINDS, LEDGER_KINDS, MEMBER_STATUS_CODES, PAYEES } from './vocabulary';

import type { ChoiceListName, ColumnDef } from './columns';

export type { ChoiceListName, ColumnDef, ColumnKind } from './columns';

export type RecordSheetKey = 'members' | 'deposits' | 'welfare' | 'ledger';
export type SheetKey = RecordSheetKey | 'settings' | 'benefits';

export interface SheetDef {
  key: SheetKey;
  th: string;
  en: string;
  aliases?: string[];
  columns: ColumnDef[];
}

export interface Choice {
  /** Stable code used in code and in parsed records. */
  code: string;
  th: string;
  en: string;
  aliases?: string[];
}

type Words = Omit<Choice, 'code'>;

/** A dropdown's choices in the order of its code list (src/core/vocabulary.ts); a code without words is a type error. */
function choicesOf<C extends string>(codes: readonly C[], words: Record<C, Words>): Choice[] {
  return codes.map((code) => ({ code, ...words[code] }));
}

export const CHOICES: Record<Exclude<ChoiceListName, 'benefits'>, Choice[]> = {
  memberStatus: choicesOf(MEMBER_STATUS_CODES, {
    active: { th: 'ปกติ', en: 'active', aliases: ['สมาชิก', 'ปกติ/active'] },
    resigned: { th: 'ลาออก', en: 'resigned' },
    deceased: { th: 'เสียชีวิต', en: 'deceased', aliases: ['ตาย', 'died', 'dead'] },
    lapsed: { th: 'พ้นสภาพ', en: 'lapsed' },
  }),
  depositKind: choicesOf(DEPOSIT_KINDS, {
    entry_fee: { th: 'ค่าสมัคร', en: 'entry fee', aliases: ['ค่าธรรมเนียมแรกเข้า', 'ค่าแรกเข้า'] },
    annual_fee: { th: 'ค่าบำรุงรายปี', en: 'annual fee', aliases: ['ค่าสมทบรายปี', 'ค่าบำรุง'] },
    savings: { th: 'เงินออม', en: 'savings', aliases: ['เงินออมวันละบาท', 'เงินออมวันละหนึ่งบาท', 'ออม'] },
  }),
  ledgerKind: choicesOf(LEDGER_KINDS, {
    matching_local: {
      th: 'เงินสมทบจาก อปท.',
      en: 'matching from local government',
      aliases: ['สมทบ อปท.', 'อปท.', 'เทศบาล', 'อบต.'],
    },
    matching_state: {
      th: 'เงินสมทบจากรัฐ/พอช.',
      en: 'matching from state/CODI',
      aliases: ['สมทบ พอช.', 'พอช.', 'รัฐบาล', 'CODI'],
    },
    donation: { th: 'เงินบริจาค', en: 'donation', aliases: ['บริจาค'] },
    interest: { th: 'ดอกเบี้ย', en: 'interest', aliases: ['ดอกเบี้ยเงินฝาก'] },
    other_income: { th: 'รายรับอื่น', en: 'other income', aliases: ['รายได้อื่น'] },
    admin_expense: { th: 'ค่าใช้จ่ายบริหาร', en: 'admin expense', aliases: ['ค่าบริหาร', 'ค่าบริหารจัดการ'] },
    other_expense: { th: 'รายจ่ายอื่น', en: 'other expense', aliases: ['ค่าใช้จ่ายอื่น'] },
  }),
  payee: choicesOf(PAYEES, {
    member: { th: 'สมาชิก', en: 'member' },
    project: { th: 'โครงการชุมชน', en: 'community project', aliases: ['กลุ่ม', 'ชุมชน'] },
  }),
  yesNo: [
    { code: 'yes', th: 'ใช่', en: 'yes', aliases: ['y', 'true', '1', '✓'] },
    { code: 'no', th: 'ไม่', en: 'no', aliases: ['n', 'false', '0', 'ไม่ใช่', ''] },
  ],
};

/** The member-id column: the same header, aliases and kind on the roll and the deposit log. */
const MEMBER_ID_COLUMN: ColumnDef = {
  key: 'memberId',
  th: 'รหัสสมาชิก',
  en: 'Member ID',
  aliases: ['เลขที่สมาชิก', 'รหัส', 'member no'],
  kind: 'id',
  required: true,
  width: 90,
};

/** The amount in baht, alike on every register but for its width. */
function amountColumn(width: number): ColumnDef {
  return {
    key: 'amount',
    th: 'จำนวนเงิน',
    en: 'Amount',
    aliases: ['จำนวนเงิน (บาท)', 'บาท', 'เงิน'],
    kind: 'money',
    required: true,
    width,
  };
}

const NOTE_COLUMN: ColumnDef = {
  key: 'note',
  th: 'หมายเหตุ',
  en: 'Note',
  aliases: ['notes', 'remark'],
  kind: 'text',
  width: 160,
};

export const SHEETS: Record<SheetKey, SheetDef> = {
  members: {
    key: 'members',
    th: 'สมาชิก',
    en: 'Members',
    aliases: ['ทะเบียนสมาชิก', 'member roll'],
    columns: [
      MEMBER_ID_COLUMN,
      {
        key: 'name',
        th: 'ชื่อ-สกุล',
        en: 'Name',
        aliases: ['ชื่อ', 'ชื่อ - นามสกุล', 'ชื่อสกุล', 'full name'],
        kind: 'text',
        required: true,
        width: 180,
      },
      {
        key: 'nationalId',
        th: 'เลขประจำตัวประชาชน',
        en: 'National ID',
        aliases: ['เลขบัตรประชาชน', 'บัตรประชาชน', 'citizen id'],
        kind: 'id',
        width: 130,
      },
      {
        key: 'birthDate',
        th: 'วันเกิด',
        en: 'Birth date',
        aliases: ['วันเดือนปีเกิด', 'date of birth', 'dob'],
        kind: 'date',
        width: 100,
      },
      { key: 'village', th: 'หมู่บ้าน', en: 'Village', aliases: ['หมู่', 'บ้าน', 'หมู่ที่', 'moo'], kind: 'text', width: 100 },
      { key: 'address', th: 'ที่อยู่', en: 'Address', kind: 'text', width: 180 },
      {
        key: 'phone',
        th: 'โทรศัพท์',
        en: 'Phone',
        aliases: ['เบอร์โทร', 'เบอร์โทรศัพท์', 'โทร', 'telephone'],
        kind: 'phone',
        width: 110,
      },
      {
        key: 'joinDate',
        th: 'วันที่สมัคร',
        en: 'Join date',
        aliases: ['วันสมัคร', 'วันที่เป็นสมาชิก', 'joined'],
        kind: 'date',
        required: true,
        width: 100,
      },
      { key: 'status', th: 'สถานะ', en: 'Status', kind: 'choice', choices: 'memberStatus', width: 90 },
      {
        key: 'statusDate',
        th: 'วันที่เปลี่ยนสถานะ',
        en: 'Status date',
        aliases: ['วันที่ลาออก/เสียชีวิต'],
        kind: 'date',
        width: 110,
      },
      { key: 'beneficiary', th: 'ผู้รับผลประโยชน์', en: 'Beneficiary', aliases: ['ผู้รับประโยชน์'], kind: 'text', width: 160 },
      NOTE_COLUMN,
    ],
  },
  deposits: {
    key: 'deposits',
    th: 'เงินฝาก',
    en: 'Deposits',
    aliases: ['รับเงิน', 'deposit log'],
    columns: [
      {
        key: 'receiptNo',
        th: 'เลขที่ใบเสร็จ',
        en: 'Receipt no',
        aliases: ['ใบเสร็จ', 'เลขที่', 'receipt'],
        kind: 'id',
        required: true,
        width: 100,
      },
      { key: 'date', th: 'วันที่', en: 'Date', aliases: ['วันที่รับ', 'วันที่ชำระ'], kind: 'date', required: true, width: 100 },
      MEMBER_ID_COLUMN,
      {
        key: 'kind',
        th: 'ประเภท',
        en: 'Kind',
        aliases: ['ประเภทเงิน', 'type'],
        kind: 'choice',
        choices: 'depositKind',
        required: true,
        width: 110,
      },
      amountColumn(100),
      {
        key: 'yearCovered',
        th: 'ปีที่ชำระ (พ.ศ.)',
        en: 'Year covered',
        aliases: ['ปีที่ชำระ', 'ประจำปี', 'ปี'],
        kind: 'year',
        width: 90,
      },
      { key: 'recordedBy', th: 'ผู้บันทึก', en: 'Recorded by', aliases: ['ผู้รับเงิน'], kind: 'text', width: 110 },
      NOTE_COLUMN,
    ],
  },
  welfare: {
    key: 'welfare',
    th: 'สวัสดิการ',
    en: 'Welfare',
    aliases: ['ทะเบียนสวัสดิการ', 'จ่ายสวัสดิการ', 'welfare register'],
    columns: [
      {
        key: 'voucherNo',
        th: 'เลขที่ใบสำคัญจ่าย',
        en: 'Voucher no',
        aliases: ['เลขที่', 'ใบสำคัญจ่าย', 'voucher'],
        kind: 'id',
        required: true,
        width: 110,
      },
      { key: 'date', th: 'วันที่จ่าย', en: 'Date', aliases: ['วันที่'], kind: 'date', required: true, width: 100 },
      {
        key: 'memberId',
        th: 'รหัสสมาชิก',
        en: 'Member ID',
        aliases: ['เลขที่สมาชิก', 'รหัส', 'member no'],
        kind: 'id',
        width: 90,
      },
      {
        key: 'project',
        th: 'โครงการ/กลุ่มผู้รับ',
        en: 'Community project',
        aliases: ['โครงการ', 'project'],
        kind: 'text',
        width: 140,
      },
      {
        key: 'benefit',
        th: 'ประเภทสวัสดิการ',
        en: 'Benefit',
        aliases: ['สวัสดิการ', 'benefit kind'],
        kind: 'choice',
        choices: 'benefits',
        required: true,
        width: 130,
      },
      { key: 'units', th: 'จำนวนหน่วย', en: 'Units', aliases: ['จำนวน', 'หน่วย'], kind: 'int', width: 80 },
      amountColumn(100),
      { key: 'approvedBy', th: 'ผู้อนุมัติ', en: 'Approved by', kind: 'text', width: 120 },
      NOTE_COLUMN,
      {
        key: 'overrideReason',
        th: 'เหตุผลที่จ่ายต่างจากระเบียบ',
        en: 'Override reason',
        aliases: ['เหตุผล'],
        kind: 'text',
        width: 180,
      },
    ],
  },
  ledger: {
    key: 'ledger',
    th: 'บัญชีกองทุน',
    en: 'Fund ledger',
    aliases: ['บัญชีรับจ่าย', 'รายรับรายจ่าย', 'ledger'],
    columns: [
      { key: 'entryNo', th: 'เลขที่', en: 'Entry no', aliases: ['เลขที่รายการ'], kind: 'id', width: 90 },
      { key: 'date', th: 'วันที่', en: 'Date', kind: 'date', required: true, width: 100 },
      {
        key: 'kind',
        th: 'ประเภท',
        en: 'Kind',
        aliases: ['type'],
        kind: 'choice',
        choices: 'ledgerKind',
        required: true,
        width: 160,
      },
      {
        key: 'source',
        th: 'แหล่งที่มา/ผู้รับเงิน',
        en: 'Source or payee',
        aliases: ['แหล่งที่มา', 'ผู้รับเงิน', 'source'],
        kind: 'text',
        required: true,
        width: 180,
      },
      { key: 'round', th: 'งวด/รอบ', en: 'Round', aliases: ['งวด', 'รอบ'], kind: 'text', width: 80 },
      amountColumn(110),
      { key: 'recordedBy', th: 'ผู้บันทึก', en: 'Recorded by', kind: 'text', width: 110 },
      NOTE_COLUMN,
    ],
  },
  /** Key/value settings: one setting per row. */
  settings: {
    key: 'settings',
    th: 'ตั้งค่า',
    en: 'Settings',
    columns: [
      { key: 'setting', th: 'รายการ', en: 'Setting', kind: 'text', required: true, width: 260 },
      { key: 'value', th: 'ค่า', en: 'Value', kind: 'text', required: true, width: 200 },
      { key: 'help', th: 'คำอธิบาย', en: 'Help', kind: 'text', width: 360 },
    ],
  },
  /** The benefit catalogue: one benefit per row. */
  benefits: {
    key: 'benefits',
    th: 'ตั้งค่าสวัสดิการ',
    en: 'Benefit settings',
    aliases: ['ระเบียบสวัสดิการ', 'benefit catalogue'],
    columns: benefitColumns(),
  },
};

export const RECORD_SHEETS: RecordSheetKey[] = ['members', 'deposits', 'welfare', 'ledger'];

/** Header matching: case-, space- and punctuation-tolerant. "Member ID", "member_id" and "MEMBER  id" are equal. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._\-/:()]+/g, '')
    .trim();
}

/** All spellings that name a column (Thai, English, aliases), normalised. */
export function headerSpellings(col: { th: string; en: string; aliases?: string[]; key?: string }): string[] {
  const all = [col.th, col.en, ...(col.aliases ?? [])];
  if (col.key) all.push(col.key);
  return Array.from(new Set(all.map(normalizeHeader)));
}

export interface HeaderMatch {
  /** column key -> 0-based column index in the header row */
  index: Record<string, number>;
  /** keys of columns that were not found */
  missing: string[];
  /** header cells (0-based index, text) that match no column: the group's own columns; left untouched */
  unknown: { index: number; text: string }[];
}

/** Find each column of a sheet definition in a header row. The first matching cell wins. */
export function matchHeaders(def: SheetDef, headerRow: unknown[]): HeaderMatch {
  const index: Record<string, number> = {};
  const used = new Set<number>();
  const normalized = headerRow.map(normalizeHeader);
  // Exact Thai/English names first, aliases second, so "วันที่" goes to the right column
  // when a sheet has both "วันที่" and "วันที่จ่าย".
  for (const pass of [0, 1] as const) {
    for (const col of def.columns) {
      if (index[col.key] !== undefined) continue;
      const names = pass === 0 ? [normalizeHeader(col.th), normalizeHeader(col.en)] : headerSpellings(col);
      const at = normalized.findIndex((h, i) => h !== '' && !used.has(i) && names.includes(h));
      if (at >= 0) {
        index[col.key] = at;
        used.add(at);
      }
    }
  }
  const missing = def.columns.filter((c) => index[c.key] === undefined).map((c) => c.key);
  const unknown = headerRow
    .map((h, i) => ({ index: i, text: String(h ?? '') }))
    .filter((h) => h.text.trim() !== '' && !used.has(h.index));
  return { index, missing, unknown };
}

/** Find a sheet definition for a sheet name (Thai, English or alias). */
export function findSheetDef(sheetName: string): SheetDef | undefined {
  const n = normalizeHeader(sheetName);
  return Object.values(SHEETS).find((d) => headerSpellings(d).includes(n));
}

/** Find a choice by code, Thai, English or alias. */
export function findChoice(list: Choice[], text: unknown): Choice | undefined {
  const n = normalizeHeader(text);
  if (n === '') return undefined;
  return list.find((c) => c.code === text || headerSpellings(c).includes(n));
}
