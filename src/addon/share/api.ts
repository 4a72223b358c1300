/**
 * "แบ่งปันรายงานให้หน่วยงาน" (Share with local government): the menu item, the functions the Share
 * sidebar calls, and the one the command line calls. Bad input comes back as messages for the
 * sidebar's fields and nothing is written; every message is in the user's language.
 */
import { formatDateBE, todayDay } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import { FIELDS, type Failure } from '../../core/result';
import { parseSettings } from '../../core/settings';
import { parseEmails } from '../../core/share/emails';
import { bilingualError, readBook, UserError } from '../book';
import { userLang } from '../lang';
import { rememberedFile, type RememberedFile } from './file';
import { checkAsOf, checkPeriod } from './input';
import { asOfLabel, publishSharedSummary } from './publish';
import { listAccess, removeAccess, shareViewOnly, type Access } from './viewers';

export interface ShareInfo {
  /** The shared file, when there is one that still opens for this user. */
  file: { name: string; url: string } | null;
  /**
   * Someone else made the shared file: this user's add-on cannot open it (drive.file is per user).
   * The sidebar says whose it is and offers to make a new one only on request.
   */
  elsewhere: { owner: string; message: string } | null;
  /** Who can see it: owner, editors (flagged), viewers. */
  access: Access[];
  /** Today in พ.ศ. (d/m/yyyy): the default as-of date. */
  today: string;
  threshold: number;
}

export interface ShareForm {
  /** As typed: several addresses separated by commas, spaces or new lines. */
  emails: string;
  asOf: string;
  period: string;
  /** The secretary pressed "make my own new file" in place of someone else's file. */
  replace?: boolean;
}

/**
 * What the share form gets back: what happened (`messages`, one sentence each) and the file now;
 * a failure is the one envelope (src/core/result.ts), its field errors in the user's language
 * under `emails.0`, `emails.1`… (one per bad address), `asOf`, `period`, or `form`.
 */
export type ShareResponse = ({ ok: true } | Failure) & { messages: string[]; info: ShareInfo };

function threshold(): number {
  const book = readBook(['settings', 'benefits']);
  return parseSettings(book.settings?.values ?? [], book.benefits?.values ?? []).settings.sensitiveThreshold;
}

function infoNow(current: RememberedFile = rememberedFile()): ShareInfo {
  const lang = userLang();
  return {
    file: current.kind === 'ok' ? { name: current.file.name, url: current.file.url } : null,
    elsewhere:
      current.kind === 'elsewhere'
        ? { owner: current.owner, message: t('share.err.elsewhere', lang, { owner: current.owner || '?' }) }
        : null,
    access: current.kind === 'ok' ? listAccess(current.file.id) : [],
    today: formatDateBE(todayDay()),
    threshold: threshold(),
  };
}

/** Nothing was done, for one reason: the envelope with it for the whole form, and as the message shown. */
function refused(code: Failure['code'], message: string, info: ShareInfo): ShareResponse {
  return { ok: false, code, errors: { form: message }, messages: [message], info };
}

/** Sidebar: the current file and who can see it. */
export function getShareInfo(): ShareInfo {
  return infoNow();
}

/** Sidebar: build or update the shared file, then share it view-only with the addresses given. */
export function shareSummary(form: ShareForm): ShareResponse {
  const lang = userLang();
  const emails = parseEmails(String(form?.emails ?? ''));
  const asOf = checkAsOf(form?.asOf);
  const period = checkPeriod(form?.period);
  const errors: Record<string, string> = {};
  emails.problems.forEach((p, i) => (errors[`emails.${i}`] = p.message[lang]));
  if (!asOf.ok) errors.asOf = asOf.errors.asOf[lang];
  if (!period.ok) errors.period = period.errors.period[lang];
  if (!asOf.ok || !period.ok || emails.problems.length > 0) {
    return { ok: false, code: FIELDS, errors, messages: [t('share.fixErrors', lang)], info: infoNow() };
  }

  let published;
  try {
    published = publishSharedSummary({
      asOf: asOf.value,
      period: period.value,
      remember: true,
      replace: form?.replace === true,
    });
  } catch (e) {
    // Someone else's file: nothing is written; the sidebar shows whose it is and what to do.
    if (e instanceof UserError) return refused(e.code, e.text[lang], infoNow());
    throw e;
  }
  const messages: string[] = [];
  const params = { name: published.name, sheets: published.sheets.length, asOf: asOfLabel(asOf.value, lang) };
  if (published.status === 'recreated') messages.push(t('share.recreated', lang));
  if (published.status === 'replaced') messages.push(t('share.replaced', lang));
  messages.push(t(published.status === 'reused' ? 'share.updated' : 'share.created', lang, params));
  if (published.report.redacted > 0) messages.push(t('share.redacted', lang, { count: published.report.redacted }));

  const shared = shareViewOnly(published.id, emails.emails);
  const list = (xs: string[]) => xs.join(', ');
  if (shared.added.length > 0) messages.push(t('share.sharedWith', lang, { emails: list(shared.added) }));
  if (shared.madeViewOnly.length > 0)
    messages.push(t('share.madeViewOnly', lang, { emails: list(shared.madeViewOnly) }));
  for (const e of shared.owner) messages.push(t('share.email.owner', lang, { email: e }));
  const file = { id: published.id, name: published.name, url: published.url };
  return { ok: true, messages, info: infoNow({ kind: 'ok', file }) };
}

/** Sidebar: stop sharing with one address. */
export function removeShareViewer(email: string): ShareResponse {
  const lang = userLang();
  const current = rememberedFile();
  if (current.kind !== 'ok') {
    if (current.kind === 'elsewhere')
      return refused(
        'share.err.elsewhere',
        t('share.err.elsewhere', lang, { owner: current.owner || '?' }),
        infoNow(current),
      );
    return refused('share.noFile', t('share.noFile', lang), infoNow(current));
  }
  const e = String(email ?? '')
    .trim()
    .toLowerCase();
  const removed = removeAccess(current.file.id, e);
  if (!removed) return refused('share.notShared', t('share.notShared', lang, { email: e }), infoNow(current));
  return { ok: true, messages: [t('share.removed', lang, { email: e })], info: infoNow(current) };
}

export interface ExportResult {
  /** Id of the spreadsheet made (rt.saveCreated writes it to a file offline). */
  id: string;
  name: string;
  asOf: string;
  period: string;
  sheets: string[];
  hidden: { small: number; complement: number };
  redacted: number;
  /** The fund's network id was made by this export: the command line saves the book to keep it. */
  packetIdCreated: boolean;
}

/**
 * Command line (`npx welfare-fund share FILE --out SHARED.xlsx`): makes the same shared workbook
 * as a new spreadsheet, without remembering it in the fund book (the book is left untouched).
 */
export function exportSharedSummary_(opts: { asOf?: string; period?: string } = {}): ExportResult {
  const asOf = checkAsOf(opts.asOf);
  if (!asOf.ok) throw bilingualError(asOf.errors.asOf);
  const period = checkPeriod(opts.period);
  if (!period.ok) throw bilingualError(period.errors.period);
  const p = publishSharedSummary({ asOf: asOf.value, period: period.value, remember: false });
  const lang: Lang = p.lang;
  return {
    id: p.id,
    name: p.name,
    asOf: asOfLabel(asOf.value, lang),
    period: period.value,
    sheets: p.sheets,
    hidden: p.report.hidden,
    redacted: p.report.redacted,
    packetIdCreated: p.packetIdCreated,
  };
}
