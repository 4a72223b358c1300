/**
 * The benefit catalogue's fields, written once. This table is the benefit sheet's columns (in
 * this order, `SHEETS.benefits` in src/core/schema.ts), the `Benefit` type, the blank value of a
 * row and how each cell is read (src/core/settings/benefits.ts). A new kind of benefit rule is
 * one entry here, its check in src/core/eligibility.ts and its words (docs/EXTENDING.md).
 *
 * The schema takes its columns from here, so this module imports nothing that imports it.
 */
import type { MessageKey } from '../i18n';
import type { ColumnDef, ColumnKind } from '../columns';
import type { Payee } from '../vocabulary';

export interface Tier {
  /** Whole years of membership from which this amount applies. */
  years: number;
  /** Baht per event. */
  amount: number;
}

/**
 * How a field's cell is read:
 * - 'money': baht, not negative; blank = no limit (null);
 * - 'whole': a whole number; blank = no limit (null);
 * - 'flag': yes/no; blank = the built-in benefit's value, else `blank`;
 * - the others are the row's identity and words, read one by one.
 */
type FieldRead = 'code' | 'name' | 'payee' | 'unit' | 'tiers' | 'money' | 'whole' | 'flag';

interface FieldDef {
  key: string;
  th: string;
  en: string;
  read: FieldRead;
  /** The cell kind of the column (number format, dropdown). */
  cell: ColumnKind;
  width: number;
  required?: true;
  /** What an invalid 'money' / 'whole' cell falls back to, as the finding says. */
  fallback?: MessageKey;
  /** A 'flag' left blank on a benefit that is not built in. */
  blank?: boolean;
}

const MONEY = { read: 'money', cell: 'money' } as const;
const WHOLE = { read: 'whole', cell: 'int' } as const;
const FLAG = { read: 'flag', cell: 'choice' } as const;

export const BENEFIT_FIELDS = [
  { key: 'code', th: 'รหัส', en: 'Code', read: 'code', cell: 'id', required: true, width: 90 },
  { key: 'name', th: 'ชื่อสวัสดิการ', en: 'Benefit', read: 'name', cell: 'text', required: true, width: 170 },
  { key: 'payee', th: 'จ่ายให้', en: 'Paid to', read: 'payee', cell: 'choice', width: 100 },
  { key: 'unit', th: 'หน่วย', en: 'Unit', read: 'unit', cell: 'text', width: 70 },
  { key: 'amountPerUnit', th: 'บาทต่อหน่วย', en: 'Baht per unit', ...MONEY, width: 100, fallback: 'fallback.committee' },
  { key: 'waitingDays', th: 'ระยะรอสิทธิ์ (วัน)', en: 'Waiting period (days)', ...WHOLE, width: 110 },
  { key: 'maxUnitsPerEvent', th: 'หน่วยสูงสุดต่อครั้ง', en: 'Max units per event', ...WHOLE, width: 110 },
  { key: 'capPerEvent', th: 'เพดานต่อครั้ง (บาท)', en: 'Cap per event', ...MONEY, width: 110 },
  { key: 'capPerYear', th: 'เพดานต่อปี (บาท)', en: 'Cap per year', ...MONEY, width: 110 },
  { key: 'capLifetime', th: 'เพดานตลอดชีพ (บาท)', en: 'Lifetime cap', ...MONEY, width: 110 },
  { key: 'maxTimesLifetime', th: 'จำนวนครั้งสูงสุดตลอดชีพ', en: 'Max times per lifetime', ...WHOLE, width: 120 },
  // Years of membership = baht per event ("1=3000, 3=5000"), read by parseTiers (./cells.ts).
  {
    key: 'tiers',
    th: 'ขั้นตามอายุสมาชิก (ปี=บาท)',
    en: 'Tiers by years of membership (years=baht)',
    read: 'tiers',
    cell: 'text',
    width: 200,
  },
  { key: 'minAge', th: 'อายุขั้นต่ำ', en: 'Min age', ...WHOLE, width: 80 },
  { key: 'maxAge', th: 'อายุสูงสุด', en: 'Max age', ...WHOLE, width: 80 },
  // A benefit paid because the member died (the claim is dated on/after the death).
  { key: 'onDeath', th: 'จ่ายเมื่อเสียชีวิต', en: 'Paid on death', ...FLAG, width: 100, blank: false },
  // Health, disability or death data: never leaves the fund book per person (PDPA).
  { key: 'sensitive', th: 'ข้อมูลอ่อนไหว', en: 'Sensitive', ...FLAG, width: 90, blank: false },
  { key: 'active', th: 'ใช้งาน', en: 'In use', ...FLAG, width: 70, blank: true },
] as const satisfies readonly FieldDef[];

type Field = (typeof BENEFIT_FIELDS)[number];
type KeysRead<R extends FieldRead> = Extract<Field, { read: R }>['key'];
/** The fields that are a number or "no limit" (null). */
export type BenefitLimit = KeysRead<'money' | 'whole'>;
export type BenefitFlag = KeysRead<'flag'>;

