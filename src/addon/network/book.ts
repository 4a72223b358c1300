/**
 * The network book: a spreadsheet of its own (never a fund book) with two sheets the network
 * secretary fills: its settings (name, place, reporting date, when a packet is late) and the list
 * of member funds (name, ตำบล, where the packet is). Everything else in it is generated.
 */
import { formatDateBE, parseDate, todayDay, type DayNumber } from '../../core/dates';
import { t, text, type LabelKey } from '../../core/i18n';
import { SHEETS } from '../../core/schema';
import { HEADER_BACKGROUND, readUsedValues, TEXT_FORMAT, userError, UserError } from '../book';
import { fundPacketId } from './packetId';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const NETWORK_MODE_PROPERTY = 'welfareFund.mode';

/** The settings rows, in order: key, label, default. */
const SETTINGS: { key: NetworkSettingKey; label: LabelKey; fallback: () => string }[] = [
  { key: 'name', label: 'net.set.name', fallback: () => 'เครือข่ายกองทุนสวัสดิการชุมชน' },
  { key: 'level', label: 'net.set.level', fallback: () => t('net.level.subdistrict', 'th') },
  { key: 'subdistrict', label: 'net.set.subdistrict', fallback: () => '' },
  { key: 'district', label: 'net.set.district', fallback: () => '' },
  { key: 'province', label: 'net.set.province', fallback: () => '' },
  { key: 'reportingDate', label: 'net.set.reportingDate', fallback: () => formatDateBE(todayDay()) },
  { key: 'lateDays', label: 'net.set.lateDays', fallback: () => '45' },
  { key: 'ceiling', label: 'net.set.ceiling', fallback: () => '0.2' },
];
type NetworkSettingKey =
  'name' | 'level' | 'subdistrict' | 'district' | 'province' | 'reportingDate' | 'lateDays' | 'ceiling';

export interface NetworkSettings {
  name: string;
  level: string;
  subdistrict: string;
  district: string;
  province: string;
  reportingDay: DayNumber;
  lateDays: number;
  ceiling: number;
  id: string;
}

export interface ListedFund {
  name: string;
  subdistrict: string;
  where: string;
}

const settingsName = () => t('net.sheet.settings', 'th');
const fundsName = () => t('net.sheet.funds', 'th');

export function isNetworkBook(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(NETWORK_MODE_PROPERTY) === 'network';
}

function isFundBook(ss: Spreadsheet): boolean {
  return ss.getSheetByName(SHEETS.members.th) !== null || ss.getSheetByName(SHEETS.members.en) !== null;
}

function headerStyle(sheet: Sheet, width: number): void {
  const head = sheet.getRange(1, 1, 1, width);
  head.setBackground(HEADER_BACKGROUND);
  head.setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/**
 * Makes the book a network book: the two sheets (existing values kept), the mode and the
 * network's random id. `funds` are added to the list unless one with the same `where` is there.
 * Refuses a fund book: a network book holds figures only.
 */
export function setupNetwork(funds: ListedFund[] = [], name?: string, reportingDate?: string): { funds: number } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (isFundBook(ss)) throw userError('net.err.fundBook');
  let settings = ss.getSheetByName(settingsName());
  if (!settings) {
    // A new spreadsheet's one empty sheet becomes the settings sheet rather than staying as "Sheet1".
    const sheets = ss.getSheets();
    const blank =
      sheets.length === 1 && sheets[0].getLastRow() === 0 && sheets[0].getLastColumn() === 0 ? sheets[0] : null;
    settings = blank ? blank.setName(settingsName()) : ss.insertSheet(settingsName(), 0);
    const rows = [
      [t('net.set.header.setting', 'th'), t('net.set.header.value', 'th')],
      ...SETTINGS.map((s) => [t(s.label, 'th'), s.key === 'name' && name ? name : s.fallback()]),
    ];
    const range = settings.getRange(1, 1, rows.length, 2);
    range.setNumberFormat(TEXT_FORMAT);
    range.setValues(rows);
    headerStyle(settings, 2);
    settings.setColumnWidth(1, 380);
    settings.setColumnWidth(2, 260);
  }
  if (reportingDate) setSetting(settings, 'reportingDate', reportingDate);
  let list = ss.getSheetByName(fundsName());
  if (!list) {
    list = ss.insertSheet(fundsName(), 1);
    list
      .getRange(1, 1, 1, 3)
      .setValues([[t('net.col.fundName', 'th'), t('net.col.subdistrict', 'th'), t('net.col.where', 'th')]]);
    list.getRange(1, 1, 1000, 3).setNumberFormat(TEXT_FORMAT);
    headerStyle(list, 3);
    list.setColumnWidth(1, 240);
    list.setColumnWidth(2, 140);
    list.setColumnWidth(3, 420);
  }
  const listed = readFundList(ss);
  const known = new Set(listed.map((f) => f.where));
  const add = funds.filter((f) => f.where !== '' && !known.has(f.where) && (known.add(f.where), true));
  if (add.length > 0) {
    const at = list.getLastRow() + 1;
    const range = list.getRange(at, 1, add.length, 3);
    range.setNumberFormat(TEXT_FORMAT);
    range.setValues(add.map((f) => [f.name, f.subdistrict, f.where]));
  }
  PropertiesService.getDocumentProperties().setProperty(NETWORK_MODE_PROPERTY, 'network');
  fundPacketId();
  return { funds: listed.length + add.length };
}

