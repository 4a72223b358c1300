/**
 * Who can see the shared file, and view-only sharing, with Drive API v3 `permissions`
 * (https://developers.google.com/drive/api/reference/rest/v3/permissions: list, create, update,
 * delete — `Drive.Permissions.remove` in Apps Script), which `drive.file` covers for a file the
 * add-on made. (Spreadsheet.addViewers would need the sensitive `spreadsheets` scope, DriveApp the
 * restricted `drive` scope.) The add-on never adds an editor: an address the secretary asks to
 * share with that is an editor (added by hand in Drive) is made a reader instead.
 */
import { drive } from './file';

export type AccessRole = 'owner' | 'editor' | 'viewer';

export interface Access {
  email: string;
  role: AccessRole;
}

interface Perm {
  id: string;
  email: string;
  role: AccessRole;
}

const ROLE: Record<string, AccessRole | undefined> = {
  owner: 'owner',
  organizer: 'editor',
  fileOrganizer: 'editor',
  writer: 'editor',
  commenter: 'viewer',
  reader: 'viewer',
};

function permissions(fileId: string): Perm[] {
  const list = drive().Permissions.list(fileId, {
    fields: 'permissions(id,type,role,emailAddress)',
    supportsAllDrives: true,
  });
  const out: Perm[] = [];
  for (const p of list.permissions ?? []) {
    const role = ROLE[String(p.role)];
    const email = String(p.emailAddress ?? '').toLowerCase();
    // 'anyone' and 'domain' links have no address; the add-on never makes them
    if (p.type === 'user' && role && email) out.push({ id: String(p.id), email, role });
  }
  return out;
}

/** Owner first, then editors, then viewers, each by address. */
export function listAccess(fileId: string): Access[] {
  const rank = { owner: 0, editor: 1, viewer: 2 };
  return permissions(fileId)
    .map(({ email, role }) => ({ email, role }))
    .sort((a, b) => rank[a.role] - rank[b.role] || a.email.localeCompare(b.email));
}

export interface ShareResult {
  added: string[];
  /** Were editors; now view-only. */
  madeViewOnly: string[];
  /** Already viewers: nothing to do. */
  already: string[];
  /** The owner's own address: skipped. */
  owner: string[];
}

export function shareViewOnly(fileId: string, emails: string[]): ShareResult {
  const byEmail = new Map(permissions(fileId).map((p) => [p.email, p]));
  const result: ShareResult = { added: [], madeViewOnly: [], already: [], owner: [] };
  for (const e of emails) {
    const p = byEmail.get(e);
    if (p?.role === 'owner') result.owner.push(e);
    else if (p?.role === 'viewer') result.already.push(e);
    else if (p?.role === 'editor') {
      drive().Permissions.update({ role: 'reader' }, fileId, p.id, { supportsAllDrives: true });
      result.madeViewOnly.push(e);
    } else {
      // Google e-mails each new reader a link to the file.
      drive().Permissions.create({ type: 'user', role: 'reader', emailAddress: e }, fileId, {
        sendNotificationEmail: true,
        supportsAllDrives: true,
      });
      result.added.push(e);
    }
  }
  return result;
}

/** Takes away any access the address has (viewer or editor). False when it had none. */
export function removeAccess(fileId: string, email: string): boolean {
  const e = email.trim().toLowerCase();
  const p = permissions(fileId).find((x) => x.email === e);
  if (!p || p.role === 'owner') return false;
  drive().Permissions.remove(fileId, p.id, { supportsAllDrives: true });
  return true;
}
