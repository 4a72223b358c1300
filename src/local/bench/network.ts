/**
 * Bench case "network" (npm run bench -- --case network): 50 and 500 funds' figures-only files,
 * collected into a network book.
 * - The files: one real figures-only file made by the built add-on from the demo fund, copied with
 *   each copy's packet given its own fund id and figures (checksums recomputed), so every file has
 *   the seven sheets a fund shares and the reader opens what it would open in Google.
 * - End to end: `welfare-fund network FILES… --out NETWORK.xlsx` as a child process (files loaded
 *   in parallel, collected, the book saved), wall-clock seconds.
 * - Service calls per fund: one chunk over all funds in the runtime, divided by the number of funds
 *   (opening and reading one packet), plus the one-off calls of start and finish.
 * - Estimated seconds on Google (runtime cost-model.ts): the whole collection as ONE execution
 *   (marked when its high estimate passes the limit), and as the sidebar runs it: start, chunks,
 *   finish, each its own google.script.run call. A chunk reads until 25 s of real time have gone
 *   (src/addon/network/api.ts), so at the high pace it reads floor(25 / fund's high s) + 1 funds;
 *   its estimate is that many funds plus the chunk's own write and round trip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRuntime, loadXlsx, saveXlsx, type Runtime } from '../runtime';
import { estimateSeconds, LIMIT_SECONDS, type Estimate } from '../runtime/cost-model';
import { bundlePath } from '../paths';
import { PACKET_SHEET } from '../../core/network/items';
import { packetBlocks, packetChecksum, readPacketValues, type Packet } from '../../core/network/packet';

const SIZES = [50, 500];

/** The sheet's values as the add-on reads them (dense, '' for empty cells). */
function dense(rows: unknown[][]): unknown[][] {
  const width = Math.max(0, ...rows.map((r) => (r ? r.length : 0)));
  return Array.from(rows, (r) => Array.from({ length: width }, (_, j) => (r && r[j] !== undefined ? r[j] : '')));
}

/** A copy of the packet for fund n: its own id and name, figures scaled a little, checksum recomputed. */
function variant(p: Packet, n: number): Packet {
  const k = 1 + (n % 7) / 10;
  const scale = (v: number) => Math.round(v * k);
  const figures = { ...p.figures };
  const leaf = { ...p.funds[0], fundId: `bench${String(n).padStart(5, '0')}`, name: `กองทุนทดสอบ ${n}` };
  leaf.figures = Object.fromEntries(Object.entries(leaf.figures).map(([key, v]) => [key, scale(v)]));
  for (const key of Object.keys(leaf.figures))
    if (key in figures && figures[key] !== null) figures[key] = leaf.figures[key];
  const out: Packet = {
    ...p,
    meta: { ...p.meta, id: leaf.fundId, name: leaf.name },
    figures,
    benefits: p.benefits.map((b) => ({
      ...b,
      cases: leaf.figures[`benefit.${b.code}.cases`],
      satang: leaf.figures[`benefit.${b.code}.satang`],
    })),
    bands: Object.fromEntries(Object.keys(p.bands).map((b) => [b, leaf.figures[`members.${b}`]])) as Packet['bands'],
    funds: [leaf],
  };
  out.checksum = packetChecksum(out);
  return out;
}

async function makeFiles(dir: string, count: number): Promise<string[]> {
  const rt = await createRuntime({ bundlePath: bundlePath() });
  rt.call('createDemoFund');
  const r = rt.call('exportSharedSummary_', { asOf: '30/9/2569' }).value as { id: string };
  const first = join(dir, 'shared.xlsx');
  await rt.saveCreated(r.id, first, { plain: true });
  const wb = await loadXlsx(first);
  const sheet = wb.sheet(PACKET_SHEET)!;
  const read = readPacketValues(dense(sheet.rows));
  if (!read.ok) throw new Error(`the demo packet does not read back: ${JSON.stringify(read.problem)}`);
  const files: string[] = [];
  for (let n = 1; n <= count; n++) {
    const blocks = packetBlocks(variant(read.packet, n), 'th');
    const rows: unknown[][] = [sheet.rows[0] ?? ['']];
    for (const b of blocks) {
      rows.push([]);
      if (b.title !== undefined) rows.push([b.title]);
      if (b.header) rows.push([...b.header]);
      for (const row of b.rows) rows.push([...row]);
    }
    sheet.rows = rows as typeof sheet.rows;
    const path = join(dir, `fund-${String(n).padStart(4, '0')}.xlsx`);
    await saveXlsx(wb, path);
    files.push(path);
  }
  return files;
}

