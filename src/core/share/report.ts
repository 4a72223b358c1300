/**
 * The summary shared with local government, as plain tables: the fund's own summaries
 * that hold aggregates only, with the by-village sheet made safe to share, an "about" sheet in
 * front, and a last guard that no member's personal data made it into any text.
 *
 * What is shared and why (README "Sharing with local government"):
 * - fund status, monthly, by benefit, by village, matching-fund report: aggregates; their sheets
 *   flagged `internal` (arrears list, member statements) never leave the fund book;
 * - by village: small counts of sensitive benefits hidden (./suppress.ts), with a by-benefit
 *   breakdown per village so funders see where welfare goes;
 * - monthly: welfare of all kinds together, fund-wide (no benefit × month × village cell).
 */
import { formatDateBE } from '../dates';
import { t, type Lang } from '../i18n';
import type { Member } from '../records';
import {
  buildSummaryTables,
  type Cell,
  type CellFormat,
  type Summaries,
  type SummaryBlock,
  type SummaryInput,
  type SummarySheetKey,
  type SummaryTable,
} from '../summaries';
import { spanLabel } from '../summaries/period';
import { villageBenefitFigures } from '../summaries/villageBenefits';
import { suppressSmallCounts, villagePrivacy, type HiddenWhy, type VillagePrivacy } from './suppress';

/** The summaries that may leave the fund book, in the order the shared file shows them. */
export const SHARED_SHEETS: SummarySheetKey[] = ['fundStatus', 'monthly', 'byBenefit', 'byVillage', 'matching'];

export interface SharedReport {
  /** The "about" sheet: its name (Thai, stable) and blocks. */
  about: { sheetName: string; blocks: SummaryBlock[] };
  tables: SummaryTable[];
  /** The full summaries the shared ones came from (fund-level figures for checks and tests). */
  summaries: Summaries;
  hidden: { small: number; complement: number };
  /** Text cells replaced because they matched a member's personal data (should stay 0). */
  redacted: number;
}

export interface SharedReportOptions {
  /** When it was made, as shown on the about sheet. */
  builtAt: string;
}

export function sharedReport(input: SummaryInput, opts: SharedReportOptions): SharedReport {
  const lang: Lang = input.lang ?? input.settings.language ?? 'th';
  const threshold = Math.max(1, Math.floor(input.settings.sensitiveThreshold));
  const privacy = villagePrivacy(input.members, threshold);
  const safeInput = withPooledVillages(input, privacy, t('share.village.pooled', lang, { n: threshold }));
  const summaries = buildSummaryTables(safeInput);
  let hidden = { small: 0, complement: 0 };
  const tables: SummaryTable[] = [];
  for (const key of SHARED_SHEETS) {
    const table = summaries.tables.find((x) => x.key === key && !x.internal);
    if (!table) continue;
    if (key === 'byVillage') {
      const safe = protectByVillage(table, safeInput, summaries, threshold, lang);
      hidden = safe.hidden;
      tables.push(safe.table);
    } else tables.push(copyOf(table));
  }
  const about = {
    sheetName: t('share.sheet.about', 'th'),
    blocks: aboutBlocks(input, summaries, tables, threshold, lang, opts.builtAt),
  };
  const guard = personalGuard(input.members, [input.settings.fundName, input.settings.place], privacy.personal);
  let redacted = redactBlocks(about.blocks, guard, lang);
  for (const table of tables) redacted += redactTable(table, guard, lang);
  return { about, tables, summaries, hidden, redacted };
}

/** The summary input with every pooled village's members under one label (totals are unchanged). */
function withPooledVillages(input: SummaryInput, privacy: VillagePrivacy, label: string): SummaryInput {
  if (privacy.pooled.size === 0) return input;
  const members = input.members.map((m) => (privacy.pooled.has(m.village.trim()) ? { ...m, village: label } : m));
  return { ...input, members };
}

/** A deep copy (cells are strings and numbers): the guard below may edit it, the summaries stay as built. */
function copyOf<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

// ---- by village ----------------------------------------------------------------------------

