import { dateFromDay } from '../../src/core/dates';
import { readSheet } from '../../src/core/records';
import { SHEETS } from '../../src/core/schema';
import { defaultSettings } from '../../src/core/settings';
import { D } from './helpers';

const settings = defaultSettings();
const cell = (d: number) => dateFromDay(d); // what getValues gives for a date cell

describe('members', () => {
  const header = [
    'รหัสสมาชิก',
    'ชื่อ-สกุล',
    'เลขประจำตัวประชาชน',
    'วันเกิด',
    'หมู่บ้าน',
    'โทรศัพท์',
    'วันที่สมัคร',
    'สถานะ',
    'วันที่เปลี่ยนสถานะ',
    'สีเสื้อ',
  ];
  const values: unknown[][] = [
    header,
    [
      'a001 ',
      'นางสมศรี ใจดี',
      1101700203123,
      cell(D(1960, 8, 15)),
      'บ้านดอนไชย',
      812345678,
      cell(D(2002, 8, 15)),
      '',
      '',
      'แดง',
    ],
    ['', '', '', '', '', '', '', '', '', 'มีแต่คอลัมน์ของกลุ่ม'],
    ['A002', 'นายสมชาย', '1101700203124', '15 ส.ค. 03', 'หมู่ 3', '081-234-5678', '1 ม.ค. 2546', 'ลาออก', '1/6/2550', ''],
    ['A003', 'นางมา', '', '', '', '', 37483, 'ย้ายบ้าน', '', ''],
  ];
  const r = readSheet('members', values, settings, { today: D(2024, 6, 1) });

  test("columns are found by header; the group's own column is left alone", () => {
    expect(r.header.index.memberId).toBe(0);
    expect(r.header.unknown).toEqual([{ index: 9, text: 'สีเสื้อ' }]);
  });

  test('a full row parses into a typed member', () => {
    expect(r.records).toHaveLength(3);
    expect(r.records[0]).toEqual({
      row: 2,
      memberId: 'A001',
      name: 'นางสมศรี ใจดี',
      nationalId: '1101700203123',
      birthDay: D(1960, 8, 15),
      village: 'บ้านดอนไชย',
      address: '',
      phone: '0812345678',
      joinDay: D(2002, 8, 15),
      status: 'active',
      statusText: '',
      statusDay: null,
      beneficiary: '',
      note: '',
    });
  });

  test("a row with data only in the group's own column counts as blank", () => {
    expect(r.records.map((m) => m.row)).toEqual([2, 4, 5]);
  });

  test('typed Thai dates, statuses and serials', () => {
    expect(r.records[1]).toMatchObject({
      joinDay: D(2003, 1, 1),
      status: 'resigned',
      statusText: 'ลาออก',
      statusDay: D(2007, 6, 1),
      phone: '0812345678',
    });
    expect(r.records[2]).toMatchObject({ joinDay: D(2002, 8, 15), status: null, statusText: 'ย้ายบ้าน' });
  });

  test('every cell that does not parse is a finding with sheet, row, column and the value as typed', () => {
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.row, f.column, f.code, f.value])).toEqual([
      [4, 'nationalId', 'nid.checksum', '1101700203124'],
      [4, 'birthDate', 'date.two-digit-year', '15 ส.ค. 03'],
      [5, 'status', 'choice.unknown', 'ย้ายบ้าน'],
    ]);
    for (const f of errors) expect(f.sheet).toBe('members');
    const twoDigit = errors[1];
    expect(twoDigit.fix?.th).toContain('15/08/2503');
    expect(errors[2].message.th).toContain('ปกติ');
    // The bad national id stays visible as typed.
    expect(r.records[1].nationalId).toBe('1101700203124');
    expect(r.records[1].birthDay).toBeNull();
  });

  test('parser warnings become warning findings', () => {
    expect(r.findings.filter((f) => f.severity === 'warning')).toMatchObject([
      { row: 2, column: 'phone', code: 'phone.warning' },
    ]);
  });
});

