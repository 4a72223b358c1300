/**
 * Checks of raw cells, whatever the record: a formula where a recorded value belongs, text
 * where a number belongs, a number or date kept as text, and dates whose era is off by 543
 * years. One pass over each sheet's known columns; blank cells cost one comparison.
 */
import { parseDate, ymdFromDay, dayFromDate, dayFromYMD, formatDateBE, BE_OFFSET, type DayNumber } from '../dates';
import { parseAmount, parseInteger, parseYearBE, thaiDigitsToArabic } from '../parse';
import { SHEETS, RECORD_SHEETS, type ColumnKind, type RecordSheetKey } from '../schema';
import { msg, type CheckContext, type SheetCells } from './context';

const SERIAL_TO_DAY = -25569;

export function checkCells(ctx: CheckContext): void {
  for (const key of RECORD_SHEETS) {
    const cells = ctx.book.cells?.[key];
    if (cells) checkSheetCells(ctx, key, cells);
  }
}

interface TextDate {
  row: number;
  column: string;
  value: string;
  year: number;
}

function checkSheetCells(ctx: CheckContext, key: RecordSheetKey, cells: SheetCells): void {
  const cols: { key: string; kind: ColumnKind; index: number }[] = [];
  for (const c of SHEETS[key].columns) {
    const index = cells.header.index[c.key];
    if (index !== undefined) cols.push({ key: c.key, kind: c.kind, index });
  }
  const { values, formulas } = cells;
  let beTyped = 0;
  const ceTyped: TextDate[] = [];
  // Typed dates repeat a lot (a collection day's rows share one); parse each text once.
  const parsed = new Map<string, ReturnType<typeof parseDate>>();
  const parse = (v: string) => {
    let p = parsed.get(v);
    if (!p) {
      p = parseDate(v);
      if (parsed.size < 50000) parsed.set(v, p);
    }
    return p;
  };
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    const fline = formulas ? formulas[r] : undefined;
    const row = r + 1;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const v = line[col.index];
      if (fline !== undefined) {
        const f = fline[col.index];
        if (f !== '' && f !== undefined && f !== null) {
          ctx.push(
            'warning',
            'cell.formula',
            key,
            row,
            col.key,
            f,
            msg('check.cell.formula', { formula: f.length > 80 ? f.slice(0, 77) + '...' : f }),
            msg('check.cell.formulaFix'),
          );
          continue;
        }
      }
      if (v === '' || v === null || v === undefined) continue;
      switch (col.kind) {
        case 'money':
        case 'int':
        case 'year':
          if (typeof v === 'string' && v.trim() !== '') numberText(ctx, key, row, col.key, col.kind, v);
          break;
        case 'date':
          if (typeof v === 'string') {
            const y = typedYear(v);
            if (y !== null) {
              if (y >= 2400 && y <= 2800) beTyped++;
              else if (y >= 1800 && y <= 2200) ceTyped.push({ row, column: col.key, value: v, year: y });
            }
            const p = parse(v);
            if (p.ok) {
              ctx.add(
                'note',
                'cell.date-as-text',
                key,
                row,
                col.key,
                msg('check.cell.dateAsText', { value: v, read: formatDateBE(p.value) }),
                msg('check.cell.dateAsTextFix'),
                v,
              );
            }
          } else if (v instanceof Date || typeof v === 'number') {
            const day = v instanceof Date ? dayFromDate(v) : Math.floor(v) + SERIAL_TO_DAY;
            if (Number.isFinite(day)) cellEra(ctx, key, row, col.key, day);
          }
          break;
        default:
          break;
      }
    }
  }
  // A C.E. year typed among B.E. years: only when the sheet's typed dates are mostly B.E.
  if (beTyped > ceTyped.length) {
    for (const t of ceTyped) {
      const p = parse(t.value);
      if (!p.ok) continue;
      const read = formatDateBE(p.value);
      ctx.add(
        'warning',
        'date.ce-typed',
        key,
        t.row,
        t.column,
        msg('check.date.ceTyped', { year: t.year, read }),
        msg('check.date.ceTypedFix', { read }),
        t.value,
      );
    }
  }
}

/** The four-digit year of a typed date, or null (two digits, no year, or an explicit era marker). */
function typedYear(v: string): number | null {
  const s = thaiDigitsToArabic(v);
  // An explicit "ค.ศ." / "C.E." / "พ.ศ." means the user chose the era; nothing to second-guess.
  if (/ค\s*\.?\s*ศ|พ\s*\.?\s*ศ|\b[bc]\s*\.\s*e\b|\ba\.?d\b/i.test(s)) return null;
  const m = s.match(/(?:^|\D)(\d{4})(?:\D|$)/);
  return m ? Number(m[1]) : null;
}

/**
 * A Date cell's stored year. 2400–2800 C.E.: a B.E. year typed into a date cell (read as B.E.
 * with a warning; formulas and sorting in the sheet are still 543 years off). 1257–1657 C.E.:
 * 543 years too early, a C.E. year that a Thai-calendar sheet stored as B.E.
 */
const FIRST_CE_DAY = dayFromYMD(1800, 1, 1)!;
const LAST_CE_DAY = dayFromYMD(2200, 12, 31)!;

function cellEra(ctx: CheckContext, key: RecordSheetKey, row: number, column: string, day: DayNumber): void {
  // The common case (a plausible C.E. date) costs two comparisons: no calendar arithmetic.
  if (day >= FIRST_CE_DAY && day <= LAST_CE_DAY) return;
  const { y, m, d } = ymdFromDay(day);
  if (y >= 2400 && y <= 2800) {
    const fixed = dayFromYMD(y - BE_OFFSET, m, d);
    if (fixed === null) return;
    const read = formatDateBE(fixed);
    ctx.add(
      'warning',
      'date.be-stored-as-ce',
      key,
      row,
      column,
      msg('check.date.beStoredAsCe', { year: y, read }),
      msg('check.date.beStoredAsCeFix', { read, ce: y - BE_OFFSET }),
    );
  } else if (y + BE_OFFSET >= 1800 && y + BE_OFFSET <= 2200) {
    const fixed = dayFromYMD(y + BE_OFFSET, m, d);
    if (fixed === null) return;
    const read = formatDateBE(fixed);
    ctx.add(
      'error',
      'date.543-early',
      key,
      row,
      column,
      msg('check.date.early543', { year: y, read }),
      msg('check.date.early543Fix', { read }),
    );
  }
}

function numberText(
  ctx: CheckContext,
  key: RecordSheetKey,
  row: number,
  column: string,
  kind: ColumnKind,
  v: string,
): void {
  const p = kind === 'money' ? parseAmount(v) : kind === 'int' ? parseInteger(v) : parseYearBE(v);
  if (p.ok) {
    ctx.add(
      'warning',
      'cell.number-as-text',
      key,
      row,
      column,
      msg('check.cell.numberAsText', { value: v }),
      msg('check.cell.numberAsTextFix'),
      v,
    );
  } else {
    // Usually readSheet has said so already (the finding merge keeps one per cell).
    ctx.add(
      'error',
      'cell.text-not-number',
      key,
      row,
      column,
      msg('check.cell.textNotNumber', { value: v }),
      msg('check.cell.textNotNumberFix'),
      v,
    );
  }
}
