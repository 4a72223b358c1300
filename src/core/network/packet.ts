/**
 * A packet: the machine-readable figures a fund (or a network) publishes for the level above it.
 * Built from the summaries' own results (keyFigures, FundStatus), never recomputed; written as one
 * sheet of three blocks (items, members by village and age band, one row per fund covered); read
 * back with every item checked against ./items.ts and the checksum.
 */
import { formatDateISO, yearsBetween, type DayNumber } from '../dates';
import { t, type Lang } from '../i18n';
import type { Member } from '../records';
import { keyFigures, toSatang, type Summaries, type SummaryInput } from '../summaries';
import { isMemberOn } from '../summaries/roll';
import type { Cell, SummaryBlock } from '../summaries/types';
import { suppressSmallCounts } from '../share/suppress';
import { sha256Hex } from './checksum';
import {
  AGE_BANDS,
  CHECKSUM_KEY,
  COVER_ITEMS,
  FIGURE_ITEMS,
  FUND_COLUMNS,
  FUNDS_HEADER_FIRST,
  HIDDEN_CELL,
  ITEMS_HEADER,
  META_ITEMS,
  PACKET_FORMAT,
  PACKET_VERSION,
  VILLAGE_HEADER_FIRST,
  bandKey,
  benefitCasesKey,
  benefitSatangKey,
  type AgeBand,
  type CoverKey,
  type MetaKey,
} from './items';

export type LeafStatus = 'ok' | 'late' | 'failed' | 'rejected';

/** One fund a packet covers (a fund's own packet covers itself). Figures: summable keys only. */
export interface FundRow {
  fundId: string;
  name: string;
  subdistrict: string;
  district: string;
  province: string;
  asOf: string;
  status: LeafStatus;
  reason: string;
  /** count / satang by figure key (FIGURE_ITEMS summable keys, benefit.*, members.*); {} when not counted. */
  figures: Record<string, number>;
}

export interface BenefitFigure {
  code: string;
  name: string;
  cases: number;
  satang: number;
}

export interface VillageRow {
  village: string;
  /** Per AGE_BANDS; null = hidden by small-count suppression. */
  cells: (number | null)[];
  total: number;
}

export interface Packet {
  meta: Record<MetaKey, string>;
  cover: Record<CoverKey, number>;
  /** Every FIGURE_ITEMS key: integers for count/satang, a number or null for ratios. */
  figures: Record<string, number | null>;
  benefits: BenefitFigure[];
  bands: Record<AgeBand, number>;
  villages: VillageRow[];
  funds: FundRow[];
  checksum: string;
}

export const round6 = (x: number | null): number | null =>
  x === null || !isFinite(x) ? null : Math.round(x * 1e6) / 1e6;

/** A 20-hex-digit random id: names no one, made once per book (the add-on keeps it). */
export function newPacketId(random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 20; i++) s += Math.floor(random() * 16).toString(16);
  return s;
}

export interface FundIdentity {
  id: string;
  name: string;
  subdistrict: string;
  district: string;
  province: string;
}

/** The fund's figures as the summaries computed them, money in satang. */
export function fundFigures(s: Summaries): Record<string, number | null> {
  const kf = keyFigures(s.status);
  const out: Record<string, number | null> = {};
  for (const item of FIGURE_ITEMS) {
    const v = kf[item.key];
    if (item.unit === 'ratio') out[item.key] = round6(v ?? null);
    else if (item.unit === 'satang') out[item.key] = v === undefined || v === null ? 0 : toSatang(v);
    else out[item.key] = v ?? 0;
  }
  // The ratios' components, as fundStatus divides them (src/core/summaries/fundStatus.ts).
  out.contributionsBase = toSatang(s.status.contributions.sinceStart) + s.agg.unallocated.deposits.satang;
  out.outgoLast12 = s.agg.outgoLast12;
  out.adminInPeriod = toSatang(s.status.expenses.period.admin_expense);
  return out;
}

