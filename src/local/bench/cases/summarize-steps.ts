/**
 * Bench case "summarize-steps": a big book's summaries as the progress sidebar builds them (start,
 * one call per slice of 50,000 rows, finish; src/addon/summaries/resumable.ts). The row printed is
 * the most expensive single call by its high estimate on Google: each call is its own execution,
 * so that is what must stay under the 6-minute limit.
 * Run it alone with: npm run bench -- --case summarize-steps
 */
import { estimateSeconds } from '../../runtime/cost-model';
import type { BenchCase } from '../types';

type CallResult = ReturnType<Parameters<BenchCase['run']>[0]['call']>;

export const summarizeStepsCase: BenchCase = {
  name: 'summarize-steps',
  sizes: [100000, 1000000],
  run(rt) {
    const calls: CallResult[] = [];
    const take = (r: CallResult) => {
      if (r.error) throw r.error;
      calls.push(r);
      return r.value as { runId: string; finished: boolean };
    };
    let p = take(rt.callFromClient('summaryRunStart', []));
    while (!p.finished) p = take(rt.callFromClient('summaryRunStep', [p.runId]));
    take(rt.callFromClient('summaryRunFinish', [p.runId]));
    const high = (r: CallResult) => estimateSeconds(r.metrics).high;
    return calls.reduce((a, b) => (high(b) > high(a) ? b : a));
  },
};
