/** Loading the BUILT add-on (dist/Code.js, exactly what clasp pushes) into the offline runtime. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type Runtime } from '../../src/local/runtime';
import { callCli } from '../../src/local/addon';

export const ROOT = join(__dirname, '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'Code.js');

export function requireBuild(): void {
  if (!existsSync(BUNDLE)) throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first)');
}

export async function loadBundle(opts: Parameters<typeof createRuntime>[0] = {}): Promise<Runtime> {
  requireBuild();
  return createRuntime({ bundlePath: BUNDLE, ...opts });
}

/** The built add-on with the demo fund made in its book, as the menu's "create demo fund" does. */
export async function demoFund(): Promise<Runtime> {
  const rt = await loadBundle();
  callCli(rt, 'createDemoFund');
  return rt;
}

export function tempDir(prefix = 'welfare-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
