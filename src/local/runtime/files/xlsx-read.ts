/**
 * Our own .xlsx reader: the zip's parts are scanned as text and cells go straight into the runtime's
 * model (rows of plain values, per-column format runs), with no object per cell. A sheet's XML is
 * inflated as a stream and scanned row by row, so a million-row sheet never sits in memory as one
 * string. What it reads is listed in xlsx.ts; targets of relationships may be relative or absolute
 * (openpyxl writes "/xl/comments/comment1.xml").
 */
import { Readable } from 'node:stream';
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { Grid } from '../grid';
import { internSpec } from '../validation';
import { CellValue, serialToInstant } from '../values';
import { SheetModel, ValidationSpec, WorkbookModel } from '../workbook';
import { WorkbookFileError } from '../errors';
import { BUILTIN_FORMATS, fromFileFormat, isDateFormat } from './numfmt';
import {
  attr,
  attrs,
  element,
  elements,
  parseRef,
  readRels,
  Rel,
  relsPath,
  textOf,
  unescapeOoxml,
  unescapeXml,
} from './xml';
import { ZipReader } from './zip';

/** Style parts the model does not name, kept so a rewritten sheet keeps its look. */
export interface RawStyle {
  /** the <border> element as the file had it */
  border?: string;
  font?: { name?: string; italic?: boolean; underline?: boolean; strike?: boolean };
  alignment?: { vertical?: string; indent?: number; textRotation?: number };
  protection?: { locked?: boolean; hidden?: boolean };
}

/** One cellXfs entry, resolved to the model's attributes. */
export interface XfInfo {
  numFmt?: string;
  isDate: boolean;
  background?: string;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  hAlign?: string;
  wrap?: boolean;
  raw?: RawStyle;
}

/** What a save needs from the file it was loaded from. */
export interface XlsxPackage {
  zip: ZipReader;
  /** the styles part as read (its lists are kept so copied sheets' style indexes stay valid) */
  stylesXml?: string;
  /** shared strings as read, in order (copied sheets refer to them by index) */
  sst: string[];
  /** the part they were read from: a save copies its items as they are and appends new ones */
  sstPart?: string;
  /** part name -> content type, from [Content_Types].xml */
  contentTypes: Map<string, string>;
  defaults: Map<string, string>;
  /** parts that belong to one sheet (the sheet, its rels, comments, VML, threaded comments) */
  sheetParts: Map<string, string[]>;
  workbookPart: string;
  date1904: boolean;
}

/** After "<row" or "<c": a space, ">" or "/" ends the name (so "<cols" or "<rowBreaks" is not one). */
const isTagEnd = (ch: number): boolean => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;

