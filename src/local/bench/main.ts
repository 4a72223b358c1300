/**
 * npm run bench: builds synthetic books (3,000 members; 10k / 100k / 1M deposit rows) and runs each
 * case's operation of the BUILT add-on in the offline runtime. Each (case, size) runs in its own
 * child process so peak memory is that run's own. Prints a table per case: service calls, cells
 * read and written, compute seconds, memory.
 *   npm run bench                       all cases, all sizes
 *   npm run bench -- --case check       one case
 *   npm run bench -- --max 100000       skip larger books
 *   npm run bench -- --case demo        the demo book end to end: commands and opening sidebars (./demo.ts)
 */
import { spawnSync } from 'node:child_process';
import { createRuntime } from '../runtime';
import { estimateSeconds, LIMIT_SECONDS, type Estimate } from '../runtime/cost-model';
import { CELL_LIMIT } from '../runtime/workbook';
import { SHEETS } from '../../core/schema';
import { bundlePath } from '../paths';
import { buildSyntheticBook } from './synthetic';
import { CASES } from './cases';
import { runNetworkBench } from './network';
import { runDemoBench } from './demo';
import { FILE_SIZES, floorScan, makeBook, runFileBench } from './file';

interface Row {
  case: string;
  deposits: number;
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  seconds: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
  /** estimated seconds on Google (runtime cost-model.ts) */
  estimate?: Estimate;
  /** rows x columns of every grid, against Sheets' 10,000,000 */
  gridCells?: number;
  /** deposit rows at which the book is full (the deposit sheet grows by its column count per row) */
  fullAtDeposits?: number;
  /** Size of the answer as google.script.run would carry it (JSON, UTF-8), in KiB. */
  payloadKiB?: number;
  error?: string;
}

const MEMBERS = 3000;
const MiB = 1024 * 1024;

async function child(caseName: string, deposits: number): Promise<Row> {
  const c = CASES.find((x) => x.name === caseName);
  if (!c) throw new Error(`no bench case ${caseName}`);
  const rt = await createRuntime({ bundlePath: bundlePath() });
  buildSyntheticBook(rt, { members: MEMBERS, deposits });
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const result = c.run(rt);
  const peak = process.resourceUsage().maxRSS * 1024;
  // The book as Sheets would hold it: every grid's rows x columns count, and each new deposit row
  // adds the deposit sheet's column count.
  const wb = rt.ctx.active;
  const gridCells = wb.cellCount();
  const dep = wb.sheets.find((x) => x.name === SHEETS.deposits.th);
  const fullAtDeposits = dep ? deposits + Math.floor((CELL_LIMIT - gridCells) / dep.maxCols) : 0;
  return {
    case: caseName,
    deposits,
    serviceCalls: result.metrics.serviceCalls,
    cellsRead: result.metrics.cellsRead,
    cellsWritten: result.metrics.cellsWritten,
    seconds: result.metrics.ms / 1000,
    rssBeforeMiB: Math.round(rssBefore / MiB),
    peakRssMiB: Math.round(peak / MiB),
    estimate: estimateSeconds(result.metrics),
    gridCells,
    fullAtDeposits,
    payloadKiB: Math.round((Buffer.byteLength(JSON.stringify(result.value ?? null), 'utf8') / 1024) * 10) / 10,
    error: result.error?.message,
  };
}

function table(rows: Row[]): string {
  const head =
    '| deposit rows | service calls | cells read | cells written | compute s | RSS before MiB | peak RSS MiB | Google s low / nominal / high | grid cells | full at deposit rows | answer KiB |';
  const sep = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const fmt = (n: number) => n.toLocaleString('en-US');
  const est = (e?: Estimate) =>
    e
      ? `${e.low.toFixed(1)} / ${e.nominal.toFixed(1)} / ${e.high.toFixed(1)}${e.overLimit ? ` ⚠ high > ${LIMIT_SECONDS} s` : ''}`
      : '';
  const lines = rows.map((r) =>
    r.error
      ? `| ${fmt(r.deposits)} | failed: ${r.error} | | | | | | | | | |`
      : `| ${fmt(r.deposits)} | ${fmt(r.serviceCalls)} | ${fmt(r.cellsRead)} | ${fmt(r.cellsWritten)} | ${r.seconds.toFixed(2)} | ${fmt(r.rssBeforeMiB)} | ${fmt(r.peakRssMiB)} | ${est(r.estimate)} | ${fmt(r.gridCells ?? 0)} | ${fmt(r.fullAtDeposits ?? 0)} | ${(r.payloadKiB ?? 0).toFixed(1)} |`,
  );
  return [head, sep, ...lines].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--floor')) {
    process.stdout.write(`values ${floorScan(argv[argv.indexOf('--floor') + 1])}\n`);
    return;
  }
  if (argv.includes('--make-book')) {
    // one synthetic book on disk, for profiling a command on it by hand
    await makeBook(Number(at('--make-book')), argv[argv.indexOf('--make-book') + 2]);
    return;
  }
  if (argv.includes('--child')) {
    const row = await child(at('--case') as string, Number(at('--rows')));
    process.stdout.write(`BENCH_ROW ${JSON.stringify(row)}\n`);
    return;
  }
  const only = at('--case');
  // The network case measures collections of funds' files, not books of deposit rows (./network.ts).
  if (only === 'network') return runNetworkBench();
  if (only === 'demo') {
    console.log(await runDemoBench(__filename));
    return;
  }
  const max = Number(at('--max') ?? Infinity);
  if (only === 'file') {
    console.log(`# Benchmarks (${MEMBERS.toLocaleString('en-US')} members; node ${process.version})\n`);
    console.log(
      await runFileBench(
        FILE_SIZES.filter((s) => s <= max),
        __filename,
      ),
    );
    return;
  }
  const cases = CASES.filter((c) => !only || c.name === only);
  if (cases.length === 0) {
    console.log(only ? `ไม่มีกรณีทดสอบ "${only}" (no such bench case)` : 'ยังไม่มีกรณีทดสอบความเร็ว (no bench cases yet)');
    return;
  }
  console.log(
    `# Benchmarks (${MEMBERS.toLocaleString('en-US')} members; node ${process.version}; built dist/Code.js in the offline runtime)\n`,
  );
  for (const c of cases) {
    const rows: Row[] = [];
    for (const size of c.sizes.filter((s) => s <= max)) {
      const r = spawnSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=8192', __filename, '--child', '--case', c.name, '--rows', String(size)],
        {
          encoding: 'utf8',
          maxBuffer: 64 * MiB,
        },
      );
      const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_ROW '));
      if (line) rows.push(JSON.parse(line.slice('BENCH_ROW '.length)) as Row);
      else
        rows.push({
          case: c.name,
          deposits: size,
          serviceCalls: 0,
          cellsRead: 0,
          cellsWritten: 0,
          seconds: 0,
          rssBeforeMiB: 0,
          peakRssMiB: 0,
          payloadKiB: 0,
          error: (r.stderr || 'no output').trim().split('\n').slice(-1)[0],
        });
      process.stderr.write(`  ${c.name} ${size.toLocaleString('en-US')} rows done\n`);
    }
    console.log(`## ${c.name}\n\n${table(rows)}\n`);
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
