/**
 * Our own .xlsx writer. A sheet that did not change since it was loaded is copied from the old file
 * byte for byte (its part, comments and drawings); only changed sheets are written, straight from
 * the model's rows and per-column format runs, deflated in chunks. The styles and shared strings of
 * the old file are kept in order (copied sheets refer to them by index) and new ones are appended.
 */
import type { ColumnRuns, Run } from '../runs';
import { Grid } from '../grid';
import { CellValue, instantToSerial, isDate } from '../values';
import { SheetModel, ValidationSpec, WorkbookModel } from '../workbook';
import { BUILTIN_IDS, isDateFormat, toFileFormat } from './numfmt';
import type { RawStyle, XlsxPackage } from './xlsx-read';
import type { PageSetup } from '../print-setup';
import { attrs, colLetters, element, elements, escapeXml, readRels, relsPath } from './xml';
import { type ZipReader, ZipWriter } from './zip';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const hexToArgb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const pxToWidth = (px: number): number => Math.max(0, (px - 5) / 7);

/** A sheet to write: the model plus how the workbook lists it. */
export interface SheetOut {
  model: SheetModel;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** how it prints (../print-setup.ts) */
  page?: PageSetup;
}

// ---- styles ---------------------------------------------------------------------------------------------

interface StyleParts {
  numFmt?: string;
  background?: string;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  hAlign?: string;
  wrap?: boolean;
  raw?: RawStyle;
}

/** The styles part: the old file's lists kept in order, new fonts/fills/borders/formats/xfs appended. */
class Styles {
  numFmts = new Map<number, string>();
  fmtIds = new Map<string, number>();
  fonts: string[] = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/></font>'];
  fills: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  cellStyleXfs = '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';
  cellStyles = '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';
  dxfs = '';
  private index = new Map<string, number>();
  private fontIndex = new Map<string, number>();
  private fillIndex = new Map<string, number>();
  private borderIndex = new Map<string, number>();
  private rawIds = new Map<object, number>();

  constructor(old: string | undefined) {
    if (!old) return;
    for (const [a] of elements(element(old, 'numFmts')?.[1] ?? '', 'numFmt')) {
      const o = attrs(a);
      this.numFmts.set(Number(o.numFmtId), o.formatCode);
      this.fmtIds.set(o.formatCode, Number(o.numFmtId));
    }
    const list = (tag: string, item: string): string[] =>
      [
        ...(element(old, tag)?.[1] ?? '').matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')),
      ].map((m) => m[0]);
    const fonts = list('fonts', 'font');
    if (fonts.length) this.fonts = fonts;
    const fills = list('fills', 'fill');
    if (fills.length) this.fills = fills;
    const borders = list('borders', 'border');
    if (borders.length) this.borders = borders;
    const xfs = list('cellXfs', 'xf');
    if (xfs.length) this.xfs = xfs;
    const csx = /<cellStyleXfs\b[\s\S]*?<\/cellStyleXfs>/.exec(old);
    if (csx) this.cellStyleXfs = csx[0];
    const cs = /<cellStyles\b[\s\S]*?<\/cellStyles>/.exec(old);
    if (cs) this.cellStyles = cs[0];
    const dx = /<dxfs\b[\s\S]*?<\/dxfs>|<dxfs\b[^>]*\/>/.exec(old);
    if (dx) this.dxfs = dx[0];
  }

  private fmtId(code: string): number {
    const file = toFileFormat(code);
    const builtin = BUILTIN_IDS.get(file);
    if (builtin !== undefined) return builtin;
    let id = this.fmtIds.get(file);
    if (id === undefined) {
      id = Math.max(163, ...this.numFmts.keys()) + 1;
      this.numFmts.set(id, file);
      this.fmtIds.set(file, id);
    }
    return id;
  }

  private pick(list: string[], index: Map<string, number>, xml: string): number {
    let i = index.get(xml);
    if (i === undefined) {
      i = list.indexOf(xml);
      if (i < 0) {
        i = list.length;
        list.push(xml);
      }
      index.set(xml, i);
    }
    return i;
  }

  private rawId(raw: RawStyle | undefined): number {
    if (!raw) return 0;
    let id = this.rawIds.get(raw);
    if (id === undefined) this.rawIds.set(raw, (id = this.rawIds.size + 1));
    return id;
  }

