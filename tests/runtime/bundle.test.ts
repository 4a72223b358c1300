/** Loading a hand-written bundle: functionNames, call, callFromClient and the google.script.run rules. */
import { RpcArgumentError } from '../../src/local/runtime';
import { withBundle } from './helpers';

const SOURCE = `
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  var menu = ui.createAddonMenu().addItem('เปิด', 'openSidebar');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
    menu.addSeparator().addItem('รายงาน', 'report');
  }
  menu.addToUi();
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Side').setTitle('แถบข้าง'));
}
function report() {
  var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sh.getRange(1, 1, 2, 2).setValues([['a', 1], ['b', 2]]);
  Logger.log('wrote %s rows', 2);
  console.log('done');
  return sh.getRange(1, 1, 2, 2).getValues();
}
function echo(x) { return x; }
function today() { return new Date(0); }
function isDate(x) { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue() instanceof Date; }
function fail() { try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); } catch (e) { return e instanceof Error; } }
function helper_() { return 'private'; }
function hasNode() { return [typeof require, typeof process, typeof module]; }
var notAFunction = 1;
`;

const load = () => withBundle(SOURCE, {}, { 'Side.html': '<p>สวัสดี</p>' });

test('functionNames lists the top-level function declarations only', async () => {
  const rt = await load();
  expect(rt.functionNames().sort()).toEqual(
    ['echo', 'fail', 'hasNode', 'helper_', 'isDate', 'onOpen', 'openSidebar', 'report', 'today'].sort(),
  );
});

test('the bundle does not see Node (require, process, module)', async () => {
  const rt = await load();
  expect(rt.call('hasNode').value).toEqual(['undefined', 'undefined', 'undefined']);
});

test('call runs a function as one operation with its own counters, ui events and logs', async () => {
  const rt = await load();
  const r = rt.call('report');
  expect(r.value).toEqual([
    ['a', 1],
    ['b', 2],
  ]);
  expect(r.logs).toEqual(['wrote 2 rows', 'done']);
  expect(r.metrics.cellsWritten).toBe(4);
  expect(r.metrics.cellsRead).toBe(4);
  expect(r.metrics.calls['Range.setValues']).toBe(1);
  const again = rt.call('echo', 1);
  expect(again.metrics.serviceCalls).toBe(0);
  expect(again.logs).toEqual([]);
});

test('call rethrows the error of the function', async () => {
  const rt = await load();
  expect(() => rt.call('nope')).toThrow('Script function not found: nope');
});

test('errors thrown by services are Errors inside the script, and Dates are Dates', async () => {
  const rt = await load();
  expect(rt.call('fail').value).toBe(true);
  rt.spreadsheet.getSheets()[0].getRange('A1').setValue(new Date());
  expect(rt.call('isDate').value).toBe(true);
});

test('onOpen in AuthMode.NONE and FULL builds the add-on menu', async () => {
  const rt = await load();
  const none = rt.onOpen('NONE');
  expect(none.ui).toEqual([
    { type: 'menu', title: expect.any(String), addon: true, items: [{ label: 'เปิด', functionName: 'openSidebar' }] },
  ]);
  rt.onOpen('FULL');
  expect(rt.ui.menus[1].items).toEqual([
    { label: 'เปิด', functionName: 'openSidebar' },
    { separator: true },
    { label: 'รายงาน', functionName: 'report' },
  ]);
});

test('a sidebar is recorded with its title and html', async () => {
  const rt = await load();
  const r = rt.call('openSidebar');
  expect(r.ui).toEqual([{ type: 'sidebar', title: 'แถบข้าง', html: '<p>สวัสดี</p>', width: 300 }]);
  expect(rt.ui.sidebars).toHaveLength(1);
});

describe('callFromClient (google.script.run rules)', () => {
  test('plain arguments pass; undefined inside an array arrives as null', async () => {
    const rt = await load();
    const r = rt.callFromClient('echo', [{ a: [1, undefined, 'x'], b: null, c: true }]);
    expect(r.error).toBeUndefined();
    expect(r.value).toEqual({ a: [1, null, 'x'], b: null, c: true });
  });

  test('a Date argument fails the call and the function does not run', async () => {
    const rt = await load();
    const r = rt.callFromClient('report', [{ when: new Date() }]);
    expect(r.error).toBeInstanceOf(RpcArgumentError);
    expect(r.error?.message).toContain('a Date');
    expect(r.error?.message).toContain('args[0].when');
    expect(rt.spreadsheet.getSheets()[0].getLastRow()).toBe(0);
  });

  test('a function or a class instance inside the arguments fails the call', async () => {
    const rt = await load();
    expect(rt.callFromClient('echo', [[() => 1]]).error).toBeInstanceOf(RpcArgumentError);
    class Point {
      x = 1;
    }
    expect(rt.callFromClient('echo', [new Point()]).error?.message).toContain('an instance of Point');
    expect(rt.callFromClient('echo', [new Map()]).error).toBeInstanceOf(RpcArgumentError);
  });

  test('a Date in the result fails the call', async () => {
    const rt = await load();
    const r = rt.callFromClient('today', []);
    expect(r.error).toBeInstanceOf(RpcArgumentError);
    expect(r.error?.message).toContain('return value');
  });

  test('an undefined result arrives as null', async () => {
    const rt = await load();
    expect(rt.callFromClient('openSidebar', []).value).toBeNull();
  });

  test('functions ending in _ cannot be called', async () => {
    const rt = await load();
    const r = rt.callFromClient('helper_', []);
    expect(r.error?.message).toContain('helper_');
    expect(r.value).toBeUndefined();
  });
});
