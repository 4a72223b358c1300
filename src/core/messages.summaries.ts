/**
 * Messages of the summary sheets, Thai first. Merged into the one catalogue in i18n.ts;
 * render them only through text()/t().
 */

export const SUMMARY_MESSAGES = {
  // ---- sheet names (always written in Thai so a rebuild finds the same sheet) and titles
  'sum.sheet.fundStatus': { th: 'ฐานะกองทุน', en: 'Fund status' },
  'sum.sheet.monthly': { th: 'สรุปรายเดือน', en: 'Monthly summary' },
  'sum.sheet.byBenefit': { th: 'สรุปตามสวัสดิการ', en: 'Welfare by benefit' },
  'sum.sheet.byVillage': { th: 'สรุปตามหมู่บ้าน', en: 'By village' },
  'sum.sheet.arrears': { th: 'ค้างชำระ', en: 'Arrears' },
  'sum.sheet.statements': { th: 'รายการของสมาชิก', en: 'Member statements' },
  'sum.sheet.matching': { th: 'รายงานเงินสมทบ', en: 'Matching-fund report' },
  'sum.title': {
    th: '{report} — {fund}',
    en: '{report} — {fund}',
  },
  'sum.asOf': { th: 'ข้อมูล ณ วันที่ {date}', en: 'As of {date}' },
  'sum.period.fiscal': {
    th: 'ช่วงรายงาน: ปีงบประมาณ {name} ({span})',
    en: 'Period: fiscal year {name} B.E. ({span})',
  },
  'sum.period.calendar': {
    th: 'ช่วงรายงาน: ปี พ.ศ. {name} ({span})',
    en: 'Period: year {name} B.E. ({span})',
  },
  'sum.internal': {
    th: 'ข้อมูลภายในกองทุน มีชื่อสมาชิก ห้ามส่งต่อหรือเผยแพร่นอกกองทุน',
    en: 'Internal to the fund: holds members\u2019 names; do not pass on or publish',
  },
  'sum.done': {
    th: 'สร้างรายงานสรุป {count} แผ่นงาน (ข้อมูล ณ วันที่ {date})',
    en: 'Built {count} summary sheets (as of {date})',
  },
  'sum.err.date': {
    th: 'วันที่ข้อมูล "{value}" อ่านไม่ได้: {reasonTh}',
    en: 'The as-of date "{value}" cannot be read: {reasonEn}',
  },
  'sum.err.period': {
    th: 'ช่วงรายงาน "{value}" ไม่ถูกต้อง ใช้ได้เฉพาะ calendar (ปีปฏิทิน) หรือ fiscal (ปีงบประมาณ)',
    en: 'The period "{value}" is not valid: use calendar or fiscal',
  },
  'sum.err.sheetMissing': {
    th: 'ไม่พบแผ่นงาน {sheets} ในสมุดบัญชี จึงยังไม่สร้างรายงาน เพราะยอดเงินจะผิด ถ้าเปลี่ยนชื่อแผ่นงานไว้ ให้เปลี่ยนกลับเป็นชื่อเดิม ถ้ายังไม่มี ให้ใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน"',
    en: 'The book has no {sheetsEn} sheet, so no report was made: its figures would be wrong. If the sheet was renamed, give it its name back; if it was never made, use "Set up the fund book".',
  },
  // ---- the step-by-step build of a big book (src/addon/summaries/resumable.ts, the Progress sidebar)
  'sum.run.title': { th: 'สร้างรายงานสรุปทีละช่วง', en: 'Building the summaries step by step' },
  'sum.run.intro': {
    th: 'สมุดบัญชีนี้มีรายการมาก จึงอ่านทีละช่วงเพื่อไม่ให้เกินเวลา 6 นาทีของ Google ปิดแถบนี้ได้ เปิดใหม่แล้วกด "ทำต่อ" จะทำต่อจากช่วงที่ค้างไว้',
    en: 'This book has many rows, so it is read a slice at a time to stay inside Google’s 6-minute limit. You may close this panel: open it again and press "Carry on" to continue where it stopped.',
  },
  'sum.run.start': { th: 'เริ่มสร้างรายงานสรุป', en: 'Build the summaries' },
  'sum.run.working': { th: 'กำลังทำ…', en: 'Working…' },
  'sum.run.progress': {
    th: 'อ่านแล้ว {done} จาก {total} แถว ({pct}%) — แผ่นงาน {sheet}',
    en: 'Read {done} of {total} rows ({pct}%) — sheet {sheet}',
  },
  'sum.run.writing': { th: 'อ่านครบแล้ว กำลังเขียนรายงาน…', en: 'All rows read; writing the reports…' },
  'sum.run.unfinished': {
    th: 'มีการสร้างรายงานที่ค้างไว้ (อ่านแล้ว {done} จาก {total} แถว)',
    en: 'A build was left unfinished ({done} of {total} rows read)',
  },
  'sum.run.carryOn': { th: 'ทำต่อ', en: 'Carry on' },
  'sum.run.restart': { th: 'เริ่มใหม่', en: 'Start again' },
  'sum.run.stopped': {
    th: 'หยุดกลางคัน ข้อมูลที่อ่านแล้วยังอยู่ กด "ทำต่อ" เพื่อทำต่อจากช่วงที่ค้าง',
    en: 'Stopped part-way. What was read is kept: press "Carry on" to continue.',
  },
  'sum.run.stale': {
    th: 'การสร้างรายงานนี้ถูกเริ่มใหม่หรือเสร็จไปแล้ว กรุณาเปิดแถบนี้ใหม่',
    en: 'This build was restarted or has finished. Please open this panel again.',
  },
  'sum.run.sheetGone': {
    th: 'ไม่พบแผ่นงาน "{sheet}" ระหว่างสร้างรายงาน กรุณาเริ่มใหม่',
    en: 'The sheet "{sheet}" disappeared during the build. Please start again.',
  },
  'sum.run.notDone': {
    th: 'ยังอ่านข้อมูลไม่ครบ กด "ทำต่อ" ก่อน',
    en: 'Not every row has been read yet. Press "Carry on" first.',
  },
  'sum.err.noRecords': {
    th: 'ไม่พบแผ่นงานทะเบียนสมาชิกหรือเงินฝาก กรุณาใช้เมนู "ตั้งค่าสมุดบัญชีกองทุน" ก่อน',
    en: 'No member roll or deposit log was found. Use "Set up the fund book" first.',
  },

  // ---- column headings shared by several sheets
  'sum.col.all': { th: 'ตั้งแต่เริ่มกองทุน', en: 'Since the start' },
  'sum.col.period': { th: 'ในช่วงรายงาน', en: 'In the period' },
  'sum.col.item': { th: 'รายการ', en: 'Item' },
  'sum.col.countAll': { th: 'ตั้งแต่เริ่มกองทุน (คน/ราย)', en: 'Since the start (people/cases)' },
  'sum.col.bahtAll': { th: 'ตั้งแต่เริ่มกองทุน (บาท)', en: 'Since the start (baht)' },
  'sum.col.countPeriod': { th: 'ในช่วงรายงาน (คน/ราย)', en: 'In the period (people/cases)' },
  'sum.col.bahtPeriod': { th: 'ในช่วงรายงาน (บาท)', en: 'In the period (baht)' },
  'sum.col.month': { th: 'เดือน', en: 'Month' },
  'sum.col.newMembers': { th: 'สมาชิกใหม่ (คน)', en: 'New members' },
  'sum.col.totalIncome': { th: 'รวมรายรับ', en: 'Total income' },
  'sum.col.welfare': { th: 'สวัสดิการที่จ่าย', en: 'Welfare paid' },
  'sum.col.expenses': { th: 'ค่าใช้จ่าย', en: 'Expenses' },
  'sum.col.net': { th: 'สุทธิ', en: 'Net' },
  'sum.col.balance': { th: 'ยอดเงินกองทุนสะสม', en: 'Running balance' },
  'sum.col.benefit': { th: 'สวัสดิการ', en: 'Benefit' },
  'sum.col.yearFiscal': { th: 'ปีงบประมาณ', en: 'Fiscal year (B.E.)' },
  'sum.col.yearCalendar': { th: 'ปี พ.ศ.', en: 'Year (B.E.)' },
  'sum.col.cases': { th: 'จำนวนราย', en: 'Cases' },
  'sum.col.units': { th: 'จำนวนหน่วย', en: 'Units' },
  'sum.col.unit': { th: 'หน่วย', en: 'Unit' },
  'sum.col.baht': { th: 'จำนวนเงิน (บาท)', en: 'Amount (baht)' },
  'sum.col.village': { th: 'หมู่บ้าน', en: 'Village' },
  'sum.col.membersEver': { th: 'สมาชิกที่เคยสมัคร (คน)', en: 'Members ever joined' },
  'sum.col.membersNow': { th: 'สมาชิกคงอยู่ (คน)', en: 'Members now' },
  'sum.col.contributions': { th: 'รวมเงินของสมาชิก', en: 'Member contributions' },
  'sum.col.welfareCases': { th: 'สวัสดิการ (ราย)', en: 'Welfare (cases)' },
  'sum.col.welfareBaht': { th: 'สวัสดิการ (บาท)', en: 'Welfare (baht)' },
  'sum.col.memberId': { th: 'รหัสสมาชิก', en: 'Member ID' },
  'sum.col.name': { th: 'ชื่อ-สกุล', en: 'Name' },
  'sum.col.joinDate': { th: 'วันที่สมัคร', en: 'Join date' },
  'sum.col.status': { th: 'สถานะ', en: 'Status' },
  'sum.col.paidThrough': { th: 'เงินออมชำระถึงวันที่', en: 'Savings paid through' },
  'sum.col.savingsDays': { th: 'ค้างเงินออม (วัน)', en: 'Savings behind (days)' },
  'sum.col.savingsBaht': { th: 'ค้างเงินออม (บาท)', en: 'Savings owed (baht)' },
  'sum.col.feeYears': { th: 'ปีที่ค้างค่าบำรุง', en: 'Annual fees missing (years)' },
  'sum.col.feeBaht': { th: 'ค้างค่าบำรุง (บาท)', en: 'Annual fees owed (baht)' },
  'sum.col.entryBaht': { th: 'ค้างค่าสมัคร (บาท)', en: 'Entry fee owed (baht)' },
  'sum.col.owed': { th: 'รวมค้างชำระ (บาท)', en: 'Total owed (baht)' },
  'sum.col.totalPaid': { th: 'รวมที่ชำระ (บาท)', en: 'Total paid (baht)' },
  'sum.col.wPeriodCases': { th: 'สวัสดิการปีนี้ (ราย)', en: 'Benefits this year (cases)' },
  'sum.col.wPeriodBaht': { th: 'สวัสดิการปีนี้ (บาท)', en: 'Benefits this year (baht)' },
  'sum.col.wEverCases': { th: 'สวัสดิการทั้งหมด (ราย)', en: 'Benefits ever (cases)' },
  'sum.col.wEverBaht': { th: 'สวัสดิการทั้งหมด (บาท)', en: 'Benefits ever (baht)' },
  'sum.col.sourceKind': { th: 'แหล่งเงินสมทบ', en: 'Matching from' },
  'sum.col.payer': { th: 'ผู้ให้', en: 'Paid by' },
  'sum.col.round': { th: 'งวด/รอบ', en: 'Round' },
  'sum.col.people': { th: 'จำนวน (คน)', en: 'People' },

  // ---- fund status
  'sum.sec.members': { th: 'สมาชิก', en: 'Members' },
  'sum.sec.income': { th: 'รายรับ', en: 'Income' },
  'sum.sec.welfare': { th: 'สวัสดิการที่จ่าย', en: 'Welfare paid' },
  'sum.sec.expenses': { th: 'ค่าใช้จ่าย', en: 'Expenses' },
  'sum.sec.balance': { th: 'เงินกองทุน', en: 'Fund balance' },
  'sum.sec.ratios': { th: 'ตัวชี้วัดความมั่นคงของกองทุน', en: 'Health of the fund' },
  'sum.sec.notes': { th: 'หมายเหตุ', en: 'Notes' },
  'sum.m.atStart': { th: 'สมาชิกเมื่อเริ่ม (กองทุน / ช่วงรายงาน)', en: 'Members at the start (of the fund / the period)' },
  'sum.m.joined': { th: 'สมัครใหม่', en: 'Joined' },
  'sum.m.resigned': { th: 'ลาออก', en: 'Resigned' },
  'sum.m.deceased': { th: 'เสียชีวิต', en: 'Deceased' },
  'sum.m.lapsed': { th: 'พ้นสภาพ', en: 'Lapsed' },
  'sum.m.now': { th: 'สมาชิกคงอยู่ ณ วันที่ข้อมูล', en: 'Members on the as-of date' },
  'sum.i.contributions': { th: 'รวมเงินของสมาชิก', en: 'Member contributions' },
  'sum.i.unallocated': {
    th: 'รายรับที่จัดสรรไม่ได้ (อ่านวันที่หรือประเภทไม่ได้)',
    en: 'Income not allocated (date or kind unreadable)',
  },
  'sum.i.total': { th: 'รวมรายรับ', en: 'Total income' },
  'sum.w.unallocated': {
    th: 'สวัสดิการที่จัดสรรไม่ได้ (อ่านวันที่หรือประเภทไม่ได้)',
    en: 'Welfare not allocated (date or benefit unreadable)',
  },
  'sum.w.total': { th: 'รวมสวัสดิการ', en: 'Total welfare' },
  'sum.e.unallocated': {
    th: 'ค่าใช้จ่ายที่จัดสรรไม่ได้ (อ่านวันที่ไม่ได้)',
    en: 'Expenses not allocated (date unreadable)',
  },
  'sum.e.total': { th: 'รวมค่าใช้จ่าย', en: 'Total expenses' },
  'sum.b.balance': { th: 'เงินกองทุนคงเหลือ ณ วันที่ข้อมูล', en: 'Fund balance on the as-of date' },
  'sum.b.net': {
    th: 'เพิ่มขึ้น (ลดลง) ในช่วงรายงาน = รายรับ − สวัสดิการ − ค่าใช้จ่าย',
    en: 'Change in the period = income − welfare − expenses',
  },
  'sum.r.welfareRatio': { th: 'สวัสดิการที่จ่าย ÷ เงินของสมาชิก', en: 'Welfare paid ÷ member contributions' },
  'sum.r.reserve': {
    th: 'เงินกองทุนพอจ่ายได้ (เดือน) ตามอัตราจ่าย 12 เดือนล่าสุด',
    en: 'Months of reserve at the last 12 months\u2019 pace',
  },
  'sum.r.admin': {
    th: 'ค่าบริหารในช่วงรายงาน ÷ เงินกองทุน (เพดาน {ceiling})',
    en: 'Admin cost in the period ÷ fund balance (ceiling {ceiling})',
  },
  'sum.r.ok': { th: 'ไม่เกินเพดาน', en: 'within the ceiling' },
  'sum.r.over': { th: 'เกินเพดาน', en: 'OVER the ceiling' },
  'sum.r.na': { th: 'คำนวณไม่ได้', en: 'n/a' },
  'sum.r.noOutgo': { th: 'ไม่มีรายจ่ายใน 12 เดือน', en: 'nothing paid out in 12 months' },
  'sum.n.rule': {
    th: 'ทุกรายการที่อ่านจำนวนเงิน วันที่ และประเภทได้ นับครั้งเดียวตามที่บันทึก แม้รายงานตรวจสอบจะแจ้งว่าผิด (แก้ไขด้วยรายการปรับปรุง/กลับรายการ)',
    en: 'Every entry whose amount, date and kind can be read is counted once, as recorded, even when the checks flag it (correct it with an adjusting or reversing entry)',
  },
  'sum.n.afterAsOf': {
    th: '{sheet}: {rows} รายการลงวันที่หลังวันที่ข้อมูล รวม {baht} บาท ไม่นับในรายงานนี้',
    en: '{sheet}: {rows} entries dated after the as-of date, {baht} baht, not counted here',
  },
  'sum.n.noAmount': {
    th: '{sheet}: {count} แถวอ่านจำนวนเงินไม่ได้ ไม่นับ (แถว {rows}) ดูรายงานตรวจสอบ',
    en: '{sheet}: {count} rows with an unreadable amount, not counted (rows {rows}); see the check report',
  },
  'sum.n.ledgerUnknown': {
    th: 'บัญชีกองทุน: {rows} รายการไม่ทราบประเภท รวม {baht} บาท ไม่รวมในเงินกองทุนคงเหลือ (ไม่รู้ว่ารับหรือจ่าย)',
    en: 'Fund ledger: {rows} entries of unknown kind, {baht} baht, left out of the balance (income or expense unknown)',
  },
  'sum.n.unknownJoin': {
    th: 'สมาชิก {count} คนอ่านวันที่สมัครไม่ได้ ไม่นับในจำนวนสมาชิก',
    en: '{count} members have an unreadable join date and are not counted',
  },
  'sum.n.leftNoDate': {
    th: 'สมาชิก {count} คนพ้นจากกองทุนแต่ไม่มีวันที่เปลี่ยนสถานะ นับว่าออกในช่วงรายงาน',
    en: '{count} members have left with no status date; counted as leaving in the period',
  },
  'sum.n.unknownStatus': {
    th: 'สมาชิก {count} คนมีสถานะที่อ่านไม่ได้ นับเป็นสมาชิกปกติ',
    en: '{count} members have an unreadable status; counted as active',
  },

  // ---- monthly / by benefit / by village rows
  'sum.row.unallocated': { th: 'จัดสรรไม่ได้ (ไม่มีวันที่/ประเภท)', en: 'Not allocated (no date/kind)' },
  'sum.row.total': { th: 'รวม', en: 'Total' },
  'sum.row.yearTotal': { th: 'รวมปี {year}', en: 'Total {year}' },
  'sum.sec.benefitTotal': { th: 'รวมทุกปีจนถึงวันที่ข้อมูล', en: 'All years up to the as-of date' },
  'sum.sec.benefitByYear': { th: 'แยกตามปี', en: 'By year' },
  'sum.chart.balance': { th: 'เงินกองทุนคงเหลือรายเดือน (บาท)', en: 'Fund balance by month (baht)' },
  'sum.chart.welfare': { th: 'สวัสดิการที่จ่ายตามประเภท (บาท)', en: 'Welfare paid by benefit (baht)' },
  'sum.v.none': { th: '(ไม่ระบุหมู่บ้าน)', en: '(no village)' },
  'sum.v.notOnRoll': { th: '(รหัสสมาชิกไม่พบในทะเบียน)', en: '(member id not on the roll)' },
  'sum.v.projects': { th: '(โครงการชุมชน)', en: '(community projects)' },

  // ---- member status (as the summaries show it)
  'sum.status.active': { th: 'ปกติ', en: 'active' },
  'sum.status.suspended': { th: 'ระงับสิทธิ์ (ค้างชำระ)', en: 'suspended (in arrears)' },
  'sum.status.resigned': { th: 'ลาออก', en: 'resigned' },
  'sum.status.deceased': { th: 'เสียชีวิต', en: 'deceased' },
  'sum.status.lapsed': { th: 'พ้นสภาพ', en: 'lapsed' },
  'sum.status.unknown': { th: 'ไม่ทราบ (วันที่สมัครอ่านไม่ได้)', en: 'unknown (join date unreadable)' },
  'sum.status.not_joined': { th: 'ยังไม่ถึงวันสมัคร', en: 'not yet joined' },

  // ---- matching-fund report
  'sum.x.title': {
    th: 'เงินออมของสมาชิกเพื่อขอรับเงินสมทบ ปีงบประมาณ {fy} ({span})',
    en: 'Member savings for matching funds, fiscal year {fy} B.E. ({span})',
  },
  'sum.x.eligible': {
    th: 'สมาชิกที่เป็นสมาชิกครบ 1 ปี ณ วันที่ {date}',
    en: "Members with at least one year's standing on {date}",
  },
  'sum.x.eligibleSavings': {
    th: 'เงินออมของสมาชิกกลุ่มนี้ในปีงบประมาณ',
    en: 'Their savings in the fiscal year',
  },
  'sum.x.allSavings': { th: 'เงินออมของสมาชิกทุกคนในปีงบประมาณ', en: 'Savings of all members in the fiscal year' },
  'sum.x.received': {
    th: 'เงินสมทบที่ได้รับ (ทุกปีจนถึงวันที่ข้อมูล)',
    en: 'Matching money received (all years up to the as-of date)',
  },
  'sum.x.none': { th: 'ยังไม่มีบันทึกเงินสมทบในบัญชีกองทุน', en: 'No matching money recorded in the fund ledger yet' },
  'sum.x.aggregate': {
    th: 'รายงานนี้มีแต่ตัวเลขรวม ไม่มีข้อมูลรายบุคคล ส่งให้หน่วยงานได้',
    en: 'Aggregates only, no personal data: fit to send to funders',
  },
} as const;