/** A sheet part up to this size is inflated in one piece; a bigger one streams (a 1M-row sheet is ~300 MB). */
const WHOLE_PART_BYTES = 64 * 1024 * 1024;

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number written in b[from, to). Up to 15 digits and no exponent, the digits are an exact integer
 * and 10^scale an exact power, so one division gives the correctly rounded double, the same as
 * Number() (Clinger's fast path); anything else goes through Number().
 */
function parseNumber(b: Buffer, from: number, to: number): number {
  let i = from;
  const neg = b[i] === 45;
  if (neg) i++;
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (; i < to; i++) {
    const ch = b[i];
    if (ch >= 48 && ch <= 57) {
      m = m * 10 + ch - 48;
      digits++;
      if (scale >= 0) scale++;
    } else if (ch === 46 && scale < 0) scale = 0;
    else return Number(b.toString('latin1', from, to));
  }
  if (digits === 0 || digits > 15) return Number(b.toString('latin1', from, to));
  const v = scale > 0 ? m / POW10[scale] : m;
  return neg ? -v : v;
}

const rgbHex = (rgb: string | undefined): string | undefined =>
  rgb && /^[0-9a-f]{8}$/i.test(rgb)
    ? `#${rgb.slice(2).toLowerCase()}`
    : rgb && /^[0-9a-f]{6}$/i.test(rgb)
      ? `#${rgb.toLowerCase()}`
      : undefined;

const on = (xml: string, tag: string): boolean => {
  const el = element(xml, tag);
  if (!el) return false;
  const v = attr(` ${el[0]}`, 'val');
  return v === undefined || (v !== '0' && v !== 'false' && v !== 'none');
};

export function readStyles(xml: string | undefined): XfInfo[] {
  if (!xml) return [{ isDate: false }];
  const fmts = new Map<number, string>();
  for (const [a] of elements(element(xml, 'numFmts')?.[1] ?? '', 'numFmt')) {
    const o = attrs(a);
    fmts.set(Number(o.numFmtId), o.formatCode);
  }
  const fonts = elements(element(xml, 'fonts')?.[1] ?? '', 'font').map(([, inner]) => {
    const color = element(inner, 'color');
    const sz = element(inner, 'sz');
    const name = element(inner, 'name');
    return {
      bold: on(inner, 'b'),
      italic: on(inner, 'i'),
      underline: on(inner, 'u'),
      strike: on(inner, 'strike'),
      color: color ? rgbHex(attrs(color[0]).rgb) : undefined,
      size: sz ? Number(attrs(sz[0]).val) : undefined,
      name: name ? attrs(name[0]).val : undefined,
    };
  });
  const fills = elements(element(xml, 'fills')?.[1] ?? '', 'fill').map(([, inner]) => {
    const p = element(inner, 'patternFill');
    if (!p || attrs(p[0]).patternType !== 'solid') return undefined;
    const fg = element(p[1], 'fgColor');
    return fg ? rgbHex(attrs(fg[0]).rgb) : undefined;
  });
  const borders = elements(element(xml, 'borders')?.[1] ?? '', 'border').map(([a, inner]) =>
    /<(left|right|top|bottom|diagonal)\b[^>]*\bstyle=/.test(inner) ? `<border${a}>${inner}</border>` : undefined,
  );
  const rawCache = new Map<string, RawStyle>();
  return elements(element(xml, 'cellXfs')?.[1] ?? '', 'xf').map(([a, inner]) => {
    const o = attrs(a);
    const id = Number(o.numFmtId ?? 0);
    const code = fmts.get(id) ?? BUILTIN_FORMATS[id];
    const numFmt = code && code !== 'General' ? fromFileFormat(code) : undefined;
    const font = fonts[Number(o.fontId ?? 0)];
    const al = element(inner, 'alignment');
    const ao = al ? attrs(al[0]) : {};
    const pr = element(inner, 'protection');
    const po = pr ? attrs(pr[0]) : undefined;
    const raw: RawStyle = {};
    const border = borders[Number(o.borderId ?? 0)];
    if (border) raw.border = border;
    if (font && (font.italic || font.underline || font.strike || (font.name && !/^(Calibri|Arial)$/.test(font.name))))
      raw.font = { name: font.name, italic: font.italic, underline: font.underline, strike: font.strike };
    if (ao.vertical || ao.indent || ao.textRotation)
      raw.alignment = {
        vertical: ao.vertical,
        indent: ao.indent ? Number(ao.indent) : undefined,
        textRotation: ao.textRotation ? Number(ao.textRotation) : undefined,
      };
    if (po && (po.locked === '0' || po.hidden === '1'))
      raw.protection = { locked: po.locked !== '0', hidden: po.hidden === '1' };
    const rawKey = JSON.stringify(raw);
    let rawShared = rawCache.get(rawKey);
    if (!rawShared) rawCache.set(rawKey, (rawShared = raw));
    return {
      numFmt,
      isDate: !!numFmt && isDateFormat(numFmt),
      background: fills[Number(o.fillId ?? 0)],
      bold: font?.bold || undefined,
      fontColor: font?.color && font.color !== '#000000' ? font.color : undefined,
      fontSize: font?.size && font.size !== 10 && font.size !== 11 ? font.size : undefined,
      hAlign: ao.horizontal && ao.horizontal !== 'general' ? ao.horizontal : undefined,
      wrap: ao.wrapText === '1' || ao.wrapText === 'true' || undefined,
      raw: rawKey === '{}' ? undefined : rawShared,
    };
  });
}

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  // scanned with indexOf: one string per item, no match objects
  for (let i = xml.indexOf('<si'); i >= 0;) {
    const next = xml.charCodeAt(i + 3);
    if (next === 47 /* <si/> */) {
      out.push('');
      i = xml.indexOf('<si', i + 5);
      continue;
    }
    if (next !== 62 /* > */) {
      i = xml.indexOf('<si', i + 3);
      continue;
    }
    const start = i + 4;
    const end = xml.indexOf('</si>', start);
    if (end < 0) break;
    // the common case, one plain <t>, without the general rich-text scan
    const t = xml.startsWith('<t>', start) ? start + 3 : xml.startsWith(PRESERVE, start) ? start + PRESERVE.length : -1;
    const tEnd = t < 0 ? -1 : xml.indexOf('<', t);
    out.push(
      tEnd === end - 4 && xml.startsWith('</t>', tEnd)
        ? unescapeOoxml(xml.slice(t, tEnd))
        : textOf(xml.slice(start, end)),
    );
    i = xml.indexOf('<si', end + 5);
  }
  return out;
}

