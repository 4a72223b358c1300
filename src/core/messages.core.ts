/**
 * Messages of src/core (parsers, settings, records, member state, eligibility), Thai first.
 * Merged into the one catalogue in i18n.ts; render them only through text()/t().
 */
type P = Record<string, string | number>;
type CoreEntry = { th: string | ((p: P) => string); en: string | ((p: P) => string) };

export const CORE_MESSAGES = {
  // ---- dates
  'date.empty': { th: 'ไม่ได้ระบุวันที่', en: 'No date given' },
  'date.notADate': {
    th: (p: P) => `"${p.value}" ไม่ใช่วันที่ที่อ่านได้ (ตัวอย่าง: 15/8/2545 หรือ 15 ส.ค. 2545)`,
    en: (p: P) => `"${p.value}" is not a date we can read (e.g. 15/8/2545 or 15 ส.ค. 2545)`,
  },
  'date.twoDigitYear': {
    th: (p: P) => `ปี "${p.year}" มีเพียงสองหลัก ไม่ทราบว่าเป็น พ.ศ. หรือ ค.ศ. ใด กรุณาพิมพ์ปีเต็มสี่หลัก เช่น ${p.suggestion}`,
    en: (p: P) =>
      `The year "${p.year}" has only two digits, so the century and era are unknown. Type the full four-digit year, e.g. ${p.suggestion}`,
  },
  'date.impossible': {
    th: (p: P) => `ไม่มีวันที่ ${p.d} เดือน ${p.m} ปี ${p.y} ในปฏิทิน (รูปแบบคือ วัน/เดือน/ปี)`,
    en: (p: P) => `Day ${p.d} of month ${p.m} in ${p.y} does not exist (the order is day/month/year)`,
  },
  'date.yearOutOfRange': {
    th: (p: P) => `ปี ${p.year} ไม่น่าจะถูกต้อง (พ.ศ. ควรเป็น 2400 ขึ้นไป ค.ศ. ควรอยู่ระหว่าง 1800–2200)`,
    en: (p: P) => `The year ${p.year} looks wrong (a B.E. year is 2400 or more, a C.E. year is 1800–2200)`,
  },
  'date.eraMismatch': {
    th: (p: P) => `ปี ${p.year} ไม่ตรงกับศักราชที่ระบุ (${p.era})`,
    en: (p: P) => `The year ${p.year} does not match the era given (${p.era})`,
  },
  'date.beInDateCell': {
    th: (p: P) => `เซลล์วันที่เก็บปี ${p.year} ซึ่งเป็นปี พ.ศ. ที่ถูกบันทึกเป็น ค.ศ. จึงอ่านเป็น ${p.fixed}`,
    en: (p: P) => `The date cell holds the year ${p.year}, a B.E. year stored as C.E.; read as ${p.fixed}`,
  },
  'date.fixTwoDigit': {
    th: (p: P) => `ถ้าหมายถึง พ.ศ. ให้พิมพ์ ${p.suggestion}`,
    en: (p: P) => `If you meant the Buddhist Era, type ${p.suggestion}`,
  },
  // ---- numbers and ids
  'amount.empty': { th: 'ไม่ได้ระบุจำนวนเงิน', en: 'No amount given' },
  'amount.invalid': {
    th: (p: P) => `"${p.value}" ไม่ใช่จำนวนเงินที่อ่านได้ (ตัวอย่าง: 1,000 หรือ 1000.50)`,
    en: (p: P) => `"${p.value}" is not an amount we can read (e.g. 1,000 or 1000.50)`,
  },
  'amount.tooLarge': {
    th: (p: P) => `จำนวนเงิน "${p.value}" มากเกินจริง (ตั้งแต่ล้านล้านบาทขึ้นไป) อาจพิมพ์ผิดหรือเซลล์ผิดรูปแบบ`,
    en: (p: P) =>
      `The amount "${p.value}" is implausibly large (a trillion baht or more); probably a typing or format mistake`,
  },
  'amount.implausible': {
    th: (p: P) =>
      `จำนวนเงิน "${p.value}" เกินเพดาน ${p.max} บาทต่อรายการ (ตั้งในแผ่นงานตั้งค่า) อาจพิมพ์ผิดหรือวางเลขอื่นลงช่องเงิน จึงไม่นำไปรวมยอด`,
    en: (p: P) =>
      `The amount "${p.value}" is above the ceiling of ${p.max} baht per entry (set in the settings sheet); probably a typing mistake or another number pasted in, so it is not counted`,
  },
  'amount.rounded': {
    th: (p: P) => `ปัดเศษเป็นสตางค์: ${p.value} → ${p.rounded}`,
    en: (p: P) => `Rounded to satang: ${p.value} → ${p.rounded}`,
  },
  'int.invalid': {
    th: (p: P) => `"${p.value}" ไม่ใช่จำนวนเต็มที่อ่านได้`,
    en: (p: P) => `"${p.value}" is not a whole number`,
  },
  'int.negative': {
    th: (p: P) => `"${p.value}" ติดลบ ต้องเป็นศูนย์หรือมากกว่า`,
    en: (p: P) => `"${p.value}" is negative; it must be zero or more`,
  },
  'year.invalid': {
    th: (p: P) => `"${p.value}" ไม่ใช่ปี พ.ศ. สี่หลัก (ตัวอย่าง: 2567)`,
    en: (p: P) => `"${p.value}" is not a four-digit B.E. year (e.g. 2567)`,
  },
  'year.ce': {
    th: (p: P) => `ปี ${p.value} เป็น ค.ศ. อ่านเป็น พ.ศ. ${p.be}`,
    en: (p: P) => `The year ${p.value} is C.E.; read as B.E. ${p.be}`,
  },
  'nid.empty': { th: 'ไม่ได้ระบุเลขประจำตัวประชาชน', en: 'No national ID given' },
  'nid.storedAsNumber': {
    th: (p: P) => `เลขประจำตัวประชาชน "${p.value}" ถูกเก็บเป็นตัวเลขจนเสียหลัก ให้จัดรูปแบบคอลัมน์เป็นข้อความแล้วพิมพ์ใหม่`,
    en: (p: P) =>
      `The national ID "${p.value}" was stored as a number and lost digits; format the column as text and type it again`,
  },
  'nid.length': {
    th: (p: P) => `เลขประจำตัวประชาชนต้องมี 13 หลัก แต่มี ${p.count} หลัก`,
    en: (p: P) => `A national ID has 13 digits; this one has ${p.count}`,
  },
  'nid.chars': {
    th: (p: P) => `เลขประจำตัวประชาชน "${p.value}" มีตัวอักษรที่ไม่ใช่ตัวเลข`,
    en: (p: P) => `The national ID "${p.value}" contains characters that are not digits`,
  },
  'nid.checksum': {
    th: (p: P) => `เลขประจำตัวประชาชน ${p.value} หลักสุดท้ายไม่ถูกต้อง (ตามหลักตรวจสอบควรเป็น ${p.expected}) อาจพิมพ์ผิด`,
    en: (p: P) =>
      `The national ID ${p.value} fails its check digit (it should end in ${p.expected}); probably a typing mistake`,
  },
  'nid.leadingDigit': {
    th: (p: P) => `เลขประจำตัวประชาชนขึ้นต้นด้วย ${p.digit} ซึ่งพบได้น้อย กรุณาตรวจสอบกับบัตร`,
    en: (p: P) => `The national ID starts with ${p.digit}, which is rare; please check it against the card`,
  },
  'nid.leadingZeroLost': {
    th: 'เลขประจำตัวประชาชนถูกเก็บเป็นตัวเลข เลข 0 ตัวหน้าหายไป จึงเติมกลับให้',
    en: 'The national ID was stored as a number and lost its leading 0; it was put back',
  },
  'phone.invalid': {
    th: (p: P) => `"${p.value}" ไม่ใช่หมายเลขโทรศัพท์ที่อ่านได้`,
    en: (p: P) => `"${p.value}" is not a phone number we can read`,
  },
  'phone.unusual': {
    th: (p: P) => `หมายเลขโทรศัพท์ "${p.value}" มีจำนวนหลักไม่ปกติ (โทรศัพท์ไทยมี 9–10 หลัก ขึ้นต้นด้วย 0)`,
    en: (p: P) => `The phone number "${p.value}" has an unusual length (Thai numbers have 9–10 digits starting with 0)`,
  },
  'phone.leadingZeroLost': {
    th: 'หมายเลขโทรศัพท์ถูกเก็บเป็นตัวเลข เลข 0 ตัวหน้าหายไป จึงเติมกลับให้',
    en: 'The phone number was stored as a number and lost its leading 0; it was put back',
  },
  // ---- settings
  'setting.missing': {
    th: (p: P) => `ไม่พบการตั้งค่า "${p.label}" ในแผ่นงานตั้งค่า จึงใช้ค่าเริ่มต้น ${p.default}`,
    en: (p: P) => `The setting "${p.label}" is missing from the settings sheet; using the default ${p.default}`,
  },
  'setting.invalid': {
    th: (p: P) => `ค่า "${p.value}" ของ "${p.label}" ใช้ไม่ได้ (${p.detail}) จึงใช้ค่าเริ่มต้น ${p.default}`,
    en: (p: P) => `The value "${p.value}" of "${p.label}" cannot be used (${p.detail}); using the default ${p.default}`,
  },
  'setting.duplicate': {
    th: (p: P) => `การตั้งค่า "${p.label}" มีซ้ำที่แถว ${p.first} และ ${p.row} ใช้ค่าในแถว ${p.first}`,
    en: (p: P) => `The setting "${p.label}" appears in rows ${p.first} and ${p.row}; row ${p.first} is used`,
  },
  'setting.unknownRow': {
    th: (p: P) => `ไม่รู้จักการตั้งค่า "${p.label}" แถวนี้จะไม่ถูกใช้`,
    en: (p: P) => `Unknown setting "${p.label}"; this row is not used`,
  },
  'setting.noSheet': {
    th: 'ไม่พบแผ่นงานตั้งค่า จึงใช้ค่าเริ่มต้นทั้งหมด',
    en: 'No settings sheet found; all defaults are used',
  },
  'setting.noColumns': {
    th: (p: P) => `แผ่นงานตั้งค่าไม่มีคอลัมน์ "${p.columns}" จึงใช้ค่าเริ่มต้นทั้งหมด`,
    en: (p: P) => `The settings sheet has no "${p.columns}" column; all defaults are used`,
  },
  'setting.fixHint': {
    th: (p: P) => `แก้ค่าในแผ่นงานตั้งค่า เช่น ${p.example}`,
    en: (p: P) => `Correct the value on the settings sheet, e.g. ${p.example}`,
  },
  'setting.lapseBeforeSuspend': {
    th: (p: P) => `จำนวนวันค้างที่พ้นสภาพ (${p.lapse}) น้อยกว่าจำนวนวันที่พักสิทธิ์ (${p.suspend}) สมาชิกจะพ้นสภาพก่อนถูกพักสิทธิ์`,
    en: (p: P) =>
      `Arrears days to lapse (${p.lapse}) are fewer than days to suspend (${p.suspend}); members lapse before being suspended`,
  },
  'setting.percentRead': {
    th: (p: P) => `อ่าน "${p.value}" เป็นร้อยละ ${p.percent}`,
    en: (p: P) => `Read "${p.value}" as ${p.percent} percent`,
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
    th: (p: P) => `ต้องเป็นหนึ่งใน: ${p.choices}`,
    en: (p: P) => `must be one of: ${p.choices}`,
  },
  'benefits.noSheet': {
    th: 'ไม่พบแผ่นงานตั้งค่าสวัสดิการ จึงใช้ประเภทสวัสดิการเริ่มต้น',
    en: 'No benefit settings sheet found; the default benefits are used',
  },
  'benefits.noColumns': {
    th: (p: P) => `แผ่นงานตั้งค่าสวัสดิการไม่มีคอลัมน์ "${p.columns}" จึงใช้ประเภทสวัสดิการเริ่มต้น`,
    en: (p: P) => `The benefit settings sheet has no "${p.columns}" column; the default benefits are used`,
  },
  'benefits.none': {
    th: 'ยังไม่มีประเภทสวัสดิการในแผ่นงานตั้งค่าสวัสดิการ',
    en: 'The benefit settings sheet lists no benefits',
  },
  'benefit.duplicate': {
    th: (p: P) => `รหัสสวัสดิการ "${p.code}" ซ้ำกับแถว ${p.first} แถวนี้จะไม่ถูกใช้`,
    en: (p: P) => `The benefit code "${p.code}" repeats row ${p.first}; this row is not used`,
  },
  'benefit.missingField': {
    th: (p: P) => `สวัสดิการแถวนี้ไม่มี "${p.column}" แถวนี้จะไม่ถูกใช้`,
    en: (p: P) => `This benefit row has no "${p.column}"; the row is not used`,
  },
  'benefit.invalid': {
    th: (p: P) =>
      `ค่า "${p.value}" ในคอลัมน์ "${p.column}" ของสวัสดิการ ${p.code} ใช้ไม่ได้ (${p.detail}) จึงถือว่า ${p.fallback}`,
    en: (p: P) =>
      `The value "${p.value}" in "${p.column}" of benefit ${p.code} cannot be used (${p.detail}); treated as ${p.fallback}`,
  },
  'benefit.badTiers': {
    th: (p: P) =>
      `ขั้นตามอายุสมาชิกของสวัสดิการ ${p.code} อ่านไม่ได้: ${p.detail} จึงไม่ใช้ขั้น (ตัวอย่างที่ถูกต้อง: 1=3000, 3=5000, 5=10000)`,
    en: (p: P) =>
      `The tiers of benefit ${p.code} cannot be read: ${p.detail}; no tiers are used (correct example: 1=3000, 3=5000, 5=10000)`,
  },
  'benefit.ageOrder': {
    th: (p: P) => `สวัสดิการ ${p.code}: อายุขั้นต่ำ (${p.min}) มากกว่าอายุสูงสุด (${p.max}) จะไม่มีใครได้รับ`,
    en: (p: P) =>
      `Benefit ${p.code}: the minimum age (${p.min}) is above the maximum age (${p.max}); nobody can receive it`,
  },
  'fallback.noLimit': { th: 'ไม่จำกัด', en: 'no limit' },
  'fallback.member': { th: 'จ่ายให้สมาชิก', en: 'paid to a member' },
  'fallback.yes': { th: 'ใช่', en: 'yes' },
  'fallback.no': { th: 'ไม่', en: 'no' },
  'fallback.committee': { th: 'คณะกรรมการกำหนดจำนวนเงิน', en: 'amount set by the committee' },
  'tiers.piece': {
    th: (p: P) => `"${p.piece}" ไม่อยู่ในรูป ปี=บาท`,
    en: (p: P) => `"${p.piece}" is not in the form years=baht`,
  },
  'tiers.order': {
    th: (p: P) => `ปี ${p.years} ซ้ำหรือไม่เรียงจากน้อยไปมาก`,
    en: (p: P) => `the year ${p.years} repeats or is out of order`,
  },
  'tiers.notText': {
    th: 'ต้องเป็นข้อความ ปี=บาท คั่นด้วยจุลภาค',
    en: 'must be text years=baht separated by commas',
  },
  // ---- records
  'sheet.missingColumn': {
    th: (p: P) => `แผ่นงาน "${p.sheet}" ไม่มีคอลัมน์ "${p.column}" ซึ่งจำเป็น`,
    en: (p: P) => `The sheet "${p.sheet}" has no "${p.column}" column, which is required`,
  },
  'cell.required': {
    th: (p: P) => `ยังไม่ได้กรอก "${p.column}"`,
    en: (p: P) => `"${p.column}" is empty`,
  },
  'cell.unknownChoice': {
    th: (p: P) => `"${p.value}" ไม่ใช่ค่าที่รู้จักของ "${p.column}" (ใช้ได้: ${p.choices})`,
    en: (p: P) => `"${p.value}" is not a known value of "${p.column}" (allowed: ${p.choices})`,
  },
  'cell.negativeAmount': {
    th: (p: P) => `จำนวนเงินติดลบ (${p.value}) ถือเป็นรายการกลับรายการ/แก้ไขรายการก่อนหน้า`,
    en: (p: P) => `Negative amount (${p.value}) is read as a reversal of an earlier entry`,
  },
  'cell.idAsDate': {
    th: (p: P) => `"${p.column}" ถูกเก็บเป็นวันที่ (${p.value}) ให้จัดรูปแบบคอลัมน์เป็นข้อความแล้วพิมพ์ใหม่`,
    en: (p: P) => `"${p.column}" was stored as a date (${p.value}); format the column as text and type it again`,
  },
  // ---- member state
  'state.noJoinDate': {
    th: 'ไม่ทราบวันที่สมัคร จึงคำนวณสิทธิ์และยอดค้างไม่ได้',
    en: 'The join date is unknown, so rights and arrears cannot be worked out',
  },
  'state.notJoined': {
    th: (p: P) => `ยังไม่เป็นสมาชิก ณ วันนั้น (สมัครวันที่ ${p.date})`,
    en: (p: P) => `Not yet a member on that day (joined ${p.date})`,
  },
  'state.resigned': { th: (p: P) => `ลาออกแล้ว (${p.date})`, en: (p: P) => `Resigned (${p.date})` },
  'state.deceased': { th: (p: P) => `เสียชีวิตแล้ว (${p.date})`, en: (p: P) => `Deceased (${p.date})` },
  'state.lapsed': { th: (p: P) => `พ้นสภาพแล้ว (${p.date})`, en: (p: P) => `Lapsed (${p.date})` },
  'state.dateUnknown': { th: 'ไม่ทราบวันที่', en: 'date unknown' },
  'state.lapsedArrears': {
    th: (p: P) => `พ้นสภาพเพราะค้างเงินออม ${p.days} วัน (${p.baht} บาท) เกินกำหนด ${p.limit} วัน`,
    en: (p: P) => `Lapsed: savings ${p.days} days (${p.baht} baht) behind, more than the ${p.limit}-day limit`,
  },
  'state.suspendedSavings': {
    th: (p: P) => `พักสิทธิ์เพราะค้างเงินออม ${p.days} วัน (${p.baht} บาท) เกินกำหนด ${p.limit} วัน`,
    en: (p: P) => `Suspended: savings ${p.days} days (${p.baht} baht) behind, more than the ${p.limit}-day limit`,
  },
  'state.suspendedAnnualFee': {
    th: (p: P) => `พักสิทธิ์เพราะค้างค่าบำรุงรายปี ปี ${p.years} (${p.baht} บาท)`,
    en: (p: P) => `Suspended: annual fee not paid for ${p.years} (${p.baht} baht)`,
  },
  'state.active': {
    th: (p: P) => `สมาชิกปกติ เงินออมครบถึงวันที่ ${p.date}`,
    en: (p: P) => `Active member; savings paid through ${p.date}`,
  },
  'state.activeNoSavings': { th: 'สมาชิกปกติ', en: 'Active member' },
  // ---- eligibility
  'elig.benefitActive': {
    th: (p: P) => `สวัสดิการ "${p.name}" เปิดใช้งานอยู่`,
    en: (p: P) => `The benefit "${p.name}" is in use`,
  },
  'elig.benefitInactive': {
    th: (p: P) => `สวัสดิการ "${p.name}" ปิดใช้งานในแผ่นงานตั้งค่าสวัสดิการ`,
    en: (p: P) => `The benefit "${p.name}" is switched off in the benefit settings`,
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
  'elig.statusOk': { th: (p: P) => `สถานะสมาชิก: ${p.status}`, en: (p: P) => `Member status: ${p.status}` },
  'elig.statusFail': { th: (p: P) => `ไม่มีสิทธิ์: ${p.status}`, en: (p: P) => `Not entitled: ${p.status}` },
  'elig.deceasedOk': {
    th: (p: P) => `สมาชิกเสียชีวิตวันที่ ${p.date} ขอรับวันที่ ${p.day}`,
    en: (p: P) => `The member died on ${p.date}; claimed on ${p.day}`,
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
    th: (p: P) => `วันที่ขอรับ (${p.day}) อยู่ก่อนวันที่เสียชีวิต (${p.date})`,
    en: (p: P) => `The claim date (${p.day}) is before the date of death (${p.date})`,
  },
  'elig.waitingOk': {
    th: (p: P) => `เป็นสมาชิกมาแล้ว ${p.days} วัน ครบระยะรอสิทธิ์ ${p.need} วัน`,
    en: (p: P) => `Member for ${p.days} days; the ${p.need}-day waiting period is over`,
  },
  'elig.waitingFail': {
    th: (p: P) => `เป็นสมาชิกมา ${p.days} วัน ยังไม่ครบระยะรอสิทธิ์ ${p.need} วัน (มีสิทธิ์ตั้งแต่ ${p.date})`,
    en: (p: P) => `Member for ${p.days} days; the ${p.need}-day waiting period is not over (entitled from ${p.date})`,
  },
  'elig.arrearsOk': { th: 'ไม่มียอดค้างชำระเกินกำหนด', en: 'No overdue arrears' },
  'elig.ageOk': {
    th: (p: P) => `อายุ ${p.age} ปี อยู่ในเกณฑ์ (${p.bounds})`,
    en: (p: P) => `Age ${p.age}, within the limits (${p.bounds})`,
  },
  'elig.ageFail': {
    th: (p: P) => `อายุ ${p.age} ปี ไม่อยู่ในเกณฑ์ (${p.bounds})`,
    en: (p: P) => `Age ${p.age} is outside the limits (${p.bounds})`,
  },
  'elig.ageUnknown': {
    th: (p: P) => `ไม่ทราบวันเกิด จึงตรวจเกณฑ์อายุ (${p.bounds}) ไม่ได้`,
    en: (p: P) => `The birth date is unknown, so the age limits (${p.bounds}) cannot be checked`,
  },
  'elig.unitsInvalid': {
    th: (p: P) => `จำนวนหน่วย (${p.units}) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป`,
    en: (p: P) => `The number of units (${p.units}) must be a whole number, 1 or more`,
  },
  'elig.unitsReduced': {
    th: (p: P) => `ขอ ${p.units} ${p.unit} จ่ายได้สูงสุดครั้งละ ${p.max} ${p.unit}`,
    en: (p: P) => `${p.units} ${p.unit} claimed; at most ${p.max} per event`,
  },
  'elig.tier': {
    th: (p: P) => `เป็นสมาชิก ${p.years} ปี ได้รับตามขั้น ${p.tierYears} ปีขึ้นไป: ${p.amount} บาท`,
    en: (p: P) => `Member for ${p.years} years: the ${p.tierYears}-year tier pays ${p.amount} baht`,
  },
  'elig.tierBelow': {
    th: (p: P) => `เป็นสมาชิก ${p.years} ปี ยังไม่ถึงขั้นแรก (${p.first} ปี)`,
    en: (p: P) => `Member for ${p.years} years, below the first tier (${p.first} years)`,
  },
  'elig.amountUnits': {
    th: (p: P) => `${p.units} ${p.unit} × ${p.per} บาท = ${p.total} บาท`,
    en: (p: P) => `${p.units} ${p.unit} × ${p.per} baht = ${p.total} baht`,
  },
  'elig.amountCommittee': {
    th: (p: P) => `จำนวนเงินตามมติคณะกรรมการ: ${p.amount} บาท`,
    en: (p: P) => `Amount set by the committee: ${p.amount} baht`,
  },
  'elig.amountCommitteeMissing': {
    th: 'คณะกรรมการเป็นผู้กำหนดจำนวนเงิน กรุณากรอกจำนวนเงินที่อนุมัติ',
    en: 'The committee sets the amount; enter the approved amount',
  },
  'elig.capEventOk': {
    th: (p: P) => `ไม่เกินเพดานต่อครั้ง ${p.cap} บาท`,
    en: (p: P) => `Within the ${p.cap} baht cap per event`,
  },
  'elig.capEventReduced': {
    th: (p: P) => `ลดจาก ${p.from} เหลือ ${p.cap} บาท ตามเพดานต่อครั้ง`,
    en: (p: P) => `Reduced from ${p.from} to ${p.cap} baht by the cap per event`,
  },
  'elig.capYearOk': {
    th: (p: P) => `ปีบัญชี ${p.year} รับไปแล้ว ${p.used} บาท จากเพดาน ${p.cap} บาท (เหลือ ${p.left} บาท)`,
    en: (p: P) => `Fiscal year ${p.year}: ${p.used} of the ${p.cap} baht cap used (${p.left} left)`,
  },
  'elig.capYearReduced': {
    th: (p: P) => `ลดจาก ${p.from} เหลือ ${p.left} บาท เพราะปีบัญชี ${p.year} รับไปแล้ว ${p.used} บาท จากเพดาน ${p.cap} บาท`,
    en: (p: P) =>
      `Reduced from ${p.from} to ${p.left} baht: ${p.used} of the ${p.cap} baht cap for fiscal year ${p.year} already paid`,
  },
  'elig.capYearUsed': {
    th: (p: P) => `ปีบัญชี ${p.year} รับครบเพดาน ${p.cap} บาทแล้ว (รับไป ${p.used} บาท)`,
    en: (p: P) => `The ${p.cap} baht cap for fiscal year ${p.year} is used up (${p.used} baht paid)`,
  },
  'elig.capLifetimeOk': {
    th: (p: P) => `รับไปแล้วตลอดชีพ ${p.used} บาท จากเพดาน ${p.cap} บาท (เหลือ ${p.left} บาท)`,
    en: (p: P) => `${p.used} of the ${p.cap} baht lifetime cap used (${p.left} left)`,
  },
  'elig.capLifetimeReduced': {
    th: (p: P) => `ลดจาก ${p.from} เหลือ ${p.left} บาท เพราะรับไปแล้ว ${p.used} บาท จากเพดานตลอดชีพ ${p.cap} บาท`,
    en: (p: P) => `Reduced from ${p.from} to ${p.left} baht: ${p.used} of the ${p.cap} baht lifetime cap already paid`,
  },
  'elig.capLifetimeUsed': {
    th: (p: P) => `รับครบเพดานตลอดชีพ ${p.cap} บาทแล้ว`,
    en: (p: P) => `The ${p.cap} baht lifetime cap is used up`,
  },
  'elig.timesOk': {
    th: (p: P) => `รับไปแล้ว ${p.times} ครั้ง จากสูงสุด ${p.max} ครั้งตลอดชีพ`,
    en: (p: P) => `Received ${p.times} of at most ${p.max} times per lifetime`,
  },
  'elig.timesUsed': {
    th: (p: P) => `รับครบ ${p.max} ครั้งตลอดชีพแล้ว`,
    en: (p: P) => `Already received the maximum of ${p.max} times per lifetime`,
  },
  'elig.noAmount': { th: 'จำนวนเงินที่จ่ายได้เป็นศูนย์', en: 'The payable amount is zero' },
  'status.active': { th: 'ปกติ', en: 'active' },
  'status.suspended': { th: 'พักสิทธิ์', en: 'suspended' },
  'status.resigned': { th: 'ลาออก', en: 'resigned' },
  'status.deceased': { th: 'เสียชีวิต', en: 'deceased' },
  'status.lapsed': { th: 'พ้นสภาพ', en: 'lapsed' },
  'status.unknown': { th: 'ไม่ทราบวันที่สมัคร', en: 'join date unknown' },
  'status.not_joined': { th: 'ยังไม่ได้สมัคร', en: 'not yet joined' },
  'bounds.min': { th: (p: P) => `ตั้งแต่ ${p.min} ปี`, en: (p: P) => `${p.min} or older` },
  'bounds.max': { th: (p: P) => `ไม่เกิน ${p.max} ปี`, en: (p: P) => `${p.max} or younger` },
  'bounds.both': { th: (p: P) => `${p.min}–${p.max} ปี`, en: (p: P) => `${p.min}–${p.max} years` },
} satisfies Record<string, CoreEntry>;
