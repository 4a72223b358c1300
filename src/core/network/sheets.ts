/**
 * The network book's generated sheets as plain blocks (the add-on writes each whole):
 * status, totals, compare, the meeting board (one A4 page), the trend over collections, and the
 * collections kept by reporting date (machine-readable, so the board shows this time against last).
 */
import { formatDateBE, type DayNumber } from '../dates';
import { t, type Lang, type LabelKey } from '../i18n';
import type { Cell, CellFormat, ChartPlan, SummaryBlock } from '../summaries/types';
import { dayFromISO, reportingRate, type Collection } from './collect';
import { COMPARE_METRICS, compareFunds, type CompareMetric } from './compare';
import { AGE_BANDS, COVER_ITEMS, FIGURE_ITEMS, SUMMABLE_KEYS } from './items';
import type { LeafStatus } from './packet';

export interface NetBlock extends SummaryBlock {
  /** Background per row (null: none), to mark what needs a look. */
  rowBackgrounds?: (string | null)[];
}

export interface NetSheet {
  key: 'status' | 'totals' | 'compare' | 'board' | 'trend' | 'history';
  sheetName: string;
  blocks: NetBlock[];
  columnWidths: number[];
  charts: ChartPlan[];
}

export const NET_SHEET_KEYS: Record<NetSheet['key'], LabelKey> = {
  status: 'net.sheet.status',
  totals: 'net.sheet.totals',
  compare: 'net.sheet.compare',
  board: 'net.sheet.board',
  trend: 'net.sheet.trend',
  history: 'net.sheet.history',
};

const WARN = '#fde2e1';
const LATE = '#fff4ce';