const PRESERVE = '<t xml:space="preserve">';

/** Moves the relative references of a shared formula by (dr, dc); text in quotes is left alone. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  if (!dr && !dc) return f;
  return f
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$!:]|[!:])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (all, pre: string, cAbs: string, col: string, rAbs: string, row: string) => {
              let c = 0;
              for (let k = 0; k < col.length; k++) c = c * 26 + col.charCodeAt(k) - 64;
              if (!cAbs) c += dc;
              const r = rAbs ? Number(row) : Number(row) + dr;
              if (c < 1 || r < 1) return all;
              let letters = '';
              for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
                letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
              return `${pre}${cAbs}${letters}${rAbs}${r}`;
            },
          ),
    )
    .join('');
}

function validationSpec(o: Record<string, string>, inner: string, date1904: boolean): ValidationSpec | undefined {
  const allowInvalid = o.showErrorMessage !== '1' || o.errorStyle === 'warning' || o.errorStyle === 'information';
  const helpText = o.prompt ?? null;
  const f1 = element(inner, 'formula1')?.[1];
  const f2 = element(inner, 'formula2')?.[1];
  const f = [f1, f2].filter((x): x is string => x !== undefined).map(unescapeXml);
  const spec = (criteria: string, args: unknown[]): ValidationSpec => ({ criteria, args, allowInvalid, helpText });
  const op = o.operator ?? 'between';
  if (o.type === 'list') {
    const text = f[0] ?? '';
    if (text.startsWith('"')) {
      const items = text.slice(1, -1).split(',');
      if (items.length === 2 && items[0] === 'TRUE' && items[1] === 'FALSE') return spec('CHECKBOX', []);
      return spec('VALUE_IN_LIST', [items, true]);
    }
    return spec('VALUE_IN_RANGE', [text, true]);
  }
  if (o.type === 'date') {
    const serial = (x: string) => Number(x) + (date1904 ? 1462 : 0);
    if (op === 'greaterThanOrEqual' && serial(f[0] ?? '0') <= 367) return spec('DATE_IS_VALID_DATE', []);
    const map: Record<string, string> = {
      between: 'DATE_BETWEEN',
      notBetween: 'DATE_NOT_BETWEEN',
      equal: 'DATE_EQUAL_TO',
      greaterThan: 'DATE_AFTER',
      lessThan: 'DATE_BEFORE',
      greaterThanOrEqual: 'DATE_ON_OR_AFTER',
      lessThanOrEqual: 'DATE_ON_OR_BEFORE',
    };
    return spec(
      map[op] ?? 'DATE_IS_VALID_DATE',
      f.map((x) => (/^[\d.]+$/.test(x) ? serialToInstant(serial(x)) : x)),
    );
  }
  if (o.type === 'decimal' || o.type === 'whole') {
    const map: Record<string, string> = {
      between: 'NUMBER_BETWEEN',
      notBetween: 'NUMBER_NOT_BETWEEN',
      equal: 'NUMBER_EQUAL_TO',
      notEqual: 'NUMBER_NOT_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN',
      lessThan: 'NUMBER_LESS_THAN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
    };
    return spec(map[op] ?? 'NUMBER_BETWEEN', f.map(Number));
  }
  if (o.type === 'textLength') return spec('TEXT_LENGTH', f.map(Number));
  if (o.type === 'custom') return spec('CUSTOM_FORMULA', [`=${f[0] ?? ''}`]);
  return undefined;
}

const widthToPx = (w: number): number => Math.round(w * 7 + 5);

/** Reads the parts before <sheetData>: tab colour, frozen panes, column widths. */
function readHead(head: string, m: SheetModel): void {
  const tab = /<tabColor\b([^>]*)\/?>/.exec(head);
  if (tab) m.tabColor = rgbHex(attrs(tab[1]).rgb) ?? null;
  const pane = /<pane\b([^>]*)\/?>/.exec(head);
  if (pane) {
    const o = attrs(pane[1]);
    if (o.state === 'frozen' || o.state === 'frozenSplit') {
      m.frozenRows = Number(o.ySplit ?? 0);
      m.frozenCols = Number(o.xSplit ?? 0);
    }
  }
  for (const [a] of elements(element(head, 'cols')?.[1] ?? '', 'col')) {
    const o = attrs(a);
    const min = Number(o.min),
      max = Number(o.max);
    // LibreOffice writes one <col> for all the remaining 1,000+ columns: that is the default width
    if (!o.width || max - min > 255) continue;
    for (let c = min; c <= max; c++) m.colWidths.set(c, widthToPx(Number(o.width)));
  }
}

