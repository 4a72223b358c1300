/**
 * The fund's own rules as data: key/value settings and the benefit catalogue, read from the
 * settings sheets, with a finding for everything missing or invalid (the default is used and
 * the finding says so). Defaults come from the seeds (Ban Don Chai, docs/DOMAIN.md).
 */
import { text } from './i18n';
import type { Lang, Text } from './i18n';
import { parseDate, ymdFromDay } from './dates';
import type { DayNumber } from './dates';
import { textWith } from './findings';
import type { Finding } from './findings';
import { formatBaht, parseAmount, parseInteger, shownValue, thaiDigitsToArabic } from './parse';
import { CHOICES, SHEETS, findChoice, matchHeaders, normalizeHeader } from './schema';

import type { Payee } from './vocabulary';
export type { Payee } from './vocabulary';

export interface Tier {
  /** Whole years of membership from which this amount applies. */
  years: number;
  /** Baht per event. */
  amount: number;
}

/** One kind of welfare. null in a number field means "no limit" / "not set". */
export interface Benefit {
  code: string;
  name: string;
  payee: Payee;
  /** What a unit is (คน, คืน, ครั้ง …), shown next to the units field. */
  unit: string;
  /** Baht per unit; null: the committee sets the amount each time. */
  amountPerUnit: number | null;
  waitingDays: number | null;
  maxUnitsPerEvent: number | null;
  capPerEvent: number | null;
  capPerYear: number | null;
  capLifetime: number | null;
  maxTimesLifetime: number | null;
  /** Amount per event by whole years of membership, ascending by years; [] = no tiers. */
  tiers: Tier[];
  minAge: number | null;
  maxAge: number | null;
  /** Health, disability or death data: never leaves the fund book per person (PDPA). */
  sensitive: boolean;
  active: boolean;
  /** Paid because the member died (the claim is dated on/after the death). */
  onDeath: boolean;
}

export interface FundSettings {
  fundName: string;
  place: string;
  subdistrict: string;
  district: string;
  province: string;
  foundedDay: DayNumber | null;
  entryFee: number;
  annualFee: number;
  savingsPerDay: number;
  fiscalYearStartMonth: number;
  annualFeeGraceDays: number;
  suspendAfterArrearsDays: number;
  lapseAfterArrearsDays: number;
  sensitiveThreshold: number;
  adminCostCeiling: number;
  /** The largest amount one record may hold; above it an amount is a finding and is not counted. */
  amountCeiling: number;
  language: Lang;
  benefits: Benefit[];
}

export type SettingKey = Exclude<keyof FundSettings, 'benefits'>;
export type SettingKind = 'text' | 'date' | 'money' | 'days' | 'count' | 'month' | 'ratio' | 'language';

export interface SettingDef {
  key: SettingKey;
  th: string;
  en: string;
  default: string | number | null;
  helpTh: string;
  helpEn: string;
  kind: SettingKind;
}

/**
 * Every key/value setting, in the order the settings sheet lists them. Defaults follow the seeds
 * (docs/DOMAIN.md): 50 baht entry fee, 50 baht a year, 1 baht a day, Thai fiscal year from October.
 */
