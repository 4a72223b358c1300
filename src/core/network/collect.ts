/**
 * A collection: every listed source (a fund's packet, or a network's packet of the same shape)
 * with what came of reading it, turned into one list of funds with a status each, and totals over
 * the funds that count. Rules (README "The network book"):
 * - ok / late count; late = its as-of day is more than `lateDays` before the reporting day;
 * - failed (unreadable) and rejected (not a figures-only packet, or edited by hand) never count,
 *   and are never zero: the totals say how many funds they cover;
 * - a fund reached through two paths (listed twice, or inside two network packets) is counted once,
 *   at its first counted occurrence, and flagged.
 */
import { dayFromYMD, fiscalYearOf, formatDateISO, type DayNumber } from '../dates';
import { t, type Lang, type Text } from '../i18n';
import {
  AGE_BANDS,
  FIGURE_ITEMS,
  PACKET_FORMAT,
  PACKET_VERSION,
  SUMMABLE_KEYS,
  isSatangKey,
  type CoverKey,
} from './items';
import {
  packetChecksum,
  round6,
  type BenefitFigure,
  type FundIdentity,
  type FundRow,
  type LeafStatus,
  type Packet,
} from './packet';
import { ratiosFrom } from './ratios';

/** What reading one listed source gave. */
export type SourceRead = { ok: true; packet: Packet } | { ok: false; status: 'failed' | 'rejected'; reason: Text };

export interface Source {
  /** As listed in the network book. */
  name: string;
  subdistrict: string;
  where: string;
  read: SourceRead;
}

export interface SourceOutcome {
  name: string;
  subdistrict: string;
  where: string;
  status: LeafStatus;
  reason: string;
  /** 'fund' or 'network' once read. */
  level: string;
  asOf: string;
  /** Funds this source brings that are counted (a fund: 0 or 1). */
  counted: number;
  /** Funds it lists (a network packet: all its funds; failed: 0). */
  funds: number;
  /** The packet's own figures (a network's: its totals), or null when nothing was read. */
  figures: Record<string, number | null> | null;
}

export interface Duplicate {
  fundId: string;
  name: string;
  /** The listed sources it came through, in list order. */
  via: string[];
}

export interface NetworkOptions {
  reportingDay: DayNumber;
  lateDays: number;
  self: FundIdentity;
  adminCostCeiling: number;
  lang: Lang;
}

export interface Collection {
  sources: SourceOutcome[];
  /** One row per fund (unique by id), with its status at this level. */
  funds: FundRow[];
  duplicates: Duplicate[];
  /** Sums of every summable key over counted funds, with the ratios recomputed from the sums. */
  totals: Record<string, number | null>;
  benefits: BenefitFigure[];
  cover: Record<CoverKey, number>;
  /** This network's own packet (same shape as a fund's; level 'network'). */
  packet: Packet;
}

