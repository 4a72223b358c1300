/**
 * Bench case "import": the command line's import (importFromValues_: dry run + one batch) into the
 * synthetic book of 3,000 members. Size 10,000 / 100,000: a group's long deposit log of that many
 * rows (B.E. text dates, "30 บาท"). Size 360,000: the savings grids of 3,000 members × 12 months ×
 * 10 year tabs (one deposit per month cell). Service calls must not grow with the rows.
 * Run it alone with: npm run bench -- --case import
 */
import type { BenchCase } from '../types';

const MEMBERS = 3000;
const memberId = (i: number) => `M${String(i + 1).padStart(5, '0')}`;
const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

function depositLog(rows: number): { tab: string; values: unknown[][] }[] {
  const values: unknown[][] = [['สมุดรับเงินฝาก'], ['เลขที่', 'วันที่', 'เลขที่สมาชิก', 'ประเภท', 'จำนวนเงิน']];
  for (let i = 0; i < rows; i++)
    values.push([
      `S${i + 1}`,
      `${1 + (i % 28)}/${1 + (i % 12)}/${2555 + (i % 10)}`,
      memberId(i % MEMBERS),
      'เงินออม',
      '30 บาท',
    ]);
  return [{ tab: 'สมุดรับเงิน', values }];
}

function grids(years: number): { tab: string; values: unknown[][] }[] {
  const tabs: { tab: string; values: unknown[][] }[] = [];
  for (let y = 0; y < years; y++) {
    const values: unknown[][] = [[`บัญชีเงินออม ปี ${2555 + y}`], ['ลำดับ', 'เลขที่สมาชิก', 'ชื่อ', ...MONTHS, 'รวม']];
    for (let m = 0; m < MEMBERS; m++) values.push([m + 1, memberId(m), '', ...Array(12).fill(30), 360]);
    tabs.push({ tab: `ออม ${2555 + y}`, values });
  }
  return tabs;
}

export const importCase: BenchCase = {
  name: 'import',
  sizes: [10000, 100000, 360000],
  run(rt) {
    const tabs = depositsFor(rt);
    return rt.call('importFromValues_', { tabs, mappingJson: null, sourceName: 'group.xlsx', write: true });
  },
};

/** The source of the size this runtime was built for (the harness passes it as the book's deposit count). */
function depositsFor(rt: Parameters<BenchCase['run']>[0]) {
  const size = Number(process.argv[process.argv.indexOf('--rows') + 1]);
  void rt;
  return size === 360000 ? grids(10) : depositLog(size);
}
