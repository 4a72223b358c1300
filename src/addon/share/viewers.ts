/**
 * Who can see the shared file, and view-only sharing. Uses the Spreadsheet's own sharing methods
 * (covered by the `spreadsheets` scope; DriveApp would need the full `drive` scope).
 * The add-on never adds an editor: an address the secretary asks to share with that is an editor
 * (added by hand in Drive) is made a viewer instead.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type AccessRole = 'owner' | 'editor' | 'viewer';

export interface Access {
  email: string;
  role: AccessRole;
}

const emailOf = (u: GoogleAppsScript.Base.User | null | undefined): string =>
  u ? String(u.getEmail() || '').toLowerCase() : '';

/** Owner first, then editors, then viewers, each by address. */
export function listAccess(ss: Spreadsheet): Access[] {
  const owner = emailOf(ss.getOwner());
  const editors = new Set(
    ss
      .getEditors()
      .map(emailOf)
      .filter((e) => e !== '' && e !== owner),
  );
  // getViewers also lists editors (Apps Script): keep those as editors only.
  const viewers = new Set(
    ss
      .getViewers()
      .map(emailOf)
      .filter((e) => e !== '' && e !== owner && !editors.has(e)),
  );
  const byEmail = (a: string, b: string) => a.localeCompare(b);
  return [
    ...(owner ? [{ email: owner, role: 'owner' as const }] : []),
    ...[...editors].sort(byEmail).map((email) => ({ email, role: 'editor' as const })),
    ...[...viewers].sort(byEmail).map((email) => ({ email, role: 'viewer' as const })),
  ];
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

export function shareViewOnly(ss: Spreadsheet, emails: string[]): ShareResult {
  const current = listAccess(ss);
  const role = new Map(current.map((a) => [a.email, a.role]));
  const result: ShareResult = { added: [], madeViewOnly: [], already: [], owner: [] };
  for (const e of emails) {
    const r = role.get(e);
    if (r === 'owner') result.owner.push(e);
    else if (r === 'viewer') result.already.push(e);
    else if (r === 'editor') {
      ss.removeEditor(e);
      result.madeViewOnly.push(e);
    } else result.added.push(e);
  }
  const toAdd = [...result.added, ...result.madeViewOnly];
  // One call for all of them (addViewers); Google e-mails each a link to the file.
  if (toAdd.length > 0) ss.addViewers(toAdd);
  return result;
}

/** Takes away any access the address has (viewer or editor). False when it had none. */
export function removeAccess(ss: Spreadsheet, email: string): boolean {
  const e = email.trim().toLowerCase();
  const a = listAccess(ss).find((x) => x.email === e);
  if (!a || a.role === 'owner') return false;
  if (a.role === 'editor') ss.removeEditor(e);
  else ss.removeViewer(e);
  return true;
}