  /** The cellXfs index for a combination of the model's attributes (0 when there are none). */
  xf(p: StyleParts): number {
    if (!p.numFmt && !p.background && !p.bold && !p.fontColor && !p.fontSize && !p.hAlign && !p.wrap && !p.raw)
      return 0;
    const key = `${p.numFmt ?? ''}\u0001${p.background ?? ''}\u0001${p.bold ? 1 : 0}\u0001${p.fontColor ?? ''}\u0001${p.fontSize ?? ''}\u0001${p.hAlign ?? ''}\u0001${p.wrap ? 1 : 0}\u0001${this.rawId(p.raw)}`;
    let i = this.index.get(key);
    if (i !== undefined) return i;
    const raw = p.raw;
    const rf = raw?.font;
    const font =
      `<font>${p.bold ? '<b/>' : ''}${rf?.italic ? '<i/>' : ''}${rf?.strike ? '<strike/>' : ''}${rf?.underline ? '<u/>' : ''}` +
      `<sz val="${p.fontSize ?? 11}"/>${p.fontColor ? `<color rgb="${hexToArgb(p.fontColor)}"/>` : '<color theme="1"/>'}` +
      `<name val="${escapeXml(rf?.name ?? 'Calibri')}"/><family val="2"/></font>`;
    const fontId = font === this.fonts[0] ? 0 : this.pick(this.fonts, this.fontIndex, font);
    const fillId = p.background
      ? this.pick(
          this.fills,
          this.fillIndex,
          `<fill><patternFill patternType="solid"><fgColor rgb="${hexToArgb(p.background)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const borderId = raw?.border ? this.pick(this.borders, this.borderIndex, raw.border) : 0;
    const numFmtId = p.numFmt ? this.fmtId(p.numFmt) : 0;
    const al = raw?.alignment;
    const alignAttrs =
      (p.hAlign ? ` horizontal="${escapeXml(p.hAlign)}"` : '') +
      (al?.vertical ? ` vertical="${escapeXml(al.vertical)}"` : '') +
      (al?.textRotation ? ` textRotation="${al.textRotation}"` : '') +
      (p.wrap ? ' wrapText="1"' : '') +
      (al?.indent ? ` indent="${al.indent}"` : '');
    const pr = raw?.protection;
    const inner =
      (alignAttrs ? `<alignment${alignAttrs}/>` : '') +
      (pr ? `<protection locked="${pr.locked === false ? 0 : 1}" hidden="${pr.hidden ? 1 : 0}"/>` : '');
    const xml =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}` +
      `${borderId ? ' applyBorder="1"' : ''}${alignAttrs ? ' applyAlignment="1"' : ''}${pr ? ' applyProtection="1"' : ''}` +
      (inner ? `>${inner}</xf>` : '/>');
    i = this.xfs.length;
    this.xfs.push(xml);
    this.index.set(key, i);
    return i;
  }

  xml(): string {
    const fmts = [...this.numFmts].map(([id, f]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(f)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      this.cellStyleXfs +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      this.cellStyles +
      this.dxfs +
      `</styleSheet>`
    );
  }
}

class SharedStrings {
  list: string[];
  index = new Map<string, number>();
  /** how many strings came from the old file (their indexes are what copied sheets use) */
  private readonly oldCount: number;
  constructor(old: string[]) {
    this.list = old.slice();
    this.oldCount = old.length;
    // backwards, so a string listed twice keeps its first index: one map operation per string
    for (let i = old.length - 1; i >= 0; i--) this.index.set(old[i], i);
  }
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  /**
   * Writes the strings. The old file's items are copied byte for byte (the whole part, still
   * compressed, when nothing was added): re-encoding a hundred thousand strings on every save is
   * most of its cost.
   */
  write(zip: ZipWriter, part: string, from?: { zip: ZipReader; part?: string }): void {
    const entry = from?.part !== undefined && this.oldCount > 0 ? from.zip.entries.get(from.part) : undefined;
    if (entry && this.list.length === this.oldCount) {
      zip.copy(from!.zip, entry, part);
      return;
    }
    const old = entry ? this.oldItems(from!.zip.read(entry.name)) : undefined;
    const out = zip.stream(part);
    const n = this.list.length;
    let i = 0;
    if (old) {
      out.write(old.head);
      out.write(` count="${n}" uniqueCount="${n}">`);
      out.write(old.items);
      i = this.oldCount;
    } else out.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${n}" uniqueCount="${n}">`);
    let buf = '';
    for (; i < n; i++) {
      const s = this.list[i];
      const sp = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
      buf += `<si><t${sp}>${escapeXml(s)}</t></si>`;
      if (buf.length > 1 << 20) {
        out.write(buf);
        buf = '';
      }
    }
    out.write(`${buf}</sst>`);
    out.end();
  }
  /**
   * The old part cut in two: everything up to its <sst tag's attributes other than the counts, and
   * its items. Undefined when it is not plainly that (a prefixed or empty <sst>, something after the
   * items): then every string is written anew.
   */
  private oldItems(xml: Buffer | undefined): { head: Buffer; items: Buffer } | undefined {
    if (!xml) return undefined;
    const at = xml.indexOf('<sst');
    const gt = at < 0 ? -1 : xml.indexOf('>', at);
    const close = xml.lastIndexOf('</sst>');
    if (gt < 0 || close < gt || xml[gt - 1] === 47 || !/[\s>]/.test(String.fromCharCode(xml[at + 4]))) return undefined;
    const items = xml.subarray(gt + 1, close);
    const last = items.toString('latin1', Math.max(0, items.length - 64)).trimEnd();
    if (!(last.endsWith('</si>') || last.endsWith('<si/>'))) return undefined;
    const tag = xml.toString('utf8', at, gt).replace(/\s(count|uniqueCount)\s*=\s*("[^"]*"|'[^']*')/g, '');
    return { head: Buffer.concat([xml.subarray(0, at), Buffer.from(tag, 'utf8')]), items };
  }
}

// ---- sheets ---------------------------------------------------------------------------------------------

/** Per column, the runs of one cellXfs index, from the model's format runs swept together. */
function styleRuns(m: SheetModel, styles: Styles): Map<number, Run<number>[]> {
  const f = m.formats;
  const attrsList: [keyof StyleParts, ColumnRuns<unknown>][] = [
    ['numFmt', f.numFmt],
    ['background', f.background],
    ['bold', f.fontWeight],
    ['fontColor', f.fontColor],
    ['fontSize', f.fontSize],
    ['hAlign', f.hAlign],
    ['wrap', f.wrap],
    ['raw', f.raw],
  ];
  const cols = new Set<number>();
  for (const [, g] of attrsList) for (const c of g.cols.keys()) cols.add(c);
  const out = new Map<number, Run<number>[]>();
  for (const c of [...cols].sort((a, b) => a - b)) {
    const lists = attrsList.map(([k, g]) => [k, g.cols.get(c) ?? []] as const);
    const bounds = new Set<number>();
    for (const [, runs] of lists) for (const r of runs) bounds.add(r.start).add(r.end);
    const sorted = [...bounds].sort((a, b) => a - b);
    const ptr = lists.map(() => 0);
    const runs: Run<number>[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i],
        end = sorted[i + 1];
      const p: StyleParts = {};
      lists.forEach(([k, rs], j) => {
        while (ptr[j] < rs.length && rs[ptr[j]].end <= start) ptr[j]++;
        const r = rs[ptr[j]];
        if (r && r.start <= start) {
          if (k === 'bold') p.bold = r.value === 'bold';
          else (p as Record<string, unknown>)[k] = r.value;
        }
      });
      const xf = styles.xf(p);
      if (!xf) continue;
      const last = runs[runs.length - 1];
      if (last && last.end === start && last.value === xf) last.end = end;
      else runs.push({ start, end, value: xf });
    }
    if (runs.length) out.set(c, runs);
  }
  return out;
}

function validationXml(s: ValidationSpec, sqref: string, date1904: boolean): string | undefined {
  const a = s.args;
  const serial = (d: unknown): string =>
    isDate(d) ? String(instantToSerial(d) - (date1904 ? 1462 : 0)) : escapeXml(String(d));
  let type = '';
  let op: string | undefined;
  let formulas: string[] = [];
  const num = (o: string, n: number) => (
    (type = 'decimal'),
    (op = o),
    (formulas = a.slice(0, n).map((x) => String(Number(x))))
  );
  const date = (o: string) => ((type = 'date'), (op = o), (formulas = a.map(serial)));
  switch (s.criteria) {
    case 'VALUE_IN_LIST':
      type = 'list';
      formulas = [escapeXml(`"${(a[0] as string[]).join(',')}"`)];
      break;
    case 'VALUE_IN_RANGE':
      type = 'list';
      formulas = [escapeXml(String(a[0]).replace(/^=/, ''))];
      break;
    case 'CHECKBOX':
      type = 'list';
      formulas = ['&quot;TRUE,FALSE&quot;'];
      break;
    case 'DATE_IS_VALID_DATE':
      type = 'date';
      op = 'greaterThanOrEqual';
      formulas = ['1'];
      break;
    case 'DATE_BETWEEN':
      date('between');
      break;
    case 'DATE_NOT_BETWEEN':
      date('notBetween');
      break;
    case 'DATE_EQUAL_TO':
      date('equal');
      break;
    case 'DATE_AFTER':
      date('greaterThan');
      break;
    case 'DATE_BEFORE':
      date('lessThan');
      break;
    case 'DATE_ON_OR_AFTER':
      date('greaterThanOrEqual');
      break;
    case 'DATE_ON_OR_BEFORE':
      date('lessThanOrEqual');
      break;
    case 'NUMBER_BETWEEN':
      num('between', 2);
      break;
    case 'NUMBER_NOT_BETWEEN':
      num('notBetween', 2);
      break;
    case 'NUMBER_EQUAL_TO':
      num('equal', 1);
      break;
    case 'NUMBER_NOT_EQUAL_TO':
      num('notEqual', 1);
      break;
    case 'NUMBER_GREATER_THAN':
      num('greaterThan', 1);
      break;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      num('greaterThanOrEqual', 1);
      break;
    case 'NUMBER_LESS_THAN':
      num('lessThan', 1);
      break;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      num('lessThanOrEqual', 1);
      break;
    case 'TEXT_LENGTH':
      type = 'textLength';
      op = 'between';
      formulas = a.map((x) => String(Number(x)));
      break;
    case 'CUSTOM_FORMULA':
      type = 'custom';
      formulas = [escapeXml(String(a[0]).replace(/^=/, ''))];
      break;
    default:
      return undefined;
  }
  const attrsXml =
    ` type="${type}"${op && op !== 'between' ? ` operator="${op}"` : ''} allowBlank="1"` +
    `${s.allowInvalid ? ' errorStyle="warning"' : ''} showErrorMessage="${s.allowInvalid ? 0 : 1}"` +
    `${s.helpText ? ` showInputMessage="1" prompt="${escapeXml(s.helpText)}"` : ''} sqref="${sqref}"`;
  return `<dataValidation${attrsXml}>${formulas.map((f, i) => `<formula${i + 1}>${f}</formula${i + 1}>`).join('')}</dataValidation>`;
}

function byRow<T>(g: Grid<T>): Map<number, [number, T][]> {
  const out = new Map<number, [number, T][]>();
  for (const [r, c, v] of g.cells()) {
    let l = out.get(r);
    if (!l) out.set(r, (l = []));
    l.push([c, v]);
  }
  return out;
}

function vml(notes: [number, number][]): string {
  const shapes = notes
    .map(
      ([r, c], i) =>
        `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`,
    )
    .join('');
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `${shapes}</xml>`
  );
}

/** Collects UTF-8 text in a 1 MiB buffer and hands each full one on (to a zip entry). */
class ByteSink {
  private buf = Buffer.allocUnsafe(1 << 20);
  private pos = 0;
  constructor(private readonly emit: (b: Buffer) => void) {}

