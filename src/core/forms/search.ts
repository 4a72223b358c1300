/**
 * Finding a member as the secretary types: by member id or by any part of the name, Thai digits
 * and spacing forgiven. Exact id first, then ids that start with the text, then names.
 */
import { normalizeMemberId, thaiDigitsToArabic } from '../parse';
import type { MemberStatus } from '../memberState';

/** One line of the roster the pages get once (no national ids, phones or addresses). */
export interface RosterEntry {
  id: string;
  name: string;
  village: string;
  /** Standing today: the pickers mark members who cannot pay or claim. */
  status: MemberStatus;
}

function fold(s: string): string {
  return thaiDigitsToArabic(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function searchRoster(roster: RosterEntry[], query: string, limit = 20): RosterEntry[] {
  const q = fold(query);
  if (q === '') return [];
  const qid = normalizeMemberId(query);
  const exact: RosterEntry[] = [];
  const prefix: RosterEntry[] = [];
  const byName: RosterEntry[] = [];
  const qs = q.replace(/ /g, '');
  for (const m of roster) {
    if (m.id === qid) exact.push(m);
    else if (qid !== '' && m.id.startsWith(qid)) prefix.push(m);
    else if (fold(m.name).replace(/ /g, '').includes(qs)) byName.push(m);
  }
  return exact.concat(prefix, byName).slice(0, limit);
}

/** Looks like a national id being typed (digits, spaces and dashes, at least 6 digits). */
export function looksLikeNationalId(query: string): boolean {
  const s = thaiDigitsToArabic(query).replace(/[\s-]/g, '');
  return /^\d{6,13}$/.test(s);
}
