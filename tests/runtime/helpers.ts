/** Helpers for runtime tests: a runtime without a bundle, or with a small hand-written one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, Runtime, RuntimeOptions } from '../../src/local/runtime';

export function tmp(prefix = 'rt-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A runtime with no bundle: use rt.globals (SpreadsheetApp, ...) directly. */
export async function bare(opts: RuntimeOptions = {}): Promise<Runtime> {
  return createRuntime({ bundlePath: null, ...opts });
}

/** A runtime whose bundle is the given source (written to a temp file, as dist/Code.js would be). */
export async function withBundle(
  source: string,
  opts: RuntimeOptions = {},
  files: Record<string, string> = {},
): Promise<Runtime> {
  const dir = tmp('bundle-');
  const bundlePath = join(dir, 'Code.js');
  writeFileSync(bundlePath, source);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return createRuntime({ bundlePath, ...opts });
}

/** Typed shortcuts to the services of a bare runtime. */
export function services(rt: Runtime) {
  const g = rt.globals as {
    SpreadsheetApp: import('../../src/local/runtime/spreadsheet-app').SpreadsheetApp;
    PropertiesService: import('../../src/local/runtime/properties').PropertiesService;
    LockService: import('../../src/local/runtime/lock').LockService;
    CacheService: import('../../src/local/runtime/cache').CacheService;
    Session: import('../../src/local/runtime/session').Session;
    Utilities: import('../../src/local/runtime/utilities').Utilities;
    HtmlService: import('../../src/local/runtime/html').HtmlService;
    DriveApp: import('../../src/local/runtime/drive').DriveApp;
    Logger: import('../../src/local/runtime/utilities').Logger;
  };
  return g;
}

/** Bangkok midnight of a calendar date (how Sheets hands back a date cell). */
export const bkk = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d) - 7 * 3600e3);
