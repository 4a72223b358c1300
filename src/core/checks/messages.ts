/**
 * Messages of "Check entries" (ตรวจสอบรายการ): each finding's message and suggested fix, the
 * short name of each kind of finding for the report's counts, and the report sheet's labels.
 * Thai first. Merged into the one catalogue in i18n.ts; render them only through text()/t().
 * Messages name rows and values but never repeat a national id or a name (the value column
 * shows what was typed; messages may end up in places the cell does not).
 */

export const CHECK_MESSAGES = {
  // ---- severities
  'severity.error': { th: 'ผิดพลาด', en: 'Error' },
  'severity.warning': { th: 'ควรตรวจสอบ', en: 'Warning' },
  'severity.note': { th: 'ข้อสังเกต', en: 'Note' },

  // ---- members
  'check.member.duplicateId': {
    th: 'รหัสสมาชิก {id} ซ้ำกับสมาชิกแถวที่ {first} รหัสเดียวต้องเป็นของคนเดียว เงินฝากและสวัสดิการของรหัสนี้จะปนกัน',
    en: 'Member ID {id} repeats the member on row {first}; one ID must belong to one person, or their deposits and welfare get mixed up',
  },
  'check.member.duplicateIdFix': {
    th: 'ถ้าเป็นคนเดียวกัน ให้ลบแถวที่ซ้ำ ถ้าเป็นคนละคน ให้เปลี่ยนรหัสของคนที่สมัครทีหลังเป็นรหัสใหม่ที่ยังไม่มีใครใช้',
    en: 'If it is the same person, remove the repeated row; if not, give the later member a new ID nobody uses yet',
  },
  'check.member.nameMissing': {
    th: 'ยังไม่ได้กรอกชื่อ-สกุลของสมาชิก',
    en: "The member's name is empty",
  },
  'check.member.nameMissingFix': {
    th: 'กรอกชื่อและนามสกุลตามบัตรประชาชนหรือใบสมัคร',
    en: 'Type the name as on the ID card or the application form',
  },
  'check.member.nidChecksumFix': {
    th: 'ตรวจเลขทั้ง 13 หลักกับบัตรประชาชนอีกครั้ง มักพิมพ์สลับหรือผิดไปหนึ่งหลัก',
    en: 'Check all 13 digits against the ID card; usually two digits are swapped or one is mistyped',
  },
  'check.member.duplicateNid': {
    th: 'เลขประจำตัวประชาชนซ้ำกับสมาชิกแถวที่ {first} (รหัส {id}) คนหนึ่งควรสมัครได้ครั้งเดียว หรือแถวใดแถวหนึ่งพิมพ์เลขผิด',
    en: 'The national ID is also on the member on row {first} (ID {id}); one person joins only once, or one of the two was mistyped',
  },
  'check.member.duplicateNidFix': {
    th: 'ถ้าเป็นคนเดียวกันสมัครซ้ำ ให้ใช้รหัสเดิมและลบแถวที่ซ้ำ ถ้าพิมพ์เลขผิด ให้แก้ตามบัตรประชาชน',
    en: 'If the same person joined twice, keep the first ID and remove the repeat; if the number was mistyped, correct it from the ID card',
  },
  'check.member.birthAfterJoin': {
    th: 'วันเกิด ({birth}) อยู่หลังวันที่สมัคร ({join}) เป็นไปไม่ได้',
    en: 'The birth date ({birth}) is after the join date ({join}), which is impossible',
  },
  'check.member.birthAfterJoinFix': {
    th: 'ตรวจปี พ.ศ. ของวันเกิดและวันที่สมัคร อาจสลับช่องกันหรือพิมพ์ปีผิด',
    en: 'Check the B.E. years of both dates; they may be swapped or a year mistyped',
  },
  'check.member.statusDateMissing': {
    th: 'สถานะเป็น "{status}" แต่ไม่มีวันที่เปลี่ยนสถานะ จึงไม่รู้ว่าสิทธิ์สิ้นสุดเมื่อใด',
    en: 'The status is "{status}" but there is no status date, so nobody can tell when the rights ended',
  },
  'check.member.statusDateMissingFix': {
    th: 'กรอกวันที่ลาออก เสียชีวิต หรือพ้นสภาพ ในคอลัมน์วันที่เปลี่ยนสถานะ',
    en: 'Type the date of resignation, death or lapse in the status-date column',
  },
  'check.member.statusUnknown': {
    th: 'สถานะ "{value}" ไม่ใช่สถานะที่รู้จัก (ใช้ได้: {choices}) โปรแกรมจึงไม่รู้ว่าสมาชิกยังมีสิทธิ์หรือไม่',
    en: 'The status "{value}" is not a known status (allowed: {choices}), so the member\'s rights are unknown',
  },
  'check.member.statusUnknownFix': {
    th: 'เลือกสถานะจากรายการ: {choices}',
    en: 'Pick a status from the list: {choices}',
  },
  'check.member.villageVariant': {
    th: 'หมู่บ้าน "{value}" น่าจะเป็นหมู่บ้านเดียวกับ "{common}" (สมาชิก {count} คน) แต่เขียนต่างกัน รายงานแยกตามหมู่บ้านจะนับแยกกัน',
    en: 'The village "{value}" looks like "{common}" ({count} members) written differently; the by-village report would count them apart',
  },
  'check.member.villageVariantFix': {
    th: 'เขียนให้เหมือนกันทุกแถว เช่น "{common}"',
    en: 'Write it the same way on every row, e.g. "{common}"',
  },
  'check.member.villageRare': {
    th: 'หมู่บ้าน "{value}" มีสมาชิกคนเดียว ขณะที่หมู่บ้านอื่นมีหลายคน อาจพิมพ์ผิด',
    en: 'Only one member lives in "{value}" while the other villages have many; it may be a typing mistake',
  },
  'check.member.villageRareFix': {
    th: 'ตรวจชื่อหมู่บ้าน หมู่บ้านที่มีในสมุด: {common}',
    en: 'Check the village name; villages in the book: {common}',
  },

  // ---- dates anywhere
  'check.date.future': {
    th: 'วันที่ {date} ยังมาไม่ถึง (วันนี้คือ {today})',
    en: 'The date {date} is in the future (today is {today})',
  },
  'check.date.futureFix': {
    th: 'ตรวจปี พ.ศ. อาจพิมพ์ปีผิด หรือพิมพ์ ค.ศ. เป็น พ.ศ.',
    en: 'Check the B.E. year; it may be mistyped, or a C.E. year typed as B.E.',
  },
  'check.date.ceTyped': {
    th: 'ปี {year} เป็นปี ค.ศ. ขณะที่วันที่อื่นในแผ่นงานนี้พิมพ์เป็น พ.ศ. โปรแกรมอ่านเป็น {read} ถ้าตั้งใจเป็น พ.ศ. แปลว่าปีผิด',
    en: 'The year {year} is a C.E. year while the other dates on this sheet are typed in B.E.; it was read as {read}. If a B.E. year was meant, the year is wrong',
  },
  'check.date.ceTypedFix': {
    th: 'พิมพ์เป็น พ.ศ. ให้เหมือนแถวอื่น เช่น {read}',
    en: 'Type it in B.E. like the other rows, e.g. {read}',
  },
  'check.date.beStoredAsCe': {
    th: 'เซลล์วันที่เก็บปี ค.ศ. {year} (ปี พ.ศ. ถูกบันทึกเป็น ค.ศ. คลาดไป 543 ปี) โปรแกรมอ่านเป็น {read} แต่สูตรและการเรียงในแผ่นงานจะผิด',
    en: 'The date cell holds the C.E. year {year} (a B.E. year stored as C.E., 543 years off); it was read as {read}, but sheet formulas and sorting will be wrong',
  },
  'check.date.beStoredAsCeFix': {
    th: 'พิมพ์วันที่ใหม่เป็น {read} ในเซลล์ที่จัดรูปแบบเป็นวันที่ (หรือแก้ปีในเซลล์เป็น ค.ศ. {ce})',
    en: "Type the date again as {read} in a date-formatted cell (or change the cell's year to C.E. {ce})",
  },
  'check.date.early543': {
    th: 'เซลล์วันที่เก็บปี ค.ศ. {year} เร็วไป 543 ปี (ปี ค.ศ. ถูกบันทึกเป็น พ.ศ.) น่าจะหมายถึง {read}',
    en: 'The date cell holds the C.E. year {year}, 543 years too early (a C.E. year stored as B.E.); probably {read} was meant',
  },
  'check.date.early543Fix': {
    th: 'พิมพ์วันที่ใหม่เป็น {read}',
    en: 'Type the date again as {read}',
  },

  // ---- deposits
  'check.deposit.unknownMember': {
    th: 'ไม่มีสมาชิกรหัส {id} ในทะเบียนสมาชิก เงินรายการนี้จึงไม่ถูกนับให้ใคร',
    en: 'There is no member with ID {id} on the member roll, so this money counts for nobody',
  },
  'check.deposit.unknownMemberFix': {
    th: 'ตรวจรหัสสมาชิกกับใบเสร็จ หรือเพิ่มสมาชิกคนนี้ในแผ่นงานสมาชิก',
    en: 'Check the member ID on the receipt, or add this member to the member roll',
  },
  'check.deposit.beforeJoin': {
    th: 'รับเงินวันที่ {date} ก่อนวันที่สมาชิกสมัคร ({join})',
    en: 'Money received on {date}, before the member joined ({join})',
  },
  'check.deposit.beforeJoinFix': {
    th: 'ตรวจวันที่รับเงินและวันที่สมัคร หรือรหัสสมาชิก อาจลงผิดคน',
    en: 'Check the date received, the join date and the member ID; it may be on the wrong member',
  },
  'check.deposit.afterStatus': {
    th: 'รับเงินวันที่ {date} หลังจากสมาชิก{status}แล้ว ({statusDate})',
    en: 'Money received on {date}, after the member {status} ({statusDate})',
  },
  'check.deposit.afterStatusFix': {
    th: 'ตรวจรหัสสมาชิกและวันที่ ถ้าเป็นการชำระยอดค้างก่อนสิ้นสภาพ ให้เขียนไว้ในหมายเหตุ ถ้ากลับเข้าเป็นสมาชิกใหม่ ให้แก้สถานะ',
    en: 'Check the member ID and the date; if it settles arrears from before, say so in the note; if the member rejoined, update the status',
  },
  'check.deposit.amountZero': {
    th: 'จำนวนเงินเป็นศูนย์ รายการนี้ไม่มีเงินเข้า',
    en: 'The amount is zero; no money came in on this row',
  },
  'check.deposit.amountZeroFix': {
    th: 'กรอกจำนวนเงินตามใบเสร็จ หรือถ้ายกเลิกใบเสร็จ ให้เขียนว่า "ยกเลิก" ในหมายเหตุ',
    en: 'Type the amount on the receipt, or, if the receipt was cancelled, write so in the note',
  },
  'check.deposit.amountNegative': {
    th: 'จำนวนเงินติดลบ ({amount}) แต่หมายเหตุไม่ได้บอกว่ากลับรายการใด เงินฝากปกติต้องเป็นจำนวนบวก',
    en: 'The amount is negative ({amount}) but the note does not say which entry it reverses; a deposit is normally positive',
  },
  'check.deposit.amountNegativeFix': {
    th: 'ถ้าเป็นการกลับรายการที่ลงผิด ให้ระบุเลขที่ใบเสร็จเดิมในหมายเหตุ ถ้าไม่ใช่ ให้แก้เป็นจำนวนบวกตามใบเสร็จ',
    en: 'If it reverses a wrong entry, give the original receipt number in the note; otherwise type the positive amount on the receipt',
  },
  'check.deposit.entryFeeTwice': {
    th: 'สมาชิกคนนี้จ่ายค่าสมัครครบแล้วที่แถว {first} ค่าสมัครจ่ายครั้งเดียว',
    en: 'This member already paid the entry fee on row {first}; the entry fee is paid once',
  },
  'check.deposit.entryFeeTwiceFix': {
    th: 'ตรวจว่าเป็นเงินประเภทอื่น (ค่าบำรุงรายปีหรือเงินออม) หรือลงซ้ำ ถ้าลงซ้ำ ให้กลับรายการพร้อมหมายเหตุ',
    en: 'Check whether it is another kind (annual fee or savings) or entered twice; if twice, reverse it with a note',
  },
  'check.deposit.entryFeeAmount': {
    th: 'ค่าสมัคร {amount} บาท ไม่ตรงกับที่ตั้งค่าไว้ ({fee} บาท)',
    en: 'Entry fee of {amount} baht differs from the setting ({fee} baht)',
  },
  'check.deposit.entryFeeAmountFix': {
    th: 'ตรวจจำนวนเงินกับใบเสร็จ ถ้ากองทุนเปลี่ยนอัตราแล้ว ให้แก้ค่าในแผ่นงานตั้งค่า',
    en: 'Check the amount on the receipt; if the fund changed its fee, update the settings sheet',
  },
  'check.deposit.annualFeeTwice': {
    th: 'ค่าบำรุงปี {year} ของสมาชิกคนนี้จ่ายครบแล้วที่แถว {first}',
    en: "This member's annual fee for {year} was already paid in full on row {first}",
  },
  'check.deposit.annualFeeTwiceFix': {
    th: 'ตรวจปีที่ชำระ อาจเป็นค่าบำรุงของปีถัดไป (แก้ปีที่ชำระ) หรือลงซ้ำ (กลับรายการพร้อมหมายเหตุ)',
    en: 'Check the year covered: it may be for the next year (correct the year) or entered twice (reverse it with a note)',
  },
  'check.deposit.annualFeeAmount': {
    th: 'ค่าบำรุงปี {year} รวม {total} บาท ไม่ตรงกับที่ตั้งค่าไว้ ({fee} บาท ต่อปี)',
    en: 'The annual fee for {year} totals {total} baht, not the {fee} baht a year in the settings',
  },
  'check.deposit.annualFeeAmountFix': {
    th: 'ตรวจจำนวนเงินกับใบเสร็จ ถ้ากองทุนเปลี่ยนอัตราแล้ว ให้แก้ค่าในแผ่นงานตั้งค่า',
    en: 'Check the amount on the receipt; if the fund changed its fee, update the settings sheet',
  },
  'check.deposit.duplicateReceipt': {
    th: 'เลขที่ใบเสร็จ {receipt} ซ้ำกับแถวที่ {first} ({why})',
    en: 'Receipt number {receipt} repeats row {first} ({why})',
  },
  'check.deposit.duplicateReceiptSameKind': {
    th: 'เงินประเภทเดียวกัน อาจลงซ้ำ',
    en: 'the same kind of money; possibly entered twice',
  },
  'check.deposit.duplicateReceiptOtherMember': { th: 'แต่คนละสมาชิก', en: 'but another member' },
  'check.deposit.duplicateReceiptFix': {
    th: 'ตรวจกับต้นขั้วใบเสร็จ ถ้าลงซ้ำ ให้กลับรายการพร้อมหมายเหตุ ถ้าพิมพ์เลขผิด ให้แก้เลขที่ใบเสร็จ',
    en: 'Check against the receipt book; if entered twice, reverse it with a note; if the number was mistyped, correct it',
  },

  // ---- welfare
  'check.welfare.unknownMember': {
    th: 'ไม่มีสมาชิกรหัส {id} ในทะเบียนสมาชิก',
    en: 'There is no member with ID {id} on the member roll',
  },
  'check.welfare.unknownMemberFix': {
    th: 'ตรวจรหัสสมาชิกกับใบสำคัญจ่าย',
    en: 'Check the member ID on the payment voucher',
  },
  'check.welfare.memberMissing': {
    th: '"{benefit}" จ่ายให้สมาชิก แต่ไม่ได้กรอกรหัสสมาชิก',
    en: '"{benefit}" is paid to a member, but no member ID is given',
  },
  'check.welfare.memberMissingFix': {
    th: 'กรอกรหัสสมาชิกผู้รับ (ถ้าจ่ายให้โครงการชุมชน ให้ตั้งค่าสวัสดิการนี้เป็นจ่ายให้โครงการ)',
    en: "Type the receiving member's ID (if it went to a community project, set this benefit as paid to a project)",
  },
  'check.welfare.notEligible': {
    th: 'ไม่เป็นไปตามระเบียบ ณ วันที่จ่าย: {reason}',
    en: 'Not within the rules on the payment date: {reason}',
  },
  'check.welfare.notEligibleOverride': {
    th: 'จ่ายต่างจากระเบียบโดยมีเหตุผลกำกับ ("{override}"): {reason}',
    en: 'Paid outside the rules with a reason given ("{override}"): {reason}',
  },
  'check.welfare.notEligibleFix': {
    th: 'ตรวจกับมติคณะกรรมการ ถ้าอนุมัติเป็นกรณีพิเศษ ให้เขียนเหตุผลในคอลัมน์ "เหตุผลที่จ่ายต่างจากระเบียบ" ถ้าลงผิดคนหรือผิดวันที่ ให้แก้',
    en: "Check the committee's decision; if it was an approved exception, write the reason in the override-reason column; if the member or date is wrong, correct it",
  },
  'check.welfare.amountMismatch': {
    th: 'จ่าย {amount} บาท แต่ตามระเบียบควรเป็น {expected} บาท และไม่มีเหตุผลที่จ่ายต่างจากระเบียบ',
    en: 'Paid {amount} baht, but the rules give {expected} baht, and no override reason is given',
  },
  'check.welfare.amountMismatchFix': {
    th: 'แก้จำนวนเงินให้ตรงกับใบสำคัญจ่าย หรือเขียนเหตุผลที่คณะกรรมการอนุมัติในคอลัมน์ "เหตุผลที่จ่ายต่างจากระเบียบ"',
    en: "Correct the amount from the voucher, or write the committee's reason in the override-reason column",
  },
  'check.welfare.secondDeath': {
    th: 'จ่ายเงินกรณีเสียชีวิตให้สมาชิกคนนี้แล้วที่แถว {first} จ่ายได้ครั้งเดียว',
    en: 'A death benefit was already paid for this member on row {first}; it is paid once',
  },
  'check.welfare.secondDeathFix': {
    th: 'ตรวจว่าลงซ้ำหรือลงผิดคน ถ้าลงซ้ำ ให้กลับรายการพร้อมหมายเหตุ',
    en: 'Check whether it was entered twice or on the wrong member; if twice, reverse it with a note',
  },
  'check.welfare.afterDeath': {
    th: 'จ่ายสวัสดิการวันที่ {date} หลังจากสมาชิกเสียชีวิตแล้ว ({death})',
    en: 'Welfare paid on {date}, after the member died ({death})',
  },
  'check.welfare.afterDeathFix': {
    th: 'ตรวจรหัสสมาชิกและวันที่จ่าย หลังเสียชีวิตจ่ายได้เฉพาะเงินกรณีเสียชีวิต',
    en: 'Check the member ID and the payment date; after a death only the death benefit is paid',
  },

  // ---- fund ledger
  'check.ledger.unknownKind': {
    th: 'ประเภท "{value}" ไม่ใช่ประเภทที่รู้จักของบัญชีกองทุน (ใช้ได้: {choices}) รายงานจะไม่นับรายการนี้',
    en: '"{value}" is not a known kind of fund-ledger entry (allowed: {choices}); reports will leave it out',
  },
  'check.ledger.unknownKindFix': {
    th: 'เลือกประเภทจากรายการ: {choices}',
    en: 'Pick a kind from the list: {choices}',
  },
  'check.ledger.amountNotPositive': {
    th: 'จำนวนเงิน {amount} ต้องมากกว่าศูนย์ ประเภทรายการบอกอยู่แล้วว่าเป็นรายรับหรือรายจ่าย',
    en: 'The amount {amount} must be more than zero; the kind already says whether it is income or expense',
  },
  'check.ledger.amountNotPositiveFix': {
    th: 'กรอกจำนวนเงินเป็นบวกตามหลักฐาน ถ้าเป็นรายจ่าย ให้เลือกประเภทรายจ่าย',
    en: 'Type the positive amount from the voucher; for money going out, pick an expense kind',
  },
  'check.ledger.sourceMissing': {
    th: 'ไม่ได้ระบุแหล่งที่มาหรือผู้รับเงิน ผู้ตรวจสอบบัญชีจะไม่รู้ว่าเงินมาจากไหนหรือจ่ายให้ใคร',
    en: 'No source or payee is given, so an auditor cannot tell where the money came from or went',
  },
  'check.ledger.sourceMissingFix': {
    th: 'กรอกชื่อหน่วยงาน ผู้บริจาค หรือผู้รับเงิน ตามหลักฐาน เช่น "เทศบาลตำบล..." หรือ "พอช."',
    en: 'Type the body, donor or payee from the voucher, e.g. the municipality or CODI',
  },

  // ---- cells anywhere
  'check.cell.formula': {
    th: 'เซลล์นี้เป็นสูตร ({formula}) แทนที่จะเป็นค่าที่บันทึก ค่าจะเปลี่ยนเองเมื่อเซลล์อื่นเปลี่ยน',
    en: 'This cell holds a formula ({formula}) instead of a recorded value; it changes when other cells change',
  },
  'check.cell.formulaFix': {
    th: 'พิมพ์ค่าตามหลักฐานลงไปแทนสูตร (คัดลอกแล้ววางแบบ "วางเฉพาะค่า")',
    en: 'Type the value from the voucher instead (copy, then "paste values only")',
  },
  'check.cell.textNotNumber': {
    th: '"{value}" เป็นข้อความในช่องที่ต้องเป็นตัวเลข',
    en: '"{value}" is text where a number is expected',
  },
  'check.cell.textNotNumberFix': {
    th: 'พิมพ์เป็นตัวเลขอย่างเดียว เช่น 1000 หรือ 1,000',
    en: 'Type digits only, e.g. 1000 or 1,000',
  },
  'check.cell.numberAsText': {
    th: '"{value}" ดูเหมือนตัวเลขแต่ถูกเก็บเป็นข้อความ ผลรวม (SUM) ในแผ่นงานจะไม่นับเซลล์นี้',
    en: '"{value}" looks like a number but is stored as text; sheet totals (SUM) skip it',
  },
  'check.cell.numberAsTextFix': {
    th: "จัดรูปแบบเซลล์เป็นตัวเลข แล้วพิมพ์ตัวเลขใหม่ (ไม่ต้องมีเครื่องหมาย ' นำหน้า)",
    en: "Format the cell as a number and type the number again (without a leading ')",
  },
  'check.cell.dateAsText': {
    th: 'วันที่ "{value}" ถูกเก็บเป็นข้อความ โปรแกรมอ่านได้เป็น {read} แต่การเรียงและกรองตามวันที่ในแผ่นงานจะไม่ถูกต้อง',
    en: 'The date "{value}" is stored as text; it reads as {read}, but sorting and filtering by date in the sheet will be wrong',
  },
  'check.cell.dateAsTextFix': {
    th: 'พิมพ์วันที่ใหม่ในเซลล์ที่จัดรูปแบบเป็นวันที่ หรือบันทึกผ่านแบบฟอร์มของโปรแกรม',
    en: "Type the date again in a date-formatted cell, or record it through the add-on's forms",
  },
  'check.sheet.missing': {
    th: 'ไม่พบแผ่นงาน "{sheet}" จึงตรวจรายการของแผ่นงานนี้ไม่ได้',
    en: 'The sheet "{sheet}" was not found, so its records could not be checked',
  },
  'check.sheet.missingFix': {
    th: 'ใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" เพื่อสร้างแผ่นงานที่ขาด',
    en: 'Use "Set up the fund book" to create the missing sheet',
  },
  'check.fix.required': {
    th: 'กรอกข้อมูลช่องนี้ตามหลักฐาน (ใบสมัคร ใบเสร็จ หรือใบสำคัญจ่าย)',
    en: 'Fill in this cell from the records (application form, receipt or voucher)',
  },
  'check.fix.generic': {
    th: 'แก้ค่าในเซลล์ให้ถูกต้องตามหลักฐาน แล้วตรวจสอบอีกครั้ง',
    en: 'Correct the cell from the voucher or receipt, then check again',
  },

  // ---- the report sheet
  'check.report.sheet': { th: 'ผลการตรวจสอบ', en: 'Check results' },
  'check.report.title': { th: 'ผลการตรวจสอบรายการ', en: 'Check of the entries' },
  'check.report.ranAt': {
    th: 'ตรวจเมื่อ {when}',
    en: 'Checked on {when}',
  },
  'check.report.bySeverity': { th: 'จำนวนตามระดับ', en: 'By severity' },
  'check.report.byKind': { th: 'จำนวนตามประเภทของปัญหา', en: 'By kind' },
  'check.report.total': { th: 'รวม', en: 'Total' },
  'check.report.count': { th: 'จำนวน', en: 'Count' },
  'check.report.kind': { th: 'ประเภทของปัญหา', en: 'Kind' },
  'check.report.list': { th: 'รายการที่พบ', en: 'Findings' },
  'check.report.none': {
    th: 'ไม่พบสิ่งที่ต้องแก้ไข ข้อมูลทุกแผ่นงานผ่านการตรวจสอบ',
    en: 'Nothing to correct: every sheet passed the check',
  },
  'check.report.truncated': {
    th: 'แสดง {shown} รายการแรกจากทั้งหมด {total} รายการ (เรียงข้อผิดพลาดก่อน) แก้แล้วกดตรวจสอบอีกครั้งเพื่อดูที่เหลือ',
    en: 'Showing the first {shown} of {total} findings (errors first); correct them and check again to see the rest',
  },
  'check.report.colSeverity': { th: 'ระดับ', en: 'Severity' },
  'check.report.colSheet': { th: 'แผ่นงาน', en: 'Sheet' },
  'check.report.colRow': { th: 'แถว', en: 'Row' },
  'check.report.colColumn': { th: 'คอลัมน์', en: 'Column' },
  'check.report.colValue': { th: 'ค่าที่พิมพ์ไว้', en: 'Value as typed' },
  'check.report.colMessage': { th: 'ปัญหา', en: 'Problem' },
  'check.report.colFix': { th: 'วิธีแก้', en: 'Suggested fix' },
  'check.report.colLink': { th: 'ลิงก์', en: 'Link' },
  'check.report.link': { th: 'ไปที่เซลล์', en: 'Go to cell' },
  'check.report.marks': {
    th: 'เซลล์ที่มีปัญหาถูกระบายสีในแผ่นงาน (แดง = ผิดพลาด ส้ม = ควรตรวจสอบ เหลือง = ข้อสังเกต) สีจะหายเองเมื่อแก้แล้วตรวจสอบอีกครั้ง',
    en: 'Cells with findings are coloured in their sheets (red = error, orange = warning, yellow = note); the colour goes when the cell is corrected and checked again',
  },
  'check.summary.none': {
    th: 'ตรวจสอบแล้ว ไม่พบสิ่งที่ต้องแก้ไข',
    en: 'Checked: nothing to correct',
  },
  'check.summary.found': {
    th: 'ตรวจสอบแล้ว พบผิดพลาด {error} รายการ ควรตรวจสอบ {warning} รายการ ข้อสังเกต {note} รายการ ดูรายละเอียดในแผ่นงาน "{sheet}"',
    en: 'Checked: {error} errors, {warning} warnings, {note} notes. See the sheet "{sheet}"',
  },
  'check.summary.busy': {
    th: 'มีผู้ใช้อื่นกำลังตรวจสอบสมุดบัญชีนี้อยู่ กรุณารอสักครู่แล้วลองใหม่',
    en: 'Someone else is checking this book right now. Please wait a moment and try again',
  },

  // ---- short names of the kinds of finding (the report's counts by kind)
  'kind.member.duplicate-id': { th: 'รหัสสมาชิกซ้ำ', en: 'Duplicate member ID' },
  'kind.member.name-missing': { th: 'ไม่มีชื่อสมาชิก', en: 'Member name missing' },
  'kind.member.duplicate-national-id': { th: 'เลขประจำตัวประชาชนซ้ำ', en: 'Duplicate national ID' },
  'kind.member.birth-after-join': { th: 'วันเกิดหลังวันสมัคร', en: 'Birth date after join date' },
  'kind.member.status-date-missing': { th: 'ไม่มีวันที่เปลี่ยนสถานะ', en: 'Status date missing' },
  'kind.member.unknown-status': { th: 'สถานะที่ไม่รู้จัก', en: 'Unknown status' },
  'kind.member.village-variant': { th: 'ชื่อหมู่บ้านเขียนต่างกัน', en: 'Village written differently' },
  'kind.member.village-rare': { th: 'หมู่บ้านที่พบครั้งเดียว', en: 'Village seen only once' },
  'kind.date.future': { th: 'วันที่ในอนาคต', en: 'Date in the future' },
  'kind.date.ce-typed': { th: 'พิมพ์ปี ค.ศ. ในสมุดที่ใช้ พ.ศ.', en: 'C.E. year in a B.E. book' },
  'kind.date.be-stored-as-ce': {
    th: 'ปี พ.ศ. ถูกเก็บเป็น ค.ศ. (คลาด 543 ปี)',
    en: 'B.E. year stored as C.E. (543 years off)',
  },
  'kind.date.543-early': { th: 'ปีเร็วไป 543 ปี', en: 'Year 543 years too early' },
  'kind.deposit.unknown-member': { th: 'เงินฝากของรหัสที่ไม่มีในทะเบียน', en: 'Deposit for an unknown member' },
  'kind.deposit.before-join': { th: 'รับเงินก่อนวันสมัคร', en: 'Deposit before joining' },
  'kind.deposit.after-status': { th: 'รับเงินหลังลาออก/เสียชีวิต/พ้นสภาพ', en: 'Deposit after leaving' },
  'kind.deposit.amount-zero': { th: 'จำนวนเงินเป็นศูนย์', en: 'Zero amount' },
  'kind.deposit.amount-negative': { th: 'จำนวนเงินติดลบ', en: 'Negative amount' },
  'kind.deposit.entry-fee-twice': { th: 'ค่าสมัครจ่ายซ้ำ', en: 'Entry fee paid twice' },
  'kind.deposit.entry-fee-amount': { th: 'ค่าสมัครไม่ตรงกับที่ตั้งค่า', en: 'Entry fee differs from the setting' },
  'kind.deposit.annual-fee-twice': { th: 'ค่าบำรุงปีเดียวกันจ่ายซ้ำ', en: 'Annual fee paid twice for a year' },
  'kind.deposit.annual-fee-amount': { th: 'ค่าบำรุงไม่ตรงกับที่ตั้งค่า', en: 'Annual fee differs from the setting' },
  'kind.deposit.duplicate-receipt': { th: 'เลขที่ใบเสร็จซ้ำ', en: 'Duplicate receipt number' },
  'kind.welfare.unknown-member': { th: 'สวัสดิการของรหัสที่ไม่มีในทะเบียน', en: 'Welfare for an unknown member' },
  'kind.welfare.member-missing': { th: 'สวัสดิการไม่ระบุสมาชิก', en: 'Welfare without a member' },
  'kind.welfare.amount-mismatch': { th: 'จำนวนเงินสวัสดิการไม่ตรงระเบียบ', en: 'Welfare amount differs from the rules' },
  'kind.welfare.second-death': { th: 'จ่ายกรณีเสียชีวิตซ้ำ', en: 'Second death benefit' },
  'kind.welfare.after-death': { th: 'จ่ายสวัสดิการหลังเสียชีวิต', en: 'Benefit after death' },
  'kind.welfare.not-eligible.status': { th: 'ไม่มีสิทธิ์: สถานะสมาชิก', en: 'Not eligible: member status' },
  'kind.welfare.not-eligible.waiting': { th: 'ไม่มีสิทธิ์: ยังไม่พ้นระยะรอสิทธิ์', en: 'Not eligible: waiting period' },
  'kind.welfare.not-eligible.arrears': { th: 'ไม่มีสิทธิ์: ค้างชำระ', en: 'Not eligible: arrears' },
  'kind.welfare.not-eligible.cap-event': { th: 'เกินเพดานต่อครั้ง', en: 'Over the cap per event' },
  'kind.welfare.not-eligible.cap-year': { th: 'เกินเพดานต่อปี', en: 'Over the cap per year' },
  'kind.welfare.not-eligible.cap-lifetime': { th: 'เกินเพดานตลอดชีพ', en: 'Over the lifetime cap' },
  'kind.welfare.not-eligible.times-lifetime': { th: 'เกินจำนวนครั้งตลอดชีพ', en: 'Too many times per lifetime' },
  'kind.welfare.not-eligible.tier': { th: 'ไม่มีสิทธิ์: อายุสมาชิกยังไม่ถึงขั้น', en: 'Not eligible: tenure tier' },
  'kind.welfare.not-eligible.age': { th: 'ไม่มีสิทธิ์: อายุไม่อยู่ในเกณฑ์', en: 'Not eligible: age' },
  'kind.welfare.not-eligible.units': { th: 'จำนวนหน่วยเกินกำหนด', en: 'Too many units' },
  'kind.welfare.not-eligible.project': { th: 'ผู้รับไม่ตรงกับประเภทสวัสดิการ', en: 'Wrong kind of payee' },
  'kind.welfare.not-eligible.benefit': { th: 'สวัสดิการที่เลิกใช้แล้ว', en: 'Benefit no longer in use' },
  'kind.welfare.not-eligible.member': { th: 'ไม่มีข้อมูลสมาชิกผู้รับ', en: 'No member to judge' },
  'kind.welfare.not-eligible.amount-zero': { th: 'จำนวนเงินที่จ่ายได้เป็นศูนย์', en: 'Nothing payable' },
  'kind.welfare.not-eligible.other': { th: 'ไม่เป็นไปตามระเบียบสวัสดิการ', en: 'Outside the benefit rules' },
  'kind.ledger.unknown-kind': { th: 'ประเภทบัญชีกองทุนที่ไม่รู้จัก', en: 'Unknown ledger kind' },
  'kind.ledger.amount-not-positive': { th: 'จำนวนเงินในบัญชีกองทุนไม่เป็นบวก', en: 'Ledger amount not positive' },
  'kind.ledger.source-missing': { th: 'ไม่มีแหล่งที่มา/ผู้รับเงิน', en: 'Source or payee missing' },
  'kind.cell.formula': { th: 'สูตรในช่องที่ต้องเป็นค่า', en: 'Formula where a value is expected' },
  'kind.cell.text-not-number': { th: 'ข้อความในช่องตัวเลข', en: 'Text where a number is expected' },
  'kind.cell.number-as-text': { th: 'ตัวเลขที่เก็บเป็นข้อความ', en: 'Number stored as text' },
  'kind.cell.date-as-text': { th: 'วันที่ที่เก็บเป็นข้อความ', en: 'Date stored as text' },
  'kind.sheet.missing': { th: 'ไม่พบแผ่นงาน', en: 'Sheet missing' },
  // Kinds found while reading cells and settings (src/core parsers, readSheet, parseSettings).
  'kind.date.empty': { th: 'ไม่มีวันที่', en: 'Date missing' },
  'kind.date.not-a-date': { th: 'วันที่อ่านไม่ได้', en: 'Unreadable date' },
  'kind.date.two-digit-year': { th: 'ปีสองหลัก', en: 'Two-digit year' },
  'kind.date.impossible': { th: 'วันที่ที่ไม่มีในปฏิทิน', en: 'Impossible date' },
  'kind.date.year-out-of-range': { th: 'ปีผิดปกติ', en: 'Year out of range' },
  'kind.date.era-mismatch': { th: 'ปีไม่ตรงกับศักราช', en: 'Year does not match the era' },
  'kind.amount.empty': { th: 'ไม่มีจำนวนเงิน', en: 'Amount missing' },
  'kind.amount.invalid': { th: 'จำนวนเงินอ่านไม่ได้', en: 'Unreadable amount' },
  'kind.nid.checksum': { th: 'เลขประจำตัวประชาชนผิดหลักตรวจสอบ', en: 'National ID fails its check digit' },
  'kind.nid.length': { th: 'เลขประจำตัวประชาชนไม่ครบ 13 หลัก', en: 'National ID not 13 digits' },
  'kind.nid.chars': { th: 'เลขประจำตัวประชาชนมีตัวอักษร', en: 'National ID has letters' },
  'kind.nid.stored-as-number': { th: 'เลขประจำตัวประชาชนเก็บเป็นตัวเลข', en: 'National ID stored as a number' },
  'kind.cell.required': { th: 'ช่องที่ต้องกรอกว่างอยู่', en: 'Required cell empty' },
  'kind.choice.unknown': { th: 'ค่าที่ไม่อยู่ในรายการ', en: 'Value not in the list' },
  'kind.id.as-date': { th: 'รหัสถูกเก็บเป็นวันที่', en: 'ID stored as a date' },
  'kind.amount.negative': { th: 'จำนวนเงินติดลบ (กลับรายการ)', en: 'Negative amount (reversal)' },
  'kind.amount.too-large': { th: 'จำนวนเงินมากผิดปกติ', en: 'Implausibly large amount' },
  'kind.amount.warning': { th: 'จำนวนเงินถูกปัดเศษ', en: 'Amount rounded' },
  'kind.date.warning': { th: 'วันที่ที่อ่านได้แต่ควรตรวจ', en: 'Date read with a warning' },
  'kind.int.empty': { th: 'ไม่มีจำนวน', en: 'Number missing' },
  'kind.int.invalid': { th: 'ไม่ใช่จำนวนเต็ม', en: 'Not a whole number' },
  'kind.int.negative': { th: 'จำนวนติดลบ', en: 'Negative number' },
  'kind.year.invalid': { th: 'ปีที่ชำระอ่านไม่ได้', en: 'Unreadable year' },
  'kind.year.two-digit': { th: 'ปีที่ชำระสองหลัก', en: 'Two-digit year covered' },
  'kind.year.warning': { th: 'ปีที่ชำระเป็น ค.ศ.', en: 'Year covered in C.E.' },
  'kind.nid.empty': { th: 'ไม่มีเลขประจำตัวประชาชน', en: 'National ID missing' },
  'kind.nid.warning': { th: 'เลขประจำตัวประชาชนควรตรวจ', en: 'National ID to verify' },
  'kind.phone.empty': { th: 'ไม่มีหมายเลขโทรศัพท์', en: 'Phone missing' },
  'kind.phone.invalid': { th: 'หมายเลขโทรศัพท์อ่านไม่ได้', en: 'Unreadable phone number' },
  'kind.phone.warning': { th: 'หมายเลขโทรศัพท์ควรตรวจ', en: 'Phone number to verify' },
  'kind.setting.missing': { th: 'ไม่มีการตั้งค่า (ใช้ค่าเริ่มต้น)', en: 'Setting missing (default used)' },
  'kind.setting.invalid': { th: 'ค่าการตั้งค่าใช้ไม่ได้', en: 'Invalid setting' },
  'kind.setting.duplicate': { th: 'การตั้งค่าซ้ำ', en: 'Setting repeated' },
  'kind.setting.unknown-row': { th: 'การตั้งค่าที่ไม่รู้จัก', en: 'Unknown setting' },
  'kind.setting.no-sheet': { th: 'ไม่มีแผ่นงานตั้งค่า', en: 'No settings sheet' },
  'kind.setting.no-columns': { th: 'แผ่นงานตั้งค่าไม่มีคอลัมน์ที่จำเป็น', en: 'Settings sheet columns missing' },
  'kind.setting.lapse-before-suspend': { th: 'พ้นสภาพก่อนพักสิทธิ์', en: 'Lapse before suspension' },
  'kind.setting.read-as': { th: 'การตั้งค่าที่อ่านแบบตีความ', en: 'Setting read with interpretation' },
  'kind.benefit.invalid': { th: 'ค่าในระเบียบสวัสดิการใช้ไม่ได้', en: 'Invalid benefit value' },
  'kind.benefit.duplicate': { th: 'รหัสสวัสดิการซ้ำ', en: 'Benefit code repeated' },
  'kind.benefit.missing-field': { th: 'สวัสดิการขาดข้อมูล', en: 'Benefit row incomplete' },
  'kind.benefit.bad-tiers': { th: 'ขั้นตามอายุสมาชิกอ่านไม่ได้', en: 'Unreadable tiers' },
  'kind.benefit.age-order': { th: 'เกณฑ์อายุกลับด้าน', en: 'Age limits reversed' },
  'kind.benefits.no-sheet': { th: 'ไม่มีแผ่นงานตั้งค่าสวัสดิการ', en: 'No benefit settings sheet' },
  'kind.benefits.no-columns': { th: 'แผ่นงานสวัสดิการไม่มีคอลัมน์ที่จำเป็น', en: 'Benefit sheet columns missing' },
  'kind.benefits.none': { th: 'ยังไม่มีประเภทสวัสดิการ', en: 'No benefits defined' },
  'kind.sheet.missing-column': { th: 'ไม่มีคอลัมน์ที่จำเป็น', en: 'Required column missing' },
  'kind.other': {
    th: 'อื่น ๆ ({code})',
    en: 'Other ({code})',
  },
} as const;
