/**
 * The book the add-on makes opens in a real spreadsheet program: a set-up demo book (a short one,
 * so the PDF stays small) is saved as .xlsx, converted to PDF by LibreOffice, and the PDF's text
 * must hold the Thai headers and Thai data. Where LibreOffice or pdftotext is missing the test
 * is reported as skipped, with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_SHEETS, SHEETS } from '../../src/core/schema';
import { loadBundle, tempDir } from '../support/runtime';
import { skipBecause } from '../support/skip';

/* eslint-disable @typescript-eslint/no-explicit-any */

function which(...names: string[]): string | null {
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

const soffice = which('soffice', 'libreoffice');
const pdftotext = which('pdftotext');
const missing = !soffice
  ? 'LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)'
  : !pdftotext
    ? 'pdftotext is not installed (apt-get install -y poppler-utils)'
    : null;

/**
 * pdftotext may split Thai words and move tone marks and upper/lower vowels (it emits "ครัง้" for
 * "ครั้ง"), so both sides are compared without spaces and without those combining marks.
 */
function bare(s: string): string {
  return s.normalize('NFC').replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
}

if (missing) {
  skipBecause('the saved demo book converts to PDF in LibreOffice with its Thai headers and names intact', missing);
} else {
  test('the saved demo book converts to PDF in LibreOffice with its Thai headers and names intact', async () => {
    const rt = await loadBundle();
    rt.call('createDemoFund', 2545, '2003-09-30');
    const dir = tempDir('lo-');
    const xlsx = join(dir, 'demo.xlsx');
    await rt.save(xlsx);
    // A private profile: LibreOffice refuses to start when another instance holds the default one.
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      {
        timeout: 180000,
        stdio: 'pipe',
      },
    );
    const pdf = join(dir, 'demo.pdf');
    expect(existsSync(pdf)).toBe(true);
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
