/**
 * `npx welfare-fund import SOURCE --into BOOK`: the source file is never written, the book is
 * created when missing and only after confirming, exit 0 / 1 / 2 as documented.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, requireBuild, tempDir } from '../support/runtime';
import { cliRunner, sha } from '../support/cli';

const DIR = join(ROOT, 'tests', 'fixtures', 'import');

const cli = cliRunner();

beforeAll(requireBuild);

test('dry run, import, again: the source is never written; exit 1 lists the skipped row', () => {
  const dir = tempDir();
  const source = join(dir, 'group.xlsx');
  copyFileSync(join(DIR, 'issue-book.xlsx'), source);
  const book = join(dir, 'book.xlsx');
  const hash = sha(source);

  const dry = cli('import', source, '--into', book, '--dry-run');
  expect(dry.code).toBe(1);
  expect(dry.out).toContain('ข้ามแถว 11: ปี "5/3/62" มีสองหลัก');
  expect(dry.out).toContain('สวัสดิการ "ฌาปนกิจ" → death');
  expect(existsSync(book)).toBe(false);

  // Not a terminal and no --yes: nothing is written.
  const unconfirmed = cli('import', source, '--into', book);
  expect(unconfirmed.out).toContain('ยังไม่ได้ยืนยัน จึงไม่ได้บันทึกอะไร');
  expect(existsSync(book)).toBe(false);

  const run = cli('import', source, '--into', book, '--yes');
  expect(run.code).toBe(1);
  expect(run.out).toContain('นำเข้าชุดที่ 1');
  expect(existsSync(book)).toBe(true);
  const again = cli('import', source, '--into', book, '--yes');
  expect(again.out).toContain('ไม่มีรายการใหม่ให้นำเข้า');
  expect(again.out).toContain('นำเข้าแล้วก่อนหน้านี้ 40');
  expect(sha(source)).toBe(hash);

  // The book reads as a fund book: check and summarize run on it.
  expect(cli('summarize', book, '--as-of', '31/12/2568').code).toBe(0);
});

test('a book that imports whole exits 0; bad input is one sentence and exit 2', () => {
  const dir = tempDir();
  const book = join(dir, 'book.xlsx');
  expect(cli('import', join(DIR, 'day-grid.xlsx'), '--into', book, '--yes').code).toBe(0);
  const badMapping = join(dir, 'm.json');
  writeFileSync(badMapping, '{"tabs": 3}');
  const r = cli('import', join(DIR, 'day-grid.xlsx'), '--into', book, '--mapping', badMapping, '--yes');
  expect(r.code).toBe(2);
  expect(r.out.trim()).toBe('ไฟล์การจับคู่ไม่ถูกต้อง (ต้องเป็นไฟล์ .json ที่ส่งออกจากหน้านำเข้าข้อมูล)');
  const noInto = cli('import', join(DIR, 'day-grid.xlsx'));
  expect(noInto.code).toBe(2);
  expect(noInto.out.trim()).toBe('ระบุสมุดบัญชีด้วย --into BOOK.xlsx (give the fund book with --into)');
});