export const SETTING_DEFS: SettingDef[] = [
  {
    key: 'fundName',
    th: 'ชื่อกองทุน',
    en: 'Fund name',
    default: 'กองทุนสวัสดิการชุมชน',
    kind: 'text',
    helpTh: 'ชื่อที่แสดงบนรายงานทุกฉบับ',
    helpEn: 'Shown on every report',
  },
  {
    key: 'place',
    th: 'ที่ตั้ง (หมู่บ้าน ตำบล อำเภอ จังหวัด)',
    en: 'Place (village, sub-district, district, province)',
    default: '',
    kind: 'text',
    helpTh: 'แสดงบนรายงานให้หน่วยงานและเครือข่าย',
    helpEn: 'Shown on reports for local government and the network',
  },
  {
    key: 'subdistrict',
    th: 'ตำบล',
    en: 'Sub-district (tambon)',
    default: '',
    kind: 'text',
    helpTh: 'ใช้รวมข้อมูลเป็นเครือข่ายตำบลและจังหวัด',
    helpEn: 'Used to roll figures up into sub-district and province networks',
  },
  {
    key: 'district',
    th: 'อำเภอ',
    en: 'District (amphoe)',
    default: '',
    kind: 'text',
    helpTh: 'ใช้รวมข้อมูลเป็นเครือข่าย',
    helpEn: 'Used by the network roll-up',
  },
  {
    key: 'province',
    th: 'จังหวัด',
    en: 'Province',
    default: '',
    kind: 'text',
    helpTh: 'ใช้รวมข้อมูลเป็นเครือข่าย',
    helpEn: 'Used by the network roll-up',
  },
  {
    key: 'foundedDay',
    th: 'วันที่ก่อตั้งกองทุน',
    en: 'Founded on',
    default: null,
    kind: 'date',
    helpTh: 'เช่น 15/8/2545 (เว้นว่างได้)',
    helpEn: 'e.g. 15/8/2545 (may be left blank)',
  },
  {
    key: 'entryFee',
    th: 'ค่าสมัครแรกเข้า (บาท)',
    en: 'Entry fee (baht)',
    default: 50,
    kind: 'money',
    helpTh: 'จ่ายครั้งเดียวเมื่อสมัคร',
    helpEn: 'Paid once, on joining',
  },
  {
    key: 'annualFee',
    th: 'ค่าบำรุงรายปี (บาทต่อปี)',
    en: 'Annual fee (baht per year)',
    default: 50,
    kind: 'money',
    helpTh: 'จ่ายทุกปีบัญชี บันทึกปี พ.ศ. ที่ชำระในคอลัมน์ "ปีที่ชำระ"',
    helpEn: 'Paid every fiscal year; record the B.E. year in "Year covered"',
  },
  {
    key: 'savingsPerDay',
    th: 'เงินออมต่อวัน (บาท)',
    en: 'Savings per day (baht)',
    default: 1,
    kind: 'money',
    helpTh: 'ออมวันละกี่บาท ใช้คำนวณวันที่ออมครบถึงและยอดค้าง',
    helpEn: 'Daily savings; gives the paid-through date and arrears',
  },
  {
    key: 'fiscalYearStartMonth',
    th: 'เดือนเริ่มต้นปีบัญชี (1–12)',
    en: 'First month of the fiscal year (1–12)',
    default: 10,
    kind: 'month',
    helpTh: '10 = ตุลาคม (ปีงบประมาณ) ปีบัญชีเรียกตามปี พ.ศ. ที่สิ้นสุด',
    helpEn: '10 = October (government fiscal year); named by the B.E. year it ends in',
  },
  {
    key: 'annualFeeGraceDays',
    th: 'ผ่อนผันค่าบำรุงรายปี (วัน)',
    en: 'Annual fee grace period (days)',
    default: 90,
    kind: 'days',
    helpTh: 'ค่าบำรุงของแต่ละปีถือว่าค้างเมื่อพ้นวันเริ่มปีบัญชี (หรือวันสมัคร) ไปแล้วกี่วัน',
    helpEn: "Days after the fiscal year's start (or joining) before the year's fee is overdue",
  },
  {
    key: 'suspendAfterArrearsDays',
    th: 'พักสิทธิ์เมื่อค้างเงินออมเกิน (วัน)',
    en: 'Suspend after savings arrears of (days)',
    default: 90,
    kind: 'days',
    helpTh: 'สมาชิกที่ค้างเงินออมเกินจำนวนวันนี้ หรือค้างค่าบำรุง ยังไม่มีสิทธิ์รับสวัสดิการ',
    helpEn: 'Members behind on savings longer than this, or with an overdue annual fee, cannot claim',
  },
  {
    key: 'lapseAfterArrearsDays',
    th: 'พ้นสภาพเมื่อค้างเงินออมเกิน (วัน)',
    en: 'Lapse after savings arrears of (days)',
    default: 365,
    kind: 'days',
    helpTh: 'สมาชิกที่ค้างเงินออมเกินจำนวนวันนี้ถือว่าพ้นสภาพ',
    helpEn: 'Members behind on savings longer than this lapse',
  },
  {
    key: 'sensitiveThreshold',
    th: 'ไม่แสดงจำนวนรายที่น้อยกว่า (ราย)',
    en: 'Hide counts below (cases)',
    default: 3,
    kind: 'count',
    helpTh: 'ในรายงานถึงหน่วยงาน กลุ่มที่มีน้อยกว่านี้จะไม่แสดงตัวเลข เพื่อไม่ให้ระบุตัวบุคคลได้',
    helpEn: 'Reports for local government hide groups smaller than this, so no one can be identified',
  },
  {
    key: 'adminCostCeiling',
    th: 'ค่าบริหารจัดการไม่เกิน (สัดส่วนของขนาดกองทุน)',
    en: 'Admin cost ceiling (share of fund size)',
    default: 0.2,
    kind: 'ratio',
    helpTh: 'เช่น 0.2 หรือ 20%: ค่าบริหารในงวดเทียบกับยอดเงินกองทุน (ดูในแผ่นงานฐานะกองทุน)',
    helpEn: 'e.g. 0.2 or 20%: admin cost in the period against the fund balance (see the fund status sheet)',
  },
  {
    key: 'amountCeiling',
    th: 'จำนวนเงินต่อรายการไม่เกิน (บาท)',
    en: 'Largest amount per entry (baht)',
    default: 10000000,
    kind: 'money',
    helpTh: 'จำนวนเงินในรายการใดที่มากกว่านี้ถือว่าพิมพ์ผิด (เช่น วางเลขบัตรประชาชนในช่องเงิน) จะถูกแจ้งและไม่นำไปรวมยอด',
    helpEn:
      'An entry above this is treated as a typing mistake (e.g. an id pasted into an amount): reported and not counted',
  },
  {
    key: 'language',
    th: 'ภาษาในรายงาน (th/en)',
    en: 'Report language (th/en)',
    default: 'th',
    kind: 'language',
    helpTh: 'th = ไทย, en = อังกฤษ',
    helpEn: 'th = Thai, en = English',
  },
];

