/**
 * Bench case "check": the menu action's full run (runChecks: read every sheet once, check,
 * rewrite the report sheet, mark and unmark cells) on the synthetic books.
 * Run it alone with: npm run bench -- --case check
 */
import type { BenchCase } from '../types';

export const checkCase: BenchCase = {
  name: 'check',
  sizes: [10000, 100000, 1000000],
  run(rt) {
    return rt.call('runChecks');
  },
};
