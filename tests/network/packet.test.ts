/**
 * The packet and the network's arithmetic, in core: random funds → packets (through a sheet's
 * values and back) → network totals equal the sum of each fund's own key figures to the satang,
 * at a ตำบล and at a province built from ตำบล packets, with a fund reached twice counted once.
 */
import fc from 'fast-check';
import { buildSummaryTables, keyFigures, toSatang } from '../../src/core/summaries';
import { collect, collectionJson, type Source } from '../../src/core/network/collect';
import { FIGURE_ITEMS, HIDDEN_CELL, SUMMABLE_KEYS } from '../../src/core/network/items';
import { fundPacket, packetBlocks, readPacketValues, type Packet } from '../../src/core/network/packet';
import { derivableCells, type SuppressionMask } from '../../src/core/share/suppress';
import { sha256Hex } from '../../src/core/network/checksum';
import { be, member, settings } from '../summaries/records';
import { REPORTING, packetOf, randomFund, roundTrip, sheetValues, type RandomFund } from './core';

const self = (id: string) => ({
  id,
  name: `เครือข่าย ${id}`,
  subdistrict: 'ดอนแก้ว',
  district: 'แม่ริม',
  province: 'เชียงใหม่',
});
const opts = (id: string) => ({
  reportingDay: REPORTING,
  lateDays: 45,
  self: self(id),
  adminCostCeiling: 0.2,
  lang: 'th' as const,
});
const ok = (p: Packet, name = p.meta.name): Source => ({
  name,
  subdistrict: '',
  where: `${name}.xlsx`,
  read: { ok: true, packet: p },
});

/** The fund's own key figures, money in satang: what its summaries say. */
function own(f: RandomFund): Record<string, number> {
  const kf = keyFigures(buildSummaryTables(f.input).status);
  const money = new Set(FIGURE_ITEMS.filter((i) => i.unit === 'satang').map((i) => i.key));
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(kf)) if (v !== null && !money.has(k)) out[k] = v;
  for (const k of money) if (k in kf) out[k] = toSatang(kf[k] as number);
  return out;
}