  write(s: string): void {
    // a UTF-16 unit is at most 3 bytes of UTF-8
    if (this.pos + s.length * 3 > this.buf.length) {
      this.flush();
      if (s.length * 3 > this.buf.length) {
        this.emit(Buffer.from(s, 'utf8'));
        return;
      }
    }
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  flush(): void {
    if (!this.pos) return;
    this.emit(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(1 << 20);
    this.pos = 0;
  }
}

interface Written {
  part: string;
  extra: { part: string; type: string }[];
  vml: string[];
}

/** Writes one sheet's part (and its comments, VML and rels); returns the parts it made. */
function writeSheet(
  zip: ZipWriter,
  m: SheetModel,
  part: string,
  free: (base: string, ext: string) => string,
  styles: Styles,
  sst: SharedStrings,
  date1904: boolean,
  selected: boolean,
  page: PageSetup | undefined,
): Written {
  const runs = styleRuns(m, styles);
  const formulas = m.formulas.size ? byRow(m.formulas) : undefined;
  const notes = m.notes.size ? byRow(m.notes) : undefined;
  const links = (m.passthrough as { links?: Grid<string> }).links;
  const linkRows = links?.size ? byRow(links) : undefined;
  let lastRow = m.rows.length - 1;
  for (const rs of runs.values()) lastRow = Math.max(lastRow, rs[rs.length - 1].end - 1);
  if (formulas) for (const r of formulas.keys()) lastRow = Math.max(lastRow, r);
  if (notes) for (const r of notes.keys()) lastRow = Math.max(lastRow, r);
  lastRow = Math.min(lastRow, Math.max(m.maxRows - 1, m.rows.length - 1));
  const styledCols = [...runs.keys()];
  // per column: its style runs and how far down them the rows have got (rows are written in order)
  const runsOf: (Run<number>[] | undefined)[] = [];
  for (const [c, rs] of runs) runsOf[c] = rs;
  const ptr = new Int32Array(runsOf.length);
  const xfAt = (r: number, c: number): number => {
    const rs = runsOf[c];
    if (!rs) return 0;
    let i = ptr[c];
    while (i < rs.length && rs[i].end <= r) i++;
    ptr[c] = i;
    const run = rs[i];
    return run && run.start <= r ? run.value : 0;
  };
  // a date in a cell without a date format gets one, so it reads back as a date (-1: per cell)
  const dateXf = new Map<number, number>();
  const dateBase = date1904 ? 1462 : 0;
  const lastCol = Math.max(m.lastColIndex(), ...styledCols, 0);

  const out = zip.stream(part);
  const frozen = m.frozenRows || m.frozenCols;
  const pane = frozen
    ? `<pane${m.frozenCols ? ` xSplit="${m.frozenCols}"` : ''}${m.frozenRows ? ` ySplit="${m.frozenRows}"` : ''} topLeftCell="${colLetters(m.frozenCols + 1)}${m.frozenRows + 1}" activePane="${m.frozenRows && m.frozenCols ? 'bottomRight' : m.frozenRows ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
    : '';
  const cols = [...m.colWidths]
    .sort((a, b) => a[0] - b[0])
    .map(([c, px]) => `<col min="${c}" max="${c}" width="${pxToWidth(px).toFixed(2)}" customWidth="1"/>`)
    .join('');
  out.write(
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      (m.tabColor || page?.fitToPage
        ? `<sheetPr>${m.tabColor ? `<tabColor rgb="${hexToArgb(m.tabColor)}"/>` : ''}${page?.fitToPage ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`
        : '') +
      `<dimension ref="A1:${colLetters(lastCol + 1)}${Math.max(1, lastRow + 1)}"/>` +
      `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : '') +
      '<sheetData>',
  );
  // Rows go into a byte buffer handed to the zip every ~1 MiB: no long string of the whole sheet
  // survives from row to row (that is what made saving big sheets slow in the garbage collector).
  const sink = new ByteSink((b) => out.write(b));
  const letters: string[] = [];
  const colRef = (c: number): string => letters[c] ?? (letters[c] = colLetters(c + 1));
  for (let r = 0; r <= lastRow; r++) {
    const src = m.rows[r];
    const fr = formulas?.get(r);
    const nr = notes?.get(r);
    // the columns that have a cell in this row: a value, a style, a formula or a note
    let last = -1;
    if (src)
      for (let c = src.length - 1; c >= 0; c--)
        if (src[c] !== '' && src[c] !== undefined) {
          last = c;
          break;
        }
    for (const c of styledCols) if (c > last && xfAt(r, c)) last = c;
    if (fr) for (const [c] of fr) if (c > last) last = c;
    if (nr) for (const [c] of nr) if (c > last) last = c;
    if (last < 0) continue;
    const h = m.passthrough.rowHeights.get(r + 1);
    const rowNo = r + 1;
    let row = `<row r="${rowNo}"${h ? ` ht="${h}" customHeight="1"` : ''}>`;
    for (let c = 0; c <= last; c++) {
      const v: CellValue | undefined = src ? src[c] : undefined;
      let s = xfAt(r, c);
      const formula = fr ? fr.find((x) => x[0] === c)?.[1] : undefined;
      if ((v === undefined || v === '') && !s && !formula && !(nr && nr.some((x) => x[0] === c))) continue;
      let body = '';
      let t = '';
      if (v === undefined || v === '') {
        if (formula) body = `<f>${escapeXml(formula.slice(1))}</f>`;
      } else if (typeof v === 'number') {
        if (Number.isFinite(v)) body = `${formula ? `<f>${escapeXml(formula.slice(1))}</f>` : ''}<v>${v}</v>`;
      } else if (typeof v === 'string') {
        if (formula) {
          t = ' t="str"';
          body = `<f>${escapeXml(formula.slice(1))}</f><v>${escapeXml(v)}</v>`;
        } else {
          t = ' t="s"';
          body = `<v>${sst.id(v)}</v>`;
        }
      } else if (typeof v === 'boolean') {
        t = ' t="b"';
        body = `${formula ? `<f>${escapeXml(formula.slice(1))}</f>` : ''}<v>${v ? 1 : 0}</v>`;
      } else if (isDate(v)) {
        let d = dateXf.get(s);
        if (d === undefined) {
          const code = s ? styleCode(styles, s) : undefined;
          d = code && isDateFormat(code) ? s : s ? -1 : styles.xf({ numFmt: 'yyyy-mm-dd' });
          dateXf.set(s, d);
        }
        s = d >= 0 ? d : dateStyleFor(styles, m, r, c);
        body = `${formula ? `<f>${escapeXml(formula.slice(1))}</f>` : ''}<v>${instantToSerial(v) - dateBase}</v>`;
      }
      row += `<c r="${colRef(c)}${rowNo}"${s ? ` s="${s}"` : ''}${t}${body ? `>${body}</c>` : '/>'}`;
    }
    sink.write(`${row}</row>`);
  }
  sink.flush();
  out.write('</sheetData>');
  if (m.protections.some((p) => p.type === 'SHEET' && !p.warningOnly))
    out.write('<sheetProtection sheet="1" objects="1" scenarios="1" selectLockedCells="0" selectUnlockedCells="0"/>');
  if (m.passthrough.merges.length)
    out.write(
      `<mergeCells count="${m.passthrough.merges.length}">${m.passthrough.merges.map((x) => `<mergeCell ref="${x}"/>`).join('')}</mergeCells>`,
    );
  for (const cf of m.passthrough.conditionalFormattings) if (typeof cf === 'string') out.write(cf);
  const dvs: string[] = [];
  for (const [c, run] of m.validations.runs()) {
    const col = colLetters(c + 1);
    const sqref = run.end - run.start > 1 ? `${col}${run.start + 1}:${col}${run.end}` : `${col}${run.start + 1}`;
    const x = validationXml(run.value, sqref, date1904);
    if (x) dvs.push(x);
  }
  if (dvs.length) out.write(`<dataValidations count="${dvs.length}">${dvs.join('')}</dataValidations>`);
  const rels: string[] = [];
  if (linkRows) {
    const hl: string[] = [];
    for (const [r, list] of linkRows)
      for (const [c, url] of list) {
        const id = `rIdL${rels.length + 1}`;
        rels.push(
          `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`,
        );
        hl.push(`<hyperlink ref="${colLetters(c + 1)}${r + 1}" r:id="${id}"/>`);
      }
    out.write(`<hyperlinks>${hl.join('')}</hyperlinks>`);
  }
  out.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  // Print layout (../print-setup.ts): a generated sheet's, or the network's meeting board's.
  if (page) {
    out.write(
      `<pageSetup${page.paperSize !== undefined ? ` paperSize="${Number(page.paperSize)}"` : ''}` +
        `${page.orientation === 'landscape' || page.orientation === 'portrait' ? ` orientation="${page.orientation}"` : ''}` +
        `${page.fitToWidth !== undefined ? ` fitToWidth="${Number(page.fitToWidth)}"` : ''}` +
        `${page.fitToHeight !== undefined ? ` fitToHeight="${Number(page.fitToHeight)}"` : ''}/>`,
    );
    if (page.header || page.footer)
      out.write(
        '<headerFooter>' +
          (page.header ? `<oddHeader>${escapeXml(page.header)}</oddHeader>` : '') +
          (page.footer ? `<oddFooter>${escapeXml(page.footer)}</oddFooter>` : '') +
          '</headerFooter>',
      );
  }
  const extra: { part: string; type: string }[] = [];
  const vmlParts: string[] = [];
  if (m.notes.size) {
    const commentsPart = free('xl/comments', '.xml');
    const vmlPart = free('xl/drawings/vmlDrawing', '.vml');
    const cells = [...m.notes.cells()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    zip.add(
      commentsPart,
      `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors><author>welfare-fund</author></authors><commentList>` +
        cells
          .map(
            ([r, c, text]) =>
              `<comment ref="${colLetters(c + 1)}${r + 1}" authorId="0"><text><t xml:space="preserve">${escapeXml(text)}</t></text></comment>`,
          )
          .join('') +
        '</commentList></comments>',
    );
    zip.add(vmlPart, vml(cells.map(([r, c]) => [r, c])));
    rels.push(`<Relationship Id="rIdC1" Type="${REL}/comments" Target="/${commentsPart}"/>`);
    rels.push(`<Relationship Id="rIdV1" Type="${REL}/vmlDrawing" Target="/${vmlPart}"/>`);
    extra.push({ part: commentsPart, type: `${CT}.comments+xml` });
    vmlParts.push(vmlPart);
    out.write('<legacyDrawing r:id="rIdV1"/>');
  }
  out.write('</worksheet>');
  out.end();
  if (rels.length) {
    const rp = relsPath(part);
    zip.add(rp, `${XML_HEAD}<Relationships xmlns="${NS_PKG_R}">${rels.join('')}</Relationships>`);
  }
  return { part, extra, vml: vmlParts };
}

/** The number format of a cellXfs entry we made or kept (for a date cell: does it show a date?). */
function styleCode(styles: Styles, xf: number): string | undefined {
  const m = /numFmtId="(\d+)"/.exec(styles.xfs[xf] ?? '');
  if (!m) return undefined;
  const id = Number(m[1]);
  return styles.numFmts.get(id) ?? [...BUILTIN_IDS].find(([, i]) => i === id)?.[0];
}

function dateStyleFor(styles: Styles, m: SheetModel, r: number, c: number): number {
  const f = m.formats;
  return styles.xf({
    numFmt: 'yyyy-mm-dd',
    background: f.background.get(r, c),
    bold: f.fontWeight.get(r, c) === 'bold',
    fontColor: f.fontColor.get(r, c),
    fontSize: f.fontSize.get(r, c),
    hAlign: f.hAlign.get(r, c),
    wrap: f.wrap.get(r, c),
    raw: f.raw.get(r, c) as RawStyle | undefined,
  });
}

// ---- the package ----------------------------------------------------------------------------------------

export interface WriteInput {
  wb: WorkbookModel;
  sheets: SheetOut[];
  definedNames: string[];
  /** the file the workbook was loaded from, when its unchanged parts may be copied */
  pkg?: XlsxPackage;
}

export interface WriteOutput {
  chunks: Buffer[];
  /** the part each sheet went to, in the order given */
  parts: string[];
  /** what the next save needs to copy from the file just written (its zip is opened by the caller) */
  pkg: Omit<XlsxPackage, 'zip'>;
}

export function writeXlsx({ wb, sheets, definedNames, pkg }: WriteInput): WriteOutput {
  const zip = new ZipWriter();
  const copy = sheets.map(
    (s) => !!pkg && !!s.model.origin && !s.model.needsWrite() && pkg.zip.has(s.model.origin.part),
  );
  const keepOld = !!pkg && copy.some(Boolean);
  const styles = new Styles(keepOld ? pkg.stylesXml : undefined);
  const sst = new SharedStrings(keepOld ? pkg.sst : []);
  const date1904 = keepOld ? pkg.date1904 : false;
  const workbookPart = pkg?.workbookPart ?? 'xl/workbook.xml';
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);

  // parts of the old file that are written anew (or dropped) rather than copied
  const drop = new Set<string>(['[Content_Types].xml', workbookPart, relsPath(workbookPart)]);
  const oldWbRels = pkg ? readRels(pkg.zip.text(relsPath(workbookPart)), workbookPart) : [];
  for (const r of oldWbRels)
    if (/\/(styles|sharedStrings|calcChain|worksheet)$/.test(r.type) && !r.external) drop.add(r.target);
  if (pkg) for (const parts of pkg.sheetParts.values()) for (const p of parts) drop.add(p);
  const kept = new Set<string>();
  sheets.forEach((s, i) => {
    if (copy[i]) for (const p of pkg!.sheetParts.get(s.model.origin!.part) ?? []) kept.add(p);
  });
  const taken = new Set<string>([...(pkg ? pkg.zip.entries.keys() : [])].filter((n) => !drop.has(n) || kept.has(n)));
  const free = (base: string, ext: string): string => {
    for (let i = 1; ; i++) {
      const name = `${base}${i}${ext}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };

  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>([
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
    ['vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing'],
  ]);
  if (pkg) for (const [ext, type] of pkg.defaults) if (!defaults.has(ext)) defaults.set(ext, type);

  // copy everything else of the old file as it was
  if (pkg) {
    for (const [name, e] of pkg.zip.entries) {
      if (drop.has(name) && !kept.has(name)) continue;
      if (name.endsWith('/')) continue;
      zip.copy(pkg.zip, e);
      const type = pkg.contentTypes.get(name);
      if (type) overrides.set(name, type);
    }
  }
  if (!pkg || !pkg.zip.has('_rels/.rels')) {
    zip.add(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_R}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPart}"/></Relationships>`,
    );
  }

  const wbRels: string[] = [];
  const sheetXml: string[] = [];
  const parts: string[] = [];
  const sheetParts = new Map<string, string[]>();
  const activeIndex = Math.min(wb.activeSheet, Math.max(0, sheets.length - 1));
  sheets.forEach((s, i) => {
    let part: string;
    if (copy[i]) {
      part = s.model.origin!.part;
      sheetParts.set(part, pkg!.sheetParts.get(part) ?? [part]);
    } else {
      part = free(`${folder}worksheets/sheet`, '.xml');
      const w = writeSheet(zip, s.model, part, free, styles, sst, date1904, i === activeIndex, s.page);
      for (const x of w.extra) overrides.set(x.part, x.type);
      sheetParts.set(part, [part, relsPath(part), ...w.extra.map((x) => x.part), ...w.vml]);
    }
    parts.push(part);
    overrides.set(part, `${CT}.worksheet+xml`);
    const id = `rIdS${i + 1}`;
    wbRels.push(`<Relationship Id="${id}" Type="${REL}/worksheet" Target="/${part}"/>`);
    sheetXml.push(
      `<sheet name="${escapeXml(s.model.name)}" sheetId="${i + 1}"${s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="${id}"/>`,
    );
  });
  // relationships of the old workbook we keep (theme, external links, ...)
  for (const r of oldWbRels) {
    if (/\/(styles|sharedStrings|calcChain|worksheet)$/.test(r.type)) continue;
    if (!r.external && !pkg?.zip.has(r.target)) continue;
    wbRels.push(
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.external ? r.target : `/${r.target}`)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    );
  }
  const stylesPart = `${folder}styles.xml`;
  const sstPart = `${folder}sharedStrings.xml`;
  if (sst.list.length) {
    sst.write(zip, sstPart, keepOld ? pkg : undefined);
    overrides.set(sstPart, `${CT}.sharedStrings+xml`);
    wbRels.push(`<Relationship Id="rIdSST" Type="${REL}/sharedStrings" Target="/${sstPart}"/>`);
  }
  const stylesXml = styles.xml();
  zip.add(stylesPart, stylesXml);
  overrides.set(stylesPart, `${CT}.styles+xml`);
  wbRels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="/${stylesPart}"/>`);
  zip.add(relsPath(workbookPart), `${XML_HEAD}<Relationships xmlns="${NS_PKG_R}">${wbRels.join('')}</Relationships>`);
  zip.add(
    workbookPart,
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      `<workbookPr${date1904 ? ' date1904="1"' : ''}/>` +
      `<bookViews><workbookView activeTab="${activeIndex}"/></bookViews>` +
      `<sheets>${sheetXml.join('')}</sheets>` +
      (definedNames.length ? `<definedNames>${definedNames.join('')}</definedNames>` : '') +
      // the cached values of formulas in rewritten sheets may be stale: recalculate on open
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  overrides.set(workbookPart, `${CT}.sheet.main+xml`);
  zip.add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      [...defaults].map(([e, t]) => `<Default Extension="${escapeXml(e)}" ContentType="${escapeXml(t)}"/>`).join('') +
      [...overrides].map(([p, t]) => `<Override PartName="/${escapeXml(p)}" ContentType="${escapeXml(t)}"/>`).join('') +
      '</Types>',
  );
  return {
    chunks: zip.finish(),
    parts,
    pkg: {
      stylesXml,
      sst: sst.list,
      sstPart: sst.list.length ? sstPart : undefined,
      contentTypes: overrides,
      defaults,
      sheetParts,
      workbookPart,
      date1904,
    },
  };
}
