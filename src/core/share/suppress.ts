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
 *    hidden as well, repeated until no published line has exactly one hidden cell. Counts are
 *    never negative, so hidden cells that add up to zero are known to be zero: a line whose
 *    hidden cells are all zero gets a non-zero one too, and a zero is only chosen when nothing
 *    else is left; a cell of a village whose published total is 0 is never chosen (all its cells
 *    are known to be 0). Otherwise the extra cell is chosen to lose least: one that also completes
 *    another line, then the smallest count, then a sensitive benefit, then reading order.
 * 3. A line that has nothing else to hide (a fund with one village, or with only one village that
 *    has any case at all: its row IS the fund total) is left as it is: fund-level totals stay
 *    exact by design.
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
  // A village whose published total is 0 gives away every cell of its row (counts are never
  // negative), so hiding one of its cells protects nothing.
  const eligible = (cell: number) => (m.rowTotals ? count[Math.floor(cell / W) * W + B] > 0 : cell % W !== B);

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
  const hiddenSum = (l: Line) => l.cells.reduce((n, c) => n + (hidden[c] ? Math.max(0, count[c]) : 0), 0);
  const candidates = (l: Line, positiveOnly: boolean) =>
    l.cells.filter((c) => !hidden[c] && eligible(c) && (!positiveOnly || count[c] > 0));
  // A line that gives a hidden cell away: exactly one hidden, or hidden cells that sum to zero.
  const leaks = (l: Line) => {
    const n = hiddenIn(l);
    if (n === 1) return candidates(l, false).length > 0;
    return n > 1 && hiddenSum(l) === 0 && candidates(l, true).length > 0;
  };

  // Each pass hides one more cell, so this ends after at most V * W passes.
  for (;;) {
    const open = lines.find(leaks);
    if (!open) break;
    const zeroSum = hiddenIn(open) > 1;
    let best = -1;
    let bestKey: number[] = [];
    for (const c of candidates(open, zeroSum)) {
      // Hiding c breaks each other line of c that has no hidden cell yet, and mends each with one.
      const others = linesOf[c].map((i) => lines[i]).filter((l) => l !== open);
      const breaks = others.filter((l) => hiddenIn(l) === 0).length;
      const mends = others.filter((l) => hiddenIn(l) === 1).length;
      const b = c % W;
      const sensitive = b < B && m.benefits[b].sensitive;
      const key = [count[c] > 0 ? 0 : 1, breaks - mends, Math.abs(count[c]), sensitive ? 0 : 1, c];
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
 * Which small counts can still be worked out from what is published? For tests and a last check.
 * The attack: every published line (column sums = fund totals per benefit; row sums = village
 * totals, when shown; the village-total column = the fund total) with its shown cells subtracted
 * leaves the sum of its hidden cells. A hidden cell is KNOWN when it is the only unknown of a line,
 * or when the unknowns of a line add up to zero (counts are never negative). Repeated until
 * nothing more is learnt; returns the 'small' cells that became known.
 */
export function derivableCells(m: VillageMatrix, mask: SuppressionMask): { village: number; benefit: number }[] {
  const V = m.villages.length;
  const B = m.benefits.length;
  const W = B + 1;
  const val = (v: number, b: number) => Math.max(0, Number(m.cases[v]?.[b] ?? 0) || 0);
  const count = (cell: number) => {
    const v = Math.floor(cell / W);
    const b = cell % W;
    return b < B ? val(v, b) : m.benefits.reduce((s, _, j) => s + val(v, j), 0);
  };
  const unknown = new Set<number>();
  for (let v = 0; v < V; v++) {
    for (let b = 0; b < B; b++) if (mask.cells[v][b]) unknown.add(v * W + b);
    if (m.rowTotals && mask.rowTotals[v]) unknown.add(v * W + B);
  }
  const lines: number[][] = [];
  for (let b = 0; b < W; b++) if (b < B || m.rowTotals) lines.push(Array.from({ length: V }, (_, v) => v * W + b));
  if (m.rowTotals) for (let v = 0; v < V; v++) lines.push(Array.from({ length: W }, (_, b) => v * W + b));
  const known = new Set<number>();
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const open = line.filter((c) => unknown.has(c) && !known.has(c));
      if (open.length === 0) continue;
      const rest = open.reduce((s, c) => s + count(c), 0);
      if (open.length === 1 || rest === 0) {
        open.forEach((c) => known.add(c));
        changed = true;
      }
    }
  }
  // Villages with no cases at all publish a total of 0, which gives away every cell of theirs; when
  // at most one village has any case, its row IS the fund total (rule 3: exact by design).
  const activeVillages = Array.from({ length: V }, (_, v) => count(v * W + B)).filter((n) => n > 0).length;
  const out: { village: number; benefit: number }[] = [];
  for (const cell of known) {
    const v = Math.floor(cell / W);
    const b = cell % W;
    if (b < B && mask.cells[v][b] === 'small' && activeVillages > 1) out.push({ village: v, benefit: b });
  }
  return out;
}

// ---- villages as labels ------------------------------------------------------------------

/** A village cell that reads as an id or phone number (nine digits or more) is a person, not a place. */
const DIGITS_LIKE_ID = /^[\d\s\-\u2212]{9,}$/;

export interface VillagePrivacy {
  /** Village names (trimmed, as the summaries group them) that are shown only pooled. */
  pooled: Set<string>;
  /** Of those, the ones that are personal data themselves (a name or id typed as a village). */
  personal: Set<string>;
}

/**
 * Which villages may be named in the shared file. A village name is a label the guard lets
 * through, so a name or national id typed into a member's village cell would be published as a
 * "village with one member". A village is pooled (not named) when:
 * - its name equals any member's personal field (id, name, national id, phone, address,
 *   beneficiary), or looks like an id or phone number; or
 * - it has fewer members than the small-count threshold: its figures would be one person's.
 */
export function villagePrivacy(
  members: {
    memberId: string;
    name: string;
    nationalId: string;
    phone: string;
    address: string;
    beneficiary: string;
    village: string;
  }[],
  threshold: number,
): VillagePrivacy {
  const personalValues = new Set<string>();
  for (const m of members)
    for (const v of [m.memberId, m.name, m.nationalId, m.phone, m.address, m.beneficiary]) {
      const t = String(v ?? '').trim();
      if (t !== '') personalValues.add(t);
    }
  const people = new Map<string, Set<string>>();
  for (const m of members) {
    const village = String(m.village ?? '').trim();
    if (village === '') continue;
    let ids = people.get(village);
    if (!ids) people.set(village, (ids = new Set()));
    ids.add(m.memberId !== '' ? m.memberId : `row:${ids.size}`);
  }
  const pooled = new Set<string>();
  const personal = new Set<string>();
  for (const [village, ids] of people) {
    const isPerson = personalValues.has(village) || DIGITS_LIKE_ID.test(village);
    if (isPerson) personal.add(village);
    if (isPerson || ids.size < threshold) pooled.add(village);
  }
  return { pooled, personal };
}
