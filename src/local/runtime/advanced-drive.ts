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
 *
 * Sharing is Drive v3 `permissions` (create/list/update/remove), over the same owner/editors/viewers
 * lists DriveApp reads: https://developers.google.com/drive/api/reference/rest/v3/permissions
 * (roles owner, writer, reader). Under `drive.file` every method answers 404 "File not found" for a
 * file this app did not create or open for the active user (Ctx.appCanOpen), as Drive does.
 */
import { Ctx, DriveFile } from './context';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { WorkbookModel } from './workbook';

const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
const SCOPE = 'https://www.googleapis.com/auth/drive.file';

export interface DriveFileResource {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  webViewLink: string;
  owners: { emailAddress: string }[];
}

export class DriveFiles extends ServiceObject {
  _fail(method: string, message: string): Error {
    return this._ctx.error(
      `GoogleJsonResponseException: API call to drive.files.${method} failed with error: ${message}`,
    );
  }

  /** Only Google Sheets files can be made offline (nothing else here needs a file). */
  create(
    resource: { name?: string; mimeType?: string },
    _mediaData?: unknown,
    _optionalArgs?: Record<string, unknown>,
  ): DriveFileResource {
    this._ctx.requireAuth('Drive.Files.create', SCOPE);
    if (this._ctx.authMode === 'LIMITED') throw this._fail('create', 'Insufficient Permission');
    if (!resource || resource.mimeType !== SHEETS_MIME)
      throw this._fail('create', 'offline runtime: only Google Sheets files can be created');
    const wb = new WorkbookModel(WorkbookModel.newId(), String(resource.name ?? 'Untitled spreadsheet'));
    // A new file takes its owner's time zone (Sheets: File > Settings); offline, the script's.
    wb.timeZone = this._ctx.scriptTimeZone;
    // A new Sheets file has one empty sheet (named in the owner's language; "Sheet1" here).
    wb.addSheet('Sheet1');
    this._ctx.registerWorkbook(wb);
    this._ctx.created.set(wb.id, wb);
    return this._resource(wb.id);
  }

  get(fileId: string, _optionalArgs?: Record<string, unknown>): DriveFileResource {
    this._ctx.requireAuth('Drive.Files.get', SCOPE);
    const f = this._ctx.drive.files.get(String(fileId));
    if (!f || !this._ctx.appCanOpen(f.id)) throw this._fail('get', `File not found: ${fileId}.`);
    return this._resource(f.id);
  }

  /** Renames (the only metadata the add-on changes); needs write access, as Drive does. */
  update(
    resource: { name?: string },
    fileId: string,
    _mediaData?: unknown,
    _optionalArgs?: Record<string, unknown>,
  ): DriveFileResource {
    this._ctx.requireAuth('Drive.Files.update', SCOPE);
    const f = this._ctx.drive.files.get(String(fileId));
    if (!f || !this._ctx.appCanOpen(f.id)) throw this._fail('update', `File not found: ${fileId}.`);
    const u = this._ctx.userEmail;
    if (f.owner !== u && !f.editors.includes(u))
      throw this._fail('update', 'The user does not have sufficient permissions for this file.');
    if (resource?.name !== undefined) {
      f.name = String(resource.name);
      const wb = this._ctx.workbooks.get(f.id);
      if (wb) wb.name = f.name;
    }
    return this._resource(f.id);
  }

  _resource(id: string): DriveFileResource {
    const f = this._ctx.drive.files.get(id)!;
    return {
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      trashed: f.trashed,
      webViewLink: f.url,
      owners: [{ emailAddress: f.owner }],
    };
  }
}

export interface PermissionResource {
  id: string;
  type: 'user';
  role: 'owner' | 'writer' | 'reader';
  emailAddress: string;
}

/** A stable permission id per address (Drive gives each user one id across files). */
export function permissionId(email: string): string {
  let h = 0;
  for (const ch of email) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `p${h.toString(10)}`;
}

