/**
 * The string catalogue: every user-facing text in one place, Thai first, English second.
 * Entries are functions of named parameters so both languages get the same values.
 * Add new text here rather than writing literals in addon/ or sidebar/.
 */
import { CORE_MESSAGES } from './messages.core';
import { BOOK_MESSAGES } from './messages.book';
import { CHECK_MESSAGES } from './checks/messages';
import { SUMMARY_MESSAGES } from './messages.summaries';
import { SHARE_MESSAGES } from './messages.share';
import { FORM_MESSAGES } from './forms/messages';
import { LIMIT_MESSAGES } from './messages.limits';
import { IMPORT_MESSAGES } from './import/messages';

export type Lang = 'th' | 'en';
export type Params = Record<string, string | number>;

/** A text in both languages, ready to show. */
export interface Text {
  th: string;
  en: string;
}

type Entry = { th: string | ((p: Params) => string); en: string | ((p: Params) => string) };

const CATALOGUE = {
  ...CORE_MESSAGES,
  ...BOOK_MESSAGES,
  ...CHECK_MESSAGES,
  ...SUMMARY_MESSAGES,
  ...SHARE_MESSAGES,
  ...FORM_MESSAGES,
  ...LIMIT_MESSAGES,
  ...IMPORT_MESSAGES,
  'app.name': { th: 'สมุดบัญชีกองทุนสวัสดิการชุมชน', en: 'Community welfare fund book' },
  'menu.about': { th: 'เกี่ยวกับสมุดบัญชีนี้', en: 'About this fund book' },
  'menu.setup': { th: 'ตั้งค่าสมุดบัญชีกองทุน', en: 'Set up the fund book' },
  'menu.check': { th: 'ตรวจสอบรายการ', en: 'Check entries' },
  'menu.summarize': { th: 'สร้างรายงานสรุป', en: 'Build summaries' },
  'menu.memberForm': { th: 'สมาชิก (สมัคร/แก้ไข/ลาออก)', en: 'Members (register/edit/resign)' },
  'menu.depositForm': { th: 'รับเงินฝาก', en: 'Record a deposit' },
  'menu.collectionDay': { th: 'วันเก็บเงิน', en: 'Collection day' },
  'menu.welfareForm': { th: 'ขอรับสวัสดิการ', en: 'Welfare claim' },
  'menu.lookup': { th: 'ค้นหาสมาชิก', en: 'Member look-up' },
  'menu.share': { th: 'แบ่งปันรายงานให้หน่วยงาน', en: 'Share with local government' },
  'about.title': { th: 'เกี่ยวกับสมุดบัญชีนี้', en: 'About this fund book' },
  'about.notSetUp': {
    th: 'สมุดบัญชีนี้ยังไม่ได้ตั้งค่า กดเมนู "ตั้งค่าสมุดบัญชีกองทุน" เพื่อเริ่มต้น',
    en: 'This book is not set up yet. Use "Set up the fund book" to start.',
  },
  'about.sheets': { th: 'แผ่นงานในสมุดบัญชี', en: 'Sheets in this book' },
  'about.rows': { th: (p: Params) => `${p.count} แถว`, en: (p: Params) => `${p.count} rows` },
  'error.generic': {
    th: (p: Params) => `เกิดข้อผิดพลาด: ${p.detail}`,
    en: (p: Params) => `Something went wrong: ${p.detail}`,
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof CATALOGUE;

export function text(key: MessageKey, params: Params = {}): Text {
  const e: Entry = CATALOGUE[key];
  const render = (v: Entry['th']) => (typeof v === 'function' ? v(params) : v);
  return { th: render(e.th), en: render(e.en) };
}

export function t(key: MessageKey, lang: Lang, params: Params = {}): string {
  return text(key, params)[lang];
}

/** Thai unless the user's locale says otherwise (Session.getActiveUserLocale gives e.g. "th", "en_US"). */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'th';
  return /^th\b|^th[_-]/i.test(locale) ? 'th' : 'en';
}
