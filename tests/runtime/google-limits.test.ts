/**
 * What Google enforces, enforced offline: the 10-million-cell limit (rows x columns of every grid),
 * the manifest's scopes, and drive.file's per-user visibility, with Google's own messages.
 */
import { createRuntime, type Runtime } from '../../src/local/runtime';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const LIMIT = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
const G = 'https://www.googleapis.com/auth/';

async function bare(oauthScopes: string[] | null = null): Promise<Runtime> {
  return createRuntime({ bundlePath: null, oauthScopes });
}

const app = (rt: Runtime) => rt.globals.SpreadsheetApp as SpreadsheetApp;

describe('the 10-million-cell limit', () => {
  test('counts rows x columns of every sheet, and a grid may grow up to it exactly, not one row past', async () => {
    const rt = await bare();
    const sheet = app(rt).getActiveSpreadsheet().getSheets()[0];
    // 1000 x 26 = 26,000 cells now; at 26 columns 384,615 rows fit (10,000,000 / 26 = 384,615.4)
    sheet.insertRowsAfter(1000, 384_615 - 1000);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_999_990);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(LIMIT);
    expect(() => sheet.appendRow(['x'])).not.toThrow(); // there is room in the grid: no growth
    expect(() => app(rt).getActiveSpreadsheet().insertSheet('more')).toThrow(LIMIT);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(LIMIT);
    // nothing changed by the refused calls
    expect(sheet.getMaxRows()).toBe(384_615);
    expect(app(rt).getActiveSpreadsheet().getSheets()).toHaveLength(1);
  });

  test('trimming columns makes room: at 8 columns the same book holds 1,250,000 rows', async () => {
    const rt = await bare();
    const sheet = app(rt).getActiveSpreadsheet().getSheets()[0];
    sheet.deleteColumns(9, 18);
    sheet.insertRowsAfter(1000, 1_250_000 - 1000);
    expect(sheet.getMaxRows()).toBe(1_250_000);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(LIMIT);
  });
});

describe('scopes', () => {
  test('a call the manifest does not cover throws Apps Script’s permission error; covered ones run', async () => {
    const rt = await bare([`${G}spreadsheets.currentonly`]);
    const r = rt.measure(() => app(rt).create('x'));
    expect(r.error?.message).toBe(
      `Specified permissions are not sufficient to call SpreadsheetApp.create. Required permissions: ${G}spreadsheets`,
    );
    expect(
      rt.measure(() => app(rt).getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue(1)).error,
    ).toBeUndefined();
    const sidebar = rt.measure(() => app(rt).getUi().alert('hi'));
    expect(sidebar.error?.message).toContain(`Required permissions: ${G}script.container.ui`);
    const api = rt.measure(() => (rt.globals.Sheets as GoogleAppsScript.Sheets).Spreadsheets.get('x'));
    expect(api.error?.message).toBe(
      'GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Request had insufficient authentication scopes.',
    );
  });
});

describe('drive.file is per user', () => {
  test('a file the app made for one user is "not found" for another user of the same book, in Drive and Sheets', async () => {
    const rt = await bare([`${G}spreadsheets.currentonly`, `${G}drive.file`]);
    const drive = rt.globals.Drive as GoogleAppsScript.Drive;
    const sheets = rt.globals.Sheets as GoogleAppsScript.Sheets;
    rt.setActiveUser('first@example.org');
    const made = rt.measure(() =>
      drive.Files.create({ name: 'figures', mimeType: 'application/vnd.google-apps.spreadsheet' }),
    );
    const id = String((made.value as { id: string }).id);
    rt.measure(() =>
      drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'second@example.org' }, id),
    );
    expect(rt.measure(() => sheets.Spreadsheets.get(id)).error).toBeUndefined();

    // The second secretary is an editor of the file, but this app never made or opened it for them.
    rt.setActiveUser('second@example.org');
    expect(rt.measure(() => drive.Files.get(id)).error?.message).toBe(
      `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${id}.`,
    );
    expect(rt.measure(() => sheets.Spreadsheets.get(id)).error?.message).toBe(
      'GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
    // With the full drive scope the same user would see it (which is why drive.file is the narrow one).
    rt.ctx.grantedScopes = new Set([`${G}drive`]);
    expect(rt.measure(() => drive.Files.get(id)).error).toBeUndefined();
  });

  test('batchUpdate is all or nothing: a bad request leaves the earlier ones unwritten', async () => {
    const rt = await bare();
    const drive = rt.globals.Drive as GoogleAppsScript.Drive;
    const sheets = rt.globals.Sheets as GoogleAppsScript.Sheets;
    const id = String(
      (
        rt.measure(() => drive.Files.create({ name: 'f', mimeType: 'application/vnd.google-apps.spreadsheet' }))
          .value as {
          id: string;
        }
      ).id,
    );
    const r = rt.measure(() =>
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            { addSheet: { properties: { title: 'A' } } },
            { addSheet: { properties: { title: 'B', gridProperties: { rowCount: 500_000, columnCount: 26 } } } },
          ],
        },
        id,
      ),
    );
    expect(r.error?.message).toBe(
      `GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[1].addSheet: ${LIMIT}`,
    );
    expect(
      rt.created
        .get(id)!
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
  });
});
