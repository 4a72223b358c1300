/**
 * Member look-up: one member's statement (used by every form's member panel too), the search by
 * national id (national ids are not sent to the page in the roster), and a refresh that rebuilds
 * the per-member summary from the whole log on request.
 */
import { thaiDigitsToArabic } from '../../core/parse';
import { stateOf } from '../../core/forms/rules';
import { searchRoster, type RosterEntry } from '../../core/forms/search';
import { memberInfo } from '../../core/forms/statement';
import type { MemberInfo } from '../../core/forms/statement';
import { memberKey } from '../../core/forms/summary';
import { userLang } from '../lang';
import { openFormsBook } from './book';
import { contactOf } from './members';

export function getMemberInfo(memberId: string): MemberInfo | null {
  const book = openFormsBook({ summary: 'save' });
  const m = book.data.memberById(String(memberId ?? ''));
  if (!m) return null;
  const contact = contactOf(book.members.values, book.members.match.index, m.row);
  return memberInfo(
    m,
    contact,
    stateOf(book.data, m),
    book.data.totals(memberKey(m.memberId)),
    book.settings,
    book.today,
    userLang(),
  );
}

/** Members whose national id contains the digits typed (at least 6), at most 10. */
export function findMembersByNationalId(query: string): RosterEntry[] {
  const digits = thaiDigitsToArabic(String(query ?? '')).replace(/[\s-]/g, '');
  if (!/^\d{6,13}$/.test(digits)) return [];
  const book = openFormsBook({ summary: 'none' });
  const out: RosterEntry[] = [];
  for (const m of book.roll) {
    if (m.nationalId.includes(digits))
      out.push({ id: m.memberId, name: m.name, village: m.village, status: m.status ?? 'unknown' });
    if (out.length >= 10) break;
  }
  return out;
}

/**
 * Members whose name or id matches what was typed, at most 12: the pickers' search when the fund
 * is too big to send its roster to the page (ROSTER_LIMIT).
 */
export function findMembers(query: string): RosterEntry[] {
  const q = String(query ?? '').trim();
  if (q === '') return [];
  const book = openFormsBook({ summary: 'save' });
  const entries: RosterEntry[] = [];
  for (const m of book.roll)
    if (m.memberId !== '') entries.push({ id: m.memberId, name: m.name, village: m.village, status: 'active' });
  return searchRoster(entries, q, 12).map((e) => {
    const m = book.data.memberById(e.id);
    return m ? { ...e, status: stateOf(book.data, m).status } : e;
  });
}

/** Rebuilds the per-member summary from the whole deposit log and welfare register (the look-up's refresh button). */
export function rebuildMemberSummary(): { builtAt: string } {
  const book = openFormsBook({ summary: 'rebuild' });
  return { builtAt: book.summary ? book.summary.builtAt : '' };
}