function bandOf(m: Member, asOf: DayNumber): AgeBand {
  if (m.birthDay === null || m.birthDay > asOf) return 'ageUnknown';
  const age = yearsBetween(m.birthDay, asOf);
  const band = AGE_BANDS.find((b) => age >= b.from && age <= b.to);
  return band ? band.code : 'ageUnknown';
}

/**
 * Members now by village and age band, with the shared file's small-count suppression
 * (src/core/share/suppress.ts): every band is treated as sensitive (age and village together can
 * name a person); village totals and band totals are published, so complementary cells are hidden too.
 */
function membersByVillage(
  members: Member[],
  asOf: DayNumber,
  threshold: number,
  lang: Lang,
): { villages: VillageRow[]; bands: Record<AgeBand, number> } {
  const none = t('sum.v.none', lang);
  const counts = new Map<string, number[]>();
  for (const m of members) {
    if (!isMemberOn(m, asOf)) continue;
    const v = m.village.trim() === '' ? none : m.village.trim();
    let row = counts.get(v);
    if (!row) counts.set(v, (row = new Array<number>(AGE_BANDS.length).fill(0)));
    row[AGE_BANDS.findIndex((b) => b.code === bandOf(m, asOf))]++;
  }
  const names = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'th'));
  const cases = names.map((n) => counts.get(n) as number[]);
  const mask = suppressSmallCounts(
    { villages: names, benefits: AGE_BANDS.map((b) => ({ code: b.code, sensitive: true })), cases, rowTotals: true },
    Math.max(1, Math.floor(threshold)),
  );
  const bands = {} as Record<AgeBand, number>;
  AGE_BANDS.forEach((b, j) => (bands[b.code] = cases.reduce((s, r) => s + r[j], 0)));
  const villages = names.map((village, v) => ({
    village,
    cells: cases[v].map((c, j) => (mask.cells[v][j] ? null : c)),
    total: cases[v].reduce((s, c) => s + c, 0),
  }));
  return { villages, bands };
}

function benefitsOf(s: Summaries, lang: Lang): BenefitFigure[] {
  const w = s.status.welfare;
  const out = w.byBenefit.map((b) => ({ code: b.code, name: b.name, cases: b.casesAll, satang: toSatang(b.bahtAll) }));
  // Welfare rows whose benefit or date cannot be read: their own line, so the lines add up to welfarePaid.
  if (w.unallocatedRows > 0 || w.unallocated !== 0)
    out.push({
      code: 'unallocated',
      name: t('sum.w.unallocated', lang),
      cases: w.unallocatedRows,
      satang: toSatang(w.unallocated),
    });
  return out;
}

/** The summable figures of one fund as a fund-table row (fixed keys, then its benefits and bands). */
export function leafFigures(
  figures: Packet['figures'],
  benefits: BenefitFigure[],
  bands: Packet['bands'],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of FIGURE_ITEMS) if (item.unit !== 'ratio') out[item.key] = figures[item.key] ?? 0;
  for (const b of benefits) {
    out[benefitCasesKey(b.code)] = (out[benefitCasesKey(b.code)] ?? 0) + b.cases;
    out[benefitSatangKey(b.code)] = (out[benefitSatangKey(b.code)] ?? 0) + b.satang;
  }
  for (const band of AGE_BANDS) out[bandKey(band.code)] = bands[band.code];
  return out;
}

