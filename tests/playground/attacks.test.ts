/**
 * The playground serves every member's personal data and writes records, so it is attacked here
 * as a server would be: each test replays one attack over HTTP against the BUILT playground and
 * fails if the attack works (a cross-site write, DNS rebinding, a request without the start's
 * secret key, a page that could be framed or run injected script).
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../support/browser';
import { requireBuild, tempDir } from '../support/runtime';
import { createRuntime } from '../../src/local/runtime';
import { newBook, newMemberFields } from '../forms/helpers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request: unlike fetch, it may send any Host and Origin, as an attacker's browser or script would. */
function raw(base: URL, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port: Number(base.port), path, method: init.method ?? 'GET', headers: { host: base.host, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', fail);
    if (init.body) req.write(init.body);
    req.end();
  });
}

const INTRUDER = 'นายผู้บุกรุก ข้ามเว็บ';
/** What the attacker's page posts: a new member, as the member form would send it. */
const newMemberCall = (id: number) =>
  JSON.stringify({
    fn: 'saveNewMember',
    args: [{ key: `attack-key-${id}`, ...newMemberFields({ memberId: `M99${id}0`, name: `${INTRUDER} ${id}` }) }],
  });

let pg: Playground;
let base: URL;
let token: string;
let workbook: string;
let stopped = false;
/** A member name the demo book holds: the personal data an attacker is after. */
let memberName = '';

beforeAll(async () => {
  requireBuild();
  workbook = join(tempDir('playground-attacks-'), 'book.xlsx');
  const rt = await newBook({ members: 12 });
  await rt.save(workbook);
  memberName = String(rt.spreadsheet.getSheetByName('สมาชิก')?.getRange(2, 2).getValue() ?? '');
  pg = await startPlayground(workbook);
  base = new URL(pg.url);
  token = base.searchParams.get('token') ?? '';
}, 240000);

afterAll(async () => {
  if (!stopped) await pg?.stop();
});

test('the address npm start prints carries a secret key, new on every start', () => {
  expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
});

test('a text/plain POST from another site to /api/run is refused and saves nobody', async () => {
  const reply = await raw(base, '/api/run', {
    method: 'POST',
    headers: { origin: 'http://evil.example', 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' },
    body: newMemberCall(1),
  });
  expect(reply.status).toBe(403);
  expect(reply.body).not.toContain('"ok":true');
});

test('the same POST without an Origin header and without the key is refused too', async () => {
  const reply = await raw(base, '/api/run', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: newMemberCall(2) });
  expect(reply.status).toBe(403);
  // With a wrong key, or the right key from another site, it is refused as well.
  const wrongKey = await raw(base, '/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-playground-token': 'x'.repeat(token.length || 43) },
    body: newMemberCall(3),
  });
  expect(wrongKey.status).toBe(403);
  const otherSite = await raw(base, '/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-playground-token': token, origin: 'http://evil.example' },
    body: newMemberCall(4),
  });
  expect(otherSite.status).toBe(403);
});

test('a DNS-rebinding request (Host: evil.example) gets no data, even with the key', async () => {
  const name = memberName;
  expect(name).toBe('สมาชิก ทดสอบ 1');
  for (const path of ['/api/book', `/api/book?token=${token}`, '/']) {
    const reply = await raw(base, path, { headers: { host: `evil.example:${base.port}`, 'x-playground-token': token } });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.body).not.toContain(name);
  }
  const noPort = await raw(base, '/api/book', { headers: { host: 'evil.example', 'x-playground-token': token } });
  expect(noPort.status).toBeGreaterThanOrEqual(400);
});

test('without the key neither the page nor the book is served; with it both are', async () => {
  const name = memberName;
  const page = await raw(base, '/');
  expect(page.status).toBe(403);
  expect(page.body).not.toContain('page.js');
  const book = await raw(base, '/api/book');
  expect(book.status).toBe(403);
  expect(book.body).not.toContain(name);
  const viaQuery = await raw(base, `/api/book?token=${token}`);
  expect(viaQuery.status).toBe(403); // the key goes in a header: a link or <img> cannot send one

  const allowed = await raw(base, `/?token=${token}`);
  expect(allowed.status).toBe(200);
  const books = await raw(base, '/api/book', { headers: { 'x-playground-token': token } });
  expect(books.status).toBe(200);
  // 127.0.0.1 is the same playground, so the same key works there.
  const byIp = await raw(base, '/api/book', { headers: { host: `127.0.0.1:${base.port}`, 'x-playground-token': token } });
  expect(byIp.status).toBe(200);
});

test('every page forbids framing by others and inline script that is not its own', async () => {
  const page = await raw(base, `/?token=${token}`);
  expect(page.headers['x-frame-options']).toBe('DENY');
  const csp = String(page.headers['content-security-policy'] ?? '');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(page.headers['x-content-type-options']).toBe('nosniff');
  expect(page.headers['referrer-policy']).toBe('no-referrer');

  // Refusals carry the same headers.
  const refused = await raw(base, '/');
  expect(refused.headers['x-frame-options']).toBe('DENY');

  // A sidebar page: only its own bundled script and the google.script.run bridge may run, by hash,
  // and only the playground itself may frame it.
  const menu = await raw(base, '/api/menu', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-playground-token': token, origin: base.origin },
    body: JSON.stringify({ fn: 'showDepositForm' }),
  });
  expect(menu.status).toBe(200);
  const ui = (JSON.parse(menu.body) as { ui: { type: string; url?: string; id?: number }[] }).ui;
  const sidebar = ui.find((e) => e.type === 'sidebar');
  expect(sidebar).toBeDefined();
  const id = sidebar?.id ?? Number(/\d+/.exec(sidebar?.url ?? '')?.[0]);
  const withoutKey = await raw(base, `/sidebar/${id}`);
  expect(withoutKey.status).toBe(403);
  const html = await raw(base, `/sidebar/${id}?token=${token}`);
  expect(html.status).toBe(200);
  const sideCsp = String(html.headers['content-security-policy'] ?? '');
  expect(sideCsp).toContain("frame-ancestors 'self'");
  expect(sideCsp).toMatch(/script-src( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
  expect(sideCsp).not.toContain('unsafe-inline');
  expect(html.headers['x-frame-options']).toBe('SAMEORIGIN');
});

test('after all the attacks the book holds no member the attacker posted', async () => {
  await pg.stop();
  stopped = true;
  const rt = await createRuntime({ workbookPath: workbook, bundlePath: null });
  const sheet = rt.spreadsheet.getSheetByName('สมาชิก');
  const names = sheet?.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues().flat().map(String) ?? [];
  expect(names.length).toBeGreaterThan(12);
  expect(names.filter((n) => n.includes(INTRUDER))).toEqual([]);
});
