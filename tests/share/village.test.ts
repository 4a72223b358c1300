/**
 * The figures in the shared file: small counts of sensitive benefits by village hidden as "<3"
 * (with their baht), none of them recoverable from the published totals, and every fund-level
 * figure exactly the fund's own summaries.
 */
import type { Runtime } from '../../src/local/runtime';
import { parseDate } from '../../src/core/dates';
import { readSheet } from '../../src/core/records';
import { parseSettings } from '../../src/core/settings';
import { demoFund } from '../support/runtime';
import { share, sharedFileId } from './helpers';
import { callCli } from '../../src/local/addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const AS_OF = '30/9/2547'; // two years after the demo fund began: many villages with one or two cases
const LESS = '<3';
const HIDDEN = 'ปกปิด';

function shared(rt: Runtime): Spreadsheet {
  return rt.created.get(sharedFileId(rt)!) as unknown as Spreadsheet;
}

function values(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** Welfare counted by village and benefit from the fund book's records, as the shared file should have them. */
function truth(rt: Runtime, asOf: string) {
  const book = rt.spreadsheet as unknown as Spreadsheet;
  const v = (name: string) => values(book.getSheetByName(name)!);
  const { settings } = parseSettings(v('ตั้งค่า'), v('ตั้งค่าสวัสดิการ'));
  const members = readSheet('members', v('สมาชิก'), settings).records;
  const welfare = readSheet('welfare', v('สวัสดิการ'), settings).records;
  const day = (parseDate(asOf) as { ok: true; value: number }).value;
  const villageOf = new Map<string, string>();
  for (const m of members) if (!villageOf.has(m.memberId)) villageOf.set(m.memberId, m.village.trim());
  const counts = new Map<string, { cases: number; baht: number }>();
  for (const w of welfare) {
    if (w.amount === null || w.day === null || w.day > day || w.benefit === null || w.memberId === '') continue;
    const key = `${villageOf.get(w.memberId) ?? '?'}|${w.benefit}`;
    const c = counts.get(key) ?? { cases: 0, baht: 0 };
    c.cases += w.amount > 0 ? 1 : -1;
    c.baht += w.amount;
    counts.set(key, c);
  }
  return { settings, counts };
}

describe('by village, as of 30 Sep 2547', () => {
  let rt: Runtime;
  let rows: unknown[][];
  let headerRow: number;
  beforeAll(async () => {
    rt = await demoFund();
    expect(share(rt, { asOf: AS_OF }).ok).toBe(true);
    rows = values(shared(rt).getSheetByName('สรุปตามหมู่บ้าน')!);
    headerRow = rows.findIndex((r) => String(r[1]).endsWith('(ราย)'));
  });

  test('shows each small count of a sensitive benefit as "<3" with its baht hidden; everything shown is exact', () => {
    const { settings, counts } = truth(rt, AS_OF);
    const header = rows[headerRow].map(String);
    let small = 0;
    let shownExact = 0;
    for (const row of rows.slice(headerRow + 1)) {
      const village = String(row[0]);
      if (village === 'รวม' || village === '') break;
      settings.benefits.forEach((b) => {
        const col = header.indexOf(`${b.name} (ราย)`);
        if (col < 0) return;
        const c = counts.get(`${village}|${b.code}`) ?? { cases: 0, baht: 0 };
        const [cases, baht] = [row[col], row[col + 1]];
        if (b.sensitive && c.cases >= 1 && c.cases < 3) {
          expect([village, b.code, cases, baht]).toEqual([village, b.code, LESS, HIDDEN]);
          small++;
        } else if (cases === LESS || cases === HIDDEN) {
          // A cell hidden so that another cannot be worked out: "<3" only when that is true.
          expect(cases).toBe(c.cases < 3 ? LESS : HIDDEN);
          expect(baht).toBe(HIDDEN);
        } else {
          expect([village, b.code, cases, baht]).toEqual([village, b.code, c.cases, c.baht]);
          shownExact++;
        }
      });
    }
    expect(small).toBeGreaterThanOrEqual(3);
    expect(shownExact).toBeGreaterThan(10);
  });

  test('no hidden cell can be worked out from the totals the file publishes', () => {
    const header = rows[headerRow].map(String);
    const body = rows.slice(
      headerRow + 1,
      rows.findIndex((r, i) => i > headerRow && r[0] === 'รวม'),
    );
    const hidden = (x: unknown) => x === LESS || x === HIDDEN;
    const caseCols = header.map((h, i) => (h.endsWith('(ราย)') ? i : -1)).filter((i) => i > 0);
    // Each benefit column adds up to its published fund total: one hidden cell alone would be exposed.
    for (const col of caseCols)
      expect([header[col], body.filter((r) => hidden(r[col])).length]).not.toEqual([header[col], 1]);
    // Each village row adds up to its welfare total in the table above (shown or hidden too).
    const top = rows.findIndex((r) => r[0] === 'หมู่บ้าน');
    const totalCol = rows[top].map(String).indexOf('สวัสดิการ (ราย)');
    for (const r of body) {
      const above = rows.slice(top + 1).find((x) => x[0] === r[0])!;
      const unknown = caseCols.filter((c) => hidden(r[c])).length + (hidden(above[totalCol]) ? 1 : 0);
      expect([r[0], unknown]).not.toEqual([r[0], 1]);
    }
    // And the village totals add up to the fund's total: the same rule for that column.
    const villageTotals = rows.slice(
      top + 1,
      rows.findIndex((x, i) => i > top && x[0] === 'รวม'),
    );
    expect(villageTotals.filter((x) => hidden(x[totalCol])).length).not.toBe(1);
  });

  test('the fund-level line stays exact: per benefit it equals the "by benefit" sheet', () => {
    const header = rows[headerRow].map(String);
    const total = rows.find((r, i) => i > headerRow && r[0] === 'รวม')!;
    const byBenefit = values(shared(rt).getSheetByName('สรุปตามสวัสดิการ')!);
    const since = byBenefit.filter((r) => r[0] === 'ตั้งแต่เริ่มกองทุน');
    let compared = 0;
    for (const r of since) {
      const col = header.indexOf(`${r[1]} (ราย)`);
      if (col < 0) continue;
      expect([r[1], total[col], total[col + 1]]).toEqual([r[1], r[2], r[5]]);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  test('the about sheet states the rule and the threshold', () => {
    const about = values(shared(rt).getSheetByName('เกี่ยวกับรายงานนี้')!).flat().join('\n');
    expect(about).toContain('น้อยกว่า 3 รายจะแสดงเป็น "<3"');
    expect(about).toContain('ยอดรวมระดับกองทุนเป็นตัวเลขจริง');
  });
});

describe('fund-level figures', () => {
  test('every shared summary sheet is, below its stamp, exactly the fund book\u2019s own summary', async () => {
    const rt = await demoFund();
    const asOf = '31/12/2568';
    expect(share(rt, { asOf, period: 'calendar' }).ok).toBe(true);
    callCli(rt, 'buildSummariesWith', { asOf, period: 'calendar' });
    const book = rt.spreadsheet as unknown as Spreadsheet;
    for (const name of ['ฐานะกองทุน', 'สรุปรายเดือน', 'สรุปตามสวัสดิการ', 'รายงานเงินสมทบ']) {
      const mine = values(shared(rt).getSheetByName(name)!).slice(1);
      const theirs = values(book.getSheetByName(name)!).slice(1);
      expect([name, mine]).toEqual([name, theirs]);
    }
    // By village: the summaries' table comes first, unchanged when nothing in it had to be hidden.
    const village = values(shared(rt).getSheetByName('สรุปตามหมู่บ้าน')!).slice(1);
    const theirs = values(book.getSheetByName('สรุปตามหมู่บ้าน')!).slice(1);
    expect(village.slice(0, theirs.length).map((r) => r.slice(0, theirs[0].length))).toEqual(theirs);
    // The stamps name the same as-of day.
    const stamp = (s: Sheet) => String(s.getRange(1, 1).getValue()).split(' · ')[0];
    expect(stamp(shared(rt).getSheetByName('ฐานะกองทุน')!)).toBe(stamp(book.getSheetByName('ฐานะกองทุน')!));
  });
});
