/**
 * The advanced Drive service (Drive API v3, `Drive` in the script), the little the shared summary
 * uses: Files.create a Google Sheets file and Files.get its metadata (is it trashed?). Works on the
 * same Drive state as DriveApp and SpreadsheetApp (rt.drive, rt.created), so a file made here opens
 * with SpreadsheetApp.openById.
 *
 * Why this exists (README "Sharing with local government"): with the `drive.file` scope the Drive
 * API reaches the files the add-on itself created; DriveApp would need the full `drive` scope.
 * Errors mimic the real service: "GoogleJsonResponseException: API call to drive.files.get failed
 * with error: File not found: <id>". Files.get returns trashed files (trashed: true), as the API does.
 * Added by the share feature; additive to the runtime.
 */
import { Ctx } from './context';
import { instrument } from './metrics';
import { WorkbookModel } from './workbook';

const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
const SCOPE = 'https://www.googleapis.com/auth/drive.file';

export interface DriveFileResource {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  webViewLink: string;
}

export class DriveFiles {
  readonly _meter;
  constructor(readonly _ctx: Ctx) {
    this._meter = _ctx.meter;
  }

  _fail(method: string, message: string): Error {
    return this._ctx.error(
      `GoogleJsonResponseException: API call to drive.files.${method} failed with error: ${message}`,
    );
  }

  /** Only Google Sheets files can be made offline (nothing else here needs a file). */
  create(resource: { name?: string; mimeType?: string }): DriveFileResource {
    this._ctx.requireAuth('Drive.Files.create', SCOPE);
    if (this._ctx.authMode === 'LIMITED') throw this._fail('create', 'Insufficient Permission');
    if (!resource || resource.mimeType !== SHEETS_MIME)
      throw this._fail('create', 'offline runtime: only Google Sheets files can be created');
    const wb = new WorkbookModel(WorkbookModel.newId(), String(resource.name ?? 'Untitled spreadsheet'));
    // A new Sheets file has one empty sheet (named in the owner's language; "Sheet1" here).
    wb.addSheet('Sheet1');
    this._ctx.registerWorkbook(wb);
    this._ctx.created.set(wb.id, wb);
    return this._resource(wb.id);
  }

  get(fileId: string, _optionalArgs?: Record<string, unknown>): DriveFileResource {
    this._ctx.requireAuth('Drive.Files.get', SCOPE);
    const f = this._ctx.drive.files.get(String(fileId));
    if (!f) throw this._fail('get', `File not found: ${fileId}.`);
    return this._resource(f.id);
  }

  _resource(id: string): DriveFileResource {
    const f = this._ctx.drive.files.get(id)!;
    return { id: f.id, name: f.name, mimeType: f.mimeType, trashed: f.trashed, webViewLink: f.url };
  }
}

export class AdvancedDrive {
  readonly Files: DriveFiles;
  constructor(ctx: Ctx) {
    this.Files = new DriveFiles(ctx);
  }
}

instrument(DriveFiles, 'Drive.Files');
