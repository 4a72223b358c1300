/**
 * `npx welfare-fund share FILE --out SHARED.xlsx`: the same shared workbook as a file, for a group
 * that sends it by e-mail or LINE. The .xlsx is unzipped and every XML part is searched for the
 * fund book's personal data; the fund book itself is left byte for byte as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../src/local/runtime';
import { requireBuild, tempDir } from '../support/runtime';
import { cliRunner, expectRefusal, sha } from '../support/cli';
import { SHARED_SHEETS, leaks, personalData, unzipText, xmlStrings, type Personal } from './helpers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const cli = cliRunner(180000);

describe('npx welfare-fund share', () => {
  let dir: string;
  let book: string;
  let personal: Personal;
  beforeAll(async () => {
    requireBuild();
    dir = tempDir('share-');
    book = join(dir, 'fund.xlsx');
    expect(cli('demo', book).code).toBe(0);
    const rt = await createRuntime({ workbookPath: book, bundlePath: null });
    personal = personalData(rt.spreadsheet as unknown as Spreadsheet);
  }, 180000);

  test('writes the shared workbook and leaves the fund book untouched', () => {
    const before = sha(book);
    const out = join(dir, 'shared.xlsx');
    const r = cli('share', book, '--out', out, '--as-of', '30/9/2547');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('30 ก.ย. 2547');
    expect(existsSync(out)).toBe(true);
    expect(sha(book)).toBe(before);

    const parts = unzipText(readFileSync(out));
    const workbook = parts.get('xl/workbook.xml')!;
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(SHARED_SHEETS);
    // No hidden sheet at all (the runtime's own state sheets stay out of a file that leaves the fund).
    expect(workbook).not.toMatch(/state="(very)?[hH]idden"/);
    // Every sheet protected.
    for (let i = 1; i <= names.length; i++)
      expect(parts.get(`xl/worksheets/sheet${i}.xml`)).toContain('<sheetProtection');
    // No named range: the only names are the print titles (rows repeated on each printed page).
    expect(workbook.replace(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*<\/definedName>/g, '')).not.toMatch(
      /<definedName /,
    );
    // Values only: no formula in any sheet.
    for (const [name, xml] of parts)
      if (name.startsWith('xl/worksheets/'))
        expect([name, xml.includes('<f>') || xml.includes('<f ')]).toEqual([name, false]);
    // The small counts are there as "<3".
    expect([...parts.values()].some((xml) => xml.includes('&lt;3'))).toBe(true);
  }, 180000);

  test('no member id, name, national id, phone, address or beneficiary in any part of the .xlsx', () => {
    const out = join(dir, 'shared-now.xlsx');
    expect(cli('share', book, '--out', out).code).toBe(0);
    const parts = unzipText(readFileSync(out));
    expect(parts.size).toBeGreaterThan(6);
    // Every XML part: cells and shared strings, sheet names, defined names, comments/notes,
    // charts, document properties.
    const strings = [...parts.values()].flatMap(xmlStrings);
    expect(leaks(strings, personal)).toEqual([]);
    // The same search finds them in the fund book, so it would notice a leak.
    const own = [...unzipText(readFileSync(book)).values()].flatMap(xmlStrings);
    expect(leaks(own, personal).length).toBeGreaterThan(100);
  }, 180000);

  test('--out is required, must not be the book, and a bad date is one clear sentence', () => {
    const before = sha(book);
    const missing = cli('share', book);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('--out');
    const same = cli('share', book, '--out', book);
    expect(same.code).not.toBe(0);
    const bad = cli('share', book, '--out', join(dir, 'x.xlsx'), '--as-of', '31/2/2568');
    expectRefusal(bad, 'ไม่มีวันที่ 31');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    expect(sha(book)).toBe(before);
  }, 180000);
});
