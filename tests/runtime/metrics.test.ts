/** The performance meter: service calls (total and per method) and cells read/written, per operation. */
import { bare, services, withBundle } from './helpers';

test('each service method call counts once; nested internal calls do not', async () => {
  const rt = await bare();
  const { SpreadsheetApp } = services(rt);
  const r = rt.measure(() => {
    const sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sh.appendRow(['a', 'b', 'c']);
    sh.getRange(1, 1, 1, 3).getValues();
  });
  expect(r.metrics.calls).toEqual({
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'Spreadsheet.getSheets': 1,
    'Sheet.appendRow': 1,
    'Sheet.getRange': 1,
    'Range.getValues': 1,
  });
  expect(r.metrics.serviceCalls).toBe(5);
  expect(r.metrics.cellsWritten).toBe(3);
  expect(r.metrics.cellsRead).toBe(3);
  expect(r.metrics.writeCalls).toBe(1);
});

test('cells moved by 2-D getters and setters are counted', async () => {
  const rt = await bare();
  const sh = rt.spreadsheet.getSheets()[0];
  const r = rt.measure(() => {
    const range = sh.getRange(1, 1, 10, 4);
    range.setValues(Array.from({ length: 10 }, () => [1, 2, 3, 4]));
    range.setNumberFormats(Array.from({ length: 10 }, () => ['0', '0', '0', '@']));
    range.setBackgrounds(Array.from({ length: 10 }, () => ['#ffffff', null, null, null]));
    range.setBackground('#eeeeee');
    range.getValues();
    range.getDisplayValues();
    sh.getRange('A1').getValue();
  });
  expect(r.metrics.cellsWritten).toBe(160);
  expect(r.metrics.cellsRead).toBe(81);
});

test('counters reset at the start of each operation and rt.metrics is the last one', async () => {
  const rt = await withBundle(`
    function readAll() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; return s.getDataRange().getValues().length; }
    function nothing() { return 1; }`);
  rt.spreadsheet
    .getSheets()[0]
    .getRange('A1:B3')
    .setValues([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  const a = rt.call('readAll');
  expect(a.metrics.cellsRead).toBe(6);
  expect(rt.metrics).toBe(a.metrics);
  const b = rt.call('nothing');
  expect(b.metrics).toMatchObject({ serviceCalls: 0, cellsRead: 0, cellsWritten: 0 });
  expect(rt.metrics.serviceCalls).toBe(0);
  expect(b.metrics.ms).toBeGreaterThanOrEqual(0);
});

test('one read of 100k rows is one call that moves every cell once', async () => {
  const rt = await bare();
  const sh = rt.spreadsheet.getSheets()[0];
  const n = 100_000;
  sh.insertRowsAfter(1000, n);
  sh.getRange(1, 1, n, 8).setValues(
    Array.from({ length: n }, (_, i) => [`R${i}`, new Date(i * 1000), `M${i % 3000}`, 'เงินออม', 30, 2024, '', 'x']),
  );
  const r = rt.measure(() => sh.getRange(1, 1, sh.getLastRow(), 8).getValues());
  expect(r.metrics.calls['Range.getValues']).toBe(1);
  expect(r.metrics.cellsRead).toBe(n * 8);
  expect((r.value as unknown[][]).length).toBe(n);
  // Its speed is the bench's to measure (npm run bench), not a wall-clock budget in a test.
});
