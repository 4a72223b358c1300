/**
 * Small-count suppression for the by-village table of the shared summary (README "Sharing with
 * local government").
 *
 * The rule:
 * 1. PRIMARY: a village's count of a SENSITIVE benefit (health, disability, death: Benefit.sensitive)
 *    that is at least 1 and below the threshold (setting "sensitiveThreshold", default 3) is hidden:
 *    its cases show as "<3" and its baht is hidden too (with a fixed rate per case, baht gives the
 *    count back).
 * 2. COMPLEMENTARY: the shared file also publishes exact totals: each benefit for the whole fund
 *    (column sums) and, when the table shows them, each village's total over all benefits (row
 *    sums) whose column again sums to the fund's total. A line (row or column) with exactly ONE
 *    hidden cell lets anyone work that cell out by subtraction, so another cell of that line is
 *    hidden as well, repeated until no published line has exactly one hidden cell. The extra cell
 *    is chosen to lose least: one that also completes another line if there is one, then the
 *    smallest count, then a sensitive benefit before another, then the first in reading order.
 * 3. A line that has nothing else to hide (a fund with one village: its row IS the fund total)
 *    is left as it is: fund-level totals stay exact by design.
 * Zero counts are not hidden: "nobody in this village" identifies no one.
 */

export interface VillageMatrix {
  villages: string[];
  benefits: { code: string; sensitive: boolean }[];
  /** Cases per village per benefit: cases[v][b]. */
  cases: number[][];
  /** True when the table shows each village's total over all benefits. */
  rowTotals: boolean;
}

export type HiddenWhy = 'small' | 'complement';

export interface SuppressionMask {
  /** [village][benefit]: null = shown, else why it is hidden (its cases and its baht). */
  cells: (HiddenWhy | null)[][];
  /** [village]: the village's all-benefit total is hidden (only when rowTotals). */
  rowTotals: (HiddenWhy | null)[];
  /** How many cells are hidden, primary and complementary. */
  small: number;
  complement: number;
}

/** A published linear relation: its cells must not have exactly one hidden. */
interface Line {
  cells: number[];
}

export function suppressSmallCounts(m: VillageMatrix, threshold: number): SuppressionMask {
  const V = m.villages.length;
  const B = m.benefits.length;
  // Cells are numbered: village v, benefit b -> v * (B + 1) + b; the village total -> v * (B + 1) + B.
  const W = B + 1;
  const count = new Array<number>(V * W).fill(0);
  for (let v = 0; v < V; v++) {
    let total = 0;
    for (let b = 0; b < B; b++) {
      const c = Number(m.cases[v]?.[b] ?? 0) || 0;
      count[v * W + b] = c;
      total += c;
    }
    count[v * W + B] = total;
  }
  const hidden = new Array<HiddenWhy | null>(V * W).fill(null);
  const eligible = (cell: number) => m.rowTotals || cell % W !== B;

  if (threshold > 1) {
    for (let v = 0; v < V; v++) {
      for (let b = 0; b < B; b++) {
        const c = count[v * W + b];
        if (m.benefits[b].sensitive && c >= 1 && c < threshold) hidden[v * W + b] = 'small';
      }
    }
  }

  const lines: Line[] = [];
  for (let b = 0; b < W; b++) {
    if (b === B && !m.rowTotals) continue;
    lines.push({ cells: Array.from({ length: V }, (_, v) => v * W + b) });
  }
  if (m.rowTotals) for (let v = 0; v < V; v++) lines.push({ cells: Array.from({ length: W }, (_, b) => v * W + b) });
  const linesOf: number[][] = Array.from({ length: V * W }, () => []);
  lines.forEach((l, i) => l.cells.forEach((c) => linesOf[c].push(i)));
  const hiddenIn = (l: Line) => l.cells.reduce((n, c) => n + (hidden[c] ? 1 : 0), 0);

  // Each pass hides one more cell, so this ends after at most V * W passes.
  for (;;) {
    const open = lines.find((l) => hiddenIn(l) === 1 && l.cells.some((c) => !hidden[c] && eligible(c)));
    if (!open) break;
    let best = -1;
    let bestKey: number[] = [];
    for (const c of open.cells) {
      if (hidden[c] || !eligible(c)) continue;
      // Hiding c breaks each other line of c that has no hidden cell yet, and mends each with one.
      const others = linesOf[c].map((i) => lines[i]).filter((l) => l !== open);
      const breaks = others.filter((l) => hiddenIn(l) === 0).length;
      const mends = others.filter((l) => hiddenIn(l) === 1).length;
      const b = c % W;
      const sensitive = b < B && m.benefits[b].sensitive;
      const key = [breaks - mends, Math.abs(count[c]), sensitive ? 0 : 1, c];
      if (best < 0 || lexLess(key, bestKey)) {
        best = c;
        bestKey = key;
      }
    }
    hidden[best] = 'complement';
  }

  const cells = Array.from({ length: V }, (_, v) => Array.from({ length: B }, (_, b) => hidden[v * W + b]));
  const rowTotals = Array.from({ length: V }, (_, v) => hidden[v * W + B]);
  const small = hidden.filter((h) => h === 'small').length;
  const complement = hidden.filter((h) => h === 'complement').length;
  return { cells, rowTotals, small, complement };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/**
 * Can any hidden cell be worked out from the published totals? For tests and a last check before
 * writing: true when some published line has exactly one hidden cell and something else to hide.
 */
export function derivableCells(m: VillageMatrix, mask: SuppressionMask): { village: number; benefit: number }[] {
  const V = m.villages.length;
  const B = m.benefits.length;
  const out: { village: number; benefit: number }[] = [];
  for (let b = 0; b < B; b++) {
    const hiddenRows = [...Array(V).keys()].filter((v) => mask.cells[v][b]);
    if (hiddenRows.length === 1 && V > 1) out.push({ village: hiddenRows[0], benefit: b });
  }
  if (m.rowTotals) {
    for (let v = 0; v < V; v++) {
      const hiddenCols = [...Array(B).keys()].filter((b) => mask.cells[v][b]);
      const n = hiddenCols.length + (mask.rowTotals[v] ? 1 : 0);
      if (n === 1 && hiddenCols.length === 1) out.push({ village: v, benefit: hiddenCols[0] });
    }
    const hiddenTotals = [...Array(V).keys()].filter((v) => mask.rowTotals[v]);
    if (hiddenTotals.length === 1 && V > 1) out.push({ village: hiddenTotals[0], benefit: -1 });
  }
  return out;
}
