/** Saving a book never leaves half a file, keeps who may read it, writes through links and cleans up. */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { staleTempFiles, writeFileAtomic } from '../../src/local/runtime/safe-write';
import { bare, services } from '../runtime/helpers';
import { skipBecause } from '../support/skip';
import { ROOT, tempDir } from '../support/runtime';

const mode = (p: string) => statSync(p).mode & 0o777;
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** A new folder for the book fund.xlsx; with `content`, the book is already there holding it. */
function bookFolder(content?: string): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, 'fund.xlsx');
  if (content !== undefined) writeFileSync(path, content);
  return { dir, path };
}

/** Writes a one-cell book to `path` through the runtime, as a save from the add-on would. */
async function saveBook(path: string, value: string): Promise<void> {
  const rt = await bare();
  services(rt).SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(value);
  await rt.save(path);
}
async function firstCell(path: string): Promise<unknown> {
  const rt = await bare({ workbookPath: path });
  return services(rt).SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue();
}

describe('writeFileAtomic', () => {
  test('a new book is created 600 (personal data) and a 600 book stays 600 through saves', async () => {
    const { dir, path } = bookFolder();
    await saveBook(path, 'นางสาวอรทัย');
    expect(mode(path)).toBe(0o600);
    await saveBook(path, 'นายสมชาย');
    expect(mode(path)).toBe(0o600);
    expect(await firstCell(path)).toBe('นายสมชาย');
    expect(leftovers(dir)).toEqual([]);
  });

  test('a book the group made 640 stays 640', async () => {
    const { path } = bookFolder();
    await saveBook(path, 'a');
    chmodSync(path, 0o640);
    await saveBook(path, 'b');
    expect(mode(path)).toBe(0o640);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot)
    test('the owner and group of the book are kept (the save runs as root here)', async () => {
      const { path } = bookFolder();
      await saveBook(path, 'a');
      chownSync(path, 1234, 2345);
      await saveBook(path, 'b');
      expect(statSync(path).uid).toBe(1234);
      expect(statSync(path).gid).toBe(2345);
    });
  else skipBecause('the owner and group of the book are kept', 'giving a file to another owner needs root');

  test('a symlinked book: the target is updated and the link stays a link', async () => {
    const dir = tempDir();
    const real = join(dir, 'real-book.xlsx');
    const link = join(dir, 'book.xlsx');
    await saveBook(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync('real-book.xlsx', link);
    await saveBook(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real-book.xlsx');
    expect(await firstCell(real)).toBe('new');
    expect(mode(real)).toBe(0o600);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a link whose target does not exist yet creates the target', async () => {
    const dir = tempDir();
    const link = join(dir, 'book.xlsx');
    symlinkSync(join(dir, 'target.xlsx'), link);
    await writeFileAtomic(link, 'hello');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.xlsx'), 'utf8')).toBe('hello');
  });

  test('a save that fails leaves the old book as it was and no temporary file', async () => {
    const { dir, path } = bookFolder('old book');
    await expect(
      writeFileAtomic(path, async (tmp) => {
        writeFileSync(tmp, 'half a bo');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('old book');
    expect(leftovers(dir)).toEqual([]);
  });

  test('a save killed half way leaves the old book; the next save removes its temporary file', async () => {
    const { dir, path } = bookFolder('old book');
    // A separate process starts a save, writes part of it, then is killed with SIGKILL.
    const module = join(dir, 'safe-write.js');
    buildSync({
      entryPoints: [join(ROOT, 'src/local/runtime/safe-write.ts')],
      bundle: true,
      platform: 'node',
      outfile: module,
      logLevel: 'silent',
    });
    const child = spawn(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(module)}).writeFileAtomic(process.argv[1], async (tmp) => {
           require('fs').writeFileSync(tmp, 'half a bo');
           process.stdout.write('writing\\n');
           await new Promise(() => undefined);
         });`,
        path,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
    expect(leftovers(dir)).toHaveLength(1);
    child.kill('SIGKILL');
    await new Promise((ok) => child.once('exit', ok));
    expect(readFileSync(path, 'utf8')).toBe('old book');
    expect(await staleTempFiles(path)).toHaveLength(1);
    await writeFileAtomic(path, 'new book');
    expect(readFileSync(path, 'utf8')).toBe('new book');
    expect(leftovers(dir)).toEqual([]);
  });

  test("another running process's save in progress is not taken for a stale file", async () => {
    const { dir, path } = bookFolder('old');
    // pid 1 is always alive: its temporary file belongs to a save still running.
    const running = join(dir, '.fund.xlsx.1.abc123.tmp');
    writeFileSync(running, 'partial');
    await writeFileAtomic(path, 'new');
    expect(existsSync(running)).toBe(true);
  });
});
