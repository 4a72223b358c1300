/**
 * npm run bench -- --case file: loading and saving whole books, end to end. For each size a synthetic
 * book is made and saved once (not measured); then, each in its own process and on its own copy:
 *   - `welfare-fund summarize BOOK` (loads, recalculates the summaries, saves: 7 sheets rewritten);
 *   - the floor: unzip every part and scan the cell values, with no object model (`--floor`);
 *   - LibreOffice headless converting the same book to .xlsx (load + recalculate + save), where installed.
 * Seconds are wall-clock; peak memory is the process's maximum resident set (GNU time), n/a without it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { createRuntime } from '../runtime';
import { ZipReader } from '../runtime/files/zip';
import { bundlePath } from '../paths';
import { buildSyntheticBook } from './synthetic';

export const FILE_SIZES = [10_000, 100_000, 300_000, 1_000_000];
const MEMBERS = 3000;
const MiB = 1024 * 1024;

export interface Measured {
  seconds: number;
  peakMiB: number | null;
  ok: boolean;
  note?: string;
}

/** The floor: unzip each part and count the values in it (no strings kept, no model). */
export function floorScan(path: string): number {
  const zip = new ZipReader(readFileSync(path));
  let values = 0;
  for (const e of zip.entries.values()) {
    const raw = zip.raw(e);
    const data = e.method === 8 ? inflateRawSync(raw) : raw;
    // count <v> elements byte by byte: what any reader must at least touch
    let i = data.indexOf('<v>');
    while (i >= 0) {
      values++;
      i = data.indexOf('<v>', i + 3);
    }
  }
  return values;
}

export const which = (name: string): string | null => {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
};

/** Runs a command under GNU time when it is there; returns wall seconds and peak RSS (ok: it exited with one of okCodes). */
export function measure(cmd: string, args: string[], cwd: string, okCodes: number[] = [0]): Measured {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const t0 = process.hrtime.bigint();
  const r = time
    ? spawnSync(time, ['-f', 'BENCH_TIME %e %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * MiB })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * MiB });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('BENCH_TIME '));
  const peakKiB = line ? Number(line.split(' ')[2]) : NaN;
  const ok = r.status !== null && okCodes.includes(r.status);
  return {
    seconds: wall,
    peakMiB: Number.isFinite(peakKiB) ? Math.round(peakKiB / 1024) : null,
    ok,
    note: ok
      ? undefined
      : ((r.stderr || r.stdout || '')
          .trim()
          .split('\n')
          .filter((l) => !l.startsWith('BENCH_TIME'))
          .pop() ?? 'failed'),
  };
}

/** LibreOffice headless converting `book` to .xlsx: load, recalculate, save (its own profile in `dir`). */
export function measureLibreOffice(soffice: string, book: string, dir: string): Measured {
  return measure(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      join(dir, 'lo'),
      book,
    ],
    dir,
  );
}

/** A synthetic book of `deposits` deposit rows (3,000 members), saved at `path`. */
export async function makeBook(deposits: number, path: string): Promise<void> {
  const rt = await createRuntime({ bundlePath: bundlePath() });
  buildSyntheticBook(rt, { members: MEMBERS, deposits });
  await rt.save(path);
}

interface FileRow {
  deposits: number;
  fileMiB: number;
  ours: Measured;
  floor: Measured;
  lo: Measured | null;
}

export const fmtS = (m: Measured | null): string => (!m ? 'n/a' : m.ok ? m.seconds.toFixed(1) : `failed: ${m.note}`);
export const fmtM = (m: Measured | null): string => (!m || !m.ok || m.peakMiB === null ? 'n/a' : String(m.peakMiB));
const ratio = (a: Measured, b: Measured | null): string =>
  b && a.ok && b.ok && b.seconds > 0 ? `${(a.seconds / b.seconds).toFixed(1)}×` : 'n/a';

function table(rows: FileRow[]): string {
  const head =
    '| deposit rows | file MiB | `summarize` s | peak MiB | floor s | floor MiB | LibreOffice s | LO MiB | ÷ floor | ÷ LibreOffice |';
  const sep = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (r) =>
      `| ${r.deposits.toLocaleString('en-US')} | ${r.fileMiB.toFixed(1)} | ${fmtS(r.ours)} | ${fmtM(r.ours)} | ${fmtS(r.floor)} | ${fmtM(r.floor)} | ${fmtS(r.lo)} | ${fmtM(r.lo)} | ${ratio(r.ours, r.floor)} | ${ratio(r.ours, r.lo)} |`,
  );
  return [head, sep, ...lines].join('\n');
}

export async function runFileBench(sizes: number[], script: string): Promise<string> {
  const root = join(__dirname, '..');
  const cli = join(root, 'bin', 'welfare-fund.js');
  const soffice = which('soffice') ?? which('libreoffice');
  const rows: FileRow[] = [];
  for (const deposits of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-file-'));
    try {
      const book = join(dir, 'book.xlsx');
      await makeBook(deposits, book);
      const fileMiB = statSync(book).size / MiB;
      const mine = join(dir, 'summarize.xlsx');
      copyFileSync(book, mine);
      const ours = measure(process.execPath, ['--max-old-space-size=8192', cli, 'summarize', mine], dir);
      const floor = measure(process.execPath, [script, '--floor', book], dir);
      const lo = soffice ? measureLibreOffice(soffice, book, dir) : null;
      rows.push({ deposits, fileMiB, ours, floor, lo });
      process.stderr.write(`  file ${deposits.toLocaleString('en-US')} rows done\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return `## file (load + summarize + save, end to end)\n\n${table(rows)}\n${soffice ? '' : '\nLibreOffice is not installed here: its column is n/a.\n'}`;
}
