import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root, found from this file whether it runs from src/ (tests) or dist-local/ (bundled). */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'appsscript.json'))) return dir;
    dir = dirname(dir);
  }
  return resolve(__dirname, '..');
}

/** The built add-on, exactly what clasp pushes. */
export function bundlePath(): string {
  return join(repoRoot(), 'dist', 'Code.js');
}
