/**
 * The playground's book pipeline as sequences a secretary lives through: a confirmed save is in the
 * file, an edit made in another program is loaded before the next call and never written over,
 * LibreOffice or Excel holding the book stops a save with one Thai sentence (and the change is
 * undone, not silently kept in memory), a failed save says so, and read-only calls write nothing.
 */
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BookStore } from '../../src/local/playground/book-store';
import { requireBuild, tempDir } from '../support/runtime';
import { callRpc } from '../../src/local/addon';
import {
  bookOnDisk,
  depositInput,
  editElsewhere,
  memberNamesOnDisk,
  mode,
  notesOnDisk,
  sha,
  tempFilesBeside,
} from './helpers';

beforeAll(requireBuild);

const stores: BookStore[] = [];
async function open(path: string, demo = false): Promise<BookStore> {
  const store = await BookStore.open({ workbook: path, demo });
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

const deposit = (store: BookStore, note: string) => store.run((rt) => callRpc(rt, 'saveDeposit', depositInput(note)));

test('a deposit is in the file when the call returns; the 600 mode stays and no temp file is left', async () => {
  const path = await bookOnDisk();
  chmodSync(path, 0o600);
  const store = await open(path);
  const first = await deposit(store, 'ฝากครั้งที่ 1');
  expect(first.notSaved).toBeUndefined();
  expect((first.result.value as { ok: boolean }).ok).toBe(true);
  expect(await notesOnDisk(path)).toEqual(['ฝากครั้งที่ 1']);
  await deposit(store, 'ฝากครั้งที่ 2');
  expect(await notesOnDisk(path)).toEqual(['ฝากครั้งที่ 1', 'ฝากครั้งที่ 2']);
  expect(mode(path)).toBe(0o600);
  expect(tempFilesBeside(path)).toEqual([]);
});

test('read-only calls (sidebars, About, look-up, the grid) leave the file byte for byte and inode as it was', async () => {
  const path = await bookOnDisk();
  const store = await open(path);
  const before = { sha: sha(path), ino: statSync(path).ino, mtime: statSync(path).mtimeMs };
  for (const fn of ['showAboutSidebar', 'showDepositForm', 'showLookup', 'showMemberForm']) {
    const r = await store.run((rt) => rt.tryCall(fn));
    expect([fn, r.result.error?.message, r.notSaved]).toEqual([fn, undefined, undefined]);
  }
  await store.read((rt) => rt.spreadsheet.getSheets().length);
  expect({ sha: sha(path), ino: statSync(path).ino, mtime: statSync(path).mtimeMs }).toEqual(before);
});

test('an edit made in another program is loaded before the next call and kept by the save after it', async () => {
  const path = await bookOnDisk();
  const store = await open(path);
  await deposit(store, 'ก่อนแก้ในโปรแกรมอื่น');
  await editElsewhere(path, 'นางแก้ ในลิเบรออฟฟิศ');
  const after = await deposit(store, 'หลังแก้ในโปรแกรมอื่น');
  expect(after.reloaded).toBe(true);
  expect(after.notSaved).toBeUndefined();
  expect(await memberNamesOnDisk(path)).toContain('นางแก้ ในลิเบรออฟฟิศ');
  expect(await notesOnDisk(path)).toEqual(['ก่อนแก้ในโปรแกรมอื่น', 'หลังแก้ในโปรแกรมอื่น']);
});

test('a file replaced while a call runs is not written over: the call is reported unsaved and the new file is loaded', async () => {
  const path = await bookOnDisk();
  const other = await bookOnDisk('other.xlsx');
  await editElsewhere(other, 'นางไฟล์ ใหม่');
  const store = await open(path);
  const r = await store.run((rt) => {
    // Another program saves its copy while the add-on is working (same-folder rename, as office programs do).
    copyFileSync(other, join(dirname(path), 'incoming.tmp.xlsx'));
    renameSync(join(dirname(path), 'incoming.tmp.xlsx'), path);
    return callRpc(rt, 'saveDeposit', depositInput('ระหว่างไฟล์ถูกแทน'));
  });
  expect(r.notSaved).toMatch(/^ยังไม่ได้บันทึกรายการนี้ลงไฟล์: .*ถูกแก้จากโปรแกรมอื่น/);
  expect(sha(path)).toBe(sha(other));
  // Memory follows the file: the next look shows the other program's member and not the unsaved deposit.
  const names = await store.read((rt) =>
    rt.spreadsheet
      .getSheetByName('สมาชิก')!
      .getDataRange()
      .getValues()
      .map((row) => String(row[1])),
  );
  expect(names).toContain('นางไฟล์ ใหม่');
  expect(await notesOnDisk(path)).toEqual([]);
});

test.each([
  [
    'LibreOffice',
    (p: string) => join(dirname(p), `.~lock.${basename(p)}#`),
    /^ยังไม่ได้บันทึก.*ปิดไฟล์ book\.xlsx ใน LibreOffice ก่อน/,
  ],
  ['Excel', (p: string) => join(dirname(p), `~$${basename(p)}`), /^ยังไม่ได้บันทึก.*ปิดไฟล์ book\.xlsx ใน Excel ก่อน/],
])(
  'while %s has the book open a save is refused in one Thai sentence, undone, and works once it is closed',
  async (_name, lockOf, sentence) => {
    const path = await bookOnDisk();
    const store = await open(path);
    const before = sha(path);
    const lock = lockOf(path);
    writeFileSync(lock, ',secretary,village-pc,02.12.2026 14:00,file:///home/secretary/.config/libreoffice/4;');
    const refused = await deposit(store, 'ตอนเปิดไฟล์อยู่');
    expect(refused.notSaved).toMatch(sentence);
    expect(refused.notSaved!.split('\n')).toHaveLength(1);
    expect(sha(path)).toBe(before);
    // The refused deposit is not kept in memory to be saved later behind the user's back.
    const rows = await store.read((rt) => rt.spreadsheet.getSheetByName('เงินฝาก')!.getLastRow());
    expect(rows).toBe(21);
    rmSync(lock);
    const saved = await deposit(store, 'หลังปิดไฟล์');
    expect(saved.notSaved).toBeUndefined();
    expect(await notesOnDisk(path)).toEqual(['หลังปิดไฟล์']);
  },
);

test('a save that fails (disk full) is told in Thai and undone in memory; the file keeps the last good save', async () => {
  const path = await bookOnDisk();
  const store = await open(path);
  await deposit(store, 'บันทึกได้');
  const good = sha(path);
  const rt = store.rt;
  const realSave = rt.save.bind(rt);
  rt.save = async () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  const failed = await deposit(store, 'ดิสก์เต็ม');
  expect(failed.notSaved).toMatch(/^ยังไม่ได้บันทึกรายการนี้ลงไฟล์: บันทึกไฟล์ book\.xlsx ไม่สำเร็จ/);
  rt.save = realSave;
  expect(sha(path)).toBe(good);
  const again = await deposit(store, 'ลองใหม่');
  expect(again.notSaved).toBeUndefined();
  expect(await notesOnDisk(path)).toEqual(['บันทึกได้', 'ลองใหม่']);
});

test('a symlinked book: saves update the target, the link stays a link', async () => {
  const real = await bookOnDisk('real.xlsx');
  const link = join(dirname(real), 'link.xlsx');
  symlinkSync('real.xlsx', link);
  const store = await open(link);
  await deposit(store, 'ผ่านลิงก์');
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe('real.xlsx');
  expect(await notesOnDisk(real)).toEqual(['ผ่านลิงก์']);
});

test('a second playground on the same book is refused with one Thai sentence naming the first', async () => {
  const path = await bookOnDisk();
  await open(path);
  await expect(BookStore.open({ workbook: path, demo: false })).rejects.toThrow(
    /^สมุดบัญชี book\.xlsx เปิดอยู่ใน playground \(pid \d+\) ให้ปิดโปรแกรมนั้นก่อน/,
  );
});

test('a new file becomes an empty fund book (no demo, no stray Sheet1), created 600; --demo fills a new file', async () => {
  const dir = tempDir('safety-new-');
  const path = join(dir, 'ของกลุ่มเรา.xlsx');
  const store = await open(path);
  expect(store.created).toBe('empty');
  expect(mode(path)).toBe(0o600);
  const names = await store.read((rt) =>
    rt.spreadsheet
      .getSheets()
      .filter((s) => !s.isSheetHidden())
      .map((s) => s.getName()),
  );
  expect(names).toEqual(['สมาชิก', 'เงินฝาก', 'สวัสดิการ', 'บัญชีกองทุน', 'ตั้งค่า', 'ตั้งค่าสวัสดิการ']);
  expect(await memberNamesOnDisk(path)).toEqual([]);

  const demoPath = join(dir, 'demo.xlsx');
  const demo = await open(demoPath, true);
  expect(demo.created).toBe('demo');
  expect((await memberNamesOnDisk(demoPath)).length).toBeGreaterThan(100);
}, 120000);
