/**
 * Per-column runs of equal values: formats and validations are usually set on whole column blocks
 * ("C2:C" is text, "D2:D" is a date), so a million rows cost one run, not a million map entries.
 * Rows and columns are 0-based; a run covers rows [start, end).
 */
import type { CellStore } from './grid';

export interface Run<T> {
  start: number;
  end: number;
  value: T;
}

export class ColumnRuns<T> implements CellStore<T> {
  cols = new Map<number, Run<T>[]>();

  reset(): void {
    this.cols.clear();
  }

  /** number of runs (0 means nothing stored) */
  get size(): number {
    let n = 0;
    for (const runs of this.cols.values()) n += runs.length;
    return n;
  }

  /** index of the first run whose end is after row r */
  private static firstEndingAfter<T>(runs: Run<T>[], r: number): number {
    let lo = 0,
      hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].end <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(r: number, c: number): T | undefined {
    const runs = this.cols.get(c);
    if (!runs) return undefined;
    const i = ColumnRuns.firstEndingAfter(runs, r);
    const run = runs[i];
    return run && run.start <= r ? run.value : undefined;
  }

  set(r: number, c: number, v: T | undefined): void {
    // fast path for filling top to bottom (loading a file): extend or append at the end
    const runs = this.cols.get(c);
    const last = runs && runs[runs.length - 1];
    if (v !== undefined && runs && last && r >= last.end) {
      if (r === last.end && last.value === v) last.end = r + 1;
      else runs.push({ start: r, end: r + 1, value: v });
      return;
    }
    this.replace(c, r, r + 1, v === undefined ? [] : [{ start: r, end: r + 1, value: v }]);
  }

  /** Replaces rows [r0, r1) of column c with the given runs (already inside [r0, r1), sorted). */
  private replace(c: number, r0: number, r1: number, inner: Run<T>[]): void {
    const runs = this.cols.get(c) ?? [];
    const i = ColumnRuns.firstEndingAfter(runs, r0);
    let j = i;
    while (j < runs.length && runs[j].start < r1) j++;
    const pieces: Run<T>[] = [];
    if (i < j && runs[i].start < r0) pieces.push({ start: runs[i].start, end: r0, value: runs[i].value });
    pieces.push(...inner);
    if (i < j && runs[j - 1].end > r1) pieces.push({ start: r1, end: runs[j - 1].end, value: runs[j - 1].value });
    // merge touching runs with the same value, including the neighbours outside the replaced span
    const lo = Math.max(0, i - 1);
    const hi = Math.min(runs.length, j + 1);
    const around = [...runs.slice(lo, i), ...pieces, ...runs.slice(j, hi)];
    const merged: Run<T>[] = [];
    for (const p of around) {
      const last = merged[merged.length - 1];
      if (last && last.end === p.start && last.value === p.value) last.end = p.end;
      else merged.push({ ...p });
    }
    runs.splice(lo, hi - lo, ...merged);
    if (runs.length) this.cols.set(c, runs);
    else this.cols.delete(c);
  }

  fill(r0: number, c0: number, nr: number, nc: number, v: T | undefined): void {
    for (let c = c0; c < c0 + nc; c++) {
      this.replace(c, r0, r0 + nr, v === undefined ? [] : [{ start: r0, end: r0 + nr, value: v }]);
    }
  }

  clear(r0: number, c0: number, nr: number, nc: number): void {
    this.fill(r0, c0, nr, nc, undefined);
  }

  /** Writes a 2-D block (undefined = no value), coalescing equal neighbours down each column. */
  setBlock(r0: number, c0: number, values: (T | undefined)[][]): void {
    const nr = values.length;
    if (nr === 0) return;
    const nc = values[0].length;
    for (let j = 0; j < nc; j++) {
      const inner: Run<T>[] = [];
      let cur: Run<T> | null = null;
      for (let i = 0; i < nr; i++) {
        const v = values[i][j];
        if (v === undefined) {
          cur = null;
          continue;
        }
        if (cur && cur.value === v) cur.end = r0 + i + 1;
        else inner.push((cur = { start: r0 + i, end: r0 + i + 1, value: v }));
      }
      this.replace(c0 + j, r0, r0 + nr, inner);
    }
  }

