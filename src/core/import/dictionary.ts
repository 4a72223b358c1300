/**
 * The words groups write in their header rows, Thai and English, and the field each one names.
 * The fund book's own column names and aliases (schema.ts) are included, so a tab laid out like
 * the book's sheets is read the same way; the rest are the spellings seen in groups' own books
 * (ว/ด/ป, เลขที่สมาชิก, ชื่อผู้รับ, รับ/จ่าย, รวม, month names ...). A word that means different
 * things in different books ("รายการ" is the benefit in a welfare register and the description in
 * a ledger) is listed under each field; the kind of the tab decides.
 */
import { THAI_MONTHS_LONG, THAI_MONTHS_SHORT } from '../dates';
import { thaiDigitsToArabic } from '../parse';
import { SHEETS, headerSpellings, normalizeHeader } from '../schema';
import type { ImportField, ImportKind } from './types';

/** Spoken month names ("สิงหา") and English ones, beside dates.ts's long and short Thai names. */
const MONTH_EXTRA: string[][] = [
  ['มกรา', 'jan', 'january'],
  ['กุมภา', 'feb', 'february'],
  ['มีนา', 'mar', 'march'],
  ['เมษา', 'apr', 'april'],
  ['พฤษภา', 'may'],
  ['มิถุนา', 'jun', 'june'],
  ['กรกฎา', 'กรกฏาคม', 'jul', 'july'],
  ['สิงหา', 'aug', 'august'],
  ['กันยา', 'sep', 'sept', 'september'],
  ['ตุลา', 'oct', 'october'],
  ['พฤศจิกา', 'nov', 'november'],
  ['ธันวา', 'dec', 'december'],
];

/** Extra words per field, beyond the fund book's own column names. */
const EXTRA_WORDS: Record<string, string[]> = {
  seq: ['ลำดับ', 'ลำดับที่', 'ที่', 'no', '#', 'ลำดับ ที่'],
  memberId: ['เลขที่สมาชิก', 'เลขสมาชิก', 'รหัสสมาชิก', 'รหัส', 'member id', 'member no', 'เลขทะเบียนสมาชิก'],
  name: ['ชื่อ - นามสกุล', 'ชื่อ-นามสกุล', 'ชื่อสกุล', 'ชื่อ', 'ชื่อผู้รับ', 'ชื่อสมาชิก', 'ชื่อผู้ฝาก', 'name', 'ชื่อ-สกุล'],
  nationalId: ['เลขบัตรประชาชน', 'เลขประจำตัวประชาชน', 'เลขบัตร', 'national id'],
  birthDate: ['ว/ด/ป เกิด', 'วดป เกิด', 'วันเกิด', 'วันเดือนปีเกิด', 'birth date'],
  address: ['บ้านเลขที่', 'ที่อยู่', 'address'],
  village: ['หมู่ที่', 'หมู่', 'หมู่บ้าน', 'village'],
  joinDate: ['วันที่สมัคร', 'วันสมัคร', 'วันที่เป็นสมาชิก', 'วันที่เข้าเป็นสมาชิก', 'join date'],
  date: ['วันที่', 'ว/ด/ป', 'วดป', 'วัน/เดือน/ปี', 'วันเดือนปี', 'date', 'วันที่รับ', 'วันที่จ่าย', 'วันที่ชำระ', 'วันที่ฝาก'],
  receiptNo: ['เลขที่ใบเสร็จ', 'ใบเสร็จเลขที่', 'เลขที่', 'ใบเสร็จ', 'receipt no'],
  voucherNo: ['เลขที่ใบสำคัญจ่าย', 'ใบสำคัญจ่าย', 'เลขที่', 'voucher no'],
  entryNo: ['เลขที่', 'เลขที่รายการ', 'entry no'],
  amount: ['จำนวนเงิน', 'เงิน (บาท)', 'เงิน', 'บาท', 'จำนวนเงิน (บาท)', 'ยอดเงิน', 'amount', 'เงินฝาก', 'ยอดฝาก'],
  units: ['จำนวน', 'จำนวนหน่วย', 'หน่วย', 'units'],
  benefit: ['รายการ', 'ประเภทสวัสดิการ', 'สวัสดิการ', 'ประเภท', 'benefit'],
  description: ['รายการ', 'รายละเอียด', 'description', 'คำอธิบาย'],
  income: ['รับ', 'รายรับ', 'เงินรับ', 'income', 'รายได้'],
  expense: ['จ่าย', 'รายจ่าย', 'เงินจ่าย', 'expense', 'expenses'],
  balance: ['คงเหลือ', 'ยอดคงเหลือ', 'balance', 'เงินคงเหลือ'],
  total: ['รวม', 'รวมทั้งสิ้น', 'ยอดรวม', 'รวมทั้งปี', 'รวมเงิน', 'total'],
  yearCovered: ['ปี', 'ประจำปี', 'ปีที่ชำระ', 'ปี พ.ศ.'],
  'fee:entry_fee': ['ค่าสมัคร', 'ค่าแรกเข้า', 'ค่าธรรมเนียมแรกเข้า', 'entry fee'],
  'fee:annual_fee': ['ค่าบำรุง', 'ค่าบำรุงรายปี', 'ค่าสมทบรายปี', 'annual fee'],
  'fee:savings': ['เงินออม', 'ออม', 'เงินสัจจะ', 'savings'],
  recordedBy: ['ผู้บันทึก', 'ผู้รับเงิน', 'recorded by'],
  approvedBy: ['ผู้อนุมัติ', 'approved by'],
  source: ['แหล่งที่มา', 'แหล่งที่มา/ผู้รับเงิน', 'ผู้จ่าย/ผู้รับ', 'source'],
  status: ['สถานะ', 'status'],
  statusDate: ['วันที่เปลี่ยนสถานะ', 'วันที่ลาออก/เสียชีวิต'],
  note: ['หมายเหตุ', 'note', 'notes', 'remark'],
  kind: ['ประเภท', 'ประเภทเงิน', 'type'],
  project: ['โครงการ', 'โครงการ/กลุ่มผู้รับ'],
};