/** The budget a sidebar chunk reads for (networkChunk's default). */
const CHUNK_BUDGET_S = 25;

type Level = 'low' | 'nominal' | 'high';
const LEVELS: Level[] = ['low', 'nominal', 'high'];

function combine(parts: [number, Estimate][]): Estimate {
  const e = { low: 0, nominal: 0, high: 0, overLimit: false };
  for (const lv of LEVELS) e[lv] = parts.reduce((s, [k, p]) => s + k * p[lv], 0);
  e.overLimit = e.high > LIMIT_SECONDS;
  return e;
}

export interface SidebarEstimate {
  start: Estimate;
  finish: Estimate;
  /** one fund's reading (two Sheets API requests and what the chunk does per fund) */
  perFund: Estimate;
  /** a chunk's own cost: reading the staging rows, one write, the round trip, the bundle load */
  perChunk: Estimate;
  /** funds one chunk reads at the high pace in its 25-s budget */
  fundsPerChunk: number;
  chunks: number;
  /** the largest chunk's estimate */
  chunk: Estimate;
  total: Estimate;
}

/**
 * The sidebar's run, from two chunk calls made as google.script.run would make them: one that
 * reads a single fund (budget 0) and one that reads the rest. Estimates are linear in the counts,
 * so the difference gives one fund's cost and the remainder the chunk's own.
 */
export function sidebarEstimate(
  funds: number,
  start: Estimate,
  one: Estimate,
  rest: Estimate,
  finish: Estimate,
): SidebarEstimate {
  const perFund = combine([
    [1 / (funds - 2), rest],
    [-1 / (funds - 2), one],
  ]);
  const perChunk = combine([
    [1, one],
    [-1, perFund],
  ]);
  const fundsPerChunk = Math.min(funds, Math.floor(CHUNK_BUDGET_S / perFund.high) + 1);
  const chunks = Math.ceil(funds / fundsPerChunk);
  const chunk = combine([
    [1, perChunk],
    [fundsPerChunk, perFund],
  ]);
  const total = combine([
    [1, start],
    [chunks, perChunk],
    [funds, perFund],
    [1, finish],
  ]);
  return { start, finish, perFund, perChunk, fundsPerChunk, chunks, chunk, total };
}

interface Row {
  funds: number;
  wallSeconds: number;
  callsPerFund: number;
  oneOffCalls: number;
  chunkSeconds: number;
  counted: number;
  /** start + one chunk over every fund + finish in one execution */
  oneRun: Estimate;
  sidebar: SidebarEstimate;
}

function loadFunds(rt: Runtime, files: string[], loaded: Awaited<ReturnType<typeof loadXlsx>>[]): void {
  loaded.forEach((wb, i) => {
    wb.id = files[i];
    rt.ctx.registerWorkbook(wb);
  });
  rt.call('setupNetworkBook_', {
    reportingDate: '31/10/2569',
    funds: files.map((f) => ({ name: '', subdistrict: '', where: f })),
  });
}

/** A call that threw, or answered the failure envelope (src/core/result.ts), stops the bench. */
function ok(r: ReturnType<Runtime['call']>): ReturnType<Runtime['call']> {
  if (r.error) throw r.error;
  const v = r.value as { ok?: unknown; errors?: unknown } | null;
  if (v && typeof v === 'object' && v.ok === false) throw new Error(`refused: ${JSON.stringify(v.errors)}`);
  return r;
}

