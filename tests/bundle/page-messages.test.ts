/**
 * Each built sidebar page carries only the catalogue texts its code uses (scripts/build.mjs,
 * scripts/page-messages.mjs): none it never shows, none missing (a missing one would throw when
 * the page renders it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE } from '../../src/core/catalogue';
import { ROOT } from '../support/runtime';

type Report = Record<string, { bundled: string[]; used: string[] }>;

const report = (files: string[]): Report =>
  JSON.parse(execFileSync('node', [join(ROOT, 'scripts', 'page-messages.mjs'), ...files], { encoding: 'utf8' }));

const pages = readdirSync(join(ROOT, 'dist'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(ROOT, 'dist', f));

test('the reading of a script: literal keys and the fixed start of a built key are uses, property names are not', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'page-messages-')), 'page.js');
  writeFileSync(
    file,
    [
      'var C={"about.rows":{th:"a",en:"b"},"app.name":{th:"c",en:"d"}};',
      't("about.title");',
      't(`severity.${s}`);',
      't("status."+x);',
      'var notAUse={"menu.check":1};',
    ].join('\n'),
  );
  const r = report([file])[file];
  expect(r.bundled).toEqual(['about.rows', 'app.name', 'menu.check']);
  const starting = (p: string) => Object.keys(CATALOGUE).filter((k) => k.startsWith(p));
  expect(starting('severity.').length).toBeGreaterThan(1);
  expect(r.used).toEqual(['about.title', ...starting('severity.'), ...starting('status.')].sort());
});

test('every page carries exactly the texts it uses, as the catalogue has them', () => {
  expect(pages.length).toBeGreaterThanOrEqual(9);
  const all = Object.keys(CATALOGUE).length;
  for (const [file, { bundled, used }] of Object.entries(report(pages))) {
    const page = file.replace(/.*\//, '');
    expect([page, bundled.filter((k) => !used.includes(k))]).toEqual([page, []]);
    expect([page, used.filter((k) => !bundled.includes(k))]).toEqual([page, []]);
    expect([page, used.length > 0, used.length < all / 4]).toEqual([page, true, true]);
    // The page's copy is the catalogue's text (the build does not keep a stale list).
    const html = readFileSync(file, 'utf8');
    const plain = (used as (keyof typeof CATALOGUE)[]).filter(
      (k) => !/["'`\\]/.test(CATALOGUE[k].th + CATALOGUE[k].en),
    );
    expect(plain.length).toBeGreaterThan(0);
    for (const k of plain) expect(html).toContain(CATALOGUE[k].th);
  }
});
