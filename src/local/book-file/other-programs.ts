/**
 * Is the book open in LibreOffice or Excel? Both leave a small file beside the document while it is
 * open: LibreOffice `.~lock.NAME#`, Excel `~$NAME`. Saving under them would be lost when that program
 * saves its own copy, so we refuse instead (messages.ts says so in one sentence).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BookBusyReason } from './messages';

/** The office lock files that would show `path` is open elsewhere (beside the path given and beside its real file). */
function candidates(paths: string[]): { kind: 'libreoffice' | 'excel'; file: string; lockFile: string }[] {
  const out: { kind: 'libreoffice' | 'excel'; file: string; lockFile: string }[] = [];
  for (const file of new Set(paths)) {
    const dir = dirname(file);
    const name = basename(file);
    out.push({ kind: 'libreoffice', file, lockFile: join(dir, `.~lock.${name}#`) });
    out.push({ kind: 'excel', file, lockFile: join(dir, `~$${name}`) });
  }
  return out;
}

/** The first other program that has the book open, or null. */
export function openInOtherProgram(path: string, realPath: string = path): BookBusyReason | null {
  for (const c of candidates([path, realPath])) if (existsSync(c.lockFile)) return c;
  return null;
}
