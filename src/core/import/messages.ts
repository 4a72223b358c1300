/**
 * Messages of the import from a group's own books, Thai first. Merged into the one catalogue in
 * i18n.ts; render them only through text()/t().
 */

export const IMPORT_MESSAGES = {
  'menu.import': { th: 'นำเข้าข้อมูลจากสมุดเดิม', en: 'Import from the group’s own books' },
  'import.title': { th: 'นำเข้าข้อมูลจากสมุดเดิม', en: 'Import from the group’s own books' },
  // ---- refusals (one sentence each; nothing is written)
  'import.empty': {
    th: 'แผ่นงาน "{tab}" ว่าง ไม่มีข้อมูลให้นำเข้า',
    en: 'Tab "{tab}" is empty: nothing to import',
  },
  'import.noHeader': {
    th: 'แผ่นงาน "{tab}" ไม่มีแถวหัวตารางที่รู้จัก (เช่น ชื่อ - นามสกุล, วันที่, จำนวนเงิน) ในแถวบน ๆ',
    en: 'Tab "{tab}" has no recognisable header row (e.g. name, date, amount) near the top',
  },
  'import.noKind': {
    th: 'ไม่รู้ว่าแผ่นงาน "{tab}" เป็นสมุดประเภทใด เลือกประเภทจากรายการ',
    en: 'Cannot tell what kind of book tab "{tab}" is; pick a kind from the list',
  },
  'import.duplicateField': {
    th: 'แผ่นงาน "{tab}": คอลัมน์ {a} และ {b} ถูกจับคู่กับช่อง "{field}" เดียวกัน ให้เลือกช่องเดียว',
    en: 'Tab "{tab}": columns {a} and {b} are both mapped to "{field}"; map only one',
  },
  'import.generatedSource': {
    th: '"{tab}" เป็นแผ่นงานของสมุดบัญชีนี้เอง (สร้างโดยโปรแกรม) นำเข้าซ้ำไม่ได้',
    en: '"{tab}" is one of this book\'s own sheets; it cannot be imported',
  },
  'import.otherMapping': {
    th: 'แผ่นงาน "{tab}" เคยนำเข้าแล้วด้วยการจับคู่คอลัมน์อื่น ใช้การจับคู่เดิม หรือยกเลิกการนำเข้าครั้งนั้นก่อน',
    en: 'Tab "{tab}" was imported before with another column mapping; use that mapping or undo that import first',
  },
  'import.missingField': {
    th: 'แผ่นงาน "{tab}" ไม่มีคอลัมน์ "{field}" ซึ่งจำเป็นสำหรับ{kind}',
    en: 'Tab "{tab}" has no "{field}" column, which a {kind} needs',
  },
  'import.noYear': {
    th: 'ไม่พบปี พ.ศ. ของตารางเงินออม "{tab}" (ในชื่อแผ่นงานหรือแถวชื่อเรื่อง) ให้ระบุปี',
    en: 'No B.E. year found for savings grid "{tab}" (tab name or title row); give the year',
  },
  'import.noMonth': {
    th: 'ไม่พบเดือนของตารางรายวัน "{tab}" ให้ระบุเดือน',
    en: 'No month found for day grid "{tab}"; give the month',
  },
  'import.noTabs': { th: 'ยังไม่ได้เลือกแผ่นงานที่จะนำเข้า', en: 'No tab is selected to import' },
  'import.noTab': { th: 'ไม่พบแผ่นงาน "{tab}"', en: 'There is no tab "{tab}"' },
  'import.badMappingFile': {
    th: 'ไฟล์การจับคู่ไม่ถูกต้อง (ต้องเป็นไฟล์ .json ที่ส่งออกจากหน้านำเข้าข้อมูล)',
    en: 'The mapping file is not valid (it must be a .json file exported from the import dialog)',
  },
  'import.nothingToUndo': { th: 'ไม่มีการนำเข้าที่ยกเลิกได้', en: 'There is no import to undo' },
  'import.notConfirmed': { th: 'ยังไม่ได้ยืนยัน จึงไม่ได้บันทึกอะไร', en: 'Not confirmed, so nothing was written' },
  // ---- reasons a row is skipped
  'import.skip.twoDigitYear': {
    th: 'ปี "{value}" มีสองหลัก ไม่รู้ว่าเป็น พ.ศ. หรือ ค.ศ. (เลือกศตวรรษของคอลัมน์ "{column}" ได้)',
    en: 'year "{value}" has two digits: B.E. or C.E. is unknown (pick the century of column "{column}")',
  },
  'import.skip.badCell': {
    th: '{column}: {reason}',
    en: '{column}: {reason}',
  },
  'import.skip.required': { th: 'ไม่มี{column}', en: 'no {column}' },
  'import.skip.unknownMember': {
    th: 'ไม่พบสมาชิก "{who}" ในทะเบียนสมาชิก',
    en: 'member "{who}" is not on the member roll',
  },
  'import.skip.duplicateMember': {
    th: 'เลขที่สมาชิก {id} ซ้ำกับแถว {row}',
    en: 'member id {id} repeats row {row}',
  },
  'import.skip.memberInBook': {
    th: 'สมาชิกเลขที่ {id} มีอยู่ในสมุดบัญชีแล้ว (ไม่ได้มาจากการนำเข้านี้)',
    en: 'member {id} is already in the book (not from this import)',
  },
  'import.skip.zero': { th: 'จำนวนเงินเป็นศูนย์', en: 'the amount is zero' },
  'import.skip.unknownKind': {
    th: 'ไม่รู้จักประเภทเงิน "{value}" (เลือกประเภทให้)',
    en: 'unknown kind of money "{value}"',
  },
  'import.skip.unknownBenefit': {
    th: 'สมุดนี้ยังไม่รู้จักสวัสดิการ "{value}" (จับคู่กับสวัสดิการที่มี หรือเพิ่มเข้าระเบียบ)',
    en: 'the book does not know benefit "{value}" yet (map it to one, or add it to the catalogue)',
  },
  'import.skip.noKind': { th: 'ไม่ระบุประเภทเงิน', en: 'no kind of money given' },
  'import.skip.bothSides': {
    th: 'มีทั้งยอดรับและยอดจ่ายในแถวเดียว',
    en: 'both an income and an expense amount in one row',
  },
  'import.skip.otherRegister': {
    th: '"{value}" บันทึกในทะเบียนเงินฝาก/สวัสดิการแล้ว (ไม่นำเข้าบัญชีกองทุนซ้ำ)',
    en: '"{value}" is kept in the deposit/welfare registers (not entered twice in the ledger)',
  },
  'import.skip.wrongSide': {
    th: '"{value}" เป็น{kind} แต่อยู่ในช่อง{side}',
    en: '"{value}" is {kind} but sits in the {side} column',
  },
  // ---- notes
  'import.note.rowTotal': {
    th: 'ช่องรวมของแถวเขียน {total} แต่รวมรายเดือนได้ {sum}',
    en: "the row's total says {total} but its months add up to {sum}",
  },
  'import.note.keptAsText': {
    th: '{column} "{value}" อ่านไม่ได้ เก็บไว้ตามที่พิมพ์ (การตรวจสอบรายการจะชี้ให้แก้)',
    en: '{column} "{value}" cannot be read; kept as typed (the check will point at it)',
  },
  'import.where.row': {
    th: 'แถวรวม (แถว {row}) คอลัมน์ {column}',
    en: 'total row {row}, column {column}',
  },
  'import.where.column': { th: 'คอลัมน์รวม {column}', en: 'total column {column}' },
  // ---- kinds and totals
  'import.kind.members': { th: 'ทะเบียนสมาชิก', en: 'member roll' },
  'import.kind.depositLog': { th: 'สมุดรับเงินฝาก (รายการละแถว)', en: 'deposit log' },
  'import.kind.receipts': { th: 'สมุดใบเสร็จค่าสมัคร/ค่าบำรุง', en: 'fee receipt book' },
  'import.kind.savingsGrid': { th: 'ตารางเงินออม (รายเดือน/รายวัน)', en: 'savings grid' },
  'import.kind.welfare': { th: 'ทะเบียนจ่ายสวัสดิการ', en: 'welfare register' },
  'import.kind.ledger': { th: 'บัญชีรับ-จ่าย', en: 'income/expense ledger' },
  'import.total.welfare': { th: 'สวัสดิการที่จ่าย', en: 'welfare paid' },
  'import.total.income': { th: 'รายรับ', en: 'income' },
  'import.total.expense': { th: 'รายจ่าย', en: 'expense' },
  // ---- report sheet
  'import.report.sheet': { th: 'ผลการนำเข้า', en: 'Import report' },
  // ---- the dialog
  'import.ui.intro': {
    th: 'นำแผ่นงานของกลุ่มเข้ามาในไฟล์นี้ก่อนด้วย ไฟล์ → นำเข้า → แทรกแผ่นงานใหม่ แล้วเลือกแผ่นงานที่จะนำเข้าที่นี่ แผ่นงานเดิมจะไม่ถูกแก้ไข',
    en: 'First bring the group’s file in with File → Import → Insert new sheets, then pick its tabs here. Those tabs are never changed.',
  },
  'import.ui.pickTabs': { th: '1. เลือกแผ่นงาน', en: '1. Pick the tabs' },
  'import.ui.detect': { th: 'ตรวจหาหัวตารางและประเภท', en: 'Detect headers and kinds' },
  'import.ui.export': { th: 'บันทึกการจับคู่เป็นไฟล์', en: 'Save the mapping as a file' },
  'import.ui.load': { th: 'โหลดไฟล์การจับคู่', en: 'Load a mapping file' },
  'import.ui.ownSheet': { th: '(แผ่นงานของสมุดบัญชีนี้)', en: '(this book’s own sheet)' },
  'import.ui.kind': { th: 'ประเภทสมุด', en: 'Kind of book' },
  'import.ui.year': { th: 'ปี พ.ศ. ของตาราง', en: 'B.E. year of the grid' },
  'import.ui.column': { th: 'คอลัมน์', en: 'Column' },
  'import.ui.header': { th: 'หัวตาราง', en: 'Header' },
  'import.ui.field': { th: 'นำเข้าเป็น', en: 'Import as' },
  'import.ui.confidence': { th: 'ความมั่นใจ', en: 'Confidence' },
  'import.ui.preview': { th: 'ตัวอย่างค่าที่อ่านได้', en: 'Values as read' },
  'import.ui.leaveOut': { th: '— ไม่นำเข้า —', en: '— leave out —' },
  'import.ui.centuryNone': { th: 'ปีสองหลัก: ข้ามแถว', en: 'two-digit year: skip the row' },
  'import.ui.centuryBe25': { th: 'ปีสองหลักคือ พ.ศ. 25xx', en: 'two-digit year is B.E. 25xx' },
  'import.ui.centuryBe24': { th: 'ปีสองหลักคือ พ.ศ. 24xx', en: 'two-digit year is B.E. 24xx' },
  'import.ui.centuryCe20': { th: 'ปีสองหลักคือ ค.ศ. 20xx', en: 'two-digit year is C.E. 20xx' },
  'import.ui.dryRun': { th: '2. ทดลองนำเข้า (ยังไม่บันทึก)', en: '2. Dry run (nothing written)' },
  'import.ui.import': { th: '3. นำเข้า', en: '3. Import' },
  'import.ui.dryRunTitle': { th: 'ผลการทดลองนำเข้า', en: 'Dry run' },
  'import.ui.tab': { th: 'แผ่นงาน', en: 'Tab' },
  'import.ui.rowsRead': { th: 'แถวที่อ่าน', en: 'Rows read' },
  'import.ui.toImport': { th: 'จะนำเข้า', en: 'To import' },
  'import.ui.already': { th: 'นำเข้าแล้ว', en: 'Imported before' },
  'import.ui.skipped': { th: 'ข้าม', en: 'Skipped' },
  'import.ui.money': { th: 'ยอดเงิน (บาท)', en: 'Money (baht)' },
  'import.ui.unknownBenefits': { th: 'สวัสดิการที่สมุดนี้ยังไม่รู้จัก', en: 'Benefits this book does not know yet' },
  'import.ui.unknownKinds': { th: 'รายการบัญชีที่ยังไม่รู้ประเภท', en: 'Ledger lines of unknown kind' },
  'import.ui.addBenefit': { th: 'เพิ่มเป็นสวัสดิการใหม่ในระเบียบ', en: 'Add to the benefit catalogue' },
  'import.ui.otherRegister': {
    th: 'ไม่นำเข้า (อยู่ในทะเบียนเงินฝาก/สวัสดิการแล้ว)',
    en: 'Leave out (kept in the deposit/welfare registers)',
  },
  'import.ui.skippedRows': { th: 'แถวที่ข้ามไปและเหตุผล', en: 'Skipped rows and why' },
  'import.ui.nothingNew': { th: 'ไม่มีรายการใหม่ให้นำเข้า', en: 'Nothing new to import' },
  'import.ui.headerRow': { th: 'หัวตารางแถว {rows}', en: 'header row {rows}' },
  'import.ui.savedMapping': { th: '(ใช้การจับคู่ที่บันทึกไว้)', en: '(saved mapping)' },
  'import.ui.century': {
    th: 'ปีสองหลักในคอลัมน์ {column}',
    en: 'two-digit years in column {column}',
  },
  'import.ui.memberCount': { th: 'สมาชิก {count} คน', en: '{count} members' },
  'import.ui.skippedRow': { th: '{tab} แถว {row}:', en: '{tab} row {row}:' },
  'import.ui.skippedCell': { th: '{tab} แถว {row} ช่อง {cell}:', en: '{tab} row {row} cell {cell}:' },
  'import.ui.done': {
    th: 'นำเข้าชุดที่ {batch} แล้ว รายงานอยู่ในแผ่นงาน "{sheet}"',
    en: 'Imported as batch {batch}; the report is in sheet "{sheet}"',
  },
  'import.ui.undo': { th: 'ยกเลิกการนำเข้าชุดที่ {batch}', en: 'Undo import batch {batch}' },
  'import.ui.undone': {
    th: 'ยกเลิกชุดที่ {batch} แล้ว ลบ {rows} แถว',
    en: 'Batch {batch} undone: {rows} rows removed',
  },
  'import.ui.kept': {
    th: '{sheet} แถว {row} ถูกแก้ไขหลังนำเข้า จึงไม่ลบ',
    en: '{sheet} row {row} was edited after the import, so it stays',
  },
  'import.ui.rows': { th: '{rows} แถว', en: '{rows} rows' },
} as const;