export interface SheetContext {
  name: string;
  reportingDay: DayNumber;
  ceiling: number;
  lang: Lang;
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const baht = (satang: number) => satang / 100;
const dateLabel = (iso: string) => {
  const d = dayFromISO(iso);
  return d === null ? iso : formatDateBE(d, 'short');
};

export function statusLabel(s: LeafStatus, lang: Lang): string {
  return t(`net.status.${s}`, lang);
}

function statusBackground(s: LeafStatus): string | null {
  return s === 'failed' || s === 'rejected' ? WARN : s === 'late' ? LATE : null;
}

function sheetName(key: NetSheet['key']): string {
  return t(NET_SHEET_KEYS[key], 'th');
}

export function statusSheet(c: Collection, x: SheetContext): NetSheet {
  const { lang } = x;
  const rate = reportingRate(c.cover);
  const blocks: NetBlock[] = [
    {
      title: t('net.status.title', lang, { name: x.name, date: formatDateBE(x.reportingDay, 'short') }),
      rows: [
        [t('net.status.rate', lang, { rate: pct(rate), counted: c.cover.fundsCounted, listed: c.cover.fundsListed })],
      ],
    },
    {
      header: [t('net.col.item', lang), t('net.col.funds', lang)],
      rows: COVER_ITEMS.map((i) => [i[lang], c.cover[i.key]]),
      formats: ['text', 'int'],
    },
    {
      header: [
        t('net.col.no', lang),
        t('net.col.fundName', lang),
        t('net.col.subdistrict', lang),
        t('net.col.level', lang),
        t('net.col.status', lang),
        t('net.col.asOf', lang),
        t('net.col.funds', lang),
        t('net.col.reason', lang),
        t('net.col.where', lang),
      ],
      rows: c.sources.map((s, i) => [
        i + 1,
        s.name,
        s.subdistrict,
        s.level ? t(s.level === 'network' ? 'net.level.network' : 'net.level.fund', lang) : '',
        statusLabel(s.status, lang),
        s.asOf ? dateLabel(s.asOf) : '',
        s.counted,
        s.reason,
        s.where,
      ]),
      formats: ['int', 'text', 'text', 'text', 'text', 'text', 'int', 'text', 'text'],
      rowBackgrounds: c.sources.map((s) => statusBackground(s.status)),
    },
  ];
  if (c.sources.some((s) => s.level === 'network')) {
    blocks.push({
      title: t('net.status.funds', lang),
      header: [
        t('net.col.fundName', lang),
        t('net.col.subdistrict', lang),
        t('net.col.status', lang),
        t('net.col.asOf', lang),
        t('net.col.reason', lang),
      ],
      rows: c.funds.map((f) => [
        f.name,
        f.subdistrict,
        statusLabel(f.status, lang),
        f.asOf ? dateLabel(f.asOf) : '',
        f.reason,
      ]),
      rowBackgrounds: c.funds.map((f) => statusBackground(f.status)),
    });
  }
  if (c.duplicates.length > 0) {
    blocks.push({
      title: t('net.status.duplicates', lang),
      header: [t('net.col.fundName', lang), t('net.col.via', lang)],
      rows: c.duplicates.map((d) => [d.name, d.via.join(' · ')]),
      rowBackgrounds: c.duplicates.map(() => LATE),
    });
  }
  return {
    key: 'status',
    sheetName: sheetName('status'),
    blocks,
    columnWidths: [60, 220, 120, 90, 90, 110, 80, 360, 260],
    charts: [],
  };
}

/** A figure's label without "(สตางค์)": the sheets show baht. */
function shownLabel(key: string, lang: Lang): string {
  const item = FIGURE_ITEMS.find((f) => f.key === key);
  const label = item ? item[lang] : key;
  return label.replace(/ \((สตางค์|satang)\)$/, '');
}

function ratioText(key: string, v: number | null): string {
  if (v === null) return '—';
  return key === 'reserveMonths' ? (Math.round(v * 10) / 10).toFixed(1) : pct(v);
}

export function totalsSheet(c: Collection, x: SheetContext): NetSheet {
  const { lang } = x;
  const head = [t('net.col.item', lang), t('net.col.total', lang)];
  const of = (unit: string) => FIGURE_ITEMS.filter((f) => f.unit === unit);
  const value = (key: string) => c.totals[key] ?? null;
  const blocks: NetBlock[] = [
    {
      title: t('net.totals.title', lang, {
        name: x.name,
        date: formatDateBE(x.reportingDay, 'short'),
        counted: c.cover.fundsCounted,
        listed: c.cover.fundsListed,
      }),
      rows: [
        [
          t('net.totals.notCounted', lang, {
            failed: c.cover.fundsFailed,
            rejected: c.cover.fundsRejected,
            late: c.cover.fundsLate,
          }),
        ],
      ],
    },
    {
      header: head,
      rows: of('count').map((f) => [shownLabel(f.key, lang), value(f.key) ?? 0]),
      formats: ['text', 'int'],
    },
    {
      header: [t('net.col.item', lang), t('net.col.baht', lang)],
      rows: of('satang').map((f) => [shownLabel(f.key, lang), baht(value(f.key) ?? 0)]),
      formats: ['text', 'money'],
    },
    { header: head, rows: of('ratio').map((f) => [shownLabel(f.key, lang), ratioText(f.key, value(f.key))]) },
    {
      title: t('net.totals.benefits', lang),
      header: [t('net.col.item', lang), t('net.col.cases', lang), t('net.col.baht', lang)],
      rows: c.benefits.map((b) => [b.name, b.cases, baht(b.satang)]),
      formats: ['text', 'int', 'money'],
    },
    {
      title: t('net.totals.bands', lang),
      header: head,
      rows: AGE_BANDS.map((b) => [b[lang], c.totals[`members.${b.code}`] ?? 0]),
      formats: ['text', 'int'],
    },
  ];
  return { key: 'totals', sheetName: sheetName('totals'), blocks, columnWidths: [420, 160, 160], charts: [] };
}

export function compareSheet(c: Collection, x: SheetContext): NetSheet {
  const { lang } = x;
  const cmp = compareFunds(c.funds, x.ceiling);
  const label = (m: CompareMetric) => t(`net.cmp.${m}`, lang);
  const valueFormats: CellFormat[] = COMPARE_METRICS.map((m) =>
    m === 'reserveMonths' || m === 'matchingPerMember' ? 'decimal' : 'percent',
  );
  const cells = (v: Record<CompareMetric, number | null>) => COMPARE_METRICS.map((m) => v[m] ?? '—');
  const rows: Cell[][] = cmp.rows.map((r) => [r.name, ...cells(r.values), r.outliers.map(label).join(', ')]);
  rows.push([t('net.cmp.median', lang), ...cells(cmp.median), '']);
  return {
    key: 'compare',
    sheetName: sheetName('compare'),
    blocks: [
      {
        title: t('net.cmp.title', lang, { counted: cmp.rows.length }),
        rows: [[t('net.cmp.note', lang, { ceiling: pct(x.ceiling) })]],
      },
      {
        header: [t('net.col.fundName', lang), ...COMPARE_METRICS.map(label), t('net.col.flags', lang)],
        rows,
        formats: ['text', ...valueFormats, 'text'],
        boldRows: [rows.length - 1],
        rowBackgrounds: [...cmp.rows.map((r) => (r.outliers.length > 0 ? LATE : null)), null],
      },
    ],
    columnWidths: [220, 130, 120, 130, 120, 150, 320],
    charts: [],
  };
}

// ---- collections kept by date --------------------------------------------------------------

export interface HistoryRow {
  reportingDate: string;
  fundsListed: number;
  fundsCounted: number;
  figures: Record<string, number>;
}

const HISTORY_HEAD = ['reportingDate', 'fundsListed', 'fundsCounted'];

export function historyRowOf(c: Collection, reportingDay: DayNumber): HistoryRow {
  const figures: Record<string, number> = {};
  for (const k of SUMMABLE_KEYS) figures[k] = (c.totals[k] as number) ?? 0;
  return {
    reportingDate: c.packet.meta.asOf || String(reportingDay),
    fundsListed: c.cover.fundsListed,
    fundsCounted: c.cover.fundsCounted,
    figures,
  };
}

/** Reads the history sheet's values (its block under the header row that starts with "reportingDate"). */
export function readHistory(values: unknown[][]): HistoryRow[] {
  const at = values.findIndex((r) => String(r[0] ?? '') === HISTORY_HEAD[0]);
  if (at < 0) return [];
  const header = values[at].map((v) => String(v ?? ''));
  const out: HistoryRow[] = [];
  for (let i = at + 1; i < values.length; i++) {
    const r = values[i];
    if (r[0] === '' || r[0] === null || r[0] === undefined) break;
    const figures: Record<string, number> = {};
    header.forEach((h, j) => {
      if (j >= HISTORY_HEAD.length && h !== '' && typeof r[j] === 'number') figures[h] = r[j] as number;
    });
    out.push({ reportingDate: String(r[0]), fundsListed: Number(r[1]) || 0, fundsCounted: Number(r[2]) || 0, figures });
  }
  return out;
}

/** One row per reporting date (a new collection for the same date replaces it), oldest first. */
export function mergeHistory(rows: HistoryRow[], row: HistoryRow): HistoryRow[] {
  return [...rows.filter((r) => r.reportingDate !== row.reportingDate), row].sort((a, b) =>
    a.reportingDate.localeCompare(b.reportingDate),
  );
}

export function historySheet(rows: HistoryRow[], lang: Lang): NetSheet {
  return {
    key: 'history',
    sheetName: sheetName('history'),
    blocks: [
      {
        title: t('net.sheet.history', lang),
        header: [...HISTORY_HEAD, ...SUMMABLE_KEYS],
        rows: rows.map((r) => [
          r.reportingDate,
          r.fundsListed,
          r.fundsCounted,
          ...SUMMABLE_KEYS.map((k) => r.figures[k] ?? 0),
        ]),
      },
    ],
    columnWidths: [110, 90, 90],
    charts: [],
  };
}

export function trendSheet(rows: HistoryRow[], lang: Lang): NetSheet {
  const data: Cell[][] = rows.map((r) => [
    dateLabel(r.reportingDate),
    r.fundsCounted,
    r.figures.activeNow ?? 0,
    baht(r.figures.balance ?? 0),
    baht(r.figures.welfarePaid ?? 0),
  ]);
  const charts: ChartPlan[] =
    rows.length > 0
      ? [
          {
            type: 'LINE',
            title: t('net.trend.members', lang),
            block: 0,
            firstRow: 0,
            lastRow: rows.length - 1,
            labelCol: 0,
            valueCols: [2],
            anchorCol: 6,
          },
          {
            type: 'LINE',
            title: t('net.trend.money', lang),
            block: 0,
            firstRow: 0,
            lastRow: rows.length - 1,
            labelCol: 0,
            valueCols: [3, 4],
            anchorCol: 12,
          },
        ]
      : [];
  return {
    key: 'trend',
    sheetName: sheetName('trend'),
    blocks: [
      {
        title: t('net.trend.title', lang),
        header: [
          t('net.col.date', lang),
          t('net.board.fundsReporting', lang),
          t('net.trend.members', lang),
          shownLabel('balance', lang),
          shownLabel('welfarePaid', lang),
        ],
        rows: data,
        formats: ['text', 'int', 'int', 'money', 'money'],
      },
    ],
    columnWidths: [120, 110, 120, 160, 160],
    charts,
  };
}

// ---- the meeting board ---------------------------------------------------------------------

const BOARD_LINES: { key: string; label?: LabelKey }[] = [
  { key: 'fundsCounted', label: 'net.board.fundsReporting' },
  { key: 'activeNow' },
  { key: 'joined' },
  { key: 'deceased' },
  { key: 'totalIncome' },
  { key: 'memberContributions' },
  { key: 'matchingLocal' },
  { key: 'matchingState' },
  { key: 'welfarePaid' },
  { key: 'welfareInPeriod' },
  { key: 'balance' },
];

/**
 * One A4 page (portrait, fit to width): the network this time against the previous collection,
 * what to follow up, the largest welfare lines. At most ~40 rows and 4 columns ~700 px wide.
 */
export function boardSheet(c: Collection, x: SheetContext, previous: HistoryRow | null): NetSheet {
  const { lang } = x;
  const now = historyRowOf(c, x.reportingDay);
  const value = (r: HistoryRow, key: string): number =>
    key === 'fundsCounted' ? r.fundsCounted : (r.figures[key] ?? 0);
  const shown = (key: string, v: number) => (FIGURE_ITEMS.find((f) => f.key === key)?.unit === 'satang' ? baht(v) : v);
  const overview: Cell[][] = BOARD_LINES.map((l) => {
    const a = value(now, l.key);
    const b = previous ? value(previous, l.key) : null;
    return [
      l.label ? t(l.label, lang) : shownLabel(l.key, lang),
      shown(l.key, a),
      b === null ? '—' : shown(l.key, b),
      b === null ? '—' : shown(l.key, a - b),
    ];
  });
  overview.push([
    shownLabel('welfareToContributions', lang),
    ratioText('welfareToContributions', c.totals.welfareToContributions ?? null),
    '',
    '',
  ]);
  overview.push([
    shownLabel('reserveMonths', lang),
    ratioText('reserveMonths', c.totals.reserveMonths ?? null),
    '',
    '',
  ]);

  const follow: Cell[][] = [];
  for (const s of c.sources) {
    if (s.status !== 'ok')
      follow.push([t('net.board.flag', lang, { fund: s.name, what: `${statusLabel(s.status, lang)}: ${s.reason}` })]);
  }
  for (const d of c.duplicates)
    follow.push([t('net.board.flag', lang, { fund: d.name, what: t('net.reason.duplicate', lang) })]);
  const cmp = compareFunds(c.funds, x.ceiling);
  for (const r of cmp.rows) {
    if (r.outliers.length === 0) continue;
    const what = r.outliers.map((m) => t(`net.cmp.${m}`, lang)).join(', ');
    follow.push([t('net.board.flag', lang, { fund: r.name, what })]);
  }
  const MAX_FOLLOW = 14;
  if (follow.length > MAX_FOLLOW) {
    const more = follow.length - (MAX_FOLLOW - 1);
    follow.splice(MAX_FOLLOW - 1);
    follow.push([
      lang === 'th' ? `และอีก ${more} รายการ (ดูแผ่นงานสถานะและเปรียบเทียบ)` : `and ${more} more (see Status and Compare)`,
    ]);
  }
  if (follow.length === 0) follow.push([t('net.board.noFollow', lang)]);

  const top = [...c.benefits].sort((a, b) => b.satang - a.satang).slice(0, 6);
  const heads = [
    t('net.col.item', lang),
    t('net.col.thisTime', lang),
    t('net.col.lastTime', lang),
    t('net.col.change', lang),
  ];
  return {
    key: 'board',
    sheetName: sheetName('board'),
    blocks: [
      {
        title: t('net.board.title', lang, { name: x.name, date: formatDateBE(x.reportingDay, 'long') }),
        rows: [
          [
            t('net.status.rate', lang, {
              rate: pct(reportingRate(c.cover)),
              counted: c.cover.fundsCounted,
              listed: c.cover.fundsListed,
            }),
          ],
        ],
      },
      {
        title: t('net.board.overview', lang),
        header: heads,
        rows: overview,
        formats: ['text', 'money', 'money', 'money'],
      },
      { title: t('net.board.follow', lang), rows: follow },
      {
        title: t('net.board.welfareTop', lang),
        header: [t('net.col.item', lang), t('net.col.cases', lang), t('net.col.baht', lang)],
        rows: top.map((b) => [b.name, b.cases, baht(b.satang)]),
        formats: ['text', 'int', 'money'],
      },
    ],
    columnWidths: [300, 130, 130, 130],
    charts: [],
  };
}

export function networkSheets(c: Collection, x: SheetContext, history: HistoryRow[]): NetSheet[] {
  const row = historyRowOf(c, x.reportingDay);
  const merged = mergeHistory(history, row);
  const previous = merged.filter((r) => r.reportingDate < row.reportingDate).pop() ?? null;
  return [
    boardSheet(c, x, previous),
    statusSheet(c, x),
    totalsSheet(c, x),
    compareSheet(c, x),
    trendSheet(merged, x.lang),
    historySheet(merged, x.lang),
  ];
}
