import type { Runtime } from '../runtime';

export interface BenchCase {
  /** Short name, used on the command line: npm run bench -- --case NAME */
  name: string;
  /** Deposit-row counts to run at (3,000 members each). */
  sizes: number[];
  /** Runs the measured operation once on a prepared book; returns the runtime's CallResult. */
  run(rt: Runtime): ReturnType<Runtime['call']>;
}