const NO = null;

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
 */
export const DEFAULT_BENEFITS: Benefit[] = [
  {
    code: 'newborn',
    name: 'ค่าทำขวัญบุตร',
    payee: 'member',
    unit: 'คน',
    amountPerUnit: 500,
    waitingDays: 270,
    maxUnitsPerEvent: NO,
    capPerEvent: NO,
    capPerYear: NO,
    capLifetime: NO,
    maxTimesLifetime: NO,
    tiers: [],
    minAge: NO,
    maxAge: NO,
    sensitive: false,
    active: true,
    onDeath: false,
  },
  {
    code: 'sickness',
    name: 'ค่าเยี่ยมไข้',
    payee: 'member',
    unit: 'คืน',
    amountPerUnit: 100,
    waitingDays: 180,
    maxUnitsPerEvent: 10,
    capPerEvent: NO,
    capPerYear: 2000,
    capLifetime: NO,
    maxTimesLifetime: NO,
    tiers: [],
    minAge: NO,
    maxAge: NO,
    sensitive: true,
    active: true,
    onDeath: false,
  },
  {
    code: 'death',
    name: 'เงินสงเคราะห์ (เสียชีวิต)',
    payee: 'member',
    unit: 'ราย',
    amountPerUnit: NO,
    waitingDays: 180,
    maxUnitsPerEvent: 1,
    capPerEvent: NO,
    capPerYear: NO,
    capLifetime: NO,
    maxTimesLifetime: 1,
    tiers: [
      { years: 0, amount: 3000 },
      { years: 1, amount: 6000 },
      { years: 3, amount: 10000 },
      { years: 5, amount: 15000 },
    ],
    minAge: NO,
    maxAge: NO,
    sensitive: true,
    active: true,
    onDeath: true,
  },
  {
    code: 'disabled',
    name: 'ผู้ด้อยโอกาส/พิการ',
    payee: 'member',
    unit: 'ครั้ง',
    amountPerUnit: 500,
    waitingDays: 180,
    maxUnitsPerEvent: 1,
    capPerEvent: NO,
    capPerYear: 500,
    capLifetime: NO,
    maxTimesLifetime: NO,
    tiers: [],
    minAge: NO,
    maxAge: NO,
    sensitive: true,
    active: true,
    onDeath: false,
  },
  {
    code: 'education',
    name: 'เพื่อการศึกษา',
    payee: 'member',
    unit: 'คน',
    amountPerUnit: NO,
    waitingDays: 365,
    maxUnitsPerEvent: NO,
    capPerEvent: 3000,
    capPerYear: 3000,
    capLifetime: NO,
    maxTimesLifetime: NO,
    tiers: [],
    minAge: NO,
    maxAge: NO,
    sensitive: false,
    active: true,
    onDeath: false,
  },
  {
    code: 'enterprise',
    name: 'วิสาหกิจชุมชน',
    payee: 'project',
    unit: 'โครงการ',
    amountPerUnit: NO,
    waitingDays: NO,
    maxUnitsPerEvent: NO,
    capPerEvent: NO,
    capPerYear: NO,
    capLifetime: NO,
    maxTimesLifetime: NO,
    tiers: [],
    minAge: NO,
    maxAge: NO,
    sensitive: false,
    active: true,
    onDeath: false,
  },
  {
    code: 'shop',
    name: 'ร้านค้าชุมชน',
    payee: 'project',
    unit: 'โครงการ',
    amountPerUnit: NO,
    waitingDays: NO,
    maxUnitsPerEvent: NO,
    capPerEvent: NO,
    capPerYear: NO,
    capLifetime: NO,
    maxTimesLifetime: NO,
    tiers: [],
    minAge: NO,
    maxAge: NO,
    sensitive: false,
    active: true,
    onDeath: false,
  },
];

