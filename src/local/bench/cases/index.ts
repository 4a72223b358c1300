/** Benchmark cases: each measures one operation of the built add-on on synthetic books. */
import type { BenchCase } from '../types';

export const CASES: BenchCase[] = [];
