/**
 * Marking offending cells in the record sheets, and removing last run's marks, without touching
 * the group's own colours.
 *
 * How: a mark is a background in one of MARK_COLOURS (tints that Sheets' palette does not
 * offer). Per sheet, one getBackgrounds and one setBackgrounds of the box that holds this run's
 * and last run's marks. In that box every cell that still shows one of our colours goes back to
 * the colour it had before we marked it (white when we remember none); a cell the user
 * recoloured since no longer shows our colour and is left alone. Then this run's cells get their
 * mark. What we must remember between runs is small: per sheet the box, and the previous colour
 * of the few marked cells that were not white, in document properties (chunked under 9 kB a
 * value). Values and notes are never written.
 */
import type { Severity } from '../../core/findings';
import { SEVERITY_ORDER } from '../../core/checks';
import { MARK_COLOURS } from './report';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROP = 'welfareFund.checkMarks';
const CHUNK = 8000;
/** Remembered non-white colours, all sheets together: keeps the properties far below their 500 kB quota. */
const MAX_REMEMBERED = 10000;

interface SheetMemory {
  /** [firstRow, firstColumn, lastRow, lastColumn] of last run's marks (1-based). */
  box: [number, number, number, number];
  /** [row, column, colour] of marked cells whose colour before the mark was not white. */
  prev: [number, number, string][];
}

export interface MarkMemory {
  v: 1;
  sheets: Record<string, SheetMemory>;
}

/** The memory as stored, with how many property chunks held it (to empty stale ones). */
export interface LoadedMemory {
  memory: MarkMemory;
  chunks: number;
}

export interface CellMark {
  row: number;
  column: number;
  severity: Severity;
}

export interface MarkResult {
  marked: number;
  restored: number;
  /** Cells left unmarked because their own colour could not be remembered (over the cap). */
  skipped: number;
}

const OURS = new Set(Object.values(MARK_COLOURS));
const WHITE = '#ffffff';
/** Column part of a numeric cell key (Sheets allows 18,278 columns). */
const COLS = 32768;
const isWhite = (c: string | null | undefined) => !c || c.toLowerCase() === '#ffffff' || c.toLowerCase() === 'white';

/** One getProperties call. */
export function loadMemory(props: GoogleAppsScript.Properties.Properties): LoadedMemory {
  const all = props.getProperties();
  const n = Number(all[PROP] ?? 0);
  const empty = (chunks: number): LoadedMemory => ({ memory: { v: 1, sheets: {} }, chunks });
  if (!Number.isInteger(n) || n <= 0) return empty(0);
  let json = '';
  for (let i = 0; i < n; i++) json += all[`${PROP}.${i}`] ?? '';
  try {
    const m = JSON.parse(json) as MarkMemory;
    return m && m.v === 1 && m.sheets ? { memory: m, chunks: n } : empty(n);
  } catch (_e) {
    // A damaged memory only means last run's marks are swept by colour without their old colour.
    return empty(n);
  }
}

/** One setProperties call. */
export function saveMemory(props: GoogleAppsScript.Properties.Properties, memory: MarkMemory, old: number): void {
  const json = JSON.stringify(memory);
  const out: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < json.length; i += CHUNK) out[`${PROP}.${n++}`] = json.slice(i, i + CHUNK);
  // Chunks of a longer earlier memory are emptied in the same single call.
  for (let i = n; i < old; i++) out[`${PROP}.${i}`] = '';
  out[PROP] = String(n);
  props.setProperties(out);
}

/**
 * Marks `marks` on `sheet` (one mark per cell: the most severe) and sweeps the marks of last run
 * remembered in `memory.sheets[id]`. Returns the new memory for this sheet (null when nothing is
 * marked). `budget` is how many more non-white colours may be remembered.
 */
export function markSheet(
  sheet: Sheet,
  id: string,
  marks: CellMark[],
  memory: MarkMemory,
  budget: { left: number },
): { memory: SheetMemory | null; result: MarkResult } {
  const result: MarkResult = { marked: 0, restored: 0, skipped: 0 };
  const last = memory.sheets[id];
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  // Cell -> severity, keyed by a number (row * 2^15 + column: no string per cell).
  const want = new Map<number, Severity>();
  let r0 = Infinity,
    c0 = Infinity,
    r1 = 0,
    c1 = 0;
  for (const m of marks) {
    if (m.row < 2 || m.row > lastRow || m.column < 1 || m.column > lastColumn) continue;
    const k = m.row * COLS + m.column;
    const s = want.get(k);
    if (!s || SEVERITY_ORDER[m.severity] < SEVERITY_ORDER[s]) want.set(k, m.severity);
    if (m.row < r0) r0 = m.row;
    if (m.row > r1) r1 = m.row;
    if (m.column < c0) c0 = m.column;
    if (m.column > c1) c1 = m.column;
  }
  if (want.size === 0 && !last) return { memory: null, result };
  const box: [number, number, number, number] = [r0, c0, r1, c1];

  // The box to read and write: this run's marks and last run's, clipped to the sheet as it is now.
  if (last) {
    r0 = Math.min(r0, last.box[0]);
    c0 = Math.min(c0, last.box[1]);
    r1 = Math.max(r1, last.box[2]);
    c1 = Math.max(c1, last.box[3]);
  }
  r0 = Math.max(2, r0);
  c0 = Math.max(1, c0);
  r1 = Math.min(lastRow, r1);
  c1 = Math.min(lastColumn, c1);
  if (r1 < r0 || c1 < c0) return { memory: null, result };

  const range = sheet.getRange(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  // Edited in place and written back: the box's own array, no second copy of it.
  const next: (string | null)[][] = range.getBackgrounds();
  let changed = false;

  // 1. Sweep: our colour goes back to what was there before (no colour unless remembered).
  //    White is written back as "no colour" (null), never as an explicit white fill that would
  //    hide the group's alternating row colours.
  const before = new Map<number, string>();
  if (last) for (const [r, c, colour] of last.prev) before.set(r * COLS + c, colour);
  for (let i = 0; i < next.length; i++) {
    const row = next[i];
    for (let j = 0; j < row.length; j++) {
      const colour = row[j];
      if (colour === WHITE || isWhite(colour)) {
        row[j] = null;
        continue;
      }
      if (!OURS.has(colour as string) && !OURS.has((colour as string).toLowerCase())) continue;
      row[j] = before.get((r0 + i) * COLS + c0 + j) ?? null;
      changed = true;
      result.restored++;
    }
  }

  // 2. Mark: remember a non-white colour underneath, or leave the cell as it is when we cannot.
  const prev: [number, number, string][] = [];
  for (const [k, severity] of want) {
    const r = Math.floor(k / COLS);
    const c = k - r * COLS;
    const row = next[r - r0];
    const underneath = row[c - c0];
    if (underneath !== null) {
      if (budget.left <= 0) {
        result.skipped++;
        continue;
      }
      budget.left--;
      prev.push([r, c, underneath]);
    }
    row[c - c0] = MARK_COLOURS[severity];
    changed = true;
    result.marked++;
  }
  // Nothing marked now or before: no write at all.
  if (changed) range.setBackgrounds(next);
  return { memory: result.marked > 0 ? { box, prev } : null, result };
}

export const REMEMBER_LIMIT = MAX_REMEMBERED;
