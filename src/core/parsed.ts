/**
 * What every parser of typed or cell input answers (src/core/parse.ts, dates.ts): the value with
 * any warnings, or a failure with its code and the reason in Thai and English. Its own module so
 * dates.ts and parse.ts both use it without importing each other.
 */
import type { Text } from './i18n';

export type Parsed<T> =
  { ok: true; value: T; warnings: Text[] } | { ok: false; code: string; reason: Text; suggestion?: string };

export type ParseFailure = Extract<Parsed<unknown>, { ok: false }>;

export function ok<T>(value: T, warnings: Text[] = []): Parsed<T> {
  return { ok: true, value, warnings };
}

export function failure(code: string, reason: Text, suggestion?: string): ParseFailure {
  return suggestion === undefined ? { ok: false, code, reason } : { ok: false, code, reason, suggestion };
}
