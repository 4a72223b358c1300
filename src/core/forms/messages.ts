/**
 * Messages of the secretary's forms (sidebar pages and their server functions). Thai first.
 * Merged into the one catalogue in i18n.ts; render them only through text()/t().
 */

export const FORM_MESSAGES = {
  // ---- field checks (shared by the pages and the server)
  'form.required': { th: 'กรุณากรอกช่องนี้', en: 'Please fill in this field' },
  'form.tooLong': {
    th: 'ยาวเกินไป (ไม่เกิน {max} ตัวอักษร)',
    en: 'Too long (at most {max} characters)',
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
    th: 'วันที่ {date} ยังมาไม่ถึง บันทึกได้เฉพาะสิ่งที่เกิดขึ้นแล้ว',
    en: '{date} is in the future; record only what has happened',
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
    th: 'รหัส {id} มีอยู่แล้ว ({name})',
    en: 'ID {id} is already taken ({name})',
  },
  'form.memberIdTakenShort': { th: 'รหัสนี้มีสมาชิกใช้อยู่แล้ว', en: 'This ID is already taken' },
  'form.nidTaken': {
    th: 'เลขประจำตัวประชาชนนี้เป็นของสมาชิก {id} ({name}) อยู่แล้ว',
    en: 'This national ID already belongs to member {id} ({name})',
  },
  'form.joinBeforeBirth': { th: 'วันที่สมัครอยู่ก่อนวันเกิด', en: 'The join date is before the birth date' },
  'form.noMember': { th: 'ไม่พบสมาชิกรหัส {id}', en: 'No member with ID {id}' },
  'form.nothingChanged': { th: 'ไม่มีข้อมูลที่เปลี่ยนแปลง', en: 'Nothing was changed' },
  'form.nothingChangedShort': { th: 'ยังไม่ได้แก้ไขช่องใดเลย', en: 'No field has been changed yet' },
  'form.alreadyEnded': {
    th: 'สมาชิกนี้มีสถานะ "{status}" อยู่แล้ว',
    en: 'This member is already "{status}"',
  },
  'form.alreadyEndedShort': {
    th: 'สมาชิกนี้{status}แล้ว เมื่อ {date} (ไม่ต้องบันทึกซ้ำ)',
    en: 'This member is already {status} since {date} (nothing to record)',
  },
  'form.beforeJoin': {
    th: 'วันที่อยู่ก่อนวันที่สมัคร ({date})',
    en: 'The date is before the join date ({date})',
  },
  'form.memberEnded': {
    th: 'สมาชิก {id} ชำระเงินไม่ได้: {status}',
    en: 'Member {id} cannot pay in: {status}',
  },
  'form.yearPaid': {
    th: 'ค่าบำรุงปี {year} ชำระครบแล้ว ({amount} บาท)',
    en: 'The annual fee for {year} is already paid ({amount} baht)',
  },
  'form.entryPaid': {
    th: 'ค่าสมัครชำระครบแล้ว ({amount} บาท)',
    en: 'The entry fee is already paid ({amount} baht)',
  },
  'form.noLines': { th: 'ไม่มีรายการที่จะบันทึก', en: 'There is nothing to save' },
  'form.noLinesShort': { th: 'ยังไม่ได้เลือกรายการใดที่มีจำนวนเงิน', en: 'No line with an amount is ticked' },
  'form.tooManyLines': {
    th: 'บันทึกได้ครั้งละไม่เกิน {max} รายการ',
    en: 'At most {max} lines per save',
  },
  'form.noBenefit': { th: 'ไม่พบประเภทสวัสดิการนี้ในแผ่นงานตั้งค่าสวัสดิการ', en: 'This benefit is not in the benefit settings' },
  'form.overrideAmount': {
    th: 'จำนวนเงินต่างจากระเบียบ ({amount} บาท) กรุณาระบุเหตุผลที่คณะกรรมการอนุมัติ',
    en: "The amount differs from the schedule ({amount} baht); give the committee's reason",
  },
  'form.overrideNotEligible': {
    th: 'ตามระเบียบยังไม่มีสิทธิ์ หากคณะกรรมการอนุมัติให้จ่าย กรุณาระบุเหตุผล',
    en: 'Not eligible under the rules; if the committee approves paying anyway, give the reason',
  },
  'form.changedMeanwhile': {
    th: 'ช่องนี้ถูกแก้ไขในแผ่นงานระหว่างนี้ (ตอนนี้เป็น "{value}") จึงไม่ได้บันทึกทับ กรุณาเลือกสมาชิกใหม่เพื่อโหลดข้อมูลล่าสุด',
    en: 'This cell was changed in the sheet meanwhile (now "{value}"), so it was not overwritten. Choose the member again to load the latest data.',
  },
  // ---- common page text
  'form.loading': { th: 'กำลังโหลด…', en: 'Loading…' },
  'form.saving': { th: 'กำลังบันทึก…', en: 'Saving…' },
  'form.cancel': { th: 'ยกเลิก', en: 'Cancel' },
  'form.confirmSave': { th: 'ยืนยันบันทึก', en: 'Confirm and save' },
  'form.dateHint': { th: 'เช่น 15/8/2568 (พ.ศ.)', en: 'e.g. 15/8/2568 (B.E.)' },
  'form.pickerHint': { th: 'พิมพ์ชื่อ รหัสสมาชิก หรือเลขประจำตัวประชาชน', en: 'Type a name, a member ID or a national ID' },
  'form.noMatch': { th: 'ไม่พบสมาชิกที่ตรงกับ "{query}"', en: 'No member matches "{query}"' },
  'form.pickMember': { th: 'กรุณาเลือกสมาชิกจากรายชื่อ', en: 'Choose a member from the list' },
  'form.member': { th: 'สมาชิก', en: 'Member' },
  'form.searchMember': { th: 'ค้นหาสมาชิก', en: 'Find a member' },
  'form.memberId': { th: 'รหัสสมาชิก', en: 'Member ID' },
  'form.memberIdHint': { th: 'รหัสถัดไปที่แนะนำ: {id}', en: 'Suggested next ID: {id}' },
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
    th: 'ค้างเงินออม {baht} บาท ({days} วัน)',
    en: 'Savings owed: {baht} baht ({days} days)',
  },
  'form.annualOwed': {
    th: 'ค้างค่าบำรุงปี {years}: {baht} บาท',
    en: 'Annual fee owed for {years}: {baht} baht',
  },
  'form.entryOwed': { th: 'ค้างค่าสมัคร {baht} บาท', en: 'Entry fee owed: {baht} baht' },
  // ---- member form
  'form.tabNew': { th: 'สมัครใหม่', en: 'Register' },
  'form.tabContact': { th: 'แก้ไขที่อยู่', en: 'Contact details' },
  'form.tabStatus': { th: 'ลาออก/เสียชีวิต', en: 'Resign/death' },
  'form.saveMember': { th: 'บันทึกสมาชิกใหม่', en: 'Save new member' },
  'form.memberSaved': {
    th: 'บันทึกสมาชิก {id} {name} แล้ว (แผ่นงาน "{sheet}" แถวที่ {row})',
    en: 'Saved member {id} {name} (sheet "{sheet}", row {row})',
  },
  'form.saveChanges': { th: 'บันทึกการแก้ไข', en: 'Save changes' },
  'form.confirmEdit': {
    th: 'ยืนยันแก้ไขข้อมูลของ {id} {name} เฉพาะช่องต่อไปนี้:',
    en: 'Confirm these changes to {id} {name} (only these cells):',
  },
  'form.contactSaved': {
    th: 'แก้ไขข้อมูลของ {id} แล้ว (แถวที่ {row})',
    en: 'Updated {id} (row {row})',
  },
  'form.endStatus': { th: 'สถานะใหม่', en: 'New status' },
  'form.statusDate': { th: 'วันที่ลาออก/เสียชีวิต', en: 'Date of resignation/death' },
  'form.nothingDeleted': {
    th: 'ข้อมูลและประวัติการชำระเงินของสมาชิกยังอยู่ครบ ไม่มีการลบ',
    en: "The member's record and payment history stay; nothing is deleted",
  },
  'form.saveStatus': { th: 'บันทึกสถานะ', en: 'Save status' },
  'form.confirmStatus': {
    th: 'ยืนยันบันทึกว่า {id} {name} {status} เมื่อ {date}?',
    en: 'Confirm that {id} {name} is {status} as of {date}?',
  },
  'form.statusSaved': {
    th: 'บันทึกแล้ว: {id} {status} เมื่อ {date} (แถวที่ {row})',
    en: 'Saved: {id} {status} as of {date} (row {row})',
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
    th: 'บันทึกแล้ว ใบเสร็จเลขที่ {receipt}: {id} {name} {kind} {amount} บาท (แผ่นงาน "{sheet}" แถวที่ {row})',
    en: 'Saved, receipt {receipt}: {id} {name} {kind} {amount} baht (sheet "{sheet}", row {row})',
  },
  // ---- collection day
  'form.allVillages': { th: 'ทุกหมู่บ้าน', en: 'All villages' },
  'form.showList': { th: 'แสดงรายชื่อ', en: 'Show list' },
  'form.chooseVillagePrompt': { th: 'เลือกหมู่บ้าน', en: 'Choose a village' },
  'form.chooseVillage': {
    th: 'กองทุนมีสมาชิกมากกว่า {max} คน กรุณาเลือกหมู่บ้านก่อนแสดงรายชื่อ',
    en: 'The fund has more than {max} members: choose a village first',
  },
  'form.tickAll': { th: 'ทุกคน', en: 'Everyone' },
  'form.tickAllHint': { th: 'ติ๊กสมาชิกปกติทุกคนในรายชื่อ', en: 'Tick every active member in the list' },
  'form.tickNone': { th: 'ล้าง', en: 'Clear' },
  'form.tickNoneHint': { th: 'เอาเครื่องหมายออกทุกคน', en: 'Untick everyone' },
  'form.dueThisPeriod': { th: 'ยอดงวดนี้', en: 'Due this period' },
  'form.arrearsBeside': { th: 'ยอดค้างทั้งหมด: {owed}', en: 'All arrears: {owed}' },
  'form.apartTitle': {
    th: 'สมาชิกพ้นสภาพ/พักสิทธิ์ {count} คน (ต้องยืนยันก่อนรับเงิน)',
    en: '{count} lapsed or suspended members (confirm before collecting)',
  },
  'form.apartConfirm': {
    th: '{name} {status}: {reason} ยืนยันว่าจะรับเงินจากสมาชิกคนนี้',
    en: '{name} is {status}: {reason}. Confirm collecting from this member',
  },
  'form.confirmCollect': { th: 'ยืนยันรับเงิน', en: 'Confirm' },
  'form.confirmedCollect': { th: 'ยืนยันแล้ว', en: 'Confirmed' },
  'form.unconfirmed': {
    th: 'มีสมาชิกพ้นสภาพ/พักสิทธิ์ที่ติ๊กไว้แต่ยังไม่ได้ยืนยัน กรุณายืนยันหรือเอาเครื่องหมายออก',
    en: 'A lapsed or suspended member is ticked but not confirmed: confirm or untick',
  },
  'form.runningTotal': {
    th: 'เลือก {people} คน {lines} รายการ รวม {total} บาท',
    en: '{people} people, {lines} lines, total {total} baht',
  },
  'form.collectCaption': {
    th: 'สมาชิกปกติ {count} คน ติ๊กคนที่จ่ายวันนี้ ยอดที่เสนอคือยอดงวดนี้ แก้จำนวนเงินได้',
    en: "{count} active members; tick who paid today. The amounts proposed are this period's due and can be changed",
  },
  'form.annualShort': { th: 'ค่าบำรุง', en: 'Annual fee' },
  'form.savingsOf': { th: 'เงินออมของ {name}', en: 'Savings of {name}' },
  'form.annualOf': { th: 'ค่าบำรุงของ {name}', en: 'Annual fee of {name}' },
  'form.owesNothing': { th: 'ไม่มียอดค้าง', en: 'owes nothing' },
  'form.owesSavings': { th: 'ค้างออม {baht}', en: 'savings {baht}' },
  'form.owesAnnual': {
    th: 'ค่าบำรุง {baht} (ปี {years})',
    en: 'annual fee {baht} ({years})',
  },
  'form.nobodyToCollect': { th: 'ไม่มีสมาชิกที่ชำระได้ในหมู่บ้านนี้', en: 'No member who can pay in this village' },
  'form.fixAmounts': {
    th: 'มีจำนวนเงินที่อ่านไม่ได้ (ช่องสีแดง) กรุณาแก้ก่อนบันทึก',
    en: 'Some amounts cannot be read (red boxes); fix them before saving',
  },
  'form.saveCollection': {
    th: 'บันทึกทั้งหมด {lines} รายการ ({total} บาท)',
    en: 'Save all {lines} lines ({total} baht)',
  },
  'form.collectedTitle': {
    th: 'รายการรับเงิน วันที่ {date} — {village}',
    en: 'Money collected on {date} — {village}',
  },
  'form.collectionSaved': {
    th: 'บันทึกแล้ว {count} รายการ จากสมาชิก {people} คน รวม {total} บาท',
    en: 'Saved {count} lines from {people} members, total {total} baht',
  },
  'form.receipt': { th: 'ใบเสร็จ', en: 'Receipt' },
  'form.recordedByLine': { th: 'ผู้รับเงิน/ผู้บันทึก: {name}', en: 'Collected/recorded by: {name}' },
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
  'form.scheduleAmount': { th: 'จ่ายได้ {amount} บาท', en: 'pays {amount} baht' },
  'form.passed': { th: 'ผ่าน', en: 'passed' },
  'form.failed': { th: 'ไม่ผ่าน', en: 'failed' },
  'form.approvedBy': { th: 'ผู้อนุมัติ', en: 'Approved by' },
  'form.overrideReason': { th: 'เหตุผลที่จ่ายต่างจากระเบียบ', en: 'Reason for paying other than the schedule' },
  'form.overrideHintAmount': {
    th: 'ระเบียบกำหนด {amount} บาท จำนวนที่ต่างออกไปต้องมีเหตุผล',
    en: 'The schedule gives {amount} baht; a different amount needs a reason',
  },
  'form.overrideHintNotEligible': {
    th: 'ตามระเบียบยังไม่มีสิทธิ์ การจ่ายต้องมีเหตุผลที่คณะกรรมการอนุมัติ',
    en: 'Not eligible under the rules; paying needs the reason the committee approved',
  },
  'form.saveWelfare': { th: 'บันทึกการจ่ายสวัสดิการ', en: 'Save welfare payment' },
  'form.welfareSaved': {
    th: 'บันทึกแล้ว ใบสำคัญจ่ายเลขที่ {voucher}: {amount} บาท (แผ่นงาน "{sheet}" แถวที่ {row})',
    en: 'Saved, voucher {voucher}: {amount} baht (sheet "{sheet}", row {row})',
  },
  // ---- look-up
  'form.tenure': { th: '(เป็นสมาชิก {years} ปี)', en: '(member for {years} years)' },
  'form.paidByKind': { th: 'ยอดที่ชำระแล้ว (บาท)', en: 'Paid so far (baht)' },
  'form.arrears': { th: 'ยอดค้างชำระ (บาท)', en: 'Owed (baht)' },
  'form.arrearsSavings': { th: '{baht} ({days} วัน)', en: '{baht} ({days} days)' },
  'form.arrearsAnnual': { th: '{baht} (ปี {years})', en: '{baht} ({years})' },
  'form.benefitsReceived': { th: 'สวัสดิการที่ได้รับ', en: 'Welfare received' },
  'form.thisFiscalYear': { th: 'ปีบัญชี {year}', en: 'Fiscal year {year}' },
  'form.ever': { th: 'ทั้งหมดตั้งแต่เป็นสมาชิก', en: 'Since joining' },
  'form.timesBaht': { th: '{count} ครั้ง {baht} บาท', en: '{count} times, {baht} baht' },
  'form.benefitLines': { th: 'รายการสวัสดิการ (ล่าสุดก่อน)', en: 'Welfare payments (newest first)' },
  'form.summaryAsOf': {
    th: 'ยอดสรุปคำนวณจากสมุดบัญชีทั้งเล่มเมื่อ {time} และรวมรายการที่เพิ่มหลังจากนั้นแล้ว',
    en: 'Totals were computed from the whole book at {time}, plus every row added since',
  },
  'form.refresh': { th: 'คำนวณใหม่จากสมุดบัญชีทั้งเล่ม', en: 'Recompute from the whole book' },
  'form.refreshing': { th: 'กำลังคำนวณใหม่…', en: 'Recomputing…' },
} as const;
