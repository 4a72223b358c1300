/**
 * Files written by other programs (tests/fixtures/files, made by make.py there with Debian's
 * LibreOffice and python3-openpyxl): every format reads the same cells, and each damaged file gets
 * its own error code, never "not a workbook" for a valid one.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbookFile, saveXlsx, WorkbookFileError } from '../../src/local/runtime';
import { cli } from '../files-safety/helpers';
import { bkk, tmp } from '../runtime/helpers';
import { requireBuild } from '../support/runtime';

const FIX = join(__dirname, '..', 'fixtures', 'files');

const CELLS = [
  ['เลขที่', 'รหัสสมาชิก', 'วันที่', 'จำนวนเงิน', 'หมายเหตุ'],
  ['D0001', 'M00001', bkk(2002, 8, 15), 100, 'ค่าสมัคร'],
  ['D0002', 'M00002', bkk(2024, 2, 29), 1250.5, 'เงินออม'],
  ['D0003', '0812345678', bkk(2025, 9, 30), 30],
];

const firstSheet = async (file: string) => {
  const wb = await loadWorkbookFile(join(FIX, file));
  return { wb, s: wb.sheets[0] };
};

describe.each([
  ['openpyxl-notes.xlsx', 'xlsx', false],
  ['libreoffice.xlsx', 'xlsx', false],
  ['libreoffice.ods', 'ods', true],
  ['libreoffice.xls', 'xls', true],
  ['utf8.csv', 'csv', true],
  ['utf8-bom.csv', 'csv', true],
  ['windows-874.csv', 'csv', true],
])('%s', (file, format, readOnly) => {
  test(`reads the same cells, as a ${readOnly ? 'read-only ' : ''}${format} source`, async () => {
    const { wb, s } = await firstSheet(file);
    expect(s.rows.slice(0, 4).map((r) => r.slice(0, 5))).toEqual(CELLS);
    expect(wb.source).toMatchObject({ format, readOnly });
  });
});

test('a book re-saved by openpyxl keeps its notes, hidden sheet, frozen row and widths', async () => {
  const { wb, s } = await firstSheet('openpyxl-notes.xlsx');
  expect(s.notes.get(0, 0)).toBe('เลขที่รายการ ห้ามซ้ำ');
  expect(s.notes.get(0, 3)).toBe('บาท');
  expect(s.formats.numFmt.get(1, 2)).toBe('d/m/yyyy');
  expect(s.frozenRows).toBe(1);
  expect(wb.sheets.map((x) => [x.name, x.hidden])).toEqual([
    ['เงินฝาก', false],
    ['ซ่อน', true],
  ]);
});

test('the notes of the .xls and .ods read as in LibreOffice', async () => {
  for (const file of ['libreoffice.ods', 'libreoffice.xls']) {
    const { s } = await firstSheet(file);
    expect(s.notes.get(0, 0)).toBe('เลขที่รายการ ห้ามซ้ำ');
  }
});

test('the Windows-874 CSV is recognised as such', async () => {
  const { wb } = await firstSheet('windows-874.csv');
  expect(wb.source?.encoding).toBe('windows-874');
  expect((await firstSheet('utf8-bom.csv')).wb.source?.encoding).toBe('utf-8');
});

describe.each([
  ['damaged-empty.xlsx', 'empty'],
  ['damaged-truncated.xlsx', 'truncated'],
  ['damaged-pdf.xlsx', 'pdf'],
  ['damaged-password.xlsx', 'password-protected'],
  ['damaged-password.xls', 'password-protected'],
  ['damaged-password.ods', 'password-protected'],
])('%s', (file, code) => {
  test(`is refused with code ${code}, and left as it was`, async () => {
    const path = join(tmp(), file);
    copyFileSync(join(FIX, file), path);
    const before = readFileSync(path);
    const err = await loadWorkbookFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookFileError);
    expect((err as WorkbookFileError).code).toBe(code);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

test('a password-protected .xlsx (LibreOffice) is told in Thai, for reading and for writing, and left as it was', () => {
  requireBuild();
  const path = join(tmp(), 'book.xlsx');
  copyFileSync(join(FIX, 'damaged-password.xlsx'), path);
  const before = readFileSync(path);
  for (const action of ['info', 'summarize']) {
    const r = cli(action, path);
    expect([action, r.code, r.err.trim()]).toEqual([
      action,
      2,
      `ไฟล์ ${path} ตั้งรหัสผ่านไว้ เปิดในโปรแกรมที่สร้างแล้วบันทึกใหม่โดยไม่ใส่รหัสผ่านก่อน (the file is password-protected)`,
    ]);
  }
  expect(readFileSync(path).equals(before)).toBe(true);
});

test('a folder named like a book is "unreadable" and said to be a folder', async () => {
  const dir = join(tmp(), 'book.xlsx');
  mkdirSync(dir);
  const err = (await loadWorkbookFile(dir).catch((e: unknown) => e)) as WorkbookFileError;
  expect([err.code, err.detail?.folder]).toEqual(['unreadable', true]);
});

test('a read-only source is never written over, but can be saved as a new .xlsx book', async () => {
  const dir = tmp();
  const csv = join(dir, 'deposits.csv');
  copyFileSync(join(FIX, 'utf8.csv'), csv);
  const before = statSync(csv).mtimeMs;
  const wb = await loadWorkbookFile(csv);
  const err = (await saveXlsx(wb, csv).catch((e: unknown) => e)) as WorkbookFileError;
  expect([err.code, err.detail?.format]).toEqual(['read-only-format', 'csv']);
  expect(statSync(csv).mtimeMs).toBe(before);
  const xlsx = join(dir, 'deposits.xlsx');
  await saveXlsx(wb, xlsx);
  const back = await loadWorkbookFile(xlsx);
  expect(back.sheets[0].rows.slice(0, 4)).toEqual(CELLS);
  expect(back.source).toMatchObject({ format: 'xlsx', readOnly: false });
});

test('an openpyxl book saved by us and opened again keeps its notes and values', async () => {
  const path = join(tmp(), 'book.xlsx');
  copyFileSync(join(FIX, 'openpyxl-notes.xlsx'), path);
  const wb = await loadWorkbookFile(path);
  wb.sheets[0].rows[4] = ['D0004', 'M00004', bkk(2025, 10, 1), 55, 'ใหม่'];
  wb.sheets[0].markDirty();
  await saveXlsx(wb, path);
  const back = await loadWorkbookFile(path);
  expect(back.sheets[0].rows.slice(0, 5).map((r) => r.slice(0, 5))).toEqual([
    ...CELLS,
    ['D0004', 'M00004', bkk(2025, 10, 1), 55, 'ใหม่'],
  ]);
  expect(back.sheets[0].notes.get(0, 0)).toBe('เลขที่รายการ ห้ามซ้ำ');
  expect(back.sheets.map((x) => [x.name, x.hidden])).toEqual([
    ['เงินฝาก', false],
    ['ซ่อน', true],
  ]);
});
