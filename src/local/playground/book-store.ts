/**
 * The playground's book: opening (or creating) the .xlsx, one operation at a time, saving what an
 * operation changed BEFORE the page is answered, and reloading when another program changed the
 * file. server.ts only asks it to run calls; it never touches the file itself.
 *
 * - The playground holds our lock beside the book while it runs (book-file/lock.ts): a command-line
 *   run that would write the same book is refused instead of erasing what was confirmed here.
 * - Before each operation the file is compared with what was last read or written; an edit made
 *   elsewhere (LibreOffice, Excel) is loaded first, so it is never written over.
 * - An operation that changed the book is saved before it is answered. When the save is refused
 *   (LibreOffice has the book open, the file changed meanwhile) or fails (disk full), the change is
 *   undone by reloading the file, and the page gets one Thai sentence instead of "saved".
 * - Whether an operation changed the book comes from the runtime (metrics.bookWrites), so opening a
 *   sidebar, About or a look-up writes nothing.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BookChangedError, BookFile } from '../book-file/book-file';
import { BookBusyError } from '../book-file/lock';
import { notSavedSentence, saveFailedSentence } from '../book-file/messages';
import { createRuntime, WorkbookFileError, type CallResult, type Runtime } from '../runtime';
import { bundlePath } from '../paths';

export interface BookStoreOptions {
  workbook: string;
  /** when the file does not exist yet: fill it with the demo fund (else: an empty fund book) */
  demo: boolean;
}

/** One operation at a time, as Apps Script runs one execution per user action here. */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export interface RunOutcome {
  result: CallResult;
  /** set when the operation changed the book but the change could not be saved (it was undone) */
  notSaved?: string;
  /** the book was reloaded from the file before the operation (someone else changed it) */
  reloaded: boolean;
}

function readSentence(err: unknown, file: string): string {
  if (err instanceof WorkbookFileError) {
    if (err.code === 'missing') return `ไม่พบไฟล์ ${file} แล้ว (ถูกย้ายหรือลบ) จึงยังทำรายการไม่ได้ (the file is gone)`;
    return `เปิดไฟล์ ${file} ที่ถูกแก้จากโปรแกรมอื่นไม่ได้ อาจยังบันทึกไม่เสร็จ ลองใหม่อีกครั้ง (the changed file cannot be read)`;
  }
  return `เปิดไฟล์ ${file} ไม่ได้: ${(err as Error).message}`;
}

export class BookStore {
  private readonly queue = new Queue();
  private current: Runtime;

  private constructor(
    readonly book: BookFile,
    rt: Runtime,
    /** what opening did: 'demo' or 'empty' when the file was created, null when it existed */
    readonly created: 'demo' | 'empty' | null,
  ) {
    this.current = rt;
  }

  /** Opens the book (creating it when it does not exist) and takes the lock; throws BookBusyError. */
  static async open(opts: BookStoreOptions): Promise<BookStore> {
    const book = await BookFile.at(opts.workbook, 'playground');
    await book.takeLock();
    try {
      if (book.exists()) {
        await book.remember();
        const rt = await createRuntime({ workbookPath: book.path, bundlePath: bundlePath() });
        rt.onOpen('FULL');
        return new BookStore(book, rt, null);
      }
      mkdirSync(dirname(book.realPath), { recursive: true });
      const rt = await createRuntime({ workbookPath: book.path, bundlePath: bundlePath() });
      // A new file: the demo only when asked for (or for the playground's own default file);
      // otherwise the fund's sheets with no records, ready for the group's own members.
      if (opts.demo) rt.call('createDemoFund');
      else rt.call('setupFundBook');
      await book.save((p) => rt.save(p));
      rt.onOpen('FULL');
      return new BookStore(book, rt, opts.demo ? 'demo' : 'empty');
    } catch (e) {
      await book.releaseLock();
      throw e;
    }
  }

  /** The runtime of the book as last loaded; read it only inside run() or read(). */
  get rt(): Runtime {
    return this.current;
  }

  /** Loads the file again, as a fresh execution would see it (user and script properties kept). */
  private async reload(): Promise<void> {
    const old = this.current;
    const rt = await createRuntime({ workbookPath: this.book.path, bundlePath: bundlePath() });
    for (const [k, v] of old.ctx.userProps) rt.ctx.userProps.set(k, v);
    for (const [k, v] of old.ctx.scriptProps) rt.ctx.scriptProps.set(k, v);
    rt.onOpen('FULL');
    await this.book.remember();
    this.current = rt;
  }

  /** Brings the book up to date with the file; true when it had to reload. */
  private async refresh(): Promise<boolean> {
    if (!(await this.book.changedOnDisk())) return false;
    try {
      await this.reload();
    } catch (e) {
      throw new Error(readSentence(e, this.book.path));
    }
    return true;
  }

  /** Reads the book (the grid, the menus) in turn, after loading any change made elsewhere. */
  read<T>(fn: (rt: Runtime) => T): Promise<T> {
    return this.queue.run(async () => {
      await this.refresh();
      return fn(this.current);
    });
  }

  /**
   * Runs one operation in turn: loads an outside edit first, runs it, and when it changed the book
   * saves it before resolving. A refused or failed save undoes the change and says why in Thai.
   */
  run(fn: (rt: Runtime) => CallResult): Promise<RunOutcome> {
    return this.queue.run(async () => {
      const reloaded = await this.refresh();
      const rt = this.current;
      const before = rt.bookWritesTotal;
      const result = fn(rt);
      if (rt.bookWritesTotal === before) return { result, reloaded };
      try {
        await this.book.save((p) => rt.save(p));
        return { result, reloaded };
      } catch (e) {
        const reason =
          e instanceof BookBusyError || e instanceof BookChangedError
            ? e.message
            : saveFailedSentence(this.book.path, (e as Error).message);
        // What is in memory must be what is in the file: drop the unsaved change.
        await this.reload().catch(() => undefined);
        return { result, reloaded, notSaved: notSavedSentence(reason) };
      }
    });
  }

  /** Waits for the operation in progress (and its save), then releases the lock. */
  async close(): Promise<void> {
    await this.queue.run(() => undefined);
    await this.book.releaseLock();
  }

  /** For exit handlers, where nothing asynchronous runs any more. */
  releaseLockSync(): void {
    this.book.releaseLockSync();
  }
}
