/**
 * The offline Apps Script runtime (docs/DESIGN.md §3). See API.md beside this file for the contract.
 *
 *   const rt = await createRuntime({ workbookPath, bundlePath });
 *   rt.onOpen('NONE'); rt.call('showSidebar'); rt.callFromClient('saveDeposit', [form]); await rt.save();
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as vm from 'node:vm';
import { CacheService } from './cache';
import { ChartType } from './chart';
import { AuthModeName, ButtonName, Ctx, DriveState, UiEvent, UiRecord } from './context';
import { AdvancedDrive } from './advanced-drive';
import { AdvancedSheets } from './advanced-sheets';
import { DriveApp } from './drive';
import { RpcArgumentError } from './errors';
import { HtmlService } from './html';
import { LockKind, LockService, LockState } from './lock';
import { Metrics } from './metrics';
import { PropertiesService } from './properties';
import { toWire } from './rpc';
import { ScriptApp } from './script-app';
import { Session } from './session';
import { Spreadsheet } from './spreadsheet';
import { SpreadsheetApp } from './spreadsheet-app';
import { Ui } from './ui';
import { Logger, makeConsole, Utilities } from './utilities';
import { createScriptContext, loadBundle } from './vm';
import { WorkbookModel } from './workbook';
import { loadWorkbookFile, saveXlsx } from './xlsx';

export { WorkbookFileError, RpcArgumentError } from './errors';
export type { Metrics } from './metrics';
export type { UiEvent, ButtonName, AuthModeName, DriveState } from './context';
export { loadXlsx, saveXlsx, loadWorkbookFile } from './xlsx';
export { WorkbookModel } from './workbook';
export { Spreadsheet } from './spreadsheet';

export interface RuntimeOptions {
  /** .xlsx to load; when omitted or the file does not exist yet, an empty workbook with one sheet "Sheet1" */
  workbookPath?: string;
  /** default '<repo>/dist/Code.js'; null: no bundle (use rt.globals and rt.measure) */
  bundlePath?: string | null;
  /**
   * A folder for V8's compiled code of the bundle, keyed by a hash of its source (src/local/runtime/vm.ts):
   * a later process with the same bundle starts without compiling it again. Default: none.
   */
  compileCache?: string;
  /** where HtmlService finds '<name>.html' (default: the bundle's folder) */
  htmlDir?: string;
  /** Session.getActiveUserLocale(), default 'th' */
  locale?: string;
  /** Session.getActiveUser().getEmail(), default 'secretary@example.org' */
  userEmail?: string;
  /** clock for runtime stamps (cache expiry); the bundle's own `new Date()` is not faked */
  now?: () => Date;
  /** answers that Ui.alert/prompt take in order; default OK (or YES for YES_NO dialogs) */
  uiResponses?: ButtonName[];
  /** texts that Ui.prompt answers with, in order; default '' */
  promptTexts?: string[];
  /** the title of createAddonMenu() menus (Sheets shows the add-on's name) */
  addonName?: string;
  /**
   * The scopes the user granted. Default: the `oauthScopes` of the appsscript.json beside the bundle
   * (what clasp pushes), so a call the manifest does not cover fails as on Google; null (and the
   * default without a bundle): every call is allowed.
   */
  oauthScopes?: string[] | null;
  /**
   * The spreadsheet's own time zone (File > Settings), when it differs from the script's
   * Asia/Bangkok: e.g. 'UTC' or 'America/Los_Angeles' for a book made by someone abroad.
   */
  spreadsheetTimeZone?: string;
}

/** The manifest's oauthScopes beside a bundle, or null when there is no manifest. */
export function manifestScopes(bundlePath: string): string[] | null {
  const path = join(dirname(bundlePath), 'appsscript.json');
  if (!existsSync(path)) return null;
  const m = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: string[] };
  return m.oauthScopes ?? null;
}

export interface CallResult {
  value: unknown;
  error?: Error;
  metrics: Metrics;
  ui: UiEvent[];
  logs: string[];
}

/** The repository root: the nearest folder above this file whose package.json is ours. */
function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'welfare-fund') return dir;
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  return process.cwd();
}

export class Runtime {
  readonly ctx: Ctx;
  readonly globals: Record<string, unknown>;
  readonly locks = new LockState();
  private context: vm.Context | null = null;
  private names: string[] = [];
  /**
   * Calls so far that changed the book (metrics.bookWrites summed over operations): a caller saves
   * when this moved since its last save, and a read-only call (a sidebar, a look-up) saves nothing.
   */
  bookWritesTotal = 0;

