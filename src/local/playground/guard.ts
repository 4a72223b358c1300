/**
 * The playground serves every member's personal data and writes records, so it guards itself as a
 * server: a secret key made at each start (in the printed address, then sent in a header on every
 * API call), only its own Host and Origin (a DNS-rebinding page names another host; a cross-site
 * form or fetch names another origin), JSON-only writes, and headers that forbid framing and any
 * script the page did not ship.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/** The header every API call carries the key in. A custom header cannot be sent cross-site without a preflight we never allow. */
export const KEY_HEADER = 'x-playground-token';

/** 32 random bytes, URL-safe: new at every start, so an old link stops working. */
export function newKey(): string {
  return randomBytes(32).toString('base64url');
}

function sameKey(given: string | null | undefined, key: string): boolean {
  if (typeof given !== 'string' || given.length !== key.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(key));
}

/** What a request needs besides its own Host and Origin. */
export type Need = 'key-in-header' | 'key-in-query' | 'nothing';

export interface Refusal {
  status: number;
  /** Thai first, English after, as the command line says things. */
  message: string;
}

/** Loopback names under which this playground is itself (it listens on 127.0.0.1 only). */
export function ownHosts(port: number): string[] {
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
}

/** Null when the request may be served; otherwise why not. */
export function refusal(req: IncomingMessage, url: URL, port: number, key: string, need: Need): Refusal | null {
  const hosts = ownHosts(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host))
    return { status: 421, message: `ชื่อเครื่อง "${host}" ไม่ใช่ของ playground นี้ (wrong Host header)` };
  // Browsers send Origin on every cross-origin request and on same-origin POSTs; "null" is a
  // sandboxed or opaque page, never ours.
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))
    return { status: 403, message: `คำขอจากเว็บอื่น (${origin}) ถูกปฏิเสธ (cross-origin request refused)` };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && !(site === 'none' && req.method === 'GET'))
    return { status: 403, message: 'คำขอจากเว็บอื่นถูกปฏิเสธ (cross-site request refused)' };
  if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    return { status: 403, message: 'รับเฉพาะข้อมูลแบบ JSON (only application/json is accepted)' };
  const given =
    need === 'key-in-header' ? req.headers[KEY_HEADER] : need === 'key-in-query' ? url.searchParams.get('token') : key;
  if (!sameKey(Array.isArray(given) ? given[0] : given, key))
    return {
      status: 403,
      message: 'ต้องเปิดจากลิงก์ที่ npm start พิมพ์ออกมา ซึ่งมีรหัสลับอยู่ (open the link printed by npm start: it carries the key)',
    };
  return null;
}

/** 'sha256-…' of an inline script or style, as CSP compares it (the exact text between the tags). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline <script> (without src) and <style> elements of a page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => cspHash(m[1]));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => cspHash(m[1]));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Headers on every answer: no caching of personal data, no sniffing, no referrer, no opener from another site. */
const COMMON: OutgoingHttpHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The playground page and everything that is not a sidebar: nobody may frame it, only its own file's script runs. */
export function pageHeaders(styleHashes: string[] = []): OutgoingHttpHeaders {
  const style = styleHashes.length ? styleHashes.join(' ') : "'none'";
  return {
    ...COMMON,
    'x-frame-options': 'DENY',
    'content-security-policy': [
      "default-src 'none'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-src 'self'",
      `style-src ${style}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "script-src 'self'",
    ].join('; '),
  };
}

/**
 * A sidebar page: one self-contained HTML file with inline script and style (how Apps Script serves
 * it), so they are allowed by hash, not 'unsafe-inline': script put into the page later (a name
 * that holds markup, say) does not run. The playground page frames it, so framing is allowed to
 * its own origin only (SAMEORIGIN, not DENY).
 */
export function sidebarHeaders(html: string): OutgoingHttpHeaders {
  const { scripts, styles } = inlineHashes(html);
  return {
    ...COMMON,
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': [
      "default-src 'none'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "connect-src 'self'",
      `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'self'",
      `script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
    ].join('; '),
  };
}
