/**
 * Typed callers of the built add-on (dist/Code.js) in the offline runtime: the names, arguments
 * and results come from src/addon/registry.ts (type-only import: nothing of the add-on's source
 * runs here, only the bundle), so a renamed or retyped entry point fails the command line's and
 * the tests' type-check.
 */
import type { CliApi } from '../addon/registry';
import type { CallResult, Runtime } from './runtime';

export type Returned<R> = Omit<CallResult, 'value'> & { value: R };

/** A command-line entry point, run as one operation (throws its error, as Runtime.call does). */
export function callCli<K extends keyof CliApi>(
  rt: Runtime,
  name: K,
  ...args: Parameters<CliApi[K]>
): Returned<ReturnType<CliApi[K]>> {
  return rt.call(name, ...args) as Returned<ReturnType<CliApi[K]>>;
}

/** The same, with the error in the result instead of thrown (Runtime.tryCall). */
export function tryCli<K extends keyof CliApi>(
  rt: Runtime,
  name: K,
  ...args: Parameters<CliApi[K]>
): Returned<ReturnType<CliApi[K]>> {
  return rt.tryCall(name, ...args) as Returned<ReturnType<CliApi[K]>>;
}