function shownCount(count: number, threshold: number, lang: Lang): string {
  return count < threshold ? t('share.lessThan', lang, { n: threshold }) : t('share.hidden', lang);
}

function protectByVillage(
  table: SummaryTable,
  input: SummaryInput,
  summaries: Summaries,
  threshold: number,
  lang: Lang,
): { table: SummaryTable; hidden: { small: number; complement: number } } {
  const casesLabel = t('sum.col.welfareCases', lang);
  const bahtLabel = t('sum.col.welfareBaht', lang);
  const bi = table.blocks.findIndex(
    (b) => b.header !== undefined && b.header.includes(casesLabel) && b.header.includes(bahtLabel),
  );
  // Fail closed: if the by-village layout is not the one we know, we cannot vouch for it.
  if (bi < 0) throw new Error('share: the by-village table has no welfare columns to protect');
  const block = table.blocks[bi];
  const header = block.header as string[];
  const cCol = header.indexOf(casesLabel);
  const bCol = header.indexOf(bahtLabel);
  const totals = new Set(block.boldRows ?? []);
  const dataIdx = block.rows.map((_, i) => i).filter((i) => !totals.has(i));
  const labels = dataIdx.map((i) => String(block.rows[i][0]));

  const figures = villageBenefitFigures(summaries.agg, input.members, input.welfare, input.settings, lang);
  // Villages with welfare but no line of their own in the table (should not happen) still count.
  for (const label of figures.rows.keys()) if (!labels.includes(label)) labels.push(label);
  const B = figures.benefits.length;
  const zero = () => new Array<number>(B).fill(0);
  const cases = labels.map((l) => figures.rows.get(l)?.cases ?? zero());
  const satang = labels.map((l) => figures.rows.get(l)?.satang ?? zero());
  const mask = suppressSmallCounts({ villages: labels, benefits: figures.benefits, cases, rowTotals: true }, threshold);

  const rows = block.rows.map((r) => r.slice());
  dataIdx.forEach((ri, v) => {
    if (!mask.rowTotals[v]) return;
    const total = cases[v].reduce((s, c) => s + c, 0);
    rows[ri][cCol] = shownCount(total, threshold, lang);
    rows[ri][bCol] = t('share.hidden', lang);
  });

  const detailHeader = [
    t('sum.col.village', lang),
    ...figures.benefits.flatMap((b) => [
      t('share.village.cases', lang, { benefit: b.name }),
      t('share.village.baht', lang, { benefit: b.name }),
    ]),
  ];
  const formats: CellFormat[] = ['text', ...figures.benefits.flatMap((): CellFormat[] => ['int', 'money'])];
  const cell = (v: number, b: number, why: HiddenWhy | null): Cell[] =>
    why ? [shownCount(cases[v][b], threshold, lang), t('share.hidden', lang)] : [cases[v][b], satang[v][b] / 100];
  const detailRows: Cell[][] = labels.map((label, v) => [
    label,
    ...figures.benefits.flatMap((_, b) => cell(v, b, mask.cells[v][b])),
  ]);
  const sum = (m: number[][], b: number) => m.reduce((s, row) => s + row[b], 0);
  detailRows.push([
    t('sum.row.total', lang),
    ...figures.benefits.flatMap((_, b) => [sum(cases, b), sum(satang, b) / 100]),
  ]);

  const blocks = copyOf(table.blocks).map((b, i) => (i === bi ? { ...b, rows } : b));
  blocks.push({
    title: t('share.village.byBenefit', lang),
    header: detailHeader,
    rows: detailRows,
    formats,
    boldRows: [detailRows.length - 1],
  });
  blocks.push({ rows: [[t('share.village.note', lang, { threshold })]] });
  const widths = table.columnWidths ?? [];
  const columnWidths = detailHeader.map((_, i) => Math.max(widths[i] ?? 0, i === 0 ? 170 : 120));
  return {
    table: { ...copyOf(table), blocks, columnWidths },
    hidden: { small: mask.small, complement: mask.complement },
  };
}

// ---- the about sheet -----------------------------------------------------------------------

