/**
 * Every form save goes through runSave (docs/DESIGN.md §7):
 * - the page makes one key per submission; a key seen before answers with what was written
 *   then, and writes nothing (a double click, a retry after a lost answer, two tabs);
 * - the key is looked up in the document cache first (fast, but Apps Script may evict it), then
 *   again under the document lock in the document properties, which keep the last keys durably;
 * - the lock is tried for LOCK_WAIT_MS; if another save holds it, the page gets a clear message
 *   and nothing is written;
 * - validation errors come back as {ok:false, code, errors:{field: message}} in the user's language,
 *   never as a thrown error.
 */
import type { Text } from '../../core/i18n';
import { text } from '../../core/i18n';
import type { RecordSheetKey } from '../../core/schema';
import { matchHeaders, SHEETS } from '../../core/schema';
import { checkKey } from '../../core/forms/validate';
import type { Failure, FieldErrors, SaveResult, Written } from '../../core/forms/types';
import { formFailure, type Failure as FailureOf, type FailureCode } from '../../core/result';
import { findSheet, UserError, withDocumentLock } from '../book';
import { userLang } from '../lang';

export type Outcome = { ok: true; written: Written; sheetKey: RecordSheetKey } | FailureOf<Text>;

const CACHE_PREFIX = 'form-save:';
const CACHE_SECONDS = 6 * 3600;
const PROP_KEY = 'forms.recentSaves';
/** Keys remembered durably; a retry comes seconds or minutes later, not after 60 other saves. */
const MAX_REMEMBERED = 60;
const MAX_PROP_CHARS = 8500;
const MAX_INLINE_NUMBERS = 400;
export const LOCK_WAIT_MS = 10000;

/** [key, saved at (ms), sheet key, first row, row count, numbers or null (read back from the sheet)] */
type Remembered = [string, number, RecordSheetKey, number, number, string[] | null, string];

export function localize(errors: Record<string, Text>): FieldErrors {
  const lang = userLang();
  const out: FieldErrors = {};
  for (const k of Object.keys(errors)) out[k] = errors[k][lang];
  return out;
}

/** One message for the whole form, in the user's language, with its code. */
function formError(code: FailureCode, t: Text): Failure {
  return formFailure(code, t[userLang()]);
}

/** Contiguous rows as [first, count]; a member edit writes one row. */
function span(rows: number[]): [number, number] {
  return rows.length === 0 ? [0, 0] : [rows[0], rows.length];
}

const NUMBER_COLUMN: Record<RecordSheetKey, string> = {
  members: 'memberId',
  deposits: 'receiptNo',
  welfare: 'voucherNo',
  ledger: 'entryNo',
};

/** What was written, read back from the sheet, for a retry whose answer was evicted from the cache. */
function replay(entry: Remembered): Written {
  const [, , sheetKey, first, count, numbers, sheetName] = entry;
  const rows: number[] = [];
  for (let i = 0; i < count; i++) rows.push(first + i);
  if (numbers) return { sheet: sheetName, rows, numbers };
  const sheet = findSheet(sheetKey);
  let read: string[] = [];
  if (sheet && count > 0) {
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const col = matchHeaders(SHEETS[sheetKey], header).index[NUMBER_COLUMN[sheetKey]];
    if (col !== undefined)
      read = sheet
        .getRange(first, col + 1, count, 1)
        .getValues()
        .map((r) => String(r[0]));
  }
  return { sheet: sheetName, rows, numbers: read };
}

function remember(
  props: GoogleAppsScript.Properties.Properties,
  list: Remembered[],
  key: string,
  out: Outcome & { ok: true },
): void {
  const [first, count] = span(out.written.rows);
  const inline = out.written.numbers.join('').length <= MAX_INLINE_NUMBERS ? out.written.numbers : null;
  list.push([key, Date.now(), out.sheetKey, first, count, inline, out.written.sheet]);
  while (list.length > MAX_REMEMBERED) list.shift();
  let json = JSON.stringify(list);
  while (json.length > MAX_PROP_CHARS && list.length > 1) {
    list.shift();
    json = JSON.stringify(list);
  }
  props.setProperty(PROP_KEY, json);
}

function recall(props: GoogleAppsScript.Properties.Properties): Remembered[] {
  const raw = props.getProperty(PROP_KEY);
  if (!raw) return [];
  try {
    const v = JSON.parse(raw) as Remembered[];
    return Array.isArray(v) ? v : [];
  } catch (_e) {
    return [];
  }
}

export function runSave(input: { key?: unknown } | null | undefined, work: () => Outcome): SaveResult {
  const key = input ? input.key : undefined;
  if (!checkKey(key)) return formError('form.badKey', text('form.badKey'));
  const cacheKey = CACHE_PREFIX + (key as string);
  const cache = CacheService.getDocumentCache();
  const cached = cache ? cache.get(cacheKey) : null;
  if (cached) return { ok: true, replayed: true, written: JSON.parse(cached) as Written };
  try {
    return withDocumentLock(() => {
      const props = PropertiesService.getDocumentProperties();
      const list = recall(props);
      const seen = list.find((e) => e[0] === key);
      if (seen) return { ok: true, replayed: true, written: replay(seen) } as SaveResult;
      const out = work();
      if (!out.ok) return { ok: false, code: out.code, errors: localize(out.errors) } as SaveResult;
      remember(props, list, key as string, out);
      if (cache) cache.put(cacheKey, JSON.stringify(out.written), CACHE_SECONDS);
      return { ok: true, replayed: false, written: out.written } as SaveResult;
    }, LOCK_WAIT_MS);
  } catch (err) {
    // Busy (another save held the book) is one more code: `book.busy`.
    if (err instanceof UserError) return formError(err.code, err.text);
    throw err;
  }
}

/** Reads that fail for a reason the user can fix (no member sheet yet) answer in words, not a stack trace. */
export function orFormError<T>(fn: () => T): T | Failure {
  try {
    return fn();
  } catch (err) {
    if (err instanceof UserError) return formError(err.code, err.text);
    throw err;
  }
}
