/**
 * npm run bench -- --case demo: the secretary's own waits on the demo book (284 members, ~34,000
 * deposit rows), end to end as the command line and the playground give them:
 *   - `welfare-fund check BOOK` and `welfare-fund summarize BOOK` (load, work, save), each in its own
 *     process on a fresh copy; best of RUNS;
 *   - LibreOffice headless converting the same book (load + recalculate + save), and the floor
 *     (unzip + value scan), for comparison;
 *   - opening a sidebar in a running playground: the menu call, the sidebar page and the form's
 *     first server call (what the secretary waits for before the form shows), over HTTP.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtM, fmtS, measure, measureLibreOffice, which, type Measured } from './file';

const RUNS = 3;
const SIDEBAR_RUNS = 7;

function best(runs: Measured[]): Measured {
  const ok = runs.filter((r) => r.ok);
  return ok.length ? ok.reduce((a, b) => (b.seconds < a.seconds ? b : a)) : runs[0];
}

interface Playground {
  url: URL;
  stop(): Promise<void>;
}

function startPlayground(root: string, book: string): Promise<Playground> {
  const proc = spawn(process.execPath, [join(root, 'dist-local', 'playground.js'), '--workbook', book, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/localhost:\d+\/\S*)/.exec(out);
      if (m)
        resolve({
          url: new URL(m[1]),
          stop: () =>
            new Promise((ok) => {
              proc.once('exit', () => ok());
              proc.kill('SIGTERM');
            }),
        });
    });
    proc.once('exit', (code) => reject(new Error(`playground exited with ${code}`)));
  });
}

/** Seconds from the menu click to the form's data: menu call, sidebar page, first server call. */
async function openSidebar(pg: Playground, menuFn: string, firstCall: string | null): Promise<number> {
  const token = pg.url.searchParams.get('token') ?? '';
  const headers = { 'content-type': 'application/json', 'x-playground-token': token };
  const t0 = process.hrtime.bigint();
  const menu = (await (
    await fetch(new URL('/api/menu', pg.url.origin), { method: 'POST', headers, body: JSON.stringify({ fn: menuFn }) })
  ).json()) as { ok: boolean; error?: string; ui: { url?: string }[] };
  if (!menu.ok) throw new Error(`${menuFn}: ${menu.error}`);
  const page = menu.ui.find((u) => u.url)?.url;
  if (!page) throw new Error(`${menuFn} opened no sidebar`);
  const html = await fetch(new URL(`${page}?token=${token}`, pg.url.origin));
  if (!html.ok) throw new Error(`${page}: ${html.status}`);
  await html.text();
  if (firstCall) {
    const r = (await (
      await fetch(new URL('/api/run', pg.url.origin), {
        method: 'POST',
        headers,
        body: JSON.stringify({ fn: firstCall, args: [] }),
      })
    ).json()) as { ok: boolean; error?: string };
    if (!r.ok) throw new Error(`${firstCall}: ${r.error}`);
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runDemoBench(script: string): Promise<string> {
  const root = join(__dirname, '..');
  const cli = join(root, 'bin', 'welfare-fund.js');
  const dir = mkdtempSync(join(tmpdir(), 'bench-demo-'));
  try {
    const book = join(dir, 'demo.xlsx');
    const made = spawnSync(process.execPath, [cli, 'demo', book], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`demo book: ${made.stderr}`);
    const lines: string[] = [];
    for (const action of ['check', 'summarize']) {
      const runs: Measured[] = [];
      for (let i = 0; i < RUNS; i++) {
        const copy = join(dir, `${action}-${i}.xlsx`);
        copyFileSync(book, copy);
        // check exits 1 when it lists findings (the demo has some on purpose)
        runs.push(measure(process.execPath, [cli, action, copy], dir, [0, 1]));
      }
      const m = best(runs);
      lines.push(`| \`welfare-fund ${action}\` (load, work, save) | ${fmtS(m)} | ${fmtM(m)} |`);
    }
    const floor = best([1, 2, 3].map(() => measure(process.execPath, [script, '--floor', book], dir)));
    lines.push(`| floor: unzip + value scan | ${fmtS(floor)} | ${fmtM(floor)} |`);
    const soffice = which('soffice') ?? which('libreoffice');
    if (soffice) {
      const lo = best([1, 2].map(() => measureLibreOffice(soffice, book, dir)));
      lines.push(`| LibreOffice headless: load + recalculate + save | ${fmtS(lo)} | ${fmtM(lo)} |`);
    }
    const pgBook = join(dir, 'playground.xlsx');
    copyFileSync(book, pgBook);
    const pg = await startPlayground(root, pgBook);
    try {
      for (const [label, fn, first] of [
        ['member form (menu, page, getFormsContext)', 'showMemberForm', 'getFormsContext'],
        ['deposit form (menu, page)', 'showDepositForm', null],
        ['About (menu, page)', 'showAboutSidebar', null],
      ] as const) {
        const times: number[] = [];
        for (let i = 0; i < SIDEBAR_RUNS; i++) times.push(await openSidebar(pg, fn, first));
        lines.push(
          `| playground: open the ${label} | ${median(times).toFixed(2)} (best ${Math.min(...times).toFixed(2)}) | n/a |`,
        );
      }
    } finally {
      await pg.stop();
    }
    return [
      '## demo book (end to end, as the command line and the playground give it)',
      '',
      `Best of ${RUNS} runs for the commands (each on a fresh copy); median of ${SIDEBAR_RUNS} for the sidebars.`,
      '',
      '| what | seconds | peak MiB |',
      '|---|---:|---:|',
      ...lines,
      '',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
