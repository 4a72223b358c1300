/**
 * `npm ci && npm start` on a fresh clone: the playground's own folder is not in git (its books are
 * ignored and git keeps no empty folder), so the first start must make it and the demo book in it.
 * A book the user names in a folder that does not exist is refused in Thai instead of created.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbookFile } from '../../src/local/runtime';
import { SHEETS } from '../../src/core/schema';
import { startPlayground } from '../support/browser';
import { requireBuild, ROOT } from '../support/runtime';

beforeAll(requireBuild);

/** A checkout as git gives it: the project files and the build, but no playground/ folder. */
function freshCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'fresh-clone-'));
  for (const f of ['package.json', 'appsscript.json']) copyFileSync(join(ROOT, f), join(root, f));
  symlinkSync(join(ROOT, 'dist'), join(root, 'dist'));
  // copied, not linked: node would follow a link back to this checkout and find its playground/
  mkdirSync(join(root, 'dist-local'));
  for (const f of ['playground.js', 'playground-page.js'])
    copyFileSync(join(ROOT, 'dist-local', f), join(root, 'dist-local', f));
  return root;
}

test('the first start on a fresh clone makes the playground folder and serves the demo book in it', async () => {
  const root = freshCheckout();
  expect(existsSync(join(root, 'playground'))).toBe(false);
  const pg = await startPlayground(null, [], join(root, 'dist-local', 'playground.js'));
  try {
    expect(pg.url).toMatch(/^http:\/\/localhost:\d+\/\?token=/);
  } finally {
    await pg.stop();
  }
  const book = await loadWorkbookFile(join(root, 'playground', 'demo.xlsx'));
  expect(book.sheet(SHEETS.members.th)!.rows.length).toBeGreaterThan(100);
}, 240000);

test('a named book in a folder that does not exist: one Thai sentence, exit 2, no folder made', () => {
  requireBuild();
  const missing = join(mkdtempSync(join(tmpdir(), 'no-folder-')), 'typo', 'book.xlsx');
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'dist-local', 'playground.js'), '--workbook', missing, '--port', '0'],
    { encoding: 'utf8', timeout: 60000 },
  );
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe(`ไม่พบโฟลเดอร์ ${join(missing, '..')} จึงสร้างสมุดบัญชี book.xlsx ไม่ได้ (folder not found)`);
  expect(existsSync(join(missing, '..'))).toBe(false);
});