function readTail(
  tail: string,
  m: SheetModel,
  rels: Rel[],
  links: Map<string, string>,
  date1904: boolean,
  propsProtections: boolean,
): void {
  if (!propsProtections && /<sheetProtection\b[^>]*\bsheet="(1|true)"/.test(tail))
    m.protections.push({
      id: 0,
      type: 'SHEET',
      row: 1,
      col: 1,
      numRows: 0,
      numCols: 0,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: false,
      unprotected: [],
    });
  m.passthrough.merges = elements(element(tail, 'mergeCells')?.[1] ?? '', 'mergeCell').map(([a]) => attrs(a).ref);
  m.passthrough.conditionalFormattings = [
    ...tail.matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g),
  ].map((x) => x[0]);
  const specs = new Map<string, ValidationSpec | undefined>();
  for (const [a, inner] of elements(element(tail, 'dataValidations')?.[1] ?? '', 'dataValidation')) {
    const key = a + inner;
    if (!specs.has(key)) {
      const s = validationSpec(attrs(a), inner, date1904);
      specs.set(key, s && internSpec(s));
    }
    const spec = specs.get(key);
    if (!spec) continue;
    for (const ref of (attrs(a).sqref ?? '').split(/\s+/)) {
      const r = parseRef(ref);
      if (r) m.validations.fill(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1, spec);
    }
  }
  for (const [a] of elements(element(tail, 'hyperlinks')?.[1] ?? '', 'hyperlink')) {
    const o = attrs(a);
    const rel = rels.find((x) => x.id === o['r:id']);
    if (rel?.external && o.ref) links.set(o.ref, rel.target);
  }
}

/** What reads one sheet part: bytes go to feed() in order (the whole part or inflated pieces), then finish(). */
interface SheetParse {
  feed(chunk: Buffer): void;
  finish(): void;
}

/** What every sheet part of one file is read with: the archive, its cell styles and shared strings. */
interface BookParts {
  zip: ZipReader;
  xfs: XfInfo[];
  sst: string[];
  date1904: boolean;
}

/** Reads one sheet part into the model, streaming it when it is too big to inflate in one piece. */
async function readSheet(book: BookParts, part: string, m: SheetModel): Promise<void> {
  const { zip } = book;
  const entry = zip.entries.get(part);
  if (!entry) return;
  const parse = sheetParse(book, part, m, false);
  const raw = zip.raw(entry);
  if (entry.method === 0) parse.feed(raw);
  else if (entry.size <= WHOLE_PART_BYTES) parse.feed(zip.read(part)!);
  else {
    const inflate = createInflateRaw({ chunkSize: 1 << 20 });
    for await (const chunk of Readable.from([raw]).pipe(inflate)) parse.feed(chunk as Buffer);
  }
  parse.finish();
}

/**
 * Reads one sheet part (inflated in one piece) into the model, at once: a deferred sheet is read
 * from inside a service call. With `propsProtections` the file's sheet protection flag is left out,
 * because the exact protections from __props are already on the sheet.
 */
function readSheetNow(book: BookParts, part: string, m: SheetModel, propsProtections: boolean): void {
  const data = book.zip.read(part);
  if (!data) return;
  const parse = sheetParse(book, part, m, propsProtections);
  parse.feed(data);
  parse.finish();
}

