/**
 * The separate spreadsheet shared with local government: made once, then updated in place. Its id
 * and its owner's address are kept in the fund book's document properties; the ids of the files
 * this very user made are kept in their user properties.
 *
 * Scopes (README "Scopes"): the file is made with the advanced Drive service (Drive API v3) and
 * written with the advanced Sheets service (Sheets API v4), both under `drive.file`, which reaches
 * exactly the files this add-on created or opened FOR THE ACTIVE USER
 * (https://developers.google.com/drive/api/guides/api-specific-auth). So a second secretary, who
 * edits the same fund book but did not make the shared file, cannot open it: Drive answers "not
 * found". The add-on then says who owns the file and what to do, and never makes a new file unless
 * the secretary asks for one (a new file means local government's old link stops updating).
 */
import { userError } from '../book';

export const SHARED_FILE_PROPERTY = 'welfareFund.sharedSummaryFileId';
export const SHARED_OWNER_PROPERTY = 'welfareFund.sharedSummaryOwner';
/** User property: the shared files this user made (JSON array of ids). */
export const MY_FILES_PROPERTY = 'welfareFund.mySharedSummaryFiles';
const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';

export type SharedFileStatus = 'created' | 'reused' | 'recreated' | 'replaced';

export interface SharedFileRef {
  id: string;
  name: string;
  url: string;
}

export interface SharedFile extends SharedFileRef {
  status: SharedFileStatus;
}

/**
 * What the remembered file is for the person at the keyboard:
 * - none: never made; ok: it opens; gone: this user made it and it is deleted or in the trash;
 * - elsewhere: someone else made it, and drive.file does not let this user's add-on open it.
 */
export type RememberedFile =
  { kind: 'none' } | { kind: 'ok'; file: SharedFileRef } | { kind: 'gone' } | { kind: 'elsewhere'; owner: string };

function docProps(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function rememberedFileId(): string | null {
  return docProps().getProperty(SHARED_FILE_PROPERTY);
}

function myFiles(): string[] {
  try {
    const ids = JSON.parse(PropertiesService.getUserProperties().getProperty(MY_FILES_PROPERTY) ?? '[]') as unknown;
    return Array.isArray(ids) ? ids.map(String) : [];
  } catch (_e) {
    return [];
  }
}

function rememberMine(id: string): void {
  const ids = [...myFiles().filter((x) => x !== id), id].slice(-20);
  PropertiesService.getUserProperties().setProperty(MY_FILES_PROPERTY, JSON.stringify(ids));
}

export function drive(): GoogleAppsScript.Drive {
  // `Drive` is only defined when the advanced service is enabled in appsscript.json.
  if (typeof Drive === 'undefined' || !Drive) throw userError('share.err.noDrive');
  return Drive;
}

/** The remembered file, as the active user's add-on can reach it. */
export function rememberedFile(): RememberedFile {
  const id = rememberedFileId();
  if (!id) return { kind: 'none' };
  let meta: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    meta = drive().Files.get(id, { fields: 'id,name,trashed,webViewLink', supportsAllDrives: true });
  } catch (_err) {
    // Not found for this user: deleted, or made by someone else (drive.file is per user).
    if (myFiles().includes(id)) return { kind: 'gone' };
    return { kind: 'elsewhere', owner: docProps().getProperty(SHARED_OWNER_PROPERTY) ?? '' };
  }
  if (meta.trashed) return { kind: 'gone' };
  return { kind: 'ok', file: { id, name: String(meta.name ?? ''), url: String(meta.webViewLink ?? '') } };
}

/** The owner of a file the add-on just made, from Drive's answer (no userinfo.email scope needed). */
function ownerOf(file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): string {
  const owners = (file.owners ?? []) as { emailAddress?: string }[];
  return String(owners[0]?.emailAddress ?? '').toLowerCase();
}

/**
 * The shared file to write into. `remember: false` (the command line's --out) makes a file
 * without recording it in the fund book, so the book is left exactly as it was.
 * `replace`: the secretary asked for a new file although someone else's file is remembered.
 * Throws UserError share.err.elsewhere when someone else's file is remembered and replace is not set.
 */
export function openOrCreateSharedFile(name: string, remember = true, replace = false): SharedFile {
  let status: SharedFileStatus = 'created';
  if (remember) {
    const current = rememberedFile();
    if (current.kind === 'ok') {
      if (current.file.name !== name) drive().Files.update({ name }, current.file.id);
      return { ...current.file, name, status: 'reused' };
    }
    if (current.kind === 'elsewhere') {
      if (!replace) throw userError('share.err.elsewhere', { owner: current.owner || '?' });
      status = 'replaced';
    }
    if (current.kind === 'gone') status = 'recreated';
  }
  // No media: Apps Script takes null for the blob when optional arguments follow.
  const file = drive().Files.create({ name, mimeType: SHEETS_MIME }, null as unknown as GoogleAppsScript.Base.Blob, {
    fields: 'id,name,webViewLink,owners(emailAddress)',
  });
  const id = String(file.id);
  if (remember) {
    docProps().setProperties({ [SHARED_FILE_PROPERTY]: id, [SHARED_OWNER_PROPERTY]: ownerOf(file) });
    rememberMine(id);
  }
  return { id, name, url: String(file.webViewLink ?? ''), status };
}
