/**
 * Messages of the import from a group's own books, Thai first. Merged into the one catalogue in
 * i18n.ts; render them only through text()/t().
 */
type P = Record<string, string | number>;
type ImportEntry = { th: string | ((p: P) => string); en: string | ((p: P) => string) };

export const IMPORT_MESSAGES = {
  'menu.import': { th: 'นำเข้าข้อมูลจากสมุดเดิม', en: 'Import from the group’s own books' },
  'import.title': { th: 'นำเข้าข้อมูลจากสมุดเดิม', en: 'Import from the group’s own books' },
  // ---- refusals (one sentence each; nothing is written)
  'import.empty': {
    th: (p: P) => `แผ่นงาน "${p.tab}" ว่าง ไม่มีข้อมูลให้นำเข้า`,
    en: (p: P) => `Tab "${p.tab}" is empty: nothing to import`,
  },
  'import.noHeader': {
    th: (p: P) => `แผ่นงาน "${p.tab}" ไม่มีแถวหัวตารางที่รู้จัก (เช่น ชื่อ - นามสกุล, วันที่, จำนวนเงิน) ในแถวบน ๆ`,
    en: (p: P) => `Tab "${p.tab}" has no recognisable header row (e.g. name, date, amount) near the top`,
  },
  'import.noKind': {
    th: (p: P) => `ไม่รู้ว่าแผ่นงาน "${p.tab}" เป็นสมุดประเภทใด เลือกประเภทจากรายการ`,
    en: (p: P) => `Cannot tell what kind of book tab "${p.tab}" is; pick a kind from the list`,
  },
  'import.duplicateField': {
    th: (p: P) => `แผ่นงาน "${p.tab}": คอลัมน์ ${p.a} และ ${p.b} ถูกจับคู่กับช่อง "${p.field}" เดียวกัน ให้เลือกช่องเดียว`,
    en: (p: P) => `Tab "${p.tab}": columns ${p.a} and ${p.b} are both mapped to "${p.field}"; map only one`,
  },
  'import.generatedSource': {
    th: (p: P) => `"${p.tab}" เป็นแผ่นงานของสมุดบัญชีนี้เอง (สร้างโดยโปรแกรม) นำเข้าซ้ำไม่ได้`,
    en: (p: P) => `"${p.tab}" is one of this book's own sheets; it cannot be imported`,
  },
  'import.otherMapping': {
    th: (p: P) => `แผ่นงาน "${p.tab}" เคยนำเข้าแล้วด้วยการจับคู่คอลัมน์อื่น ใช้การจับคู่เดิม หรือยกเลิกการนำเข้าครั้งนั้นก่อน`,
    en: (p: P) =>
      `Tab "${p.tab}" was imported before with another column mapping; use that mapping or undo that import first`,
  },
  'import.missingField': {
    th: (p: P) => `แผ่นงาน "${p.tab}" ไม่มีคอลัมน์ "${p.field}" ซึ่งจำเป็นสำหรับ${p.kind}`,
    en: (p: P) => `Tab "${p.tab}" has no "${p.field}" column, which a ${p.kind} needs`,
  },
  'import.noYear': {
    th: (p: P) => `ไม่พบปี พ.ศ. ของตารางเงินออม "${p.tab}" (ในชื่อแผ่นงานหรือแถวชื่อเรื่อง) ให้ระบุปี`,
    en: (p: P) => `No B.E. year found for savings grid "${p.tab}" (tab name or title row); give the year`,
  },
  'import.noMonth': {
    th: (p: P) => `ไม่พบเดือนของตารางรายวัน "${p.tab}" ให้ระบุเดือน`,
    en: (p: P) => `No month found for day grid "${p.tab}"; give the month`,
  },
  'import.noTabs': { th: 'ยังไม่ได้เลือกแผ่นงานที่จะนำเข้า', en: 'No tab is selected to import' },
  'import.noTab': { th: (p: P) => `ไม่พบแผ่นงาน "${p.tab}"`, en: (p: P) => `There is no tab "${p.tab}"` },
  'import.badMappingFile': {
    th: 'ไฟล์การจับคู่ไม่ถูกต้อง (ต้องเป็นไฟล์ .json ที่ส่งออกจากหน้านำเข้าข้อมูล)',
    en: 'The mapping file is not valid (it must be a .json file exported from the import dialog)',
  },
  'import.nothingToUndo': { th: 'ไม่มีการนำเข้าที่ยกเลิกได้', en: 'There is no import to undo' },
  'import.notConfirmed': { th: 'ยังไม่ได้ยืนยัน จึงไม่ได้บันทึกอะไร', en: 'Not confirmed, so nothing was written' },
  // ---- reasons a row is skipped
  'import.skip.twoDigitYear': {
    th: (p: P) => `ปี "${p.value}" มีสองหลัก ไม่รู้ว่าเป็น พ.ศ. หรือ ค.ศ. (เลือกศตวรรษของคอลัมน์ "${p.column}" ได้)`,
    en: (p: P) =>
      `year "${p.value}" has two digits: B.E. or C.E. is unknown (pick the century of column "${p.column}")`,
  },
  'import.skip.badCell': {
    th: (p: P) => `${p.column}: ${p.reason}`,
    en: (p: P) => `${p.column}: ${p.reason}`,
  },
  'import.skip.required': { th: (p: P) => `ไม่มี${p.column}`, en: (p: P) => `no ${p.column}` },
  'import.skip.unknownMember': {
    th: (p: P) => `ไม่พบสมาชิก "${p.who}" ในทะเบียนสมาชิก`,
    en: (p: P) => `member "${p.who}" is not on the member roll`,
  },
  'import.skip.duplicateMember': {
    th: (p: P) => `เลขที่สมาชิก ${p.id} ซ้ำกับแถว ${p.row}`,
    en: (p: P) => `member id ${p.id} repeats row ${p.row}`,
  },
  'import.skip.memberInBook': {
    th: (p: P) => `สมาชิกเลขที่ ${p.id} มีอยู่ในสมุดบัญชีแล้ว (ไม่ได้มาจากการนำเข้านี้)`,
    en: (p: P) => `member ${p.id} is already in the book (not from this import)`,
  },
  'import.skip.zero': { th: 'จำนวนเงินเป็นศูนย์', en: 'the amount is zero' },
  'import.skip.unknownKind': {
    th: (p: P) => `ไม่รู้จักประเภทเงิน "${p.value}" (เลือกประเภทให้)`,
    en: (p: P) => `unknown kind of money "${p.value}"`,
  },
  'import.skip.unknownBenefit': {
    th: (p: P) => `สมุดนี้ยังไม่รู้จักสวัสดิการ "${p.value}" (จับคู่กับสวัสดิการที่มี หรือเพิ่มเข้าระเบียบ)`,
    en: (p: P) => `the book does not know benefit "${p.value}" yet (map it to one, or add it to the catalogue)`,
  },
  'import.skip.noKind': { th: 'ไม่ระบุประเภทเงิน', en: 'no kind of money given' },
  'import.skip.bothSides': {
    th: 'มีทั้งยอดรับและยอดจ่ายในแถวเดียว',
    en: 'both an income and an expense amount in one row',
  },
  'import.skip.otherRegister': {
    th: (p: P) => `"${p.value}" บันทึกในทะเบียนเงินฝาก/สวัสดิการแล้ว (ไม่นำเข้าบัญชีกองทุนซ้ำ)`,
    en: (p: P) => `"${p.value}" is kept in the deposit/welfare registers (not entered twice in the ledger)`,
  },
  'import.skip.wrongSide': {
    th: (p: P) => `"${p.value}" เป็น${p.kind} แต่อยู่ในช่อง${p.side}`,
    en: (p: P) => `"${p.value}" is ${p.kind} but sits in the ${p.side} column`,
  },
  // ---- notes
  'import.note.rowTotal': {
    th: (p: P) => `ช่องรวมของแถวเขียน ${p.total} แต่รวมรายเดือนได้ ${p.sum}`,
    en: (p: P) => `the row's total says ${p.total} but its months add up to ${p.sum}`,
  },
  'import.note.keptAsText': {
    th: (p: P) => `${p.column} "${p.value}" อ่านไม่ได้ เก็บไว้ตามที่พิมพ์ (การตรวจสอบรายการจะชี้ให้แก้)`,
    en: (p: P) => `${p.column} "${p.value}" cannot be read; kept as typed (the check will point at it)`,
  },
  'import.where.row': {
    th: (p: P) => `แถวรวม (แถว ${p.row}) คอลัมน์ ${p.column}`,
    en: (p: P) => `total row ${p.row}, column ${p.column}`,
  },
  'import.where.column': { th: (p: P) => `คอลัมน์รวม ${p.column}`, en: (p: P) => `total column ${p.column}` },
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
  'import.ui.headerRow': { th: (p: P) => `หัวตารางแถว ${p.rows}`, en: (p: P) => `header row ${p.rows}` },
  'import.ui.savedMapping': { th: '(ใช้การจับคู่ที่บันทึกไว้)', en: '(saved mapping)' },
  'import.ui.century': {
    th: (p: P) => `ปีสองหลักในคอลัมน์ ${p.column}`,
    en: (p: P) => `two-digit years in column ${p.column}`,
  },
  'import.ui.memberCount': { th: (p: P) => `สมาชิก ${p.count} คน`, en: (p: P) => `${p.count} members` },
  'import.ui.skippedRow': {
    th: (p: P) => `${p.tab} แถว ${p.row}${p.cell ? ' ช่อง ' + p.cell : ''}:`,
    en: (p: P) => `${p.tab} row ${p.row}${p.cell ? ' cell ' + p.cell : ''}:`,
  },
  'import.ui.done': {
    th: (p: P) => `นำเข้าชุดที่ ${p.batch} แล้ว รายงานอยู่ในแผ่นงาน "${p.sheet}"`,
    en: (p: P) => `Imported as batch ${p.batch}; the report is in sheet "${p.sheet}"`,
  },
  'import.ui.undo': { th: (p: P) => `ยกเลิกการนำเข้าชุดที่ ${p.batch}`, en: (p: P) => `Undo import batch ${p.batch}` },
  'import.ui.undone': {
    th: (p: P) => `ยกเลิกชุดที่ ${p.batch} แล้ว ลบ ${p.rows} แถว`,
    en: (p: P) => `Batch ${p.batch} undone: ${p.rows} rows removed`,
  },
  'import.ui.kept': {
    th: (p: P) => `${p.sheet} แถว ${p.row} ถูกแก้ไขหลังนำเข้า จึงไม่ลบ`,
    en: (p: P) => `${p.sheet} row ${p.row} was edited after the import, so it stays`,
  },
  'import.ui.rows': { th: (p: P) => `${p.rows} แถว`, en: (p: P) => `${p.rows} rows` },
} satisfies Record<string, ImportEntry>;
