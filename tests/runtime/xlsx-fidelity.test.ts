/** Everything the add-on sets survives save + load; what .xlsx cannot hold rides in very hidden sheets. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bare, services, tmp } from './helpers';

async function saveAndReload(fill: (rt: Awaited<ReturnType<typeof bare>>) => void) {
  const path = join(tmp(), 'book.xlsx');
  const rt = await bare({ workbookPath: path });
  fill(rt);
  await rt.save();
  const back = await bare({ workbookPath: path });
  return { rt, back, ss: services(back).SpreadsheetApp.getActiveSpreadsheet(), path };
}

test('formats, notes, validations, frozen rows, widths, hidden sheets, tab colours survive', async () => {
  const { ss } = await saveAndReload((rt) => {
    const { SpreadsheetApp } = services(rt);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sh = ss.getSheets()[0].setName('สมาชิก');
    sh.getRange('A1:C1')
      .setValues([['รหัส', 'ชื่อ', 'สถานะ']])
      .setFontWeight('bold')
      .setBackground('#d9ead3');
    sh.getRange('A2:A50').setNumberFormat('@');
    sh.getRange('D2:D50').setNumberFormat('#,##0.00');
    sh.getRange('B2').setNote('ชื่อเล่น: ต้น');
    sh.getRange('C2:C50').setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(['ปกติ', 'ลาออก', 'เสียชีวิต'])
        .setAllowInvalid(false)
        .setHelpText('เลือก')
        .build(),
    );
    sh.getRange('D2:D50').setDataValidation(
      SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build(),
    );
    sh.getRange('E2:E50').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
    sh.getRange('B1').setFontColor('#990000');
    sh.getRange('C1').setHorizontalAlignment('center').setWrap(true);
    sh.setFrozenRows(1);
    sh.setColumnWidth(2, 220);
    sh.setTabColor('#38761d');
    const hidden = ss.insertSheet('ลับ');
    hidden.hideSheet();
  });
  expect(ss.getSheets().map((s) => [s.getName(), s.isSheetHidden()])).toEqual([
    ['สมาชิก', false],
    ['ลับ', true],
  ]);
  const sh = ss.getSheetByName('สมาชิก')!;
  expect(sh.getRange('A1:C1').getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
  expect(sh.getRange('A1').getBackground()).toBe('#d9ead3');
  expect(sh.getRange('B1').getFontColor()).toBe('#990000');
  expect(sh.getRange('C1').getHorizontalAlignments()).toEqual([['center']]);
  expect(sh.getRange('C1').getWraps()).toEqual([[true]]);
  expect(sh.getRange('A50').getNumberFormat()).toBe('@');
  expect(sh.getRange('D2').getNumberFormat()).toBe('#,##0.00');
  expect(sh.getRange('B2').getNote()).toBe('ชื่อเล่น: ต้น');
  const v = sh.getRange('C30').getDataValidation()!;
  expect([v.getCriteriaType(), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText()]).toEqual([
    'VALUE_IN_LIST',
    [['ปกติ', 'ลาออก', 'เสียชีวิต'], true],
    false,
    'เลือก',
  ]);
  expect(sh.getRange('D5').getDataValidation()!.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
  expect(sh.getRange('D5').getDataValidation()!.getCriteriaValues()).toEqual([0]);
  expect(sh.getRange('E5').getDataValidation()!.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
  expect(sh.getRange('C51').getDataValidation()).toBeNull();
  expect(sh.getFrozenRows()).toBe(1);
  expect(sh.getColumnWidth(2)).toBe(220);
  expect(sh.getTabColor()).toBe('#38761d');
  // ids typed later into the saved text column keep their zeros
  sh.getRange('A3').setValue('0812345678');
  expect(sh.getRange('A3').getValue()).toBe('0812345678');
});

test('document properties, developer metadata, named ranges, protections and charts survive', async () => {
  const { back, ss } = await saveAndReload((rt) => {
    const { SpreadsheetApp, PropertiesService } = services(rt);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sh = ss.getSheets()[0];
    PropertiesService.getDocumentProperties().setProperties({ schemaVersion: '2', lastRun: '{"ok":true}' });
    ss.addDeveloperMetadata('fundBook', 'v1');
    sh.addDeveloperMetadata('role', 'deposits');
    ss.setNamedRange('Members', sh.getRange('A1:C10'));
    sh.protect().setDescription('สร้างโดยระบบ').setWarningOnly(true);
    sh.getRange('A1:C1').protect().setDescription('หัวตาราง').addEditor('treasurer@example.org');
    sh.insertChart(
      sh
        .newChart()
        .asPieChart()
        .addRange(sh.getRange('A1:B4'))
        .setPosition(1, 5, 10, 20)
        .setOption('title', 'สัดส่วน')
        .build(),
    );
  });
  expect(services(back).PropertiesService.getDocumentProperties().getProperties()).toEqual({
    schemaVersion: '2',
    lastRun: '{"ok":true}',
  });
  expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
    ['fundBook', 'v1'],
    ['role', 'deposits'],
  ]);
  expect(ss.getRangeByName('Members')!.getA1Notation()).toBe('A1:C10');
  const sh = ss.getSheets()[0];
  const [sheetProt] = sh.getProtections('SHEET');
  expect([sheetProt.getDescription(), sheetProt.isWarningOnly()]).toEqual(['สร้างโดยระบบ', true]);
  const [rangeProt] = sh.getProtections('RANGE');
  expect(rangeProt.getRange().getA1Notation()).toBe('A1:C1');
  expect(rangeProt.getEditors().map((u) => u.getEmail())).toContain('treasurer@example.org');
  const [chart] = sh.getCharts();
  expect([chart.getType(), chart.getOptions().get('title'), chart.getRanges()[0].getA1Notation()]).toEqual([
    'PIE',
    'สัดส่วน',
    'A1:B4',
  ]);
});

test('the spreadsheet keeps its id and name across save and load', async () => {
  const { rt, back } = await saveAndReload(() => undefined);
  expect(back.spreadsheet.getId()).toBe(rt.spreadsheet.getId());
  expect(back.spreadsheet.getName()).toBe('book');
});

test('the helper sheets are very hidden and the user sheets keep their order', async () => {
  const { path } = await saveAndReload((rt) => {
    const ss = rt.spreadsheet;
    ss.insertSheet('B');
    ss.insertSheet('A', 0);
    ss.getSheets()[0].insertChart(ss.getSheets()[0].newChart().addRange(ss.getSheets()[0].getRange('A1:A2')).build());
  });
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.readFile(path);
  expect(xl.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['A', 'visible'],
    ['Sheet1', 'visible'],
    ['B', 'visible'],
    ['__props', 'veryHidden'],
    ['__charts', 'veryHidden'],
  ]);
});

test("a user's extra sheets, columns, borders and merges survive load + save untouched", async () => {
  const path = join(tmp(), 'user.xlsx');
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('เงินฝาก');
  ws.addRow(['เลขที่', 'วันที่', 'จำนวน', 'หมายเหตุกลุ่ม']);
  ws.addRow(['R1', new Date(Date.UTC(2024, 0, 5)), 30, 'ของเดิม']);
  ws.getCell('D2').border = { top: { style: 'thin' } };
  ws.getCell('D2').font = { italic: true };
  ws.mergeCells('F1:G1');
  ws.getCell('F1').value = 'หัวรวม';
  xl.addWorksheet('ของกลุ่ม').getCell('B3').value = 'ข้อมูลกลุ่ม';
  await xl.xlsx.writeFile(path);

  const rt = await bare({ workbookPath: path });
  rt.spreadsheet.getSheetByName('เงินฝาก')!.appendRow(['R2', '2024-01-06', 50]);
  await rt.save();

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path);
  const dep = out.getWorksheet('เงินฝาก')!;
  expect(dep.getCell('D2').value).toBe('ของเดิม');
  expect(dep.getCell('D2').border?.top?.style).toBe('thin');
  expect(dep.getCell('D2').font?.italic).toBe(true);
  expect(dep.getCell('F1').value).toBe('หัวรวม');
  expect(dep.getCell('G1').isMerged).toBe(true);
  expect((dep.getCell('B3').value as Date).toISOString()).toBe('2024-01-06T00:00:00.000Z');
  expect(out.getWorksheet('ของกลุ่ม')!.getCell('B3').value).toBe('ข้อมูลกลุ่ม');
});
