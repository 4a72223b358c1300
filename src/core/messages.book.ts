/**
 * Messages of the workbook layer: set-up, writing records, generated sheets and the demo fund.
 * Thai first. Merged into the one catalogue in i18n.ts; render them only through text()/t().
 */

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
    th: '"{sheet}": สร้างแผ่นงานใหม่ ({count} คอลัมน์)',
    en: '"{sheet}": created ({count} columns)',
  },
  'setup.createdFromBlank': {
    th: '"{sheet}": ใช้แผ่นงานว่าง "{from}" ตั้งชื่อใหม่และใส่หัวตาราง ({count} คอลัมน์)',
    en: '"{sheet}": the empty sheet "{from}" was renamed and given headers ({count} columns)',
  },
  'setup.headersAdded': {
    th: '"{sheet}": แผ่นงานว่างอยู่ ใส่หัวตาราง ({count} คอลัมน์)',
    en: '"{sheet}": the sheet was empty; headers added ({count} columns)',
  },
  'setup.complete': {
    th: '"{sheet}": ครบแล้ว ไม่ได้เปลี่ยนแปลง',
    en: '"{sheet}": complete, not changed',
  },
  'setup.kept': {
    th: '"{sheet}": คงข้อมูลเดิม {rows} แถว',
    en: '"{sheet}": kept its {rows} rows',
  },
  'setup.addedColumns': {
    th: 'เพิ่มคอลัมน์ต่อท้าย: {columns}',
    en: 'columns added at the end: {columns}',
  },
  'setup.unknownColumns': {
    th: 'คอลัมน์ที่โปรแกรมไม่รู้จัก (คงไว้ตามเดิม): {columns}',
    en: 'columns not recognised (kept as they are): {columns}',
  },
  'setup.addedDropdowns': {
    th: 'เพิ่มรายการให้เลือกในคอลัมน์: {columns}',
    en: 'dropdowns added to: {columns}',
  },
  'setup.addedSettings': {
    th: 'เพิ่มค่าตั้งต้นที่ยังไม่มี {count} รายการ (ค่าที่กลุ่มตั้งไว้เดิมไม่ได้เปลี่ยน)',
    en: "added {count} missing default settings (the group's own values were not changed)",
  },
  'setup.addedBenefits': {
    th: 'ใส่ประเภทสวัสดิการตั้งต้น {count} ประเภท แก้ไขได้ทุกช่อง',
    en: 'added {count} default benefit kinds; every cell can be edited',
  },
  'setup.benefitListUpdated': {
    th: 'ปรับรายการประเภทสวัสดิการให้ตรงกับแผ่นงาน "{sheet}"',
    en: 'benefit dropdown updated to the names in "{sheet}"',
  },
  'setup.frozenHeader': { th: 'ตรึงแถวหัวตาราง', en: 'header row frozen' },
  'setup.protectedHeader': { th: 'ป้องกันหัวตาราง (เตือนก่อนแก้)', en: 'header row protected (warning only)' },
  'setup.notUnderstood': {
    th: '"{sheet}": หัวตารางแถวที่ 1 ไม่ตรงกับแผ่นงาน{kind} จึงไม่ได้แก้ไขแผ่นงานนี้ — ให้ตั้งหัวตาราง เช่น {example} แล้วกดตั้งค่าอีกครั้ง',
    en: '"{sheet}": row 1 does not look like the {kind} headers, so this sheet was not changed. Give it headers such as {example} and run set-up again.',
  },
  'setup.otherSheet': {
    th: '"{sheet}": ไม่ใช่แผ่นงานของสมุดบัญชี ไม่ได้แก้ไข',
    en: '"{sheet}": not a fund-book sheet; not changed',
  },
  'setup.generatedSheet': {
    th: '"{sheet}": รายงานที่โปรแกรมสร้าง ไม่ได้แก้ไข',
    en: '"{sheet}": a generated report; not changed',
  },
  'setup.listHelp': {
    th: 'เลือกจากรายการ: {choices} (ค่าอื่นบันทึกได้ แต่ "ตรวจสอบรายการ" จะแจ้งให้แก้)',
    en: 'Pick from the list: {choices} (other values are kept, but "Check entries" will point them out)',
  },
  'setup.benefitHelp': {
    th: 'เลือกประเภทสวัสดิการจากแผ่นงาน "{sheet}" (ค่าอื่นบันทึกได้ แต่ "ตรวจสอบรายการ" จะแจ้งให้แก้)',
    en: 'Pick a benefit from the sheet "{sheet}" (other values are kept, but "Check entries" will point them out)',
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
    th: 'ไม่พบแผ่นงาน "{sheet}" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน',
    en: 'The sheet "{sheet}" was not found. Use "Set up the fund book" first.',
  },
  'book.columnMissing': {
    th: 'แผ่นงาน "{sheet}" ไม่มีคอลัมน์ "{column}" กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" เพื่อเพิ่มคอลัมน์ที่ขาด',
    en: 'The sheet "{sheet}" has no column "{column}". Use "Set up the fund book" to add the missing columns.',
  },
  // ---- generated sheets
  'generated.stamp': {
    th: 'ข้อมูล ณ วันที่ {asOf} · สร้างเมื่อ {created}',
    en: 'Data as of {asOf} · made {created}',
  },
  'generated.protection': {
    th: 'รายงานนี้โปรแกรมสร้างใหม่ทุกครั้ง สิ่งที่แก้ไขในแผ่นงานนี้จะหายไป',
    en: 'The add-on rebuilds this report each time; edits made here will be lost.',
  },
  'generated.isRecordSheet': {
    th: '"{sheet}" เป็นแผ่นงานบันทึกข้อมูลของกองทุน โปรแกรมจะไม่เขียนทับ',
    en: '"{sheet}" is one of the fund\'s record sheets; the add-on will not overwrite it.',
  },
  'generated.notOurs': {
    th: 'แผ่นงาน "{sheet}" มีข้อมูลที่โปรแกรมไม่ได้สร้าง จึงไม่เขียนทับ — เปลี่ยนชื่อแผ่นงานนั้นแล้วลองใหม่',
    en: 'The sheet "{sheet}" holds data the add-on did not make, so it was not overwritten. Rename that sheet and try again.',
  },
  // ---- the demo fund
  'demo.title': { th: 'กองทุนตัวอย่าง', en: 'Demo fund' },
  'demo.notEmpty': {
    th: 'สมุดบัญชีนี้มีข้อมูลอยู่แล้ว ({counts}) จึงไม่สร้างกองทุนตัวอย่าง เพื่อไม่ให้ปนกับข้อมูลจริง ไม่ได้เปลี่ยนแปลงอะไร — ใช้ไฟล์ใหม่ที่ว่างเปล่าแทน',
    en: 'This book already holds records ({counts}), so no demo fund was made, to keep it apart from real data. Nothing was changed. Use a new, empty file instead.',
  },
  'demo.badUntil': {
    th: 'วันสิ้นสุดของกองทุนตัวอย่าง "{value}" ใช้ไม่ได้: ต้องเป็นวันที่แบบ ค.ศ. ปี-เดือน-วัน ระหว่าง 2003-01-01 ถึง 2100-12-31 เช่น 2025-09-30',
    en: 'The demo fund\'s end date "{value}" cannot be used: give a C.E. date as yyyy-mm-dd between 2003-01-01 and 2100-12-31, e.g. 2025-09-30',
  },
  'demo.rows': {
    th: '{sheet} {count} แถว',
    en: '{sheet}: {count} rows',
  },
  'demo.done': {
    th: 'สร้างกองทุนตัวอย่าง "{fund}" แล้ว: สมาชิก {members} คนใน {villages} หมู่บ้าน, เงินฝาก {deposits} รายการ, สวัสดิการ {welfare} รายการ, บัญชีกองทุน {ledger} รายการ (พ.ศ. {fromYear}–{toYear})',
    en: 'Made the demo fund "{fund}": {members} members in {villages} villages, {deposits} deposits, {welfare} welfare payments, {ledger} fund-ledger entries (B.E. {fromYear}–{toYear})',
  },
  'demo.mistakes': {
    th: 'มีข้อผิดพลาดที่ใส่ไว้โดยตั้งใจ {count} จุด ลองหาด้วยเมนู "ตรวจสอบรายการ"',
    en: '{count} typical mistakes were planted on purpose; find them with "Check entries".',
  },
} as const;
