/**
 * Errors the user reads. The message is in the user's language; `text` keeps both languages (a
 * menu action shows it as an alert, src/addon/registry.ts; a sidebar read or save answers it as
 * the failure envelope, src/core/result.ts), and `code` says which error it is (the message key it
 * was made from, `book.busy` for a held lock), so callers test the code, never the wording.
 */
import { text, type MessageKey, type ParamArgs, type Text } from '../../core/i18n';
import type { ErrorCode } from '../../core/result';
import { userLang } from '../lang';

export class UserError extends Error {
  readonly text: Text;
  readonly code: ErrorCode;
  constructor(t: Text, code: ErrorCode = 'text') {
    super(t[userLang()]);
    this.name = 'UserError';
    this.text = t;
    this.code = code;
  }
}

export function userError<K extends MessageKey>(key: K, ...params: ParamArgs<K>): UserError {
  return new UserError(text(key, ...params), key);
}

/** Thai first, English after it in parentheses: what the command line prints. */
export function bilingualError(t: Text, code: ErrorCode = 'text'): UserError {
  const e = new UserError(t, code);
  e.message = `${t.th} (${t.en})`;
  return e;
}
