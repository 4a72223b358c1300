/**
 * Measures the cost model's constants (src/local/runtime/README.md "Cost model") in a REAL
 * spreadsheet. Paste this file into the Apps Script editor of a scratch spreadsheet (Extensions >
 * Apps Script), run calibrate(), and read the log: one line per constant, in seconds, ready for
 * the table. It writes only to a sheet it makes, "calibrate (scratch)", and deletes it at the end.
 * Run it a few times at different hours: Google's times vary; the table keeps low / nominal / high.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- run from the Apps Script editor
function calibrate() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.insertSheet('calibrate (scratch)');
  var out = {};
  function time(fn) {
    var t0 = Date.now();
    fn();
    return (Date.now() - t0) / 1000;
  }
  try {
    var N = 200;
    // call: a cheap read, many times (no writes pending, so no flush)
    out.call =
      time(function () {
        for (var i = 0; i < N; i++) sheet.getLastRow();
      }) / N;
    // cellWritten: one 4,000-cell setValues without a flush, then per cell
    var block = [];
    for (var r = 0; r < 400; r++) block.push([r, 'x', r * 2, 'y', r, 'z', r, 'w', r, 'v']);
    var write = time(function () {
      sheet.getRange(1, 1, 400, 10).setValues(block);
    });
    out.cellWritten = write / 4000;
    // flush: the same write followed by a flush, minus the write alone
    out.flush = Math.max(
      0,
      time(function () {
        sheet.getRange(1, 1, 400, 10).setValues(block);
        SpreadsheetApp.flush();
      }) - write,
    );
    // cellRead: a 100,000-cell getValues, per cell
    sheet.getRange(1, 1, 10000, 10).setValues(
      Array.apply(null, Array(10000)).map(function (_, i) {
        return [i, i, i, i, i, i, i, i, i, i];
      }),
    );
    SpreadsheetApp.flush();
    out.cellRead =
      time(function () {
        sheet.getRange(1, 1, 10000, 10).getValues();
      }) / 100000;
    // textFinder: one regular-expression search over the 100,000 cells
    out.textFinder = time(function () {
      sheet
        .getRange(1, 1, 10000, 10)
        .createTextFinder('^=')
        .useRegularExpression(true)
        .matchFormulaText(true)
        .findAll();
    });
    // properties and cache: a read and a write, per call
    var props = PropertiesService.getDocumentProperties();
    out.property =
      time(function () {
        for (var i = 0; i < 20; i++) {
          props.setProperty('calibrate', String(i));
          props.getProperty('calibrate');
        }
      }) / 40;
    props.deleteProperty('calibrate');
    var cache = CacheService.getDocumentCache();
    out.cache =
      time(function () {
        for (var i = 0; i < 20; i++) {
          cache.put('calibrate', String(i), 60);
          cache.get('calibrate');
        }
      }) / 40;
    // apiRequest: the advanced Sheets service (enable "Google Sheets API" under Services first):
    // one HTTP request per call, as the network collection makes two per fund's file
    if (typeof Sheets !== 'undefined')
      out.apiRequest =
        time(function () {
          for (var i = 0; i < 10; i++) Sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets.properties.title' });
        }) / 10;
  } finally {
    ss.deleteSheet(sheet);
  }
  // bundleRun and rpc are measured from outside: time a menu item that calls an empty function
  // (bundleRun), and a google.script.run call of an empty function from a sidebar (rpc).
  Object.keys(out).forEach(function (k) {
    Logger.log(k + '\t' + out[k].toPrecision(3) + ' s');
  });
  return out;
}
