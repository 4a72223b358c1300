/**
 * The shared figures-only file prints: every sheet on A4, scaled to the page width (so a table's
 * labels and its figures land on the same page), the main table's header row repeated on every page,
 * the sheet's name in the page header and the page number in the footer. Google Sheets has no
 * print-settings API, so this is what the .xlsx carries (src/core/print-layout.ts). Where
 * LibreOffice is installed, the file is printed to PDF and each page's text is checked.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../src/local/runtime';
import { ROOT, requireBuild, tempDir } from '../support/runtime';
import { skipBecause } from '../support/skip';
import { bare, missing, pdfPages, printToPdf } from '../support/libreoffice';
import { ABOUT, SHARED_SHEETS, unzipText } from './helpers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const BIN = join(ROOT, 'bin', 'welfare-fund.js');
const STATUS = 'ฐานะกองทุน';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let dir: string;
let shared: string;
let parts: Map<string, string>;

beforeAll(() => {
  requireBuild();
  dir = tempDir('share-print-');
  const book = join(dir, 'fund.xlsx');
  shared = join(dir, 'shared.xlsx');
  for (const args of [
    ['demo', book],
    ['share', book, '--out', shared],
  ]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 180000 });
    if (r.status !== 0) throw new Error(`${args[0]}: ${r.stderr}`);
  }
  parts = unzipText(readFileSync(shared));
}, 240000);

/** Sheet name -> its worksheet XML, in the workbook's order. */
function sheetXml(): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml')!;
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  return new Map(names.map((n, i) => [n, parts.get(`xl/worksheets/sheet${i + 1}.xml`)!]));
}

/** Print titles by sheet name: the 1-based rows repeated on each page. */
function printTitles(): Map<string, [number, number]> {
  const workbook = parts.get('xl/workbook.xml')!;
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const out = new Map<string, [number, number]>();
  for (const m of workbook.matchAll(
    /<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]+)<\/definedName>/g,
  )) {
    const ref = /!\$(\d+):\$(\d+)$/.exec(decode(m[2]))!;
    expect(decode(m[2]).startsWith(`'${names[Number(m[1])]}'!`)).toBe(true);
    out.set(names[Number(m[1])], [Number(ref[1]), Number(ref[2])]);
  }
  return out;
}

test('every sheet of the shared file is set to print on A4 at page width, with its name as the page title', () => {
  const sheets = sheetXml();
  expect([...sheets.keys()]).toEqual(SHARED_SHEETS);
  for (const [name, xml] of sheets) {
    const page = {
      name,
      fitToPage: /<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/.test(xml),
      setup: /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '',
      header: decode(/<oddHeader>([^<]*)<\/oddHeader>/.exec(xml)?.[1] ?? ''),
      footer: decode(/<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1] ?? ''),
    };
    expect(page).toEqual({
      name,
      fitToPage: true,
      setup: expect.stringMatching(/paperSize="9".*fitToWidth="1" fitToHeight="0"/),
      header: expect.stringContaining(name),
      footer: expect.stringContaining('&P'),
    });
  }
});

test("each table's header row repeats on every printed page", async () => {
  const titles = printTitles();
  // The about sheet is a text page with no table header; every figures table has one.
  expect([...titles.keys()].sort()).toEqual(
    SHARED_SHEETS.filter((s) => s !== ABOUT && s !== 'ข้อมูลสำหรับเครือข่าย').sort(),
  );
  const rt = await createRuntime({ workbookPath: shared, bundlePath: null });
  const ss = rt.spreadsheet as unknown as Spreadsheet;
  for (const [name, [from, to]] of titles) {
    expect([name, from]).toEqual([name, to]);
    const values = ss.getSheetByName(name)!.getDataRange().getValues();
    const header = values[from - 1].filter((v) => v !== '');
    // A header: words only, and the rows under it carry the figures.
    expect([name, header.length >= 2, header.every((v) => typeof v === 'string')]).toEqual([name, true, true]);
    expect([name, values[from].some((v) => typeof v === 'number')]).toEqual([name, true]);
  }
});

const PDF_TEST = 'printed by LibreOffice, every label of the fund status is on the same page as its figures';
if (missing) skipBecause(PDF_TEST, missing);
else
  test(
    PDF_TEST,
    async () => {
      const pages = pdfPages(printToPdf(shared, dir));
      // Each page starts with its sheet's name (the page header).
      const sheetOf = (page: string) => SHARED_SHEETS.find((s) => bare(page.trim().split('\n')[0]) === bare(s));
      expect(SHARED_SHEETS.filter((s) => !pages.some((p) => sheetOf(p) === s))).toEqual([]);
      expect(sheetOf(pages[0])).toBe(ABOUT);

      const rt = await createRuntime({ workbookPath: shared, bundlePath: null });
      const shown = (rt.spreadsheet as unknown as Spreadsheet)
        .getSheetByName(STATUS)!
        .getDataRange()
        .getDisplayValues();
      const statusPages = pages.filter((p) => sheetOf(p) === STATUS).map(bare);
      // Rows with a label and at least one figure (e.g. "รวมรายรับ … 2,772,173.79").
      const rows = shown
        .map((r) => ({
          label: r[0].trim(),
          figures: r.slice(1).filter((v) => /^[\d,.]+$/.test(v.trim()) && /\d{2}/.test(v)),
        }))
        .filter((r) => r.label !== '' && r.figures.length > 0);
      expect(rows.length).toBeGreaterThan(10);
      const apart = rows.filter(
        (r) => !statusPages.some((p) => p.includes(bare(r.label)) && r.figures.every((f) => p.includes(bare(f)))),
      );
      expect(apart).toEqual([]);
    },
    300000,
  );
