/**
 * The document lock around every write that adds records or reshapes the book (docs/DESIGN.md §7), so
 * two secretaries (or a double click) never interleave: the last row is read and written under
 * one lock. Re-entrant within one execution, so set-up can run inside the demo's lock.
 */
import { BUSY } from '../../core/result';
import { userError } from './errors';

let depth = 0;

export function withDocumentLock<T>(fn: () => T, timeoutMs = 30000): T {
  if (depth > 0) return fn();
  const lock = LockService.getDocumentLock();
  // Outside a document (never for an editor add-on) there is no lock to take.
  if (!lock) return fn();
  if (!lock.tryLock(timeoutMs)) throw userError(BUSY);
  depth++;
  try {
    const result = fn();
    // Make the writes visible before another execution gets the lock.
    SpreadsheetApp.flush();
    return result;
  } finally {
    depth--;
    lock.releaseLock();
  }
}
