/**
 * Our own lock file beside the book, `.NAME.welfare-fund-lock`, so the playground and the command
 * line never write the same book at once. It holds the writer's pid, host and program name; it is
 * made by hard-linking a finished temporary file (atomic: exactly one writer wins) and removed when
 * the writer is done. A lock whose process no longer runs on this machine (killed, crashed) is taken
 * over.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { busySentence, type BookBusyReason } from './messages';

export interface LockOwner {
  pid: number;
  host: string;
  program: string;
  since: string;
}

export function lockFileFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.welfare-fund-lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockFile: string): Promise<{ owner: LockOwner | null; text: string } | null> {
  let text: string;
  try {
    text = await fsp.readFile(lockFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    return { owner: JSON.parse(text) as LockOwner, text };
  } catch {
    return { owner: null, text };
  }
}

/** A lock nobody holds any more: its process is gone (same machine), or its content is unreadable. */
function isStale(owner: LockOwner | null): boolean {
  if (!owner || typeof owner.pid !== 'number') return true;
  return owner.host === hostname() && owner.pid !== process.pid && !alive(owner.pid);
}

/** Another writer or another program has the book: `message` is the one sentence to show. */
export class BookBusyError extends Error {
  constructor(readonly reason: BookBusyReason) {
    super(busySentence(reason));
    this.name = 'BookBusyError';
  }
}

export interface BookLock {
  readonly lockFile: string;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
  releaseSync(): void;
}

/**
 * Takes the lock on the book whose real path (symlinks resolved) is `realPath`, or throws
 * BookBusyError naming the process that holds it.
 */
export async function acquireBookLock(realPath: string, program: string): Promise<BookLock> {
  const lockFile = lockFileFor(realPath);
  const me: LockOwner = { pid: process.pid, host: hostname(), program, since: new Date().toISOString() };
  const mine = JSON.stringify(me);
  const tmp = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fsp.writeFile(tmp, mine, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await fsp.link(tmp, lockFile);
        return makeLock(lockFile, mine);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const held = await readOwner(lockFile);
      if (!held) continue; // released meanwhile: try again
      if (!isStale(held.owner)) {
        const o = held.owner as LockOwner;
        throw new BookBusyError({ kind: 'writer', file: realPath, lockFile, pid: o.pid, program: o.program });
      }
      // Take over a dead writer's lock: move it aside, and only if what moved is the stale lock we read
      // (another process may have taken it over a moment ago) go on; otherwise put it back.
      const aside = `${lockFile}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
      try {
        await fsp.rename(lockFile, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      const moved = await fsp.readFile(aside, 'utf8');
      if (moved === held.text) await fsp.rm(aside, { force: true });
      else {
        await fsp.link(aside, lockFile).catch(() => undefined);
        await fsp.rm(aside, { force: true });
      }
    }
    const held = await readOwner(lockFile);
    const o = held?.owner ?? { pid: 0, program: 'welfare-fund' };
    throw new BookBusyError({ kind: 'writer', file: realPath, lockFile, pid: o.pid, program: o.program });
  } finally {
    await fsp.rm(tmp, { force: true });
  }
}

function makeLock(lockFile: string, mine: string): BookLock {
  let released = false;
  return {
    lockFile,
    async release() {
      if (released) return;
      released = true;
      const held = await readOwner(lockFile).catch(() => null);
      if (held?.text === mine) await fsp.rm(lockFile, { force: true });
    },
    releaseSync() {
      if (released) return;
      released = true;
      try {
        if (readFileSync(lockFile, 'utf8') === mine) rmSync(lockFile, { force: true });
      } catch {
        // already gone
      }
    },
  };
}
