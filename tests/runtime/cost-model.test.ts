/**
 * The runtime counts what Google's seconds go to besides calls and cells (a read after writes
 * commits them: a flush; TextFinder scans; properties and cache; google.script.run round trips
 * and their payload; one bundle load per execution), and the cost model turns the counts into
 * low / nominal / high seconds, marking what may pass the 6-minute limit.
 */
import { createRuntime } from '../../src/local/runtime';
import { COSTS, estimateSeconds, LIMIT_SECONDS } from '../../src/local/runtime/cost-model';
import { emptyMetrics } from '../../src/local/runtime/metrics';

test('a read after writes is one flush; reads in a row, or writes in a row, are not', async () => {
  const rt = await createRuntime({ bundlePath: null });
  const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const r = rt.measure(() => {
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A1').getValue(); // nothing pending
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').setValue(2); // still pending, no flush yet
    sheet.getRange('A1').getValue(); // flush 1
    sheet.getRange('A2').getValue(); // nothing pending
    sheet.getRange('A3').setValue(3);
    app.flush(); // flush 2
    app.flush(); // nothing pending
    sheet.createTextFinder('x').findAll();
    PropertiesService_(rt).getDocumentProperties().getProperty('k');
  });
  expect(r.error).toBeUndefined();
  expect(r.metrics.flushes).toBe(2);
  expect(r.metrics.textFinderScans).toBe(1);
  expect(r.metrics.propertyCalls).toBe(1);
});

function PropertiesService_(
  rt: Awaited<ReturnType<typeof createRuntime>>,
): GoogleAppsScript.Properties.PropertiesService {
  return rt.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
}

test('estimates add each count times its constant; a high estimate past 300 s is marked', () => {
  const m = { ...emptyMetrics(), serviceCalls: 10, flushes: 2, rpcCalls: 1, payloadBytes: 1_000_000, bundleRuns: 1 };
  const e = estimateSeconds(m);
  const expected =
    10 * COSTS.call.nominal +
    2 * COSTS.flush.nominal +
    COSTS.rpc.nominal +
    1_000_000 * COSTS.payloadByte.nominal +
    COSTS.bundleRun.nominal;
  expect(e.nominal).toBeCloseTo(expected, 9);
  expect(e.low).toBeLessThan(e.nominal);
  expect(e.high).toBeGreaterThan(e.nominal);
  expect(e.overLimit).toBe(false);
  // 400 flushes (a read after every one of 400 writes) can pass the limit on a slow day
  const slow = estimateSeconds({ ...emptyMetrics(), flushes: 400 });
  expect(slow.high).toBeGreaterThan(LIMIT_SECONDS);
  expect(slow.overLimit).toBe(true);
});

test('google.script.run round trips carry their payload size; each execution loads the bundle once', async () => {
  const rt = await createRuntime({ bundlePath: null });
  rt.loadBundleSource('function echo(x) { return { got: x }; }', 'echo.js');
  const r = rt.callFromClient('echo', ['สวัสดี']);
  expect(r.error).toBeUndefined();
  expect(r.metrics.rpcCalls).toBe(1);
  // '["สวัสดี"]' (4 + 18 UTF-8 bytes) in, '{"got":"สวัสดี"}' (10 + 18) out
  expect(r.metrics.payloadBytes).toBe(22 + 28);
  expect(r.metrics.bundleRuns).toBe(1);
  expect(rt.tryCall('echo', 1).metrics.rpcCalls).toBe(0);
});

test('each advanced Sheets / Drive call is priced as one API request, not as a cheap service call', () => {
  const plain = estimateSeconds({ ...emptyMetrics(), serviceCalls: 3, calls: { 'Range.getValues': 3 } });
  const api = estimateSeconds({
    ...emptyMetrics(),
    serviceCalls: 3,
    calls: { 'Sheets.Spreadsheets.get': 1, 'Sheets.Spreadsheets.Values.get': 1, 'Range.getValues': 1 },
  });
  expect(plain.high).toBeCloseTo(3 * COSTS.call.high, 9);
  expect(api.high).toBeCloseTo(2 * COSTS.apiRequest.high + COSTS.call.high, 9);
  // 500 funds read with two requests each in one execution can pass the limit at the high pace
  const network = estimateSeconds({
    ...emptyMetrics(),
    serviceCalls: 1000,
    calls: { 'Sheets.Spreadsheets.get': 1000 },
  });
  expect(network.overLimit).toBe(true);
});
