/** Display strings (Range.getDisplayValues) for the number formats the add-on uses, and colour names. */
import { BKK_OFFSET_MS, CellValue } from './values';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

interface DateToken {
  tok: string;
  low: string;
  /** the next date/time token is seconds (so 'mm' here means minutes) */
  nextIsSec: boolean;
}

// a sheet shows thousands of dates in a handful of patterns: split each pattern once
const compiledPatterns = new Map<string, { ampm: boolean; tokens: DateToken[] }>();

function compiled(pattern: string): { ampm: boolean; tokens: DateToken[] } {
  let c = compiledPatterns.get(pattern);
  if (c) return c;
  const tokens = pattern.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|am\/pm|a\/p|[^ymdhsa"\\]+|./gi) || [];
  c = {
    ampm: /am\/pm|a\/p/i.test(pattern),
    tokens: tokens.map((tok, i) => ({
      tok,
      low: tok.toLowerCase(),
      nextIsSec: !!tokens
        .slice(i + 1)
        .find((x) => /^[ymdhs]/i.test(x))
        ?.toLowerCase()
        .startsWith('s'),
    })),
  };
  if (compiledPatterns.size < 1000) compiledPatterns.set(pattern, c);
  return c;
}

/** Sheets/Excel date tokens (yyyy, mm, dd, hh, ss, mmm, ddd, am/pm); 'm' next to h/s means minutes. */
export function formatDateSheets(d: Date, pattern: string): string {
  const t = new Date(d.getTime() + BKK_OFFSET_MS);
  const Y = t.getUTCFullYear(),
    M = t.getUTCMonth(),
    D = t.getUTCDate(),
    W = t.getUTCDay();
  const H = t.getUTCHours();
  const Mi = t.getUTCMinutes(),
    S = t.getUTCSeconds();
  const { ampm, tokens } = compiled(pattern);
  let out = '';
  let lastWasHour = false;
  tokens.forEach(({ tok, low, nextIsSec }) => {
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (low[0] === 'y') out += low.length <= 2 ? pad(Y % 100) : String(Y);
    else if (low[0] === 'm') {
      if (low.length <= 2 && (lastWasHour || nextIsSec)) out += low.length === 2 ? pad(Mi) : String(Mi);
      else if (low.length === 1) out += String(M + 1);
      else if (low.length === 2) out += pad(M + 1);
      else if (low.length === 3) out += MONTHS[M].slice(0, 3);
      else out += MONTHS[M];
    } else if (low[0] === 'd') {
      if (low.length === 1) out += String(D);
      else if (low.length === 2) out += pad(D);
      else if (low.length === 3) out += DAYS[W].slice(0, 3);
      else out += DAYS[W];
    } else if (low[0] === 'h') {
      let h = H;
      if (ampm) h = H % 12 === 0 ? 12 : H % 12;
      out += low.length >= 2 ? pad(h) : String(h);
    } else if (low[0] === 's') out += low.length >= 2 ? pad(S) : String(S);
    else if (low === 'am/pm') out += H < 12 ? 'AM' : 'PM';
    else if (low === 'a/p') out += H < 12 ? 'A' : 'P';
    else out += tok;
    if (low[0] === 'h') lastWasHour = true;
    else if (/^[ymds]/.test(low)) lastWasHour = false;
  });
  return out;
}

function formatNumber(n: number, fmt: string): string {
  const section = fmt.split(';')[n < 0 && fmt.includes(';') ? 1 : 0] ?? fmt;
  const m = /[#0,]*[0#](?:\.[0#]+)?%?/.exec(section);
  if (!m) return String(n);
  const core = m[0];
  const percent = core.endsWith('%');
  const decimals = (/\.([0#]+)/.exec(core)?.[1] ?? '').length;
  const grouped = core.includes(',');
  const v = Math.abs(percent ? n * 100 : n);
  let s = v.toFixed(decimals);
  if (grouped) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? `.${f}` : '');
  }
  if (percent) s += '%';
  const sign = n < 0 && !fmt.includes(';') ? '-' : '';
  const literal = (x: string): string =>
    x
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/[_*]./g, '');
  return literal(section.slice(0, m.index)) + sign + s + literal(section.slice(m.index + core.length));
}

const isDateFormat = (fmt: string): boolean => /[yd]|m{3,}|h/i.test(fmt.replace(/"[^"]*"/g, ''));

export function displayValue(v: CellValue, fmt: string | undefined): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (!fmt || fmt === 'General' || fmt === '@') return String(v);
    return formatNumber(v, fmt);
  }
  // a date: without a date format Sheets would pick one from the locale; we show ISO order
  if (fmt && isDateFormat(fmt)) return formatDateSheets(v, fmt);
  const t = new Date(v.getTime() + BKK_OFFSET_MS);
  const hasTime = t.getUTCHours() || t.getUTCMinutes() || t.getUTCSeconds();
  return formatDateSheets(v, hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd');
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  lime: '#00ff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  silver: '#c0c0c0',
  navy: '#000080',
  maroon: '#800000',
  teal: '#008080',
};

/** Apps Script returns colours as lowercase '#rrggbb'. */
export function normalizeColor(c: string): string {
  const s = c.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}
