/**
 * A typed promise wrapper around google.script.run. The server's functions and their types come
 * from src/addon/registry.ts (type-only import: nothing of the server is bundled into the page).
 */
import type { ServerApi } from '../../src/addon/registry';
import type { Failure } from '../../src/core/result';
import { t } from './i18n';

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner; host: { close(): void } } };

export type ServerFn = keyof ServerApi;

export function call<K extends ServerFn>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    run[name](...(args as unknown[]));
  });
}

/** A failure envelope (src/core/result.ts) rather than the function's answer. */
export function isFailure(v: unknown): v is Failure {
  return typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;
}

/** A call the server refused for a reason the user can act on: its message is the server's, in the user's language. */
class Refused extends Error {}

/**
 * `call` for a page that stops at the first failure (the import dialog, the network sidebar): a
 * failure envelope rejects too, so one catch shows either kind with `failureText`.
 */
export async function callOk<K extends ServerFn>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<Exclude<ReturnType<ServerApi[K]>, Failure>> {
  const r = await call(name, ...args);
  if (isFailure(r)) throw new Refused(r.errors.form ?? Object.values(r.errors).join(' '));
  return r as Exclude<ReturnType<ServerApi[K]>, Failure>;
}

/**
 * What a page says when a call failed: the server's sentence for a user error; for anything else
 * (a bug, a lost connection) the generic sentence in the user's language with the error's
 * message, never a bare stack.
 */
export function failureText(e: unknown): string {
  if (e instanceof Refused) return e.message;
  return t('error.generic', { detail: e instanceof Error ? e.message : String(e) });
}
