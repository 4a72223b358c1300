/**
 * No import cycles (value or type) in src/core, src/addon and sidebar: each module can be read
 * after the ones it imports, and a split never needs a comment saying "the cycle is safe".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/runtime';

const LAYERS = ['src/core', 'src/addon', 'sidebar'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f)) ?? null;
}

/** Every cycle met by a depth-first walk, as the chain of files that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    graph.set(
      file,
      importedFiles.map((i) => resolveImport(file, i.fileName)).filter((f): f is string => f !== null),
    );
  }
  return graph;
}

test('the walk finds a cycle through a type-only import, and none in a chain', () => {
  const a = join(ROOT, 'a.ts');
  const b = join(ROOT, 'b.ts');
  const c = join(ROOT, 'c.ts');
  expect(
    cycles(
      new Map([
        [a, [b]],
        [b, [c]],
        [c, []],
      ]),
    ),
  ).toEqual([]);
  expect(
    cycles(
      new Map([
        [a, [b]],
        [b, [c]],
        [c, [b]],
      ]),
    ),
  ).toEqual([[b, c, b]]);
});

test('src/core, src/addon and sidebar import without cycles', () => {
  const files = LAYERS.flatMap((d) => sources(join(ROOT, d)));
  expect(files.length).toBeGreaterThan(100);
  const graph = importGraph(files);
  // The graph sees type-only imports too: dates.ts takes its Parsed type from parsed.ts, not parse.ts.
  expect(graph.get(join(ROOT, 'src/core/dates.ts'))).toContain(join(ROOT, 'src/core/parsed.ts'));
  expect(cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' -> '))).toEqual([]);
});
