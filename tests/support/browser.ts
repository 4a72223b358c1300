/**
 * Browser tests drive Debian's Chromium with playwright-core (no browser download works here).
 * Without Chromium they are reported as skipped, with the reason in the test name, except under CI,
 * where a missing browser is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import type { Runtime } from '../../src/local/runtime';
import { requireBuild } from './runtime';
import { skipBecause } from './skip';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

type TestFn = () => Promise<void>;

/** `test` when Chromium is there; otherwise a skipped test that says why (a failure under CI). */
export function browserTest(name: string, fn: TestFn, timeout = 120000): void {
  if (hasChromium) test(name, fn, timeout);
  else skipBecause(name, `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
}

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export interface Playground {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built playground on a free port with the given workbook (null: its own default book)
 * and options such as --demo; resolves with its URL. `script` runs another copy of the build.
 */
export function startPlayground(
  workbook: string | null,
  args: string[] = [],
  script = join(__dirname, '..', '..', 'dist-local', 'playground.js'),
): Promise<Playground> {
  const root = join(__dirname, '..', '..');
  const proc = spawn(
    process.execPath,
    [script, ...(workbook === null ? [] : ['--workbook', workbook]), '--port', '0', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    // A first start makes the demo fund (34,000 rows): minutes on a loaded machine.
    const timer = setTimeout(() => reject(new Error(`playground did not start: ${out} ${err}`)), 180000);
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/localhost:\d+\/\S*)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          proc,
          stop: () =>
            new Promise((ok) => {
              proc.once('exit', () => ok());
              proc.kill('SIGTERM');
            }),
        });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`playground exited with ${code}: ${err || out}`));
    });
  });
}

/** The playground's API, with the key its address carries (as the page sends it). */
export async function playgroundApi<T>(pg: Playground, path: string): Promise<T> {
  const base = new URL(pg.url);
  const res = await fetch(new URL(path, base.origin), {
    headers: { 'x-playground-token': base.searchParams.get('token') ?? '' },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Every row of one tab as the playground shows it (display text), read a block at a time. */
export async function playgroundRows(pg: Playground, name: string): Promise<string[][]> {
  const book = await playgroundApi<{ sheets: { id: number; name: string; totalRows: number }[] }>(pg, '/api/book');
  const sheet = book.sheets.find((x) => x.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: string[][] = [];
  while (rows.length < sheet.totalRows) {
    const block = await playgroundApi<{ texts: string[][] }>(
      pg,
      `/api/rows?sheet=${sheet.id}&from=${rows.length + 1}&count=500`,
    );
    if (!block.texts.length) break;
    rows.push(...block.texts);
  }
  return rows;
}

export interface OpenPlayground {
  pg: Playground;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * A book saved to a temp .xlsx, the playground serving it, and one page showing it (a page of an
 * explicit context, which @axe-core/playwright needs). One per test file: starting is the slow part.
 */
export async function openPlayground(
  rt: Runtime,
  prefix: string,
  extra: { args?: string[]; firstTab?: string } = {},
): Promise<OpenPlayground> {
  const workbook = join(mkdtempSync(join(tmpdir(), prefix)), 'book.xlsx');
  await rt.save(workbook);
  const pg = await startPlayground(workbook, extra.args ?? []);
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(pg.url);
  await page.getByRole('tab', { name: extra.firstTab ?? 'สมาชิก', exact: true }).waitFor();
  return {
    pg,
    browser,
    page,
    close: async () => {
      await browser.close();
      await pg.stop();
    },
  };
}

/** What a test file's playground serves: a book, or a book and the playground's extra arguments. */
export type PlaygroundBook = Runtime | { rt: Runtime; args: string[]; firstTab?: string };

/**
 * One playground for a whole test file (starting is the slow part): opened on the book `makeBook`
 * returns before the file's first test, when Chromium is there, and closed after its last.
 * `opened` receives the page and the playground for the tests to use.
 */
export function playgroundForFile(
  prefix: string,
  makeBook: () => Promise<PlaygroundBook>,
  opened: (open: OpenPlayground) => void,
  timeoutMs = 120000,
): void {
  let open: OpenPlayground | undefined;
  beforeAll(async () => {
    if (!hasChromium) return;
    requireBuild();
    const book = await makeBook();
    open = 'rt' in book ? await openPlayground(book.rt, prefix, book) : await openPlayground(book, prefix);
    opened(open);
  }, timeoutMs);
  afterAll(async () => {
    await open?.close();
  });
}

/** The add-on menu's buttons that open the secretary's forms. */
export const FORM_MENU = {
  members: 'สมาชิก (สมัคร/แก้ไข/ลาออก)',
  deposit: 'รับเงินฝาก',
  collection: 'วันเก็บเงิน',
  welfare: 'ขอรับสวัสดิการ',
  lookup: 'ค้นหาสมาชิก',
};

/**
 * Opens a sidebar from the add-on menu button `label` and returns its frame once the NEW page
 * (not the previous form, which may show the same heading) shows its level-1 heading (`label`
 * unless the page's own heading differs).
 */
export async function openSidebarForm(page: Page, label: string, heading = label): Promise<Frame> {
  const loaded = page.waitForEvent('framenavigated', {
    predicate: (f) => f !== page.mainFrame() && /\/sidebar\/\d+(\?|$)/.test(f.url()),
  });
  await page.getByRole('button', { name: label, exact: true }).click();
  const frame = await loaded;
  await frame.getByRole('heading', { level: 1, name: heading }).waitFor();
  return frame;
}

/** Picks a member in the combobox `label` by typing and choosing the first option with the keyboard. */
export async function pickMember(frame: Frame, label: string, typed: string): Promise<void> {
  const box = frame.getByRole('combobox', { name: label });
  await box.fill(typed);
  await frame.getByRole('listbox', { name: label }).getByRole('option').first().waitFor();
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
}
