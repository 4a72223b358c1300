/**
 * A test that cannot run on this machine (a program is missing) is reported as skipped, with the
 * reason in its name: jest has no skip reason of its own. Under CI, which installs every program
 * the tests need (.ci/run), a missing program is a failure instead, so nothing is skipped there.
 */
const skipped = test.skip;

export function skipBecause(name: string, reason: string): void {
  if (process.env.CI)
    test(name, () => {
      throw new Error(`required in CI: ${reason}`);
    });
  else skipped(`${name} — skipped: ${reason}`, () => undefined);
}