function sheetParse(book: BookParts, part: string, m: SheetModel, propsProtections: boolean): SheetParse {
  const { zip, xfs, sst, date1904 } = book;
  const rels = readRels(zip.text(relsPath(part)), part);
  const f = m.formats;
  const rows = m.rows;
  const shared = new Map<string, { f: string; r: number; c: number }>();
  const links = new Map<string, string>();
  const dateBase = date1904 ? 1462 : 0;
  let rowIndex = -1;
  const headParts: Buffer[] = [];
  const tailParts: Buffer[] = [];
  let state: 'head' | 'rows' | 'tail' = 'head';
  let carry: Buffer | null = null;

  /** Puts a value in the model's rows (empty values are not stored). */
  const put = (r: number, c: number, value: CellValue): void => {
    let row = rows[r];
    if (!row) {
      while (rows.length < r) rows.push(undefined as unknown as CellValue[]);
      row = rows[r] = [];
    }
    while (row.length < c) row.push('');
    row[c] = value;
  };

  const applyXf = (r: number, c: number, xf: XfInfo): void => {
    if (xf.numFmt) f.numFmt.set(r, c, xf.numFmt);
    if (xf.background) f.background.set(r, c, xf.background);
    if (xf.bold) f.fontWeight.set(r, c, 'bold');
    if (xf.fontColor) f.fontColor.set(r, c, xf.fontColor);
    if (xf.fontSize) f.fontSize.set(r, c, xf.fontSize);
    if (xf.hAlign) f.hAlign.set(r, c, xf.hAlign);
    if (xf.wrap) f.wrap.set(r, c, true);
    if (xf.raw) f.raw.set(r, c, xf.raw as Record<string, unknown>);
  };

  /** A formula element (b[from, to) starts with "<f"), shared formulas expanded. */
  const formula = (b: Buffer, from: number, to: number, r: number, c: number): void => {
    const fm = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(b.toString('utf8', from, to));
    if (!fm) return;
    const fa = fm[1];
    let ftext = fm[2] !== undefined ? unescapeXml(fm[2]) : '';
    if (attr(fa, 't') === 'shared') {
      const si = attr(fa, 'si') ?? '';
      if (ftext) shared.set(si, { f: ftext, r, c });
      else {
        const master = shared.get(si);
        if (master) ftext = shiftFormula(master.f, r - master.r, c - master.c);
      }
    }
    if (ftext) m.formulas.set(r, c, `=${ftext}`);
  };

  /**
   * The rows in b[from, to), read byte by byte: no string per cell, only the values themselves
   * (shared strings by index, numbers parsed from their digits). Every loop stops at `to`, so a
   * damaged part cannot run past its end.
   */
  const rowsOf = (b: Buffer, from: number, to: number): void => {
    let p = from;
    let col = -1;
    while (p < to) {
      if (b[p] !== 60 /* < */) {
        p++;
        continue;
      }
      const n1 = b[p + 1];
      if (n1 === 114 /* r */ && b[p + 2] === 111 && b[p + 3] === 119 && isTagEnd(b[p + 4])) {
        // its r and whether it has a height, from the bytes: no string per row
        let gt = p + 4;
        let rAt = -1;
        let hasHeight = false;
        for (; gt < to && b[gt] !== 62; gt++) {
          if (b[gt] !== 32) continue;
          if (rAt < 0 && b[gt + 1] === 114 && b[gt + 2] === 61 && b[gt + 3] === 34) rAt = gt + 4;
          else if (b[gt + 1] === 104 && b[gt + 2] === 116 && b[gt + 3] === 61 && b[gt + 4] === 34) hasHeight = true;
        }
        if (rAt >= 0) {
          let n = 0;
          for (let k = rAt; k < gt && b[k] >= 48 && b[k] <= 57; k++) n = n * 10 + b[k] - 48;
          rowIndex = n - 1;
        } else rowIndex++;
        if (hasHeight) {
          const rowTag = b.toString('latin1', p, gt);
          const ht = attr(rowTag, 'ht');
          if (ht && attr(rowTag, 'customHeight') === '1') m.passthrough.rowHeights.set(rowIndex + 1, Number(ht));
        }
        col = -1;
        p = gt + 1;
        continue;
      }
      if (n1 !== 99 /* c */ || !isTagEnd(b[p + 2])) {
        p++;
        continue;
      }
      // a cell's start tag: its r (column letters), s (style) and t (type) attributes
      let i = p + 2;
      let c = col + 1;
      let xf: XfInfo | undefined;
      let t = 0; // 0 number, 1 shared string, 2 other (read from tStart)
      let tStart = 0;
      let tEnd = 0;
      let selfClosing = false;
      for (;;) {
        let ch = b[i];
        while (i < to && (ch === 32 || ch === 9 || ch === 10 || ch === 13)) ch = b[++i];
        if (i >= to || ch === 62) break;
        if (ch === 47) {
          selfClosing = true;
          while (i < to && b[i] !== 62) i++;
          break;
        }
        const name = i;
        while (i < to && b[i] !== 61 && b[i] !== 62) i++;
        const nameLen = i - name;
        while (i < to && b[i] !== 34 && b[i] !== 39) i++;
        const quote = b[i];
        const vs = ++i;
        while (i < to && b[i] !== quote) i++;
        const ve = i++;
        if (nameLen !== 1) continue;
        const a = b[name];
        if (a === 114 /* r */) {
          let n = 0;
          for (let k = vs; k < ve; k++) {
            const d = b[k];
            if (d < 65 || d > 90) break;
            n = n * 26 + d - 64;
          }
          c = n - 1;
        } else if (a === 115 /* s */) {
          let n = 0;
          for (let k = vs; k < ve; k++) n = n * 10 + b[k] - 48;
          xf = xfs[n];
        } else if (a === 116 /* t */) {
          if (ve - vs === 1 && b[vs] === 115) t = 1;
          else if (!(ve - vs === 1 && b[vs] === 110)) {
            t = 2;
            tStart = vs;
            tEnd = ve;
          }
        }
      }
      const tagEnd = i;
      col = c;
      const r = rowIndex;
      if (xf) applyXf(r, c, xf);
      if (selfClosing || i >= to) {
        p = tagEnd + 1;
        continue;
      }
      // the cell's content, up to </c>: where its <v> and <f> are
      let vs = -1;
      let ve = -1;
      let fAt = -1;
      let k = tagEnd + 1;
      let close = to;
      while (k < to) {
        if (b[k] !== 60) {
          k++;
          continue;
        }
        const x = b[k + 1];
        if (x === 118 /* v */ && b[k + 2] === 62) {
          vs = k + 3;
          ve = vs;
          while (ve < to && b[ve] !== 60) ve++;
          k = ve + 4;
        } else if (x === 102 /* f */ && isTagEnd(b[k + 2])) {
          fAt = k;
          k += 2;
        } else if (x === 47 /* / */ && b[k + 2] === 99 && b[k + 3] === 62) {
          close = k;
          break;
        } else k++;
      }
      p = close + 4;
      let value: CellValue = '';
      if (t === 1) {
        if (vs >= 0) {
          let n = 0;
          for (let q = vs; q < ve; q++) n = n * 10 + b[q] - 48;
          value = sst[n] ?? '';
        }
      } else if (t === 0) {
        if (vs >= 0 && ve > vs) {
          const n = parseNumber(b, vs, ve);
          value = xf?.isDate ? serialToInstant(n + dateBase) : n;
        }
      } else {
        const type = b.toString('latin1', tStart, tEnd);
        const v = vs >= 0 ? b.toString('utf8', vs, ve) : undefined;
        if (type === 'inlineStr') value = textOf(b.toString('utf8', tagEnd + 1, close));
        else if (type === 'str') value = v !== undefined ? unescapeOoxml(v) : '';
        else if (type === 'b') value = v === '1' || v === 'true';
        else if (type === 'e') value = v ?? '#ERROR!';
        else if (type === 'd' && v) {
          const d = new Date(`${v}${/[zZ+]/.test(v) ? '' : 'Z'}`);
          value = serialToInstant(d.getTime() / 86400e3 + 25569);
        } else if (type === 'n' && v) value = Number(v);
      }
      if (fAt >= 0) formula(b, fAt, close, r, c);
      if (value !== '') put(r, c, value);
    }
  };

  /** Rows in b[from, to) whose start may be in `carry` (the end of the previous piece). */
  const rowsAcross = (b: Buffer, from: number, to: number): void => {
    if (carry && carry.length) {
      // only the one row cut in two is copied, not the whole piece
      const rowEnd = b.indexOf('</row>', from);
      const joinTo = rowEnd >= 0 && rowEnd < to ? rowEnd + 6 : to;
      const joined = Buffer.concat([carry, b.subarray(from, joinTo)]);
      rowsOf(joined, 0, joined.length);
      from = joinTo;
    }
    carry = null;
    rowsOf(b, from, to);
  };

  const feed = (chunk: Buffer): void => {
    let b = chunk;
    let from = 0;
    if (state === 'head') {
      headParts.push(b);
      const all = headParts.length > 1 ? Buffer.concat(headParts.splice(0)) : headParts.pop()!;
      const i = all.indexOf('<sheetData');
      const close = i < 0 ? -1 : all.indexOf('>', i);
      if (close < 0) {
        headParts.push(all);
        return;
      }
      readHead(all.toString('utf8', 0, i), m);
      state = all[close - 1] === 47 ? 'tail' : 'rows';
      b = all;
      from = close + 1;
    }
    if (state === 'rows') {
      const end = b.indexOf('</sheetData>', from);
      if (end >= 0) {
        rowsAcross(b, from, end);
        state = 'tail';
        from = end + 12;
      } else {
        const lastRow = b.lastIndexOf('</row>');
        if (lastRow < from) {
          // no row ends in this piece: keep it all for the next one
          carry = carry ? Buffer.concat([carry, b.subarray(from)]) : b.subarray(from);
          return;
        }
        rowsAcross(b, from, lastRow + 6);
        carry = b.subarray(lastRow + 6);
        return;
      }
    }
    tailParts.push(b.subarray(from));
  };

  const finish = (): void => {
    if (state === 'head') readHead(Buffer.concat(headParts).toString('utf8'), m);
    const tail = Buffer.concat(tailParts).toString('utf8');
    readTail(tail, m, rels, links, date1904, propsProtections);
    if (links.size) {
      const grid = new Grid<string>();
      for (const [ref, url] of links) {
        const p = parseRef(ref);
        if (p) grid.set(p.r0, p.c0, url);
      }
      (m.passthrough as { links?: unknown }).links = grid;
    }
    readComments(zip, rels, m);
  };
  return { feed, finish };
}

