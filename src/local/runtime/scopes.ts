/**
 * OAuth scopes: what each emulated method needs, as Google's reference lists it under
 * "Authorization" ("Scripts that use this method require authorization with one or more of the
 * following scopes"), and the check that a call is covered by the manifest's `oauthScopes`.
 *
 * Sources (one per row group below):
 * - SpreadsheetApp and its classes: https://developers.google.com/apps-script/reference/spreadsheet
 *   (every data method lists spreadsheets.currentonly and spreadsheets; openById, openByUrl and
 *   create list only spreadsheets).
 * - Ui, HtmlService dialogs and sidebars: https://developers.google.com/apps-script/reference/base/ui
 *   (script.container.ui).
 * - Session: https://developers.google.com/apps-script/reference/base/session (getActiveUser and
 *   getEffectiveUser: userinfo.email; getActiveUserLocale, getScriptTimeZone: none).
 * - DriveApp: https://developers.google.com/apps-script/reference/drive (drive, or drive.readonly
 *   for the getters).
 * - Drive API v3 (advanced Drive): https://developers.google.com/drive/api/reference/rest/v3/files
 *   and .../permissions (each method accepts drive and drive.file).
 * - Sheets API v4 (advanced Sheets): https://developers.google.com/sheets/api/scopes and the
 *   spreadsheets / spreadsheets.values reference (each method accepts drive.file, drive,
 *   spreadsheets; reads also the readonly ones).
 * - PropertiesService, CacheService, LockService, Utilities, Logger, ScriptApp.AuthMode: no scope.
 *
 * A call the manifest does not cover throws Apps Script's error:
 *   "Specified permissions are not sufficient to call SpreadsheetApp.openById. Required
 *   permissions: https://www.googleapis.com/auth/spreadsheets"
 * and, for the advanced services, the API's 403:
 *   "GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error:
 *   Request had insufficient authentication scopes."
 */

const G = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  currentonly: `${G}spreadsheets.currentonly`,
  spreadsheets: `${G}spreadsheets`,
  spreadsheetsReadonly: `${G}spreadsheets.readonly`,
  driveFile: `${G}drive.file`,
  drive: `${G}drive`,
  driveReadonly: `${G}drive.readonly`,
  containerUi: `${G}script.container.ui`,
  userEmail: `${G}userinfo.email`,
  locale: `${G}script.locale`,
} as const;

const SHEET_DATA = [SCOPE.currentonly, SCOPE.spreadsheets];
const NONE: string[] = [];

/** Scopes per service (the class's label prefix), for methods not listed in METHOD_SCOPES. */
const SERVICE_SCOPES: Record<string, string[]> = {
  SpreadsheetApp: SHEET_DATA,
  Spreadsheet: SHEET_DATA,
  Sheet: SHEET_DATA,
  Range: SHEET_DATA,
  NamedRange: SHEET_DATA,
  Protection: SHEET_DATA,
  DataValidation: SHEET_DATA,
  DataValidationBuilder: SHEET_DATA,
  DeveloperMetadata: SHEET_DATA,
  EmbeddedChart: SHEET_DATA,
  EmbeddedChartBuilder: SHEET_DATA,
  TextFinder: SHEET_DATA,
  Ui: [SCOPE.containerUi],
  // building a menu needs no scope (onOpen adds it in AuthMode.NONE, before any authorization)
  Menu: NONE,
  PromptResponse: [SCOPE.containerUi],
  HtmlService: NONE,
  HtmlOutput: NONE,
  HtmlTemplate: NONE,
  Session: NONE,
  User: NONE,
  DriveApp: [SCOPE.drive],
  File: [SCOPE.drive],
  'Drive.Files': [SCOPE.drive, SCOPE.driveFile],
  'Drive.Permissions': [SCOPE.drive, SCOPE.driveFile],
  'Sheets.Spreadsheets': [SCOPE.drive, SCOPE.driveFile, SCOPE.spreadsheets],
  'Sheets.Spreadsheets.Values': [SCOPE.drive, SCOPE.driveFile, SCOPE.spreadsheets],
  PropertiesService: NONE,
  Properties: NONE,
  CacheService: NONE,
  Cache: NONE,
  LockService: NONE,
  Lock: NONE,
  Utilities: NONE,
  Blob: NONE,
  Logger: NONE,
  ScriptApp: NONE,
};

/** Methods whose reference lists other scopes than their service's. */
const METHOD_SCOPES: Record<string, string[]> = {
  'SpreadsheetApp.openById': [SCOPE.spreadsheets],
  'SpreadsheetApp.openByUrl': [SCOPE.spreadsheets],
  'SpreadsheetApp.create': [SCOPE.spreadsheets],
  // getUi itself needs nothing; what it shows does
  'SpreadsheetApp.getUi': NONE,
  'SpreadsheetApp.flush': NONE,
  'SpreadsheetApp.newDataValidation': NONE,
  'Ui.createAddonMenu': NONE,
  'Ui.createMenu': NONE,
  'Session.getActiveUser': [SCOPE.userEmail],
  'Session.getEffectiveUser': [SCOPE.userEmail],
  'DriveApp.getFileById': [SCOPE.drive, SCOPE.driveReadonly],
  'Drive.Files.get': [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly],
  'Drive.Permissions.list': [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly],
  'Sheets.Spreadsheets.get': [SCOPE.drive, SCOPE.driveFile, SCOPE.spreadsheets, SCOPE.spreadsheetsReadonly],
  'Sheets.Spreadsheets.Values.get': [SCOPE.drive, SCOPE.driveFile, SCOPE.spreadsheets, SCOPE.spreadsheetsReadonly],
};

/** The scopes a method accepts (any one is enough); [] when it needs none. */
export function scopesFor(label: string): string[] {
  if (label in METHOD_SCOPES) return METHOD_SCOPES[label];
  const service = label.slice(0, label.lastIndexOf('.'));
  const s = SERVICE_SCOPES[service];
  if (!s) throw new Error(`offline runtime: no scopes declared for ${label} (add its service to scopes.ts)`);
  return s;
}

/** Is this an advanced service (a REST API), which answers with the API's own error? */
const isApi = (label: string) => label.startsWith('Drive.') || label.startsWith('Sheets.');

/** The REST method name an advanced-service label stands for: 'Sheets.Spreadsheets.Values.get' -> 'sheets.spreadsheets.values.get'. */
export function apiMethodName(label: string): string {
  return label
    .split('.')
    .map((p) => p.charAt(0).toLowerCase() + p.slice(1))
    .join('.')
    .replace(/\.remove$/, '.delete');
}

/**
 * The message Apps Script throws when the manifest does not grant a scope the method needs, or null
 * when it is covered. `granted` null: everything is allowed (a runtime without a manifest).
 */
export function scopeError(label: string, granted: ReadonlySet<string> | null): string | null {
  if (!granted) return null;
  const needed = scopesFor(label);
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return null;
  if (isApi(label))
    return `GoogleJsonResponseException: API call to ${apiMethodName(label)} failed with error: Request had insufficient authentication scopes.`;
  return `Specified permissions are not sufficient to call ${label}. Required permissions: ${needed.join(', ')}`;
}
