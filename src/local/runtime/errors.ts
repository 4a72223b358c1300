/** Errors the offline runtime raises that callers outside the bundle (CLI, playground, tests) branch on. */

export type WorkbookFileErrorCode = 'missing' | 'unreadable' | 'not-a-workbook';

/** A workbook file could not be opened; `.code` lets the CLI print one clear sentence. */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    readonly path: string,
    message: string,
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
