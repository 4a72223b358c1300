/**
 * Typed callers of the built add-on (dist/Code.js) in the offline runtime: the names, arguments
 * and results come from src/addon/registry.ts (type-only import: nothing of the add-on's source
 * runs here, only the bundle), so a renamed or retyped entry point fails the command line's and
 * the tests' type-check.
 */
import type { CliApi, MenuActions, ServerApi } from '../addon/registry';
import type { CallResult, Runtime } from './runtime';

export type Returned<R> = Omit<CallResult, 'value'> & { value: R };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any entry point's own parameters
type Entries = Record<string, (...args: any[]) => unknown>;

/** A call of one of `Api`'s entry points by name, with its own arguments and result type. */
type Caller<Api extends Entries> = <K extends keyof Api & string>(
  rt: Runtime,
  name: K,
  ...args: Parameters<Api[K]>
) => Returned<ReturnType<Api[K]>>;

/** Types a runtime call (the runtime itself knows the entry points only by name). */
function typed<Api extends Entries>(call: (rt: Runtime, name: string, args: unknown[]) => CallResult): Caller<Api> {
  return (rt, name, ...args) => call(rt, name, args) as never;
}

/** A command-line entry point, run as one operation (throws its error, as Runtime.call does). */
export const callCli = typed<CliApi>((rt, name, args) => rt.call(name, ...args));

/** The same, with the error in the result instead of thrown (Runtime.tryCall). */
export const tryCli = typed<CliApi>((rt, name, args) => rt.tryCall(name, ...args));

/** A sidebar's call (google.script.run): plain JSON in and out, the error in the result (Runtime.callFromClient). */
export const callRpc = typed<ServerApi>((rt, name, args) => rt.callFromClient(name, args));

/** The menu's actions by name; Apps Script drops what an action returns, so it is unknown here. */
type MenuApi = { [K in keyof MenuActions]: () => unknown };

/** A menu item clicked: its action run as one operation (throws as Runtime.call does). */
export const callMenu = typed<MenuApi>((rt, name) => rt.call(name));
