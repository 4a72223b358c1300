/**
 * Writing a fund book so that a save is either all there or not there at all (docs/DESIGN.md,
 * workbook files): the new bytes go to a temporary file in the book's own folder, are flushed to the
 * disk (fsync), get the book's mode and owner, and only then replace the book with one rename. A
 * crash at any moment leaves the old book or the new one, never half a file.
 *
 * - A book that is a symlink is written through: its target is replaced, the link stays.
 * - A new book is created 600 (owner only): it holds members' names, national ids and phones.
 * - Temporary files left by an interrupted save (its process is gone) are removed on the next save.
 */
import { promises as fsp, constants as fsc } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** Mode of a book that did not exist before: only its owner may read it. */
export const NEW_BOOK_MODE = 0o600;

/** Fills the temporary file (already created, empty, mode 600) with the new content. */
export type FileFiller = (tmpPath: string) => Promise<void>;

/**
 * The real file a path names: symlinks followed (also a link whose target does not exist yet),
 * so a save replaces the target and keeps the link.
 */
export async function resolveWriteTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = await fsp.lstat(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      // A new file: the folder's own links are resolved, the name is kept.
      try {
        return join(await fsp.realpath(dirname(current)), basename(current));
      } catch {
        return current;
      }
    }
    if (!st.isSymbolicLink()) return fsp.realpath(current);
    const link = await fsp.readlink(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

const TEMP_RE = /^\.(.+)\.(\d+)\.[0-9a-z]+\.tmp$/;

/** `.<name>.<pid>.<random>.tmp` beside the file: hidden, and named after its writer's process. */
function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Temporary files of saves still running in this process, so a concurrent cleanup leaves them alone. */
const active = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of this book whose save was interrupted (their process is gone, or it is us and no save runs). */
export async function staleTempFiles(target: string): Promise<string[]> {
  const real = await resolveWriteTarget(target);
  const dir = dirname(real);
  const name = basename(real);
  let entries: string[];
  try {
    entries = await fsp.readdir(dir);
  } catch {
    return [];
  }
  const stale: string[] = [];
  for (const entry of entries) {
    const m = TEMP_RE.exec(entry);
    if (!m || m[1] !== name) continue;
    const full = join(dir, entry);
    const pid = Number(m[2]);
    if (active.has(full)) continue;
    if (pid === process.pid || !processAlive(pid)) stale.push(full);
  }
  return stale;
}

async function fsyncPath(path: string, flags: number): Promise<void> {
  const fh = await fsp.open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Replaces `target` atomically with what `fill` (or the given bytes) writes. Resolves only when the
 * new content is on the disk under the book's name.
 */
export async function writeFileAtomic(target: string, content: FileFiller | Uint8Array | string): Promise<void> {
  const real = await resolveWriteTarget(target);
  for (const old of await staleTempFiles(real)) await fsp.rm(old, { force: true });

  let before: { mode: number; uid: number; gid: number } | null = null;
  try {
    const st = await fsp.stat(real);
    before = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }

  const tmp = tempName(real);
  active.add(tmp);
  try {
    // Created 600 before any byte is written, so personal data is never readable by others, not even mid-save.
    const fh = await fsp.open(tmp, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY, NEW_BOOK_MODE);
    try {
      if (typeof content !== 'function') await fh.writeFile(content);
    } finally {
      await fh.close();
    }
    if (typeof content === 'function') await content(tmp);
    await fsyncPath(tmp, fsc.O_RDONLY);
    if (before) {
      if (
        typeof process.getuid === 'function' &&
        (before.uid !== process.getuid() || before.gid !== process.getgid?.())
      ) {
        // Only root may give a file away; an ordinary user keeps the owner anyway (the book is theirs).
        await fsp.chown(tmp, before.uid, before.gid).catch(() => undefined);
      }
      await fsp.chmod(tmp, before.mode);
    }
    await fsp.rename(tmp, real);
    // The rename itself is on the disk only once the folder is flushed.
    await fsyncPath(dirname(real), fsc.O_RDONLY).catch(() => undefined);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  } finally {
    active.delete(tmp);
  }
}
