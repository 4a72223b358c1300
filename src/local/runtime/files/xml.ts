/** The little XML the .xlsx reader and writer need: attributes, entities, escaping. */

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s))) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

/** One attribute without building the whole map (the hot path of the sheet reader). */
export function attr(s: string, name: string): string | undefined {
  const i = s.indexOf(` ${name}="`);
  if (i < 0) return undefined;
  const start = i + name.length + 3;
  const v = s.slice(start, s.indexOf('"', start));
  return v.includes('&') ? unescapeXml(v) : v;
}

const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : NAMED[e],
  );
}

/** OOXML writes characters XML cannot hold as _xHHHH_ (ECMA-376 22.9.2.19). */
export function unescapeOoxml(s: string): string {
  const t = unescapeXml(s);
  return t.includes('_x')
    ? t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : t;
}

const ESC = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
export function escapeXml(s: string): string {
  if (!ESC.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

/** The text of every <t> in a string item, rich text run or comment (phonetic <rPh> runs left out). */
export function textOf(xml: string): string {
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) if (m[1]) out += m[1];
  return unescapeOoxml(out);
}

/** Every element <tag ...>...</tag> or <tag .../> in xml, as [attributes, inner text]. */
export function elements(xml: string, tag: string): [string, string][] {
  const re = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  const out: [string, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push([m[1], m[2] ?? '']);
  return out;
}

/** The first element's [attributes, inner] or undefined. */
export function element(xml: string, tag: string): [string, string] | undefined {
  const re = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`);
  const m = re.exec(xml);
  return m ? [m[1], m[2] ?? ''] : undefined;
}

export const colNumber = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
};

export const colLetters = (n: number): string =>
  n > 0 ? colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)) : '';

/** 'B12' -> [11, 1] (0-based row, col); a range 'A1:C3' -> first and last. */
export function parseRef(ref: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const c0 = colNumber(m[1]) - 1,
    r0 = Number(m[2]) - 1;
  return { r0, c0, r1: m[4] ? Number(m[4]) - 1 : r0, c1: m[3] ? colNumber(m[3]) - 1 : c0 };
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a part, targets resolved to part names (external ones left as they are). */
export function readRels(text: string | undefined, ownerPart: string): Rel[] {
  if (!text) return [];
  return elements(text, 'Relationship').map(([a]) => {
    const o = attrs(a);
    const external = o.TargetMode === 'External';
    return {
      id: o.Id,
      type: o.Type ?? '',
      target: external ? o.Target : resolveTarget(ownerPart, o.Target ?? ''),
      external,
    };
  });
}