/** English names and units for benefitRows('en'); a fund's own rows keep whatever they say. */
const DEFAULT_BENEFIT_EN: Record<string, { name: string; unit: string }> = {
  newborn: { name: 'New-born gift', unit: 'child' },
  sickness: { name: 'Sickness visit', unit: 'night' },
  death: { name: 'Death benefit', unit: 'case' },
  disabled: { name: 'Disadvantaged/disabled', unit: 'time' },
  education: { name: 'Education', unit: 'person' },
  enterprise: { name: 'Community enterprise', unit: 'project' },
  shop: { name: 'Community shop', unit: 'project' },
};

function cloneBenefit(b: Benefit): Benefit {
  return { ...b, tiers: b.tiers.map((t) => ({ ...t })) };
}

export function defaultSettings(): FundSettings {
  const s: Record<string, unknown> = {};
  for (const def of SETTING_DEFS) s[def.key] = def.default;
  s.benefits = DEFAULT_BENEFITS.map(cloneBenefit);
  return s as unknown as FundSettings;
}

export function settingsRows(lang: Lang): unknown[][] {
  return SETTING_DEFS.map((def) => {
    const row: unknown[] = [];
    for (const col of SHEETS.settings.columns) {
      if (col.key === 'setting') row.push(lang === 'th' ? def.th : def.en);
      else if (col.key === 'value') row.push(def.default === null ? '' : def.default);
      else if (col.key === 'help') row.push(lang === 'th' ? def.helpTh : def.helpEn);
      else row.push('');
    }
    return row;
  });
}

function yesNo(v: boolean, lang: Lang): string {
  const c = CHOICES.yesNo.find((x) => x.code === (v ? 'yes' : 'no'))!;
  return lang === 'th' ? c.th : c.en;
}

/** One benefit as a row of the benefit sheet (column order of SHEETS.benefits). */
export function benefitRow(b: Benefit, lang: Lang): unknown[] {
  const en = lang === 'en' ? DEFAULT_BENEFIT_EN[b.code] : undefined;
  const payee = CHOICES.payee.find((c) => c.code === b.payee)!;
  const cells: Record<string, unknown> = {
    code: b.code,
    name: en ? en.name : b.name,
    payee: lang === 'th' ? payee.th : payee.en,
    unit: en ? en.unit : b.unit,
    amountPerUnit: b.amountPerUnit,
    waitingDays: b.waitingDays,
    maxUnitsPerEvent: b.maxUnitsPerEvent,
    capPerEvent: b.capPerEvent,
    capPerYear: b.capPerYear,
    capLifetime: b.capLifetime,
    maxTimesLifetime: b.maxTimesLifetime,
    tiers: formatTiers(b.tiers),
    minAge: b.minAge,
    maxAge: b.maxAge,
    onDeath: yesNo(b.onDeath, lang),
    sensitive: yesNo(b.sensitive, lang),
    active: yesNo(b.active, lang),
  };
  return SHEETS.benefits.columns.map((col) => {
    const v = cells[col.key];
    return v === null || v === undefined ? '' : v;
  });
}

