/** A demo record as the demo fund's parts (src/core/demo.ts, ./money.ts, ./people.ts) build it. */
export type DemoValue = string | number | null;
/** column key -> value; dates are DayNumbers (a string in a date column is a mistake typed as text). */
export type DemoRecord = Record<string, DemoValue>;