  constructor(
    wb: WorkbookModel,
    readonly options: Omit<RuntimeOptions, 'htmlDir'> & { htmlDir: string | null },
    readonly workbookPath: string | undefined,
  ) {
    this.ctx = new Ctx(wb, {
      locale: options.locale ?? 'th',
      userEmail: options.userEmail ?? 'secretary@example.org',
      now: options.now ?? (() => new Date()),
      uiResponses: options.uiResponses ?? [],
      htmlDir: options.htmlDir,
      oauthScopes: options.oauthScopes ?? null,
    });
    const ctx = this.ctx;
    const ui = new Ui(ctx, options.addonName ?? 'กองทุนสวัสดิการชุมชน', [...(options.promptTexts ?? [])]);
    const scope = (): vm.Context => this.context ?? (this.context = createScriptContext(this.globals));
    this.globals = {
      SpreadsheetApp: new SpreadsheetApp(ctx, () => ui),
      HtmlService: new HtmlService(ctx, scope),
      PropertiesService: new PropertiesService(ctx),
      LockService: new LockService(ctx, this.locks),
      CacheService: new CacheService(ctx),
      Session: new Session(ctx),
      Utilities: new Utilities(ctx),
      Logger: new Logger(ctx),
      console: makeConsole(ctx),
      DriveApp: new DriveApp(ctx),
      // the advanced Drive service (enabled in appsscript.json for the shared summary)
      Drive: new AdvancedDrive(ctx),
      // the advanced Sheets service (Sheets API v4), for the shared figures file under drive.file
      Sheets: new AdvancedSheets(ctx),
      ScriptApp: new ScriptApp(ctx),
      Charts: Object.freeze({ ChartType }),
    };
  }

  /** Runs the bundle's source in a fresh script context. */
  loadBundleSource(source: string, filename: string, compileCache?: string): void {
    const b = loadBundle(source, filename, this.globals, compileCache);
    this.context = b.context;
    this.names = b.functionNames;
    this.ctx.ErrorCtor = b.ErrorCtor;
  }

  get spreadsheet(): Spreadsheet {
    return Spreadsheet.of(this.ctx, this.ctx.active);
  }

  get ui(): UiRecord {
    return this.ctx.ui;
  }

  /** counters of the last (or current) operation */
  get metrics(): Metrics {
    return this.ctx.meter.current;
  }

  /** spreadsheets created with SpreadsheetApp.create, by id */
  get created(): Map<string, Spreadsheet> {
    return new Map([...this.ctx.created].map(([id, wb]) => [id, Spreadsheet.of(this.ctx, wb)]));
  }

  get drive(): DriveState {
    return this.ctx.drive;
  }

  /** The person at the keyboard from now on (a second secretary opening the same fund book). */
  setActiveUser(email: string): void {
    this.ctx.userEmail = email;
  }

  get activeUser(): string {
    return this.ctx.userEmail;
  }

  /** Utilities.sleep calls, in ms */
  get sleeps(): number[] {
    return this.ctx.sleeps;
  }

  functionNames(): string[] {
    return [...this.names];
  }

  private fn(name: string): (...a: unknown[]) => unknown {
    const f = this.context ? (this.context as Record<string, unknown>)[name] : undefined;
    if (typeof f !== 'function' || !this.names.includes(name)) {
      throw new Error(`Script function not found: ${name}`);
    }
    return f as (...a: unknown[]) => unknown;
  }

  /** Runs fn as ONE operation: counters, UI events and logs start empty; our locks are released at the end. */
  measure(fn: () => unknown, authMode: AuthModeName = 'FULL'): CallResult {
    const ctx = this.ctx;
    const metrics = ctx.meter.reset();
    const ui: UiEvent[] = (ctx.opUi = []);
    const logs: string[] = (ctx.logs = []);
    ctx.authMode = authMode;
    const t0 = performance.now();
    let value: unknown;
    let error: Error | undefined;
    // Apps Script loads the whole script again for every execution (a menu item, a trigger, each
    // google.script.run call): counted for the cost model.
    metrics.bundleRuns = this.names.length > 0 ? 1 : 0;
    try {
      value = fn();
    } catch (e) {
      error = e as Error;
    } finally {
      metrics.ms = performance.now() - t0;
      this.bookWritesTotal += metrics.bookWrites;
      ctx.meter.depth = 0;
      ctx.authMode = 'FULL';
      this.locks.mine.clear();
    }
    return { value, error, metrics, ui, logs };
  }

  /** Like call() but returns the error in the result instead of throwing. */
  tryCall(name: string, ...args: unknown[]): CallResult {
    return this.measure(() => this.fn(name)(...args));
  }

  /** Runs a menu action or trigger function as one operation; rethrows its error (with .callResult). */
  call(name: string, ...args: unknown[]): CallResult {
    const r = this.tryCall(name, ...args);
    if (r.error) {
      try {
        Object.defineProperty(r.error, 'callResult', { value: r, enumerable: false, configurable: true });
      } catch {
        // a frozen error object: rethrow as is
      }
      throw r.error;
    }
    return r;
  }

