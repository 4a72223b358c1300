/** The command line (`npx welfare-fund`, bin/welfare-fund.js on the BUILT bundle) run as its own process. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './runtime';

export const BIN = join(ROOT, 'bin', 'welfare-fund.js');

export interface CliRun {
  /** the exit status (null when the process was killed, e.g. by the time limit) */
  code: number | null;
  out: string;
  err: string;
}

/** A runner of `welfare-fund ARGS…` from the repo root; a slow action (network, share) gets a longer limit. */
export function cliRunner(timeoutMs = 120000): (...args: string[]) => CliRun {
  return (...args) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: timeoutMs });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
}

/** A file's SHA-256, to show a command left it byte for byte as it was. */
export const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/** How the command line refuses: a non-zero exit and one sentence on stderr that says why. */
export function expectRefusal(r: CliRun, because: string): void {
  expect(r.code).not.toBe(0);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain(because);
}