const THREADED_PREFIX = /^\[Threaded comment\][\s\S]*?Comment:\s*/;

function readComments(zip: ZipReader, rels: Rel[], m: SheetModel): void {
  const threaded = new Map<string, string[]>();
  for (const rel of rels.filter((r) => /\/threadedComment$/.test(r.type))) {
    for (const [a, inner] of elements(zip.text(rel.target) ?? '', 'threadedComment')) {
      const ref = attrs(a).ref;
      const text = element(inner, 'text')?.[1];
      if (ref && text !== undefined) threaded.set(ref, [...(threaded.get(ref) ?? []), unescapeOoxml(text)]);
    }
  }
  for (const rel of rels.filter((r) => /\/comments$/.test(r.type))) {
    for (const [a, inner] of elements(zip.text(rel.target) ?? '', 'comment')) {
      const ref = attrs(a).ref;
      const p = ref && parseRef(ref);
      if (!p) continue;
      const text = threaded.get(ref)?.join('\n') ?? textOf(inner).replace(THREADED_PREFIX, '');
      if (text) m.notes.set(p.r0, p.c0, text);
    }
  }
}

/** What the runtime recorded about a sheet when it saved the book (its __props row). */
export interface RecordedSheet {
  maxRows: number;
  maxCols: number;
  /** __props holds the sheet's exact protections (they replace the file's protection flag) */
  propsProtections: boolean;
}

