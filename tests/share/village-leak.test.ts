/**
 * A village cell is published as a label, so whatever a secretary typed there travels: a national
 * id or a name typed as a member's village must not reach the shared file or the matching report,
 * and a village too small to hide anyone (fewer members than the small-count threshold) is not named.
 */
import type { Runtime } from '../../src/local/runtime';
import { fillRecords } from '../../src/local/fill-records';
import { loadBundle } from '../support/runtime';
import { cellDate, sheetValues } from '../summaries/book';
import { allStrings, modelOf, sharedFileId } from './helpers';
import { callCli, callRpc } from '../../src/local/addon';

const ID_AS_VILLAGE = '3560894039539';
const TINY_VILLAGE = 'บ้านโคกเล็ก';

interface Planted {
  rt: Runtime;
  /** A member's name, typed as another member's village. */
  nameAsVillage: string;
  /** Every village of the demo roll that has at least three members. */
  bigVillages: string[];
}

/** The demo fund with three village cells changed, and a matching round typed as the id. */
async function planted(): Promise<Planted> {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund');
  const sheet = rt.spreadsheet.getSheetByName('สมาชิก')!;
  const values = sheet.getDataRange().getValues();
  const col = (h: string) => values[0].indexOf(h);
  const vCol = col('หมู่บ้าน');
  const nCol = col('ชื่อ-สกุล');
  const nameAsVillage = String(values[5][nCol]);
  sheet.getRange(2 + 1, vCol + 1).setValue(ID_AS_VILLAGE);
  sheet.getRange(3 + 1, vCol + 1).setValue(nameAsVillage);
  sheet.getRange(4 + 1, vCol + 1).setValue(TINY_VILLAGE);
  fillRecords(rt, 'ledger', [
    {
      entryNo: 'LX1',
      date: cellDate(1, 11, 2566),
      kind: 'เงินสมทบจาก อปท.',
      source: 'อบต.ดอนแก้ว',
      round: ID_AS_VILLAGE,
      amount: 1000,
    },
    {
      entryNo: 'LX2',
      date: cellDate(2, 11, 2566),
      kind: 'เงินสมทบจาก อปท.',
      source: 'อบต.ดอนแก้ว',
      round: '2',
      amount: 500,
    },
  ]);
  const after = sheet.getDataRange().getValues().slice(1);
  const count = new Map<string, number>();
  for (const r of after) count.set(String(r[vCol]).trim(), (count.get(String(r[vCol]).trim()) ?? 0) + 1);
  const bigVillages = [...count].filter(([v, n]) => v !== '' && n >= 3).map(([v]) => v);
  return { rt, nameAsVillage, bigVillages };
}

describe('village cells holding personal data or too few members', () => {
  let p: Planted;
  let strings: string[];
  beforeAll(async () => {
    p = await planted();
    const r = callRpc(p.rt, 'shareSummary', { emails: '', asOf: '', period: 'fiscal' });
    if (r.error) throw r.error;
    strings = allStrings(modelOf(p.rt, sharedFileId(p.rt)!));
  });

  test('the shared file holds neither the id nor the name typed as a village', () => {
    expect(strings.filter((s) => s.includes(ID_AS_VILLAGE))).toEqual([]);
    expect(strings.filter((s) => s.includes(p.nameAsVillage))).toEqual([]);
  });

  test('a village with one member is not named; its members are counted under "other villages"', () => {
    expect(strings.filter((s) => s.includes(TINY_VILLAGE))).toEqual([]);
    expect(strings.some((s) => s.startsWith('หมู่บ้านอื่น ๆ รวมกัน'))).toBe(true);
  });

  test('villages big enough are still named, and the round that is not personal is still shown', () => {
    expect(p.bigVillages.length).toBeGreaterThan(2);
    for (const v of p.bigVillages) expect(strings).toContain(v);
    const file = p.rt.created.get(sharedFileId(p.rt)!)!;
    const matching = file.getSheetByName('รายงานเงินสมทบ')!.getDataRange().getValues();
    const rounds = matching.filter((r) => r[2] === 'อบต.ดอนแก้ว').map((r) => r[3]);
    expect(rounds).toContain('2');
    expect(rounds).toContain('ปกปิด');
  });

  test("the fund book's own matching report does not show the id typed as a round", () => {
    callCli(p.rt, 'buildSummariesWith', { period: 'fiscal' });
    const cells = sheetValues(p.rt, 'รายงานเงินสมทบ').flat().map(String);
    expect(cells.filter((s) => s.includes(ID_AS_VILLAGE))).toEqual([]);
    expect(cells).toContain('ปกปิด');
  });
});
