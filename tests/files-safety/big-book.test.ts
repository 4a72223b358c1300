/**
 * A book of 300,000 deposit rows saves from the command line and from the playground, and the
 * file read back holds every deposit plus the new one. (A book this size once overflowed the stack
 * on save, after "done" had been printed.) The book is made once for the file.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHEETS } from '../../src/core/schema';
import { makeBook } from '../../src/local/bench/file';
import { loadWorkbookFile } from '../../src/local/runtime';
import { startPlayground } from '../support/browser';
import { requireBuild, tempDir } from '../support/runtime';
import { cli, depositInput, run, tempFilesBeside } from './helpers';

const DEPOSITS = 300_000;
const dir = tempDir('big-book-');
const book = join(dir, 'book.xlsx');
/** last deposit row (0-based) in the book as made */
let lastDeposit = -1;

beforeAll(async () => {
  requireBuild();
  await makeBook(DEPOSITS, book);
  lastDeposit = (await depositSheet(book)).lastRowIndex();
}, 600000);

const depositSheet = async (path: string) => (await loadWorkbookFile(path)).sheet(SHEETS.deposits.th)!;
const copyOf = (name: string) => {
  const path = join(dir, name);
  copyFileSync(book, path);
  return path;
};

test('the command line summarizes a 300k-deposit book and saves it: the reports are in the file, every deposit stays', async () => {
  const path = copyOf('cli.xlsx');
  expect(lastDeposit).toBeGreaterThanOrEqual(DEPOSITS);
  const r = cli('summarize', path);
  expect([r.code, r.err]).toEqual([0, '']);
  const wb = await loadWorkbookFile(path);
  expect(wb.sheet(SHEETS.deposits.th)!.lastRowIndex()).toBe(lastDeposit);
  const reports = r.out.split('แล้ว: ')[1].trim().split(', ');
  expect(reports.length).toBeGreaterThanOrEqual(7);
  for (const name of reports) expect([name, (wb.sheet(name)?.lastRowIndex() ?? -1) > 0]).toEqual([name, true]);
  expect(tempFilesBeside(path)).toEqual([]);
}, 300000);

test('the playground saves a deposit into a 300k-deposit book: the new row is in the file', async () => {
  const path = copyOf('playground.xlsx');
  const pg = await startPlayground(path);
  try {
    const saved = await run(pg, 'saveDeposit', [{ ...depositInput('ฝากในสมุดเล่มใหญ่'), memberId: 'M00003' }]);
    expect([saved.ok, saved.error, (saved.value as { ok?: boolean })?.ok]).toEqual([true, undefined, true]);
  } finally {
    await pg.stop();
  }
  const deposits = await depositSheet(path);
  expect(deposits.lastRowIndex()).toBe(lastDeposit + 1);
  expect(deposits.rows[lastDeposit + 1]).toContain('ฝากในสมุดเล่มใหญ่');
  expect(deposits.rows[lastDeposit + 1]).toContain('M00003');
  expect(tempFilesBeside(path)).toEqual([]);
}, 300000);
