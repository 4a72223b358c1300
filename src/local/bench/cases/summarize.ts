/**
 * Bench case "summarize": the command line's buildSummariesWith (read every source sheet once,
 * build all seven summaries, rewrite them with their charts) on the synthetic books.
 * Run it alone with: npm run bench -- --case summarize
 */
import type { BenchCase } from '../types';

export const summarizeCase: BenchCase = {
  name: 'summarize',
  sizes: [10000, 100000, 1000000],
  run(rt) {
    return rt.call('buildSummariesWith', { asOf: '31/12/2568', period: 'fiscal' });
  },
};
