/**
 * Loads the bundle (dist/Code.js) into a node:vm context whose global object holds the services, as
 * Apps Script does: top-level function declarations become properties of the global (that is how menu
 * items and google.script.run find them). The context has no require, process or module.
 */
import * as vm from 'node:vm';

export interface LoadedBundle {
  context: vm.Context;
  functionNames: string[];
  /** the bundle realm's Error, so errors we throw pass `instanceof Error` inside the script */
  ErrorCtor: ErrorConstructor;
}

export function createScriptContext(globals: Record<string, unknown>): vm.Context {
  // Share the host Date so Dates from getValues() pass `instanceof Date` inside the script and vice versa.
  return vm.createContext({ ...globals, Date });
}

export function loadBundle(source: string, filename: string, globals: Record<string, unknown>): LoadedBundle {
  const context = createScriptContext(globals);
  new vm.Script(source, { filename }).runInContext(context);
  const own = new Set([...Object.keys(globals), 'Date']);
  const functionNames = Object.keys(context).filter(
    (k) => !own.has(k) && typeof (context as Record<string, unknown>)[k] === 'function',
  );
  const ErrorCtor = vm.runInContext('Error', context) as ErrorConstructor;
  return { context, functionNames, ErrorCtor };
}
