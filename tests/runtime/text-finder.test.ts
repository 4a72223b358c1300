/** Sheet.createTextFinder: only the matches cross to the script, so finding formulas costs what it finds. */
import { bare, services } from './helpers';

async function book() {
  const rt = await bare();
  const sh = services(rt).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sh.getRange(1, 1, 3, 3).setValues([
    ['รหัส', 'ชื่อ', 'จำนวนเงิน'],
    ['0001', 'สมชาย', 100],
    ['0002', 'สมหญิง', 250],
  ]);
  sh.getRange('C3').setFormula('=C2*2.5');
  sh.getRange('B3').setNumberFormat('@');
  sh.getRange('B3').setValue('=ข้อความ'); // a plain-text cell keeps formula-looking text as text
  return { rt, sh };
}

test('matchFormulaText finds formula cells by their formula, and text cells by their value', async () => {
  const { sh } = await book();
  const found = sh.createTextFinder('^=').useRegularExpression(true).matchFormulaText(true).findAll();
  expect(found.map((r) => r.getA1Notation()).sort()).toEqual(['B3', 'C3']);
  // Only one of them is a formula: the caller tells them apart with getFormula.
  expect(found.filter((r) => r.getFormula() !== '').map((r) => r.getA1Notation())).toEqual(['C3']);
});

test('without matchFormulaText a formula cell matches on its value, not its formula', async () => {
  const { sh } = await book();
  expect(sh.createTextFinder('C2').findAll()).toHaveLength(0);
  expect(
    sh
      .createTextFinder('สม')
      .findAll()
      .map((r) => r.getA1Notation()),
  ).toEqual(['B2']);
});

test('matching is case-insensitive unless asked, and matchEntireCell needs the whole cell', async () => {
  const { sh } = await book();
  sh.getRange('A4').setValue('Note');
  expect(sh.createTextFinder('note').findAll()).toHaveLength(1);
  expect(sh.createTextFinder('note').matchCase(true).findAll()).toHaveLength(0);
  expect(sh.createTextFinder('No').matchEntireCell(true).findAll()).toHaveLength(0);
});

test('counts the search as service calls and only the matched cells as read', async () => {
  const { rt, sh } = await book();
  const result = rt.measure(() =>
    sh.createTextFinder('^=').useRegularExpression(true).matchFormulaText(true).findAll(),
  );
  expect(result.metrics.cellsRead).toBe(2);
  expect(result.metrics.serviceCalls).toBe(4);
});

test('an empty search text is refused as in Apps Script', async () => {
  const { sh } = await book();
  expect(() => sh.createTextFinder('')).toThrow('Find text cannot be empty.');
});
