/**
 * A book the runtime saved is opened without reading its sheets' cells: a sheet is read the first
 * time a call uses it, and a sheet no call used is copied to the next save byte for byte. The
 * evidence needs no clock: one sheet's part is damaged past its first bytes, so reading it would
 * fail; opening the book, working on the other sheets and saving never do.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { SHEETS } from '../../src/core/schema';
import { createRuntime, loadWorkbookFile } from '../../src/local/runtime';
import { ZipReader, ZipWriter } from '../../src/local/runtime/files/zip';
import type { SheetModel } from '../../src/local/runtime/workbook';
import { bookOnDisk, memberNamesOnDisk } from '../files-safety/helpers';
import { cliRunner, expectRefusal, sha } from '../support/cli';
import { loadBundle, requireBuild } from '../support/runtime';
import { callMenu, callRpc } from '../../src/local/addon';

const DAMAGED = SHEETS.benefits.th;

/** The stored (compressed) bytes of a sheet's part in the file on disk. */
async function storedPart(path: string, sheet: string): Promise<Buffer> {
  const zip = new ZipReader(readFileSync(path));
  const part = (await loadWorkbookFile(path)).sheet(sheet)!.origin!.part;
  return Buffer.from(zip.raw(zip.entries.get(part)!));
}

/**
 * Rewrites the book so that one sheet's part starts as it did (its <dimension> still readable) and
 * then breaks: a deflate block of the reserved type 3, which no inflater accepts.
 */
async function damageSheet(path: string, sheet: string): Promise<void> {
  const wb = await loadWorkbookFile(path);
  const part = wb.sheet(sheet)!.origin!.part;
  const zip = new ZipReader(readFileSync(path));
  const xml = zip.read(part)!;
  // the head as it was, then a comment of text that does not compress (so the damage lies well
  // past the first bytes), then the broken block
  const head = xml.subarray(0, xml.indexOf('<sheetData'));
  const filler = Buffer.from(`<!--${randomBytes(6000).toString('base64')}-->`);
  const broken = Buffer.concat([
    deflateRawSync(Buffer.concat([head, filler]), { finishFlush: constants.Z_SYNC_FLUSH }),
    Buffer.from([0x07, 0xff, 0xff, 0xff]),
  ]);
  const out = new ZipWriter();
  for (const e of zip.entries.values()) {
    if (e.name !== part) out.copy(zip, e);
    else out.copy({ raw: () => broken } as unknown as ZipReader, { ...e, method: 8 });
  }
  writeFileSync(path, Buffer.concat(out.finish()));
}

const modelOf = (s: unknown): SheetModel => (s as { _model: SheetModel })._model;

test('a sheet no call uses is never read, and a save copies it byte for byte', async () => {
  const path = await bookOnDisk();
  await damageSheet(path, DAMAGED);
  const damagedBytes = await storedPart(path, DAMAGED);

  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  const sheets = rt.spreadsheet.getSheets();
  // opened: the sheet list, names and sizes are known, no sheet's cells have been read
  expect(sheets.map((s) => s.getName())).toContain(DAMAGED);
  expect(sheets.filter((s) => !modelOf(s).pending).map((s) => s.getName())).toEqual([]);
  expect(rt.spreadsheet.getSheetByName(DAMAGED)!.getMaxRows()).toBeGreaterThan(0);

  // a call that reads the members reads that sheet only
  const members = rt.spreadsheet.getSheetByName(SHEETS.members.th)!;
  expect(members.getLastRow()).toBe(13);
  expect(sheets.filter((s) => !modelOf(s).pending).map((s) => s.getName())).toEqual([SHEETS.members.th]);

  members.appendRow(['M9999', 'นางใหม่ ทดสอบ']);
  await rt.save(path);
  expect(modelOf(rt.spreadsheet.getSheetByName(DAMAGED)).pending).toBe(true);
  expect(await storedPart(path, DAMAGED)).toEqual(damagedBytes);
  expect(await memberNamesOnDisk(path)).toContain('นางใหม่ ทดสอบ');

  // the damaged sheet is read only when a call uses it, and then says which sheet is damaged
  expect(() => rt.spreadsheet.getSheetByName(DAMAGED)!.getDataRange().getValues()).toThrow(
    `แผ่นงาน "${DAMAGED}" ในไฟล์นี้เสียหาย`,
  );
});

test('the command line meets the damaged sheet mid-action: one Thai sentence naming it, and the file untouched', async () => {
  requireBuild();
  const path = await bookOnDisk();
  await damageSheet(path, DAMAGED);
  const before = sha(path);
  // check reads every record and settings sheet, so it reaches the damaged one after opening fine
  const r = cliRunner()('check', path);
  expectRefusal(r, `แผ่นงาน "${DAMAGED}" ในไฟล์ ${path} เสียหาย อ่านไม่ได้ จึงไม่ได้บันทึกอะไร`);
  expect(r.err).not.toMatch(/at .*\.js:\d+/);
  expect(sha(path)).toBe(before);
});

test('a sheet read but not changed is still copied byte for byte', async () => {
  const path = await bookOnDisk();
  const before = await storedPart(path, SHEETS.deposits.th);
  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  const deposits = rt.spreadsheet.getSheetByName(SHEETS.deposits.th)!;
  expect(deposits.getDataRange().getValues().length).toBe(21);
  expect(modelOf(deposits).pending).toBe(false);
  rt.spreadsheet.getSheetByName(SHEETS.members.th)!.appendRow(['M9999', 'นางใหม่ ทดสอบ']);
  await rt.save(path);
  expect(await storedPart(path, SHEETS.deposits.th)).toEqual(before);
});

test('opening a sidebar reads no sheet; a look-up reads only the sheets it searches', async () => {
  const path = await bookOnDisk();
  const rt = await loadBundle({ workbookPath: path });
  const read = () =>
    rt.spreadsheet
      .getSheets()
      .filter((s) => !modelOf(s).pending)
      .map((s) => s.getName());
  rt.onOpen('LIMITED');
  callMenu(rt, 'showAboutSidebar');
  callMenu(rt, 'showDepositForm');
  expect(read()).toEqual([]);
  callRpc(rt, 'findMembersByNationalId', '123456');
  expect(read()).toContain(SHEETS.members.th);
  expect(read()).not.toContain(SHEETS.deposits.th);
  expect(read()).not.toContain(SHEETS.ledger.th);
});
