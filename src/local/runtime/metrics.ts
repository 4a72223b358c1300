/** Per-operation counters: our stand-in for Apps Script's quota and latency costs (docs/DESIGN.md §6). */

export interface Metrics {
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  /** calls that change the workbook, UI or stored state (set*, insert*, append*, clear*, ...) */
  writeCalls: number;
  /**
   * calls that changed the fund's book itself (cells, sheets, formats, notes, protections, document
   * properties, ...): what a save must write. Opening a sidebar, a toast or a lock changes none.
   */
  bookWrites: number;
  /** calls per 'Service.method', e.g. 'Range.getValues' */
  calls: Record<string, number>;
  ms: number;
  /**
   * What Google's seconds are also spent on (cost-model.ts, README "Cost model"):
   * flushes: reads of the spreadsheet after writes (Sheets commits the buffered writes first);
   * textFinderScans: TextFinder searches; propertyCalls / cacheCalls: PropertiesService and
   * CacheService reads and writes; rpcCalls and payloadBytes: google.script.run round trips and
   * what they carried (arguments + result as JSON); bundleRuns: executions, each of which loads
   * the whole script again.
   */
  flushes: number;
  textFinderScans: number;
  propertyCalls: number;
  cacheCalls: number;
  rpcCalls: number;
  payloadBytes: number;
  bundleRuns: number;
}

export function emptyMetrics(): Metrics {
  return {
    serviceCalls: 0,
    cellsRead: 0,
    cellsWritten: 0,
    writeCalls: 0,
    bookWrites: 0,
    calls: {},
    ms: 0,
    flushes: 0,
    textFinderScans: 0,
    propertyCalls: 0,
    cacheCalls: 0,
    rpcCalls: 0,
    payloadBytes: 0,
    bundleRuns: 0,
  };
}

/**
 * Calls that read what cells hold (so pending writes must be applied first); getRange, getSheets
 * and the like only make references and do not.
 */
const DATA_READ =
  /^(Range\.get(?!A1Notation$|Row$|Column$|NumRows$|NumColumns$|Sheet$|LastRow$|LastColumn$|Width$|Height$)|Range\.isBlank|Sheet\.(getLastRow|getLastColumn|getDataRange)|TextFinder\.find|Sheets\.Spreadsheets(\.Values)?\.get)/;

/** Services whose calls touch the spreadsheet's cells (their writes are buffered until a read or flush). */
const SHEET_SERVICE =
  /^(Spreadsheet|Sheet|Range|NamedRange|Protection|DataValidation|DeveloperMetadata|EmbeddedChart|TextFinder|Sheets\.Spreadsheets)(\.|$)/;

/**
 * Counts only the OUTERMOST service call: when Range.setValue is implemented with internal helpers or
 * Sheet.appendRow uses a Range, the script still made one call. `depth` tracks nesting (all calls are sync).
 */
export class Meter {
  current: Metrics = emptyMetrics();
  depth = 0;
  /** Called before each outermost service call; throws when the call is not allowed (scopes.ts). */
  guard: ((label: string) => void) | null = null;

  /** spreadsheet writes not yet committed by a read or flush */
  private pendingWrites = false;

  reset(): Metrics {
    this.current = emptyMetrics();
    this.depth = 0;
    this.pendingWrites = false;
    return this.current;
  }

  count(name: string, writes = false, bookWrite = false): void {
    const m = this.current;
    m.serviceCalls++;
    if (writes) m.writeCalls++;
    if (bookWrite) m.bookWrites++;
    m.calls[name] = (m.calls[name] || 0) + 1;
    const service = name.slice(0, name.lastIndexOf('.'));
    if (name === 'SpreadsheetApp.flush') {
      if (this.pendingWrites) m.flushes++;
      this.pendingWrites = false;
    } else if (SHEET_SERVICE.test(service)) {
      // createTextFinder only makes a search object: nothing for Sheets to commit
      if (writes && !name.endsWith('.createTextFinder')) this.pendingWrites = true;
      else if (this.pendingWrites && DATA_READ.test(name)) {
        // a read after writes: Sheets applies the buffered writes before answering
        m.flushes++;
        this.pendingWrites = false;
      }
    }
    if (service === 'TextFinder' && /^TextFinder\.(findAll|findNext|findPrevious|replaceAll|replaceWith)$/.test(name))
      m.textFinderScans++;
    if (service === 'Properties') m.propertyCalls++;
    if (service === 'Cache') m.cacheCalls++;
  }

