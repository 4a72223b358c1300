/** DriveApp, enough for sharing: files are the spreadsheets this runtime knows (rt.drive). */
import { Ctx, DriveFile } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { User } from './session';

export const Access = Object.freeze({
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
});
export const Permission = Object.freeze({
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  FILE_ORGANIZER: 'FILE_ORGANIZER',
  NONE: 'NONE',
});

const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';

const emailOf = (u: unknown): string => (u instanceof User ? u.getEmail() : String(u));

/** The sharing methods a Drive file and a spreadsheet both have, on the same Drive state. */
export type SharingMethods = 'addViewer' | 'addViewers' | 'removeViewer' | 'addEditor' | 'addEditors' | 'removeEditor';

export class File
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Drive.File,
      | 'getName'
      | 'getId'
      | 'getUrl'
      | SharingMethods
      | 'getViewers'
      | 'getEditors'
      | 'getOwner'
      | 'setTrashed'
      | 'isTrashed'
      | 'getMimeType'
      | 'setName'
    >
{
  constructor(
    ctx: Ctx,
    readonly _f: DriveFile,
  ) {
    super(ctx);
  }

  getName(): string {
    return this._f.name;
  }

  setName(name: string): File {
    this._f.name = String(name);
    const wb = this._ctx.workbooks.get(this._f.id);
    if (wb) wb.name = String(name);
    return this;
  }

  getId(): string {
    return this._f.id;
  }

  getUrl(): string {
    return this._f.url;
  }

  getMimeType(): string {
    return this._f.mimeType;
  }

  addViewer(emailAddress: string | User): File {
    return this.addViewers([emailOf(emailAddress)]);
  }

  addViewers(emailAddresses: string[]): File {
    for (const e of emailAddresses.map(emailOf)) {
      if (!this._f.viewers.includes(e) && !this._f.editors.includes(e) && e !== this._f.owner) this._f.viewers.push(e);
    }
    return this;
  }

  removeViewer(emailAddress: string | User): File {
    const e = emailOf(emailAddress);
    this._f.viewers = this._f.viewers.filter((v) => v !== e);
    return this;
  }

  addEditor(emailAddress: string | User): File {
    return this.addEditors([emailOf(emailAddress)]);
  }

  addEditors(emailAddresses: string[]): File {
    for (const e of emailAddresses.map(emailOf)) {
      this._f.viewers = this._f.viewers.filter((v) => v !== e);
      if (!this._f.editors.includes(e) && e !== this._f.owner) this._f.editors.push(e);
    }
    return this;
  }

  removeEditor(emailAddress: string | User): File {
    const e = emailOf(emailAddress);
    this._f.editors = this._f.editors.filter((v) => v !== e);
    return this;
  }

  /** Viewers only (Drive lists editors separately). */
  getViewers(): User[] {
    return this._f.viewers.map((e) => new User(this._ctx, e));
  }

  getEditors(): User[] {
    return this._f.editors.map((e) => new User(this._ctx, e));
  }

  getOwner(): User {
    return new User(this._ctx, this._f.owner);
  }

  setSharing(accessType: string, permissionType: string): File {
    this._f.sharingAccess = String(accessType);
    this._f.sharingPermission = String(permissionType);
    return this;
  }

  getSharingAccess(): string {
    return this._f.sharingAccess;
  }

  getSharingPermission(): string {
    return this._f.sharingPermission;
  }

  setTrashed(trashed: boolean): File {
    this._f.trashed = !!trashed;
    return this;
  }

  isTrashed(): boolean {
    return this._f.trashed;
  }
}

export class DriveApp extends ServiceObject implements Gas<GoogleAppsScript.Drive.DriveApp, 'getFileById'> {
  readonly Access = Access;
  readonly Permission = Permission;

  getFileById(id: string): File {
    this._ctx.requireAuth('DriveApp.getFileById', DRIVE_SCOPE);
    if (this._ctx.authMode === 'LIMITED') {
      throw this._ctx.error(
        `You do not have permission to call DriveApp.getFileById. Required permissions: ${DRIVE_SCOPE}`,
      );
    }
    const f = this._ctx.drive.files.get(String(id));
    // Trashed files are treated as gone: the add-on must notice and create a new one
    if (!f || f.trashed) throw this._ctx.error(NOT_FOUND);
    return new File(this._ctx, f);
  }
}

instrument(File);
instrument(DriveApp);
