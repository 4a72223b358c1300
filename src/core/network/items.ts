/**
 * The packet's items, defined ONCE: the writer (./packet.ts), the reader, the checksum and the
 * network totals (./collect.ts) all walk these lists, so an item added here travels everywhere.
 *
 * Version 1. Changing a key, its unit or the order is a new version: a reader refuses a version it
 * does not know rather than guess (README "The network book").
 *
 * Units:
 * - `count`  whole people or cases, summed across funds;
 * - `satang` money as an integer number of satang (1 baht = 100 satang), summed exactly;
 * - `ratio`  a fund's own ratio as its summaries give it, rounded to 6 decimals; never summed: the
 *            network recomputes it from the summed components (./ratios.ts).
 * Figures keep the names of the summaries' key figures (src/core/summaries/index.ts keyFigures),
 * so `activeNow` means the same thing in a fund's book, in its packet and in a network's totals.
 */

export const PACKET_FORMAT = 'welfare-fund-packet';
export const PACKET_VERSION = 1;
/** The one sheet a packet adds to the figures-only file (and a network book carries). */
export const PACKET_SHEET = 'ข้อมูลสำหรับเครือข่าย';

export type FigureUnit = 'count' | 'satang' | 'ratio';

export interface FigureItem {
  key: string;
  unit: FigureUnit;
  th: string;
  en: string;
}

/** Items about the packet itself (text), in order. */
export const META_ITEMS = [
  { key: 'format', th: 'รูปแบบข้อมูล', en: 'Format' },
  { key: 'version', th: 'รุ่นของรูปแบบ', en: 'Format version' },
  { key: 'level', th: 'ระดับ (fund = กองทุน, network = เครือข่าย)', en: 'Level (fund or network)' },
  { key: 'id', th: 'รหัสสุ่มของกองทุน/เครือข่าย', en: 'Random id of the fund or network' },
  { key: 'name', th: 'ชื่อ', en: 'Name' },
  { key: 'subdistrict', th: 'ตำบล', en: 'Sub-district (tambon)' },
  { key: 'district', th: 'อำเภอ', en: 'District (amphoe)' },
  { key: 'province', th: 'จังหวัด', en: 'Province' },
  { key: 'asOf', th: 'ข้อมูล ณ วันที่ (ค.ศ. ปี-เดือน-วัน)', en: 'As of (yyyy-mm-dd)' },
  { key: 'periodKind', th: 'งวด (fiscal = ปีงบประมาณ, calendar = ปีปฏิทิน)', en: 'Period kind' },
  { key: 'periodName', th: 'งวดปี พ.ศ.', en: 'Period (B.E. year)' },
] as const;
export type MetaKey = (typeof META_ITEMS)[number]['key'];

/** How many funds a network packet covers (a fund's own packet: 1 listed, 1 ok). */
export const COVER_ITEMS = [
  { key: 'fundsListed', th: 'กองทุนในรายชื่อ', en: 'Funds listed' },
  { key: 'fundsCounted', th: 'กองทุนที่นับในยอดรวม', en: 'Funds counted in the totals' },
  { key: 'fundsOk', th: 'ส่งตรงเวลา', en: 'On time' },
  { key: 'fundsLate', th: 'ส่งช้า', en: 'Late' },
  { key: 'fundsFailed', th: 'อ่านไม่ได้', en: 'Failed' },
  { key: 'fundsRejected', th: 'ไม่รับ', en: 'Rejected' },
  { key: 'fundsDuplicate', th: 'ซ้ำ (นับครั้งเดียว)', en: 'Duplicates (counted once)' },
] as const;
export type CoverKey = (typeof COVER_ITEMS)[number]['key'];

/**
 * The key figures. Counts are the period's roll (src/core/summaries/roll.ts); money is since the
 * fund started unless the name says "InPeriod". The last three money items are the components the
 * ratios are computed from, so a network can compute the same ratios from sums.
 */
