/**
 * `npx welfare-fund import SOURCE --into BOOK` writes the book like every other writer: it refuses
 * while LibreOffice has the book open or another writer holds our lock, leaves the book as it was,
 * and imports once the book is free (leaving no lock behind).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { acquireBookLock } from '../../src/local/book-file/lock';
import { requireBuild, ROOT, tempDir } from '../support/runtime';
import { cli, lockFiles, sha } from './helpers';

beforeAll(requireBuild);

const SOURCE = join(ROOT, 'tests', 'fixtures', 'import', 'day-grid.xlsx');

test('import refuses under a LibreOffice lock file and under another writer, then imports when the book is free', async () => {
  const book = join(tempDir('import-lock-'), 'book.xlsx');
  expect(cli('setup', book).code).toBe(0);
  const before = sha(book);

  // LibreOffice has the book open: one sentence naming it, exit 2, the book untouched
  const office = join(dirname(book), `.~lock.${basename(book)}#`);
  writeFileSync(office, 'ผู้ใช้,user,host,02.12.2026 10:00,file:///home/user/.config/libreoffice/4;');
  const underOffice = cli('import', SOURCE, '--into', book, '--yes');
  expect(underOffice.code).toBe(2);
  expect(underOffice.err.trim().split('\n')).toHaveLength(1);
  expect(underOffice.err).toContain('(close the file in LibreOffice first)');
  expect(underOffice.out).not.toContain('นำเข้าชุดที่');
  expect(sha(book)).toBe(before);
  rmSync(office);

  // The playground (here: this test process) holds our lock: refused the same way
  const held = await acquireBookLock(book, 'playground');
  try {
    const underLock = cli('import', SOURCE, '--into', book, '--yes');
    expect(underLock.code).toBe(2);
    expect(underLock.err).toContain(`เปิดอยู่ใน playground (pid ${process.pid})`);
    expect(sha(book)).toBe(before);
  } finally {
    await held.release();
  }

  // A dry run reads only: it needs no lock and writes nothing
  const dry = cli('import', SOURCE, '--into', book, '--dry-run');
  expect(dry.code).toBe(0);
  expect(sha(book)).toBe(before);

  const free = cli('import', SOURCE, '--into', book, '--yes');
  expect([free.code, free.err]).toEqual([0, '']);
  expect(free.out).toContain('นำเข้าชุดที่ 1');
  expect(sha(book)).not.toBe(before);
  expect(lockFiles(book)).toEqual([]);
}, 240000);
