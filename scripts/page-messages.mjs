// Which catalogue texts a sidebar page uses, read from the page's bundled JS (after tree-shaking,
// so a text only the server renders is not counted). scripts/build.mjs keeps exactly these texts in
// each page; run as a script, it reports what each built page holds and uses (tests/bundle checks it):
//   node scripts/page-messages.mjs dist/About.html …   → {"dist/About.html": {"bundled": [...], "used": [...]}}
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import * as acorn from 'acorn';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CATALOGUE_MODULE = join(root, 'src', 'core', 'catalogue.ts');

/** The whole catalogue, { key: { th, en } }, evaluated from src/core/catalogue.ts. */
export async function loadCatalogue() {
  const out = await esbuild.build({ entryPoints: [CATALOGUE_MODULE], bundle: true, write: false, format: 'cjs' });
  const module = { exports: {} };
  vm.runInNewContext(out.outputFiles[0].text, { module, exports: module.exports });
  return module.exports.CATALOGUE;
}

/** Every node of an acorn tree, with the property name it hangs from. */
function walk(node, visit, field = '') {
  if (!node || typeof node.type !== 'string') return;
  visit(node, field);
  for (const [k, v] of Object.entries(node)) {
    if (Array.isArray(v)) v.forEach((c) => walk(c, visit, k));
    else if (v && typeof v === 'object') walk(v, visit, k);
  }
}

/**
 * The keys a script uses: a string literal that is a key, or the fixed start of a key made at run
 * time (`status.${s}`, 'kind.' + code), which uses every key that starts so. Property names are
 * not uses (the catalogue itself is an object keyed by them).
 */
export function messageKeysUsed(js, keyList) {
  const keys = new Set(keyList);
  const used = new Set();
  const byPrefix = (prefix) => prefix !== '' && keyList.filter((k) => k.startsWith(prefix)).forEach((k) => used.add(k));
  walk(acorn.parse(js, { ecmaVersion: 'latest' }), (n, field) => {
    if (n.type === 'Literal' && typeof n.value === 'string' && field !== 'key' && keys.has(n.value)) used.add(n.value);
    if (n.type === 'TemplateLiteral' && n.expressions.length > 0) byPrefix(n.quasis[0].value.cooked);
    if (
      n.type === 'BinaryExpression' &&
      n.operator === '+' &&
      n.left.type === 'Literal' &&
      typeof n.left.value === 'string'
    )
      byPrefix(n.left.value);
  });
  return [...used].sort();
}

/** The keys of the catalogue object a page carries: an object whose property names are all keys. */
export function messageKeysBundled(js, keyList) {
  const keys = new Set(keyList);
  const found = [];
  walk(acorn.parse(js, { ecmaVersion: 'latest' }), (n) => {
    if (n.type !== 'ObjectExpression' || n.properties.length === 0) return;
    const names = n.properties.map((p) => (p.type === 'Property' && p.key.type === 'Literal' ? p.key.value : null));
    if (names.every((name) => keys.has(name))) found.push(...names);
  });
  return found.sort();
}

const scriptOf = (html) => /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? html;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const keys = Object.keys(await loadCatalogue());
  const report = {};
  for (const file of process.argv.slice(2)) {
    const js = scriptOf(readFileSync(file, 'utf8'));
    report[file] = { bundled: messageKeysBundled(js, keys), used: messageKeysUsed(js, keys) };
  }
  process.stdout.write(JSON.stringify(report));
}
