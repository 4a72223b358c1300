/**
 * The first rows of each mapped column as the importer reads them: "15/8/2561 → 15 ส.ค. 2561",
 * "50 บาท → 50.00", or the reason it cannot.
 */
import { dayFromDate, formatDateBE, ymdFromDay } from '../dates';
import type { Lang } from '../i18n';
import { shownValue } from '../parse';
import { SHEETS } from '../schema';
import { isTotalLabel } from './dictionary';
import type { TabMapping } from './types';
import { bahtText, isBlankCell, readDate, readIdText, readMemberId, readSatang, readText, readUnits } from './values';

export interface PreviewCell {
  row: number;
  raw: string;
  read: string;
  ok: boolean;
}

export interface PreviewColumn {
  column: number;
  header: string;
  field: string;
  cells: PreviewCell[];
}

const DATE_FIELDS = new Set(['date', 'joinDate', 'birthDate', 'statusDate']);
const MONEY_FIELDS = new Set(['amount', 'income', 'expense', 'balance', 'total']);

function kindOf(field: string): 'date' | 'money' | 'id' | 'units' | 'text' {
  if (DATE_FIELDS.has(field)) return 'date';
  if (MONEY_FIELDS.has(field) || /^(fee|month|day):/.test(field)) return 'money';
  if (field === 'units') return 'units';
  for (const key of ['members', 'deposits', 'welfare', 'ledger'] as const) {
    const c = SHEETS[key].columns.find((x) => x.key === field);
    if (c && (c.kind === 'id' || c.kind === 'phone')) return 'id';
  }
  return 'text';
}

function cellDate(v: Date): string {
  if (!Number.isFinite(v.getTime())) return shownValue(v);
  const { y, m, d } = ymdFromDay(dayFromDate(v));
  return `${d}/${m}/${y}`;
}

export function previewTab(values: unknown[][], m: TabMapping, lang: Lang, rows = 5): PreviewColumn[] {
  const start = Math.max(...m.headerRows);
  const dataRows: number[] = [];
  for (let r = start; r < values.length && dataRows.length < rows; r++) {
    const row = values[r];
    if (!row || row.every(isBlankCell) || row.slice(0, 4).some(isTotalLabel)) continue;
    dataRows.push(r);
  }
  return m.columns
    .filter((c) => c.field)
    .map((c) => {
      const field = c.field as string;
      const kind = kindOf(field);
      const cells = dataRows.map((r): PreviewCell => {
        const v = values[r][c.column];
        // A date cell as the grid shows it (d/m/yyyy, the year as stored), not re-read.
        const raw = v instanceof Date ? cellDate(v) : readText(v);
        if (isBlankCell(v)) return { row: r + 1, raw: '', read: '', ok: true };
        if (kind === 'date') {
          const p = readDate(v, c.century);
          return p.ok
            ? { row: r + 1, raw, read: formatDateBE(p.value, 'short'), ok: true }
            : { row: r + 1, raw, read: p.reason[lang], ok: false };
        }
        if (kind === 'money') {
          const p = readSatang(v);
          return p.ok
            ? { row: r + 1, raw, read: bahtText(p.value), ok: true }
            : { row: r + 1, raw, read: p.reason[lang], ok: false };
        }
        if (kind === 'units') {
          const p = readUnits(v);
          return p.ok
            ? { row: r + 1, raw, read: String(p.value.units), ok: true }
            : { row: r + 1, raw, read: p.reason[lang], ok: false };
        }
        if (kind === 'id')
          return { row: r + 1, raw, read: field === 'memberId' ? readMemberId(v) : readIdText(v), ok: true };
        return { row: r + 1, raw, read: readText(v), ok: true };
      });
      return { column: c.column, header: c.header, field, cells };
    });
}
