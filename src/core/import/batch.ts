/**
 * A whole import: several tabs planned together (member rolls first, so the other tabs can find
 * members by id or name), the user's answers for unknown names, the mapping as a file, and the
 * origin column that makes re-imports add only what is new and lets a batch be undone.
 */
import type { DayNumber } from '../dates';
import { text, type Text } from '../i18n';
import { normalizeMemberId } from '../parse';
import type { Benefit } from '../settings';
import { normalizeName, planTab } from './plan';
import { suggestBenefit, suggestLedgerKind } from './suggest';
import type { ImportMapping, TabMapping, TabPlan, ValueMaps } from './types';
import { IMPORT_KINDS } from './types';

/** The column each record sheet gains: where the row came from, its batch, and a fingerprint. */
export const ORIGIN_HEADER = 'ที่มา (นำเข้า)';
const SEP = ' · ';

/** What the origin cell holds: "ทะเบียนสมาชิก!5 · ชุด 3 · 9f3a2c1b". */
export function originCell(origin: string, batch: number, fingerprint: string): string {
  return `${origin}${SEP}ชุด ${batch}${SEP}${fingerprint}`;
}

export function parseOriginCell(v: unknown): { origin: string; batch: number | null; fingerprint: string } | null {
  if (typeof v !== 'string' || v.trim() === '') return null;
  const parts = v.split(SEP);
  const m = parts.length >= 3 ? parts[parts.length - 2].match(/^ชุด (\d+)$/) : null;
  if (!m) return { origin: v.trim(), batch: null, fingerprint: '' };
  return { origin: parts.slice(0, -2).join(SEP), batch: Number(m[1]), fingerprint: parts[parts.length - 1] };
}

/** FNV-1a of a row's written values: tells whether a row was edited after the import. */
export function fingerprint(values: unknown[]): string {
  let h = 0x811c9dc5;
  const s = values
    .map((v) =>
      v instanceof Date
        ? String(v.getTime())
        : typeof v === 'number'
          ? String(Math.round(v * 100) / 100)
          : String(v ?? ''),
    )
    .join('\u0001');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface BookFacts {
  benefits: Benefit[];
  /** Every origin already in the book's origin columns. */
  origins: ReadonlySet<string>;
  /** The book's members: id and name. */
  members: { id: string; name: string }[];
  today?: DayNumber;
}

export interface SourceTab {
  tab: string;
  values: unknown[][];
}

/** Plans every tab. Tabs missing from `mapping` are not planned. */
export function planImport(
  sources: SourceTab[],
  mapping: ImportMapping,
  book: BookFacts,
  originPrefix = '',
): TabPlan[] {
  const byTab = new Map(sources.map((s) => [s.tab, s.values]));
  const order = [...mapping.tabs].sort((a, b) => Number(b.kind === 'members') - Number(a.kind === 'members'));
  const bookIds = new Set(book.members.map((m) => normalizeMemberId(m.id)));
  const byName = new Map<string, string>();
  for (const m of book.members) byName.set(normalizeName(m.name), normalizeMemberId(m.id));
  const importIds = new Set<string>();
  const plans = new Map<string, TabPlan>();
  for (const tm of order) {
    const values = byTab.get(tm.tab);
    if (!values) continue;
    const plan = planTab(values, tm, {
      benefits: book.benefits,
      values: mapping.values,
      existingOrigins: book.origins,
      bookMemberIds: bookIds,
      memberIdsByName: byName,
      importMemberIds: importIds,
      originPrefix,
      today: book.today,
    });
    if (tm.kind === 'members') {
      // Members this import adds (or added before) are known to the other tabs.
      for (const r of plan.records) {
        importIds.add(String(r.values.memberId));
        byName.set(normalizeName(String(r.values.name)), String(r.values.memberId));
      }
    }
    plans.set(tm.tab, plan);
  }
  return mapping.tabs.filter((t) => plans.has(t.tab)).map((t) => plans.get(t.tab)!);
}

/** The answers the dialog pre-selects (and the command line applies, printing each). */
export function suggestedAnswers(plans: TabPlan[], benefits: Benefit[], current: ValueMaps): ValueMaps {
  const out: ValueMaps = { benefits: { ...current.benefits }, ledgerKinds: { ...current.ledgerKinds } };
  for (const p of plans) {
    for (const name of p.unknownBenefits) {
      if (out.benefits[name]) continue;
      const b = suggestBenefit(name, benefits);
      out.benefits[name] = b ? b.code : '+';
    }
    for (const k of p.unknownLedgerKinds) {
      if (out.ledgerKinds[k.text]) continue;
      out.ledgerKinds[k.text] = suggestLedgerKind(k.text, k.direction).suggested;
    }
  }
  return out;
}

export function emptyMapping(): ImportMapping {
  return { format: 'welfare-fund-import', version: 1, tabs: [], values: { benefits: {}, ledgerKinds: {} } };
}

/** A mapping file read back: checked field by field, so a hand-edited file cannot do harm. */
export function parseMappingFile(json: string): { ok: true; mapping: ImportMapping } | { ok: false; reason: Text } {
  const bad = { ok: false as const, reason: text('import.badMappingFile') };
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return bad;
  }
  const o = v as Partial<ImportMapping>;
  if (!o || o.format !== 'welfare-fund-import' || o.version !== 1 || !Array.isArray(o.tabs)) return bad;
  for (const t of o.tabs as TabMapping[]) {
    if (!t || typeof t.tab !== 'string' || !(IMPORT_KINDS as readonly string[]).includes(t.kind)) return bad;
    if (!Array.isArray(t.headerRows) || !t.headerRows.every((r) => Number.isInteger(r) && r >= 1)) return bad;
    if (
      !Array.isArray(t.columns) ||
      !t.columns.every(
        (c) => c && Number.isInteger(c.column) && c.column >= 0 && (c.field === null || typeof c.field === 'string'),
      )
    )
      return bad;
  }
  const values = (o.values ?? {}) as Partial<ValueMaps>;
  const isMap = (x: unknown) =>
    x === undefined || (typeof x === 'object' && x !== null && Object.values(x).every((s) => typeof s === 'string'));
  if (!isMap(values.benefits) || !isMap(values.ledgerKinds)) return bad;
  return {
    ok: true,
    mapping: {
      format: 'welfare-fund-import',
      version: 1,
      tabs: o.tabs as TabMapping[],
      values: { benefits: values.benefits ?? {}, ledgerKinds: values.ledgerKinds ?? {} },
    },
  };
}

/** Two mappings of one tab read it the same way (kind, header rows, fields, grid year/month, centuries). */
export function sameReading(a: TabMapping, b: TabMapping): boolean {
  const cols = (m: TabMapping) =>
    m.columns
      .filter((c) => c.field)
      .map((c) => `${c.column}=${c.field}${c.century ? '/' + c.century : ''}`)
      .sort()
      .join(',');
  return (
    a.kind === b.kind &&
    a.headerRows.join(',') === b.headerRows.join(',') &&
    cols(a) === cols(b) &&
    (a.yearBE ?? null) === (b.yearBE ?? null) &&
    (a.month ?? null) === (b.month ?? null)
  );
}