export function benefitRows(lang: Lang): unknown[][] {
  return DEFAULT_BENEFITS.map((b) => benefitRow(b, lang));
}

// ----------------------------------------------------------------- tiers

/**
 * "1=3000, 3=5000, 5=10000" (years of membership = baht per event). Separators: comma, semicolon,
 * new line; "ปี" after the years and ":" for "=" are accepted; thousands separators inside an
 * amount are fine ("1=3,000, 3=5,000"): a comma only separates when a "years=" follows it.
 */
export function parseTiers(value: unknown): { ok: true; tiers: Tier[] } | { ok: false; reason: Text } {
  if (value === null || value === undefined || value === '') return { ok: true, tiers: [] };
  if (typeof value !== 'string') return { ok: false, reason: text('tiers.notText') };
  const s = thaiDigitsToArabic(value).trim();
  if (s === '') return { ok: true, tiers: [] };
  const pieces = s
    .split(/[;\n]|,(?=\s*\d+\s*(?:ปี)?\s*[=:])/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const tiers: Tier[] = [];
  for (const piece of pieces) {
    const m = piece.match(/^(\d+)\s*(?:ปี)?\s*[=:]\s*(.+)$/);
    const amount = m ? parseAmount(m[2]) : null;
    if (!m || !amount || !amount.ok || amount.value < 0) return { ok: false, reason: text('tiers.piece', { piece }) };
    const years = Number(m[1]);
    if (tiers.length > 0 && years <= tiers[tiers.length - 1].years)
      return { ok: false, reason: text('tiers.order', { years }) };
    tiers.push({ years, amount: amount.value });
  }
  return { ok: true, tiers };
}

export function formatTiers(tiers: Tier[]): string {
  return tiers.map((t) => `${t.years}=${t.amount}`).join(', ');
}

// ----------------------------------------------------------------- reading the sheets

type ValueResult<T> = { ok: true; value: T; warning?: Text } | { ok: false; detail: Text };

function readSettingValue(def: SettingDef, cell: unknown): ValueResult<unknown> {
  switch (def.kind) {
    case 'text': {
      const v = typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : shownValue(cell);
      if (v === '' && def.key === 'fundName') return { ok: false, detail: text('detail.empty') };
      return { ok: true, value: v };
    }
    case 'date': {
      if (cell === '' || cell === null || cell === undefined) return { ok: true, value: null };
      const p = parseDate(cell);
      return p.ok ? { ok: true, value: p.value, warning: p.warnings[0] } : { ok: false, detail: p.reason };
    }
    case 'money': {
      const p = parseAmount(cell);
      if (!p.ok) return { ok: false, detail: text('detail.notNumber') };
      if (p.value < 0) return { ok: false, detail: text('detail.negative') };
      return { ok: true, value: p.value };
    }
    case 'days':
    case 'count': {
      const p = parseInteger(cell);
      return p.ok ? { ok: true, value: p.value } : { ok: false, detail: text('detail.notWhole') };
    }
    case 'month': {
      const p = parseInteger(cell);
      if (p.ok && p.value >= 1 && p.value <= 12) return { ok: true, value: p.value };
      if (typeof cell === 'string') {
        // A month name: parse "1 <name> 2000" and take the month.
        const d = parseDate(`1 ${cell.trim()} 2000`);
        if (d.ok) return { ok: true, value: ymdFromDay(d.value).m };
      }
      return { ok: false, detail: text('detail.notMonth') };
    }
    case 'ratio': {
      let v: number | null = null;
      let percent = false;
      if (typeof cell === 'number') v = cell;
      else if (typeof cell === 'string') {
        const s = thaiDigitsToArabic(cell).trim();
        const m = s.match(/^(\d+(?:\.\d+)?)\s*%$/);
        if (m) {
          v = Number(m[1]) / 100;
          percent = true;
        } else if (/^\d+(?:\.\d+)?$/.test(s)) v = Number(s);
      }
      if (v === null || !Number.isFinite(v) || v < 0) return { ok: false, detail: text('detail.notRatio') };
      if (!percent && v > 1) {
        if (v > 100) return { ok: false, detail: text('detail.notRatio') };
        // "20" on a ratio setting can only mean 20 percent; say so rather than silently.
        return {
          ok: true,
          value: v / 100,
          warning: text('setting.percentRead', { value: shownValue(cell), percent: v }),
        };
      }
      return { ok: true, value: v };
    }
    case 'language': {
      const n = normalizeHeader(cell);
      if (['th', 'thai', 'ไทย', 'ภาษาไทย'].includes(n)) return { ok: true, value: 'th' };
      if (['en', 'english', 'eng', 'อังกฤษ', 'ภาษาอังกฤษ'].includes(n)) return { ok: true, value: 'en' };
      return { ok: false, detail: text('detail.notLanguage') };
    }
  }
}

function shownDefault(def: SettingDef): string {
  if (def.default === null || def.default === '') return '-';
  if (def.kind === 'money') return formatBaht(def.default as number);
  return String(def.default);
}

const SETTING_BY_LABEL: Map<string, SettingDef> = (() => {
  const m = new Map<string, SettingDef>();
  for (const def of SETTING_DEFS) {
    for (const label of [def.th, def.en, def.key]) m.set(normalizeHeader(label), def);
  }
  return m;
})();

function blank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function readSettingsSheet(values: unknown[][], findings: Finding[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!values || values.length === 0) {
    findings.push({
      severity: 'warning',
      code: 'setting.no-sheet',
      sheet: 'settings',
      message: text('setting.noSheet'),
    });
    return out;
  }
  const header = matchHeaders(SHEETS.settings, values[0] ?? []);
  const iLabel = header.index.setting;
  const iValue = header.index.value;
  if (iLabel === undefined || iValue === undefined) {
    const cols = SHEETS.settings.columns
      .filter((c) => c.key === 'setting' || c.key === 'value')
      .filter((c) => header.index[c.key] === undefined);
    findings.push({
      severity: 'error',
      code: 'setting.no-columns',
      sheet: 'settings',
      row: 1,
      message: text('setting.noColumns', { columns: cols.map((c) => `${c.th} / ${c.en}`).join(', ') }),
    });
    return out;
  }
  const firstRow = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const label = row[iLabel];
    if (blank(label)) continue;
    const rowNo = r + 1;
    const def = SETTING_BY_LABEL.get(normalizeHeader(label));
    if (!def) {
      findings.push({
        severity: 'note',
        code: 'setting.unknown-row',
        sheet: 'settings',
        row: rowNo,
        column: 'setting',
        value: shownValue(label),
        message: text('setting.unknownRow', { label: shownValue(label) }),
      });
      continue;
    }
    const first = firstRow.get(def.key);
    if (first !== undefined) {
      findings.push({
        severity: 'warning',
        code: 'setting.duplicate',
        sheet: 'settings',
        row: rowNo,
        column: def.key,
        value: shownValue(label),
        message: text('setting.duplicate', { label: def.th, first, row: rowNo }),
      });
      continue;
    }
    firstRow.set(def.key, rowNo);
    const cell = row[iValue];
    const res = readSettingValue(def, cell);
    if (res.ok) {
      out[def.key] = res.value;
      if (res.warning) {
        findings.push({
          severity: 'warning',
          code: 'setting.read-as',
          sheet: 'settings',
          row: rowNo,
          column: def.key,
          value: shownValue(cell),
          message: res.warning,
        });
      }
    } else {
      findings.push({
        severity: 'error',
        code: 'setting.invalid',
        sheet: 'settings',
        row: rowNo,
        column: def.key,
        value: shownValue(cell),
        message: textWith(
          'setting.invalid',
          { value: shownValue(cell), label: def.th, default: shownDefault(def) },
          { detail: res.detail },
        ),
        fix: text('setting.fixHint', { example: shownDefault(def) }),
      });
    }
  }
  for (const def of SETTING_DEFS) {
    if (!firstRow.has(def.key)) {
      findings.push({
        severity: 'warning',
        code: 'setting.missing',
        sheet: 'settings',
        column: def.key,
        message: text('setting.missing', { label: def.th, default: shownDefault(def) }),
      });
    }
  }
  return out;
}