export function fundPacket(input: SummaryInput, s: Summaries, who: FundIdentity): Packet {
  const lang: Lang = input.lang ?? input.settings.language ?? 'th';
  const p = s.agg.period;
  const meta: Record<MetaKey, string> = {
    format: PACKET_FORMAT,
    version: String(PACKET_VERSION),
    level: 'fund',
    id: who.id,
    name: who.name,
    subdistrict: who.subdistrict,
    district: who.district,
    province: who.province,
    asOf: formatDateISO(p.asOf),
    periodKind: p.kind,
    periodName: String(p.name),
  };
  const figures = fundFigures(s);
  const benefits = benefitsOf(s, lang);
  const { villages, bands } = membersByVillage(input.members, p.asOf, input.settings.sensitiveThreshold, lang);
  const self: FundRow = {
    fundId: who.id,
    name: who.name,
    subdistrict: who.subdistrict,
    district: who.district,
    province: who.province,
    asOf: meta.asOf,
    status: 'ok',
    reason: '',
    figures: leafFigures(figures, benefits, bands),
  };
  const cover = {
    fundsListed: 1,
    fundsCounted: 1,
    fundsOk: 1,
    fundsLate: 0,
    fundsFailed: 0,
    fundsRejected: 0,
    fundsDuplicate: 0,
  };
  const packet: Packet = { meta, cover, figures, benefits, bands, villages, funds: [self], checksum: '' };
  packet.checksum = packetChecksum(packet);
  return packet;
}

// ---- the sheet -----------------------------------------------------------------------------

/** Figure keys of the fund table: the fixed ones, then every benefit and band key any row has, sorted. */
function fundTableKeys(funds: FundRow[]): string[] {
  const fixed = FIGURE_ITEMS.filter((f) => f.unit !== 'ratio').map((f) => f.key);
  const extra = new Set<string>();
  for (const f of funds) for (const k of Object.keys(f.figures)) if (!fixed.includes(k)) extra.add(k);
  return [...fixed, ...[...extra].sort()];
}

interface Layout {
  items: Cell[][];
  villageHeader: string[];
  villages: Cell[][];
  fundHeader: string[];
  funds: Cell[][];
}

function layout(p: Packet, lang: Lang): Layout {
  const label = (x: { th: string; en: string }) => x[lang];
  const items: Cell[][] = [];
  for (const m of META_ITEMS) items.push([m.key, label(m), p.meta[m.key]]);
  for (const c of COVER_ITEMS) items.push([c.key, label(c), p.cover[c.key]]);
  for (const f of FIGURE_ITEMS) items.push([f.key, label(f), p.figures[f.key] ?? '']);
  for (const b of p.benefits) {
    items.push([benefitCasesKey(b.code), b.name, b.cases]);
    items.push([benefitSatangKey(b.code), b.name, b.satang]);
  }
  for (const b of AGE_BANDS) items.push([bandKey(b.code), label(b), p.bands[b.code]]);
  const villageHeader = [VILLAGE_HEADER_FIRST, ...AGE_BANDS.map((b) => b.code), 'total'];
  const villages: Cell[][] = p.villages.map((v) => [
    v.village,
    ...v.cells.map((c) => (c === null ? HIDDEN_CELL : c)),
    v.total,
  ]);
  const keys = fundTableKeys(p.funds);
  const fundHeader = [...FUND_COLUMNS, ...keys];
  const funds: Cell[][] = p.funds.map((f) => [
    f.fundId,
    f.name,
    f.subdistrict,
    f.district,
    f.province,
    f.asOf,
    f.status,
    f.reason,
    ...keys.map((k) => (k in f.figures ? f.figures[k] : '')),
  ]);
  return { items, villageHeader, villages, fundHeader, funds };
}

function canon(v: Cell | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return String(v);
}

/** What the checksum covers: every item's key and value (labels only for benefits, whose name is data), both tables. */
function canonicalText(items: Cell[][], villages: Cell[][], fundHeader: Cell[], funds: Cell[][]): string {
  const parts: string[][] = [];
  for (const r of items) {
    const key = String(r[0]);
    if (key === CHECKSUM_KEY) continue;
    parts.push(key.startsWith('benefit.') ? [key, canon(r[1]), canon(r[2])] : [key, canon(r[2])]);
  }
  parts.push(['villages']);
  for (const r of villages) parts.push(r.map(canon));
  parts.push(fundHeader.map(canon));
  for (const r of funds) parts.push(r.map(canon));
  return JSON.stringify(parts);
}