function sumOwn(funds: RandomFund[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of funds) for (const [k, v] of Object.entries(own(f))) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The summable key figures the summaries name (ratios are compared apart). */
const KEYS = SUMMABLE_KEYS.filter((k) => !['contributionsBase', 'outgoLast12', 'adminInPeriod'].includes(k));

test('SHA-256 matches the published test vectors', () => {
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
});

test('a fund packet carries the summaries own figures in satang, and its ratios equal theirs', () => {
  fc.assert(
    fc.property(randomFund, (f) => {
      const p = roundTrip(packetBlocks(packetOf(f, 'f1'), 'th'));
      const mine = own(f);
      for (const k of KEYS) expect([k, p.figures[k]]).toEqual([k, mine[k]]);
      const kf = keyFigures(buildSummaryTables(f.input).status);
      for (const k of ['welfareToContributions', 'reserveMonths', 'adminCostRatio']) {
        const v = kf[k];
        if (v === null) expect(p.figures[k]).toBeNull();
        else expect(Math.abs((p.figures[k] as number) - v)).toBeLessThan(1e-6);
      }
      // The members by age band add up to the members now; the benefit lines to the welfare paid.
      expect(Object.values(p.bands).reduce((a, b) => a + b, 0)).toBe(p.figures.activeNow);
      expect(p.benefits.reduce((a, b) => a + b.satang, 0)).toBe(p.figures.welfarePaid);
      expect(p.benefits.reduce((a, b) => a + b.cases, 0)).toBe(p.figures.welfareCases);
    }),
    { numRuns: 30 },
  );
});

test('network totals equal the sum of each fund own figures, at a ตำบล and at a province, to the satang', () => {
  fc.assert(
    fc.property(
      fc.array(randomFund, { minLength: 1, maxLength: 7 }),
      fc.array(fc.nat(2), { minLength: 7, maxLength: 7 }),
      fc.nat(6),
      (funds, groupOf, twice) => {
        const packets = funds.map((f, i) => roundTrip(packetBlocks(packetOf(f, `fund${i}`), 'th')));
        const expected = sumOwn(funds);

        // One ตำบล with every fund.
        const tambon = collect(
          packets.map((p) => ok(p)),
          opts('net0'),
        );
        expect(tambon.cover.fundsCounted).toBe(funds.length);
        for (const k of KEYS) expect([k, tambon.totals[k]]).toEqual([k, expected[k] ?? 0]);

        // A province of up to three ตำบล networks, each read back from its own packet's sheet, and
        // one fund listed directly as well (a second path): counted once and flagged.
        const groups = [0, 1, 2]
          .map((g) => packets.filter((_, i) => groupOf[i] === g))
          .filter((g) => g.length > 0)
          .map((g, n) =>
            roundTrip(
              packetBlocks(
                collect(
                  g.map((p) => ok(p)),
                  opts(`net${n + 1}`),
                ).packet,
                'th',
              ),
            ),
          );
        const direct = packets[twice % packets.length];
        const province = collect([...groups.map((g) => ok(g)), ok(direct, 'ตรง')], opts('prov'));
        expect(province.cover.fundsCounted).toBe(funds.length);
        expect(province.duplicates.map((d) => d.fundId)).toEqual([direct.meta.id]);
        expect(province.duplicates[0].via).toHaveLength(2);
        for (const k of KEYS) expect([k, province.totals[k]]).toEqual([k, expected[k] ?? 0]);

        // The --json view: money in baht, exact to the satang.
        const json = collectionJson(province);
        expect(toSatang(json.totals.welfarePaid as number)).toBe(expected.welfarePaid ?? 0);
        expect(toSatang(json.totals.balance as number)).toBe(expected.balance ?? 0);
      },
    ),
    { numRuns: 25 },
  );
});

test('a one-fund network has the fund own ratios', () => {
  fc.assert(
    fc.property(randomFund, (f) => {
      const p = packetOf(f, 'f1');
      const n = collect([ok(p)], opts('n'));
      for (const k of ['welfareToContributions', 'reserveMonths', 'adminCostRatio']) {
        const a = n.totals[k];
        const b = p.figures[k];
        if (b === null) expect(a).toBeNull();
        else expect(Math.abs((a as number) - b)).toBeLessThan(1e-6);
      }
    }),
    { numRuns: 25 },
  );
});

describe('statuses', () => {
  const funds = fc.sample(randomFund, { numRuns: 3, seed: 7 });
  const packets = funds.map((f, i) => packetOf(f, `fund${i}`));

  test('late, failed and rejected funds: never counted as zero, and the totals say how many they cover', () => {
    const dated = (p: Packet, asOf: string): Packet => ({
      ...p,
      meta: { ...p.meta, asOf },
      funds: p.funds.map((x) => ({ ...x, asOf })),
    });
    const onTime = dated(packets[0], '2026-10-20');
    const late = dated(packets[1], '2026-06-30');
    const c = collect(
      [
        ok(onTime, 'ก'),
        ok(late, 'ข'),
        {
          name: 'ค',
          subdistrict: '',
          where: 'c.xlsx',
          read: { ok: false, status: 'failed', reason: { th: 'เปิดไม่ได้', en: 'x' } },
        },
        {
          name: 'ง',
          subdistrict: '',
          where: 'd.xlsx',
          read: { ok: false, status: 'rejected', reason: { th: 'สมุดทั้งเล่ม', en: 'x' } },
        },
      ],
      opts('n'),
    );
    expect(c.sources.map((s) => s.status)).toEqual(['ok', 'late', 'failed', 'rejected']);
    expect(c.sources[1].reason).toContain('45 วัน');
    expect(c.cover).toMatchObject({
      fundsListed: 4,
      fundsCounted: 2,
      fundsOk: 1,
      fundsLate: 1,
      fundsFailed: 1,
      fundsRejected: 1,
    });
    // The failed and rejected funds are listed with no figures at all (not zeros).
    expect(c.funds.filter((f) => f.status === 'failed' || f.status === 'rejected').map((f) => f.figures)).toEqual([
      {},
      {},
    ]);
    const two = sumOwn([funds[0], funds[1]]);
    for (const k of KEYS) expect([k, c.totals[k]]).toEqual([k, two[k] ?? 0]);
    // A province sees the failed fund inside the ตำบล packet as failed, still not counted.
    const prov = collect([ok(roundTrip(packetBlocks(c.packet, 'th')))], opts('p'));
    expect(prov.cover).toMatchObject({ fundsListed: 4, fundsCounted: 2, fundsFailed: 1, fundsRejected: 1 });
  });

  test('a packet edited by hand is detected by its checksum', () => {
    const values = sheetValues(packetBlocks(packets[0], 'th'));
    expect(readPacketValues(values).ok).toBe(true);
    const row = values.findIndex((r) => r[0] === 'welfarePaid');
    const edited = values.map((r) => r.slice());
    edited[row][2] = (edited[row][2] as number) + 100; // one baht more
    expect(readPacketValues(edited)).toEqual({ ok: false, problem: { kind: 'checksum' } });
    // Consistent edits (the total and the fund row both changed) are caught the same way.
    const fundRow = edited.findIndex((r) => r[0] === 'fund0');
    const col = edited.findIndex((r) => r[0] === 'fundId');
    const wp = edited[col].indexOf('welfarePaid');
    edited[fundRow][wp] = (edited[fundRow][wp] as number) + 100;
    expect(readPacketValues(edited)).toEqual({ ok: false, problem: { kind: 'checksum' } });
    // A label typed over (not a figure) is no change to the figures.
    const relabelled = values.map((r) => r.slice());
    relabelled[row][1] = 'จ่ายสวัสดิการ';
    expect(readPacketValues(relabelled).ok).toBe(true);
  });

  test('a newer version is refused, not guessed', () => {
    const values = sheetValues(packetBlocks(packets[0], 'th'));
    const v = values.findIndex((r) => r[0] === 'version');
    values[v][2] = '2';
    expect(readPacketValues(values)).toEqual({ ok: false, problem: { kind: 'version', version: '2' } });
  });
});

test('members by village and age band: small counts hidden, none can be worked out from what is shown', () => {
  // Seven members aged 49 in one village; in the other two aged 49 and one aged 89, who would be
  // named by village and age band together.
  const ms = [
    ...Array.from({ length: 7 }, (_, i) =>
      member(`A${i}`, be(1, 1, 2560), { village: 'บ้านเหนือ', birthDay: be(1, 1, 2520) }),
    ),
    member('B1', be(1, 1, 2560), { village: 'บ้านใต้', birthDay: be(1, 1, 2480) }),
    member('B2', be(1, 1, 2560), { village: 'บ้านใต้', birthDay: be(1, 1, 2520) }),
    member('B3', be(1, 1, 2560), { village: 'บ้านใต้', birthDay: be(1, 1, 2520) }),
  ];
  const input = {
    settings: settings(),
    members: ms,
    deposits: [],
    welfare: [],
    ledger: [],
    asOf: REPORTING,
    period: 'fiscal' as const,
  };
  const p = roundTrip(packetBlocks(fundPacket(input, buildSummaryTables(input), self('f')), 'th'));
  const truth: Record<string, number[]> = { บ้านเหนือ: [0, 0, 7, 0, 0, 0], บ้านใต้: [0, 0, 2, 0, 1, 0] };
  const south = p.villages.find((v) => v.village === 'บ้านใต้')!;
  expect(south.total).toBe(3);
  expect(south.cells[4]).toBeNull(); // the one member aged 80+
  expect(p.bands.age80plus).toBe(1); // fund-level totals stay exact, as in the shared file
  expect(sheetValues(packetBlocks(p, 'th')).flat()).toContain(HIDDEN_CELL);
  const cases = p.villages.map((v) => truth[v.village]);
  const mask: SuppressionMask = {
    cells: p.villages.map((v, i) =>
      v.cells.map((c, j) => (c !== null ? null : cases[i][j] >= 1 && cases[i][j] < 3 ? 'small' : 'complement')),
    ),
    rowTotals: p.villages.map(() => null),
    small: 0,
    complement: 0,
  };
  const matrix = {
    villages: p.villages.map((v) => v.village),
    benefits: Object.keys(p.bands).map((code) => ({ code, sensitive: true })),
    cases,
    rowTotals: true,
  };
  expect(derivableCells(matrix, mask)).toEqual([]);
});
