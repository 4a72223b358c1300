/**
 * Messages of the workbook layer: set-up, writing records, generated sheets and the demo fund.
 * Thai first. Merged into the one catalogue in i18n.ts; render them only through text()/t().
 */
type P = Record<string, string | number>;
type BookEntry = { th: string | ((p: P) => string); en: string | ((p: P) => string) };

export const BOOK_MESSAGES = {
  // ---- set-up report (one line per sheet)
  'setup.title': { th: 'ตั้งค่าสมุดบัญชีกองทุน', en: 'Set up the fund book' },
  'setup.changed': {
    th: 'ตั้งค่าสมุดบัญชีเรียบร้อย ข้อมูลเดิมทุกแถวและทุกคอลัมน์ยังอยู่ครบ',
    en: 'The fund book is set up. Every existing row and column was kept.',
  },
  'setup.unchanged': {
    th: 'สมุดบัญชีนี้ตั้งค่าครบแล้ว ไม่มีอะไรต้องเพิ่ม',
    en: 'This fund book is already set up; nothing was missing.',
  },
  'setup.created': {
    th: (p: P) => `"${p.sheet}": สร้างแผ่นงานใหม่ (${p.count} คอลัมน์)`,
    en: (p: P) => `"${p.sheet}": created (${p.count} columns)`,
  },
  'setup.createdFromBlank': {
    th: (p: P) => `"${p.sheet}": ใช้แผ่นงานว่าง "${p.from}" ตั้งชื่อใหม่และใส่หัวตาราง (${p.count} คอลัมน์)`,
    en: (p: P) => `"${p.sheet}": the empty sheet "${p.from}" was renamed and given headers (${p.count} columns)`,
  },
  'setup.headersAdded': {
    th: (p: P) => `"${p.sheet}": แผ่นงานว่างอยู่ ใส่หัวตาราง (${p.count} คอลัมน์)`,
    en: (p: P) => `"${p.sheet}": the sheet was empty; headers added (${p.count} columns)`,
  },
  'setup.complete': {
    th: (p: P) => `"${p.sheet}": ครบแล้ว ไม่ได้เปลี่ยนแปลง`,
    en: (p: P) => `"${p.sheet}": complete, not changed`,
  },
  'setup.kept': {
    th: (p: P) => `"${p.sheet}": คงข้อมูลเดิม ${p.rows} แถว`,
    en: (p: P) => `"${p.sheet}": kept its ${p.rows} rows`,
  },
  'setup.addedColumns': {
    th: (p: P) => `เพิ่มคอลัมน์ต่อท้าย: ${p.columns}`,
    en: (p: P) => `columns added at the end: ${p.columns}`,
  },
  'setup.unknownColumns': {
    th: (p: P) => `คอลัมน์ที่โปรแกรมไม่รู้จัก (คงไว้ตามเดิม): ${p.columns}`,
    en: (p: P) => `columns not recognised (kept as they are): ${p.columns}`,
  },
  'setup.addedDropdowns': {
    th: (p: P) => `เพิ่มรายการให้เลือกในคอลัมน์: ${p.columns}`,
    en: (p: P) => `dropdowns added to: ${p.columns}`,
  },
  'setup.addedSettings': {
    th: (p: P) => `เพิ่มค่าตั้งต้นที่ยังไม่มี ${p.count} รายการ (ค่าที่กลุ่มตั้งไว้เดิมไม่ได้เปลี่ยน)`,
    en: (p: P) => `added ${p.count} missing default settings (the group's own values were not changed)`,
  },
  'setup.addedBenefits': {
    th: (p: P) => `ใส่ประเภทสวัสดิการตั้งต้น ${p.count} ประเภท แก้ไขได้ทุกช่อง`,
    en: (p: P) => `added ${p.count} default benefit kinds; every cell can be edited`,
  },
  'setup.benefitListUpdated': {
    th: (p: P) => `ปรับรายการประเภทสวัสดิการให้ตรงกับแผ่นงาน "${p.sheet}"`,
    en: (p: P) => `benefit dropdown updated to the names in "${p.sheet}"`,
  },
  'setup.frozenHeader': { th: 'ตรึงแถวหัวตาราง', en: 'header row frozen' },
  'setup.protectedHeader': { th: 'ป้องกันหัวตาราง (เตือนก่อนแก้)', en: 'header row protected (warning only)' },
  'setup.notUnderstood': {
    th: (p: P) =>
      `"${p.sheet}": หัวตารางแถวที่ 1 ไม่ตรงกับแผ่นงาน${p.kind} จึงไม่ได้แก้ไขแผ่นงานนี้ — ให้ตั้งหัวตาราง เช่น ${p.example} แล้วกดตั้งค่าอีกครั้ง`,
    en: (p: P) =>
      `"${p.sheet}": row 1 does not look like the ${p.kind} headers, so this sheet was not changed. Give it headers such as ${p.example} and run set-up again.`,
  },
  'setup.otherSheet': {
    th: (p: P) => `"${p.sheet}": ไม่ใช่แผ่นงานของสมุดบัญชี ไม่ได้แก้ไข`,
    en: (p: P) => `"${p.sheet}": not a fund-book sheet; not changed`,
  },
  'setup.generatedSheet': {
    th: (p: P) => `"${p.sheet}": รายงานที่โปรแกรมสร้าง ไม่ได้แก้ไข`,
    en: (p: P) => `"${p.sheet}": a generated report; not changed`,
  },
  'setup.listHelp': {
    th: (p: P) => `เลือกจากรายการ: ${p.choices} (ค่าอื่นบันทึกได้ แต่ "ตรวจสอบรายการ" จะแจ้งให้แก้)`,
    en: (p: P) => `Pick from the list: ${p.choices} (other values are kept, but "Check entries" will point them out)`,
  },
  'setup.benefitHelp': {
    th: (p: P) => `เลือกประเภทสวัสดิการจากแผ่นงาน "${p.sheet}" (ค่าอื่นบันทึกได้ แต่ "ตรวจสอบรายการ" จะแจ้งให้แก้)`,
    en: (p: P) =>
      `Pick a benefit from the sheet "${p.sheet}" (other values are kept, but "Check entries" will point them out)`,
  },
  'setup.headerProtection': {
    th: 'หัวตาราง: โปรแกรมหาคอลัมน์จากชื่อนี้',
    en: 'Header row: the add-on finds columns by these names',
  },
  // ---- writing records
  'book.busy': {
    th: 'มีผู้ใช้อื่นกำลังบันทึกลงสมุดบัญชีอยู่ กรุณารอสักครู่แล้วลองใหม่',
    en: 'Someone else is saving to this fund book. Please wait a moment and try again.',
  },
  'book.sheetMissing': {
    th: (p: P) => `ไม่พบแผ่นงาน "${p.sheet}" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน`,
    en: (p: P) => `The sheet "${p.sheet}" was not found. Use "Set up the fund book" first.`,
  },
  'book.columnMissing': {
    th: (p: P) => `แผ่นงาน "${p.sheet}" ไม่มีคอลัมน์ "${p.column}" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" เพื่อเพิ่มคอลัมน์ที่ขาด`,
    en: (p: P) =>
      `The sheet "${p.sheet}" has no column "${p.column}". Use "Set up the fund book" to add the missing columns.`,
  },
  // ---- generated sheets
  'generated.stamp': {
    th: (p: P) => `ข้อมูล ณ วันที่ ${p.asOf} · สร้างเมื่อ ${p.created}`,
    en: (p: P) => `Data as of ${p.asOf} · made ${p.created}`,
  },
  'generated.protection': {
    th: 'รายงานนี้โปรแกรมสร้างใหม่ทุกครั้ง สิ่งที่แก้ไขในแผ่นงานนี้จะหายไป',
    en: 'The add-on rebuilds this report each time; edits made here will be lost.',
  },
  'generated.isRecordSheet': {
    th: (p: P) => `"${p.sheet}" เป็นแผ่นงานบันทึกข้อมูลของกองทุน โปรแกรมจะไม่เขียนทับ`,
    en: (p: P) => `"${p.sheet}" is one of the fund's record sheets; the add-on will not overwrite it.`,
  },
  'generated.notOurs': {
    th: (p: P) => `แผ่นงาน "${p.sheet}" มีข้อมูลที่โปรแกรมไม่ได้สร้าง จึงไม่เขียนทับ — เปลี่ยนชื่อแผ่นงานนั้นแล้วลองใหม่`,
    en: (p: P) =>
      `The sheet "${p.sheet}" holds data the add-on did not make, so it was not overwritten. Rename that sheet and try again.`,
  },
  // ---- the demo fund
  'demo.title': { th: 'กองทุนตัวอย่าง', en: 'Demo fund' },
  'demo.notEmpty': {
    th: (p: P) =>
      `สมุดบัญชีนี้มีข้อมูลอยู่แล้ว (${p.counts}) จึงไม่สร้างกองทุนตัวอย่าง เพื่อไม่ให้ปนกับข้อมูลจริง ไม่ได้เปลี่ยนแปลงอะไร — ใช้ไฟล์ใหม่ที่ว่างเปล่าแทน`,
    en: (p: P) =>
      `This book already holds records (${p.counts}), so no demo fund was made, to keep it apart from real data. Nothing was changed. Use a new, empty file instead.`,
  },
  'demo.badUntil': {
    th: (p: P) =>
      `วันสิ้นสุดของกองทุนตัวอย่าง "${p.value}" ใช้ไม่ได้: ต้องเป็นวันที่แบบ ค.ศ. ปี-เดือน-วัน ระหว่าง 2003-01-01 ถึง 2100-12-31 เช่น 2025-09-30`,
    en: (p: P) =>
      `The demo fund's end date "${p.value}" cannot be used: give a C.E. date as yyyy-mm-dd between 2003-01-01 and 2100-12-31, e.g. 2025-09-30`,
  },
  'demo.rows': {
    th: (p: P) => `${p.sheet} ${p.count} แถว`,
    en: (p: P) => `${p.sheet}: ${p.count} rows`,
  },
  'demo.done': {
    th: (p: P) =>
      `สร้างกองทุนตัวอย่าง "${p.fund}" แล้ว: สมาชิก ${p.members} คนใน ${p.villages} หมู่บ้าน, เงินฝาก ${p.deposits} รายการ, สวัสดิการ ${p.welfare} รายการ, บัญชีกองทุน ${p.ledger} รายการ (พ.ศ. ${p.fromYear}–${p.toYear})`,
    en: (p: P) =>
      `Made the demo fund "${p.fund}": ${p.members} members in ${p.villages} villages, ${p.deposits} deposits, ${p.welfare} welfare payments, ${p.ledger} fund-ledger entries (B.E. ${p.fromYear}–${p.toYear})`,
  },
  'demo.mistakes': {
    th: (p: P) => `มีข้อผิดพลาดที่ใส่ไว้โดยตั้งใจ ${p.count} จุด ลองหาด้วยเมนู "ตรวจสอบรายการ"`,
    en: (p: P) => `${p.count} typical mistakes were planted on purpose; find them with "Check entries".`,
  },
} satisfies Record<string, BookEntry>;