export const FIGURE_ITEMS: readonly FigureItem[] = [
  { key: 'membersAtStart', unit: 'count', th: 'สมาชิกต้นงวด', en: 'Members at the start of the period' },
  { key: 'joined', unit: 'count', th: 'สมัครใหม่ในงวด', en: 'Joined in the period' },
  { key: 'resigned', unit: 'count', th: 'ลาออกในงวด', en: 'Resigned in the period' },
  { key: 'deceased', unit: 'count', th: 'เสียชีวิตในงวด', en: 'Died in the period' },
  { key: 'lapsed', unit: 'count', th: 'พ้นสภาพในงวด', en: 'Lapsed in the period' },
  { key: 'activeNow', unit: 'count', th: 'สมาชิกปัจจุบัน', en: 'Members now' },
  { key: 'entryFees', unit: 'satang', th: 'ค่าสมัคร (สตางค์)', en: 'Entry fees (satang)' },
  { key: 'annualFees', unit: 'satang', th: 'ค่าบำรุงรายปี (สตางค์)', en: 'Annual fees (satang)' },
  { key: 'savings', unit: 'satang', th: 'เงินออม (สตางค์)', en: 'Savings (satang)' },
  { key: 'memberContributions', unit: 'satang', th: 'เงินสมทบของสมาชิก (สตางค์)', en: "Members' contributions (satang)" },
  { key: 'matchingLocal', unit: 'satang', th: 'สมทบจาก อปท. (สตางค์)', en: 'Matching, local government (satang)' },
  { key: 'matchingState', unit: 'satang', th: 'สมทบจากรัฐ/พอช. (สตางค์)', en: 'Matching, state/CODI (satang)' },
  { key: 'donations', unit: 'satang', th: 'เงินบริจาค (สตางค์)', en: 'Donations (satang)' },
  { key: 'interest', unit: 'satang', th: 'ดอกเบี้ย (สตางค์)', en: 'Interest (satang)' },
  { key: 'otherIncome', unit: 'satang', th: 'รายรับอื่น (สตางค์)', en: 'Other income (satang)' },
  {
    key: 'unallocatedIncome',
    unit: 'satang',
    th: 'รายรับที่ระบุประเภท/วันที่ไม่ได้ (สตางค์)',
    en: 'Income not allocated (satang)',
  },
  { key: 'totalIncome', unit: 'satang', th: 'รายรับรวม (สตางค์)', en: 'Total income (satang)' },
  { key: 'incomeInPeriod', unit: 'satang', th: 'รายรับในงวด (สตางค์)', en: 'Income in the period (satang)' },
  { key: 'welfareCases', unit: 'count', th: 'สวัสดิการ (ราย)', en: 'Welfare cases' },
  { key: 'welfarePaid', unit: 'satang', th: 'จ่ายสวัสดิการรวม (สตางค์)', en: 'Welfare paid (satang)' },
  { key: 'welfareInPeriod', unit: 'satang', th: 'จ่ายสวัสดิการในงวด (สตางค์)', en: 'Welfare in the period (satang)' },
  { key: 'expenses', unit: 'satang', th: 'รายจ่ายอื่นรวม (สตางค์)', en: 'Expenses (satang)' },
  { key: 'expensesInPeriod', unit: 'satang', th: 'รายจ่ายในงวด (สตางค์)', en: 'Expenses in the period (satang)' },
  { key: 'balance', unit: 'satang', th: 'ยอดเงินกองทุน (สตางค์)', en: 'Fund balance (satang)' },
  { key: 'netInPeriod', unit: 'satang', th: 'รับสูง/ต่ำกว่าจ่ายในงวด (สตางค์)', en: 'Net in the period (satang)' },
  {
    key: 'contributionsBase',
    unit: 'satang',
    th: 'ฐานเงินสมทบสำหรับอัตราส่วน (สตางค์)',
    en: 'Contributions behind the welfare ratio (satang)',
  },
  {
    key: 'outgoLast12',
    unit: 'satang',
    th: 'รายจ่ายและสวัสดิการ 12 เดือนล่าสุด (สตางค์)',
    en: 'Outgo, last 12 months (satang)',
  },
  { key: 'adminInPeriod', unit: 'satang', th: 'ค่าบริหารในงวด (สตางค์)', en: 'Admin cost in the period (satang)' },
  { key: 'welfareToContributions', unit: 'ratio', th: 'สวัสดิการ ÷ เงินสมทบ', en: 'Welfare ÷ contributions' },
  { key: 'reserveMonths', unit: 'ratio', th: 'เงินกองทุนพอจ่ายได้ (เดือน)', en: 'Months of reserve' },
  { key: 'adminCostRatio', unit: 'ratio', th: 'ค่าบริหาร ÷ เงินกองทุน', en: 'Admin cost ÷ balance' },
  { key: 'adminCostCeiling', unit: 'ratio', th: 'เพดานค่าบริหาร', en: 'Admin cost ceiling' },
];

export const SUMMABLE_KEYS: readonly string[] = FIGURE_ITEMS.filter((f) => f.unit !== 'ratio').map((f) => f.key);
export const SATANG_KEYS: ReadonlySet<string> = new Set(
  FIGURE_ITEMS.filter((f) => f.unit === 'satang').map((f) => f.key),
);

/** Age bands of members now (years on the as-of day). The last one: birth date missing or unreadable. */
export const AGE_BANDS = [
  { code: 'age0_19', th: 'อายุ 0–19 ปี', en: 'Age 0–19', from: 0, to: 19 },
  { code: 'age20_39', th: 'อายุ 20–39 ปี', en: 'Age 20–39', from: 20, to: 39 },
  { code: 'age40_59', th: 'อายุ 40–59 ปี', en: 'Age 40–59', from: 40, to: 59 },
  { code: 'age60_79', th: 'อายุ 60–79 ปี', en: 'Age 60–79', from: 60, to: 79 },
  { code: 'age80plus', th: 'อายุ 80 ปีขึ้นไป', en: 'Age 80 and over', from: 80, to: Infinity },
  { code: 'ageUnknown', th: 'ไม่ทราบอายุ', en: 'Age unknown', from: NaN, to: NaN },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['code'];

/**
 * Per-benefit and per-age-band figures have keys built from the fund's own codes: a column per key
 * in the packet's fund table, summed by key across funds (a benefit a fund does not have is 0).
 */
export const benefitCasesKey = (code: string): string => `benefit.${code}.cases`;
export const benefitSatangKey = (code: string): string => `benefit.${code}.satang`;
export const bandKey = (band: string): string => `members.${band}`;
export function isSatangKey(key: string): boolean {
  return SATANG_KEYS.has(key) || (key.startsWith('benefit.') && key.endsWith('.satang'));
}

/** The fund table's leading columns (one row per fund the packet covers), then one column per figure key. */
export const FUND_COLUMNS = [
  'fundId',
  'name',
  'subdistrict',
  'district',
  'province',
  'asOf',
  'status',
  'reason',
] as const;

/** Block headers the reader looks for in column A. */
export const ITEMS_HEADER = ['item', 'รายการ (item)', 'ค่า (value)'] as const;
export const VILLAGE_HEADER_FIRST = 'village';
export const FUNDS_HEADER_FIRST = FUND_COLUMNS[0];
export const CHECKSUM_KEY = 'checksum';
/** What a suppressed village × age-band cell shows in a packet (never a number). */
export const HIDDEN_CELL = 'hidden';