  block<D>(r0: number, c0: number, nr: number, nc: number, dflt: D): (T | D)[][] {
    const out: (T | D)[][] = new Array(nr);
    for (let i = 0; i < nr; i++) out[i] = new Array<T | D>(nc).fill(dflt);
    for (let j = 0; j < nc; j++) {
      const runs = this.cols.get(c0 + j);
      if (!runs) continue;
      for (let k = ColumnRuns.firstEndingAfter(runs, r0); k < runs.length && runs[k].start < r0 + nr; k++) {
        const run = runs[k];
        const a = Math.max(run.start, r0),
          b = Math.min(run.end, r0 + nr);
        for (let r = a; r < b; r++) out[r - r0][j] = run.value;
      }
    }
    return out;
  }

  /** Runs of column c overlapping rows [r0, r0+nr), clipped. */
  slice(c: number, r0: number, nr: number): Run<T>[] {
    const runs = this.cols.get(c);
    if (!runs) return [];
    const out: Run<T>[] = [];
    for (let k = ColumnRuns.firstEndingAfter(runs, r0); k < runs.length && runs[k].start < r0 + nr; k++) {
      out.push({ start: Math.max(runs[k].start, r0), end: Math.min(runs[k].end, r0 + nr), value: runs[k].value });
    }
    return out;
  }

  /**
   * Inserts n rows at `at` (n > 0) or deletes rows [at, at-n) (n < 0). Inserted rows take the value of
   * the row above when that row's run continues (Sheets: new rows get the formatting of the row above).
   */
  shiftRows(at: number, n: number): void {
    for (const [c, runs] of this.cols) {
      const next: Run<T>[] = [];
      for (const run of runs) {
        if (n > 0) {
          if (run.end < at) next.push(run);
          else if (run.start >= at) next.push({ ...run, start: run.start + n, end: run.end + n });
          else next.push({ ...run, end: run.end + n }); // contains the row above `at`
        } else {
          const delEnd = at - n;
          const keepTop = run.start < at ? { start: run.start, end: Math.min(run.end, at) } : null;
          const keepBottom = run.end > delEnd ? { start: Math.max(run.start, delEnd) + n, end: run.end + n } : null;
          if (keepTop && keepBottom) next.push({ start: keepTop.start, end: keepBottom.end, value: run.value });
          else if (keepTop) next.push({ ...keepTop, value: run.value });
          else if (keepBottom) next.push({ ...keepBottom, value: run.value });
        }
      }
      // deleting rows can bring two runs of the same value together
      const merged: Run<T>[] = [];
      for (const run of next) {
        const last = merged[merged.length - 1];
        if (last && last.end === run.start && last.value === run.value) last.end = run.end;
        else merged.push(run);
      }
      if (merged.length) this.cols.set(c, merged);
      else this.cols.delete(c);
    }
  }

  shiftCols(at: number, n: number): void {
    const next = new Map<number, Run<T>[]>();
    for (const [c, runs] of this.cols) {
      if (c < at) next.set(c, runs);
      else if (n > 0 || c >= at - n) next.set(c + n, runs);
    }
    this.cols = next;
  }

  *runs(): IterableIterator<[number, Run<T>]> {
    for (const [c, runs] of this.cols) for (const run of runs) yield [c, run];
  }

  *cells(): IterableIterator<[number, number, T]> {
    for (const [c, runs] of this.cols)
      for (const run of runs) for (let r = run.start; r < run.end; r++) yield [r, c, run.value];
  }

  maxRow(): number {
    let max = -1;
    for (const runs of this.cols.values()) if (runs.length) max = Math.max(max, runs[runs.length - 1].end - 1);
    return max;
  }

  maxCol(): number {
    let max = -1;
    for (const [c, runs] of this.cols) if (runs.length && c > max) max = c;
    return max;
  }
}
