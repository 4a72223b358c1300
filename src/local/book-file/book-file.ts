/**
 * One fund book on disk as the playground and the command line share it: the real file behind the
 * name (symlinks followed), our lock beside it, what we last read or wrote (to notice an edit made
 * elsewhere), and a save that refuses rather than overwrites. The bytes go through safe-write.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveWriteTarget } from '../runtime/safe-write';
import { fingerprint, unchangedSince, type Fingerprint } from './fingerprint';
import { acquireBookLock, BookBusyError, type BookLock } from './lock';
import { changedOnDiskSentence } from './messages';
import { openInOtherProgram } from './other-programs';

/** The file changed on disk since we read it: saving now would overwrite someone else's edit. */
export class BookChangedError extends Error {
  constructor(readonly path: string) {
    super(changedOnDiskSentence(path));
    this.name = 'BookChangedError';
  }
}

export class BookFile {
  private lock: BookLock | null = null;
  private known: Fingerprint | null = null;

  private constructor(
    /** the path as the user gave it (absolute) */
    readonly path: string,
    /** the file a save replaces (symlinks followed) */
    readonly realPath: string,
    /** who we are, written into our lock file: "playground", "welfare-fund check", ... */
    readonly program: string,
  ) {}

  static async at(path: string, program: string): Promise<BookFile> {
    const abs = resolve(path);
    return new BookFile(abs, await resolveWriteTarget(abs), program);
  }

  exists(): boolean {
    return existsSync(this.realPath);
  }

  /** The folder the book would live in exists (a new book can be created there). */
  folderExists(): boolean {
    try {
      return statSync(dirname(this.realPath)).isDirectory();
    } catch {
      return false;
    }
  }

  get locked(): boolean {
    return this.lock !== null;
  }

  /** Takes our lock beside the book; throws BookBusyError naming the other writer. */
  async takeLock(): Promise<void> {
    if (!this.lock) this.lock = await acquireBookLock(this.realPath, this.program);
  }

  async releaseLock(): Promise<void> {
    const lock = this.lock;
    this.lock = null;
    await lock?.release();
  }

  /** For process exit handlers, where nothing asynchronous runs any more. */
  releaseLockSync(): void {
    this.lock?.releaseSync();
    this.lock = null;
  }

  /** Throws BookBusyError when LibreOffice or Excel has the book open. */
  assertNotOpenElsewhere(): void {
    const other = openInOtherProgram(this.path, this.realPath);
    if (other) throw new BookBusyError(other);
  }

  /** Remember the file as it is now: what we loaded, or what we just saved. */
  async remember(): Promise<void> {
    this.known = await fingerprint(this.realPath, true);
  }

  /** Whether someone changed the file since remember(). */
  async changedOnDisk(): Promise<boolean> {
    return !(await unchangedSince(this.realPath, this.known));
  }

  /**
   * Saves with `write(path)` unless another program has the book open (BookBusyError) or the file
   * changed since we read it (BookChangedError). Resolves once the new book is on the disk.
   */
  async save(write: (path: string) => Promise<void>): Promise<void> {
    this.assertNotOpenElsewhere();
    if (await this.changedOnDisk()) throw new BookChangedError(this.path);
    await write(this.path);
    await this.remember();
  }
}