describe('deposits', () => {
  const header = ['Receipt no', 'Date', 'Member ID', 'Kind', 'Amount', 'Year covered', 'Recorded by', 'Note'];
  const values: unknown[][] = [
    header,
    ['R1', cell(D(2024, 1, 5)), 'A001', 'เงินออม', 30, '', 'เลขา', ''],
    ['R2', '5/1/2567', 'a001', 'ค่าสมทบรายปี', '50 บาท', 2024, '', ''],
    ['R3', '', 'A002', 'savings', '12abc', '', '', ''],
    ['R4', cell(D(2024, 1, 6)), 'A002', 'ค่าอาหาร', -30, '67', '', 'แก้ไข R1'],
  ];
  const r = readSheet('deposits', values, settings);

  test('English headers, Thai kind aliases, amounts with บาท, C.E. years', () => {
    expect(r.records[0]).toEqual({
      row: 2,
      receiptNo: 'R1',
      day: D(2024, 1, 5),
      memberId: 'A001',
      kind: 'savings',
      kindText: 'เงินออม',
      amount: 30,
      yearCovered: null,
      recordedBy: 'เลขา',
      note: '',
    });
    expect(r.records[1]).toMatchObject({
      day: D(2024, 1, 5),
      memberId: 'A001',
      kind: 'annual_fee',
      amount: 50,
      yearCovered: 2567,
    });
  });

  test('findings: a C.E. year, a blank required date, a bad amount, an unknown kind, a two-digit year, a reversal', () => {
    expect(r.findings.map((f) => [f.row, f.column, f.severity, f.code])).toEqual([
      [3, 'yearCovered', 'warning', 'year.warning'],
      [4, 'date', 'error', 'cell.required'],
      [4, 'amount', 'error', 'amount.invalid'],
      [5, 'kind', 'error', 'choice.unknown'],
      [5, 'amount', 'note', 'amount.negative'],
      [5, 'yearCovered', 'error', 'year.two-digit'],
    ]);
    expect(r.records[2]).toMatchObject({ day: null, amount: null });
    expect(r.records[3]).toMatchObject({ kind: null, kindText: 'ค่าอาหาร', amount: -30, yearCovered: null });
  });

  test('a sheet without a required column says so on row 1', () => {
    const noAmount = readSheet(
      'deposits',
      [
        ['เลขที่ใบเสร็จ', 'วันที่', 'รหัสสมาชิก', 'ประเภท'],
        ['R1', '1/1/2567', 'A1', 'เงินออม'],
      ],
      settings,
    );
    expect(noAmount.findings).toMatchObject([
      { severity: 'error', code: 'sheet.missing-column', row: 1, column: 'amount' },
    ]);
    expect(noAmount.findings[0].message.th).toContain('เงินฝาก');
    // Its rows are still read; the amount is unknown, not a per-row error.
    expect(noAmount.records).toMatchObject([{ amount: null, kind: 'savings' }]);
  });

  test('an empty sheet reads as no records', () => {
    expect(readSheet('deposits', [], settings).records).toEqual([]);
    expect(readSheet('deposits', [SHEETS.deposits.columns.map((c) => c.th)], settings).findings).toEqual([]);
  });
});

describe('welfare and ledger', () => {
  test('benefits by name or code; unknown benefit text is a finding', () => {
    const values = [
      SHEETS.welfare.columns.map((c) => c.th),
      ['V1', '1/6/2567', 'A001', '', 'ค่าเยี่ยมไข้', 3, 300, 'ประธาน', '', ''],
      ['V2', '2/6/2567', '', 'ร้านค้าชุมชน', 'shop', '', '100,000', '', '', ''],
      ['V3', '3/6/2567', 'A002', '', 'ค่าเดินทาง', 'สอง', 100, '', '', ''],
    ];
    const r = readSheet('welfare', values, settings);
    expect(r.records.map((w) => [w.benefit, w.units, w.amount])).toEqual([
      ['sickness', 3, 300],
      ['shop', null, 100000],
      [null, null, 100],
    ]);
    expect(r.records[2].benefitText).toBe('ค่าเดินทาง');
    expect(r.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [4, 'benefit', 'choice.unknown'],
      [4, 'units', 'int.invalid'],
    ]);
  });

  test('ledger kinds by alias', () => {
    const values = [
      SHEETS.ledger.columns.map((c) => c.th),
      ['L1', '1/10/2566', 'อบต.', 'อบต.ทุ่งผึ้ง', '1', 50000, 'เหรัญญิก', ''],
      ['L2', '1/11/2566', 'พอช.', 'พอช.', '', '๒๕,๐๐๐', '', ''],
      ['L3', '5/11/2566', 'ค่าบริหาร', 'ค่าถ่ายเอกสาร', '', 350, '', ''],
    ];
    const r = readSheet('ledger', values, settings);
    expect(r.findings).toEqual([]);
    expect(r.records.map((e) => [e.kind, e.amount, e.round])).toEqual([
      ['matching_local', 50000, '1'],
      ['matching_state', 25000, ''],
      ['admin_expense', 350, ''],
    ]);
  });
});

test('a large deposit log of 200k rows reads every row, with no finding on correct rows', () => {
  const kinds = ['เงินออม', 'ค่าบำรุงรายปี', 'ค่าสมัคร'];
  const values: unknown[][] = [SHEETS.deposits.columns.map((c) => c.th)];
  for (let i = 0; i < 200_000; i++) {
    values.push([
      `R${i}`,
      cell(D(2020, 1, 1) + (i % 1500)),
      `A${String(i % 3000).padStart(4, '0')}`,
      kinds[i % 3],
      i % 3 === 0 ? 30 : 50,
      i % 3 === 1 ? 2567 : '',
      'สมศรี',
      '',
    ]);
  }
  const r = readSheet('deposits', values, settings);
  expect(r.records).toHaveLength(200_000);
  expect(r.findings).toEqual([]);
  // Its speed is measured end to end by `npm run bench -- --case check`, not timed in a test.
});
