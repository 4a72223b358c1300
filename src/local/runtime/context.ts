/** Shared state of one runtime: counters, auth mode, clock, recorded UI, the workbooks and Drive. */
import { Meter } from './metrics';
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
  userProps = new Map<string, string>();
  scriptProps = new Map<string, string>();
  /** Utilities.sleep calls (ms), recorded instead of sleeping */
  sleeps: number[] = [];
  locale: string;
  userEmail: string;
  now: () => Date;
  uiResponses: ButtonName[];
  htmlDir: string | null;

  constructor(
    public active: WorkbookModel,
    o: CtxOptions,
  ) {
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
      });
    }
  }

  recordUi(e: UiEvent): void {
    this.ui.record(e);
    this.opUi.push(e);
  }

  nextResponse(fallback: ButtonName): ButtonName {
    return this.uiResponses.length ? (this.uiResponses.shift() as ButtonName) : fallback;
  }
}