export function dayFromISO(s: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? dayFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** ok or late by the as-of day; anything else keeps its status. */
function timeliness(asOf: string, reportingDay: DayNumber, lateDays: number): 'ok' | 'late' {
  const day = dayFromISO(asOf);
  if (day === null) return 'late';
  return reportingDay - day > lateDays ? 'late' : 'ok';
}

const counts = (s: LeafStatus) => s === 'ok' || s === 'late';

export function collect(sources: Source[], opts: NetworkOptions): Collection {
  const { lang } = opts;
  const outcomes: SourceOutcome[] = [];
  const funds: FundRow[] = [];
  const byId = new Map<string, { index: number; via: string[] }>();
  const dupIds = new Set<string>();
  const benefitNames = new Map<string, string>();

  for (const src of sources) {
    const base = { name: src.name, subdistrict: src.subdistrict, where: src.where };
    if (!src.read.ok) {
      const reason = src.read.reason[lang];
      if (base.name === '') base.name = src.where;
      outcomes.push({
        ...base,
        status: src.read.status,
        reason,
        level: '',
        asOf: '',
        counted: 0,
        funds: 0,
        figures: null,
      });
      // The fund is still listed, with no figures: never a zero.
      funds.push({
        fundId: '',
        name: base.name,
        subdistrict: src.subdistrict,
        district: '',
        province: '',
        asOf: '',
        status: src.read.status,
        reason,
        figures: {},
      });
      continue;
    }
    const p = src.read.packet;
    // A list made from file names alone takes the name the packet gives.
    if (base.name === '') base.name = p.meta.name;
    if (base.subdistrict === '') base.subdistrict = p.meta.subdistrict;
    for (const b of p.benefits) if (!benefitNames.has(b.code)) benefitNames.set(b.code, b.name);
    const own = timeliness(p.meta.asOf, opts.reportingDay, opts.lateDays);
    let counted = 0;
    for (const leaf of p.funds) {
      let status: LeafStatus = leaf.status;
      let reason = leaf.reason;
      if (counts(status)) {
        const late = timeliness(leaf.asOf, opts.reportingDay, opts.lateDays);
        status = late;
        reason = late === 'late' ? t('net.reason.late', lang, { asOf: leaf.asOf, days: opts.lateDays }) : '';
      }
      const row: FundRow = { ...leaf, status, reason, figures: counts(status) ? leaf.figures : {} };
      const seen = leaf.fundId !== '' ? byId.get(leaf.fundId) : undefined;
      if (!seen) {
        if (leaf.fundId !== '') byId.set(leaf.fundId, { index: funds.length, via: [base.name] });
        funds.push(row);
        if (counts(status)) counted++;
        continue;
      }
      seen.via.push(base.name);
      dupIds.add(leaf.fundId);
      // Counted once: a later occurrence replaces the first only when the first did not count.
      if (!counts(funds[seen.index].status) && counts(status)) {
        funds[seen.index] = row;
        counted++;
      }
    }
    outcomes.push({
      ...base,
      status: p.meta.level === 'fund' ? (counted > 0 ? own : 'ok') : own,
      reason: own === 'late' ? t('net.reason.late', lang, { asOf: p.meta.asOf, days: opts.lateDays }) : '',
      level: p.meta.level,
      asOf: p.meta.asOf,
      counted,
      funds: p.funds.length,
      figures: p.figures,
    });
  }

  const duplicates: Duplicate[] = [...dupIds].map((id) => {
    const e = byId.get(id)!;
    return { fundId: id, name: funds[e.index].name, via: e.via };
  });
  // A source whose only fund was already counted through another path says so.
  for (const o of outcomes) {
    if (o.level === 'fund' && o.counted === 0 && (o.status === 'ok' || o.status === 'late')) {
      o.reason = t('net.reason.duplicate', lang);
    }
  }

  const counted = funds.filter((f) => counts(f.status));
  const sums: Record<string, number> = {};
  for (const f of counted) for (const [k, v] of Object.entries(f.figures)) sums[k] = (sums[k] ?? 0) + v;
  const totals: Record<string, number | null> = {};
  for (const k of SUMMABLE_KEYS) totals[k] = sums[k] ?? 0;
  // Rounded as a fund's packet rounds its own ratios (./packet.ts), so one fund's network says the same.
  for (const [k, v] of Object.entries(ratiosFrom(totals as Record<string, number>, opts.adminCostCeiling)))
    totals[k] = round6(v);
  for (const [k, v] of Object.entries(sums)) if (!(k in totals)) totals[k] = v;

  const benefits: BenefitFigure[] = [...benefitNames].map(([code, name]) => ({
    code,
    name,
    cases: sums[`benefit.${code}.cases`] ?? 0,
    satang: sums[`benefit.${code}.satang`] ?? 0,
  }));
  const cover: Record<CoverKey, number> = {
    fundsListed: funds.length,
    fundsCounted: counted.length,
    fundsOk: funds.filter((f) => f.status === 'ok').length,
    fundsLate: funds.filter((f) => f.status === 'late').length,
    fundsFailed: funds.filter((f) => f.status === 'failed').length,
    fundsRejected: funds.filter((f) => f.status === 'rejected').length,
    fundsDuplicate: duplicates.length,
  };

  const figures: Record<string, number | null> = {};
  for (const item of FIGURE_ITEMS) figures[item.key] = totals[item.key] ?? null;
  const bands = {} as Packet['bands'];
  for (const k of Object.keys(sums))
    if (k.startsWith('members.')) (bands as Record<string, number>)[k.slice(8)] = sums[k];
  const packet: Packet = {
    meta: {
      format: PACKET_FORMAT,
      version: String(PACKET_VERSION),
      level: 'network',
      id: opts.self.id,
      name: opts.self.name,
      subdistrict: opts.self.subdistrict,
      district: opts.self.district,
      province: opts.self.province,
      asOf: formatDateISO(opts.reportingDay),
      periodKind: 'fiscal',
      periodName: String(fiscalYearOf(opts.reportingDay)),
    },
    cover,
    figures,
    benefits,
    bands: fillBands(bands),
    villages: [],
    funds,
    checksum: '',
  };
  packet.checksum = packetChecksum(packet);
  return { sources: outcomes, funds, duplicates, totals, benefits, cover, packet };
}

function fillBands(b: Packet['bands']): Packet['bands'] {
  const out = { ...b };
  for (const band of AGE_BANDS) out[band.code] = out[band.code] ?? 0;
  return out;
}

/** Share of listed funds whose packet counted (0..1), what the Status sheet calls the reporting rate. */
export function reportingRate(cover: Record<CoverKey, number>): number | null {
  return cover.fundsListed > 0 ? cover.fundsCounted / cover.fundsListed : null;
}

/** Money keys in baht (satang / 100, exact to the satang), as the summaries' key figures give them. */
export function inBaht(figures: Record<string, number | null>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(figures)) out[k] = v !== null && isSatangKey(k) ? v / 100 : v;
  return out;
}

export interface CollectionJson {
  funds: {
    file: string;
    name: string;
    status: LeafStatus;
    reason: string;
    asOf: string;
    figures: Record<string, number | null> | null;
  }[];
  totals: Record<string, number | null>;
  covers: Record<CoverKey, number>;
  duplicates: Duplicate[];
}

/** What `welfare-fund network --json` prints: figures and totals keyed as the summaries' key figures, money in baht. */
export function collectionJson(c: Collection): CollectionJson {
  return {
    funds: c.sources.map((s) => ({
      file: s.where,
      name: s.name,
      status: s.status,
      reason: s.reason,
      asOf: s.asOf,
      figures: s.figures ? inBaht(s.figures) : null,
    })),
    totals: inBaht(c.totals),
    covers: c.cover,
    duplicates: c.duplicates,
  };
}
