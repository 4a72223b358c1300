/**
 * Loads the bundle (dist/Code.js) into a node:vm context whose global object holds the services, as
 * Apps Script does: top-level function declarations become properties of the global (that is how menu
 * items and google.script.run find them). The context has no require, process or module.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';

export interface LoadedBundle {
  context: vm.Context;
  functionNames: string[];
  /** the bundle realm's Error, so errors we throw pass `instanceof Error` inside the script */
  ErrorCtor: ErrorConstructor;
}

export function createScriptContext(globals: Record<string, unknown>): vm.Context {
  // Share the host Date so Dates from getValues() pass `instanceof Date` inside the script and vice versa.
  return vm.createContext({ ...globals, Date });
}

export function loadBundle(
  source: string,
  filename: string,
  globals: Record<string, unknown>,
  compileCache?: string,
): LoadedBundle {
  const context = createScriptContext(globals);
  const script = compileCache ? cachedScript(source, filename, compileCache) : new vm.Script(source, { filename });
  script.runInContext(context);
  const own = new Set([...Object.keys(globals), 'Date']);
  const functionNames = Object.keys(context).filter(
    (k) => !own.has(k) && typeof (context as Record<string, unknown>)[k] === 'function',
  );
  const ErrorCtor = vm.runInContext('Error', context) as ErrorConstructor;
  return { context, functionNames, ErrorCtor };
}

/**
 * The bundle compiled with V8's code cache from `dir`. The cache file is named by a hash of the
 * source and this node's version, so a changed bundle never meets old code (V8 itself only checks
 * the length); V8 rejects a cache from other flags. Without a usable cache the code compiled by the
 * time the process exits (the functions this run called) is written for the next one. The cache is
 * only ever a speed-up: any failure to read or write it is ignored.
 */
function cachedScript(source: string, filename: string, dir: string): vm.Script {
  const key = createHash('sha256').update(process.version).update('\0').update(source).digest('hex').slice(0, 32);
  const file = join(dir, `bundle-${key}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    if (!toSave) process.once('exit', saveCache);
    toSave = { script, dir, file };
  }
  return script;
}

let toSave: { script: vm.Script; dir: string; file: string } | undefined;

function saveCache(): void {
  if (!toSave) return;
  const { script, dir, file } = toSave;
  toSave = undefined;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, file);
    // caches of earlier bundles are never read again
    for (const f of readdirSync(dir))
      if (f.startsWith('bundle-') && join(dir, f) !== file && !f.endsWith('.tmp')) unlinkSync(join(dir, f));
  } catch {
    // a read-only or full disk only means the next start compiles again
  }
}
