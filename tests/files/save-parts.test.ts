/**
 * A save writes only what changed: a sheet the call did not change is copied from the old file
 * byte for byte (its compressed part, comments and drawings), and a call that changes nothing
 * writes nothing at all (the file keeps its inode, time and bytes).
 */
import { statSync } from 'node:fs';
import { SHEETS } from '../../src/core/schema';
import { createRuntime, loadWorkbookFile } from '../../src/local/runtime';
import type { XlsxPackage } from '../../src/local/runtime/files/xlsx-read';
import { bookOnDisk, memberNamesOnDisk, sha } from '../files-safety/helpers';

/** Each sheet's parts in the file (its XML, rels, comments, VML), as stored: compressed bytes and CRC. */
async function storedPartsBySheet(path: string): Promise<Map<string, Buffer[]>> {
  const wb = await loadWorkbookFile(path);
  const pkg = wb.source!.pkg as XlsxPackage;
  const out = new Map<string, Buffer[]>();
  for (const s of wb.sheets) {
    const parts = (pkg.sheetParts.get(s.origin!.part) ?? []).filter((p) => pkg.zip.has(p));
    out.set(
      s.name,
      parts.map((p) => {
        const e = pkg.zip.entries.get(p)!;
        return Buffer.concat([pkg.zip.raw(e), Buffer.from(`crc ${e.crc}`)]);
      }),
    );
  }
  return out;
}

const fileState = (path: string) => {
  const st = statSync(path);
  return { ino: st.ino, mtimeMs: st.mtimeMs, size: st.size, sha: sha(path) };
};

test('reading every sheet and saving writes nothing; a change to one sheet rewrites only that sheet', async () => {
  const path = await bookOnDisk();
  const before = await storedPartsBySheet(path);
  const untouched = fileState(path);

  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  for (const s of rt.spreadsheet.getSheets()) s.getDataRange().getValues();
  await rt.save(path);
  expect(fileState(path)).toEqual(untouched);

  rt.spreadsheet.getSheetByName(SHEETS.members.th)!.appendRow(['M9999', 'นางใหม่ ทดสอบ']);
  await rt.save(path);
  const changed = fileState(path);
  expect(changed.sha).not.toBe(untouched.sha);
  expect(await memberNamesOnDisk(path)).toContain('นางใหม่ ทดสอบ');

  const after = await storedPartsBySheet(path);
  expect([...after.keys()]).toEqual([...before.keys()]);
  const same = (name: string) =>
    after.get(name)!.length === before.get(name)!.length &&
    after.get(name)!.every((b, i) => b.equals(before.get(name)![i]));
  const sheetsWithParts = [...before.keys()].filter((n) => before.get(n)!.length > 0);
  expect(sheetsWithParts.length).toBeGreaterThan(3);
  expect(sheetsWithParts.filter((n) => !same(n))).toEqual([SHEETS.members.th]);

  // saving again with nothing changed since: the file stays as the last save left it
  await rt.save(path);
  expect(fileState(path)).toEqual(changed);
});
