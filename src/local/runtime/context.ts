/** Shared state of one runtime: counters, auth mode, clock, recorded UI, the workbooks and Drive. */
import { Meter } from './metrics';
import { scopeError, SCOPE } from './scopes';
import { WorkbookModel } from './workbook';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export type MenuEntry =
  { label: string; functionName: string } | { separator: true } | { label: string; submenu: MenuEntry[] };

export type UiEvent =
  | { type: 'menu'; title: string; addon: boolean; items: MenuEntry[] }
  | { type: 'sidebar'; title: string; html: string; width: number }
  | { type: 'dialog'; title: string; html: string; width: number; height: number; modal: boolean }
  | { type: 'alert'; title: string; prompt: string; buttons: string; response: ButtonName }
  | { type: 'prompt'; title: string; prompt: string; buttons: string; response: ButtonName; text: string }
  | { type: 'toast'; message: string; title: string; timeoutSeconds: number };

type Of<K extends UiEvent['type']> = Omit<Extract<UiEvent, { type: K }>, 'type'>;

/** What the script showed; append-only. */
export class UiRecord {
  menus: Of<'menu'>[] = [];
  sidebars: Of<'sidebar'>[] = [];
  dialogs: Of<'dialog'>[] = [];
  alerts: (Of<'alert'> | Of<'prompt'>)[] = [];
  toasts: Of<'toast'>[] = [];
  events: UiEvent[] = [];

  record(e: UiEvent): void {
    this.events.push(e);
    const { type: kind, ...rest } = e;
    if (kind === 'menu') this.menus.push(rest as Of<'menu'>);
    else if (kind === 'sidebar') this.sidebars.push(rest as Of<'sidebar'>);
    else if (kind === 'dialog') this.dialogs.push(rest as Of<'dialog'>);
    else if (kind === 'toast') this.toasts.push(rest as Of<'toast'>);
    else this.alerts.push(rest as Of<'alert'>);
  }
}

export interface DriveFile {
  id: string;
  name: string;
  url: string;
  mimeType: string;
  owner: string;
  viewers: string[];
  editors: string[];
  trashed: boolean;
  sharingAccess: string;
  sharingPermission: string;
  /**
   * Users for whom this app may open the file under `drive.file`: the file was created or opened with
   * the app by that user (https://developers.google.com/drive/api/guides/api-specific-auth: "drive.file:
   * create new Drive files, or modify existing files, that you open with an app or that the user
   * shares with an app"). Access is per user: another editor of the fund book does not get it.
   */
  appUsers: string[];
}

export interface DriveState {
  files: Map<string, DriveFile>;
}

export interface CtxOptions {
  locale: string;
  userEmail: string;
  now: () => Date;
  uiResponses: ButtonName[];
  htmlDir: string | null;
  /** the manifest's oauthScopes; null: no manifest, every call allowed */
  oauthScopes?: string[] | null;
}

export class Ctx {
  meter = new Meter();
  authMode: AuthModeName = 'FULL';
  /** the bundle's Error constructor, so `e instanceof Error` holds inside the script */
  ErrorCtor: ErrorConstructor = Error;
  ui = new UiRecord();
  /** UI events and logs of the current operation */
  opUi: UiEvent[] = [];
  logs: string[] = [];
  workbooks = new Map<string, WorkbookModel>();
  created = new Map<string, WorkbookModel>();
  drive: DriveState = { files: new Map() };
  /** user properties, per user (PropertiesService.getUserProperties is per user and script) */
  userPropsByUser = new Map<string, Map<string, string>>();
  scriptProps = new Map<string, string>();
  /** Utilities.sleep calls (ms), recorded instead of sleeping */
  sleeps: number[] = [];
  locale: string;
  userEmail: string;
  now: () => Date;
  uiResponses: ButtonName[];
  htmlDir: string | null;
  /** the script's time zone (appsscript.json timeZone; Session.getScriptTimeZone) */
  scriptTimeZone = 'Asia/Bangkok';
  /** scopes the user granted (the manifest's oauthScopes); null: all */
  grantedScopes: ReadonlySet<string> | null;

  constructor(
    public active: WorkbookModel,
    o: CtxOptions,
  ) {
    this.grantedScopes = o.oauthScopes ? new Set(o.oauthScopes) : null;
    this.meter.guard = (label) => {
      const message = scopeError(label, this.grantedScopes);
      if (message) throw this.error(message);
    };
    this.locale = o.locale;
    this.userEmail = o.userEmail;
    this.now = o.now;
    this.uiResponses = [...o.uiResponses];
    this.htmlDir = o.htmlDir;
    this.registerWorkbook(active);
  }

  error(message: string): Error {
    return new this.ErrorCtor(message);
  }

  /** Apps Script refuses data access in AuthMode.NONE (simple triggers of an add-on not yet used in this document). */
  requireAuth(method: string, scope = 'https://www.googleapis.com/auth/spreadsheets.currentonly'): void {
    if (this.authMode === 'NONE') {
      throw this.error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
    }
  }

  get userProps(): Map<string, string> {
    let m = this.userPropsByUser.get(this.userEmail);
    if (!m) this.userPropsByUser.set(this.userEmail, (m = new Map()));
    return m;
  }

  registerWorkbook(wb: WorkbookModel): void {
    this.workbooks.set(wb.id, wb);
    if (!this.drive.files.has(wb.id)) {
      this.drive.files.set(wb.id, {
        id: wb.id,
        name: wb.name,
        url: `https://docs.google.com/spreadsheets/d/${wb.id}/edit`,
        mimeType: 'application/vnd.google-apps.spreadsheet',
        owner: this.userEmail,
        viewers: [],
        editors: [],
        trashed: false,
        sharingAccess: 'PRIVATE',
        sharingPermission: 'NONE',
        appUsers: [this.userEmail],
      });
    }
  }

  /**
   * Can the add-on, run by the active user, reach this Drive file through the Drive or Sheets API?
   * With the full `drive` scope: any file the user can see. With `drive.file`: only files the app
   * created or opened for this very user (DriveFile.appUsers). Trashed files are still found.
   */
  appCanOpen(fileId: string): boolean {
    const f = this.drive.files.get(fileId);
    if (!f) return false;
    const user = this.userEmail;
    const sees = f.owner === user || f.editors.includes(user) || f.viewers.includes(user);
    if (!sees) return false;
    if (!this.grantedScopes || this.grantedScopes.has(SCOPE.drive)) return true;
    return f.appUsers.includes(user);
  }

  recordUi(e: UiEvent): void {
    this.ui.record(e);
    this.opUi.push(e);
  }

  nextResponse(fallback: ButtonName): ButtonName {
    return this.uiResponses.length ? (this.uiResponses.shift() as ButtonName) : fallback;
  }
}