export class DrivePermissions extends ServiceObject {
  _fail(method: string, message: string): Error {
    return this._ctx.error(
      `GoogleJsonResponseException: API call to drive.permissions.${method} failed with error: ${message}`,
    );
  }

  _file(method: string, fileId: string): DriveFile {
    this._ctx.requireAuth(`Drive.Permissions.${method}`, SCOPE);
    const f = this._ctx.drive.files.get(String(fileId));
    if (!f || !this._ctx.appCanOpen(f.id)) throw this._fail(method, `File not found: ${fileId}.`);
    return f;
  }

  /** Only the owner (or a writer) may change who sees a file. */
  _mayShare(method: string, f: DriveFile): void {
    const u = this._ctx.userEmail;
    if (f.owner !== u && !f.editors.includes(u))
      throw this._fail(method, 'The user does not have sufficient permissions for this file.');
  }

  _all(f: DriveFile): PermissionResource[] {
    const p = (email: string, role: PermissionResource['role']): PermissionResource => ({
      id: permissionId(email),
      type: 'user',
      role,
      emailAddress: email,
    });
    return [p(f.owner, 'owner'), ...f.editors.map((e) => p(e, 'writer')), ...f.viewers.map((e) => p(e, 'reader'))];
  }

  list(fileId: string, _optionalArgs?: Record<string, unknown>): { permissions: PermissionResource[] } {
    return { permissions: this._all(this._file('list', fileId)) };
  }

  /** type 'user' with role 'reader' or 'writer'; Google e-mails the person unless sendNotificationEmail is false. */
  create(
    resource: { type?: string; role?: string; emailAddress?: string },
    fileId: string,
    _optionalArgs?: Record<string, unknown>,
  ): PermissionResource {
    const f = this._file('create', fileId);
    this._mayShare('create', f);
    const email = String(resource?.emailAddress ?? '').toLowerCase();
    if (resource?.type !== 'user' || !email) throw this._fail('create', 'offline runtime: only user permissions');
    if (resource.role !== 'reader' && resource.role !== 'writer')
      throw this._fail('create', `offline runtime: role ${String(resource.role)} is not modelled`);
    if (email !== f.owner) {
      f.viewers = f.viewers.filter((v) => v !== email);
      f.editors = f.editors.filter((v) => v !== email);
      (resource.role === 'reader' ? f.viewers : f.editors).push(email);
    }
    return this._all(f).find((p) => p.emailAddress === email)!;
  }

  update(
    resource: { role?: string },
    fileId: string,
    permId: string,
    _optionalArgs?: Record<string, unknown>,
  ): PermissionResource {
    const f = this._file('update', fileId);
    this._mayShare('update', f);
    const p = this._all(f).find((x) => x.id === permId);
    if (!p) throw this._fail('update', `Permission not found: ${permId}.`);
    if (p.role === 'owner') throw this._fail('update', 'The owner of a file cannot be changed this way.');
    return this.create({ type: 'user', role: resource?.role, emailAddress: p.emailAddress }, fileId);
  }

  remove(fileId: string, permId: string, _optionalArgs?: Record<string, unknown>): void {
    const f = this._file('delete', fileId);
    this._mayShare('delete', f);
    const p = this._all(f).find((x) => x.id === permId);
    if (!p) throw this._fail('delete', `Permission not found: ${permId}.`);
    if (p.role === 'owner') throw this._fail('delete', 'The owner of a file cannot be removed.');
    f.viewers = f.viewers.filter((v) => v !== p.emailAddress);
    f.editors = f.editors.filter((v) => v !== p.emailAddress);
  }
}

export class AdvancedDrive {
  readonly Files: DriveFiles;
  readonly Permissions: DrivePermissions;
  constructor(ctx: Ctx) {
    this.Files = new DriveFiles(ctx);
    this.Permissions = new DrivePermissions(ctx);
  }
}

instrument(DriveFiles, 'Drive.Files');
instrument(DrivePermissions, 'Drive.Permissions');