/** One setting's value cell, found by its label (the row is added when missing). */
function setSetting(sheet: Sheet, key: NetworkSettingKey, value: string): void {
  const def = SETTINGS.find((s) => s.key === key)!;
  const labels = [t(def.label, 'th'), t(def.label, 'en')];
  const { values } = readUsedValues(sheet);
  let row = values.findIndex((r) => labels.includes(String(r[0] ?? '').trim())) + 1;
  if (row === 0) {
    row = values.length + 1;
    sheet.getRange(row, 1).setValue(labels[0]);
  }
  const cell = sheet.getRange(row, 2);
  cell.setNumberFormat(TEXT_FORMAT);
  cell.setValue(value);
}

export function readFundList(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): ListedFund[] {
  const sheet = ss.getSheetByName(fundsName());
  if (!sheet) return [];
  const { values } = readUsedValues(sheet);
  return values
    .slice(1)
    .map((r) => ({
      name: String(r[0] ?? '').trim(),
      subdistrict: String(r[1] ?? '').trim(),
      where: String(r[2] ?? '').trim(),
    }))
    .filter((f) => f.name !== '' || f.where !== '');
}

export function readNetworkSettings(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): NetworkSettings {
  if (!isNetworkBook()) throw userError('net.err.notNetwork');
  const sheet = ss.getSheetByName(settingsName());
  const values = sheet ? readUsedValues(sheet).values : [];
  const byLabel = new Map<string, unknown>();
  for (const r of values) byLabel.set(String(r[0] ?? '').trim(), r[1]);
  const raw = (k: NetworkSettingKey): unknown => {
    const def = SETTINGS.find((s) => s.key === k)!;
    const v = byLabel.get(t(def.label, 'th')) ?? byLabel.get(t(def.label, 'en'));
    if (v instanceof Date || typeof v === 'number') return v;
    const s = String(v ?? '').trim();
    return s === '' ? def.fallback() : s;
  };
  const get = (k: NetworkSettingKey): string => String(raw(k));
  const rawDate = raw('reportingDate');
  const parsed = parseDate(rawDate, { today: todayDay() });
  if (!parsed.ok) throw new UserError(text('net.err.reportingDate', { value: String(rawDate) }));
  const num = (k: NetworkSettingKey, fallback: number) => {
    const n = Number(String(get(k)).replace('%', ''));
    if (!isFinite(n) || n < 0) return fallback;
    return String(get(k)).includes('%') ? n / 100 : n;
  };
  return {
    name: get('name'),
    level: get('level'),
    subdistrict: get('subdistrict'),
    district: get('district'),
    province: get('province'),
    reportingDay: parsed.value,
    lateDays: Math.floor(num('lateDays', 45)),
    ceiling: num('ceiling', 0.2),
    id: fundPacketId().id,
  };
}
