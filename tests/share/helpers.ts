/** Shared by the share tests: the fund book's personal data, and every text a shared file holds. */
import type { Runtime } from '../../src/local/runtime';
import type { ShareResponse } from '../../src/addon/share/api';
import { fieldList } from '../../src/core/result';
import { ZipReader } from '../../src/local/runtime/files/zip';
import { callRpc } from '../../src/local/addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ABOUT = 'เกี่ยวกับรายงานนี้';
/** The last one is the network's machine-readable packet (src/core/network). */
export const SHARED_SHEETS = [
  ABOUT,
  'ฐานะกองทุน',
  'สรุปรายเดือน',
  'สรุปตามสวัสดิการ',
  'สรุปตามหมู่บ้าน',
  'รายงานเงินสมทบ',
  'ข้อมูลสำหรับเครือข่าย',
];
export const PROPERTY = 'welfareFund.sharedSummaryFileId';

/** The share form sent as the sidebar sends it (blank fields, fiscal year, then `form`); throws when the call itself failed. */
export function share(rt: Runtime, form: Record<string, unknown> = {}): ShareResponse {
  const r = callRpc(rt, 'shareSummary', { emails: '', asOf: '', period: 'fiscal', ...form });
  if (r.error) throw r.error;
  return r.value as ShareResponse;
}

/** A failed answer's field errors as the form shows them: the addresses' list, the as-of date, the period. */
export function fieldErrors(res: ShareResponse): { emails: string[]; asOf?: string; period?: string } {
  if (res.ok) return { emails: [] };
  return { emails: fieldList(res.errors, 'emails'), asOf: res.errors.asOf, period: res.errors.period };
}

export interface Personal {
  /** Whole values of short fields (member ids such as "0042"): matched as a whole cell or XML text. */
  ids: string[];
  /** Names, national ids, phones, addresses, beneficiaries: matched anywhere in a text. */
  texts: string[];
}

/** The members sheet of the fund book, read by its Thai headers (not through the add-on's code). */
export function personalData(book: Spreadsheet): Personal {
  const values = book.getSheetByName('สมาชิก')!.getDataRange().getDisplayValues();
  const header = values[0].map(String);
  const col = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };
  const pick = (h: string) =>
    values
      .slice(1)
      .map((r) => String(r[col(h)]).trim())
      .filter((s) => s !== '');
  const ids = pick('รหัสสมาชิก');
  const texts = [
    ...pick('ชื่อ-สกุล'),
    ...pick('เลขประจำตัวประชาชน'),
    ...pick('โทรศัพท์'),
    ...pick('ที่อยู่'),
    ...pick('ผู้รับผลประโยชน์'),
  ];
  if (ids.length < 50 || texts.length < 200) throw new Error('the demo fund should have many members');
  return { ids, texts: [...new Set(texts)] };
}

/** Every string anywhere in a value (objects, arrays, Maps), once per object. */
export function allStrings(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (x: unknown) => {
    if (typeof x === 'string') return void out.push(x);
    if (typeof x === 'number') return void out.push(String(x));
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (x instanceof Map) {
      for (const [k, v] of x) {
        walk(k);
        walk(v);
      }
      return;
    }
    for (const [k, v] of Object.entries(x)) {
      // `api` is the runtime's cached API object for a model: not part of the file.
      if (k === 'api') continue;
      walk(k);
      walk(v);
    }
  };
  walk(root);
  return out;
}

/** Personal values found among the strings (whole-value ids, or contained texts). */
export function leaks(strings: string[], p: Personal): string[] {
  const ids = new Set(p.ids);
  const found = new Set<string>();
  for (const s of strings) if (ids.has(s.trim())) found.add(s.trim());
  // One text with a separator no value holds: a value found in it was inside one of the strings.
  const all = strings.join('\u0001');
  for (const x of p.texts) if (all.includes(x)) found.add(x);
  return [...found];
}

/** The in-memory model behind a spreadsheet the add-on created: cells, notes, formulas, charts, names, metadata. */
export function modelOf(rt: Runtime, id: string): unknown {
  const wb = rt.ctx.created.get(id);
  if (!wb) throw new Error(`no created spreadsheet ${id}`);
  return wb;
}

export function sharedFileId(rt: Runtime): string | null {
  return (rt.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
    .getDocumentProperties()
    .getProperty(PROPERTY);
}

/** The entries of a .zip (an .xlsx) as text, by name, read by the runtime's own zip reader. */
export function unzipText(buf: Buffer): Map<string, string> {
  const zip = new ZipReader(buf);
  return new Map([...zip.entries.keys()].map((name) => [name, zip.text(name) ?? '']));
}

/** XML text nodes and attribute values, entity-decoded: what a reader of the file can see. */
export function xmlStrings(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
      .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&amp;/g, '&');
  const out: string[] = [];
  for (const m of xml.matchAll(/>([^<]+)</g)) out.push(decode(m[1]));
  for (const m of xml.matchAll(/="([^"]*)"/g)) out.push(decode(m[1]));
  return out;
}
