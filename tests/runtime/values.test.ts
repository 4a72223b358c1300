/** The documented value behaviours of Range and Sheet (docs/DESIGN.md §3), each pinned by its own test. */
import { bare, bkk, services } from './helpers';

async function sheet() {
  const rt = await bare();
  const ss = services(rt).SpreadsheetApp.getActiveSpreadsheet();
  return { rt, ss, sh: ss.getSheets()[0] };
}

describe('getValues', () => {
  test('returns numbers, booleans, Dates and strings as written', async () => {
    const { sh } = await sheet();
    const d = bkk(2024, 5, 17);
    sh.getRange(1, 1, 1, 4).setValues([[42, true, d, 'สมชาย']]);
    const [row] = sh.getRange('A1:D1').getValues();
    expect(row[0]).toBe(42);
    expect(row[1]).toBe(true);
    expect(row[2]).toBeInstanceOf(Date);
    expect((row[2] as Date).getTime()).toBe(d.getTime());
    expect(row[3]).toBe('สมชาย');
  });

  test('gives an empty string for empty cells', async () => {
    const { sh } = await sheet();
    sh.getRange('B2').setValue('x');
    expect(sh.getRange('A1:C3').getValues()).toEqual([
      ['', '', ''],
      ['', 'x', ''],
      ['', '', ''],
    ]);
  });

  test('returns copies: changing the result does not change the sheet', async () => {
    const { sh } = await sheet();
    sh.getRange(1, 1, 1, 2).setValues([[1, bkk(2020, 1, 1)]]);
    const v = sh.getRange(1, 1, 1, 2).getValues();
    v[0][0] = 99;
    (v[0][1] as Date).setTime(0);
    expect(sh.getRange(1, 1, 1, 2).getValues()).toEqual([[1, bkk(2020, 1, 1)]]);
  });

  test('a formula cell reads as its cached value or "" and getFormulas gives the formula', async () => {
    const { sh } = await sheet();
    sh.getRange('A1:A2').setValues([[1], [2]]);
    sh.getRange('A3').setFormula('=SUM(A1:A2)');
    expect(sh.getRange('A3').getValue()).toBe('');
    expect(sh.getRange('A1:A3').getFormulas()).toEqual([[''], [''], ['=SUM(A1:A2)']]);
  });
});

describe('setValues', () => {
  test('with too few rows throws the Apps Script message', async () => {
    const { sh } = await sheet();
    expect(() => sh.getRange(1, 1, 3, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  test('with the wrong number of columns throws the columns twin', async () => {
    const { sh } = await sheet();
    expect(() =>
      sh.getRange(1, 1, 2, 2).setValues([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('stores Dates as dates', async () => {
    const { sh } = await sheet();
    const d = new Date('2023-12-31T10:15:00Z');
    sh.getRange('A1').setValues([[d]]);
    const got = sh.getRange('A1').getValue() as Date;
    expect(got).toBeInstanceOf(Date);
    expect(got.getTime()).toBe(d.getTime());
    expect(got).not.toBe(d);
  });
});

describe('getRange', () => {
  test('with zero rows throws', async () => {
    const { sh } = await sheet();
    expect(() => sh.getRange(1, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('with zero columns throws', async () => {
    const { sh } = await sheet();
    expect(() => sh.getRange(1, 1, 3, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  test('with a row or column below 1 throws', async () => {
    const { sh } = await sheet();
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sh.getRange(1, 0)).toThrow('The starting column of the range is too small.');
  });

  test('beyond the last row of the sheet throws (insert rows first, as in Sheets)', async () => {
    const { sh } = await sheet();
    expect(sh.getMaxRows()).toBe(1000);
    expect(() => sh.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sh.insertRowsAfter(1000, 5);
    expect(sh.getRange(1005, 1).getA1Notation()).toBe('A1005');
  });

  test('understands A1 notation including whole columns', async () => {
    const { sh } = await sheet();
    const r = sh.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 4, 3]);
    expect(sh.getRange('C:C').getNumRows()).toBe(1000);
    expect(sh.getRange('Z10').getColumn()).toBe(26);
    expect(() => sh.getRange('AA10')).toThrow('outside the dimensions');
  });
});

describe('getLastRow / getLastColumn', () => {
  test('are 0 on an empty sheet', async () => {
    const { sh } = await sheet();
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getLastColumn()).toBe(0);
  });

  test('follow content, not formats', async () => {
    const { sh } = await sheet();
    sh.getRange('C4').setValue('x');
    sh.getRange('A10').setBackground('#ff0000');
    expect(sh.getLastRow()).toBe(4);
    expect(sh.getLastColumn()).toBe(3);
  });
});

describe('strings are interpreted as Sheets does', () => {
  test("a string starting with '=' becomes a formula (setValue, setValues, appendRow)", async () => {
    const { sh } = await sheet();
    sh.getRange('A1').setValue('=1+1');
    sh.getRange('A2:B2').setValues([['=HYPERLINK("http://x")', 'ok']]);
    sh.appendRow(['=A1*2']);
    expect(sh.getRange('A1:A3').getFormulas()).toEqual([['=1+1'], ['=HYPERLINK("http://x")'], ['=A1*2']]);
    expect(sh.getRange('A1:A3').getValues()).toEqual([[''], [''], ['']]);
  });

  test('a leading apostrophe stores the rest as literal text', async () => {
    const { sh } = await sheet();
    sh.getRange('A1:A2').setValues([["'=SUM(1)"], ["'0812345678"]]);
    expect(sh.getRange('A1:A2').getValues()).toEqual([['=SUM(1)'], ['0812345678']]);
    expect(sh.getRange('A1').getFormula()).toBe('');
  });

  test('number-looking text becomes a number (leading zeros are lost)', async () => {
    const { sh } = await sheet();
    sh.getRange('A1:E1').setValues([['0812345678', '1,000', '+66812345678', '-5', '12.5']]);
    expect(sh.getRange('A1:E1').getValues()).toEqual([[812345678, 1000, 66812345678, -5, 12.5]]);
  });

  test("plain-text cells ('@') keep the text as typed", async () => {
    const { sh } = await sheet();
    sh.getRange('A1:C1').setNumberFormat('@');
    sh.getRange('A1:C1').setValues([['0812345678', '2002-08-15', '=1+1']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([['0812345678', '2002-08-15', '=1+1']]);
    expect(sh.getRange('C1').getFormula()).toBe('');
  });

  test('an ISO date string becomes a date at Bangkok midnight', async () => {
    const { sh } = await sheet();
    sh.getRange('A1').setValue('2002-08-15');
    expect(sh.getRange('A1').getValue()).toEqual(bkk(2002, 8, 15));
  });

  test('TRUE/FALSE text becomes a boolean; other text stays', async () => {
    const { sh } = await sheet();
    sh.getRange('A1:C1').setValues([['true', 'FALSE', 'บ้านดอนไชย 12']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([[true, false, 'บ้านดอนไชย 12']]);
  });
});

describe('appendRow', () => {
  test('writes after the last row with content and grows the sheet', async () => {
    const { sh } = await sheet();
    sh.getRange('A1:B1').setValues([['h1', 'h2']]);
    sh.appendRow(['a', 1]);
    expect(sh.getRange('A2:B2').getValues()).toEqual([['a', 1]]);
    sh.getRange(1000, 1).setValue('last');
    sh.appendRow(['beyond']);
    expect(sh.getMaxRows()).toBe(1001);
    expect(sh.getRange(1001, 1).getValue()).toBe('beyond');
  });
});