/** Cell of a yes/no column: blank -> the fallback. */
function readYesNo(cell: unknown, fallback: boolean): boolean | null {
  if (blank(cell)) return fallback;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const c = findChoice(CHOICES.yesNo, cell);
  return c ? c.code === 'yes' : null;
}

const YES_NO_CHOICES = CHOICES.yesNo.map((c) => c.th + '/' + c.en).join(', ');
const PAYEE_CHOICES = CHOICES.payee.map((c) => c.th + '/' + c.en).join(', ');

function readBenefitsSheet(values: unknown[][], findings: Finding[]): Benefit[] {
  if (!values || values.length === 0) {
    findings.push({
      severity: 'warning',
      code: 'benefits.no-sheet',
      sheet: 'benefits',
      message: text('benefits.noSheet'),
    });
    return DEFAULT_BENEFITS.map(cloneBenefit);
  }
  const header = matchHeaders(SHEETS.benefits, values[0] ?? []);
  const missingRequired = SHEETS.benefits.columns.filter((c) => c.required && header.index[c.key] === undefined);
  if (missingRequired.length > 0) {
    findings.push({
      severity: 'error',
      code: 'benefits.no-columns',
      sheet: 'benefits',
      row: 1,
      message: text('benefits.noColumns', { columns: missingRequired.map((c) => `${c.th} / ${c.en}`).join(', ') }),
    });
    return DEFAULT_BENEFITS.map(cloneBenefit);
  }
  const idx = header.index;
  const colName = (key: string) => {
    const c = SHEETS.benefits.columns.find((x) => x.key === key)!;
    return c.th;
  };
  const benefits: Benefit[] = [];
  const firstRow = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const get = (key: string): unknown => (idx[key] === undefined ? '' : row[idx[key]]);
    if (SHEETS.benefits.columns.every((c) => blank(get(c.key)))) continue;
    const rowNo = r + 1;
    const code = blank(get('code')) ? '' : shownValue(get('code')).trim();
    const name = blank(get('name')) ? '' : shownValue(get('name')).trim();
    if (code === '' || name === '') {
      const column = code === '' ? 'code' : 'name';
      findings.push({
        severity: 'error',
        code: 'benefit.missing-field',
        sheet: 'benefits',
        row: rowNo,
        column,
        message: text('benefit.missingField', { column: colName(column) }),
      });
      continue;
    }
    const codeKey = code.toLowerCase();
    const first = firstRow.get(codeKey);
    if (first !== undefined) {
      findings.push({
        severity: 'error',
        code: 'benefit.duplicate',
        sheet: 'benefits',
        row: rowNo,
        column: 'code',
        value: code,
        message: text('benefit.duplicate', { code, first }),
      });
      continue;
    }
    firstRow.set(codeKey, rowNo);
    const builtIn = DEFAULT_BENEFITS.find((b) => b.code === codeKey);
    const invalid = (column: string, detail: Text, fallback: Text) =>
      findings.push({
        severity: 'error',
        code: 'benefit.invalid',
        sheet: 'benefits',
        row: rowNo,
        column,
        value: shownValue(get(column)),
        message: textWith(
          'benefit.invalid',
          { value: shownValue(get(column)), column: colName(column), code },
          { detail, fallback },
        ),
      });
    const money = (column: string, fallback: Text): number | null => {
      const cell = get(column);
      if (blank(cell)) return null;
      const p = parseAmount(cell);
      if (p.ok && p.value >= 0) return p.value;
      invalid(column, text(p.ok ? 'detail.negative' : 'detail.notNumber'), fallback);
      return null;
    };
    const whole = (column: string): number | null => {
      const cell = get(column);
      if (blank(cell)) return null;
      const p = parseInteger(cell);
      if (p.ok) return p.value;
      invalid(column, text('detail.notWhole'), text('fallback.noLimit'));
      return null;
    };
    const flag = (column: string, fallback: boolean): boolean => {
      const v = readYesNo(get(column), fallback);
      if (v !== null) return v;
      invalid(
        column,
        text('detail.notChoice', { choices: YES_NO_CHOICES }),
        text(fallback ? 'fallback.yes' : 'fallback.no'),
      );
      return fallback;
    };
    let payee: Payee = 'member';
    if (!blank(get('payee'))) {
      const c = findChoice(CHOICES.payee, get('payee'));
      if (c) payee = c.code as Payee;
      else invalid('payee', text('detail.notChoice', { choices: PAYEE_CHOICES }), text('fallback.member'));
    }
    let tiers: Tier[] = [];
    const tierCell = get('tiers');
    const pt = parseTiers(tierCell);
    if (pt.ok) tiers = pt.tiers;
    else {
      findings.push({
        severity: 'error',
        code: 'benefit.bad-tiers',
        sheet: 'benefits',
        row: rowNo,
        column: 'tiers',
        value: shownValue(tierCell),
        message: textWith('benefit.badTiers', { code }, { detail: pt.reason }),
      });
    }
    const b: Benefit = {
      code,
      name,
      payee,
      unit: blank(get('unit')) ? '' : shownValue(get('unit')).trim(),
      amountPerUnit: money('amountPerUnit', text('fallback.committee')),
      waitingDays: whole('waitingDays'),
      maxUnitsPerEvent: whole('maxUnitsPerEvent'),
      capPerEvent: money('capPerEvent', text('fallback.noLimit')),
      capPerYear: money('capPerYear', text('fallback.noLimit')),
      capLifetime: money('capLifetime', text('fallback.noLimit')),
      maxTimesLifetime: whole('maxTimesLifetime'),
      tiers,
      minAge: whole('minAge'),
      maxAge: whole('maxAge'),
      // Blank flags take the built-in benefit's value (a book set up before the column existed
      // still pays its death benefit on death), else: not sensitive, in use, not on death.
      sensitive: flag('sensitive', builtIn ? builtIn.sensitive : false),
      active: flag('active', true),
      onDeath: flag('onDeath', builtIn ? builtIn.onDeath : false),
    };
    if (b.minAge !== null && b.maxAge !== null && b.minAge > b.maxAge) {
      findings.push({
        severity: 'warning',
        code: 'benefit.age-order',
        sheet: 'benefits',
        row: rowNo,
        column: 'minAge',
        value: String(b.minAge),
        message: text('benefit.ageOrder', { code, min: b.minAge, max: b.maxAge }),
      });
    }
    benefits.push(b);
  }
  if (benefits.length === 0) {
    findings.push({ severity: 'warning', code: 'benefits.none', sheet: 'benefits', message: text('benefits.none') });
  }
  return benefits;
}

