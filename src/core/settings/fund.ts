/**
 * The fund's key/value settings (fees, waiting periods, fiscal year, language): their table,
 * their defaults from the seeds (Ban Don Chai, docs/DOMAIN.md), their rows on a new settings
 * sheet, and reading that sheet with a finding for everything missing or invalid (the default
 * is used and the finding says so).
 */
import { text } from '../i18n';
import type { Lang, Text } from '../i18n';
import { parseDate, ymdFromDay } from '../dates';
import type { DayNumber } from '../dates';
import { textWith } from '../findings';
import type { Finding } from '../findings';
import { formatBaht, parseAmount, parseInteger, shownValue, thaiDigitsToArabic } from '../parse';
import { SHEETS, matchHeaders, normalizeHeader } from '../schema';
import { DEFAULT_BENEFITS, newBenefit, type Benefit } from './benefitTable';
import { blank } from './cells';

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

export function defaultSettings(): FundSettings {
  const s: Record<string, unknown> = {};
  for (const def of SETTING_DEFS) s[def.key] = def.default;
  s.benefits = DEFAULT_BENEFITS.map((b) => newBenefit(b));
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

export function readSettingsSheet(values: unknown[][], findings: Finding[]): Record<string, unknown> {
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
