/**
 * The manifest's oauthScopes are minimal and sufficient: every entry point (menu items, triggers,
 * the functions the sidebars call) runs under exactly the scopes appsscript.json grants, with the
 * runtime refusing any call a scope does not cover (src/local/runtime/scopes.ts, from Google's
 * reference); and taking any one scope away makes some entry point fail with Apps Script's
 * permission error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../../src/local/runtime';
import { ROOT, loadBundle } from '../support/runtime';
import type { ServerApi } from '../../src/addon/registry';
import { callRpc, tryCli } from '../../src/local/addon';

const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices: { userSymbol: string }[] };
};
const SCOPE_ERROR = /permissions are not sufficient|insufficient authentication scopes/;

/** Every menu item, trigger and sidebar call, with plausible arguments; the scope errors met. */
function tour(rt: Runtime): string[] {
  const errors: string[] = [];
  const note = (name: string, e: Error | undefined) => {
    if (e && SCOPE_ERROR.test(e.message)) errors.push(`${name}: ${e.message}`);
  };
  for (const mode of ['NONE', 'FULL'] as const) {
    try {
      rt.onOpen(mode);
    } catch (e) {
      note('onOpen', e as Error);
    }
  }
  const menu = rt.ui.menus
    .flatMap((m) => m.items)
    .filter((i): i is { label: string; functionName: string } => 'functionName' in i)
    .map((i) => i.functionName);
  // The names the menu the runtime built holds, so by untyped name.
  for (const fn of menu) note(fn, rt.tryCall(fn).error);
  const member = '0001';
  const rpc = <K extends keyof ServerApi>(fn: K, ...args: Parameters<ServerApi[K]>) =>
    note(fn, callRpc(rt, fn, ...args).error);
  rpc('getClientContext');
  rpc('getAboutInfo');
  rpc('getFormsContext');
  rpc('getCollectionList', '');
  rpc('getMemberInfo', member);
  rpc('rebuildMemberSummary');
  rpc('findMembersByNationalId', '1101700203451');
  rpc('checkMemberNationalId', '1101700203451', '');
  // Two partial forms, by untyped name: the tour needs only the calls to reach the services.
  const partial = (fn: string, form: object) => note(fn, rt.callFromClient(fn, [form]).error);
  partial('checkWelfareClaim', { memberId: member, benefit: '', units: '1', date: '' });
  rpc('getShareInfo');
  rpc('shareSummary', { emails: 'officer@abt.go.th', asOf: '', period: 'fiscal' });
  rpc('removeShareViewer', 'officer@abt.go.th');
  partial('saveDeposit', { memberId: member, kind: 'savings', amount: '30', date: '', key: 'k1' });
  return errors;
}

async function smallFund(oauthScopes?: string[]): Promise<Runtime> {
  // A small demo fund built under the manifest, then the tour run under the scopes given.
  const rt = await loadBundle();
  const made = tryCli(rt, 'createDemoFund', 7, '2004-06-30');
  if (made.error) throw made.error;
  if (oauthScopes) rt.ctx.grantedScopes = new Set(oauthScopes);
  return rt;
}

describe('appsscript.json oauthScopes', () => {
  test('has no sensitive spreadsheets scope and no script.locale; enables advanced Drive and Sheets', () => {
    expect(MANIFEST.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(MANIFEST.oauthScopes).not.toContain('https://www.googleapis.com/auth/script.locale');
    expect(MANIFEST.dependencies.enabledAdvancedServices.map((s) => s.userSymbol).sort()).toEqual(['Drive', 'Sheets']);
  });

  test('are sufficient: every entry point runs under them without a permission error', async () => {
    const rt = await smallFund();
    expect(tour(rt)).toEqual([]);
    // the tour really reached the shared file (written with the Sheets API under drive.file)
    expect(rt.created.size).toBe(1);
  }, 600000);

  test.each(MANIFEST.oauthScopes.map((s) => [s]))(
    'are minimal: without %s some entry point fails',
    async (scope) => {
      const rt = await smallFund(MANIFEST.oauthScopes.filter((s) => s !== scope));
      const errors = tour(rt);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toContain(scope.includes('drive.file') ? 'insufficient authentication scopes' : scope);
    },
    600000,
  );

  test('a method the manifest does not cover throws Apps Script’s own message', async () => {
    const rt = await loadBundle();
    const r = rt.measure(() =>
      (rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(rt.spreadsheet.getId()),
    );
    expect(r.error?.message).toBe(
      'Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });
});
