/**
 * The e-mail addresses the secretary types into the Share sidebar: one box, separated by commas,
 * spaces, semicolons or new lines (how people paste them from LINE or an e-mail). Each address is
 * checked on its own so the sidebar can say which one is wrong and why, in the user's language.
 * Addresses are compared case-insensitively (Google accounts are), so duplicates collapse.
 */
import { text, type Text } from '../i18n';

export interface EmailProblem {
  /** The address as typed. */
  input: string;
  message: Text;
}

export interface ParsedEmails {
  /** Valid, lower-cased, first occurrence order, no duplicates. */
  emails: string[];
  problems: EmailProblem[];
}

/** More than this in one go is almost surely a paste of the wrong thing. */
export const MAX_EMAILS = 50;

// RFC 5322 "atext" for the local part (dots only between characters); a domain of LDH labels
// with at least one dot and an alphabetic top-level label of two or more letters.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Why one address is not usable, or null when it is. */
export function emailProblem(address: string): Text | null {
  const a = address;
  // Thai letters or digits usually mean the keyboard was left in Thai mode.
  if (/[\u0E00-\u0E7F]/.test(a)) return text('share.email.thai', { email: a });
  if (/[^\x21-\x7E]/.test(a)) return text('share.email.chars', { email: a });
  const at = a.indexOf('@');
  if (at < 0) return text('share.email.noAt', { email: a });
  if (a.indexOf('@', at + 1) >= 0) return text('share.email.twoAt', { email: a });
  const local = a.slice(0, at);
  const domain = a.slice(at + 1);
  if (local === '') return text('share.email.noName', { email: a });
  if (domain === '') return text('share.email.noDomain', { email: a });
  if (local.length > 64 || a.length > 254 || !LOCAL.test(local)) return text('share.email.badName', { email: a });
  const labels = domain.split('.');
  if (labels.length < 2) return text('share.email.noDot', { email: a });
  if (!labels.every((l) => l.length <= 63 && LABEL.test(l)) || !/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])) {
    return text('share.email.badDomain', { email: a });
  }
  return null;
}

/** Split a typed list (string or list of strings) into checked addresses. */
export function parseEmails(input: string | string[]): ParsedEmails {
  const raw = (Array.isArray(input) ? input.join('\n') : String(input ?? ''))
    .split(/[\s,;]+/)
    .map((s) =>
      s
        .trim()
        .replace(/^<(.*)>$/, '$1')
        .replace(/^mailto:/i, ''),
    )
    .filter((s) => s !== '');
  const emails: string[] = [];
  const problems: EmailProblem[] = [];
  const seen = new Set<string>();
  for (const s of raw) {
    const problem = emailProblem(s);
    if (problem) {
      problems.push({ input: s, message: problem });
      continue;
    }
    const e = s.toLowerCase();
    if (seen.has(e)) continue;
    seen.add(e);
    emails.push(e);
  }
  if (emails.length > MAX_EMAILS)
    problems.push({ input: '', message: text('share.email.tooMany', { max: MAX_EMAILS, count: emails.length }) });
  return { emails, problems };
}
