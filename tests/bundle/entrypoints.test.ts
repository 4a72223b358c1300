/** The built dist/Code.js as Apps Script sees it: top-level entry points and the add-on menu. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'acorn';
import { join } from 'node:path';
import { BUNDLE, ROOT, loadBundle } from '../support/runtime';
import { callMenu, callRpc } from '../../src/local/addon';

function sidebarCalls(): string[] {
  // Every server function a sidebar page calls through the typed wrapper: call('name', ...)
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f.name))
        for (const m of readFileSync(p, 'utf8').matchAll(/\bcall\(\s*'(\w+)'/g)) names.add(m[1]);
    }
  };
  walk(join(ROOT, 'sidebar'));
  return [...names];
}

describe('dist/Code.js', () => {
  test('defines onOpen and onInstall as top-level functions', async () => {
    const rt = await loadBundle();
    expect(rt.functionNames()).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
  });

  test('every function a menu item names exists at top level', async () => {
    const rt = await loadBundle();
    rt.onOpen('FULL');
    const items = rt.ui.menus
      .flatMap((m) => m.items)
      .filter((i): i is { label: string; functionName: string } => 'functionName' in i);
    expect(items.length).toBeGreaterThanOrEqual(2);
    const missing = items.map((i) => i.functionName).filter((fn) => !rt.functionNames().includes(fn));
    expect(missing).toEqual([]);
  });

  test('every function a sidebar calls through google.script.run exists and is public', async () => {
    const rt = await loadBundle();
    const calls = sidebarCalls();
    expect(calls).toEqual(expect.arrayContaining(['getClientContext', 'getAboutInfo']));
    const missing = calls.filter((fn) => !rt.functionNames().includes(fn) || fn.endsWith('_'));
    expect(missing).toEqual([]);
  });

  test('every sidebar page the add-on opens is shipped next to Code.js', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    const pages = [...code.matchAll(/showSidebar\("(\w+)"/g)].map((m) => m[1]);
    const shipped = readdirSync(join(ROOT, 'dist'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.replace(/\.html$/, ''));
    expect(pages.length).toBeGreaterThan(0);
    expect(shipped).toEqual(expect.arrayContaining(pages));
  });

  test('is ES2019 syntax, which Apps Script V8 runs (a newer construct fails to parse)', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(() => parse(code, { ecmaVersion: 2019 })).not.toThrow();
    // The parser does reject what ES2019 lacks:
    expect(() => parse('const a = b?.c ?? 1;', { ecmaVersion: 2019 })).toThrow();
  });

  test('uses nothing of Node (Apps Script has no require, process or Buffer)', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\./);
  });

  test('the manifest ships with it: V8, Asia/Bangkok, explicit scopes', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining(['https://www.googleapis.com/auth/spreadsheets.currentonly']),
    );
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });
});

describe('the add-on menu', () => {
  test.each(['NONE', 'FULL'] as const)('is built in AuthMode.%s with Thai labels and touches no data', async (mode) => {
    const rt = await loadBundle({ locale: 'th' });
    const result = rt.onOpen(mode);
    expect(result.error).toBeUndefined();
    expect(rt.ui.menus).toHaveLength(1);
    const labels = rt.ui.menus[0].items.filter((i) => 'label' in i).map((i) => (i as { label: string }).label);
    expect(labels).toEqual(expect.arrayContaining(['เกี่ยวกับสมุดบัญชีนี้', 'ตั้งค่าสมุดบัญชีกองทุน']));
    expect(result.metrics.cellsRead).toBe(0);
  });

  test('speaks English when the user locale is not Thai', async () => {
    const rt = await loadBundle({ locale: 'en_US' });
    rt.onOpen('NONE');
    const labels = rt.ui.menus[0].items.filter((i) => 'label' in i).map((i) => (i as { label: string }).label);
    expect(labels).toEqual(expect.arrayContaining(['About this fund book', 'Set up the fund book']));
  });

  test('onInstall builds the same menu', async () => {
    const rt = await loadBundle();
    // eslint-disable-next-line no-restricted-syntax -- by name, as Apps Script fires it; the event is a stand-in, not a full AddonOnInstall
    rt.call('onInstall', { authMode: 'FULL' });
    expect(rt.ui.menus).toHaveLength(1);
    expect(rt.ui.menus[0].items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the About sidebar', () => {
  test('opens from the menu and its server function reports the sheets', async () => {
    const rt = await loadBundle();
    const opened = callMenu(rt, 'showAboutSidebar');
    const sidebar = opened.ui.find((e) => e.type === 'sidebar');
    expect(sidebar).toBeDefined();
    expect(sidebar && 'html' in sidebar ? sidebar.html : '').toContain('<main id="app"');
    const about = callRpc(rt, 'getAboutInfo');
    expect(about.error).toBeUndefined();
    const info = about.value;
    expect(info.isSetUp).toBe(false);
    expect(info.sheets.map((s) => s.name)).toContain('Sheet1');
  });
});