/**
 * The size a sheet part declares in its <dimension> (rows, columns), read from the first bytes of
 * the part only; undefined when the part does not say it up front or is too big to read at once.
 */
function declaredSize(zip: ZipReader, part: string): { rows: number; cols: number } | undefined {
  const entry = zip.entries.get(part);
  if (!entry || (entry.method !== 0 && entry.size > WHOLE_PART_BYTES)) return undefined;
  const start = zip.raw(entry).subarray(0, 1024);
  let head: string;
  try {
    head = (entry.method === 0 ? start : inflateRawSync(start, { finishFlush: constants.Z_SYNC_FLUSH })).toString(
      'latin1',
    );
  } catch {
    return undefined;
  }
  const dim = /<dimension\b[^>]*?\bref="([^"]+)"/.exec(head);
  const data = head.indexOf('<sheetData');
  if (!dim || (data >= 0 && data < dim.index)) return undefined;
  const p = parseRef(dim[1]);
  return p ? { rows: p.r1 + 1, cols: p.c1 + 1 } : undefined;
}

/**
 * Reads an opened .xlsx into a new WorkbookModel; the sheets listed in __props/__charts are returned raw.
 * A sheet the runtime itself saved (`recorded` knows its size, and its part declares no more than
 * that) is not read now: its cells are read the first time something uses them (SheetModel.defer),
 * so an action reads only the sheets it needs and a save copies the others byte for byte.
 */