/**
 * Settings and benefit catalogue from the two sheets' values (each including its header row).
 * Settings rows are found by Thai label, English label or key; anything missing or invalid
 * falls back to the default with a finding that says so. Pass [] for a sheet that does not exist.
 */
export function parseSettings(
  settingsValues: unknown[][],
  benefitValues: unknown[][],
): { settings: FundSettings; findings: Finding[] } {
  const findings: Finding[] = [];
  const settings = defaultSettings();
  const read = readSettingsSheet(settingsValues, findings);
  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(read)) target[key] = read[key];
  if (settings.lapseAfterArrearsDays < settings.suspendAfterArrearsDays) {
    findings.push({
      severity: 'warning',
      code: 'setting.lapse-before-suspend',
      sheet: 'settings',
      column: 'lapseAfterArrearsDays',
      message: text('setting.lapseBeforeSuspend', {
        lapse: settings.lapseAfterArrearsDays,
        suspend: settings.suspendAfterArrearsDays,
      }),
    });
  }
  settings.benefits = readBenefitsSheet(benefitValues, findings);
  return { settings, findings };
}

/** A benefit by code (any case), or by name / built-in English name, spacing- and case-tolerant. */
export function findBenefit(benefits: Benefit[], value: unknown): Benefit | undefined {
  if (blank(value)) return undefined;
  const n = normalizeHeader(value);
  for (const b of benefits) if (normalizeHeader(b.code) === n) return b;
  for (const b of benefits) {
    if (normalizeHeader(b.name) === n) return b;
    const en = DEFAULT_BENEFIT_EN[b.code];
    if (en && normalizeHeader(en.name) === n) return b;
  }
  return undefined;
}
