// Builds everything from source:
//   dist/Code.js            webpack 5 + esbuild-loader, then a top-level function per entry point (what clasp pushes)
//   dist/appsscript.json    the manifest, copied
//   dist/<Page>.html        each sidebar page, one self-contained HTML file (inline JS and CSS, no CDN),
//                           holding only the catalogue texts it uses (scripts/page-messages.mjs)
//   dist-local/*.js         the Node tools: playground server, command line, benchmark (never pushed)
import {
  readFileSync,
  writeFileSync,
  mkdirSync,
  readdirSync,
  existsSync,
  rmSync,
  renameSync,
  mkdtempSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { CATALOGUE_MODULE, loadCatalogue, messageKeysUsed } from './page-messages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const distLocal = join(root, 'dist-local');
const quiet = process.argv.includes('--quiet');
const log = (...a) => quiet || console.log(...a);

mkdirSync(dist, { recursive: true });

/** Files appear whole (temp file + rename), so a test or the playground never reads half a build. */
function writeAtomic(path, content) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
const produced = new Set(['Code.js', 'appsscript.json']);
mkdirSync(distLocal, { recursive: true });

async function buildAddon() {
  const webpackOut = mkdtempSync(join(tmpdir(), 'welfare-build-'));
  const config = {
    mode: 'none',
    context: root,
    entry: './src/addon/index.ts',
    target: ['web', 'es2019'],
    devtool: false,
    output: { path: webpackOut, filename: 'Code.js', chunkFormat: false, iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019', charset: 'utf8' } }],
    },
    optimization: { minimize: false, concatenateModules: true },
    performance: { hints: false },
  };
  await new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  const bundle = readFileSync(join(webpackOut, 'Code.js'), 'utf8');
  writeAtomic(join(dist, 'Code.js'), declareEntryPoints(bundle));
  rmSync(webpackOut, { recursive: true, force: true });
  writeAtomic(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  log('built dist/Code.js');
}

/**
 * Apps Script calls only functions declared at the top level of a script file (menus, triggers,
 * google.script.run). src/addon/index.ts assigns every entry point of src/addon/registry.ts to the
 * global object; here we run the bundle once in an empty context (its top level only defines
 * things), list what it assigned, and declare each name as a top-level function. At run time the
 * bundle's assignment replaces the empty declaration, as gas-webpack-plugin's output does.
 */
function declareEntryPoints(bundle) {
  const sandbox = vm.createContext({});
  try {
    vm.runInContext(bundle, sandbox, { filename: 'Code.js' });
  } catch (err) {
    throw new Error(
      `dist/Code.js touched Apps Script while loading (its top level must only define things): ${err.message}`,
    );
  }
  const names = Object.keys(sandbox).filter((k) => typeof sandbox[k] === 'function');
  if (names.length === 0) throw new Error('dist/Code.js exposes no entry point: see src/addon/index.ts');
  for (const n of names) if (!/^[A-Za-z_$][\w$]*$/.test(n)) throw new Error(`not a function name: ${n}`);
  return names.map((n) => `function ${n}() {\n}\n`).join('') + bundle;
}

/** Inline JS must not end the <script> element early. */
const inlineScript = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/** The page's catalogue module (src/core/catalogue.ts) becomes the given texts, as plain data. */
const pageCatalogue = (texts) => ({
  name: 'page-catalogue',
  setup(b) {
    const filter = new RegExp(`^${CATALOGUE_MODULE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    b.onLoad({ filter }, () => ({ contents: `export const CATALOGUE = ${JSON.stringify(texts)};`, loader: 'js' }));
  },
});

/**
 * Each page in two passes: first without texts, to read which keys the code that survives
 * tree-shaking uses; then with exactly those texts. Texts the server sends already rendered are
 * not in the page.
 */
async function buildSidebars() {
  const pagesDir = join(root, 'sidebar', 'pages');
  const css = readFileSync(join(root, 'sidebar', 'lib', 'styles.css'), 'utf8');
  const template = readFileSync(join(root, 'sidebar', 'lib', 'page.html'), 'utf8');
  const catalogue = await loadCatalogue();
  const keys = Object.keys(catalogue);
  const bundlePage = async (file, texts) => {
    const out = await esbuild.build({
      entryPoints: [join(pagesDir, file)],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
      minify: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      legalComments: 'none',
      charset: 'utf8',
      plugins: [pageCatalogue(texts)],
    });
    return out.outputFiles[0].text;
  };
  for (const file of readdirSync(pagesDir).filter((f) => /\.tsx?$/.test(f))) {
    const page = file.replace(/\.tsx?$/, '');
    const used = messageKeysUsed(await bundlePage(file, {}), keys);
    const js = await bundlePage(file, Object.fromEntries(used.map((k) => [k, catalogue[k]])));
    const html = template
      .replace('/*STYLE*/', () => css)
      .replace('/*SCRIPT*/', () => inlineScript(js))
      .replace('%PAGE%', page);
    writeAtomic(join(dist, `${page}.html`), html);
    produced.add(`${page}.html`);
    log(`built dist/${page}.html (${Math.round(html.length / 1024)} KiB, ${used.length} texts)`);
  }
}

async function buildLocalTools() {
  const entries = {
    playground: 'src/local/playground/server.ts',
    cli: 'src/local/cli/main.ts',
    bench: 'src/local/bench/main.ts',
  };
  for (const [name, entry] of Object.entries(entries)) {
    if (!existsSync(join(root, entry))) continue;
    const out = await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile: join(distLocal, `${name}.js`),
      write: false,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'inline',
      packages: 'external',
      logLevel: 'warning',
    });
    writeAtomic(join(distLocal, `${name}.js`), out.outputFiles[0].contents);
  }
  // The playground's own page script (browser side).
  const pageEntry = join(root, 'src/local/playground/page/main.ts');
  if (existsSync(pageEntry)) {
    const out = await esbuild.build({
      entryPoints: [pageEntry],
      outfile: join(distLocal, 'playground-page.js'),
      write: false,
      bundle: true,
      platform: 'browser',
      target: 'es2019',
      format: 'iife',
      logLevel: 'warning',
    });
    writeAtomic(join(distLocal, 'playground-page.js'), out.outputFiles[0].contents);
  }
  log('built dist-local/');
}

await Promise.all([buildAddon(), buildSidebars(), buildLocalTools()]);
// What clasp pushes is exactly this build: drop pages whose source is gone.
for (const f of readdirSync(dist)) if (!produced.has(f) && !f.endsWith('.tmp')) unlinkSync(join(dist, f));
