/**
 * Messages of src/core (parsers, settings, records, member state, eligibility), Thai first.
 * Merged into the one catalogue in i18n.ts; render them only through text()/t().
 */

export const CORE_MESSAGES = {
  // ---- dates
  'date.empty': { th: 'ไม่ได้ระบุวันที่', en: 'No date given' },
  'date.notADate': {
    th: '"{value}" ไม่ใช่วันที่ที่อ่านได้ (ตัวอย่าง: 15/8/2545 หรือ 15 ส.ค. 2545)',
    en: '"{value}" is not a date we can read (e.g. 15/8/2545 or 15 ส.ค. 2545)',
  },
  'date.twoDigitYear': {
    th: 'ปี "{year}" มีเพียงสองหลัก ไม่ทราบว่าเป็น พ.ศ. หรือ ค.ศ. ใด กรุณาพิมพ์ปีเต็มสี่หลัก เช่น {suggestion}',
    en: 'The year "{year}" has only two digits, so the century and era are unknown. Type the full four-digit year, e.g. {suggestion}',
  },
  'date.impossible': {
    th: 'ไม่มีวันที่ {d} เดือน {m} ปี {y} ในปฏิทิน (รูปแบบคือ วัน/เดือน/ปี)',
    en: 'Day {d} of month {m} in {y} does not exist (the order is day/month/year)',
  },
  'date.yearOutOfRange': {
    th: 'ปี {year} ไม่น่าจะถูกต้อง (พ.ศ. ควรเป็น 2400 ขึ้นไป ค.ศ. ควรอยู่ระหว่าง 1800–2200)',
    en: 'The year {year} looks wrong (a B.E. year is 2400 or more, a C.E. year is 1800–2200)',
  },
  'date.eraMismatch': {
    th: 'ปี {year} ไม่ตรงกับศักราชที่ระบุ ({era})',
    en: 'The year {year} does not match the era given ({era})',
  },
  'date.beInDateCell': {
    th: 'เซลล์วันที่เก็บปี {year} ซึ่งเป็นปี พ.ศ. ที่ถูกบันทึกเป็น ค.ศ. จึงอ่านเป็น {fixed}',
    en: 'The date cell holds the year {year}, a B.E. year stored as C.E.; read as {fixed}',
  },
  'date.fixTwoDigit': {
    th: 'ถ้าหมายถึง พ.ศ. ให้พิมพ์ {suggestion}',
    en: 'If you meant the Buddhist Era, type {suggestion}',
  },
  // ---- numbers and ids
  'amount.empty': { th: 'ไม่ได้ระบุจำนวนเงิน', en: 'No amount given' },
  'amount.invalid': {
    th: '"{value}" ไม่ใช่จำนวนเงินที่อ่านได้ (ตัวอย่าง: 1,000 หรือ 1000.50)',
    en: '"{value}" is not an amount we can read (e.g. 1,000 or 1000.50)',
  },
  'amount.tooLarge': {
    th: 'จำนวนเงิน "{value}" มากเกินจริง (ตั้งแต่ล้านล้านบาทขึ้นไป) อาจพิมพ์ผิดหรือเซลล์ผิดรูปแบบ',
    en: 'The amount "{value}" is implausibly large (a trillion baht or more); probably a typing or format mistake',
  },
  'amount.implausible': {
    th: 'จำนวนเงิน "{value}" เกินเพดาน {max} บาทต่อรายการ (ตั้งในแผ่นงานตั้งค่า) อาจพิมพ์ผิดหรือวางเลขอื่นลงช่องเงิน จึงไม่นำไปรวมยอด',
    en: 'The amount "{value}" is above the ceiling of {max} baht per entry (set in the settings sheet); probably a typing mistake or another number pasted in, so it is not counted',
  },
  'amount.rounded': {
    th: 'ปัดเศษเป็นสตางค์: {value} → {rounded}',
    en: 'Rounded to satang: {value} → {rounded}',
  },
  'int.invalid': {
    th: '"{value}" ไม่ใช่จำนวนเต็มที่อ่านได้',
    en: '"{value}" is not a whole number',
  },
  'int.negative': {
    th: '"{value}" ติดลบ ต้องเป็นศูนย์หรือมากกว่า',
    en: '"{value}" is negative; it must be zero or more',
  },
  'year.invalid': {
    th: '"{value}" ไม่ใช่ปี พ.ศ. สี่หลัก (ตัวอย่าง: 2567)',
    en: '"{value}" is not a four-digit B.E. year (e.g. 2567)',
  },
  'year.ce': {
    th: 'ปี {value} เป็น ค.ศ. อ่านเป็น พ.ศ. {be}',
    en: 'The year {value} is C.E.; read as B.E. {be}',
  },
  'nid.empty': { th: 'ไม่ได้ระบุเลขประจำตัวประชาชน', en: 'No national ID given' },
  'nid.storedAsNumber': {
    th: 'เลขประจำตัวประชาชน "{value}" ถูกเก็บเป็นตัวเลขจนเสียหลัก ให้จัดรูปแบบคอลัมน์เป็นข้อความแล้วพิมพ์ใหม่',
    en: 'The national ID "{value}" was stored as a number and lost digits; format the column as text and type it again',
  },
  'nid.length': {
    th: 'เลขประจำตัวประชาชนต้องมี 13 หลัก แต่มี {count} หลัก',
    en: 'A national ID has 13 digits; this one has {count}',
  },
  'nid.chars': {
    th: 'เลขประจำตัวประชาชน "{value}" มีตัวอักษรที่ไม่ใช่ตัวเลข',
    en: 'The national ID "{value}" contains characters that are not digits',
  },
  'nid.checksum': {
    th: 'เลขประจำตัวประชาชน {value} หลักสุดท้ายไม่ถูกต้อง (ตามหลักตรวจสอบควรเป็น {expected}) อาจพิมพ์ผิด',
    en: 'The national ID {value} fails its check digit (it should end in {expected}); probably a typing mistake',
  },
  'nid.leadingDigit': {
    th: 'เลขประจำตัวประชาชนขึ้นต้นด้วย {digit} ซึ่งพบได้น้อย กรุณาตรวจสอบกับบัตร',
    en: 'The national ID starts with {digit}, which is rare; please check it against the card',
  },
  'nid.leadingZeroLost': {
    th: 'เลขประจำตัวประชาชนถูกเก็บเป็นตัวเลข เลข 0 ตัวหน้าหายไป จึงเติมกลับให้',
    en: 'The national ID was stored as a number and lost its leading 0; it was put back',
  },
  'phone.invalid': {
    th: '"{value}" ไม่ใช่หมายเลขโทรศัพท์ที่อ่านได้',
    en: '"{value}" is not a phone number we can read',
  },
  'phone.unusual': {
    th: 'หมายเลขโทรศัพท์ "{value}" มีจำนวนหลักไม่ปกติ (โทรศัพท์ไทยมี 9–10 หลัก ขึ้นต้นด้วย 0)',
    en: 'The phone number "{value}" has an unusual length (Thai numbers have 9–10 digits starting with 0)',
  },
  'phone.leadingZeroLost': {
    th: 'หมายเลขโทรศัพท์ถูกเก็บเป็นตัวเลข เลข 0 ตัวหน้าหายไป จึงเติมกลับให้',
    en: 'The phone number was stored as a number and lost its leading 0; it was put back',
  },
  // ---- settings
  'setting.missing': {
    th: 'ไม่พบการตั้งค่า "{label}" ในแผ่นงานตั้งค่า จึงใช้ค่าเริ่มต้น {default}',
    en: 'The setting "{label}" is missing from the settings sheet; using the default {default}',
  },
  'setting.invalid': {
    th: 'ค่า "{value}" ของ "{label}" ใช้ไม่ได้ ({detail}) จึงใช้ค่าเริ่มต้น {default}',
    en: 'The value "{value}" of "{label}" cannot be used ({detail}); using the default {default}',
  },
  'setting.duplicate': {
    th: 'การตั้งค่า "{label}" มีซ้ำที่แถว {first} และ {row} ใช้ค่าในแถว {first}',
    en: 'The setting "{label}" appears in rows {first} and {row}; row {first} is used',
  },
  'setting.unknownRow': {
    th: 'ไม่รู้จักการตั้งค่า "{label}" แถวนี้จะไม่ถูกใช้',
    en: 'Unknown setting "{label}"; this row is not used',
  },
  'setting.noSheet': {
    th: 'ไม่พบแผ่นงานตั้งค่า จึงใช้ค่าเริ่มต้นทั้งหมด',
    en: 'No settings sheet found; all defaults are used',
  },
  'setting.noColumns': {
    th: 'แผ่นงานตั้งค่าไม่มีคอลัมน์ "{columns}" จึงใช้ค่าเริ่มต้นทั้งหมด',
    en: 'The settings sheet has no "{columns}" column; all defaults are used',
  },
  'setting.fixHint': {
    th: 'แก้ค่าในแผ่นงานตั้งค่า เช่น {example}',
    en: 'Correct the value on the settings sheet, e.g. {example}',
  },
  'setting.lapseBeforeSuspend': {
    th: 'จำนวนวันค้างที่พ้นสภาพ ({lapse}) น้อยกว่าจำนวนวันที่พักสิทธิ์ ({suspend}) สมาชิกจะพ้นสภาพก่อนถูกพักสิทธิ์',
    en: 'Arrears days to lapse ({lapse}) are fewer than days to suspend ({suspend}); members lapse before being suspended',
  },
  'setting.percentRead': {
    th: 'อ่าน "{value}" เป็นร้อยละ {percent}',
    en: 'Read "{value}" as {percent} percent',
  },
  'detail.notNumber': { th: 'ไม่ใช่ตัวเลข', en: 'not a number' },
  'detail.negative': { th: 'ติดลบ', en: 'negative' },
  'detail.notWhole': { th: 'ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป', en: 'must be a whole number, 0 or more' },
  'detail.notMonth': { th: 'ต้องเป็นเดือน 1–12 หรือชื่อเดือน', en: 'must be a month 1–12 or a month name' },
  'detail.notRatio': { th: 'ต้องเป็นสัดส่วน 0–1 หรือร้อยละ เช่น 20%', en: 'must be a ratio 0–1 or a percentage such as 20%' },
  'detail.notLanguage': { th: 'ต้องเป็น th (ไทย) หรือ en (อังกฤษ)', en: 'must be th (Thai) or en (English)' },
  'detail.notDate': { th: 'ไม่ใช่วันที่', en: 'not a date' },
  'detail.empty': { th: 'ว่าง', en: 'empty' },
  'detail.notChoice': {
    th: 'ต้องเป็นหนึ่งใน: {choices}',
    en: 'must be one of: {choices}',
  },
  'benefits.noSheet': {
    th: 'ไม่พบแผ่นงานตั้งค่าสวัสดิการ จึงใช้ประเภทสวัสดิการเริ่มต้น',
    en: 'No benefit settings sheet found; the default benefits are used',
  },
  'benefits.noColumns': {
    th: 'แผ่นงานตั้งค่าสวัสดิการไม่มีคอลัมน์ "{columns}" จึงใช้ประเภทสวัสดิการเริ่มต้น',
    en: 'The benefit settings sheet has no "{columns}" column; the default benefits are used',
  },
  'benefits.none': {
    th: 'ยังไม่มีประเภทสวัสดิการในแผ่นงานตั้งค่าสวัสดิการ',
    en: 'The benefit settings sheet lists no benefits',
  },
  'benefit.duplicate': {
    th: 'รหัสสวัสดิการ "{code}" ซ้ำกับแถว {first} แถวนี้จะไม่ถูกใช้',
    en: 'The benefit code "{code}" repeats row {first}; this row is not used',
  },
  'benefit.missingField': {
    th: 'สวัสดิการแถวนี้ไม่มี "{column}" แถวนี้จะไม่ถูกใช้',
    en: 'This benefit row has no "{column}"; the row is not used',
  },
  'benefit.invalid': {
    th: 'ค่า "{value}" ในคอลัมน์ "{column}" ของสวัสดิการ {code} ใช้ไม่ได้ ({detail}) จึงถือว่า {fallback}',
    en: 'The value "{value}" in "{column}" of benefit {code} cannot be used ({detail}); treated as {fallback}',
  },
  'benefit.badTiers': {
    th: 'ขั้นตามอายุสมาชิกของสวัสดิการ {code} อ่านไม่ได้: {detail} จึงไม่ใช้ขั้น (ตัวอย่างที่ถูกต้อง: 1=3000, 3=5000, 5=10000)',
    en: 'The tiers of benefit {code} cannot be read: {detail}; no tiers are used (correct example: 1=3000, 3=5000, 5=10000)',
  },
  'benefit.ageOrder': {
    th: 'สวัสดิการ {code}: อายุขั้นต่ำ ({min}) มากกว่าอายุสูงสุด ({max}) จะไม่มีใครได้รับ',
    en: 'Benefit {code}: the minimum age ({min}) is above the maximum age ({max}); nobody can receive it',
  },
  'fallback.noLimit': { th: 'ไม่จำกัด', en: 'no limit' },
  'fallback.member': { th: 'จ่ายให้สมาชิก', en: 'paid to a member' },
  'fallback.yes': { th: 'ใช่', en: 'yes' },
  'fallback.no': { th: 'ไม่', en: 'no' },
  'fallback.committee': { th: 'คณะกรรมการกำหนดจำนวนเงิน', en: 'amount set by the committee' },
  'tiers.piece': {
    th: '"{piece}" ไม่อยู่ในรูป ปี=บาท',
    en: '"{piece}" is not in the form years=baht',
  },
  'tiers.order': {
    th: 'ปี {years} ซ้ำหรือไม่เรียงจากน้อยไปมาก',
    en: 'the year {years} repeats or is out of order',
  },
  'tiers.notText': {
    th: 'ต้องเป็นข้อความ ปี=บาท คั่นด้วยจุลภาค',
    en: 'must be text years=baht separated by commas',
  },
  // ---- records
  'sheet.missingColumn': {
    th: 'แผ่นงาน "{sheet}" ไม่มีคอลัมน์ "{column}" ซึ่งจำเป็น',
    en: 'The sheet "{sheet}" has no "{column}" column, which is required',
  },
  'cell.required': {
    th: 'ยังไม่ได้กรอก "{column}"',
    en: '"{column}" is empty',
  },
  'cell.unknownChoice': {
    th: '"{value}" ไม่ใช่ค่าที่รู้จักของ "{column}" (ใช้ได้: {choices})',
    en: '"{value}" is not a known value of "{column}" (allowed: {choices})',
  },
  'cell.negativeAmount': {
    th: 'จำนวนเงินติดลบ ({value}) ถือเป็นรายการกลับรายการ/แก้ไขรายการก่อนหน้า',
    en: 'Negative amount ({value}) is read as a reversal of an earlier entry',
  },
  'cell.idAsDate': {
    th: '"{column}" ถูกเก็บเป็นวันที่ ({value}) ให้จัดรูปแบบคอลัมน์เป็นข้อความแล้วพิมพ์ใหม่',
    en: '"{column}" was stored as a date ({value}); format the column as text and type it again',
  },
  // ---- member state
  'state.noJoinDate': {
    th: 'ไม่ทราบวันที่สมัคร จึงคำนวณสิทธิ์และยอดค้างไม่ได้',
    en: 'The join date is unknown, so rights and arrears cannot be worked out',
  },
  'state.notJoined': {
    th: 'ยังไม่เป็นสมาชิก ณ วันนั้น (สมัครวันที่ {date})',
    en: 'Not yet a member on that day (joined {date})',
  },
  'state.resigned': { th: 'ลาออกแล้ว ({date})', en: 'Resigned ({date})' },
  'state.deceased': { th: 'เสียชีวิตแล้ว ({date})', en: 'Deceased ({date})' },
  'state.lapsed': { th: 'พ้นสภาพแล้ว ({date})', en: 'Lapsed ({date})' },
  'state.dateUnknown': { th: 'ไม่ทราบวันที่', en: 'date unknown' },
  'state.lapsedArrears': {
    th: 'พ้นสภาพเพราะค้างเงินออม {days} วัน ({baht} บาท) เกินกำหนด {limit} วัน',
    en: 'Lapsed: savings {days} days ({baht} baht) behind, more than the {limit}-day limit',
  },
  'state.suspendedSavings': {
    th: 'พักสิทธิ์เพราะค้างเงินออม {days} วัน ({baht} บาท) เกินกำหนด {limit} วัน',
    en: 'Suspended: savings {days} days ({baht} baht) behind, more than the {limit}-day limit',
  },
  'state.suspendedAnnualFee': {
    th: 'พักสิทธิ์เพราะค้างค่าบำรุงรายปี ปี {years} ({baht} บาท)',
    en: 'Suspended: annual fee not paid for {years} ({baht} baht)',
  },
  'state.active': {
    th: 'สมาชิกปกติ เงินออมครบถึงวันที่ {date}',
    en: 'Active member; savings paid through {date}',
  },
  'state.activeNoSavings': { th: 'สมาชิกปกติ', en: 'Active member' },
  // ---- eligibility
  'elig.benefitActive': {
    th: 'สวัสดิการ "{name}" เปิดใช้งานอยู่',
    en: 'The benefit "{name}" is in use',
  },
  'elig.benefitInactive': {
    th: 'สวัสดิการ "{name}" ปิดใช้งานในแผ่นงานตั้งค่าสวัสดิการ',
    en: 'The benefit "{name}" is switched off in the benefit settings',
  },
  'elig.project': {
    th: 'จ่ายให้โครงการชุมชน ไม่ต้องตรวจสิทธิ์สมาชิก จำนวนเงินตามมติคณะกรรมการ',
    en: 'Paid to a community project: no member rules apply; the committee sets the amount',
  },
  'elig.noMember': {
    th: 'ไม่พบสมาชิก สวัสดิการนี้จ่ายให้สมาชิกเท่านั้น',
    en: 'No member found; this benefit is paid to members only',
  },
  'elig.noState': {
    th: 'ยังคำนวณสถานะสมาชิกไม่ได้ (ไม่มีข้อมูลเงินฝาก)',
    en: "The member's standing could not be worked out (no deposit data)",
  },
  'elig.statusOk': { th: 'สถานะสมาชิก: {status}', en: 'Member status: {status}' },
  'elig.statusFail': { th: 'ไม่มีสิทธิ์: {status}', en: 'Not entitled: {status}' },
  'elig.deceasedOk': {
    th: 'สมาชิกเสียชีวิตวันที่ {date} ขอรับวันที่ {day}',
    en: 'The member died on {date}; claimed on {day}',
  },
  'elig.notDeceased': {
    th: 'สวัสดิการนี้จ่ายเมื่อสมาชิกเสียชีวิต แต่ทะเบียนสมาชิกยังไม่ได้บันทึกว่าเสียชีวิต',
    en: 'This benefit is paid on death, but the member roll does not record the member as deceased',
  },
  'elig.deathDateMissing': {
    th: 'ทะเบียนสมาชิกบันทึกว่าเสียชีวิตแต่ไม่มีวันที่เสียชีวิต กรุณากรอก "วันที่เปลี่ยนสถานะ"',
    en: 'The roll records the member as deceased but without the date; fill in "Status date"',
  },
  'elig.claimBeforeDeath': {
    th: 'วันที่ขอรับ ({day}) อยู่ก่อนวันที่เสียชีวิต ({date})',
    en: 'The claim date ({day}) is before the date of death ({date})',
  },
  'elig.waitingOk': {
    th: 'เป็นสมาชิกมาแล้ว {days} วัน ครบระยะรอสิทธิ์ {need} วัน',
    en: 'Member for {days} days; the {need}-day waiting period is over',
  },
  'elig.waitingFail': {
    th: 'เป็นสมาชิกมา {days} วัน ยังไม่ครบระยะรอสิทธิ์ {need} วัน (มีสิทธิ์ตั้งแต่ {date})',
    en: 'Member for {days} days; the {need}-day waiting period is not over (entitled from {date})',
  },
  'elig.arrearsOk': { th: 'ไม่มียอดค้างชำระเกินกำหนด', en: 'No overdue arrears' },
  'elig.ageOk': {
    th: 'อายุ {age} ปี อยู่ในเกณฑ์ ({bounds})',
    en: 'Age {age}, within the limits ({bounds})',
  },
  'elig.ageFail': {
    th: 'อายุ {age} ปี ไม่อยู่ในเกณฑ์ ({bounds})',
    en: 'Age {age} is outside the limits ({bounds})',
  },
  'elig.ageUnknown': {
    th: 'ไม่ทราบวันเกิด จึงตรวจเกณฑ์อายุ ({bounds}) ไม่ได้',
    en: 'The birth date is unknown, so the age limits ({bounds}) cannot be checked',
  },
  'elig.unitsInvalid': {
    th: 'จำนวนหน่วย ({units}) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
    en: 'The number of units ({units}) must be a whole number, 1 or more',
  },
  'elig.unitsReduced': {
    th: 'ขอ {units} {unit} จ่ายได้สูงสุดครั้งละ {max} {unit}',
    en: '{units} {unit} claimed; at most {max} per event',
  },
  'elig.tier': {
    th: 'เป็นสมาชิก {years} ปี ได้รับตามขั้น {tierYears} ปีขึ้นไป: {amount} บาท',
    en: 'Member for {years} years: the {tierYears}-year tier pays {amount} baht',
  },
  'elig.tierBelow': {
    th: 'เป็นสมาชิก {years} ปี ยังไม่ถึงขั้นแรก ({first} ปี)',
    en: 'Member for {years} years, below the first tier ({first} years)',
  },
  'elig.amountUnits': {
    th: '{units} {unit} × {per} บาท = {total} บาท',
    en: '{units} {unit} × {per} baht = {total} baht',
  },
  'elig.amountCommittee': {
    th: 'จำนวนเงินตามมติคณะกรรมการ: {amount} บาท',
    en: 'Amount set by the committee: {amount} baht',
  },
  'elig.amountCommitteeMissing': {
    th: 'คณะกรรมการเป็นผู้กำหนดจำนวนเงิน กรุณากรอกจำนวนเงินที่อนุมัติ',
    en: 'The committee sets the amount; enter the approved amount',
  },
  'elig.capEventOk': {
    th: 'ไม่เกินเพดานต่อครั้ง {cap} บาท',
    en: 'Within the {cap} baht cap per event',
  },
  'elig.capEventReduced': {
    th: 'ลดจาก {from} เหลือ {cap} บาท ตามเพดานต่อครั้ง',
    en: 'Reduced from {from} to {cap} baht by the cap per event',
  },
  'elig.capYearOk': {
    th: 'ปีบัญชี {year} รับไปแล้ว {used} บาท จากเพดาน {cap} บาท (เหลือ {left} บาท)',
    en: 'Fiscal year {year}: {used} of the {cap} baht cap used ({left} left)',
  },
  'elig.capYearReduced': {
    th: 'ลดจาก {from} เหลือ {left} บาท เพราะปีบัญชี {year} รับไปแล้ว {used} บาท จากเพดาน {cap} บาท',
    en: 'Reduced from {from} to {left} baht: {used} of the {cap} baht cap for fiscal year {year} already paid',
  },
  'elig.capYearUsed': {
    th: 'ปีบัญชี {year} รับครบเพดาน {cap} บาทแล้ว (รับไป {used} บาท)',
    en: 'The {cap} baht cap for fiscal year {year} is used up ({used} baht paid)',
  },
  'elig.capLifetimeOk': {
    th: 'รับไปแล้วตลอดชีพ {used} บาท จากเพดาน {cap} บาท (เหลือ {left} บาท)',
    en: '{used} of the {cap} baht lifetime cap used ({left} left)',
  },
  'elig.capLifetimeReduced': {
    th: 'ลดจาก {from} เหลือ {left} บาท เพราะรับไปแล้ว {used} บาท จากเพดานตลอดชีพ {cap} บาท',
    en: 'Reduced from {from} to {left} baht: {used} of the {cap} baht lifetime cap already paid',
  },
  'elig.capLifetimeUsed': {
    th: 'รับครบเพดานตลอดชีพ {cap} บาทแล้ว',
    en: 'The {cap} baht lifetime cap is used up',
  },
  'elig.timesOk': {
    th: 'รับไปแล้ว {times} ครั้ง จากสูงสุด {max} ครั้งตลอดชีพ',
    en: 'Received {times} of at most {max} times per lifetime',
  },
  'elig.timesUsed': {
    th: 'รับครบ {max} ครั้งตลอดชีพแล้ว',
    en: 'Already received the maximum of {max} times per lifetime',
  },
  'elig.noAmount': { th: 'จำนวนเงินที่จ่ายได้เป็นศูนย์', en: 'The payable amount is zero' },
  'status.active': { th: 'ปกติ', en: 'active' },
  'status.suspended': { th: 'พักสิทธิ์', en: 'suspended' },
  'status.resigned': { th: 'ลาออก', en: 'resigned' },
  'status.deceased': { th: 'เสียชีวิต', en: 'deceased' },
  'status.lapsed': { th: 'พ้นสภาพ', en: 'lapsed' },
  'status.unknown': { th: 'ไม่ทราบวันที่สมัคร', en: 'join date unknown' },
  'status.not_joined': { th: 'ยังไม่ได้สมัคร', en: 'not yet joined' },
  'bounds.min': { th: 'ตั้งแต่ {min} ปี', en: '{min} or older' },
  'bounds.max': { th: 'ไม่เกิน {max} ปี', en: '{max} or younger' },
  'bounds.both': { th: '{min}–{max} ปี', en: '{min}–{max} years' },
} as const;
