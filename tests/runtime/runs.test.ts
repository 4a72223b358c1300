/** ColumnRuns (format/validation storage) behaves like a plain per-cell map. */
import fc from 'fast-check';
import { Grid } from '../../src/local/runtime/grid';
import { ColumnRuns } from '../../src/local/runtime/runs';

type Op =
  | { k: 'fill'; r: number; c: number; nr: number; nc: number; v: number | undefined }
  | { k: 'block'; r: number; c: number; vals: (number | undefined)[][] }
  | { k: 'shift'; at: number; n: number }
  | { k: 'set'; r: number; c: number; v: number | undefined };

const val = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    k: fc.constant('fill' as const),
    r: fc.nat(20),
    c: fc.nat(3),
    nr: fc.integer({ min: 1, max: 8 }),
    nc: fc.integer({ min: 1, max: 2 }),
    v: val,
  }),
  fc.record({
    k: fc.constant('block' as const),
    r: fc.nat(20),
    c: fc.nat(3),
    vals: fc.array(fc.array(val, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ k: fc.constant('set' as const), r: fc.nat(30), c: fc.nat(3), v: val }),
  fc.record({
    k: fc.constant('shift' as const),
    at: fc.nat(25),
    n: fc.integer({ min: -4, max: 4 }).filter((n) => n !== 0),
  }),
);

test('set, fill, setBlock and row shifts agree with a per-cell model', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      const runs = new ColumnRuns<number>();
      const grid = new Grid<number>();
      for (const o of ops) {
        if (o.k === 'fill') {
          runs.fill(o.r, o.c, o.nr, o.nc, o.v);
          grid.fill(o.r, o.c, o.nr, o.nc, o.v);
        } else if (o.k === 'set') {
          runs.set(o.r, o.c, o.v);
          grid.set(o.r, o.c, o.v);
        } else if (o.k === 'block') {
          runs.setBlock(o.r, o.c, o.vals);
          grid.setBlock(o.r, o.c, o.vals);
        } else if (o.n < 0) {
          runs.shiftRows(o.at, o.n);
          grid.shiftRows(o.at, o.n);
        } else {
          // the model of "inherit from the row above": copy row at-1 into the new rows
          const above = o.at > 0 ? [0, 1, 2, 3, 4].map((c) => grid.get(o.at - 1, c)) : [];
          grid.shiftRows(o.at, o.n);
          above.forEach((v, c) => grid.fill(o.at, c, o.n, 1, v));
          runs.shiftRows(o.at, o.n);
        }
      }
      expect(runs.block(0, 0, 40, 5, 0)).toEqual(grid.block(0, 0, 40, 5, 0));
      // runs stay merged: no two touching runs hold the same value
      for (const col of runs.cols.values()) {
        for (let i = 1; i < col.length; i++)
          expect(col[i - 1].end === col[i].start && col[i - 1].value === col[i].value).toBe(false);
      }
    }),
  );
});

test('a whole-column format over a million rows is one run', () => {
  const runs = new ColumnRuns<string>();
  runs.fill(1, 0, 1_000_000, 1, '@');
  runs.shiftRows(500_000, 10);
  expect(runs.size).toBe(1);
  expect(runs.get(1_000_005, 0)).toBe('@');
  expect(runs.get(0, 0)).toBeUndefined();
});
