/**
 * Messages of the network book and the fund's packet, Thai first. Merged into the one catalogue in
 * i18n.ts; render them only through text()/t().
 */

export const NETWORK_MESSAGES = {
  'menu.networkSetup': { th: 'ตั้งค่าสมุดเครือข่าย', en: 'Set up a network book' },
  'menu.networkCollect': { th: 'รวบรวมข้อมูลเครือข่าย', en: 'Collect the network' },
  'net.title': { th: 'รวบรวมข้อมูลเครือข่าย', en: 'Collect the network' },

  // ---- the packet sheet
  'net.packet.title': {
    th: 'ข้อมูลสำหรับเครือข่าย (ให้โปรแกรมอ่าน ห้ามแก้ไข: มีรหัสตรวจสอบ)',
    en: 'Figures for the network (read by the program; do not edit: it carries a checksum)',
  },
  'net.packet.villages': {
    th: 'สมาชิกปัจจุบันตามหมู่บ้านและช่วงอายุ (hidden = ไม่แสดงเพราะจำนวนน้อย)',
    en: 'Members now by village and age band (hidden = a small count, not shown)',
  },
  'net.packet.funds': { th: 'กองทุนที่รวมอยู่ในข้อมูลนี้', en: 'Funds these figures cover' },

  // ---- sheets of the network book (names are Thai and stable)
  'net.sheet.settings': { th: 'ตั้งค่าเครือข่าย', en: 'Network settings' },
  'net.sheet.funds': { th: 'กองทุนในเครือข่าย', en: 'Member funds' },
  'net.sheet.status': { th: 'สถานะการส่งข้อมูล', en: 'Reporting status' },
  'net.sheet.totals': { th: 'ยอดรวมเครือข่าย', en: 'Network totals' },
  'net.sheet.compare': { th: 'เปรียบเทียบกองทุน', en: 'Compare funds' },
  'net.sheet.board': { th: 'กระดานประชุม', en: 'Meeting board' },
  'net.sheet.trend': { th: 'แนวโน้มเครือข่าย', en: 'Network trend' },
  'net.sheet.history': { th: 'ประวัติการรวบรวม', en: 'Collections' },

  // ---- settings and the fund list
  'net.set.name': { th: 'ชื่อเครือข่าย', en: 'Network name' },
  'net.set.level': { th: 'ระดับ (ตำบล/จังหวัด)', en: 'Level (sub-district/province)' },
  'net.set.subdistrict': { th: 'ตำบล', en: 'Sub-district' },
  'net.set.district': { th: 'อำเภอ', en: 'District' },
  'net.set.province': { th: 'จังหวัด', en: 'Province' },
  'net.set.reportingDate': { th: 'วันที่รายงาน', en: 'Reporting date' },
  'net.set.lateDays': {
    th: 'ถือว่าส่งช้าเมื่อข้อมูลเก่ากว่าวันที่รายงานเกิน (วัน)',
    en: 'Late when older than the reporting date by (days)',
  },
  'net.set.ceiling': { th: 'เพดานค่าบริหาร (สัดส่วน)', en: 'Admin cost ceiling (share)' },
  'net.set.id': { th: 'รหัสสุ่มของเครือข่าย (ห้ามแก้)', en: 'Random id of the network (do not edit)' },
  'net.set.header.setting': { th: 'รายการ', en: 'Setting' },
  'net.set.header.value': { th: 'ค่า', en: 'Value' },
  'net.col.fundName': { th: 'ชื่อกองทุน', en: 'Fund name' },
  'net.col.subdistrict': { th: 'ตำบล', en: 'Sub-district' },
  'net.col.where': { th: 'ไฟล์ข้อมูล (ลิงก์ / ID / ที่อยู่ไฟล์)', en: 'Packet (link / id / file path)' },
  'net.level.subdistrict': { th: 'ตำบล', en: 'sub-district' },
  'net.level.province': { th: 'จังหวัด', en: 'province' },
  'net.setup.done': {
    th: 'ตั้งค่าสมุดเครือข่ายแล้ว: ใส่รายชื่อกองทุนและลิงก์ไฟล์ข้อมูลในแผ่นงาน "กองทุนในเครือข่าย" ({funds} กองทุน) แล้วกดเมนู "รวบรวมข้อมูลเครือข่าย"',
    en: 'The network book is set up: list the funds and their packet links on "Member funds" ({funds} funds), then use "Collect the network".',
  },
  'net.err.fundBook': {
    th: 'สมุดนี้เป็นสมุดบัญชีกองทุน (มีแผ่นงานสมาชิก) ใช้เป็นสมุดเครือข่ายไม่ได้ ให้สร้างสเปรดชีตใหม่สำหรับเครือข่าย',
    en: 'This is a fund book (it has a member sheet); make a new spreadsheet for the network.',
  },
  'net.err.notNetwork': {
    th: 'สมุดนี้ยังไม่ได้ตั้งค่าเป็นสมุดเครือข่าย กดเมนู "ตั้งค่าสมุดเครือข่าย" ก่อน',
    en: 'This is not a network book yet: use "Set up a network book" first.',
  },
  'net.err.noFunds': {
    th: 'ยังไม่มีรายชื่อกองทุนในแผ่นงาน "กองทุนในเครือข่าย"',
    en: 'No funds are listed on "Member funds".',
  },
  'net.err.reportingDate': {
    th: 'วันที่รายงาน "{value}" อ่านไม่ได้ (ตัวอย่าง 31/10/2569)',
    en: 'The reporting date "{value}" cannot be read (e.g. 31/10/2569)',
  },
  'net.err.staleRun': {
    th: 'การรวบรวมนี้ถูกเริ่มใหม่จากที่อื่นแล้ว กดรวบรวมอีกครั้ง',
    en: 'This collection was restarted elsewhere; collect again.',
  },

  // ---- statuses and reasons
  'net.status.ok': { th: 'ส่งแล้ว', en: 'ok' },
  'net.status.late': { th: 'ส่งช้า', en: 'late' },
  'net.status.failed': { th: 'อ่านไม่ได้', en: 'failed' },
  'net.status.rejected': { th: 'ไม่รับ', en: 'rejected' },
  'net.reason.late': {
    th: 'ข้อมูล ณ {asOf} เก่ากว่าวันที่รายงานเกิน {days} วัน',
    en: 'figures as of {asOf} are more than {days} days before the reporting date',
  },
  'net.reason.duplicate': {
    th: 'กองทุนนี้ถูกนับแล้วผ่านอีกเส้นทางหนึ่ง (นับครั้งเดียว)',
    en: 'already counted through another path (counted once)',
  },
  'net.reason.noWhere': { th: 'ไม่ได้ใส่ลิงก์หรือที่อยู่ไฟล์ข้อมูล', en: 'no link or file given' },
  'net.reason.cannotOpen': {
    th: 'เปิดไฟล์ไม่ได้: ไม่มีไฟล์ ไม่มีสิทธิ์ หรือยังไม่ได้เลือกไฟล์ผ่าน "เลือกไฟล์" ({detail})',
    en: 'cannot open the file: missing, no access, or not picked with "Pick files" ({detail})',
  },
  'net.reason.fundBook': {
    th: 'เป็นสมุดบัญชีกองทุนทั้งเล่ม (มีข้อมูลรายบุคคล) ไม่ได้อ่านข้อมูลใดจากไฟล์นี้ ให้กองทุนส่งไฟล์ "สรุปสำหรับหน่วยงาน" แทน',
    en: 'a whole fund book (personal data): nothing was read from it; ask the fund for its figures-only file instead',
  },
  'net.reason.noPacket': {
    th: 'ไม่มีแผ่นงานข้อมูลสำหรับเครือข่าย: ให้กองทุนแบ่งปันรายงานใหม่ด้วยรุ่นปัจจุบัน',
    en: 'no network sheet: ask the fund to share its report again with the current version',
  },
  'net.reason.malformed': {
    th: 'แผ่นงานข้อมูลสำหรับเครือข่ายผิดรูปแบบ ({detail})',
    en: 'the network sheet is malformed ({detail})',
  },
  'net.reason.version': {
    th: 'ข้อมูลรุ่น {version} ใหม่กว่าที่โปรแกรมนี้อ่านได้: ปรับรุ่นโปรแกรมก่อน',
    en: 'packet version {version} is newer than this program reads: update it first',
  },
  'net.reason.checksum': {
    th: 'ตัวเลขถูกแก้ไขหลังจากกองทุนสร้างไฟล์ (รหัสตรวจสอบไม่ตรง) ไม่ได้นับ: ให้กองทุนส่งไฟล์ใหม่',
    en: 'figures were changed after the fund made the file (checksum mismatch): not counted; ask for a new file',
  },
  'net.reason.inconsistent': {
    th: 'ยอดรวมในไฟล์ไม่ตรงกับรายกองทุน ({detail}) ไม่ได้นับ',
    en: "the file's totals do not match its funds ({detail}): not counted",
  },
  'net.reason.self': {
    th: 'เป็นไฟล์ของเครือข่ายนี้เอง ไม่นับซ้ำ',
    en: "this network's own file: not counted again",
  },

  // ---- sheets' content
  'net.status.title': {
    th: 'สถานะการส่งข้อมูลของ {name} วันที่รายงาน {date}',
    en: 'Reporting status of {name}, reporting date {date}',
  },
  'net.status.rate': {
    th: 'อัตราการส่งข้อมูล {rate} (นับได้ {counted} จาก {listed} กองทุน)',
    en: 'Reporting rate {rate} ({counted} of {listed} funds counted)',
  },
  'net.col.no': { th: 'ลำดับ', en: 'No.' },
  'net.col.status': { th: 'สถานะ', en: 'Status' },
  'net.col.asOf': { th: 'ข้อมูล ณ วันที่', en: 'As of' },
  'net.col.reason': { th: 'เหตุผล', en: 'Reason' },
  'net.col.level': { th: 'ระดับ', en: 'Level' },
  'net.col.funds': { th: 'จำนวนกองทุน', en: 'Funds' },
  'net.col.item': { th: 'รายการ', en: 'Item' },
  'net.col.total': { th: 'ยอดรวม', en: 'Total' },
  'net.col.cases': { th: 'ราย', en: 'Cases' },
  'net.col.baht': { th: 'บาท', en: 'Baht' },
  'net.col.thisTime': { th: 'ครั้งนี้', en: 'This time' },
  'net.col.lastTime': { th: 'ครั้งก่อน', en: 'Last time' },
  'net.col.change': { th: 'เปลี่ยนแปลง', en: 'Change' },
  'net.col.flags': { th: 'ควรดู', en: 'Look at' },
  'net.col.via': { th: 'มาจาก', en: 'Through' },
  'net.col.date': { th: 'วันที่รายงาน', en: 'Reporting date' },
  'net.level.fund': { th: 'กองทุน', en: 'fund' },
  'net.level.network': { th: 'เครือข่าย', en: 'network' },
  'net.status.funds': {
    th: 'รายกองทุน (รวมที่มาจากข้อมูลเครือข่าย)',
    en: 'Each fund (including those inside network packets)',
  },
  'net.status.duplicates': { th: 'กองทุนที่พบซ้ำ (นับครั้งเดียว)', en: 'Funds found twice (counted once)' },
  'net.totals.title': {
    th: 'ยอดรวมของ {name} ณ {date}: จาก {counted} กองทุน จากทั้งหมด {listed} กองทุน',
    en: 'Totals of {name} at {date}: {counted} of {listed} funds',
  },
  'net.totals.notCounted': {
    th: 'ไม่รวม: อ่านไม่ได้ {failed} กองทุน, ไม่รับ {rejected} กองทุน (ไม่ได้นับเป็นศูนย์) รวมกองทุนที่ส่งช้า {late} กองทุน',
    en: 'Not included: {failed} failed, {rejected} rejected (never counted as zero); includes {late} late',
  },
  'net.totals.benefits': { th: 'สวัสดิการตามประเภท (ตั้งแต่เริ่มกองทุน)', en: 'Welfare by benefit (since each fund began)' },
  'net.totals.bands': { th: 'สมาชิกปัจจุบันตามช่วงอายุ', en: 'Members now by age band' },
  'net.cmp.title': {
    th: 'เปรียบเทียบแต่ละกองทุนกับค่ากลาง (มัธยฐาน) ของเครือข่าย: {counted} กองทุน',
    en: 'Each fund against the network median: {counted} funds',
  },
  'net.cmp.median': { th: 'ค่ากลางเครือข่าย', en: 'Network median' },
  'net.cmp.welfareToContributions': { th: 'สวัสดิการ ÷ เงินสมทบ', en: 'Welfare ÷ contributions' },
  'net.cmp.reserveMonths': { th: 'เงินพอจ่าย (เดือน)', en: 'Months of reserve' },
  'net.cmp.adminCostRatio': { th: 'ค่าบริหาร ÷ เงินกองทุน', en: 'Admin ÷ balance' },
  'net.cmp.memberGrowth': { th: 'สมาชิกเพิ่มขึ้น', en: 'Member growth' },
  'net.cmp.matchingPerMember': { th: 'เงินสมทบรัฐ+อปท. ต่อสมาชิก (บาท)', en: 'Matching per member (baht)' },
  'net.cmp.note': {
    th: 'ควรดู = ห่างจากค่ากลางมากกว่าปกติของเครือข่าย (เกิน 3 เท่าของค่าเบี่ยงเบนมัธยฐาน) หรือค่าบริหารเกินเพดาน {ceiling}',
    en: 'Look at = far from the median for this network (over 3 scaled MADs), or admin cost over the {ceiling} ceiling',
  },
  'net.board.title': {
    th: 'กระดานประชุม {name} — วันที่รายงาน {date}',
    en: 'Meeting board: {name}, reporting date {date}',
  },
  'net.board.overview': { th: 'ภาพรวมเครือข่าย', en: 'The network at a glance' },
  'net.board.follow': { th: 'ต้องติดตาม', en: 'To follow up' },
  'net.board.noFollow': { th: 'ทุกกองทุนส่งข้อมูลครบและตรงเวลา', en: 'Every fund reported, on time' },
  'net.board.fundsReporting': { th: 'กองทุนที่ส่งข้อมูล', en: 'Funds reporting' },
  'net.board.welfareTop': { th: 'สวัสดิการที่จ่ายมากที่สุด', en: 'Largest welfare lines' },
  'net.board.none': { th: '—', en: '—' },
  'net.board.flag': {
    th: '{fund}: {what}',
    en: '{fund}: {what}',
  },
  'net.trend.title': { th: 'แนวโน้มจากการรวบรวมแต่ละครั้ง', en: 'Trend across collections' },
  'net.trend.members': { th: 'สมาชิกปัจจุบัน', en: 'Members now' },
  'net.trend.money': { th: 'ยอดเงินกองทุนและสวัสดิการที่จ่าย (บาท)', en: 'Balance and welfare paid (baht)' },
  'net.done': {
    th: 'รวบรวมแล้ว {counted} จาก {listed} กองทุน (ส่งช้า {late}, อ่านไม่ได้ {failed}, ไม่รับ {rejected})',
    en: 'Collected {counted} of {listed} funds (late {late}, failed {failed}, rejected {rejected})',
  },
  // ---- the Network sidebar
  'net.ui.intro': {
    th: 'อ่านไฟล์ข้อมูลของทุกกองทุนในรายชื่อ แล้วสร้างแผ่นงานสถานะ ยอดรวม เปรียบเทียบ และกระดานประชุม (ตัวเลขเท่านั้น ไม่มีข้อมูลรายบุคคล)',
    en: "Reads every listed fund's figures file, then writes status, totals, comparison and the meeting board (figures only, never personal data).",
  },
  'net.ui.facts': {
    th: '{name} · วันที่รายงาน {date} · {funds} กองทุนในรายชื่อ',
    en: '{name} · reporting date {date} · {funds} funds listed',
  },
  'net.ui.collect': { th: 'รวบรวมข้อมูลเครือข่าย', en: 'Collect the network' },
  'net.ui.working': { th: 'กำลังรวบรวม…', en: 'Collecting…' },
  'net.ui.progress': { th: 'อ่านแล้ว {done} จาก {total} กองทุน', en: 'Read {done} of {total} funds' },
  'net.ui.progressLast': {
    th: 'อ่านแล้ว {done} จาก {total} กองทุน (ล่าสุด: {last})',
    en: 'Read {done} of {total} funds (last: {last})',
  },
  'net.ui.writing': { th: 'กำลังเขียนแผ่นงานสรุป…', en: 'Writing the sheets…' },
  'net.ui.resume': {
    th: 'การรวบรวมหยุดกลางทาง: กด "รวบรวมต่อ" เพื่ออ่านต่อจากกองทุนที่ค้างอยู่',
    en: 'The collection stopped part-way: "Carry on" reads on from where it stopped.',
  },
  'net.ui.carryOn': { th: 'รวบรวมต่อ', en: 'Carry on' },
  'net.ui.results': { th: 'ผลการอ่านแต่ละกองทุน', en: 'Each fund' },
  'net.ui.pick': { th: 'เลือกไฟล์ของกองทุนจาก Google Drive', en: "Pick the funds' files in Google Drive" },
  'net.ui.pickHelp': {
    th: 'เลือกไฟล์ "สรุปสำหรับหน่วยงาน" ที่กองทุนแบ่งปันให้ โปรแกรมจะเปิดได้เฉพาะไฟล์ที่เลือกเท่านั้น',
    en: 'Pick the figures-only files the funds shared with you; the add-on can open only the files you pick.',
  },
  'net.ui.pickUnavailable': {
    th: 'เลือกไฟล์ได้เมื่อใช้ใน Google Sheets เท่านั้น: ใส่ลิงก์ไฟล์ในแผ่นงาน "กองทุนในเครือข่าย" แทนได้',
    en: 'Picking works inside Google Sheets only: paste the links on "Member funds" instead.',
  },
  'net.ui.picked': {
    th: 'เพิ่มในรายชื่อแล้ว: {funds} กองทุน',
    en: 'Now listed: {funds} funds',
  },
  'net.ui.print': { th: 'พิมพ์กระดานประชุม (PDF ขนาด A4)', en: 'Print the meeting board (A4 PDF)' },
} as const;
