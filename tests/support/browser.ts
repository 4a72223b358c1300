/**
 * Browser tests drive Debian's Chromium with playwright-core (no browser download works here).
 * Without Chromium they are reported as skipped, with the reason in the test name, except under CI,
 * where a missing browser is a failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { skipBecause } from './skip';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

type TestFn = () => Promise<void>;

/** `test` when Chromium is there; otherwise a skipped test that says why (a failure under CI). */
export function browserTest(name: string, fn: TestFn, timeout = 120000): void {
  if (hasChromium) test(name, fn, timeout);
  else if (process.env.CI)
    test(name, () => {
      throw new Error(`Chromium is required in CI but ${CHROMIUM} is missing (apt-get install -y chromium)`);
    });
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

/** Starts the built playground on a free port with the given workbook; resolves with its URL. */
export function startPlayground(workbook: string): Promise<Playground> {
  const root = join(__dirname, '..', '..');
  const proc = spawn(
    process.execPath,
    [join(root, 'dist-local', 'playground.js'), '--workbook', workbook, '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`playground did not start: ${out} ${err}`)), 60000);
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/localhost:\d+\/)/.exec(out);
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
