/**
 * LibreOffice (soffice) and poppler's pdftotext for tests that print a workbook to PDF. Where
 * either is missing, `missing` says why (the tests report themselves as skipped with it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function which(...names: string[]): string | null {
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

export const soffice = which('soffice', 'libreoffice');
export const pdftotext = which('pdftotext');
export const missing = !soffice
  ? 'LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)'
  : !pdftotext
    ? 'pdftotext is not installed (apt-get install -y poppler-utils)'
    : null;

/**
 * pdftotext may split Thai words and move tone marks and upper/lower vowels (it emits "ครัง้" for
 * "ครั้ง"), so both sides are compared without spaces and without those combining marks.
 */
export function bare(s: string): string {
  return s.normalize('NFC').replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
}

/** Prints `file` to PDF in `dir` with LibreOffice (a private profile: another instance may hold the default one). */
export function printToPdf(file: string, dir: string): string {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 180000, stdio: 'pipe' },
  );
  const pdf = join(dir, basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}`);
  return pdf;
}

/** The PDF's text, one string per page (pdftotext ends each page with a form feed). */
export function pdfPages(pdf: string): string[] {
  const txt = `${pdf}.txt`;
  execFileSync(pdftotext!, ['-enc', 'UTF-8', pdf, txt]);
  const pages = readFileSync(txt, 'utf8').split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}