export async function readXlsx(
  zip: ZipReader,
  wb: WorkbookModel,
  helperSheets: string[],
  recorded: (helpers: Map<string, SheetModel>) => Map<string, RecordedSheet> = () => new Map(),
): Promise<{ pkg: XlsxPackage; helpers: Map<string, SheetModel> }> {
  const rootRels = readRels(zip.text('_rels/.rels'), '');
  const workbookPart = rootRels.find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
  const wbXml = zip.text(workbookPart) ?? '';
  const wbRels = readRels(zip.text(relsPath(workbookPart)), workbookPart);
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(wbXml);
  const stylesPart = wbRels.find((r) => /\/styles$/.test(r.type))?.target;
  const sstPart = wbRels.find((r) => /\/sharedStrings$/.test(r.type))?.target;
  const stylesXml = stylesPart ? zip.text(stylesPart) : undefined;
  const xfs = readStyles(stylesXml);
  const sst = readSharedStrings(sstPart ? zip.text(sstPart) : undefined);
  const book: BookParts = { zip, xfs, sst, date1904 };
  const contentTypes = new Map<string, string>();
  const defaults = new Map<string, string>();
  const ct = zip.text('[Content_Types].xml') ?? '';
  for (const [a] of elements(ct, 'Override')) {
    const o = attrs(a);
    contentTypes.set(o.PartName.replace(/^\//, ''), o.ContentType);
  }
  for (const [a] of elements(ct, 'Default')) {
    const o = attrs(a);
    defaults.set(o.Extension.toLowerCase(), o.ContentType);
  }
  const pkg: XlsxPackage = {
    zip,
    stylesXml,
    sst,
    sstPart,
    contentTypes,
    defaults,
    sheetParts: new Map(),
    workbookPart,
    date1904,
  };
  const helpers = new Map<string, SheetModel>();
  const view = /<workbookView\b([^>]*)/.exec(wbXml);
  const activeTab = view ? Number(attrs(view[1]).activeTab ?? 0) : 0;
  const listed: { name: string; state?: string; part: string }[] = [];
  for (const [a] of elements(element(wbXml, 'sheets')?.[1] ?? '', 'sheet')) {
    const o = attrs(a);
    const rel = wbRels.find((r) => r.id === o['r:id']);
    if (rel) listed.push({ name: o.name, state: o.state, part: rel.target });
  }
  // the helper sheets first: they say which sheets the runtime saved, and how big
  for (const { name, part } of listed) {
    if (!helperSheets.includes(name) || helpers.has(name)) continue;
    const m = new SheetModel(name, 0);
    await readSheet(book, part, m);
    helpers.set(name, m);
  }
  const known = recorded(helpers);
  let visibleIndex = 0;
  for (const { name, state, part } of listed) {
    const isHelper = helperSheets.includes(name);
    const sheetRels = readRels(zip.text(relsPath(part)), part);
    pkg.sheetParts.set(part, [
      part,
      relsPath(part),
      ...sheetRels
        .filter((r) => !r.external && /\/(comments|vmlDrawing|threadedComment)$/.test(r.type))
        .map((r) => r.target),
    ]);
    if (!isHelper) {
      const m = wb.addSheet(name);
      m.hidden = state === 'hidden' || state === 'veryHidden';
      const rec = known.get(name);
      const size = rec && declaredSize(zip, part);
      if (rec && size && size.rows <= rec.maxRows && size.cols <= rec.maxCols) {
        m.maxRows = rec.maxRows;
        m.maxCols = rec.maxCols;
        m.defer(() => {
          try {
            readSheetNow(book, part, m, rec.propsProtections);
          } catch (e) {
            // Read lazily, so the damage shows at first use, not at open: the same error as at open.
            throw new WorkbookFileError(
              'truncated',
              '',
              `แผ่นงาน "${name}" ในไฟล์นี้เสียหาย อ่านไม่ได้ ลองใช้สำเนาก่อนหน้า (the sheet "${name}" of this file is damaged: ${(e as Error).message})`,
              { sheet: name },
            );
          }
          m.maxRows = Math.max(m.maxRows, m.rows.length);
          m.maxCols = Math.max(m.maxCols, m.lastColIndex() + 1);
        });
      } else {
        await readSheet(book, part, m);
        m.maxRows = Math.max(1000, m.rows.length);
        m.maxCols = Math.max(26, m.lastColIndex() + 1);
      }
      m.origin = { part, fingerprint: '' };
      if (visibleIndex === activeTab) wb.activeSheet = wb.sheets.length - 1;
    }
    visibleIndex++;
  }
  for (const [a, inner] of elements(element(wbXml, 'definedNames')?.[1] ?? '', 'definedName')) {
    const o = attrs(a);
    if (o.name.startsWith('_xlnm') || o.localSheetId !== undefined) continue;
    const ref = /^'?(.*?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(unescapeXml(inner).trim());
    const p = ref && parseRef(ref[2]);
    if (!ref || !p) continue;
    wb.namedRanges.set(o.name, {
      sheet: ref[1].replace(/''/g, "'"),
      row: p.r0 + 1,
      col: p.c0 + 1,
      numRows: p.r1 - p.r0 + 1,
      numCols: p.c1 - p.c0 + 1,
    });
  }
  return { pkg, helpers };
}