  /** cells moved by the outermost call only */
  read(n: number): void {
    if (this.depth <= 1) this.current.cellsRead += n;
  }

  wrote(n: number): void {
    if (this.depth <= 1) this.current.cellsWritten += n;
  }
}

const WRITES =
  /^(set|insert|append|clear|delete|remove|add|protect|hide|show|rename|activate|update|put|merge|create|waitLock|tryLock|releaseLock|release|unprotect)/;

/**
 * Methods of a book's objects that leave the stored book as it was: reads, builders, finders, and the
 * view state (which sheet is active, a toast). Every other method of a book object counts as a change,
 * so a method added later is saved rather than lost.
 */
const LEAVES_BOOK =
  /^(get|is|has|can|find|to[A-Z]|toString$|offset$|new[A-Z]|create(TextFinder|DeveloperMetadataFinder)$|match|use[A-Z]|ignore[A-Z]|startFrom$|activate$|setActive|toast$)/;

export interface InstrumentOptions {
  /** the object belongs to a book that is saved to the file: its changing calls count as bookWrites */
  inBook?: (self: never) => boolean;
}

export interface Metered {
  readonly _meter: Meter;
}

/**
 * Calls that never change a sheet. Any other call on a Range, Sheet, Protection or TextFinder (or
 * with a Range argument, e.g. copyTo) marks the sheets it touches dirty, so a save rewrites them
 * and copies the rest of the file as it was (SheetModel.dirty). Erring towards dirty costs time only.
 */
const PURE =
  /^(get|is|can|has|find|to[A-Z]|valueOf|offset|createTextFinder|createDeveloperMetadataFinder|matchCase|matchEntireCell|matchFormulaText|useRegularExpression|ignoreDiacritics|startFrom|activate)/;

interface DirtyMark {
  markDirty?: () => void;
}
type Linked = { _model?: DirtyMark; _sheet?: { _model?: DirtyMark }; _range?: { _sheet?: { _model?: DirtyMark } } };

function markSheets(self: unknown, args: unknown[]): void {
  const s = self as Linked;
  (s._model ?? s._sheet?._model ?? s._range?._sheet?._model)?.markDirty?.();
  // a Range given as an argument may be written to (copyTo); a Sheet given to the Spreadsheet is not
  for (const x of args as (Linked | null | undefined)[])
    if (x && typeof x === 'object') x._sheet?._model?.markDirty?.();
}

/**
 * Wraps every public prototype method of a service class so that each call from the script counts once.
 * Methods whose names start with '_' are internal and not counted.
 */
export function instrument(
  cls: { prototype: object; name: string },
  // a bundler may rename a class (_Spreadsheet, Range2) to avoid a clash: the service keeps its name
  service = cls.name.replace(/^_+|\d+$/g, ''),
  opts: InstrumentOptions = {},
): void {
  const inBook = opts.inBook as ((self: unknown) => boolean) | undefined;
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name === 'toString' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const orig = desc.value as (...a: unknown[]) => unknown;
    const label = `${service}.${name}`;
    const writes = WRITES.test(name);
    const changesBook = inBook !== undefined && !LEAVES_BOOK.test(name);
    const pure = PURE.test(name);
    const wrapped = function (this: Metered, ...args: unknown[]): unknown {
      const meter = this._meter;
      // a call the manifest's scopes do not cover fails before it touches anything (scopes.ts)
      if (meter.depth === 0) meter.guard?.(label);
      if (!pure) markSheets(this, args);
      if (meter.depth === 0) meter.count(label, writes, changesBook && inBook(this));
      meter.depth++;
      try {
        return orig.apply(this, args);
      } finally {
        meter.depth--;
      }
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
}
