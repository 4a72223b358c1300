/** Formats, notes, validations and protections on ranges and sheets. */
import { bare, bkk, services } from './helpers';

async function setup() {
  const rt = await bare();
  const { SpreadsheetApp } = services(rt);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { rt, SpreadsheetApp, ss, sh: ss.getSheets()[0] };
}

test('number formats, backgrounds, font weights and colours are read back in 2-D, with Sheets defaults', async () => {
  const { sh } = await setup();
  const r = sh.getRange('A1:B2');
  r.setNumberFormats([
    ['#,##0.00', '@'],
    ['yyyy-mm-dd', 'General'],
  ]);
  r.setBackgrounds([
    ['#FF0000', null],
    ['yellow', '#ffffff'],
  ]);
  sh.getRange('A1:B1').setFontWeight('bold');
  sh.getRange('B2').setFontColor('#00ff00');
  expect(r.getNumberFormats()).toEqual([
    ['#,##0.00', '@'],
    ['yyyy-mm-dd', 'General'],
  ]);
  expect(r.getBackgrounds()).toEqual([
    ['#ff0000', '#ffffff'],
    ['#ffff00', '#ffffff'],
  ]);
  expect(r.getFontWeights()).toEqual([
    ['bold', 'bold'],
    ['normal', 'normal'],
  ]);
  expect(r.getFontColors()).toEqual([
    ['#000000', '#000000'],
    ['#000000', '#00ff00'],
  ]);
});

test('getDisplayValues applies the number format', async () => {
  const { sh } = await setup();
  sh.getRange('A1:D1').setNumberFormats([['#,##0.00', '0%', 'dd/mm/yyyy', '@']]);
  sh.getRange('A1:D1').setValues([[1234.5, 0.25, bkk(2024, 3, 9), '007']]);
  expect(sh.getRange('A1:D1').getDisplayValues()).toEqual([['1,234.50', '25%', '09/03/2024', '007']]);
});

test('clearContent keeps formats; clearFormat keeps values', async () => {
  const { sh } = await setup();
  const r = sh.getRange('A1');
  r.setValue(5).setBackground('#ff0000');
  r.clearContent();
  expect(r.getValue()).toBe('');
  expect(r.getBackground()).toBe('#ff0000');
  r.setValue(6);
  r.clearFormat();
  expect(r.getValue()).toBe(6);
  expect(r.getBackground()).toBe('#ffffff');
});

test('notes: set, read in 2-D, clear', async () => {
  const { sh } = await setup();
  sh.getRange('A1:B1').setNotes([['ตรวจแล้ว', '']]);
  expect(sh.getRange('A1:B1').getNotes()).toEqual([['ตรวจแล้ว', '']]);
  sh.getRange('A1').clearNote();
  expect(sh.getRange('A1').getNote()).toBe('');
});