/** The fields a tab of each kind may map its columns to, in the order the dialog lists them. */
export const KIND_FIELDS: Record<ImportKind, ImportField[]> = {
  members: [
    'memberId',
    'name',
    'nationalId',
    'birthDate',
    'address',
    'village',
    'phone',
    'joinDate',
    'status',
    'statusDate',
    'beneficiary',
    'note',
    'seq',
  ],
  depositLog: [
    'receiptNo',
    'date',
    'memberId',
    'name',
    'kind',
    'amount',
    'yearCovered',
    'recordedBy',
    'note',
    'seq',
    'total',
  ],
  receipts: [
    'receiptNo',
    'date',
    'memberId',
    'name',
    'fee:entry_fee',
    'fee:annual_fee',
    'fee:savings',
    'yearCovered',
    'recordedBy',
    'note',
    'seq',
    'total',
  ],
  savingsGrid: [
    'memberId',
    'name',
    ...Array.from({ length: 12 }, (_, i) => `month:${i + 1}`),
    ...Array.from({ length: 31 }, (_, i) => `day:${i + 1}`),
    'total',
    'note',
    'seq',
  ],
  welfare: [
    'voucherNo',
    'date',
    'memberId',
    'name',
    'project',
    'benefit',
    'units',
    'amount',
    'approvedBy',
    'note',
    'overrideReason',
    'seq',
  ],
  ledger: [
    'entryNo',
    'date',
    'description',
    'kind',
    'source',
    'income',
    'expense',
    'amount',
    'balance',
    'round',
    'recordedBy',
    'note',
    'seq',
  ],
};

function buildWordMap(): Map<string, Set<ImportField>> {
  const words = new Map<string, Set<ImportField>>();
  const add = (field: ImportField, word: string) => {
    const n = normalizeHeader(word);
    if (n === '') return;
    let s = words.get(n);
    if (!s) words.set(n, (s = new Set()));
    s.add(field);
  };
  for (const key of ['members', 'deposits', 'welfare', 'ledger'] as const) {
    for (const col of SHEETS[key].columns) for (const w of headerSpellings(col)) add(col.key, w);
  }
  for (const [field, list] of Object.entries(EXTRA_WORDS)) for (const w of list) add(field, w);
  for (let m = 1; m <= 12; m++) {
    for (const w of [THAI_MONTHS_LONG[m - 1], THAI_MONTHS_SHORT[m - 1], ...MONTH_EXTRA[m - 1]]) add(`month:${m}`, w);
  }
  // The schema's aliases meant for its own sheets would mislead here: "บาท" and "เงิน" name an
  // amount, never a kind; "ปี" is the year a fee covers only in a log.
  return words;
}

const WORDS = buildWordMap();
/** Words by length, longest first, for the partial match ("วันที่รับเงิน" starts with "วันที่"). */
const WORDS_BY_LENGTH = [...WORDS.keys()].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);

