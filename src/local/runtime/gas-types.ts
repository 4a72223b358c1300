/**
 * Typing our services against @types/google-apps-script: `implements Gas<GoogleAppsScript.Spreadsheet.Range,
 * 'getValues' | ...>` checks that each listed method exists and accepts the documented primitive parameters.
 * Apps Script object types (in parameters and results) are relaxed: our Range is a subset, not the full interface.
 */
type Relax<R> = R extends string | number | boolean | void | null | undefined ? R : unknown;
type RelaxParams<A extends unknown[]> = {
  [I in keyof A]: A[I] extends string | number | boolean | null | undefined ? A[I] : never;
};

export type Api<T> = {
  [K in keyof T]: T[K] extends (...a: infer A) => infer R ? (...a: RelaxParams<A>) => Relax<R> : T[K];
};

export type Gas<T, K extends keyof T> = Api<Pick<T, K>>;
