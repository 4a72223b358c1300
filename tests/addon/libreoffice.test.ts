/**
 * The book the add-on makes opens in a real spreadsheet program: a set-up demo book (a short one,
 * so the PDF stays small) is saved as .xlsx, converted to PDF by LibreOffice, and the PDF's text
 * must hold the Thai headers and Thai data. Where LibreOffice or pdftotext is missing the test
 * is reported as skipped, with the reason.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_SHEETS, SHEETS } from '../../src/core/schema';
import { loadBundle, tempDir } from '../support/runtime';
import { skipBecause } from '../support/skip';
import { bare, missing, pdftotext, printToPdf } from '../support/libreoffice';
import { callCli } from '../../src/local/addon';

/* eslint-disable @typescript-eslint/no-explicit-any */

if (missing) {
  skipBecause('the saved demo book converts to PDF in LibreOffice with its Thai headers and names intact', missing);
} else {
  test('the saved demo book converts to PDF in LibreOffice with its Thai headers and names intact', async () => {
    const rt = await loadBundle();
    callCli(rt, 'createDemoFund', 2545, '2003-09-30');
    const dir = tempDir('lo-');
    const xlsx = join(dir, 'demo.xlsx');
    await rt.save(xlsx);
    const pdf = printToPdf(xlsx, dir);
    execFileSync(pdftotext!, ['-enc', 'UTF-8', pdf, join(dir, 'demo.txt')]);
    const text = bare(readFileSync(join(dir, 'demo.txt'), 'utf8'));
    const headers = RECORD_SHEETS.flatMap((k) => SHEETS[k].columns.map((c) => c.th));
    const lost = headers.filter((h) => !text.includes(bare(h)));
    expect(lost).toEqual([]);
    const firstName = (rt.spreadsheet as any).getSheetByName('สมาชิก').getRange(2, 2).getValue() as string;
    expect(firstName).toMatch(/^(นาย|นาง|ด\.)/);
    expect(text).toContain(bare(firstName));
    expect(text).toContain(bare('กองทุนสวัสดิการชุมชนตำบลดอนแก้ว'));
  }, 240000);
}
