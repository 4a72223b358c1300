/**
 * Errors the user reads. The message is in the user's language (what Apps Script shows when a
 * menu action throws); `text` keeps both languages for callers that show their own dialog.
 */
import { text, type MessageKey, type Params, type Text } from '../../core/i18n';
import { userLang } from '../lang';

export class UserError extends Error {
  readonly text: Text;
  constructor(t: Text) {
    super(t[userLang()]);
    this.name = 'UserError';
    this.text = t;
  }
}

export function userError(key: MessageKey, params: Params = {}): UserError {
  return new UserError(text(key, params));
}