test('data validation rules are built, applied and read back', async () => {
  const { sh, SpreadsheetApp } = await setup();
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(['ปกติ', 'ลาออก'], true)
    .setAllowInvalid(false)
    .setHelpText('เลือกสถานะ')
    .build();
  sh.getRange('C2:C100').setDataValidation(rule);
  const got = sh.getRange('C50').getDataValidation()!;
  expect(got.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
  expect(got.getCriteriaValues()).toEqual([['ปกติ', 'ลาออก'], true]);
  expect(got.getAllowInvalid()).toBe(false);
  expect(got.getHelpText()).toBe('เลือกสถานะ');
  expect(
    sh
      .getRange('C1:C2')
      .getDataValidations()
      .map((r) => r[0] && r[0].getCriteriaType()),
  ).toEqual([null, 'VALUE_IN_LIST']);
  const num = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
  expect(num.getCriteriaValues()).toEqual([0]);
  expect(SpreadsheetApp.newDataValidation().requireDate().build().getCriteriaType()).toBe('DATE_IS_VALID_DATE');
  expect(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build().getCriteriaValues()).toEqual([1, 5]);
});

test('inserted rows take the formats of the row above (plain text stays plain text)', async () => {
  const { sh } = await setup();
  sh.getRange('A2:A1000').setNumberFormat('@');
  sh.insertRowsAfter(1000, 10);
  sh.getRange(1005, 1).setValue('0812345678');
  expect(sh.getRange(1005, 1).getValue()).toBe('0812345678');
  expect(sh.getRange('A1').getNumberFormat()).toBe('General');
});

test('inserting and deleting rows moves values and formats', async () => {
  const { sh } = await setup();
  sh.getRange('A1:A3').setValues([[1], [2], [3]]);
  sh.getRange('A3').setBackground('#ff0000');
  sh.insertRowsBefore(2, 2);
  expect(sh.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
  expect(sh.getRange('A5').getBackground()).toBe('#ff0000');
  sh.deleteRows(2, 2);
  expect(sh.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
  expect(sh.getRange('A3').getBackground()).toBe('#ff0000');
  expect(sh.getMaxRows()).toBe(1000);
});

test('frozen rows, column widths, tab colour and hiding', async () => {
  const { ss, sh } = await setup();
  sh.setFrozenRows(1);
  sh.setColumnWidth(2, 180);
  sh.setColumnWidths(3, 2, 60);
  sh.setTabColor('#336699');
  expect(sh.getFrozenRows()).toBe(1);
  expect([sh.getColumnWidth(1), sh.getColumnWidth(2), sh.getColumnWidth(4)]).toEqual([100, 180, 60]);
  expect(sh.getTabColor()).toBe('#336699');
  expect(() => sh.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  const other = ss.insertSheet('อื่น');
  other.hideSheet();
  expect(other.isSheetHidden()).toBe(true);
});

test('protections: sheet and range, description, warning-only, editors', async () => {
  const { sh, SpreadsheetApp, ss } = await setup();
  const p = sh.protect().setDescription('สรุป').setWarningOnly(true);
  expect(p.isWarningOnly()).toBe(true);
  expect(p.canEdit()).toBe(true);
  const r = sh.getRange('A1:B2').protect();
  r.addEditor('treasurer@example.org');
  r.removeEditors(['secretary@example.org', 'treasurer@example.org']);
  // the owner cannot be removed
  expect(r.getEditors().map((u) => u.getEmail())).toEqual([ss.getOwner().getEmail()]);
  expect(sh.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((x) => x.getDescription())).toEqual(['สรุป']);
  expect(sh.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A1:B2');
  sh.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].remove();
  expect(sh.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
});

test('sheets: insert at an index, rename, duplicate names refused, delete', async () => {
  const { ss } = await setup();
  const a = ss.insertSheet('สมาชิก', 0);
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['สมาชิก', 'Sheet1']);
  expect(a.getIndex()).toBe(1);
  expect(() => ss.insertSheet('สมาชิก')).toThrow(
    'A sheet with the name "สมาชิก" already exists. Please enter another name.',
  );
  a.setName('Members');
  expect(ss.getSheetByName('Members')).not.toBeNull();
  expect(ss.getSheetByName('สมาชิก')).toBeNull();
  ss.deleteSheet(a);
  expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
});

test('named ranges follow inserted and deleted rows and a renamed sheet', async () => {
  const { ss, sh } = await setup();
  ss.setNamedRange('Deposits', sh.getRange('A2:C10'));
  ss.setNamedRange('Below', sh.getRange('A20:A21'));
  sh.insertRowsAfter(5, 3);
  expect(ss.getRangeByName('Deposits')!.getA1Notation()).toBe('A2:C13');
  expect(ss.getRangeByName('Below')!.getA1Notation()).toBe('A23:A24');
  sh.deleteRows(1, 2);
  expect(ss.getRangeByName('Deposits')!.getA1Notation()).toBe('A1:C11');
  sh.setName('เงินฝาก');
  expect(ss.getRangeByName('Deposits')!.getSheet().getName()).toBe('เงินฝาก');
});

test('named ranges and developer metadata', async () => {
  const { ss, sh } = await setup();
  ss.setNamedRange('Fees', sh.getRange('B2:B4'));
  expect(ss.getRangeByName('Fees')!.getA1Notation()).toBe('B2:B4');
  expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Fees']);
  ss.addDeveloperMetadata('schemaVersion', '3');
  sh.addDeveloperMetadata('kind', 'members');
  const meta = ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getLocation().getLocationType()]);
  expect(meta).toEqual([
    ['schemaVersion', '3', 'SPREADSHEET'],
    ['kind', 'members', 'SHEET'],
  ]);
});

test('charts are recorded as specs', async () => {
  const { sh } = await setup();
  const chart = sh
    .newChart()
    .asColumnChart()
    .addRange(sh.getRange('A1:B5'))
    .setPosition(2, 4, 0, 0)
    .setOption('title', 'เงินออมรายเดือน')
    .build();
  sh.insertChart(chart);
  const [c] = sh.getCharts();
  expect(c.getType()).toBe('COLUMN');
  expect(c.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
  expect(c.getOptions().get('title')).toBe('เงินออมรายเดือน');
  expect(c.getContainerInfo().getAnchorColumn()).toBe(4);
  sh.removeChart(c);
  expect(sh.getCharts()).toHaveLength(0);
});
