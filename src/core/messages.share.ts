/**
 * Messages of the read-only summary shared with local government, Thai first. Merged
 * into the one catalogue in i18n.ts; render them only through text()/t().
 */

export const SHARE_MESSAGES = {
  // ---- the e-mail box
  'share.email.thai': {
    th: '"{email}" มีตัวอักษรไทย อีเมลใช้ได้เฉพาะตัวอักษรภาษาอังกฤษ (ตรวจว่าแป้นพิมพ์เป็นภาษาอังกฤษ)',
    en: '"{email}" has Thai letters; an e-mail address uses English letters only (check the keyboard language)',
  },
  'share.email.chars': {
    th: '"{email}" มีอักขระที่ใช้ในอีเมลไม่ได้',
    en: '"{email}" has characters an e-mail address cannot have',
  },
  'share.email.noAt': {
    th: '"{email}" ไม่มีเครื่องหมาย @ (ตัวอย่าง: somchai@gmail.com)',
    en: '"{email}" has no @ sign (e.g. somchai@gmail.com)',
  },
  'share.email.twoAt': {
    th: '"{email}" มีเครื่องหมาย @ มากกว่าหนึ่งตัว — ถ้ามีหลายอีเมลให้คั่นด้วยจุลภาคหรือขึ้นบรรทัดใหม่',
    en: '"{email}" has more than one @ — separate several addresses with commas or new lines',
  },
  'share.email.noName': {
    th: '"{email}" ไม่มีชื่อผู้ใช้ก่อนเครื่องหมาย @',
    en: '"{email}" has no name before the @',
  },
  'share.email.noDomain': {
    th: '"{email}" ไม่มีชื่อโดเมนหลังเครื่องหมาย @ (เช่น @gmail.com)',
    en: '"{email}" has no domain after the @ (e.g. @gmail.com)',
  },
  'share.email.badName': {
    th: '"{email}" ชื่อผู้ใช้ก่อน @ ไม่ถูกต้อง',
    en: '"{email}": the name before the @ is not valid',
  },
  'share.email.noDot': {
    th: '"{email}" ชื่อโดเมนไม่ครบ ต้องมีจุด เช่น @gmail.com หรือ @abt.go.th',
    en: '"{email}": the domain is incomplete; it needs a dot, e.g. @gmail.com or @abt.go.th',
  },
  'share.email.badDomain': {
    th: '"{email}" ชื่อโดเมนหลัง @ ไม่ถูกต้อง',
    en: '"{email}": the domain after the @ is not valid',
  },
  'share.email.tooMany': {
    th: 'ใส่อีเมลได้ครั้งละไม่เกิน {max} รายการ (ใส่มา {count} รายการ)',
    en: 'At most {max} addresses at a time ({count} given)',
  },
  'share.email.owner': {
    th: '{email} เป็นเจ้าของไฟล์อยู่แล้ว ไม่ต้องแบ่งปัน',
    en: '{email} owns the file already; no need to share with them',
  },

  // ---- the sidebar
  'share.title': { th: 'แบ่งปันรายงานให้หน่วยงาน', en: 'Share with local government' },
  'share.intro': {
    th: 'สร้างไฟล์แยกที่มีแต่ตัวเลขสรุป (ไม่มีชื่อ เลขบัตร ที่อยู่ หรือเบอร์โทรของสมาชิก) แล้วแบ่งปันให้ อปท. หรือหน่วยงานดูได้อย่างเดียว กดอีกครั้งเมื่อใดก็ได้เพื่ออัปเดตไฟล์เดิม',
    en: 'Makes a separate file of summary figures only (no member names, ID numbers, addresses or phones) and shares it view-only with local government. Run it again any time to update the same file.',
  },
  'share.emails': { th: 'อีเมลของผู้ที่จะให้ดู', en: 'E-mail addresses to share with' },
  'share.emailsHelp': {
    th: 'คั่นหลายอีเมลด้วยจุลภาคหรือขึ้นบรรทัดใหม่ เว้นว่างได้ถ้าต้องการอัปเดตไฟล์อย่างเดียว',
    en: 'Separate several with commas or new lines; leave empty to only update the file',
  },
  'share.asOf': { th: 'ข้อมูล ณ วันที่ (พ.ศ.)', en: 'Figures as of (B.E.)' },
  'share.asOfHelp': { th: 'เช่น 30/9/2568 เว้นว่าง = วันนี้', en: 'e.g. 30/9/2568; empty = today' },
  'share.period': { th: 'ช่วงรายงาน', en: 'Reporting period' },
  'share.period.fiscal': { th: 'ปีงบประมาณ', en: 'Fiscal year' },
  'share.period.calendar': { th: 'ปีปฏิทิน', en: 'Calendar year' },
  'share.submit': { th: 'สร้าง/อัปเดตและแบ่งปัน', en: 'Build or update, and share' },
  'share.working': { th: 'กำลังสร้างรายงาน…', en: 'Building the report…' },
  'share.viewers': { th: 'ผู้ที่ดูไฟล์นี้ได้', en: 'Who can see this file' },
  'share.noViewers': { th: 'ยังไม่ได้แบ่งปันให้ใคร', en: 'Not shared with anyone yet' },
  'share.noFile': { th: 'ยังไม่เคยสร้างไฟล์สรุปสำหรับหน่วยงาน', en: 'No summary for local government has been made yet' },
  'share.openFile': { th: 'เปิดไฟล์สรุป', en: 'Open the summary file' },
  'share.owner': { th: 'เจ้าของ', en: 'owner' },
  'share.canView': { th: 'ดูได้อย่างเดียว', en: 'can view' },
  'share.canEdit': { th: 'แก้ไขได้ (ควรลบออก)', en: 'can edit (remove them)' },
  'share.remove': { th: 'ลบ', en: 'Remove' },
  'share.removeLabel': { th: 'เลิกแบ่งปันให้ {email}', en: 'Stop sharing with {email}' },
  'share.fixErrors': { th: 'กรุณาแก้ข้อมูลที่มีเครื่องหมายเตือนก่อน', en: 'Please correct the marked fields first' },

  // ---- what happened
  'share.fileName': {
    th: '{fund} — สรุปสำหรับหน่วยงาน',
    en: '{fund} — summary for local government',
  },
  'share.created': {
    th: 'สร้างไฟล์ "{name}" แล้ว ({sheets} แผ่นงาน ข้อมูล ณ วันที่ {asOf})',
    en: 'Made the file "{name}" ({sheets} sheets, as of {asOf})',
  },
  'share.updated': {
    th: 'อัปเดตไฟล์ "{name}" แล้ว ไฟล์เดิม ลิงก์เดิม ({sheets} แผ่นงาน ข้อมูล ณ วันที่ {asOf})',
    en: 'Updated "{name}" in place, same file and link ({sheets} sheets, as of {asOf})',
  },
  'share.recreated': {
    th: 'ไฟล์สรุปเดิมถูกลบ อยู่ในถังขยะ หรือเปิดไม่ได้ จึงสร้างไฟล์ใหม่แทน ผู้ที่เคยได้รับลิงก์เดิมต้องได้รับลิงก์ใหม่ — ใส่อีเมลของพวกเขาแล้วแบ่งปันอีกครั้ง',
    en: 'The previous summary file was deleted, is in the trash or cannot be opened, so a new file was made. People who had the old link need the new one: enter their e-mail addresses and share again.',
  },
  'share.replaced': {
    th: 'สร้างไฟล์สรุปใหม่ของคุณเองแทนไฟล์ของเลขานุการคนก่อนตามที่ขอ ลิงก์เดิมที่หน่วยงานมีจะไม่อัปเดตอีก — ใส่อีเมลของหน่วยงานแล้วแบ่งปันไฟล์ใหม่นี้',
    en: "Made a new summary file of your own in place of the previous secretary's, as asked. The link local government has will no longer update: enter their addresses and share this new file.",
  },
  'share.err.elsewhere': {
    th: 'ไฟล์สรุปสำหรับหน่วยงานเป็นของ {owner} ส่วนเสริมของคุณเปิดไฟล์ที่คนอื่นสร้างไม่ได้ (Google ให้สิทธิ์ต่อคน) จึงยังไม่ได้อัปเดตอะไร — ขอให้ {owner} เปิดเมนูนี้แล้วกดอัปเดต หรือถ้าต้องการให้คุณดูแลแทน กด "สร้างไฟล์ใหม่ของฉัน" (หน่วยงานต้องได้รับลิงก์ใหม่)',
    en: 'The summary file for local government belongs to {owner}. Your add-on cannot open a file someone else made (Google grants this per person), so nothing was updated. Ask {owner} to open this menu and update it, or, to take it over, press "Make my own new file" (local government will need the new link).',
  },
  'share.ownedBy': {
    th: 'ไฟล์นี้เป็นของ {owner}',
    en: 'This file belongs to {owner}',
  },
  'share.replace': { th: 'สร้างไฟล์ใหม่ของฉัน', en: 'Make my own new file' },
  'share.sharedWith': {
    th: 'แบ่งปันให้ดูได้อย่างเดียว: {emails}',
    en: 'Shared view-only with: {emails}',
  },
  'share.madeViewOnly': {
    th: 'เปลี่ยนสิทธิ์จากแก้ไขได้เป็นดูได้อย่างเดียว: {emails}',
    en: 'Changed from editor to view-only: {emails}',
  },
  'share.removed': {
    th: 'เลิกแบ่งปันให้ {email} แล้ว',
    en: 'Stopped sharing with {email}',
  },
  'share.notShared': {
    th: '{email} ไม่ได้อยู่ในรายชื่อผู้ที่ดูไฟล์นี้ได้',
    en: '{email} is not among the people who can see this file',
  },
  'share.redacted': {
    th: 'ตัดข้อความที่ตรงกับข้อมูลส่วนบุคคลของสมาชิกออก {count} ช่อง ก่อนแบ่งปัน',
    en: "Removed {count} cells matching members' personal data before sharing",
  },
  'share.err.notSetUp': {
    th: 'ยังไม่พบทะเบียนสมาชิกหรือตั้งค่ากองทุน กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน',
    en: 'No member roll or fund settings found. Use "Set up the fund book" first.',
  },
  'share.err.future': {
    th: 'วันที่ {date} ยังมาไม่ถึง ใช้วันนี้หรือวันก่อนหน้า',
    en: '{date} is in the future; use today or an earlier day',
  },
  'share.err.period': {
    th: 'ช่วงรายงาน "{value}" ไม่ถูกต้อง ใช้ได้เฉพาะปีงบประมาณ (fiscal) หรือปีปฏิทิน (calendar)',
    en: 'The period "{value}" is not valid: use fiscal or calendar',
  },
  'share.err.noDrive': {
    th: 'บริการ Drive ขั้นสูงยังไม่ได้เปิดใช้ในโปรเจกต์นี้ (appsscript.json) จึงสร้างไฟล์สรุปไม่ได้',
    en: 'The advanced Drive service is not enabled in this project (appsscript.json), so the summary file cannot be made.',
  },
  'share.err.emails': {
    th: 'อีเมลไม่ถูกต้อง {count} รายการ ยังไม่ได้แบ่งปัน: {list}',
    en: '{count} e-mail addresses are not valid; nothing was shared: {list}',
  },

  // ---- inside the shared file
  'share.sheet.about': { th: 'เกี่ยวกับรายงานนี้', en: 'About this report' },
  'share.about.title': {
    th: 'รายงานสรุปของ{fund} สำหรับองค์กรปกครองส่วนท้องถิ่นและหน่วยงานที่สนับสนุน',
    en: 'Summary of {fund} for local government and funders',
  },
  'share.about.place': { th: 'ที่ตั้งกองทุน', en: 'Where' },
  'share.about.asOf': { th: 'ข้อมูล ณ วันที่', en: 'Figures as of' },
  'share.about.period': { th: 'ช่วงรายงาน', en: 'Reporting period' },
  'share.about.built': { th: 'สร้างเมื่อ', en: 'Made' },
  'share.about.sheets': { th: 'แผ่นงานในไฟล์นี้', en: 'Sheets in this file' },
  'share.about.readOnly': {
    th: 'ไฟล์นี้กองทุนสร้างใหม่ทุกครั้งที่อัปเดต เป็นตัวเลขอย่างเดียว ไม่มีสูตร และไม่เชื่อมกับสมุดบัญชีของกองทุน',
    en: 'The fund rebuilds this file at each update: figures only, no formulas, no link back to the fund\u2019s own book.',
  },
  'share.about.privacy': {
    th: 'คุ้มครองข้อมูลส่วนบุคคล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562): ไม่มีชื่อ เลขประจำตัวประชาชน ที่อยู่ เบอร์โทร หรือผู้รับผลประโยชน์ของสมาชิก ในแผ่นงาน "สรุปตามหมู่บ้าน" จำนวนรายของสวัสดิการที่เป็นข้อมูลอ่อนไหว (เจ็บป่วย พิการ เสียชีวิต) ที่น้อยกว่า {threshold} รายจะแสดงเป็น "<{threshold}" และไม่แสดงจำนวนเงิน ช่องที่แสดงว่า "ปกปิด" ถูกซ่อนเพิ่มเพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้ ยอดรวมระดับกองทุนเป็นตัวเลขจริงทั้งหมด',
    en: 'Personal data protection (Thailand\'s PDPA 2019): no member names, national ID numbers, addresses, phones or beneficiaries. In "By village", counts of sensitive benefits (sickness, disability, death) below {threshold} show as "<{threshold}" with the baht hidden; cells marked "hidden" are hidden as well so that no small count can be worked out from the totals. Fund-level totals are exact.',
  },
  'share.about.monthly': {
    th: 'สรุปรายเดือนแสดงสวัสดิการรวมทุกประเภท ไม่แยกประเภทและไม่แยกหมู่บ้าน เพื่อไม่ให้ระบุตัวผู้ป่วยหรือผู้เสียชีวิตได้',
    en: 'The monthly summary shows welfare of all kinds together, not by kind or village, so that no sick or deceased person can be singled out.',
  },
  'share.village.byBenefit': {
    th: 'สวัสดิการแยกตามหมู่บ้านและประเภท (ตั้งแต่เริ่มกองทุน)',
    en: 'Welfare by village and benefit (since the fund began)',
  },
  'share.village.cases': { th: '{benefit} (ราย)', en: '{benefit} (cases)' },
  'share.village.baht': { th: '{benefit} (บาท)', en: '{benefit} (baht)' },
  'share.hidden': { th: 'ปกปิด', en: 'hidden' },
  'share.village.pooled': {
    th: 'หมู่บ้านอื่น ๆ รวมกัน (แต่ละแห่งมีสมาชิกน้อยกว่า {n} คน หรือชื่อในช่องหมู่บ้านไม่ใช่ชื่อหมู่บ้าน)',
    en: 'Other villages together (each with fewer than {n} members, or a village cell that is not a village name)',
  },
  'share.lessThan': { th: '<{n}', en: '<{n}' },
  'share.village.note': {
    th: '"<{threshold}" = มีน้อยกว่า {threshold} ราย ไม่แสดงจำนวนจริงเพื่อคุ้มครองข้อมูลส่วนบุคคล · "ปกปิด" = ซ่อนเพิ่มเพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้',
    en: '"<{threshold}" = fewer than {threshold} cases, not shown to protect personal data · "hidden" = hidden as well so it cannot be worked out from the totals',
  },
} as const;
