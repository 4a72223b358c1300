/** A1 notation helpers (1-based rows and columns, as Apps Script uses). */

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Ref {
  sheet?: string;
  /** undefined when the reference is open-ended (e.g. 'A:B' has no rows) */
  row?: number;
  col?: number;
  lastRow?: number;
  lastCol?: number;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses 'B2', 'A1:C10', 'A:A', '2:5', "'Sheet 1'!A1:B2". Returns null when malformed. */
export function parseA1(input: string): A1Ref | null {
  let text = input.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b, extra] = text.split(':');
  if (extra !== undefined || !a) return null;
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb) return null;
  const ref: A1Ref = { sheet };
  if (pa[1]) ref.col = columnNumber(pa[1]);
  if (pa[2]) ref.row = Number(pa[2]);
  if (pb[1]) ref.lastCol = columnNumber(pb[1]);
  if (pb[2]) ref.lastRow = Number(pb[2]);
  // a single cell needs both parts; ranges may be whole columns ('A:B') or whole rows ('2:3')
  if (b === undefined && (ref.col === undefined || ref.row === undefined)) return null;
  if ((ref.col === undefined) !== (ref.lastCol === undefined)) return null;
  if ((ref.row === undefined) !== (ref.lastRow === undefined)) return null;
  if (ref.row === 0 || ref.lastRow === 0) return null;
  return ref;
}

export function a1(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = `${columnLetter(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetter(col + numCols - 1)}${row + numRows - 1}`;
}
