/** `npx welfare-fund`: the command line runs the BUILT add-on on .xlsx files. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, tempDir } from '../support/runtime';
import { cliRunner, expectRefusal, sha } from '../support/cli';

const cli = cliRunner();

beforeAll(requireBuild);

describe('npx welfare-fund', () => {
  test('--help lists the actions', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const action of ['info', 'setup', 'demo', 'check', 'summarize']) expect(r.out).toContain(action);
  });

  test('an unknown action is one clear sentence and a non-zero exit', () => {
    const r = cli('frobnicate', 'x.xlsx');
    expectRefusal(r, 'ไม่รู้จักคำสั่ง');
  });

  test('a missing file is one clear sentence and creates nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'nope.xlsx');
    const r = cli('info', file);
    expectRefusal(r, 'ไม่พบไฟล์');
    expect(existsSync(file)).toBe(false);
  });

  test('a file that is not a workbook is refused and left untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.xlsx');
    writeFileSync(file, 'รายชื่อสมาชิก ไม่ใช่ไฟล์ excel\n');
    const before = sha(file);
    for (const action of ['info', 'setup']) {
      const r = cli(action, file);
      expectRefusal(r, 'ไม่ใช่สมุดงาน');
    }
    expect(sha(file)).toBe(before);
  });

  test('demo then info: a new file with the fund sheets and their rows', () => {
    const dir = tempDir();
    const file = join(dir, 'demo.xlsx');
    const made = cli('demo', file);
    expect(made.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const r = cli('info', file, '--json');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out) as {
      sheets: { name: string; kind: string | null; header: string[]; rows: number }[];
    };
    const members = info.sheets.find((s) => s.kind === 'members');
    expect(members?.name).toBe('สมาชิก');
    expect(members?.header).toEqual(expect.arrayContaining(['รหัสสมาชิก', 'ชื่อ-สกุล']));
    expect(members?.rows).toBeGreaterThan(100);
    expect(info.sheets.find((s) => s.kind === 'deposits')?.rows).toBeGreaterThan(1000);
  });

  test('demo refuses a book with records and info reads without rewriting: the file is untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'book.xlsx');
    expect(cli('demo', file).code).toBe(0);
    const before = sha(file);
    const again = cli('demo', file);
    expect(again.code).toBe(2);
    expect(again.out).toContain('มีข้อมูลอยู่แล้ว');
    expect(sha(file)).toBe(before);
    const r = cli('info', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('สมาชิก');
    expect(r.out).toContain('หัวตาราง');
    expect(sha(file)).toBe(before);
  });
});
