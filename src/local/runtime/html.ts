/** HtmlService: HTML outputs and templates with <?= ?>, <?!= ?> and <? ?> scriptlets. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

const escapeHtml = (s: unknown): string =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

export class HtmlOutput
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.HTML.HtmlOutput,
      | 'setTitle'
      | 'getTitle'
      | 'setWidth'
      | 'getWidth'
      | 'setHeight'
      | 'getHeight'
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
    >
{
  _title = '';
  _width = 600;
  _height = 425;
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  _meta: { name: string; content: string }[] = [];

  constructor(
    ctx: Ctx,
    public _content: string,
  ) {
    super(ctx);
  }

  setTitle(title: string): HtmlOutput {
    this._title = String(title);
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setWidth(width: number): HtmlOutput {
    this._width = width;
    return this;
  }

  getWidth(): number {
    return this._width;
  }

  setHeight(height: number): HtmlOutput {
    this._height = height;
    return this;
  }

  getHeight(): number {
    return this._height;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): HtmlOutput {
    this._content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this._content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this._content += escapeHtml(addedContent);
    return this;
  }

  clear(): HtmlOutput {
    this._content = '';
    return this;
  }

  setSandboxMode(mode: string): HtmlOutput {
    this._sandbox = String(mode);
    return this;
  }

  getSandboxMode(): string {
    return this._sandbox;
  }

  setXFrameOptionsMode(mode: string): HtmlOutput {
    this._xframe = String(mode);
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    void iconUrl;
    return this;
  }
}

/** Compiles scriptlets to a function run inside the script's global scope (so templates may call its functions). */
function compileTemplate(source: string): string {
  let body = "var __out = '';\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    body += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === '=') body += `__out += __esc(${m[2]});\n`;
    else if (m[1] === '!=') body += `__out += String(${m[2]});\n`;
    else body += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  body += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return `(function (__data, __esc) { with (__data) {\n${body}\n} })`;
}

export class HtmlTemplate extends ServiceObject {
  [variable: string]: unknown;

  constructor(
    ctx: Ctx,
    readonly _source: string,
    readonly _scope: () => vm.Context,
  ) {
    super(ctx);
  }

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    return compileTemplate(this._source);
  }

  evaluate(): HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!k.startsWith('_')) data[k] = this[k];
    const fn = vm.runInContext(compileTemplate(this._source), this._scope()) as (
      d: object,
      e: typeof escapeHtml,
    ) => string;
    return new HtmlOutput(this._ctx, fn(data, escapeHtml));
  }
}

export class HtmlService extends ServiceObject implements Gas<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    ctx: Ctx,
    readonly _scope: () => vm.Context,
  ) {
    super(ctx);
  }

  _read(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const path = this._ctx.htmlDir ? join(this._ctx.htmlDir, `${name}.html`) : null;
    if (!path || !existsSync(path)) throw this._ctx.error(`No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  }

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this._ctx, html === undefined ? '' : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._ctx, this._read(filename));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this._ctx, String(html), this._scope);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this._ctx, this._read(filename), this._scope);
  }
}

instrument(HtmlOutput);
instrument(HtmlTemplate);
instrument(HtmlService);