export function packetChecksum(p: Packet): string {
  const l = layout(p, 'en');
  return sha256Hex(canonicalText(l.items, l.villages, l.fundHeader, l.funds));
}

/** The packet as blocks of one generated sheet (the add-on writes them with the workbook layer). */
export function packetBlocks(p: Packet, lang: Lang): SummaryBlock[] {
  const l = layout(p, lang);
  const items = [...l.items, [CHECKSUM_KEY, 'SHA-256', p.checksum]];
  return [
    { title: t('net.packet.title', lang), header: [...ITEMS_HEADER], rows: items },
    { title: t('net.packet.villages', lang), header: l.villageHeader, rows: l.villages },
    { title: t('net.packet.funds', lang), header: l.fundHeader, rows: l.funds },
  ];
}

// ---- reading -------------------------------------------------------------------------------

export type ReadProblem =
  | { kind: 'malformed'; detail: string }
  | { kind: 'version'; version: string }
  | { kind: 'checksum' }
  | { kind: 'inconsistent'; detail: string };

export type PacketRead = { ok: true; packet: Packet } | { ok: false; problem: ReadProblem };

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/** Rows of the block whose header row starts with `first` in column A (up to the next blank row). */
function blockAfter(
  values: unknown[][],
  first: string,
  from = 0,
): { header: unknown[]; rows: unknown[][]; end: number } | null {
  for (let i = from; i < values.length; i++) {
    if (String(values[i][0] ?? '') !== first) continue;
    const rows: unknown[][] = [];
    let j = i + 1;
    // A block ends at a wholly blank row (a fund that could not be read has no id in column A).
    for (; j < values.length && !values[j].every(blank); j++) rows.push(values[j]);
    let header = values[i].map((x) => String(x ?? ''));
    while (header.length > 0 && header[header.length - 1] === '') header = header.slice(0, -1);
    return { header, rows, end: j };
  }
  return null;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Reads a packet sheet's values (getValues of its used range). Never throws. */
export function readPacketValues(values: unknown[][]): PacketRead {
  const bad = (detail: string): PacketRead => ({ ok: false, problem: { kind: 'malformed', detail } });
  const items = blockAfter(values, ITEMS_HEADER[0]);
  if (!items) return bad('no item block');
  const byKey = new Map<string, unknown[]>();
  for (const r of items.rows) byKey.set(String(r[0]), r);
  const val = (k: string) => byKey.get(k)?.[2];
  if (val('format') !== PACKET_FORMAT) return bad(`format ${String(val('format'))}`);
  if (String(val('version')) !== String(PACKET_VERSION))
    return { ok: false, problem: { kind: 'version', version: String(val('version')) } };

  const meta = {} as Record<MetaKey, string>;
  for (const m of META_ITEMS) {
    if (!byKey.has(m.key)) return bad(`missing ${m.key}`);
    meta[m.key] = String(val(m.key) ?? '');
  }
  const cover = {} as Record<CoverKey, number>;
  for (const c of COVER_ITEMS) {
    const v = val(c.key);
    if (!isInt(v) || v < 0) return bad(`${c.key} is not a count`);
    cover[c.key] = v;
  }
  const figures: Record<string, number | null> = {};
  for (const f of FIGURE_ITEMS) {
    const v = val(f.key);
    if (f.unit === 'ratio') {
      if (blank(v)) figures[f.key] = null;
      else if (typeof v === 'number' && isFinite(v)) figures[f.key] = v;
      else return bad(`${f.key} is not a number`);
    } else if (!isInt(v)) return bad(`${f.key} is not a whole number`);
    else figures[f.key] = v;
  }
  const benefits: BenefitFigure[] = [];
  for (const r of items.rows) {
    const key = String(r[0]);
    const m = /^benefit\.(.+)\.cases$/.exec(key);
    if (!m) continue;
    const satangRow = byKey.get(benefitSatangKey(m[1]));
    if (!isInt(r[2]) || !satangRow || !isInt(satangRow[2])) return bad(`benefit ${m[1]}`);
    benefits.push({ code: m[1], name: String(r[1] ?? ''), cases: r[2], satang: satangRow[2] });
  }
  const bands = {} as Record<AgeBand, number>;
  for (const b of AGE_BANDS) {
    const v = val(bandKey(b.code));
    if (!isInt(v)) return bad(`${bandKey(b.code)} is not a count`);
    bands[b.code] = v;
  }
  const checksum = String(val(CHECKSUM_KEY) ?? '');

  const vb = blockAfter(values, VILLAGE_HEADER_FIRST, items.end);
  if (!vb) return bad('no village block');
  const villages: VillageRow[] = [];
  for (const r of vb.rows) {
    const cells = AGE_BANDS.map((_, j) => r[1 + j]).map((c) => (c === HIDDEN_CELL ? null : c));
    if (cells.some((c) => c !== null && !isInt(c))) return bad('village cell');
    const total = r[1 + AGE_BANDS.length];
    if (!isInt(total)) return bad('village total');
    villages.push({ village: String(r[0]), cells: cells as (number | null)[], total });
  }

  const fb = blockAfter(values, FUNDS_HEADER_FIRST, vb.end);
  if (!fb) return bad('no fund table');
  const header = fb.header.map(String);
  if (FUND_COLUMNS.some((c, i) => header[i] !== c)) return bad('fund table header');
  const keys = header.slice(FUND_COLUMNS.length);
  const funds: FundRow[] = [];
  for (const r of fb.rows) {
    const status = String(r[6]);
    if (!['ok', 'late', 'failed', 'rejected'].includes(status)) return bad(`fund status ${status}`);
    const fig: Record<string, number> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = r[FUND_COLUMNS.length + k];
      if (blank(v)) continue;
      if (!isInt(v)) return bad(`fund figure ${keys[k]}`);
      fig[keys[k]] = v;
    }
    funds.push({
      fundId: String(r[0]),
      name: String(r[1] ?? ''),
      subdistrict: String(r[2] ?? ''),
      district: String(r[3] ?? ''),
      province: String(r[4] ?? ''),
      asOf: String(r[5] ?? ''),
      status: status as LeafStatus,
      reason: String(r[7] ?? ''),
      figures: fig,
    });
  }

  // The checksum is over the cells as read, so a packet written in either language checks the same.
  const rowsOf = (b: { rows: unknown[][] }, width: number) => b.rows.map((r) => r.slice(0, width) as Cell[]);
  const text = canonicalText(
    items.rows.map((r) => r.slice(0, 3) as Cell[]),
    rowsOf(vb, AGE_BANDS.length + 2),
    header,
    rowsOf(fb, header.length),
  );
  if (sha256Hex(text) !== checksum) return { ok: false, problem: { kind: 'checksum' } };

  const packet: Packet = { meta, cover, figures, benefits, bands, villages, funds, checksum };
  const why = inconsistency(packet);
  if (why) return { ok: false, problem: { kind: 'inconsistent', detail: why } };
  return { ok: true, packet };
}

/** A packet whose own totals are not the sum of the funds it lists cannot be trusted. */
function inconsistency(p: Packet): string | null {
  if (p.meta.level !== 'fund' && p.meta.level !== 'network') return `level ${p.meta.level}`;
  const counted = p.funds.filter((f) => f.status === 'ok' || f.status === 'late');
  if (counted.length !== p.cover.fundsCounted) return 'fundsCounted';
  for (const item of FIGURE_ITEMS) {
    if (item.unit === 'ratio') continue;
    const sum = counted.reduce((s, f) => s + (f.figures[item.key] ?? 0), 0);
    if (sum !== p.figures[item.key]) return item.key;
  }
  return null;
}
