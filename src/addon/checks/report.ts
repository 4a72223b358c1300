/**
 * The check report sheet "ผลการตรวจสอบ" laid out in memory: counts by severity and by kind at the
 * top, then one row per finding with a link that jumps to the cell. Pure (no Apps Script calls),
 * so it is tested directly; checks.ts writes it with writeGeneratedSheet in one batch.
 */
import { countFindings, kindLabel, severityLabel, SEVERITY_ORDER } from '../../core/checks';
import type { Finding, Severity } from '../../core/findings';
import { t, type Lang } from '../../core/i18n';
import { matchHeaders, SHEETS, type SheetKey } from '../../core/schema';
import { type GeneratedBlock, INT_FORMAT } from '../book';
import { columnLetter } from '../../core/columns';

/** Where a finding's sheet is and how its columns are named (from the sheet's own header row). */
export interface SheetInfo {
  name: string;
  sheetId: number;
  header: unknown[];
}

/** One finding as the report, the command line and --json show it. */
export interface ShownFinding {
  severity: Severity;
  code: string;
  sheet: SheetKey | null;
  sheetName: string | null;
  row: number | null;
  column: string | null;
  columnName: string | null;
  /** 1-based column on the sheet, null when the finding is not about one cell. */
  columnIndex: number | null;
  value: string;
  message: string;
  fix: string;
}

/** Severity colours: light tints that Sheets' palette does not offer, so a mark is recognisably ours. */
export const MARK_COLOURS: Record<Severity, string> = { error: '#fbd3d0', warning: '#fde3c2', note: '#fff4c4' };

/** Findings capped in the list (the counts are always complete); Sheets slows down past this. */
export const REPORT_LIMIT = 20000;

export function showFindings(
  findings: Finding[],
  sheets: Partial<Record<SheetKey, SheetInfo>>,
  lang: Lang,
): ShownFinding[] {
  const indexes = new Map<SheetKey, Record<string, number>>();
  const indexOf = (key: SheetKey): Record<string, number> => {
    let ix = indexes.get(key);
    if (!ix) {
      const info = sheets[key];
      ix = info ? matchHeaders(SHEETS[key], info.header).index : {};
      indexes.set(key, ix);
    }
    return ix;
  };
  return findings.map((f) => {
    const key = f.sheet ?? null;
    const info = key ? sheets[key] : undefined;
    let columnIndex: number | null = null;
    let columnName: string | null = null;
    if (key && f.column) {
      const ix = indexOf(key);
      // A settings finding names a setting, not a column: its value cell is in the value column.
      const i = key === 'settings' && ix[f.column] === undefined ? ix.value : ix[f.column];
      if (i !== undefined) {
        columnIndex = i + 1;
        const h = info?.header[i];
        if (typeof h === 'string' && h.trim() !== '') columnName = h;
      }
      if (columnName === null) {
        const def = SHEETS[key].columns.find((c) => c.key === f.column);
        columnName = def ? def[lang] : f.column;
      }
    }
    return {
      severity: f.severity,
      code: f.code,
      sheet: key,
      sheetName: info ? info.name : key ? SHEETS[key][lang] : null,
      row: f.row ?? null,
      column: f.column ?? null,
      columnName,
      columnIndex,
      value: f.value ?? '',
      message: f.message[lang],
      fix: f.fix ? f.fix[lang] : '',
    };
  });
}

/**
 * The only formula the add-on writes. Built from numbers and a catalogue label only (no user
 * text), with quotes doubled as Sheets escapes them, so it can never carry anything else.
 */
export function linkFormula(sheetId: number, row: number | null, columnIndex: number | null, label: string): string {
  if (!Number.isInteger(sheetId)) return '';
  let target = `#gid=${sheetId}`;
  if (row !== null && Number.isInteger(row) && row > 0) target += `&range=${columnLetter(columnIndex ?? 1)}${row}`;
  return `=HYPERLINK("${target}","${label.replace(/"/g, '""')}")`;
}

