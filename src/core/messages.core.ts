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
    en: (p: P) => `The year "${p.year}" has only two digits, so the century and era are unknown. Type the full four-digit year, e.g. ${p.suggestion}`,
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
    en: (p: P) => `The national ID "${p.value}" was stored as a number and lost digits; format the column as text and type it again`,
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
    en: (p: P) => `The national ID ${p.value} fails its check digit (it should end in ${p.expected}); probably a typing mistake`,
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
} satisfies Record<string, CoreEntry>;
