/**
 * What a file is, from its first bytes (never from its name alone), and a WorkbookFileError that says
 * what is wrong when it is not a workbook we can read. A valid workbook is never blamed: each damage
 * has its own code.
 */
import { promises as fsp } from 'node:fs';
import { extname } from 'node:path';
import { WorkbookFileError } from '../errors';
import { ZipError, ZipReader } from './zip';

export const SOURCE_FORMATS = ['xlsx', 'xls', 'ods', 'csv'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Sniffed {
  format: SourceFormat;
  buf: Buffer;
  /** the opened archive, for xlsx and ods */
  zip?: ZipReader;
}

/** Reads the file; missing / folder / unreadable become WorkbookFileErrors. */
export async function readSource(path: string): Promise<Buffer> {
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory())
      throw new WorkbookFileError('unreadable', path, `${path} is a folder, not a workbook file.`, { folder: true });
    if (!st.isFile()) throw new WorkbookFileError('unreadable', path, `${path} is not a file.`);
    return await fsp.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new WorkbookFileError('missing', path, `The file ${path} does not exist.`);
    throw new WorkbookFileError(
      'unreadable',
      path,
      `The file ${path} cannot be read (${code ?? (e as Error).message}).`,
    );
  }
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptionInfo" as a UTF-16LE directory name: Excel's and LibreOffice's encrypted .xlsx */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Text that a person could have saved as CSV: valid UTF-8 or single-byte text without NULs. */
function looksLikeText(buf: Buffer): boolean {
  const n = Math.min(buf.length, 4096);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return false;
  return true;
}

export function sniff(path: string, buf: Buffer): Sniffed {
  const fail = (code: 'empty' | 'truncated' | 'password-protected' | 'pdf' | 'not-a-workbook', why: string) =>
    new WorkbookFileError(code, path, `The file ${path} ${why}.`);
  if (buf.length === 0) throw fail('empty', 'is empty (0 bytes)');
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') throw fail('pdf', 'is a PDF document, not a workbook');
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB)) {
    if (buf.includes(ENCRYPTION_INFO)) throw fail('password-protected', 'is protected with a password');
    return { format: 'xls', buf };
  }
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    let zip: ZipReader;
    try {
      zip = new ZipReader(buf);
    } catch (e) {
      const kind = e instanceof ZipError ? e.kind : 'not-zip';
      if (kind === 'truncated') throw fail('truncated', 'is cut short (an interrupted copy or download?)');
      throw fail('not-a-workbook', `is not a workbook (${(e as Error).message})`);
    }
    if (zip.has('xl/workbook.xml') || /officeDocument[^>]*Target="\/?xl\//.test(zip.text('_rels/.rels') ?? ''))
      return { format: 'xlsx', buf, zip };
    const mime = zip.text('mimetype')?.trim();
    if (mime === 'application/vnd.oasis.opendocument.spreadsheet') {
      if (/encryption-data/.test(zip.text('META-INF/manifest.xml') ?? ''))
        throw fail('password-protected', 'is protected with a password');
      return { format: 'ods', buf, zip };
    }
    if (zip.has('word/document.xml')) throw fail('not-a-workbook', 'is a Word document, not a workbook');
    throw fail('not-a-workbook', 'is a zip archive but not a workbook');
  }
  const ext = extname(path).toLowerCase();
  if ((ext === '.csv' || ext === '.txt' || ext === '.tsv') && looksLikeText(buf)) return { format: 'csv', buf };
  throw fail('not-a-workbook', 'is not an .xlsx workbook');
}