  /** As google.script.run: plain arguments and results only; never throws, the error is in the result. */
  callFromClient(name: string, args: unknown[]): CallResult {
    let wireArgs: unknown[];
    try {
      if (name.endsWith('_'))
        throw new Error(
          `Script function not found: ${name} (private functions ending in _ cannot be called from the client)`,
        );
      wireArgs = (toWire(args ?? [], 'argument', 'args') as unknown[]) ?? [];
      this.fn(name);
    } catch (e) {
      const empty = this.measure(() => undefined);
      return { ...empty, error: e as Error };
    }
    const r = this.measure(() => this.fn(name)(...wireArgs));
    r.metrics.rpcCalls = 1;
    r.metrics.payloadBytes = Buffer.byteLength(JSON.stringify(wireArgs) ?? '', 'utf8');
    if (r.error) return r;
    try {
      const value = toWire(r.value, 'result', 'result');
      r.metrics.payloadBytes += Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
      return { ...r, value };
    } catch (e) {
      return { ...r, value: undefined, error: e as RpcArgumentError };
    }
  }

  /** Calls onOpen({ authMode, source, user }) as the simple trigger does. */
  onOpen(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL'): CallResult {
    return this.trigger('onOpen', authMode);
  }

  /** Calls onInstall({ authMode }) (Apps Script runs it in FULL when the add-on is installed). */
  onInstall(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL'): CallResult {
    return this.trigger('onInstall', authMode);
  }

  private trigger(name: string, authMode: AuthModeName): CallResult {
    const e: Record<string, unknown> = { authMode };
    // in AuthMode.NONE the event carries no document or user
    if (authMode !== 'NONE') {
      e.source = this.spreadsheet;
      e.user = { getEmail: () => this.ctx.userEmail };
    }
    const r = this.measure(() => this.fn(name)(e), authMode);
    if (r.error) throw Object.assign(r.error, { callResult: r });
    return r;
  }

  /** Someone else holds the lock (until released, or until a waiter waits at least releaseAfterMs). */
  holdLock(kind: LockKind, opts: { releaseAfterMs?: number } = {}): () => void {
    this.locks.foreign.set(kind, { releaseAfterMs: opts.releaseAfterMs ?? Infinity });
    return () => void this.locks.foreign.delete(kind);
  }

  holdDocumentLock(opts?: { releaseAfterMs?: number }): () => void {
    return this.holdLock('document', opts);
  }

  holdScriptLock(opts?: { releaseAfterMs?: number }): () => void {
    return this.holdLock('script', opts);
  }

  holdUserLock(opts?: { releaseAfterMs?: number }): () => void {
    return this.holdLock('user', opts);
  }

  /** Writes the active workbook (to workbookPath by default) atomically. */
  async save(path?: string): Promise<void> {
    const target = path ?? this.workbookPath;
    if (!target) throw new Error('rt.save(): no path given and the runtime was created without workbookPath');
    await saveXlsx(this.ctx.active, target);
  }

  /**
   * Saves a spreadsheet made with SpreadsheetApp.create (it has no file of its own offline).
   * plain: without the very hidden state sheets (__props, __charts), for a file handed to others.
   */
  async saveCreated(id: string, path: string, opts: { plain?: boolean } = {}): Promise<void> {
    const wb = this.ctx.created.get(id);
    if (!wb) throw new Error(`No spreadsheet with id ${id} was created in this runtime`);
    await saveXlsx(wb, path, true, opts);
  }
}

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const workbookPath = options.workbookPath ? resolve(options.workbookPath) : undefined;
  let wb: WorkbookModel;
  if (workbookPath && existsSync(workbookPath)) wb = await loadWorkbookFile(workbookPath);
  else {
    const name = workbookPath ? basename(workbookPath).replace(/\.xlsx$/i, '') : 'Untitled spreadsheet';
    wb = new WorkbookModel(WorkbookModel.newId(), name);
    wb.addSheet('Sheet1');
  }
  const bundlePath =
    options.bundlePath === null ? null : resolve(options.bundlePath ?? join(repoRoot(), 'dist', 'Code.js'));
  const htmlDir = options.htmlDir ? resolve(options.htmlDir) : bundlePath ? dirname(bundlePath) : null;
  const oauthScopes =
    options.oauthScopes !== undefined ? options.oauthScopes : bundlePath ? manifestScopes(bundlePath) : null;
  if (options.spreadsheetTimeZone) wb.timeZone = options.spreadsheetTimeZone;
  const rt = new Runtime(wb, { ...options, htmlDir, oauthScopes }, workbookPath);
  if (bundlePath) {
    if (!existsSync(bundlePath))
      throw new Error(`The add-on bundle ${bundlePath} does not exist; run "npm run build" first.`);
    rt.loadBundleSource(readFileSync(bundlePath, 'utf8'), bundlePath, options.compileCache);
  }
  return rt;
}
