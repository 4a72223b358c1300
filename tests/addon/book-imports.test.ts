/**
 * The workbook layer is imported from its index only (src/addon/book/README.md): a direct import
 * of one of its files fails lint (eslint.config.mjs), while the index and the layer's own
 * neighbour imports pass.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/runtime';

/** Lints `code` as if it were the file `path` (relative to the repo), with the repo's config. */
function lint(path: string, code: string): { ok: boolean; output: string } {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

test('an import of a file of src/addon/book from outside it fails lint; the index passes', () => {
  const direct = lint(
    'src/addon/forms/example.ts',
    "import { userError } from '../book/errors';\nexport const e = userError;\n",
  );
  expect(direct.ok).toBe(false);
  expect(direct.output).toMatch(/'\.\.\/book\/errors' import is restricted/);
  expect(direct.output).toMatch(/src\/addon\/book\/index\.ts/);

  const nested = lint(
    'src/addon/network/example.ts',
    "import { readBook } from '../book/read';\nexport const r = readBook;\n",
  );
  expect(nested.ok).toBe(false);

  expect(
    lint('src/addon/forms/example.ts', "import { userError } from '../book';\nexport const e = userError;\n").ok,
  ).toBe(true);
  expect(
    lint('src/addon/book/example.ts', "import { userError } from './errors';\nexport const e = userError;\n").ok,
  ).toBe(true);
}, 60000);
