/**
 * Date cells are written with a format that shows the Buddhist-Era year in Excel and LibreOffice,
 * and read back as the add-on's own format. Where LibreOffice is installed it renders the saved
 * book, and a 2002 date must show as 2545.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime, loadWorkbookFile } from '../../src/local/runtime';
import { fromFileFormat, toFileFormat } from '../../src/local/runtime/files/numfmt';
import { ZipReader } from '../../src/local/runtime/files/zip';
import { bkk, tmp } from '../runtime/helpers';
import { skipBecause } from '../support/skip';

async function bookWithDates(path: string): Promise<void> {
  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  const sh = rt.spreadsheet.getSheets()[0];
  sh.getRange('A1:C1').setValues([[bkk(2002, 8, 15), bkk(2024, 2, 29), 1250.5]]);
  sh.getRange('A1:B1').setNumberFormat('d/m/yyyy');
  sh.getRange('C1').setNumberFormat('#,##0.00');
  await rt.save();
}

const numFmtsOf = (path: string): string[] =>
  [...(new ZipReader(readFileSync(path)).text('xl/styles.xml') ?? '').matchAll(/formatCode="([^"]*)"/g)].map(
    (m) => m[1],
  );

test('the file holds the Buddhist-Era date format; the book reads back its own format, twice over', async () => {
  const path = join(tmp(), 'be.xlsx');
  await bookWithDates(path);
  expect(numFmtsOf(path)).toContain('[$-107041E]d/m/yyyy');
  // money keeps its format untouched
  expect(numFmtsOf(path).filter((f) => f.includes('#,##0.00'))).toEqual([]);
  for (let round = 0; round < 2; round++) {
    const rt = await createRuntime({ workbookPath: path, bundlePath: null });
    const sh = rt.spreadsheet.getSheets()[0];
    expect(sh.getRange('A1:B1').getNumberFormats()).toEqual([['d/m/yyyy', 'd/m/yyyy']]);
    expect(sh.getRange('A1').getValue()).toEqual(bkk(2002, 8, 15));
    sh.getRange('D1').setValue(round);
    await rt.save();
  }
  expect(numFmtsOf(path).filter((f) => f.includes('d/m/yyyy'))).toEqual(['[$-107041E]d/m/yyyy']);
});

test("Excel's and LibreOffice's other Buddhist-Era codes read as the plain format; others stay", () => {
  for (const code of ['[$-107041E]d/m/yyyy', '[$-1070000]d/m/yyyy', '[$-D07041E]d/m/yyyy', '[$-th-TH,107]d/m/yyyy'])
    expect(fromFileFormat(code)).toBe('d/m/yyyy');
  expect(fromFileFormat('[$-409]d/m/yyyy')).toBe('[$-409]d/m/yyyy');
  expect(toFileFormat('d/m/yyyy')).toBe('[$-107041E]d/m/yyyy');
  expect(toFileFormat('#,##0.00')).toBe('#,##0.00');
  expect(toFileFormat('@')).toBe('@');
  expect(toFileFormat('[$-409]d/m/yyyy')).toBe('[$-409]d/m/yyyy');
});

function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = which('soffice') ?? which('libreoffice');
const NAME = 'LibreOffice shows a 2002 date of the saved book as 2545';
if (!soffice) skipBecause(NAME, 'LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)');
else
  test(
    NAME,
    async () => {
      const dir = tmp();
      const path = join(dir, 'be.xlsx');
      await bookWithDates(path);
      // CSV "as shown" (the 9th filter token): LibreOffice writes each cell as its format displays it
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
          '--outdir',
          join(dir, 'out'),
          path,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const shown = readFileSync(join(dir, 'out', 'be.csv'), 'utf8').trim();
      expect(shown).toBe('15/8/2545,29/2/2567,"1,250.50"');
      // and a book LibreOffice saved again reads back with the add-on's own format
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          join(dir, 'lo'),
          path,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const wb = await loadWorkbookFile(join(dir, 'lo', 'be.xlsx'));
      expect(wb.sheets[0].formats.numFmt.get(0, 0)).toBe('d/m/yyyy');
      expect(wb.sheets[0].rows[0].slice(0, 2)).toEqual([bkk(2002, 8, 15), bkk(2024, 2, 29)]);
    },
    150_000,
  );
