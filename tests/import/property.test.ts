/**
 * Property: a random group book in a random shape (title rows, header words, date and amount
 * styles, log / grid / ledger / welfare register), imported and then summarised, gives the
 * source's own totals; the rows skipped are exactly the ones made unreadable.
 */
import fc from 'fast-check';
import { BE_OFFSET, dateFromDay, dayFromYMD, daysInMonth } from '../../src/core/dates';
import { detectTab, emptyMapping, planImport, suggestedAnswers } from '../../src/core/import';
import { readSheet } from '../../src/core/records';
import { SHEETS, type RecordSheetKey } from '../../src/core/schema';
import { DEFAULT_BENEFITS, defaultSettings } from '../../src/core/settings';
import { aggregate, fundStatus } from '../../src/core/summaries';

const TH_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const TH_DIGIT = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

type DateStyle = 'beText' | 'ceCell' | 'beInCell' | 'thaiMonth' | 'thaiDigits';
type AmountStyle = 'number' | 'baht' | 'commas';

function dateCell(y: number, m: number, d: number, style: DateStyle): unknown {
  switch (style) {
    case 'beText':
      return `${d}/${m}/${y + BE_OFFSET}`;
    case 'ceCell':
      return dateFromDay(dayFromYMD(y, m, d)!);
    case 'beInCell':
      // What Sheets keeps when 15/8/2561 is typed into a date cell: the year 2561 C.E.
      return new Date(Date.UTC(y + BE_OFFSET, m - 1, d) - 7 * 3600e3);
    case 'thaiMonth':
      return `${d} ${TH_SHORT[m - 1]} ${y + BE_OFFSET}`;
    case 'thaiDigits':
      return TH_DIGIT(`${d}/${m}/${y + BE_OFFSET}`);
  }
}

function amountCell(satang: number, style: AmountStyle): unknown {
  const baht = satang / 100;
  if (style === 'number') return baht;
  const s = baht.toLocaleString('en-US', { minimumFractionDigits: satang % 100 ? 2 : 0 });
  return style === 'baht' ? `${s} บาท` : s;
}

const bookArb = fc.record({
  members: fc.integer({ min: 1, max: 12 }),
  titleRows: fc.integer({ min: 0, max: 3 }),
  english: fc.boolean(),
  shape: fc.constantFrom('log', 'grid', 'ledger', 'welfare'),
  dateStyle: fc.constantFrom<DateStyle>('beText', 'ceCell', 'beInCell', 'thaiMonth', 'thaiDigits'),
  amountStyle: fc.constantFrom<AmountStyle>('number', 'baht', 'commas'),
  amounts: fc.array(fc.integer({ min: 1, max: 500000 }), { minLength: 1, maxLength: 40 }),
  bad: fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 5 }),
  totalRow: fc.boolean(),
  year: fc.integer({ min: 2015, max: 2024 }),
});

