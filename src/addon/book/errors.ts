/**
 * Errors the user reads. The message is in the user's language (what Apps Script shows when a
 * menu action throws); `text` keeps both languages for callers that show their own dialog, and
 * `code` says which error it is (the message key it was made from), so callers test the code,
 * never the wording.
 */
import { text, type MessageKey, type ParamArgs, type Text } from '../../core/i18n';
import { userLang } from '../lang';

/** A text made elsewhere (a parser's reason, an import problem) has no key of its own. */
export type UserErrorCode = MessageKey | 'text';

export class UserError extends Error {
  readonly text: Text;
  readonly code: UserErrorCode;
  constructor(t: Text, code: UserErrorCode = 'text') {
    super(t[userLang()]);
    this.name = 'UserError';
    this.text = t;
    this.code = code;
  }
}

export function userError<K extends MessageKey>(key: K, ...params: ParamArgs<K>): UserError {
  return new UserError(text(key, ...params), key);
}

/** Another save holds the document lock (src/addon/book/lock.ts): nothing was written. */
export const BUSY = 'book.busy' satisfies MessageKey;

export function isBusy(err: unknown): boolean {
  return err instanceof UserError && err.code === BUSY;
}

/** Thai first, English after it in parentheses: what the command line prints. */
export function bilingualError(t: Text, code: UserErrorCode = 'text'): UserError {
  const e = new UserError(t, code);
  e.message = `${t.th} (${t.en})`;
  return e;
}
