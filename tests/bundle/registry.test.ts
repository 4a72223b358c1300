/**
 * The entry-point registry (src/addon/registry.ts) is what dist/Code.js exposes, name for name,
 * and its RPC and CLI tables only accept functions whose arguments and results are plain JSON.
 * The type-level half is checked by `npm run typecheck` (a @ts-expect-error that is not an
 * error fails it).
 */
import type { JsonApi } from '../../src/addon/json';
import {
  CLI,
  CLI_CELLS,
  MENU,
  MENU_ACTIONS,
  REGISTRY,
  RPC,
  TRIGGERS,
  type MenuActions,
} from '../../src/addon/registry';
import { loadBundle } from '../support/runtime';

describe('the registry', () => {
  test('is exactly the set of top-level functions of the built Code.js', async () => {
    const rt = await loadBundle();
    expect([...rt.functionNames()].sort()).toEqual(Object.keys(REGISTRY).sort());
  });

  test('lists each name once across triggers, menu, sidebars and command line', () => {
    const names = [
      ...Object.keys(TRIGGERS),
      ...MENU.flatMap((group) => Object.keys(group)),
      ...Object.keys(RPC),
      ...Object.keys(CLI),
      ...Object.keys(CLI_CELLS),
    ];
    // The menu's setupFundBook alerts on a user error; the command line's is setupFundBook_.
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    expect(twice).toEqual([]);
    expect(new Set(names).size).toBe(Object.keys(REGISTRY).length);
  });

  test("the menu's actions are typed by name, one per menu item", () => {
    // A type that lost its keys (a conditional type that did not distribute) would make this line
    // a compile error, and the typed menu caller (src/local/addon.ts) would accept no name.
    const named: (keyof MenuActions)[] = ['checkEntries', 'setupFundBook', 'showAboutSidebar'];
    expect(Object.keys(MENU_ACTIONS).sort()).toEqual(MENU.flatMap((group) => Object.keys(group)).sort());
    for (const name of named) expect(typeof MENU_ACTIONS[name]).toBe('function');
  });

  test('builds the menu from the same table, in its order, with a line between groups', async () => {
    const rt = await loadBundle({ locale: 'en_US' });
    rt.onOpen('FULL');
    const items = rt.ui.menus[0].items.map((i) => ('functionName' in i ? i.functionName : '---'));
    expect(items).toEqual(MENU.flatMap((group, i) => [...(i > 0 ? ['---'] : []), ...Object.keys(group)]));
  });

  test('private names (ending in _) are not callable from a sidebar', async () => {
    const rt = await loadBundle();
    expect(Object.keys(RPC).filter((n) => n.endsWith('_'))).toEqual([]);
    // eslint-disable-next-line no-restricted-syntax -- untyped on purpose: a private name is not in the sidebars' API
    expect(rt.callFromClient('exportSharedSummary_', []).error?.message).toMatch(/private/);
  });
});

// The JSON check at the type level: each line below must be a type error.
type Api = {
  ok: (a: string, b?: { n: number | null }[]) => { list: string[]; opt?: boolean };
  returnsDate: () => { when: Date };
  takesFunction: (f: () => void) => string;
  undefinedField: () => { value: string | undefined };
};
const checked: JsonApi<Api> = {
  ok: (a) => ({ list: [a] }),
  // @ts-expect-error a Date does not survive google.script.run
  returnsDate: () => ({ when: new Date() }),
  // @ts-expect-error nor does a function
  takesFunction: () => '',
  // @ts-expect-error a present-but-undefined property disappears on the way
  undefinedField: () => ({ value: undefined }),
};
test('a plain-JSON api keeps its functions callable', () => {
  expect(checked.ok('x')).toEqual({ list: ['x'] });
});
