/** The check report's layout (pure): links, column letters, counts and the cap on listed rows. */
import {
  columnLetter,
  linkFormula,
  reportLayout,
  REPORT_LIMIT,
  type ShownFinding,
} from '../../src/addon/checks/report';

const finding = (i: number, severity: ShownFinding['severity']): ShownFinding => ({
  severity,
  code: severity === 'error' ? 'deposit.unknown-member' : 'cell.number-as-text',
  sheet: 'deposits',
  sheetName: 'เงินฝาก',
  row: i + 2,
  column: 'memberId',
  columnName: 'รหัสสมาชิก',
  columnIndex: 3,
  value: 'X' + i,
  message: 'ข้อความ ' + i,
  fix: 'วิธีแก้',
});

describe('report layout', () => {
  test('column letters as Sheets names them', () => {
    expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  test('a link is built from numbers and the catalogue label only', () => {
    expect(linkFormula(123, 5, 3, 'ไปที่เซลล์')).toBe('=HYPERLINK("#gid=123&range=C5","ไปที่เซลล์")');
    expect(linkFormula(0, null, null, 'Go')).toBe('=HYPERLINK("#gid=0","Go")');
    // A quote in a label cannot end the string early.
    expect(linkFormula(1, 2, 1, 'a"b')).toBe('=HYPERLINK("#gid=1&range=A2","a""b")');
    expect(linkFormula(Number.NaN, 2, 1, 'x')).toBe('');
  });

  test('counts are complete, the list is capped with errors first, and the cap is said', () => {
    const shown = [
      ...Array.from({ length: REPORT_LIMIT }, (_, i) => finding(i, 'warning')),
      ...Array.from({ length: 10 }, (_, i) => finding(REPORT_LIMIT + i, 'error')),
    ];
    const layout = reportLayout(
      shown,
      { deposits: { name: 'เงินฝาก', sheetId: 7, header: [] } },
      '22 พ.ย. 2569 03:01',
      'th',
    );
    const [head, bySeverity, byKind, list] = layout.blocks;
    expect(head.rows.map((r) => r[0])).toContainEqual(
      expect.stringContaining(`แสดง ${REPORT_LIMIT} รายการแรกจากทั้งหมด ${REPORT_LIMIT + 10} รายการ`),
    );
    expect(bySeverity.rows).toEqual([
      ['ผิดพลาด', 10],
      ['ควรตรวจสอบ', REPORT_LIMIT],
      ['ข้อสังเกต', 0],
      ['รวม', REPORT_LIMIT + 10],
    ]);
    expect(byKind.rows).toEqual([
      ['เงินฝากของรหัสที่ไม่มีในทะเบียน', 'ผิดพลาด', 10],
      ['ตัวเลขที่เก็บเป็นข้อความ', 'ควรตรวจสอบ', REPORT_LIMIT],
    ]);
    expect(list.rows).toHaveLength(REPORT_LIMIT);
    expect(list.rows.slice(0, 10).every((r) => r[0] === 'ผิดพลาด')).toBe(true);
    expect(list.rows[0].slice(1, 5)).toEqual(['เงินฝาก', REPORT_LIMIT + 2, 'รหัสสมาชิก', 'X' + REPORT_LIMIT]);
    expect(layout.links[0]).toBe(`=HYPERLINK("#gid=7&range=C${REPORT_LIMIT + 2}","ไปที่เซลล์")`);
    expect(layout.links).toHaveLength(REPORT_LIMIT);
  });

  test('an empty result says the book passed', () => {
    const layout = reportLayout([], {}, 'now', 'en');
    expect(layout.blocks[0].rows).toContainEqual(['Nothing to correct: every sheet passed the check']);
    expect(layout.shownCount).toBe(0);
  });
});
