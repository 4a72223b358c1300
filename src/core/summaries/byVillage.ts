/**
 * By village: members, contributions by kind, welfare cases and baht. Money of an id that is not
 * on the roll, and grants to community projects, get rows of their own so the columns still add
 * up to the fund-status totals.
 */
import { t, type Lang } from '../i18n';
import type { Member } from '../records';
import type { FundSettings } from '../settings';
import { DEPOSIT_KINDS } from '../vocabulary';
import { P_EVER, P_W_EVER, P_W_EVER_CASES, toBaht, type Aggregates } from './aggregate';
import { kindLabel } from './labels';
import { isMemberOn } from './roll';
import { titleBlock } from './table';
import type { Cell, CellFormat, SummaryTable } from './types';

const FORMAT: CellFormat[] = ['text', 'int', 'int', 'money', 'money', 'money', 'money', 'int', 'money'];

interface VillageLine {
  ever: number;
  now: number;
  /** satang: entry, annual, savings, welfare; then welfare cases */
  money: Float64Array;
}

function line(): VillageLine {
  return { ever: 0, now: 0, money: new Float64Array(5) };
}

export function byVillageTable(agg: Aggregates, members: Member[], settings: FundSettings, lang: Lang): SummaryTable {
  const header = [
    t('sum.col.village', lang),
    t('sum.col.membersEver', lang),
    t('sum.col.membersNow', lang),
    ...DEPOSIT_KINDS.map((k) => kindLabel(k, lang)),
    t('sum.col.contributions', lang),
    t('sum.col.welfareCases', lang),
    t('sum.col.welfareBaht', lang),
  ];
  const rows: Cell[][] = [];
  const asOf = agg.period.asOf;
  const none = t('sum.v.none', lang);
  const villages = new Map<string, VillageLine>();
  const villageOf = new Map<string, string>();
  const get = (name: string) => {
    let v = villages.get(name);
    if (!v) {
      v = line();
      villages.set(name, v);
    }
    return v;
  };
  for (const m of members) {
    const name = m.village.trim() === '' ? none : m.village.trim();
    // The first row of a duplicated id wins, as everywhere else; the checks report the duplicate.
    if (m.memberId !== '' && !villageOf.has(m.memberId)) villageOf.set(m.memberId, name);
    if (m.joinDay === null || m.joinDay > asOf) continue;
    const v = get(name);
    v.ever++;
    if (isMemberOn(m, asOf)) v.now++;
  }
  const notOnRoll = line();
  agg.persons.forEach((p, id) => {
    const name = villageOf.get(id);
    const v = name === undefined ? notOnRoll : get(name);
    const n = DEPOSIT_KINDS.length;
    for (let k = 0; k < n; k++) v.money[k] += p[P_EVER + k];
    v.money[n] += p[P_W_EVER];
    v.money[n + 1] += p[P_W_EVER_CASES];
  });
  const projects = line();
  projects.money[3] = agg.projectWelfare.satang;
  projects.money[4] = agg.projectWelfare.cases;

  const names = Array.from(villages.keys())
    .filter((n) => n !== none)
    .sort((a, b) => a.localeCompare(b, 'th'));
  if (villages.has(none)) names.push(none);
  const total = line();
  const emit = (name: string, v: VillageLine) => {
    total.ever += v.ever;
    total.now += v.now;
    for (let i = 0; i < 5; i++) total.money[i] += v.money[i];
    rows.push(cellsOf(name, v));
  };
  for (const n of names) emit(n, villages.get(n) as VillageLine);
  if (notOnRoll.money.some((x) => x !== 0)) emit(t('sum.v.notOnRoll', lang), notOnRoll);
  if (projects.money.some((x) => x !== 0)) emit(t('sum.v.projects', lang), projects);
  rows.push(cellsOf(t('sum.row.total', lang), total));

  return {
    key: 'byVillage',
    sheetName: t('sum.sheet.byVillage', 'th'),
    internal: false,
    blocks: [
      titleBlock('sum.sheet.byVillage', settings, agg.period, lang),
      { header, rows, formats: FORMAT, boldRows: [rows.length - 1] },
    ],
    columnWidths: [170, 100, 100, 110, 110, 110, 120, 100, 120],
    charts: [],
  };
}

function cellsOf(name: string, v: VillageLine): Cell[] {
  const m = v.money;
  return [
    name,
    v.ever,
    v.now,
    toBaht(m[0]),
    toBaht(m[1]),
    toBaht(m[2]),
    toBaht(m[0] + m[1] + m[2]),
    m[4],
    toBaht(m[3]),
  ];
}