test('imported and summarised, a random group book gives its own totals; skipped rows are the unreadable ones', () => {
  fc.assert(
    fc.property(bookArb, (g) => {
      const ids = Array.from({ length: g.members }, (_, i) => String(i + 1).padStart(3, '0'));
      const title = Array.from({ length: g.titleRows }, (_, i) => [i === 0 ? 'สมุดบัญชีกลุ่มออมทรัพย์' : '']);
      const roll = [
        ...title,
        g.english ? ['Member ID', 'Name', 'Village', 'Join date'] : ['เลขที่สมาชิก', 'ชื่อ - นามสกุล', 'หมู่ที่', 'วันที่สมัคร'],
        ...ids.map((id, i) => [
          id,
          `นางทดสอบ คนที่${i + 1}`,
          (i % 5) + 1,
          dateCell(g.year - 1, 1, 1 + (i % 28), g.dateStyle),
        ]),
      ];
      const bad = new Set(g.bad.filter((b) => b < g.amounts.length));
      const expected: Record<string, number> = {};
      const add = (k: string, s: number) => (expected[k] = (expected[k] ?? 0) + s);
      const skippedRows: number[] = [];
      let money: unknown[][];
      const header = title.length + 1;
      if (g.shape === 'grid') {
        // rows of 12 months; amount i goes to member i % n, month (i / n) % 12 (a cell used once)
        const rows = ids.map((id, i) => [i + 1, id, `นางทดสอบ คนที่${i + 1}`, ...Array(12).fill(''), 0]);
        g.amounts.forEach((a, i) => {
          const r = i % g.members;
          const m = Math.floor(i / g.members) % 12;
          if (rows[r][3 + m] !== '') return;
          if (bad.has(i)) {
            rows[r][3 + m] = 'สามสิบบาท';
            if (!skippedRows.includes(header + 1 + r)) skippedRows.push(header + 1 + r);
            return;
          }
          rows[r][3 + m] = amountCell(a, g.amountStyle);
          rows[r][15] = (rows[r][15] as number) + a / 100;
          add('savings', a);
        });
        for (const row of rows) row[15] = Math.round((row[15] as number) * 100) / 100;
        money = [
          ...title.map(() => [`ออมทรัพย์ ปี ${g.year + BE_OFFSET}`]),
          ['ลำดับ', 'เลขที่สมาชิก', 'ชื่อ', ...TH_SHORT, 'รวม'],
          ...rows,
        ];
      } else {
        const head =
          g.shape === 'log'
            ? ['วันที่', 'เลขที่สมาชิก', 'ประเภท', 'จำนวนเงิน']
            : g.shape === 'ledger'
              ? ['วันที่', 'รายการ', 'รับ', 'จ่าย']
              : ['ว/ด/ป', 'เลขที่สมาชิก', 'รายการ', 'จำนวน', 'เงิน (บาท)'];
        const rows = g.amounts.map((a, i) => {
          const m = 1 + (i % 12);
          const d = Math.min(1 + (i % 28), daysInMonth(g.year, m));
          const date = bad.has(i) ? `${d}/${m}/${(g.year + BE_OFFSET) % 100}` : dateCell(g.year, m, d, g.dateStyle);
          if (bad.has(i)) skippedRows.push(header + 1 + i);
          const amt = amountCell(a, g.amountStyle);
          if (g.shape === 'log') {
            if (!bad.has(i)) add(i % 3 === 0 ? 'annual_fee' : 'savings', a);
            return [date, ids[i % g.members], i % 3 === 0 ? 'ค่าบำรุง' : 'เงินออม', amt];
          }
          if (g.shape === 'ledger') {
            const income = i % 4 !== 3;
            if (!bad.has(i)) add(income ? 'matching_local' : 'admin_expense', a);
            return [date, income ? 'สมทบจาก อบต.ทดสอบ' : 'ค่าบริหาร ค่าเอกสาร', income ? amt : '', income ? '' : amt];
          }
          if (!bad.has(i)) add('welfare', a);
          return [date, ids[i % g.members], 'ค่าเยี่ยมไข้', `${1 + (i % 3)} คืน`, amt];
        });
        money = [...title, head, ...rows];
      }
      // The group's own total counts every row as written (a row with a bad date still has its amount).
      if (g.totalRow && g.shape === 'log') money.push(['รวม', '', '', g.amounts.reduce((s, a) => s + a, 0) / 100]);

      const tabName = g.shape === 'grid' ? `ออม ${g.year + BE_OFFSET}` : 'บัญชี';
      const mapping = emptyMapping();
      for (const [tab, values] of [
        ['ทะเบียน', roll],
        [tabName, money],
      ] as const) {
        const d = detectTab(tab, values as unknown[][]);
        expect(d.failure).toBeUndefined();
        mapping.tabs.push(d.mapping!);
      }
      const facts = { benefits: DEFAULT_BENEFITS, origins: new Set<string>(), members: [] };
      const sources = [
        { tab: 'ทะเบียน', values: roll },
        { tab: tabName, values: money },
      ];
      let plans = planImport(sources, mapping, facts);
      mapping.values = suggestedAnswers(plans, DEFAULT_BENEFITS, mapping.values);
      plans = planImport(sources, mapping, facts);
      expect(plans.flatMap((p) => p.problems)).toEqual([]);
      expect(plans[0].toImport).toBe(g.members);
      expect([...new Set(plans[1].skipped.map((s) => s.row))].sort((a, b) => a - b)).toEqual(
        skippedRows.sort((a, b) => a - b),
      );
      for (const c of plans[1].reconciles) expect(c.ok).toBe(true);

      // Summarise what would be written, read back the way the book is read.
      const settings = defaultSettings();
      const sheet = <K extends RecordSheetKey>(key: K) => {
        const cols = SHEETS[key].columns;
        const rows = plans
          .filter((p) => p.target === key)
          .flatMap((p) => p.records)
          .map((r) =>
            cols.map((c) => {
              const v = r.values[c.key];
              return c.kind === 'date' && typeof v === 'number' ? dateFromDay(v) : (v ?? '');
            }),
          );
        return readSheet(key, [cols.map((c) => c.th), ...rows], settings).records;
      };
      const input = {
        settings,
        members: sheet('members'),
        deposits: sheet('deposits'),
        welfare: sheet('welfare'),
        ledger: sheet('ledger'),
        asOf: dayFromYMD(2030, 12, 31)!,
        period: 'calendar' as const,
      };
      const fs = fundStatus(aggregate(input), input.members, settings);
      const got: Record<string, number> = {};
      for (const [k, v] of Object.entries(fs.income.sinceStart)) if (v) got[k] = Math.round(v * 100);
      for (const [k, v] of Object.entries(fs.expenses.sinceStart)) if (v) got[k] = Math.round(v * 100);
      if (fs.welfare.totalSinceStart) got.welfare = Math.round(fs.welfare.totalSinceStart * 100);
      expect(got).toEqual(expected);
    }),
    { numRuns: 100 },
  );
});
