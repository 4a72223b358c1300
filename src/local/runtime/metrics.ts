/** Per-operation counters: our stand-in for Apps Script's quota and latency costs (docs/DESIGN.md §6). */

export interface Metrics {
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  /** calls that change the workbook, UI or stored state (set*, insert*, append*, clear*, ...) */
  writeCalls: number;
  /** calls per 'Service.method', e.g. 'Range.getValues' */
  calls: Record<string, number>;
  ms: number;
}

export function emptyMetrics(): Metrics {
  return { serviceCalls: 0, cellsRead: 0, cellsWritten: 0, writeCalls: 0, calls: {}, ms: 0 };
}

/**
 * Counts only the OUTERMOST service call: when Range.setValue is implemented with internal helpers or
 * Sheet.appendRow uses a Range, the script still made one call. `depth` tracks nesting (all calls are sync).
 */
export class Meter {
  current: Metrics = emptyMetrics();
  depth = 0;

  reset(): Metrics {
    this.current = emptyMetrics();
    this.depth = 0;
    return this.current;
  }

  count(name: string, writes = false): void {
    const m = this.current;
    m.serviceCalls++;
    if (writes) m.writeCalls++;
    m.calls[name] = (m.calls[name] || 0) + 1;
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

export interface Metered {
  readonly _meter: Meter;
}

/**
 * Wraps every public prototype method of a service class so that each call from the script counts once.
 * Methods whose names start with '_' are internal and not counted.
 */
export function instrument(cls: { prototype: object; name: string }, service = cls.name): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name === 'toString' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const orig = desc.value as (...a: unknown[]) => unknown;
    const label = `${service}.${name}`;
    const writes = WRITES.test(name);
    const wrapped = function (this: Metered, ...args: unknown[]): unknown {
      const meter = this._meter;
      if (meter.depth === 0) meter.count(label, writes);
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
