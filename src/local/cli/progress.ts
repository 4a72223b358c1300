/**
 * Progress on stderr for steps that take more than a second, only when stderr is a terminal (a
 * script reading our output gets none). The add-on's own work runs synchronously, so a timer cannot
 * fire during it: when the book is large enough for a step to take that long, the step is announced
 * as it starts; otherwise a timer announces a step (reading, saving) still running after a second.
 */
import type { Io } from './terminal';

/** Books above this size take more than a second to read, check or summarize (the demo book is 1.7 MB). */
export const LARGE_BOOK_BYTES = 256 * 1024;
const AFTER_MS = 1000;

export class Progress {
  private shown = false;

  constructor(
    private readonly io: Io,
    /** announce every step at once (a large book) */
    private readonly eager: boolean,
  ) {}

  /** Runs one step, showing "label…" while it runs and how long it took once it is done. */
  async step<T>(label: string, work: () => Promise<T> | T): Promise<T> {
    if (!this.io.errIsTTY) return work();
    const t0 = Date.now();
    let announced = false;
    const announce = () => {
      announced = true;
      this.shown = true;
      this.io.errWrite(`${label}…`);
    };
    let timer: NodeJS.Timeout | undefined;
    if (this.eager) announce();
    else timer = setTimeout(announce, AFTER_MS);
    // Let the announcement reach the terminal before synchronous work holds the event loop.
    if (announced) await new Promise((ok) => setImmediate(ok));
    try {
      return await work();
    } finally {
      if (timer) clearTimeout(timer);
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (announced) this.io.errWrite(`\r${label} เสร็จ (${seconds} วินาที)\n`);
    }
  }

  get anyShown(): boolean {
    return this.shown;
  }
}
