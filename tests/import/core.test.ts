/** The importer's dictionary, header finding, kind detection and value reading on group-book shapes. */
import { dayFromYMD } from '../../src/core/dates';
import {
  detectTab,
  emptyMapping,
  findHeader,
  matchHeaderWord,
  planImport,
  readDate,
  statusFromNote,
  sourceFromDescription,
  parseMappingFile,
  KIND_FIELDS,
  type ImportMapping,
} from '../../src/core/import';
import { DEFAULT_BENEFITS } from '../../src/core/settings';

const D = (y: number, m: number, d: number) => dayFromYMD(y, m, d)!;
const facts = { benefits: DEFAULT_BENEFITS, origins: new Set<string>(), members: [] as { id: string; name: string }[] };

describe('the dictionary of header words', () => {
  test.each([
    ['เลขที่สมาชิก', 'members', 'memberId'],
    ['ชื่อ - นามสกุล', 'members', 'name'],
    ['เลขบัตรประชาชน', 'members', 'nationalId'],
    ['ว/ด/ป เกิด', 'members', 'birthDate'],
    ['บ้านเลขที่', 'members', 'address'],
    ['หมู่ที่', 'members', 'village'],
    ['เบอร์โทร', 'members', 'phone'],
    ['วันที่สมัคร', 'members', 'joinDate'],
    ['หมายเหตุ', 'members', 'note'],
    ['Member ID', 'members', 'memberId'],
    ['ว/ด/ป', 'welfare', 'date'],
    ['ชื่อผู้รับ', 'welfare', 'name'],
    ['รายการ', 'welfare', 'benefit'],
    ['รายการ', 'ledger', 'description'],
    ['จำนวน', 'welfare', 'units'],
    ['เงิน (บาท)', 'welfare', 'amount'],
    ['รับ', 'ledger', 'income'],
    ['จ่าย', 'ledger', 'expense'],
    ['Income', 'ledger', 'income'],
    ['ม.ค.', 'savingsGrid', 'month:1'],
    ['ธันวาคม', 'savingsGrid', 'month:12'],
    ['สิงหา', 'savingsGrid', 'month:8'],
    ['Aug', 'savingsGrid', 'month:8'],
    ['๑๕', 'savingsGrid', 'day:15'],
    ['รวม', 'savingsGrid', 'total'],
    ['ค่าบำรุง', 'receipts', 'fee:annual_fee'],
    ['ค่าสมัคร', 'receipts', 'fee:entry_fee'],
    ['เลขที่', 'welfare', 'voucherNo'],
    ['เลขที่', 'depositLog', 'receiptNo'],
  ] as const)('"%s" in a %s tab is %s', (word, kind, field) => {
    expect(matchHeaderWord(word, KIND_FIELDS[kind])[0]).toEqual({ field, confidence: expect.any(Number) });
    expect(matchHeaderWord(word, KIND_FIELDS[kind])[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a longer header is a partial match with less confidence; an unknown word matches nothing', () => {
    const m = matchHeaderWord('วันที่รับเงินจริง', KIND_FIELDS.depositLog);
    expect(m[0]).toEqual({ field: 'date', confidence: 0.6 });
    expect(matchHeaderWord('ลายมือชื่อ', KIND_FIELDS.members).filter((x) => x.confidence > 0.5)).toEqual([]);
    expect(matchHeaderWord('สีโปรด', KIND_FIELDS.members)).toEqual([]);
  });
});

describe('finding the header and the kind', () => {
  const roll = [
    ['ทะเบียนสมาชิกกองทุนสวัสดิการชุมชนบ้านดอนไชย', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '', ''],
    [
      'ลำดับ',
      'เลขที่สมาชิก',
      'ชื่อ - นามสกุล',
      'เลขบัตรประชาชน',
      'ว/ด/ป เกิด',
      'บ้านเลขที่',
      'หมู่ที่',
      'เบอร์โทร',
      'วันที่สมัคร',
      'หมายเหตุ',
    ],
    [1, '0001', 'นางสมศรี ใจดี', '3100501234567', '1/2/2500', '12', 3, '0812345678', '15/8/2561', ''],
    [2, '0002', 'นายสมชาย ใจดี', '', '', '14', 3, '', '15/8/2561', 'เสียชีวิต 21/8/2568'],
  ];

  test('a member roll under a title row and a blank row', () => {
    const d = detectTab('ทะเบียน', roll);
    expect(d.mapping?.kind).toBe('members');
    expect(d.mapping?.headerRows).toEqual([3]);
    const fields = d.mapping!.columns.map((c) => c.field);
    expect(fields).toEqual([
      'seq',
      'memberId',
      'name',
      'nationalId',
      'birthDate',
      'address',
      'village',
      'phone',
      'joinDate',
      'note',
    ]);
  });

  test('a savings grid with a merged "เดือน" label above the months, year in the title', () => {
    const grid = [
      ['บัญชีเงินออมสัจจะ ประจำปี พ.ศ. 2561'],
      ['ลำดับ', 'เลขที่สมาชิก', 'ชื่อ', 'เดือน', '', '', '', '', '', '', '', '', '', '', '', 'รวม'],
      ['', '', '', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.', ''],
      [1, '0001', 'นางสมศรี ใจดี', 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 360],
    ];
    const h = findHeader(grid);
    expect(h?.rows).toEqual([2, 3]);
    const d = detectTab('Sheet3', grid);
    expect(d.mapping?.kind).toBe('savingsGrid');
    expect(d.mapping?.yearBE).toBe(2561);
    expect(d.mapping?.columns[3].field).toBe('month:1');
    expect(d.mapping?.columns[15].field).toBe('total');
  });

  test('a welfare register, an income/expense ledger, a receipt book, a deposit log', () => {
    expect(detectTab('x', [['ว/ด/ป', 'ชื่อผู้รับ', 'เลขที่สมาชิก', 'รายการ', 'จำนวน', 'เงิน (บาท)']]).mapping?.kind).toBe(
      'welfare',
    );
    expect(detectTab('x', [['วันที่', 'รายการ', 'รับ', 'จ่าย', 'คงเหลือ']]).mapping?.kind).toBe('ledger');
    expect(detectTab('x', [['เลขที่ใบเสร็จ', 'วันที่', 'เลขที่สมาชิก', 'ชื่อ', 'ค่าสมัคร', 'ค่าบำรุง', 'ปี']]).mapping?.kind).toBe(
      'receipts',
    );
    expect(detectTab('x', [['วันที่', 'เลขที่สมาชิก', 'ประเภท', 'จำนวนเงิน']]).mapping?.kind).toBe('depositLog');
  });

  test('an empty tab and a tab without a header say so', () => {
    expect(detectTab('ว่าง', [['', ''], []]).failure).toBe('empty');
    expect(detectTab('โน้ต', [['ประชุมวันที่ 5'], ['ซื้อของ']]).failure).toBe('no-header');
  });
});

describe('reading values', () => {
  test('BE year in a date cell, BE and CE text, Thai month names and digits, serials', () => {
    // A sheet that stored 15/8/2561 typed into a date cell holds the year 2561 C.E.
    expect(readDate(new Date(Date.UTC(2561, 7, 14, 17)))).toMatchObject({ ok: true, value: D(2018, 8, 15) });
    expect(readDate('15/8/2561')).toMatchObject({ ok: true, value: D(2018, 8, 15) });
    expect(readDate('15/8/2018')).toMatchObject({ ok: true, value: D(2018, 8, 15) });
    expect(readDate('๑๕ สิงหาคม ๒๕๖๑')).toMatchObject({ ok: true, value: D(2018, 8, 15) });
    expect(readDate('15 ส.ค. 61')).toMatchObject({ ok: false, code: 'date.two-digit-year' });
    expect(readDate('15 ส.ค. 61', 'be25')).toMatchObject({ ok: true, value: D(2018, 8, 15) });
    expect(readDate('15/8/18', 'ce20')).toMatchObject({ ok: true, value: D(2018, 8, 15) });
    expect(readDate(43327)).toMatchObject({ ok: true, value: D(2018, 8, 15) });
  });

  test('a status written in a note, and the source of a ledger line', () => {
    expect(statusFromNote('เสียชีวิต 21/8/2568', {})).toEqual({
      status: 'deceased',
      day: D(2025, 8, 21),
      dayText: '21/8/2568',
    });
    expect(statusFromNote('ลาออก', {})).toEqual({ status: 'resigned', day: null, dayText: '' });
    expect(statusFromNote('ย้ายบ้าน', {})).toBeNull();
    expect(sourceFromDescription('สมทบจาก อบต.ท่าผา งวด 1')).toBe('อบต.ท่าผา งวด 1');
  });
});

describe('the dry run of a member roll and a welfare register', () => {
  const roll = [
    ['ทะเบียนสมาชิก'],
    ['เลขที่สมาชิก', 'ชื่อ - นามสกุล', 'หมู่ที่', 'วันที่สมัคร', 'หมายเหตุ'],
    ['0001', 'นางสมศรี ใจดี', 3, '15/8/2561', ''],
    ['0002', 'นายสมชาย ใจดี', 3, '15/8/61', 'เสียชีวิต 21/8/2568'],
    ['0003', 'นางมาลี ดีใจ', '4', '1 ก.ย. 2561', 'ลาออก'],
    ['0001', 'ซ้ำ', '4', '1 ก.ย. 2561', ''],
  ];
  const welfare = [
    ['ว/ด/ป', 'ชื่อผู้รับ', 'เลขที่สมาชิก', 'รายการ', 'จำนวน', 'เงิน (บาท)'],
    ['1/10/2562', 'นางสมศรี ใจดี', '0001', 'นอนโรงพยาบาล', '2 คืน', '200 บาท'],
    ['5/11/2562', 'นางมาลี ดีใจ', '', 'ค่าเยี่ยมไข้', '1 คืน', 100],
    ['5/12/2562', 'นายไม่มี ชื่อ', '', 'ค่าเยี่ยมไข้', '1 คืน', 100],
    ['รวม', '', '', '', '', 400],
  ];

  function mappingOf(): ImportMapping {
    const m = emptyMapping();
    m.tabs = [detectTab('ทะเบียน', roll).mapping!, detectTab('สวัสดิการ', welfare).mapping!];
    return m;
  }

  test('skipped rows come with their source row and reason; unknown benefits are listed', () => {
    const [members, paid] = planImport(
      [
        { tab: 'ทะเบียน', values: roll },
        { tab: 'สวัสดิการ', values: welfare },
      ],
      mappingOf(),
      facts,
    );
    expect(members.rowsRead).toBe(4);
    expect(members.toImport).toBe(2);
    expect(members.skipped.map((s) => [s.row, s.reason.th])).toEqual([
      [4, expect.stringContaining('ปี "15/8/61" มีสองหลัก')],
      [6, 'เลขที่สมาชิก 0001 ซ้ำกับแถว 3'],
    ]);
    expect(members.records[0].values).toMatchObject({
      memberId: '0001',
      village: 'หมู่ 3',
      joinDate: D(2018, 8, 15),
      status: 'ปกติ',
    });
    expect(members.records[1].values).toMatchObject({ memberId: '0003', village: 'หมู่ 4', status: 'ลาออก' });
    expect(paid.unknownBenefits).toEqual(['นอนโรงพยาบาล']);
    expect(paid.skipped.map((s) => s.row)).toEqual([2, 4]);
    expect(paid.records.map((r) => r.values.memberId)).toEqual(['0003']);
    expect(paid.reconciles).toEqual([expect.objectContaining({ sourceSatang: 40000, readSatang: 40000, ok: true })]);
  });

  test('with the benefit mapped, the row imports with its units; a second plan with the origins adds nothing', () => {
    const m = mappingOf();
    m.values.benefits['นอนโรงพยาบาล'] = 'sickness';
    const sources = [
      { tab: 'ทะเบียน', values: roll },
      { tab: 'สวัสดิการ', values: welfare },
    ];
    const [members, paid] = planImport(sources, m, facts);
    expect(paid.records[0].values).toMatchObject({ benefit: 'ค่าเยี่ยมไข้', units: 2, amount: 200, memberId: '0001' });
    const origins = new Set([...members.records, ...paid.records].map((r) => r.origin));
    const book = {
      ...facts,
      origins,
      members: members.records.map((r) => ({ id: String(r.values.memberId), name: String(r.values.name) })),
    };
    const again = planImport(sources, m, book);
    expect(again.map((p) => p.toImport)).toEqual([0, 0]);
    expect(again.map((p) => p.alreadyImported)).toEqual([2, 2]);
  });

  test('a mapping file round-trips, and a damaged one is refused with one sentence', () => {
    const m = mappingOf();
    expect(parseMappingFile(JSON.stringify(m))).toEqual({ ok: true, mapping: m });
    expect(parseMappingFile('{"format":"x"}')).toEqual({
      ok: false,
      reason: expect.objectContaining({ th: expect.stringContaining('ไฟล์การจับคู่ไม่ถูกต้อง') }),
    });
  });
});
