/**
 * The small wrappers every entry point is built from (src/addon/registry.ts), so that each
 * concern is written once:
 * - `read`: a sidebar's read answers a problem the user can fix (no member sheet yet) as the
 *   failure envelope {ok:false, code, errors:{form}} (src/core/result.ts) in the user's language,
 *   never as a stack trace; `answering` does the same for every function of a page's group (the
 *   import dialog, the network sidebar), reads and writes alike;
 * - a menu action answers a user error with an alert (`menuAction` in registry.ts);
 * - `save`: a form save runs under the document lock with the page's idempotency key, and a
 *   retry answers with what was written the first time (src/addon/forms/save.ts, docs/DESIGN.md §7).
 */
import type { Keyed, SaveResult, Failure } from '../core/forms/types';
import { orFormError, runSave, type Outcome } from './forms/save';

export function read<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | Failure {
  return (...args: A) => orFormError(() => fn(...args));
}

type Fn = (...args: never[]) => unknown;

export function answering<G extends Record<string, Fn>>(
  group: G,
): { [K in keyof G]: (...args: Parameters<G[K]>) => ReturnType<G[K]> | Failure } {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(group)) out[name] = read(fn as (...args: unknown[]) => unknown);
  return out as { [K in keyof G]: (...args: Parameters<G[K]>) => ReturnType<G[K]> | Failure };
}

export function save<I extends Keyed>(work: (input: I) => Outcome): (input: I) => SaveResult {
  return (input: I) => runSave(input, () => work(input));
}