export interface ReportLayout {
  blocks: GeneratedBlock[];
  /** Index of the findings block in `blocks` (its rows get the links). */
  listBlock: number;
  /** The link column (0-based within the list block) and one formula per listed finding ('' for none). */
  linkColumn: number;
  links: string[];
  shownCount: number;
  columnWidths: number[];
}

export function reportLayout(
  shown: ShownFinding[],
  sheets: Partial<Record<SheetKey, SheetInfo>>,
  ranAt: string,
  lang: Lang,
): ReportLayout {
  const { counts, byKind } = countFindings(shown as unknown as Finding[]);
  const total = shown.length;
  // Errors first, so a capped list still shows what matters most; sheet order within.
  const ordered = shown
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .slice(0, REPORT_LIMIT)
    .map((x) => x.f);

  const head: string[][] = [[t('check.report.ranAt', lang, { when: ranAt })]];
  if (total === 0) head.push([t('check.report.none', lang)]);
  else {
    head.push([t('check.report.marks', lang)]);
    if (ordered.length < total) head.push([t('check.report.truncated', lang, { shown: ordered.length, total })]);
  }
  const severities: Severity[] = ['error', 'warning', 'note'];
  const kindSeverity = new Map<string, Severity>();
  for (const f of shown) {
    const s = kindSeverity.get(f.code);
    if (!s || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s]) kindSeverity.set(f.code, f.severity);
  }
  const kinds = Object.keys(byKind).sort(
    (a, b) =>
      SEVERITY_ORDER[kindSeverity.get(a)!] - SEVERITY_ORDER[kindSeverity.get(b)!] ||
      byKind[b] - byKind[a] ||
      (a < b ? -1 : 1),
  );

  const label = t('check.report.link', lang);
  const links = ordered.map((f) => {
    const info = f.sheet ? sheets[f.sheet] : undefined;
    return info ? linkFormula(info.sheetId, f.row, f.columnIndex, label) : '';
  });
  const blocks: GeneratedBlock[] = [
    { title: t('check.report.title', lang), rows: head },
    {
      title: t('check.report.bySeverity', lang),
      header: [t('check.report.colSeverity', lang), t('check.report.count', lang)],
      rows: [...severities.map((s) => [severityLabel(s, lang), counts[s]]), [t('check.report.total', lang), total]],
      formats: [null, INT_FORMAT],
      rowBackgrounds: [MARK_COLOURS.error, MARK_COLOURS.warning, MARK_COLOURS.note, null],
      boldRows: [3],
    },
  ];
  if (kinds.length > 0) {
    blocks.push({
      title: t('check.report.byKind', lang),
      header: [t('check.report.kind', lang), t('check.report.colSeverity', lang), t('check.report.count', lang)],
      rows: kinds.map((k) => [kindLabel(k, lang), severityLabel(kindSeverity.get(k)!, lang), byKind[k]]),
      formats: [null, null, INT_FORMAT],
    });
  }
  const listBlock = blocks.length;
  if (ordered.length > 0) {
    blocks.push({
      title: t('check.report.list', lang),
      header: [
        t('check.report.colSeverity', lang),
        t('check.report.colSheet', lang),
        t('check.report.colRow', lang),
        t('check.report.colColumn', lang),
        t('check.report.colValue', lang),
        t('check.report.colMessage', lang),
        t('check.report.colFix', lang),
        t('check.report.colLink', lang),
      ],
      rows: ordered.map((f) => [
        severityLabel(f.severity, lang),
        f.sheetName ?? '',
        f.row,
        f.columnName ?? '',
        f.value,
        f.message,
        f.fix,
        null,
      ]),
      formats: [null, null, INT_FORMAT],
      rowBackgrounds: ordered.map((f) => MARK_COLOURS[f.severity]),
    });
  }
  return {
    blocks,
    listBlock,
    linkColumn: 7,
    links,
    shownCount: ordered.length,
    columnWidths: [110, 110, 60, 150, 150, 460, 380, 90],
  };
}
