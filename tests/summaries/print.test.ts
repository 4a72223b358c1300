/**
 * The summary sheets and the check report print on A4 at page width, their main table's header
 * repeated on every page and their name as the page title. Google Sheets has no print-settings
 * API: the add-on records the layout as developer metadata and the saved .xlsx carries it as its
 * page setup (src/core/print-layout.ts), so the book prints that way from Excel or LibreOffice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../../src/local/runtime';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { PRINT_LAYOUT_KEY } from '../../src/core/print-layout';
import { tempDir } from '../support/runtime';
import { unzipText } from '../share/helpers';
import { SUMMARY_SHEETS, cellDate, fill, sheetValues, smallFund } from './book';
import { callCli } from '../../src/local/addon';

const REPORT = 'ผลการตรวจสอบ';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface Printed {
  fitToPage: boolean;
  paper: string | undefined;
  orientation: string | undefined;
  fit: string;
  header: string;
  /** rows repeated on every page */
  titles: string | undefined;
}

/** How each sheet of a saved .xlsx prints, by sheet name. */
function printed(file: string): Map<string, Printed> {
  const parts = unzipText(readFileSync(file));
  const workbook = parts.get('xl/workbook.xml')!;
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => decode(m[1]));
  const titles = new Map<number, string>();
  for (const m of workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]+)</g))
    titles.set(Number(m[1]), decode(m[2]));
  return new Map(
    names.map((name, i) => {
      const xml = parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? '';
      const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
      return [
        name,
        {
          fitToPage: /<pageSetUpPr fitToPage="1"\/>/.test(xml),
          paper: /paperSize="(\d+)"/.exec(setup)?.[1],
          orientation: /orientation="(\w+)"/.exec(setup)?.[1],
          fit: [/fitToWidth="(\d+)"/.exec(setup)?.[1], /fitToHeight="(\d+)"/.exec(setup)?.[1]].join('x'),
          header: decode(/<oddHeader>([^<]*)</.exec(xml)?.[1] ?? ''),
          titles: titles.get(i),
        },
      ];
    }),
  );
}

/** The small fund of the bundle tests, plus money dated before its member joined (a finding for the report's list). */
async function fundBook(): Promise<Runtime> {
  const rt = await smallFund(200);
  fill(rt, 'deposits', [{ receiptNo: 'R900', date: cellDate(1, 1, 2560), memberId: 'M5', kind: 'เงินออม', amount: 30 }]);
  return rt;
}

describe('page setup of the sheets the add-on writes into the book', () => {
  let rt: Runtime;
  let dir: string;
  beforeAll(async () => {
    rt = await fundBook();
    dir = tempDir('print-');
    // Twice: a rerun replaces the layout, it does not pile up.
    callCli(rt, 'buildSummariesWith', { asOf: '31/12/2566', period: 'fiscal' });
    callCli(rt, 'buildSummariesWith', { asOf: '31/12/2566', period: 'fiscal' });
    callCli(rt, 'runChecks');
    await rt.save(join(dir, 'book.xlsx'));
  });

  test('each summary sheet: A4 portrait, one page wide, its name as the page title, its main header repeated', () => {
    const pages = printed(join(dir, 'book.xlsx'));
    for (const name of SUMMARY_SHEETS) {
      const p = pages.get(name)!;
      expect({ name, ...p, titles: undefined }).toEqual({
        name,
        fitToPage: true,
        paper: '9',
        orientation: 'portrait',
        fit: '1x0',
        header: expect.stringContaining(name),
        titles: undefined,
      });
      // The repeated row is a header: the words over the figures of that sheet's longest table.
      const m = /^'(.+)'!\$(\d+):\$(\d+)$/.exec(p.titles ?? '');
      expect([name, m?.[1]]).toEqual([name, name]);
      const values = sheetValues(rt, name);
      const header = values[Number(m![2]) - 1].filter((v) => v !== '');
      expect([name, header.length >= 2 && header.every((v) => typeof v === 'string')]).toEqual([name, true]);
    }
    // The record sheets are the secretary's: the add-on sets nothing on them.
    for (const name of ['สมาชิก', 'เงินฝาก']) expect(pages.get(name)?.paper).toBeUndefined();
  });

  test('the check report: A4 landscape at page width, the findings list header on every page', () => {
    const p = printed(join(dir, 'book.xlsx')).get(REPORT)!;
    expect({ ...p, titles: undefined }).toEqual({
      fitToPage: true,
      paper: '9',
      orientation: 'landscape',
      fit: '1x0',
      header: expect.stringContaining(REPORT),
      titles: undefined,
    });
    const row = Number(/\$(\d+):/.exec(p.titles ?? '')?.[1]);
    const values = sheetValues(rt, REPORT);
    expect(values[row - 1][0]).toBe('ระดับ');
    expect(values.length).toBeGreaterThan(row);
  });

  test('one layout per sheet after reruns, and it survives opening and saving the book again', async () => {
    for (const name of [...SUMMARY_SHEETS, REPORT]) {
      const meta = rt.spreadsheet
        .getSheetByName(name)!
        .getDeveloperMetadata()
        .filter((d) => d.getKey() === PRINT_LAYOUT_KEY);
      expect([name, meta.length]).toEqual([name, 1]);
    }
    const again = join(dir, 'again.xlsx');
    await saveXlsx(await loadXlsx(join(dir, 'book.xlsx')), again);
    expect(printed(again)).toEqual(printed(join(dir, 'book.xlsx')));
  });
});