async function measure(files: string[], dir: string): Promise<Row> {
  const out = join(dir, `network-${files.length}.xlsx`);
  const cli = join(__dirname, '..', 'bin', 'welfare-fund.js');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'network', ...files, '--out', out, '--reporting-date', '31/10/2569'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`network ${files.length}: ${r.stderr || r.stdout}`);

  // Service calls, in one runtime: start, one chunk over every fund, finish.
  const rt = await createRuntime({ bundlePath: bundlePath() });
  const loaded = await Promise.all(files.map((f) => loadXlsx(f)));
  loadFunds(rt, files, loaded);
  const start = ok(rt.call('networkStart'));
  const runId = (start.value as { runId: string }).runId;
  const chunk = ok(rt.call('networkChunk', runId, 300000));
  const fin = ok(rt.call('networkFinish', runId));
  const counted = (fin.value as { counted: number }).counted;
  const oneRun = combine([start, chunk, fin].map((r) => [1, estimateSeconds(r.metrics)]));

  // The same collection as the sidebar drives it (each call a google.script.run round trip).
  const s0 = ok(rt.callFromClient('networkStart', []));
  const id = (s0.value as { runId: string }).runId;
  const one = ok(rt.callFromClient('networkChunk', [id, 0]));
  const rest = ok(rt.callFromClient('networkChunk', [id, 300000]));
  const s1 = ok(rt.callFromClient('networkFinish', [id]));
  const sidebar = sidebarEstimate(
    files.length,
    estimateSeconds(s0.metrics),
    estimateSeconds(one.metrics),
    estimateSeconds(rest.metrics),
    estimateSeconds(s1.metrics),
  );
  return {
    oneRun,
    sidebar,
    funds: files.length,
    wallSeconds,
    callsPerFund: chunk.metrics.serviceCalls / files.length,
    oneOffCalls: start.metrics.serviceCalls + fin.metrics.serviceCalls,
    chunkSeconds: chunk.metrics.ms / 1000,
    counted,
  };
}

export async function runNetworkBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-network-'));
  const files = await makeFiles(dir, Math.max(...SIZES));
  const rows: Row[] = [];
  for (const size of SIZES) {
    rows.push(await measure(files.slice(0, size), dir));
    process.stderr.write(`  network ${size} funds done\n`);
  }
  const head =
    '| funds | counted | end to end s (CLI) | reading chunk s | service calls per fund | start + finish calls | Google s in one execution (low / nominal / high) |';
  const sep = '|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (r) =>
      `| ${r.funds} | ${r.counted} | ${r.wallSeconds.toFixed(2)} | ${r.chunkSeconds.toFixed(2)} | ${r.callsPerFund.toFixed(1)} | ${r.oneOffCalls} | ${est(r.oneRun)} |`,
  );
  const chunkHead =
    '| funds | one fund high s | funds per chunk (high pace) | chunks | start high s | largest chunk high s | finish high s | whole collection s (low / nominal / high) |';
  const chunkSep = '|---:|---:|---:|---:|---:|---:|---:|---:|';
  const chunkLines = rows.map(({ funds, sidebar: s }) =>
    [
      funds,
      s.perFund.high.toFixed(2),
      s.fundsPerChunk,
      s.chunks,
      est1(s.start),
      est1(s.chunk),
      est1(s.finish),
      `${s.total.low.toFixed(0)} / ${s.total.nominal.toFixed(0)} / ${s.total.high.toFixed(0)}`,
    ].join(' | '),
  );
  console.log(`## network\n\n${[head, sep, ...lines].join('\n')}\n`);
  console.log(
    `### network in the sidebar (each call its own execution; limit ${LIMIT_SECONDS} s per execution)\n\n${[chunkHead, chunkSep, ...chunkLines.map((l) => `| ${l} |`)].join('\n')}\n`,
  );
}

function est(e: Estimate): string {
  return `${e.low.toFixed(1)} / ${e.nominal.toFixed(1)} / ${e.high.toFixed(1)}${e.overLimit ? ` ⚠ high > ${LIMIT_SECONDS} s` : ''}`;
}

function est1(e: Estimate): string {
  return `${e.high.toFixed(1)}${e.overLimit ? ' ⚠' : ''}`;
}
