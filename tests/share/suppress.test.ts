/**
 * Small-count suppression by village: every small count of a sensitive benefit is hidden, and no
 * hidden count can be worked out by subtracting what is shown from the published totals.
 */
import fc from 'fast-check';
import { derivableCells, suppressSmallCounts, type VillageMatrix } from '../../src/core/share/suppress';

const BENEFITS = [
  { code: 'birth', sensitive: false },
  { code: 'sick', sensitive: true },
  { code: 'death', sensitive: true },
  { code: 'school', sensitive: false },
];

function matrix(cases: number[][], rowTotals = true): VillageMatrix {
  return { villages: cases.map((_, i) => `v${i}`), benefits: BENEFITS, cases, rowTotals };
}

describe('suppressSmallCounts', () => {
  test('hides 1 and 2 of a sensitive benefit, never 0 and never 3 or more, nor small counts of other benefits', () => {
    const m = matrix([
      [1, 1, 0, 2],
      [2, 5, 3, 1],
      [0, 2, 4, 0],
      [4, 9, 6, 7],
    ]);
    const mask = suppressSmallCounts(m, 3);
    expect(mask.cells[0][1]).toBe('small'); // sick 1
    expect(mask.cells[2][1]).toBe('small'); // sick 2
    expect(mask.cells[0][2]).not.toBe('small'); // death 0
    expect(mask.cells[1][2]).not.toBe('small'); // death 3
    expect(mask.cells[0][0]).not.toBe('small'); // birth 1: not sensitive
    expect(mask.small).toBe(2);
  });

  test('a lone small cell in a column gets a partner in that column and in its row (totals are published)', () => {
    const m = matrix([
      [3, 1, 5, 2],
      [4, 6, 7, 3],
      [5, 8, 9, 4],
    ]);
    const mask = suppressSmallCounts(m, 3);
    expect(mask.cells[0][1]).toBe('small');
    const hiddenInColumn = mask.cells.filter((r) => r[1]).length;
    const hiddenInRow = mask.cells[0].filter(Boolean).length + (mask.rowTotals[0] ? 1 : 0);
    expect(hiddenInColumn).toBeGreaterThanOrEqual(2);
    expect(hiddenInRow).toBeGreaterThanOrEqual(2);
    expect(derivableCells(m, mask)).toEqual([]);
  });

  test('the partner is the smallest other count, so little is lost', () => {
    const m = matrix(
      [
        [3, 1, 5, 2],
        [4, 30, 7, 3],
        [5, 4, 9, 4],
      ],
      false,
    );
    const mask = suppressSmallCounts(m, 3);
    expect(mask.cells[2][1]).toBe('complement');
    expect(mask.cells[1][1]).toBeNull();
  });

  test('a threshold of 1 hides nothing', () => {
    const mask = suppressSmallCounts(
      matrix([
        [1, 1, 1, 1],
        [2, 2, 2, 2],
      ]),
      1,
    );
    expect(mask.small + mask.complement).toBe(0);
  });

  test('only one village with any case: its row is the fund total (exact by design), as with one village', () => {
    // Found by the property test: a village with no cases publishes a total of 0, so all its cells are known.
    const m = matrix([
      [0, 0, 0, 0],
      [0, 1, 1, 1],
    ]);
    const mask = suppressSmallCounts(m, 2);
    expect(mask.cells[1][1]).toBe('small');
    expect(mask.cells[1][2]).toBe('small');
    expect(derivableCells(m, mask)).toEqual([]);
  });

  test('one village: its row is the fund total (exact by design), nothing else to hide it with', () => {
    const m = matrix([[1, 1, 2, 0]]);
    const mask = suppressSmallCounts(m, 3);
    expect(mask.cells[0][1]).toBe('small');
    expect(mask.cells[0][2]).toBe('small');
  });

  test('property: every small sensitive count is hidden, only those are marked small, and none can be worked out', () => {
    const cell = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 3, max: 40 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 8 }),
        fc.boolean(),
        (threshold, cases, rowTotals) => {
          const m = matrix(cases, rowTotals);
          const mask = suppressSmallCounts(m, Math.min(threshold, 3));
          const t = Math.min(threshold, 3);
          cases.forEach((row, v) =>
            row.forEach((c, b) => {
              if (BENEFITS[b].sensitive && c >= 1 && c < t) expect(mask.cells[v][b]).toBe('small');
              if (mask.cells[v][b] === 'small') expect(BENEFITS[b].sensitive && c >= 1 && c < t).toBe(true);
            }),
          );
          expect(derivableCells(m, mask)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
