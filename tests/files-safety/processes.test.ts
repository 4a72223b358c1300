/**
 * Lost-save sequences across processes: the playground as its own process (as `npm start` runs it)
 * and the command line beside it, a SIGKILL right after a confirmed save, office lock files, and
 * locks left by processes that died.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { startPlayground } from '../support/browser';
import { requireBuild } from '../support/runtime';
import { bookOnDisk, cli, depositInput, lockFiles, notesOnDisk, run, sha, tempFilesBeside } from './helpers';

beforeAll(requireBuild);

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('SIGKILL right after a confirmed save: the save is in the file, no temp file, and the book reopens', async () => {
  const path = await bookOnDisk();
  const pg = await startPlayground(path);
  const saved = await run(pg, 'saveDeposit', [depositInput('ก่อนถูกฆ่า')]);
  expect(saved.ok).toBe(true);
  pg.proc.kill('SIGKILL');
  await new Promise((ok) => pg.proc.once('exit', ok));
  expect(await notesOnDisk(path)).toEqual(['ก่อนถูกฆ่า']);
  expect(tempFilesBeside(path)).toEqual([]);
  // The killed playground's lock is left behind; the next playground takes it over.
  expect(lockFiles(path)).toHaveLength(1);
  const again = await startPlayground(path);
  try {
    const next = await run(again, 'saveDeposit', [depositInput('หลังเปิดใหม่')]);
    expect(next.ok).toBe(true);
  } finally {
    await again.stop();
  }
  expect(await notesOnDisk(path)).toEqual(['ก่อนถูกฆ่า', 'หลังเปิดใหม่']);
  expect(lockFiles(path)).toEqual([]);
}, 240000);

test("a command-line run while the playground has the book is refused; the playground's saves all stay", async () => {
  const path = await bookOnDisk();
  const pg = await startPlayground(path);
  try {
    expect((await run(pg, 'saveDeposit', [depositInput('ยืนยันแล้วในเพลย์กราวด์')])).ok).toBe(true);
    const before = sha(path);
    const check = cli('check', path);
    expect(check.code).toBe(2);
    expect(check.err.trim().split('\n')).toHaveLength(1);
    expect(check.err).toMatch(/^สมุดบัญชี book\.xlsx เปิดอยู่ใน playground \(pid \d+\) ให้ปิดโปรแกรมนั้นก่อน/);
    expect(sha(path)).toBe(before);
    // Reading is not writing: info still works beside the playground.
    expect(cli('info', path).code).toBe(0);
    expect(sha(path)).toBe(before);
    expect((await run(pg, 'saveDeposit', [depositInput('ครั้งต่อไปในเพลย์กราวด์')])).ok).toBe(true);
  } finally {
    await pg.stop();
  }
  expect(await notesOnDisk(path)).toEqual(['ยืนยันแล้วในเพลย์กราวด์', 'ครั้งต่อไปในเพลย์กราวด์']);
  // With the playground closed the command line writes again.
  expect(cli('check', path).code).not.toBe(2);
}, 240000);

test('the playground answers a LibreOffice-held book with the Thai sentence instead of "saved"', async () => {
  const path = await bookOnDisk();
  const pg = await startPlayground(path);
  const lock = join(dirname(path), `.~lock.${basename(path)}#`);
  try {
    const before = sha(path);
    writeFileSync(lock, ',secretary,village-pc,02.12.2026 14:00,file:///home/secretary/.config/libreoffice/4;');
    const refused = await run(pg, 'saveDeposit', [depositInput('ตอน LibreOffice เปิดอยู่')]);
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/ปิดไฟล์ book\.xlsx ใน LibreOffice ก่อน/);
    expect(sha(path)).toBe(before);
  } finally {
    await pg.stop();
  }
  expect(await notesOnDisk(path)).toEqual([]);
}, 240000);

test('the command line refuses to write under LibreOffice or Excel, and takes over a lock whose process died', async () => {
  const path = await bookOnDisk();
  const before = sha(path);
  for (const office of [`.~lock.${basename(path)}#`, `~$${basename(path)}`]) {
    const lock = join(dirname(path), office);
    writeFileSync(lock, 'secretary');
    const r = cli('check', path);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^ปิดไฟล์ book\.xlsx ใน (LibreOffice|Excel) ก่อน/);
    expect(sha(path)).toBe(before);
    rmSync(lock);
  }
  // A lock left by a command-line run that was killed: its pid is gone, so it is taken over.
  const stale = join(dirname(path), `.${basename(path)}.welfare-fund-lock`);
  writeFileSync(stale, JSON.stringify({ pid: deadPid(), host: hostname(), program: 'welfare-fund check', since: '' }));
  const r = cli('summarize', path, '--as-of', '30/9/2567');
  expect([r.code, r.err]).toEqual([0, '']);
  expect(sha(path)).not.toBe(before);
  expect(existsSync(stale)).toBe(false);
}, 240000);
