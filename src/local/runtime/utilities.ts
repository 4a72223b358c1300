/** Utilities (formatDate with Java SimpleDateFormat letters, getUuid, sleep, newBlob), Logger and console. */
import { randomUUID } from 'node:crypto';
import { format as utilFormat } from 'node:util';
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { DAYS, MONTHS } from './format';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { isDate } from './values';

/** Offset of a time zone at an instant, in minutes east of UTC; null for an unknown zone. */
export function zoneOffsetMinutes(tz: string, at: Date): number | null {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(tz.trim());
  if (fixed) return fixed[1] ? (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] || 0)) : 0;
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(part || '');
    if (!m) return null;
    return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  } catch {
    return null;
  }
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Java SimpleDateFormat subset: G y M d H h k K m s S E u D a z Z X and 'quoted text'. */
export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const offset = zoneOffsetMinutes(tz, date) ?? 0;
  const t = new Date(date.getTime() + offset * 60e3);
  const Y = t.getUTCFullYear(),
    M = t.getUTCMonth(),
    D = t.getUTCDate(),
    W = t.getUTCDay();
  const H = t.getUTCHours(),
    Mi = t.getUTCMinutes(),
    S = t.getUTCSeconds(),
    ms = t.getUTCMilliseconds();
  const sign = offset < 0 ? '-' : '+';
  const oh = pad(Math.floor(Math.abs(offset) / 60), 2),
    om = pad(Math.abs(offset) % 60, 2);
  const dayOfYear = Math.floor((Date.UTC(Y, M, D) - Date.UTC(Y, 0, 1)) / 86400e3) + 1;
  /** What each pattern letter writes, given how many times it is repeated (n). */
  const letters: Record<string, (n: number) => string> = {
    G: () => (Y > 0 ? 'AD' : 'BC'),
    y: (n) => (n === 2 ? pad(Y % 100, 2) : pad(Y, n)),
    M: (n) => (n >= 4 ? MONTHS[M] : n === 3 ? MONTHS[M].slice(0, 3) : pad(M + 1, n)),
    d: (n) => pad(D, n),
    D: (n) => pad(dayOfYear, n),
    E: (n) => (n >= 4 ? DAYS[W] : DAYS[W].slice(0, 3)),
    u: () => String(W === 0 ? 7 : W),
    H: (n) => pad(H, n),
    k: (n) => pad(H === 0 ? 24 : H, n),
    K: (n) => pad(H % 12, n),
    h: (n) => pad(H % 12 === 0 ? 12 : H % 12, n),
    m: (n) => pad(Mi, n),
    s: (n) => pad(S, n),
    S: (n) => pad(ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0'),
    a: () => (H < 12 ? 'AM' : 'PM'),
    z: (n) => (tz === 'Asia/Bangkok' ? (n >= 4 ? 'Indochina Time' : 'ICT') : `GMT${sign}${oh}:${om}`),
    Z: () => `${sign}${oh}${om}`,
    X: (n) => (offset === 0 ? 'Z' : n === 1 ? `${sign}${oh}` : n === 2 ? `${sign}${oh}${om}` : `${sign}${oh}:${om}`),
  };
  letters.Y = letters.y;
  letters.L = letters.M;
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const write = letters[ch];
    if (!write) throw new Error(`Illegal pattern character '${ch}'`);
    out += write(n);
  }
  return out;
}

export class Blob extends ServiceObject {
  constructor(
    ctx: Ctx,
    public _bytes: Buffer,
    public _contentType: string | null,
    public _name: string | null,
  ) {
    super(ctx);
  }

  getDataAsString(charset?: string): string {
    return this._bytes.toString(charset && /utf-?16/i.test(charset) ? 'utf16le' : 'utf8');
  }

  getBytes(): number[] {
    return [...this._bytes].map((b) => (b > 127 ? b - 256 : b));
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string): Blob {
    this._contentType = String(contentType);
    return this;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): Blob {
    this._name = String(name);
    return this;
  }

  setDataFromString(string: string): Blob {
    this._bytes = Buffer.from(String(string), 'utf8');
    return this;
  }

  copyBlob(): Blob {
    return new Blob(this._ctx, Buffer.from(this._bytes), this._contentType, this._name);
  }

  isGoogleType(): boolean {
    return false;
  }
}

const toBuffer = (data: unknown): Buffer =>
  Array.isArray(data) ? Buffer.from(data.map((b: number) => b & 255)) : Buffer.from(String(data ?? ''), 'utf8');

export class Utilities
  extends ServiceObject
  implements
    Gas<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep' | 'base64Encode' | 'formatString'>
{
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw this._ctx.error("The parameters don't match the method signature for Utilities.formatDate.");
    if (zoneOffsetMinutes(String(timeZone), date) === null) throw this._ctx.error(`Invalid argument: timeZone`);
    try {
      return formatJavaDate(date, String(timeZone), String(format));
    } catch (e) {
      throw this._ctx.error(`Invalid argument: format (${(e as Error).message})`);
    }
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Recorded, not slept: tests stay fast. */
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw this._ctx.error('Invalid argument: milliseconds');
    this._ctx.sleeps.push(Number(milliseconds));
  }

  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return new Blob(this._ctx, toBuffer(data), contentType ?? null, name ?? null);
  }

  base64Encode(data: string | number[]): string {
    return toBuffer(data).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[]): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return [...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }

  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(-?\d*)(?:\.(\d+))?([sdf%])/g, (_m, _w: string, prec: string, kind: string) => {
      if (kind === '%') return '%';
      const v = args[i++];
      if (kind === 'd') return String(Math.trunc(Number(v)));
      if (kind === 'f') return Number(v).toFixed(prec ? Number(prec) : 6);
      return String(v);
    });
  }

  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [],
      field = '',
      quoted = false;
    const s = String(csv);
    const endRow = (): void => {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    };
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (quoted) {
        if (c === '"' && s[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === delimiter) {
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && s[i + 1] === '\n') i++;
        endRow();
      } else field += c;
    }
    if (field !== '' || row.length) endRow();
    return rows;
  }
}

/** Logger.log and console.*: captured into the operation's logs, never printed. */
export class Logger extends ServiceObject {
  log(data: unknown, ...values: unknown[]): Logger {
    let text: string;
    if (values.length && typeof data === 'string') {
      let i = 0;
      text = data.replace(/%s|%d|%f/g, () => String(values[i++]));
    } else text = typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    this._ctx.logs.push(text);
    return this;
  }

  getLog(): string {
    return this._ctx.logs.join('\n');
  }

  clear(): void {
    this._ctx.logs.length = 0;
  }
}

export function makeConsole(ctx: Ctx): Record<string, (...a: unknown[]) => void> {
  const put =
    (prefix: string) =>
    (...a: unknown[]) => {
      ctx.logs.push(prefix + utilFormat(...a));
    };
  const noop = (): void => undefined;
  return {
    log: put(''),
    info: put(''),
    debug: put(''),
    warn: put('[warn] '),
    error: put('[error] '),
    time: noop,
    timeEnd: noop,
  };
}

instrument(Blob);
instrument(Utilities);
instrument(Logger);