/** One kind of welfare, one row of the benefit sheet. null in a number field means "no limit" / "not set". */
export type Benefit = {
  code: string;
  name: string;
  payee: Payee;
  /** What a unit is (คน, คืน, ครั้ง …), shown next to the units field. */
  unit: string;
  /** Amount per event by whole years of membership, ascending by years; [] = no tiers. */
  tiers: Tier[];
} & { [K in BenefitLimit]: number | null } & { [K in BenefitFlag]: boolean };

/** The benefit sheet's columns: payee and yes/no fields are dropdowns. */
export function benefitColumns(): ColumnDef[] {
  return BENEFIT_FIELDS.map(({ key, th, en, cell, width, ...f }) => {
    const col: ColumnDef = { key, th, en, kind: cell, width };
    if ('required' in f) col.required = true;
    if (f.read === 'payee') col.choices = 'payee';
    if (f.read === 'flag') col.choices = 'yesNo';
    return col;
  });
}

/**
 * A benefit with every limit unset and every flag at its blank value, then `given` on top:
 * a default row or a benefit made by the import names only what it sets.
 */
export function newBenefit(given: Partial<Benefit> & { code: string; name: string }): Benefit {
  const b: Record<string, unknown> = { payee: 'member', unit: '', tiers: [] };
  for (const f of BENEFIT_FIELDS) {
    if (f.read === 'money' || f.read === 'whole') b[f.key] = null;
    else if (f.read === 'flag') b[f.key] = f.blank;
  }
  const out = { ...b, ...given } as Benefit;
  out.tiers = out.tiers.map((t) => ({ ...t }));
  return out;
}

/**
 * Ban Don Chai's benefit kinds (seed 001). The seeds give cases and baht, not the rules, so the
 * numbers below are chosen to reproduce those averages and are meant to be edited:
 * - newborn: 14 cases / 7,000 = 500 per child; 270 days' wait so joining late in a pregnancy
 *   does not pay at once.
 * - sickness: 432 cases / 152,000 ≈ 352 per case ≈ 3–4 nights at 100 baht; at most 10 nights
 *   per stay and 2,000 baht per fiscal year so one long illness cannot drain the fund.
 * - death: 129 cases / 1,064,778 ≈ 8,254 per case; paid once, rising with years of membership
 *   (the group changed this rule after analysing its data, so tiers are data, not code).
 * - disabled: 4 cases / 2,006 ≈ 500; once per fiscal year.
 * - education: 5 cases / 13,610 ≈ 2,722 (not round), so the committee sets the amount, up to
 *   3,000 per fiscal year.
 * - community enterprise and community shop: grants to a project; the committee sets the amount.
 * 180 days is the common waiting period for new members; a year for education.
 * Fields not named are unset (no limit) or at their blank value (`newBenefit`).
 */
export const DEFAULT_BENEFITS: Benefit[] = [
  newBenefit({ code: 'newborn', name: 'ค่าทำขวัญบุตร', unit: 'คน', amountPerUnit: 500, waitingDays: 270 }),
  newBenefit({
    code: 'sickness',
    name: 'ค่าเยี่ยมไข้',
    unit: 'คืน',
    amountPerUnit: 100,
    waitingDays: 180,
    maxUnitsPerEvent: 10,
    capPerYear: 2000,
    sensitive: true,
  }),
  newBenefit({
    code: 'death',
    name: 'เงินสงเคราะห์ (เสียชีวิต)',
    unit: 'ราย',
    waitingDays: 180,
    maxUnitsPerEvent: 1,
    maxTimesLifetime: 1,
    tiers: [
      { years: 0, amount: 3000 },
      { years: 1, amount: 6000 },
      { years: 3, amount: 10000 },
      { years: 5, amount: 15000 },
    ],
    sensitive: true,
    onDeath: true,
  }),
  newBenefit({
    code: 'disabled',
    name: 'ผู้ด้อยโอกาส/พิการ',
    unit: 'ครั้ง',
    amountPerUnit: 500,
    waitingDays: 180,
    maxUnitsPerEvent: 1,
    capPerYear: 500,
    sensitive: true,
  }),
  newBenefit({
    code: 'education',
    name: 'เพื่อการศึกษา',
    unit: 'คน',
    waitingDays: 365,
    capPerEvent: 3000,
    capPerYear: 3000,
  }),
  newBenefit({ code: 'enterprise', name: 'วิสาหกิจชุมชน', payee: 'project', unit: 'โครงการ' }),
  newBenefit({ code: 'shop', name: 'ร้านค้าชุมชน', payee: 'project', unit: 'โครงการ' }),
];

/** English names and units of the default benefits, for benefitRows('en'); a fund's own rows keep whatever they say. */
const DEFAULT_BENEFIT_EN: Record<string, readonly [name: string, unit: string]> = {
  newborn: ['New-born gift', 'child'],
  sickness: ['Sickness visit', 'night'],
  death: ['Death benefit', 'case'],
  disabled: ['Disadvantaged/disabled', 'time'],
  education: ['Education', 'person'],
  enterprise: ['Community enterprise', 'project'],
  shop: ['Community shop', 'project'],
};

/** A default benefit's English name and unit; undefined for a fund's own benefit. */
export function defaultBenefitEn(code: string): { name: string; unit: string } | undefined {
  const en = DEFAULT_BENEFIT_EN[code];
  return en ? { name: en[0], unit: en[1] } : undefined;
}
