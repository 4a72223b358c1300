/**
 * Type-level check that an API crosses google.script.run (or the command line's JSON) intact:
 * strings, numbers, booleans, null, arrays and plain objects only. A Date, a function or a
 * property that is present but undefined would arrive changed (a Date becomes null or a string,
 * undefined disappears), so such a function's type becomes a `NotJson` message instead.
 * Optional properties are fine: absent in, absent out.
 */
type Primitive = string | number | boolean | null;

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/** Distributes over a union: `true | false` when any member is not plain (callers test `false extends`). */
export type IsJson<T> = T extends Primitive
  ? true
  : T extends Date | ((...args: never[]) => unknown) | undefined | symbol | bigint
    ? false
    : T extends readonly (infer U)[]
      ? AllJson<U>
      : T extends object
        ? false extends {
            [K in keyof T]-?: K extends OptionalKeys<T> ? IsJson<Exclude<T[K], undefined>> : IsJson<T[K]>;
          }[keyof T]
          ? false
          : true
        : false;

type AllJson<T> = false extends IsJson<T> ? false : true;

export interface NotJson<Name> {
  __notPlainJson: Name;
}

/** Arguments may be optional (google.script.run sends what the page gives); `void` results arrive as null. */
type ResultOk<R> = [R] extends [void] ? true : AllJson<R>;
type ArgsOk<A extends unknown[]> = false extends { [I in keyof A]-?: AllJson<Exclude<A[I], undefined>> }[number]
  ? false
  : true;

export type JsonApi<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => infer R
    ? ArgsOk<A> extends true
      ? ResultOk<R> extends true
        ? Api[K]
        : NotJson<K>
      : NotJson<K>
    : NotJson<K>;
};
