/**
 * The one failure envelope of core and of the server functions the sidebars call
 * (src/addon/registry.ts): `{ok: false, code, errors}`.
 * - `code` says which failure it is, so a caller tests the code, never the wording: a message key
 *   (`book.busy` when another save held the book and nothing was written, `book.sheetMissing`…),
 *   `fields` when the fields in `errors` are to be fixed, `text` for a text made elsewhere;
 * - `errors` the words, per field (`form` for the whole form, `items.3.amount` for a line): `Text`
 *   in core, in the user's language once it crosses to a sidebar.
 * A thrown user error (src/addon/book/errors.ts, UserError) carries the same code.
 */
import type { MessageKey } from './i18n';

/** What a UserError is: the message key it was made from, or `text` (a parser's reason, an import problem). */
export type ErrorCode = MessageKey | 'text';

/** Field errors, to be fixed by the user (a validation). */
export const FIELDS = 'fields';

/** Another save holds the document lock (src/addon/book/lock.ts): nothing was written. */
export const BUSY = 'book.busy' satisfies MessageKey;

export type FailureCode = ErrorCode | typeof FIELDS;

export type Failure<M = string> = { ok: false; code: FailureCode; errors: Record<string, M> };

/** The errors of a list field (`emails.0`, `emails.1`… as `items.3.amount` for a line), in order. */
export function fieldList<M>(errors: Record<string, M>, field: string): M[] {
  const out: M[] = [];
  for (let i = 0; `${field}.${i}` in errors; i++) out.push(errors[`${field}.${i}`]);
  return out;
}

/** A failure of one message for the whole form (a user error's text, a refused key). */
export function formFailure<M>(code: FailureCode, message: M): Failure<M> {
  return { ok: false, code, errors: { form: message } };
}
