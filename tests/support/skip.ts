/**
 * A test that cannot run on this machine (a program is missing) is reported as skipped, with the
 * reason in its name: jest has no skip reason of its own.
 */
const skipped = test.skip;

export function skipBecause(name: string, reason: string): void {
  skipped(`${name} — skipped: ${reason}`, () => undefined);
}