/** The month (1–12) a header cell names, or null. Dots and spaces do not matter ("ส.ค.", "สค"). */
export function monthOfHeader(cell: unknown): number | null {
  const fields = WORDS.get(normalizeHeader(cell));
  if (!fields) return null;
  for (const f of fields) if (f.startsWith('month:')) return Number(f.slice(6));
  return null;
}

/** The day (1–31) a header cell names in a day grid: a bare number, Thai digits too. */
export function dayOfHeader(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 31 ? cell : null;
  const s = thaiDigitsToArabic(String(cell ?? '')).trim();
  if (!/^\d{1,2}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 31 ? n : null;
}

export interface WordMatch {
  field: ImportField;
  confidence: number;
}

/**
 * The fields a header cell may name, best first, among `allowed`: an exact word is 1 (0.9 when
 * the word names several allowed fields), a header that begins with a known word 0.6, one that
 * merely contains it 0.4.
 */
export function matchHeaderWord(cell: unknown, allowed: readonly ImportField[]): WordMatch[] {
  const n = normalizeHeader(thaiDigitsToArabic(String(cell ?? '')));
  if (n === '') return [];
  const ok = new Set(allowed);
  const exact = [...(WORDS.get(n) ?? [])].filter((f) => ok.has(f));
  if (exact.length > 0) {
    const c = exact.length === 1 ? 1 : 0.9;
    return orderByAllowed(exact, allowed).map((field) => ({ field, confidence: c }));
  }
  if (ok.has('day:1')) {
    const d = dayOfHeader(cell);
    if (d !== null) return [{ field: `day:${d}`, confidence: 1 }];
  }
  const out: WordMatch[] = [];
  const seen = new Set<ImportField>();
  for (const w of WORDS_BY_LENGTH) {
    if (w.length < 3 || !n.includes(w)) continue;
    const c = n.startsWith(w) ? 0.6 : 0.4;
    for (const f of orderByAllowed([...(WORDS.get(w) ?? [])], allowed)) {
      if (!ok.has(f) || seen.has(f)) continue;
      // A month inside a longer header ("รวม ม.ค.–มี.ค.") is not a month column.
      if (f.startsWith('month:') || f === 'seq') continue;
      seen.add(f);
      out.push({ field: f, confidence: c });
    }
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}

function orderByAllowed(fields: ImportField[], allowed: readonly ImportField[]): ImportField[] {
  return fields.sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
}

/** True when the cell is a word of the dictionary for any field (used to find the header row). */
export function isHeaderWord(cell: unknown): boolean {
  const n = normalizeHeader(cell);
  return n !== '' && WORDS.has(n);
}

/** Words that open a total row ("รวม", "รวมทั้งสิ้น", "ยอดรวม", "total"). */
export function isTotalLabel(cell: unknown): boolean {
  if (typeof cell !== 'string') return false;
  const n = normalizeHeader(cell);
  return /^(รวม|ยอดรวม|total|grandtotal|sum)/.test(n) && n.length <= 20;
}

/** Every field name the dialog can show, with its Thai and English label. */
export const FIELD_LABELS: Record<string, { th: string; en: string }> = (() => {
  const labels: Record<string, { th: string; en: string }> = {
    seq: { th: 'ลำดับ (ไม่นำเข้า)', en: 'Row number (not imported)' },
    name: { th: 'ชื่อ-สกุล', en: 'Name' },
    description: { th: 'รายการ/คำอธิบาย', en: 'Description' },
    income: { th: 'รับ', en: 'Income' },
    expense: { th: 'จ่าย', en: 'Expense' },
    balance: { th: 'คงเหลือ (ใช้ตรวจ)', en: 'Balance (checked only)' },
    total: { th: 'รวม (ใช้ตรวจยอด)', en: 'Total (checked only)' },
    'fee:entry_fee': { th: 'ค่าสมัคร', en: 'Entry fee' },
    'fee:annual_fee': { th: 'ค่าบำรุงรายปี', en: 'Annual fee' },
    'fee:savings': { th: 'เงินออม', en: 'Savings' },
  };
  for (const key of ['members', 'deposits', 'welfare', 'ledger'] as const) {
    for (const c of SHEETS[key].columns) if (!labels[c.key]) labels[c.key] = { th: c.th, en: c.en };
  }
  for (let m = 1; m <= 12; m++) labels[`month:${m}`] = { th: `เดือน ${THAI_MONTHS_SHORT[m - 1]}`, en: `Month ${m}` };
  for (let d = 1; d <= 31; d++) labels[`day:${d}`] = { th: `วันที่ ${d}`, en: `Day ${d}` };
  return labels;
})();
