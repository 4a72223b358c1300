/**
 * Has the book changed on disk since we last read or wrote it? Size and times are compared first
 * (cheap); only when they moved is the content hashed, so a `touch` or a copy of the same bytes is
 * not taken for an edit, and a same-size edit within one clock tick is still caught by the inode
 * and change time that every save by rename gives a new value.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fsp } from 'node:fs';

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** sha-256 of the content, computed lazily */
  hash?: string;
}

export async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** The file's fingerprint now, or null when it does not exist. */
export async function fingerprint(path: string, withHash = false): Promise<Fingerprint | null> {
  let st;
  try {
    st = await fsp.stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const fp: Fingerprint = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
  if (withHash) fp.hash = await hashFile(path);
  return fp;
}

const sameStat = (a: Fingerprint, b: Fingerprint) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * Whether the file at `path` still holds what `known` describes. Updates `known`'s times when only
 * they moved (same bytes), so the hash is not recomputed next time.
 */
export async function unchangedSince(path: string, known: Fingerprint | null): Promise<boolean> {
  const now = await fingerprint(path);
  if (!known || !now) return known === now;
  if (sameStat(known, now)) return true;
  if (known.size !== now.size) return false;
  const hash = await hashFile(path);
  if (known.hash === undefined || hash !== known.hash) return false;
  Object.assign(known, now, { hash });
  return true;
}
