/**
 * Messages about Google's limits on the book: the 10-million-cell limit and the spreadsheet's time
 * zone (docs/DESIGN.md section 12). Merged into the one catalogue in i18n.ts.
 */

export const LIMIT_MESSAGES = {
  'limits.cells': {
    th: 'ขนาดสมุดบัญชี: {cells} ช่อง จากที่ Google Sheets รับได้ {limit} ช่อง ({percent}%)',
    en: 'Book size: {cells} cells of the {limit} Google Sheets allows ({percent}%)',
  },
  'limits.cellsNear': {
    th: 'สมุดบัญชีใช้ช่องไปแล้ว {percent}% ของที่ Google Sheets รับได้ ({cells} จาก {limit} ช่อง) เมื่อเต็มจะบันทึกรายการใหม่ไม่ได้',
    en: 'The book uses {percent}% of the cells Google Sheets allows ({cells} of {limit}); when it is full no new entry can be saved',
  },
  'limits.cellsFix': {
    th: 'ลบแผ่นงานที่ไม่ใช้ หรือคอลัมน์ว่างทางขวาของแผ่นงาน หรือเริ่มสมุดบัญชีเล่มใหม่สำหรับปีต่อไป',
    en: 'Delete sheets you do not use or empty columns on the right of the sheets, or start a new book for the coming years',
  },
  'limits.zone': {
    th: 'เขตเวลาของสเปรดชีต: {zone}',
    en: 'Spreadsheet time zone: {zone}',
  },
  'limits.zoneNotThai': {
    th: 'เขตเวลาของสเปรดชีตนี้คือ {zone} ไม่ใช่เวลาประเทศไทย (Asia/Bangkok) วันที่ที่พิมพ์ในตารางจะถูกตีความตามเขตเวลานั้น ควรตั้งเป็น Asia/Bangkok (เมนู ไฟล์ > การตั้งค่า หรือกดปุ่มตั้งเวลาประเทศไทย)',
    en: "This spreadsheet's time zone is {zone}, not Thailand's (Asia/Bangkok); dates in its cells are read in that zone. Set it to Asia/Bangkok (File > Settings, or the set-to-Thai-time button).",
  },
  'limits.zoneAsk': {
    th: 'ตั้งเขตเวลาของสเปรดชีตจาก {zone} เป็นเวลาประเทศไทย (Asia/Bangkok) เลยไหม? วันที่ในตารางไม่เปลี่ยน',
    en: "Set the spreadsheet's time zone from {zone} to Thailand's (Asia/Bangkok) now? Dates in the cells stay as they are.",
  },
  'limits.zoneSet': {
    th: 'ตั้งเขตเวลาของสเปรดชีตเป็น Asia/Bangkok แล้ว',
    en: "Set the spreadsheet's time zone to Asia/Bangkok",
  },
  'limits.setZone': { th: 'ตั้งเป็นเวลาประเทศไทย', en: 'Set to Thai time' },
  'check.formulaCap': {
    th: 'พบช่องที่เป็นสูตร {found} ช่องในคอลัมน์ข้อมูลของแผ่นงานนี้ ตรวจได้เพียง {cap} ช่องแรก ช่องที่เหลือยังไม่ได้ตรวจ — ข้อมูลที่บันทึกควรเป็นค่า ไม่ใช่สูตร',
    en: "{found} formula cells in this sheet's record columns; only the first {cap} were checked, the rest were not. Recorded entries should be values, not formulas.",
  },
  'limits.trimmed': {
    th: 'ลบคอลัมน์ว่าง {count} คอลัมน์ทางขวาออก (ช่องว่างนับรวมในขีดจำกัด 10 ล้านช่องของ Google Sheets)',
    en: "Removed {count} empty columns on the right (empty cells count towards Google Sheets' 10-million-cell limit)",
  },
} as const;
