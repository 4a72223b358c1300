/**
 * Messages of the secretary's forms (sidebar pages and their server functions). Thai first.
 * Merged into the one catalogue in i18n.ts; render them only through text()/t().
 */
type P = Record<string, string | number>;
type FormEntry = { th: string | ((p: P) => string); en: string | ((p: P) => string) };

export const FORM_MESSAGES = {
  // ---- field checks (shared by the pages and the server)
  'form.required': { th: 'กรุณากรอกช่องนี้', en: 'Please fill in this field' },
  'form.tooLong': {
    th: (p: P) => `ยาวเกินไป (ไม่เกิน ${p.max} ตัวอักษร)`,
    en: (p: P) => `Too long (at most ${p.max} characters)`,
  },
  'form.controlChars': {
    th: 'มีอักขระพิเศษที่มองไม่เห็น (เช่น แท็บ) กรุณาพิมพ์ใหม่',
    en: 'Contains invisible characters (such as a tab); please retype it',
  },
  'form.badMemberId': {
    th: 'รหัสสมาชิกต้องเป็นข้อความสั้น ๆ ไม่เกิน 40 ตัวอักษร',
    en: 'A member ID is short text, at most 40 characters',
  },
  'form.badDate': { th: 'วันที่ไม่ถูกต้อง', en: 'Not a valid date' },
  'form.dateInFuture': {
    th: (p: P) => `วันที่ ${p.date} ยังมาไม่ถึง บันทึกได้เฉพาะสิ่งที่เกิดขึ้นแล้ว`,
    en: (p: P) => `${p.date} is in the future; record only what has happened`,
  },
  'form.amountPositive': {
    th: 'จำนวนเงินต้องมากกว่า 0 (การแก้ไขยอดให้บันทึกรายการกลับรายการในแผ่นงาน)',
    en: 'The amount must be more than 0 (corrections are reversal rows in the sheet)',
  },
  'form.unitsPositive': { th: 'จำนวนหน่วยต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป', en: 'Units must be a whole number from 1' },
  'form.badKey': {
    th: 'แบบฟอร์มนี้เก่าเกินไป กรุณาปิดแถบด้านข้างแล้วเปิดใหม่ (ยังไม่ได้บันทึกอะไร)',
    en: 'This form is out of date. Close the sidebar and open it again (nothing was saved).',
  },
  // ---- checks that need the book
  'form.memberIdTaken': {
    th: (p: P) => `รหัส ${p.id} มีอยู่แล้ว (${p.name})`,
    en: (p: P) => `ID ${p.id} is already taken (${p.name})`,
  },
  'form.memberIdTakenShort': { th: 'รหัสนี้มีสมาชิกใช้อยู่แล้ว', en: 'This ID is already taken' },
  'form.nidTaken': {
    th: (p: P) => `เลขประจำตัวประชาชนนี้เป็นของสมาชิก ${p.id} (${p.name}) อยู่แล้ว`,
    en: (p: P) => `This national ID already belongs to member ${p.id} (${p.name})`,
  },
  'form.joinBeforeBirth': { th: 'วันที่สมัครอยู่ก่อนวันเกิด', en: 'The join date is before the birth date' },
  'form.noMember': { th: (p: P) => `ไม่พบสมาชิกรหัส ${p.id}`, en: (p: P) => `No member with ID ${p.id}` },
  'form.nothingChanged': { th: 'ไม่มีข้อมูลที่เปลี่ยนแปลง', en: 'Nothing was changed' },
  'form.nothingChangedShort': { th: 'ยังไม่ได้แก้ไขช่องใดเลย', en: 'No field has been changed yet' },
  'form.alreadyEnded': {
    th: (p: P) => `สมาชิกนี้มีสถานะ "${p.status}" อยู่แล้ว`,
    en: (p: P) => `This member is already "${p.status}"`,
  },
  'form.alreadyEndedShort': {
    th: (p: P) => `สมาชิกนี้${p.status}แล้ว เมื่อ ${p.date} (ไม่ต้องบันทึกซ้ำ)`,
    en: (p: P) => `This member is already ${p.status} since ${p.date} (nothing to record)`,
  },
  'form.beforeJoin': {
    th: (p: P) => `วันที่อยู่ก่อนวันที่สมัคร (${p.date})`,
    en: (p: P) => `The date is before the join date (${p.date})`,
  },
  'form.memberEnded': {
    th: (p: P) => `สมาชิก ${p.id} ชำระเงินไม่ได้: ${p.status}`,
    en: (p: P) => `Member ${p.id} cannot pay in: ${p.status}`,
  },
  'form.yearPaid': {
    th: (p: P) => `ค่าบำรุงปี ${p.year} ชำระครบแล้ว (${p.amount} บาท)`,
    en: (p: P) => `The annual fee for ${p.year} is already paid (${p.amount} baht)`,
  },
  'form.entryPaid': {
    th: (p: P) => `ค่าสมัครชำระครบแล้ว (${p.amount} บาท)`,
    en: (p: P) => `The entry fee is already paid (${p.amount} baht)`,
  },
  'form.noLines': { th: 'ไม่มีรายการที่จะบันทึก', en: 'There is nothing to save' },
  'form.noLinesShort': { th: 'ยังไม่ได้เลือกรายการใดที่มีจำนวนเงิน', en: 'No line with an amount is ticked' },
  'form.tooManyLines': {
    th: (p: P) => `บันทึกได้ครั้งละไม่เกิน ${p.max} รายการ`,
    en: (p: P) => `At most ${p.max} lines per save`,
  },
  'form.noBenefit': { th: 'ไม่พบประเภทสวัสดิการนี้ในแผ่นงานตั้งค่าสวัสดิการ', en: 'This benefit is not in the benefit settings' },
  'form.overrideAmount': {
    th: (p: P) => `จำนวนเงินต่างจากระเบียบ (${p.amount} บาท) กรุณาระบุเหตุผลที่คณะกรรมการอนุมัติ`,
    en: (p: P) => `The amount differs from the schedule (${p.amount} baht); give the committee's reason`,
  },
  'form.overrideNotEligible': {
    th: 'ตามระเบียบยังไม่มีสิทธิ์ หากคณะกรรมการอนุมัติให้จ่าย กรุณาระบุเหตุผล',
    en: 'Not eligible under the rules; if the committee approves paying anyway, give the reason',
  },
  'form.changedMeanwhile': {
    th: (p: P) => `ช่องนี้ถูกแก้ไขในแผ่นงานระหว่างนี้ (ตอนนี้เป็น "${p.value}") จึงไม่ได้บันทึกทับ กรุณาเลือกสมาชิกใหม่เพื่อโหลดข้อมูลล่าสุด`,
    en: (p: P) =>
      `This cell was changed in the sheet meanwhile (now "${p.value}"), so it was not overwritten. Choose the member again to load the latest data.`,
  },
  // ---- common page text
  'form.loading': { th: 'กำลังโหลด…', en: 'Loading…' },
  'form.saving': { th: 'กำลังบันทึก…', en: 'Saving…' },
  'form.cancel': { th: 'ยกเลิก', en: 'Cancel' },
  'form.confirmSave': { th: 'ยืนยันบันทึก', en: 'Confirm and save' },
  'form.dateHint': { th: 'เช่น 15/8/2568 (พ.ศ.)', en: 'e.g. 15/8/2568 (B.E.)' },
  'form.pickerHint': { th: 'พิมพ์ชื่อ รหัสสมาชิก หรือเลขประจำตัวประชาชน', en: 'Type a name, a member ID or a national ID' },
  'form.noMatch': { th: (p: P) => `ไม่พบสมาชิกที่ตรงกับ "${p.query}"`, en: (p: P) => `No member matches "${p.query}"` },
  'form.pickMember': { th: 'กรุณาเลือกสมาชิกจากรายชื่อ', en: 'Choose a member from the list' },
  'form.member': { th: 'สมาชิก', en: 'Member' },
  'form.searchMember': { th: 'ค้นหาสมาชิก', en: 'Find a member' },
  'form.memberId': { th: 'รหัสสมาชิก', en: 'Member ID' },
  'form.memberIdHint': { th: (p: P) => `รหัสถัดไปที่แนะนำ: ${p.id}`, en: (p: P) => `Suggested next ID: ${p.id}` },
  'form.name': { th: 'ชื่อ-สกุล', en: 'Name' },
  'form.nationalId': { th: 'เลขประจำตัวประชาชน', en: 'National ID' },
  'form.nidHint': { th: '13 หลัก (เว้นว่างได้)', en: '13 digits (may be left blank)' },
  'form.nidOk': { th: 'เลขถูกต้องตามหลักตรวจสอบ', en: 'Valid check digit' },
  'form.birthDate': { th: 'วันเกิด', en: 'Birth date' },
  'form.joinDate': { th: 'วันที่สมัคร', en: 'Join date' },
  'form.village': { th: 'หมู่บ้าน', en: 'Village' },
  'form.address': { th: 'ที่อยู่', en: 'Address' },
  'form.phone': { th: 'โทรศัพท์', en: 'Phone' },
  'form.beneficiary': { th: 'ผู้รับผลประโยชน์', en: 'Beneficiary' },
  'form.note': { th: 'หมายเหตุ', en: 'Note' },
  'form.date': { th: 'วันที่', en: 'Date' },
  'form.total': { th: 'รวม', en: 'Total' },
  'form.standing': { th: 'สถานะ', en: 'Standing' },
  'form.paidThrough': { th: 'เงินออมชำระถึงวันที่', en: 'Savings paid through' },
  'form.savingsOwed': {
    th: (p: P) => `ค้างเงินออม ${p.baht} บาท (${p.days} วัน)`,
    en: (p: P) => `Savings owed: ${p.baht} baht (${p.days} days)`,
  },
  'form.annualOwed': {
    th: (p: P) => `ค้างค่าบำรุงปี ${p.years}: ${p.baht} บาท`,
    en: (p: P) => `Annual fee owed for ${p.years}: ${p.baht} baht`,
  },
  'form.entryOwed': { th: (p: P) => `ค้างค่าสมัคร ${p.baht} บาท`, en: (p: P) => `Entry fee owed: ${p.baht} baht` },
  // ---- member form
  'form.tabNew': { th: 'สมัครใหม่', en: 'Register' },
  'form.tabContact': { th: 'แก้ไขที่อยู่', en: 'Contact details' },
  'form.tabStatus': { th: 'ลาออก/เสียชีวิต', en: 'Resign/death' },
  'form.saveMember': { th: 'บันทึกสมาชิกใหม่', en: 'Save new member' },
  'form.memberSaved': {
    th: (p: P) => `บันทึกสมาชิก ${p.id} ${p.name} แล้ว (แผ่นงาน "${p.sheet}" แถวที่ ${p.row})`,
    en: (p: P) => `Saved member ${p.id} ${p.name} (sheet "${p.sheet}", row ${p.row})`,
  },
  'form.saveChanges': { th: 'บันทึกการแก้ไข', en: 'Save changes' },
  'form.confirmEdit': {
    th: (p: P) => `ยืนยันแก้ไขข้อมูลของ ${p.id} ${p.name} เฉพาะช่องต่อไปนี้:`,
    en: (p: P) => `Confirm these changes to ${p.id} ${p.name} (only these cells):`,
  },
  'form.contactSaved': {
    th: (p: P) => `แก้ไขข้อมูลของ ${p.id} แล้ว (แถวที่ ${p.row})`,
    en: (p: P) => `Updated ${p.id} (row ${p.row})`,
  },
  'form.endStatus': { th: 'สถานะใหม่', en: 'New status' },
  'form.statusDate': { th: 'วันที่ลาออก/เสียชีวิต', en: 'Date of resignation/death' },
  'form.nothingDeleted': {
    th: 'ข้อมูลและประวัติการชำระเงินของสมาชิกยังอยู่ครบ ไม่มีการลบ',
    en: "The member's record and payment history stay; nothing is deleted",
  },
  'form.saveStatus': { th: 'บันทึกสถานะ', en: 'Save status' },
  'form.confirmStatus': {
    th: (p: P) => `ยืนยันบันทึกว่า ${p.id} ${p.name} ${p.status} เมื่อ ${p.date}?`,
    en: (p: P) => `Confirm that ${p.id} ${p.name} is ${p.status} as of ${p.date}?`,
  },
  'form.statusSaved': {
    th: (p: P) => `บันทึกแล้ว: ${p.id} ${p.status} เมื่อ ${p.date} (แถวที่ ${p.row})`,
    en: (p: P) => `Saved: ${p.id} ${p.status} as of ${p.date} (row ${p.row})`,
  },
  // ---- deposit form
  'form.kind': { th: 'ประเภทเงิน', en: 'Kind' },
  'form.amountBaht': { th: 'จำนวนเงิน (บาท)', en: 'Amount (baht)' },
  'form.amountHint': {
    th: 'คำนวณจากอัตราและยอดค้าง แก้ไขได้',
    en: 'From the fee schedule and what is owed; you can change it',
  },
  'form.yearCovered': { th: 'ปีที่ชำระ (พ.ศ.)', en: 'Year covered (B.E.)' },
  'form.paidOn': { th: 'วันที่รับเงิน', en: 'Date received' },
  'form.recordedBy': { th: 'ผู้บันทึก', en: 'Recorded by' },
  'form.saveDeposit': { th: 'บันทึกรับเงิน', en: 'Save payment' },
  'form.depositSaved': {
    th: (p: P) =>
      `บันทึกแล้ว ใบเสร็จเลขที่ ${p.receipt}: ${p.id} ${p.name} ${p.kind} ${p.amount} บาท (แผ่นงาน "${p.sheet}" แถวที่ ${p.row})`,
    en: (p: P) =>
      `Saved, receipt ${p.receipt}: ${p.id} ${p.name} ${p.kind} ${p.amount} baht (sheet "${p.sheet}", row ${p.row})`,
  },
  // ---- collection day
  'form.allVillages': { th: 'ทุกหมู่บ้าน', en: 'All villages' },
  'form.showList': { th: 'แสดงรายชื่อ', en: 'Show list' },
  'form.chooseVillagePrompt': { th: 'เลือกหมู่บ้าน', en: 'Choose a village' },
  'form.chooseVillage': {
    th: (p: P) => `กองทุนมีสมาชิกมากกว่า ${p.max} คน กรุณาเลือกหมู่บ้านก่อนแสดงรายชื่อ`,
    en: (p: P) => `The fund has more than ${p.max} members: choose a village first`,
  },
  'form.tickAll': { th: 'ทุกคน', en: 'Everyone' },
  'form.tickAllHint': { th: 'ติ๊กสมาชิกปกติทุกคนในรายชื่อ', en: 'Tick every active member in the list' },
  'form.tickNone': { th: 'ล้าง', en: 'Clear' },
  'form.tickNoneHint': { th: 'เอาเครื่องหมายออกทุกคน', en: 'Untick everyone' },
  'form.dueThisPeriod': { th: 'ยอดงวดนี้', en: 'Due this period' },
  'form.arrearsBeside': { th: (p: P) => `ยอดค้างทั้งหมด: ${p.owed}`, en: (p: P) => `All arrears: ${p.owed}` },
  'form.apartTitle': {
    th: (p: P) => `สมาชิกพ้นสภาพ/พักสิทธิ์ ${p.count} คน (ต้องยืนยันก่อนรับเงิน)`,
    en: (p: P) => `${p.count} lapsed or suspended members (confirm before collecting)`,
  },
  'form.apartConfirm': {
    th: (p: P) => `${p.name} ${p.status}: ${p.reason} ยืนยันว่าจะรับเงินจากสมาชิกคนนี้`,
    en: (p: P) => `${p.name} is ${p.status}: ${p.reason}. Confirm collecting from this member`,
  },
  'form.confirmCollect': { th: 'ยืนยันรับเงิน', en: 'Confirm' },
  'form.confirmedCollect': { th: 'ยืนยันแล้ว', en: 'Confirmed' },
  'form.unconfirmed': {
    th: 'มีสมาชิกพ้นสภาพ/พักสิทธิ์ที่ติ๊กไว้แต่ยังไม่ได้ยืนยัน กรุณายืนยันหรือเอาเครื่องหมายออก',
    en: 'A lapsed or suspended member is ticked but not confirmed: confirm or untick',
  },
  'form.runningTotal': {
    th: (p: P) => `เลือก ${p.people} คน ${p.lines} รายการ รวม ${p.total} บาท`,
    en: (p: P) => `${p.people} people, ${p.lines} lines, total ${p.total} baht`,
  },
  'form.collectCaption': {
    th: (p: P) => `สมาชิกปกติ ${p.count} คน ติ๊กคนที่จ่ายวันนี้ ยอดที่เสนอคือยอดงวดนี้ แก้จำนวนเงินได้`,
    en: (p: P) =>
      `${p.count} active members; tick who paid today. The amounts proposed are this period's due and can be changed`,
  },
  'form.annualShort': { th: 'ค่าบำรุง', en: 'Annual fee' },
  'form.savingsOf': { th: (p: P) => `เงินออมของ ${p.name}`, en: (p: P) => `Savings of ${p.name}` },
  'form.annualOf': { th: (p: P) => `ค่าบำรุงของ ${p.name}`, en: (p: P) => `Annual fee of ${p.name}` },
  'form.owesNothing': { th: 'ไม่มียอดค้าง', en: 'owes nothing' },
  'form.owesSavings': { th: (p: P) => `ค้างออม ${p.baht}`, en: (p: P) => `savings ${p.baht}` },
  'form.owesAnnual': {
    th: (p: P) => `ค่าบำรุง ${p.baht} (ปี ${p.years})`,
    en: (p: P) => `annual fee ${p.baht} (${p.years})`,
  },
  'form.nobodyToCollect': { th: 'ไม่มีสมาชิกที่ชำระได้ในหมู่บ้านนี้', en: 'No member who can pay in this village' },
  'form.fixAmounts': {
    th: 'มีจำนวนเงินที่อ่านไม่ได้ (ช่องสีแดง) กรุณาแก้ก่อนบันทึก',
    en: 'Some amounts cannot be read (red boxes); fix them before saving',
  },
  'form.saveCollection': {
    th: (p: P) => `บันทึกทั้งหมด ${p.lines} รายการ (${p.total} บาท)`,
    en: (p: P) => `Save all ${p.lines} lines (${p.total} baht)`,
  },
  'form.collectedTitle': {
    th: (p: P) => `รายการรับเงิน วันที่ ${p.date} — ${p.village}`,
    en: (p: P) => `Money collected on ${p.date} — ${p.village}`,
  },
  'form.collectionSaved': {
    th: (p: P) => `บันทึกแล้ว ${p.count} รายการ จากสมาชิก ${p.people} คน รวม ${p.total} บาท`,
    en: (p: P) => `Saved ${p.count} lines from ${p.people} members, total ${p.total} baht`,
  },
  'form.receipt': { th: 'ใบเสร็จ', en: 'Receipt' },
  'form.recordedByLine': { th: (p: P) => `ผู้รับเงิน/ผู้บันทึก: ${p.name}`, en: (p: P) => `Collected/recorded by: ${p.name}` },
  'form.print': { th: 'พิมพ์รายการ', en: 'Print' },
  'form.nextRound': { th: 'เก็บเงินต่อ', en: 'Collect more' },
  // ---- welfare claim
  'form.benefit': { th: 'ประเภทสวัสดิการ', en: 'Benefit' },
  'form.chooseBenefit': { th: '— เลือกสวัสดิการ —', en: '— choose a benefit —' },
  'form.unit': { th: 'หน่วย', en: 'unit' },
  'form.project': { th: 'โครงการ/กลุ่มผู้รับ', en: 'Community project' },
  'form.units': { th: 'จำนวนหน่วย', en: 'Units' },
  'form.claimDate': { th: 'วันที่จ่าย', en: 'Date paid' },
  'form.eligibility': { th: 'ผลการตรวจสิทธิ์ตามระเบียบ', en: 'Eligibility under the rules' },
  'form.eligibilityWaiting': {
    th: 'เลือกสวัสดิการและผู้รับเพื่อตรวจสิทธิ์',
    en: 'Choose a benefit and who receives it to check eligibility',
  },
  'form.checking': { th: 'กำลังตรวจสิทธิ์…', en: 'Checking…' },
  'form.eligible': { th: 'มีสิทธิ์', en: 'Eligible' },
  'form.notEligible': { th: 'ไม่มีสิทธิ์ตามระเบียบ', en: 'Not eligible under the rules' },
  'form.scheduleAmount': { th: (p: P) => `จ่ายได้ ${p.amount} บาท`, en: (p: P) => `pays ${p.amount} baht` },
  'form.passed': { th: 'ผ่าน', en: 'passed' },
  'form.failed': { th: 'ไม่ผ่าน', en: 'failed' },
  'form.approvedBy': { th: 'ผู้อนุมัติ', en: 'Approved by' },
  'form.overrideReason': { th: 'เหตุผลที่จ่ายต่างจากระเบียบ', en: 'Reason for paying other than the schedule' },
  'form.overrideHintAmount': {
    th: (p: P) => `ระเบียบกำหนด ${p.amount} บาท จำนวนที่ต่างออกไปต้องมีเหตุผล`,
    en: (p: P) => `The schedule gives ${p.amount} baht; a different amount needs a reason`,
  },
  'form.overrideHintNotEligible': {
    th: 'ตามระเบียบยังไม่มีสิทธิ์ การจ่ายต้องมีเหตุผลที่คณะกรรมการอนุมัติ',
    en: 'Not eligible under the rules; paying needs the reason the committee approved',
  },
  'form.saveWelfare': { th: 'บันทึกการจ่ายสวัสดิการ', en: 'Save welfare payment' },
  'form.welfareSaved': {
    th: (p: P) => `บันทึกแล้ว ใบสำคัญจ่ายเลขที่ ${p.voucher}: ${p.amount} บาท (แผ่นงาน "${p.sheet}" แถวที่ ${p.row})`,
    en: (p: P) => `Saved, voucher ${p.voucher}: ${p.amount} baht (sheet "${p.sheet}", row ${p.row})`,
  },
  // ---- look-up
  'form.tenure': { th: (p: P) => `(เป็นสมาชิก ${p.years} ปี)`, en: (p: P) => `(member for ${p.years} years)` },
  'form.paidByKind': { th: 'ยอดที่ชำระแล้ว (บาท)', en: 'Paid so far (baht)' },
  'form.arrears': { th: 'ยอดค้างชำระ (บาท)', en: 'Owed (baht)' },
  'form.arrearsSavings': { th: (p: P) => `${p.baht} (${p.days} วัน)`, en: (p: P) => `${p.baht} (${p.days} days)` },
  'form.arrearsAnnual': { th: (p: P) => `${p.baht} (ปี ${p.years})`, en: (p: P) => `${p.baht} (${p.years})` },
  'form.benefitsReceived': { th: 'สวัสดิการที่ได้รับ', en: 'Welfare received' },
  'form.thisFiscalYear': { th: (p: P) => `ปีบัญชี ${p.year}`, en: (p: P) => `Fiscal year ${p.year}` },
  'form.ever': { th: 'ทั้งหมดตั้งแต่เป็นสมาชิก', en: 'Since joining' },
  'form.timesBaht': { th: (p: P) => `${p.count} ครั้ง ${p.baht} บาท`, en: (p: P) => `${p.count} times, ${p.baht} baht` },
  'form.benefitLines': { th: 'รายการสวัสดิการ (ล่าสุดก่อน)', en: 'Welfare payments (newest first)' },
  'form.summaryAsOf': {
    th: (p: P) => `ยอดสรุปคำนวณจากสมุดบัญชีทั้งเล่มเมื่อ ${p.time} และรวมรายการที่เพิ่มหลังจากนั้นแล้ว`,
    en: (p: P) => `Totals were computed from the whole book at ${p.time}, plus every row added since`,
  },
  'form.refresh': { th: 'คำนวณใหม่จากสมุดบัญชีทั้งเล่ม', en: 'Recompute from the whole book' },
  'form.refreshing': { th: 'กำลังคำนวณใหม่…', en: 'Recomputing…' },
} satisfies Record<string, FormEntry>;
