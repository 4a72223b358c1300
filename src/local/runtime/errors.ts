/** Errors the offline runtime raises that callers outside the bundle (CLI, playground, tests) branch on. */

/**
 * Why a workbook file could not be opened or written; each has its own sentence in the CLI.
 * - missing: no such file; unreadable: no permission, or a folder (`folder` is set);
 * - empty: 0 bytes; truncated: the file ends early (an interrupted copy or download);
 * - password-protected: encrypted by Excel or LibreOffice; pdf: a PDF renamed to .xlsx;
 * - not-a-workbook: any other file (text, an image, a Word document, a zip of something else);
 * - read-only-format: a .xls/.ods/.csv opened for an action that would write it (import it instead).
 */
export const WORKBOOK_FILE_ERROR_CODES = [
  'missing',
  'unreadable',
  'empty',
  'truncated',
  'password-protected',
  'pdf',
  'not-a-workbook',
  'read-only-format',
] as const;
export type WorkbookFileErrorCode = (typeof WORKBOOK_FILE_ERROR_CODES)[number];

/** A workbook file could not be opened; `.code` lets the CLI print one clear sentence. */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    readonly path: string,
    message: string,
    /** for 'unreadable': the path is a folder; for 'read-only-format': the file's format;
     * for 'truncated': the one sheet found damaged when it was first read (sheets are read lazily) */
    readonly detail?: { folder?: boolean; format?: string; sheet?: string },
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** google.script.run refused an argument or a return value (Apps Script fails the call the same way). */
export class RpcArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpcArgumentError';
  }
}