function aboutBlocks(
  input: SummaryInput,
  summaries: Summaries,
  tables: SummaryTable[],
  threshold: number,
  lang: Lang,
  builtAt: string,
): SummaryBlock[] {
  const s = input.settings;
  const p = summaries.agg.period;
  const period = t(p.kind === 'fiscal' ? 'sum.period.fiscal' : 'sum.period.calendar', lang, {
    name: p.name,
    span: spanLabel(p.start, Math.min(p.end, p.asOf)),
  });
  const facts: Cell[][] = [
    [t('share.about.place', lang), s.place],
    [t('share.about.asOf', lang), formatDateBE(p.asOf, 'long')],
    [t('share.about.period', lang), period],
    [t('share.about.built', lang), builtAt],
  ];
  return [
    { title: t('share.about.title', lang, { fund: s.fundName }), rows: facts },
    {
      rows: [
        [t('share.about.readOnly', lang)],
        [t('share.about.privacy', lang, { threshold })],
        [t('share.about.monthly', lang)],
      ],
    },
    { title: t('share.about.sheets', lang), rows: tables.map((x) => [x.sheetName]) },
  ];
}

// ---- the last guard ------------------------------------------------------------------------

export interface PersonalGuard {
  /** Values matched as whole cells (short ones, e.g. member ids "0042"). */
  exact: Set<string>;
  /** Values matched anywhere inside a text (names, ID numbers, phones, addresses). */
  within: string[];
}

/** Values shorter than this only match a whole cell: "0042" inside "10042" is not a member id. */
const WITHIN_MIN = 6;

/**
 * Every member's id, name, national id, phone, address and beneficiary, minus values that are
 * legitimately shown (a village name, the fund's name or place).
 */
export function personalGuard(members: Member[], allowed: string[] = [], notPlaces: Iterable<string> = []): PersonalGuard {
  const personalVillages = new Set(notPlaces);
  const ok = new Set(
    [...allowed, ...members.map((m) => m.village).filter((v) => !personalVillages.has(String(v ?? '').trim()))]
      .map((s) => String(s ?? '').trim())
      .filter((s) => s !== ''),
  );
  const exact = new Set<string>();
  const within = new Set<string>();
  // A name or id typed as a village is personal data wherever it appears.
  for (const v of personalVillages) {
    exact.add(v);
    if (v.length >= WITHIN_MIN) within.add(v);
  }
  for (const m of members) {
    for (const v of [m.memberId, m.name, m.nationalId, m.phone, m.address, m.beneficiary]) {
      const s = String(v ?? '').trim();
      if (s === '' || ok.has(s)) continue;
      exact.add(s);
      if (s.length >= WITHIN_MIN) within.add(s);
    }
  }
  return { exact, within: [...within] };
}

export function isPersonal(value: Cell | null | undefined, guard: PersonalGuard): boolean {
  if (value === null || value === undefined || value === '') return false;
  const s = String(value).trim();
  if (guard.exact.has(s)) return true;
  if (typeof value === 'number') return false;
  return guard.within.some((p) => s.includes(p));
}

function redactBlocks(blocks: SummaryBlock[], guard: PersonalGuard, lang: Lang): number {
  let n = 0;
  const hidden = t('share.hidden', lang);
  for (const b of blocks) {
    if (b.title !== undefined && isPersonal(b.title, guard)) {
      b.title = hidden;
      n++;
    }
    if (b.header) b.header = b.header.map((h) => (isPersonal(h, guard) ? (n++, hidden) : h));
    b.rows = b.rows.map((r) => r.map((c) => (typeof c === 'string' && isPersonal(c, guard) ? (n++, hidden) : c)));
  }
  return n;
}

function redactTable(table: SummaryTable, guard: PersonalGuard, lang: Lang): number {
  const hidden = t('share.hidden', lang);
  let n = redactBlocks(table.blocks, guard, lang);
  // Chart labels and series names are cells of the sheet (guarded above); only the title is its own text.
  for (const c of table.charts) {
    if (isPersonal(c.title, guard)) {
      c.title = hidden;
      n++;
    }
  }
  return n;
}
