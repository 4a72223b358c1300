/** Helpers of the network tests: random funds as parsed records, and a packet as a sheet's values. */
import fc from 'fast-check';
import type { DayNumber } from '../../src/core/dates';
import type { DepositKind, LedgerKind, Member } from '../../src/core/records';
import { buildSummaryTables, type SummaryBlock, type SummaryInput } from '../../src/core/summaries';
import { fundPacket, readPacketValues, type Packet } from '../../src/core/network/packet';
import { be, deposit, ledger, member, settings, welfare } from '../summaries/records';

export const REPORTING = be(31, 10, 2569);
const FIRST = be(1, 1, 2560);

const VILLAGES = ['บ้านดอนไชย', 'บ้านหนองบัว', 'บ้านใหม่', ''];
const BENEFITS = ['newborn', 'sickness', 'death', 'disabled', 'education'];
const DEPOSIT_KINDS: DepositKind[] = ['entry_fee', 'annual_fee', 'savings'];
const LEDGER_KINDS: LedgerKind[] = [
  'matching_local',
  'matching_state',
  'donation',
  'interest',
  'admin_expense',
  'other_expense',
];

const day = (min: DayNumber, max: DayNumber) => fc.integer({ min, max });
/** Whole satang, as a secretary types baht with up to two decimals. */
const money = fc.integer({ min: 1, max: 5_000_00 }).map((s) => s / 100);

export interface RandomFund {
  input: SummaryInput;
}

export const randomFund: fc.Arbitrary<RandomFund> = fc
  .record({
    members: fc.array(
      fc.record({
        join: fc.option(day(FIRST, REPORTING), { freq: 12 }),
        birth: fc.option(day(be(1, 1, 2460), be(1, 1, 2560)), { freq: 6 }),
        village: fc.constantFrom(...VILLAGES),
        status: fc.constantFrom('active', 'active', 'active', 'resigned', 'deceased', 'lapsed'),
        left: fc.option(day(FIRST, REPORTING), { freq: 5 }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    deposits: fc.array(
      fc.record({ who: fc.nat(30), at: day(FIRST, REPORTING), kind: fc.constantFrom(...DEPOSIT_KINDS), amount: money }),
      {
        maxLength: 40,
      },
    ),
    welfare: fc.array(
      fc.record({ who: fc.nat(30), at: day(FIRST, REPORTING), benefit: fc.constantFrom(...BENEFITS), amount: money }),
      {
        maxLength: 15,
      },
    ),
    ledger: fc.array(fc.record({ at: day(FIRST, REPORTING), kind: fc.constantFrom(...LEDGER_KINDS), amount: money }), {
      maxLength: 10,
    }),
    asOf: day(be(1, 6, 2569), REPORTING),
    period: fc.constantFrom('fiscal' as const, 'calendar' as const),
  })
  .map((r) => {
    const members: Member[] = r.members.map((m, i) =>
      member(String(i + 1).padStart(4, '0'), m.join, {
        birthDay: m.birth,
        village: m.village,
        status: m.status as Member['status'],
        statusDay: m.status === 'active' ? null : m.left,
      }),
    );
    const id = (n: number) => String((n % members.length) + 1).padStart(4, '0');
    return {
      input: {
        settings: settings(),
        members,
        deposits: r.deposits.map((d) => deposit(id(d.who), d.at, d.kind, d.amount)),
        welfare: r.welfare.map((w) => welfare(id(w.who), w.at, w.benefit, w.amount)),
        ledger: r.ledger.map((l) => ledger(l.at, l.kind, l.amount)),
        asOf: r.asOf,
        period: r.period,
      },
    };
  });

export function packetOf(fund: RandomFund, id: string): Packet {
  return fundPacket(fund.input, buildSummaryTables(fund.input), {
    id,
    name: `กองทุน ${id}`,
    subdistrict: 'ดอนแก้ว',
    district: 'แม่ริม',
    province: 'เชียงใหม่',
  });
}

/**
 * The values getValues gives for a sheet written by the workbook layer (src/addon/book/generated.ts):
 * a stamp on row 1, then per block a blank row, the title, the header, the rows; '' elsewhere.
 */
export function sheetValues(blocks: SummaryBlock[]): unknown[][] {
  const rows: unknown[][] = [['ข้อมูล ณ วันที่ 31 ต.ค. 2569 · สร้างเมื่อ 2 ธ.ค. 2569 10:00']];
  for (const b of blocks) {
    rows.push([]);
    if (b.title !== undefined) rows.push([b.title]);
    if (b.header) rows.push([...b.header]);
    for (const r of b.rows) rows.push([...r]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
}

export function roundTrip(blocks: SummaryBlock[]): Packet {
  const read = readPacketValues(sheetValues(blocks));
  if (!read.ok) throw new Error(`packet did not read back: ${JSON.stringify(read.problem)}`);
  return read.packet;
}
