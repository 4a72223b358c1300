/**
 * The separate spreadsheet shared with local government: made once, then updated in place. Its id
 * is kept in the fund book's document properties. Before reuse we ask Drive whether it still
 * exists and is not in the trash (SpreadsheetApp.openById can still open a trashed file), so a
 * deleted, trashed or inaccessible file is replaced by a new one and the user is told.
 *
 * The file is made with the advanced Drive service (Drive API v3) so that the narrow `drive.file`
 * scope covers it: that scope reaches exactly the files the add-on created. Its cells are then
 * written with SpreadsheetApp.openById (`spreadsheets` scope). See README "Sharing with local
 * government" for the scopes.
 */
import { userError } from '../book/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SHARED_FILE_PROPERTY = 'welfareFund.sharedSummaryFileId';
const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';

export type SharedFileStatus = 'created' | 'reused' | 'recreated';

export interface SharedFile {
  ss: Spreadsheet;
  id: string;
  status: SharedFileStatus;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function rememberedFileId(): string | null {
  return props().getProperty(SHARED_FILE_PROPERTY);
}

function drive(): GoogleAppsScript.Drive {
  // `Drive` is only defined when the advanced service is enabled in appsscript.json.
  if (typeof Drive === 'undefined' || !Drive) throw userError('share.err.noDrive');
  return Drive;
}

/** The remembered file, open, or null when there is none or it is gone, trashed or inaccessible. */
export function openRememberedFile(): Spreadsheet | null {
  const id = rememberedFileId();
  if (!id) return null;
  try {
    const meta = drive().Files.get(id, { fields: 'id,trashed', supportsAllDrives: true });
    if (meta.trashed) return null;
    return SpreadsheetApp.openById(id);
  } catch (_err) {
    // Not found, no longer ours to open, or the service refused: all mean "make a new one".
    return null;
  }
}

/**
 * The shared file to write into. `remember: false` (the command line's --out) makes a file
 * without recording it in the fund book, so the book is left exactly as it was.
 */
export function openOrCreateSharedFile(name: string, remember = true): SharedFile {
  const hadId = remember && rememberedFileId() !== null;
  if (remember) {
    const ss = openRememberedFile();
    if (ss) {
      if (ss.getName() !== name) ss.rename(name);
      return { ss, id: ss.getId(), status: 'reused' };
    }
  }
  const file = drive().Files.create({ name, mimeType: SHEETS_MIME });
  const id = file.id as string;
  const ss = SpreadsheetApp.openById(id);
  if (remember) props().setProperty(SHARED_FILE_PROPERTY, id);
  return { ss, id, status: hadId ? 'recreated' : 'created' };
}
