/**
 * Every text by key, merged from the message files of each area; rendered only through i18n.ts.
 * The sidebar build (scripts/build.mjs) replaces this module in each page by the texts that page
 * uses, so keep it data only: no functions, no other exports.
 */
import { CORE_MESSAGES } from './messages.core';
import { BOOK_MESSAGES } from './messages.book';
import { CHECK_MESSAGES } from './checks/messages';
import { SUMMARY_MESSAGES } from './messages.summaries';
import { SHARE_MESSAGES } from './messages.share';
import { FORM_MESSAGES } from './forms/messages';
import { NETWORK_MESSAGES } from './messages.network';
import { LIMIT_MESSAGES } from './messages.limits';
import { IMPORT_MESSAGES } from './import/messages';

/** Both languages of one text, with the same {placeholders}. */
type Entry = { readonly th: string; readonly en: string };

export const CATALOGUE = {
  ...CORE_MESSAGES,
  ...BOOK_MESSAGES,
  ...CHECK_MESSAGES,
  ...SUMMARY_MESSAGES,
  ...SHARE_MESSAGES,
  ...FORM_MESSAGES,
  ...NETWORK_MESSAGES,
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
  'about.rows': { th: '{count} แถว', en: '{count} rows' },
  'error.generic': { th: 'เกิดข้อผิดพลาด: {detail}', en: 'Something went wrong: {detail}' },
} as const satisfies Record<string, Entry>;
