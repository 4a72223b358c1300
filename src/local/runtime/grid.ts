/**
 * A sparse per-cell store (formats, notes, validations, formulas). Keys are row*16384+col with 0-based
 * row and col (16384 = Sheets/Excel column limit), so 1M rows stay well inside exact doubles.
 */
export const COLS = 16384;

/** What Range needs from a per-cell store; implemented by Grid (sparse map) and ColumnRuns (runs). */
export interface CellStore<T> {
  readonly size: number;
  get(r: number, c: number): T | undefined;
  set(r: number, c: number, v: T | undefined): void;
  fill(r0: number, c0: number, nr: number, nc: number, v: T | undefined): void;
  clear(r0: number, c0: number, nr: number, nc: number): void;
  setBlock(r0: number, c0: number, values: (T | undefined)[][]): void;
  block<D>(r0: number, c0: number, nr: number, nc: number, dflt: D): (T | D)[][];
  shiftRows(at: number, n: number): void;
  shiftCols(at: number, n: number): void;
  cells(): IterableIterator<[number, number, T]>;
  maxRow(): number;
  maxCol(): number;
  reset(): void;
}

export class Grid<T> implements CellStore<T> {
  m = new Map<number, T>();

  reset(): void {
    this.m.clear();
  }

  setBlock(r0: number, c0: number, values: (T | undefined)[][]): void {
    values.forEach((row, i) => row.forEach((v, j) => this.set(r0 + i, c0 + j, v)));
  }

  get size(): number {
    return this.m.size;
  }

  get(r: number, c: number): T | undefined {
    return this.m.get(r * COLS + c);
  }

  set(r: number, c: number, v: T | undefined): void {
    if (v === undefined) this.m.delete(r * COLS + c);
    else this.m.set(r * COLS + c, v);
  }

  /** A 2-D copy of a block; iterates whichever is smaller, the block or the stored cells. */
  block<D>(r0: number, c0: number, nr: number, nc: number, dflt: D): (T | D)[][] {
    const out: (T | D)[][] = new Array(nr);
    for (let i = 0; i < nr; i++) out[i] = new Array<T | D>(nc).fill(dflt);
    if (this.m.size === 0) return out;
    if (this.m.size < nr * nc) {
      for (const [k, v] of this.m) {
        const r = Math.floor(k / COLS) - r0;
        const c = (k % COLS) - c0;
        if (r >= 0 && r < nr && c >= 0 && c < nc) out[r][c] = v;
      }
    } else {
      for (let i = 0; i < nr; i++) {
        const row = out[i];
        const base = (r0 + i) * COLS + c0;
        for (let j = 0; j < nc; j++) {
          const v = this.m.get(base + j);
          if (v !== undefined) row[j] = v;
        }
      }
    }
    return out;
  }

  fill(r0: number, c0: number, nr: number, nc: number, v: T | undefined): void {
    if (v === undefined) return this.clear(r0, c0, nr, nc);
    for (let i = 0; i < nr; i++) {
      const base = (r0 + i) * COLS + c0;
      for (let j = 0; j < nc; j++) this.m.set(base + j, v);
    }
  }

  clear(r0: number, c0: number, nr: number, nc: number): void {
    if (this.m.size === 0) return;
    if (this.m.size < nr * nc) {
      for (const k of [...this.m.keys()]) {
        const r = Math.floor(k / COLS);
        const c = k % COLS;
        if (r >= r0 && r < r0 + nr && c >= c0 && c < c0 + nc) this.m.delete(k);
      }
    } else {
      for (let i = 0; i < nr; i++) {
        const base = (r0 + i) * COLS + c0;
        for (let j = 0; j < nc; j++) this.m.delete(base + j);
      }
    }
  }

  /** Moves cells at or after `at` by n rows (insert: n>0; delete: n<0 removes rows at..at-n-1). */
  shiftRows(at: number, n: number): void {
    this.shift(at, n, true);
  }

  /** The same for columns. */
  shiftCols(at: number, n: number): void {
    this.shift(at, n, false);
  }

  private shift(at: number, n: number, rows: boolean): void {
    // a cell's key is row * COLS + col: moving by n rows adds n * COLS, by n columns adds n
    const step = rows ? n * COLS : n;
    const next = new Map<number, T>();
    for (const [k, v] of this.m) {
      const i = rows ? Math.floor(k / COLS) : k % COLS;
      if (i < at) next.set(k, v);
      else if (n > 0 || i >= at - n) next.set(k + step, v);
    }
    this.m = next;
  }

  *cells(): IterableIterator<[number, number, T]> {
    for (const [k, v] of this.m) yield [Math.floor(k / COLS), k % COLS, v];
  }

  maxRow(): number {
    let max = -1;
    for (const k of this.m.keys()) {
      const r = Math.floor(k / COLS);
      if (r > max) max = r;
    }
    return max;
  }

  maxCol(): number {
    let max = -1;
    for (const k of this.m.keys()) {
      const c = k % COLS;
      if (c > max) max = c;
    }
    return max;
  }
}
