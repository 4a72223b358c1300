/**
 * The playground: the BUILT add-on (dist/Code.js) running in the offline runtime on an .xlsx file,
 * shown in the browser as tabs of tables, the add-on menu as buttons that run the real menu
 * actions, and the real sidebar pages in a 300 px panel whose google.script.run is bridged here.
 * Every change is saved to the .xlsx before it is answered (book-store.ts), so the file opens in
 * LibreOffice, Excel or Google Drive.
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadXlsx, type Runtime } from '../runtime';
import { repoRoot } from '../paths';
import { bookInfo, MAX_ROWS_PER_REQUEST, rowsSnapshot } from './snapshot';
import { shimScript } from './shim';
import { pageHtml, pageStyleHashes } from './page-html';
import { newKey, pageHeaders, refusal, sidebarHeaders, type Need } from './guard';
import { BookStore } from './book-store';
import { BookBusyError } from '../book-file/lock';

interface Options {
  workbook: string;
  port: number;
  /** a new file gets the demo fund (always for the default playground file) */
  demo?: boolean;
  /** Other .xlsx files the add-on may open by id, each under its path (a network book's packets). */
  drive?: string[];
}

function parseArgs(argv: string[]): Options {
  let workbook: string | null = null;
  let demo = false;
  let port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const drive: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--workbook' && argv[i + 1]) workbook = resolve(argv[++i]);
    else if (argv[i] === '--drive' && argv[i + 1]) drive.push(argv[++i]);
    else if (argv[i] === '--demo') demo = true;
    else if (argv[i] === '--port' && argv[i + 1]) port = Number(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(
        'npm start -- [--workbook FILE.xlsx] [--demo] [--port N]   (a new FILE.xlsx starts empty; --demo fills it with a demo fund; PORT also sets the port; 0 picks a free one)',
      );
      process.exit(0);
    } else {
      console.error(`ไม่รู้จักตัวเลือก "${argv[i]}" (unknown option). ใช้ --help เพื่อดูวิธีใช้`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`หมายเลขพอร์ตไม่ถูกต้อง: ${port} (invalid port)`);
    process.exit(2);
  }
  // The playground's own file starts as the demo, so there is something to look at. Its folder is
  // not in a fresh clone (git keeps no empty folder, and the books in it are ignored): make it.
  if (workbook === null) {
    const own = join(repoRoot(), 'playground');
    mkdirSync(own, { recursive: true });
    return { workbook: join(own, 'demo.xlsx'), port, demo: true, drive };
  }
  // A book the user named goes where they said; a folder that is not there is probably a typo.
  if (!existsSync(dirname(workbook))) {
    console.error(`ไม่พบโฟลเดอร์ ${dirname(workbook)} จึงสร้างสมุดบัญชี ${basename(workbook)} ไม่ได้ (folder not found)`);
    process.exit(2);
  }
  return { workbook, port, demo, drive };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: OutgoingHttpHeaders = pageHeaders()): void {
  res.writeHead(status, { ...headers, 'content-type': type });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5 * 1024 * 1024) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolveBody(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

export async function startPlayground(opts: Options): Promise<{ url: string; close: () => Promise<void> }> {
  // Opens (or creates) the book, takes its lock and builds the add-on menu as Sheets does on open.
  const store = await BookStore.open({ workbook: opts.workbook, demo: opts.demo ?? false });
  // Read-only neighbours in "Drive": the add-on opens them by id, as a network book does its packets.
  for (const path of opts.drive ?? []) {
    const wb = await loadXlsx(resolve(path));
    wb.id = path;
    store.rt.ctx.registerWorkbook(wb);
  }
  const sidebars = new Map<number, string>();
  let sidebarSeq = 0;

  /** UI events of one call, with sidebar pages replaced by URLs the page can load. */
  function uiForPage(events: Runtime['ui']['events']) {
    return events.map((e) => {
      if (e.type === 'sidebar' || e.type === 'dialog') {
        const id = ++sidebarSeq;
        sidebars.set(id, e.html);
        if (sidebars.size > 20) sidebars.delete(Math.min(...sidebars.keys()));
        // A dialog keeps its width (wider than the 300 px sidebar, as Sheets shows it).
        return { type: e.type, title: e.title, id, url: `/sidebar/${id}`, width: e.type === 'dialog' ? e.width : undefined };
      }
      return e;
    });
  }
  /**
   * UI events raised by a sidebar's call (a toast, an alert, another sidebar) wait here until the
   * page asks for them: the sidebar only signals "there is UI", so no message between frames
   * carries anything the page would act on.
   */
  let pendingUi: ReturnType<typeof uiForPage> = [];
  /** Counts changes to the book, so the page refetches only the rows it shows after a change. */
  let version = 0;
  const changed = (r: ReturnType<Runtime['call']>) => r.metrics.cellsWritten > 0 || r.metrics.writeCalls > 0;

  const pageJs = () => readFileSync(join(repoRoot(), 'dist-local', 'playground-page.js'), 'utf8');

  const key = newKey();
  let port = 0; // known once listening; no request arrives before
  const pageStyles = pageStyleHashes();

  /** What each route needs besides the playground's own Host and Origin. */
  function need(path: string): Need {
    if (path === '/page.js') return 'nothing'; // the page's code, the same for everyone: no data in it
    if (path === '/' || path.startsWith('/sidebar/')) return 'key-in-query'; // navigations cannot send headers
    return 'key-in-header';
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    (async () => {
      if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', ''); // asked for by every browser, never with the key
      const refused = refusal(req, url, port, key, need(path));
      if (refused) return send(res, refused.status, 'text/plain; charset=utf-8', refused.message);
      if (method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', pageHtml(), pageHeaders(pageStyles));
      if (method === 'GET' && path === '/page.js') return send(res, 200, 'text/javascript; charset=utf-8', pageJs());
      if (method === 'GET' && path === '/api/book') {
        const book = await store.read((rt) => ({ ...bookInfo(rt), menus: rt.ui.menus }));
        return sendJson(res, 200, { ...book, version, workbook: opts.workbook });
      }
      if (method === 'GET' && path === '/api/rows') {
        const num = (name: string, dflt: number) => {
          const v = Number(url.searchParams.get(name) ?? dflt);
          return Number.isFinite(v) ? v : dflt;
        };
        const rows = await store.read((rt) => rowsSnapshot(rt, num('sheet', -1), num('from', 1), num('count', MAX_ROWS_PER_REQUEST)));
        if (!rows) return sendJson(res, 404, { ok: false, error: 'ไม่มีแผ่นงานนี้ (no such sheet)' });
        return sendJson(res, 200, { ...rows, version });
      }
      const sidebarMatch = /^\/sidebar\/(\d+)$/.exec(path);
      if (method === 'GET' && sidebarMatch) {
        const html = sidebars.get(Number(sidebarMatch[1]));
        if (!html) return send(res, 404, 'text/plain; charset=utf-8', 'แผงด้านข้างนี้ปิดไปแล้ว (sidebar expired)');
        // The bridge goes first in <head> so the page's own script finds google.script.run.
        const withShim = html.replace(/<head([^>]*)>/i, (m) => `${m}<script>${shimScript(key)}</script>`);
        return send(res, 200, 'text/html; charset=utf-8', withShim, sidebarHeaders(withShim));
      }
      if (method === 'POST' && path === '/api/menu') {
        const body = (await readBody(req)) as { fn?: unknown };
        const fn = typeof body.fn === 'string' ? body.fn : '';
        const allowed = store.rt.ui.menus.some((m) => m.items.some((i) => 'functionName' in i && i.functionName === fn));
        if (!allowed) return sendJson(res, 400, { ok: false, error: `ไม่มีเมนูนี้: ${fn} (no such menu item)` });
        // Answered only after the change is on disk; a change that could not be saved is reported instead.
        const { result, notSaved } = await store.run((rt) => rt.tryCall(fn));
        if (changed(result)) version++;
        const error = notSaved ?? result.error?.message;
        return sendJson(res, 200, { ok: !error, error, ui: uiForPage(result.ui), metrics: result.metrics });
      }
      if (method === 'POST' && path === '/api/run') {
        const body = (await readBody(req)) as { fn?: unknown; args?: unknown };
        const fn = typeof body.fn === 'string' ? body.fn : '';
        const args = Array.isArray(body.args) ? body.args : [];
        const { result, notSaved } = await store.run((rt) => rt.callFromClient(fn, args));
        if (changed(result)) version++;
        const ui = uiForPage(result.ui);
        pendingUi = [...pendingUi, ...ui].slice(-50);
        if (notSaved) return sendJson(res, 200, { ok: false, error: notSaved, ui: ui.length });
        if (result.error) return sendJson(res, 200, { ok: false, error: result.error.message, ui: ui.length });
        return sendJson(res, 200, { ok: true, value: result.value, ui: ui.length, metrics: result.metrics });
      }
      if (method === 'POST' && path === '/api/ui') {
        const ui = pendingUi;
        pendingUi = [];
        return sendJson(res, 200, { ui });
      }
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
    })().catch((err: Error) => sendJson(res, 500, { ok: false, error: err.message }));
  });

  await new Promise<void>((ok) => server.listen(opts.port, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  // The key is part of the address: whoever can open it may read and change the book.
  const url = `http://localhost:${port}/?token=${key}`;
  if (store.created === 'demo') console.log(`สร้างสมุดบัญชีตัวอย่างที่ ${opts.workbook} (created a demo fund book)`);
  if (store.created === 'empty') console.log(`สร้างสมุดบัญชีใหม่ (ว่าง) ที่ ${opts.workbook} (created an empty fund book)`);
  console.log(`สมุดบัญชี (workbook): ${opts.workbook}`);
  console.log(`เปิดเบราว์เซอร์ที่ (open): ${url}`);
  /** Stops serving and waits for the last save, so no change is lost; then frees the book. */
  const close = async () => {
    const closed = new Promise<void>((ok) => server.close(() => ok()));
    server.closeAllConnections(); // a browser's keep-alive connections would hold close() open
    await closed;
    await store.close();
    process.removeListener('exit', releaseOnExit);
  };
  // A playground stopped any other way (an uncaught error, process.exit) still frees the book.
  const releaseOnExit = () => store.releaseLockSync();
  process.once('exit', releaseOnExit);
  return { url, close };
}

if (require.main === module) {
  startPlayground(parseArgs(process.argv.slice(2)))
    .then(({ close }) => {
      const stop = () => {
        void close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((err: Error) => {
      console.error(err instanceof BookBusyError ? err.message : `เริ่ม playground ไม่ได้: ${err.message}`);
      process.exit(1);
    });
}
