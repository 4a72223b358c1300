/** Benchmark cases: each measures one operation of the built add-on on synthetic books. */
import type { BenchCase } from '../types';
import { checkCase } from './check';
import { formCases } from './forms';
import { importCase } from './import';
import { summarizeCase } from './summarize';
import { summarizeStepsCase } from './summarize-steps';

export const CASES: BenchCase[] = [checkCase, ...formCases, summarizeCase, summarizeStepsCase, importCase];
