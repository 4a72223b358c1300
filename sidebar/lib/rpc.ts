/**
 * A typed promise wrapper around google.script.run. The server's functions and their types come
 * from src/addon/registry.ts (type-only import: nothing of the server is bundled into the page).
 */
import type { ServerApi } from '../../src/addon/registry';

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
