/**
 * Sheet.createTextFinder / Range.createTextFinder: the search runs "on the server", so only the
 * matches cross to the script (a service call for the search, the matched cells counted as read).
 * As documented: matchFormulaText(true) looks in the formula text of formula cells (other cells by
 * their value); otherwise formula cells match on their displayed value. Matching is case-insensitive
 * unless matchCase(true); matchEntireCell(true) needs the whole cell to match.
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 */
import { Ctx } from './context';
import { COLS } from './grid';
import { displayValue } from './format';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import type { Range } from './range';

type GasTextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

export class TextFinder
  extends ServiceObject
  implements
    Gas<
      GasTextFinder,
      'findAll' | 'matchCase' | 'matchEntireCell' | 'matchFormulaText' | 'useRegularExpression' | 'ignoreDiacritics'
    >
{
  private caseSensitive = false;
  private entireCell = false;
  private inFormulas = false;
  private regex = false;

  constructor(
    ctx: Ctx,
    readonly _range: Range,
    readonly _text: string,
  ) {
    super(ctx);
    if (_text === '') throw ctx.error('Find text cannot be empty.');
  }

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = matchCase;
    return this;
  }

  matchEntireCell(entire: boolean): TextFinder {
    this.entireCell = entire;
    return this;
  }

  matchFormulaText(inFormulas: boolean): TextFinder {
    this.inFormulas = inFormulas;
    return this;
  }

  useRegularExpression(regex: boolean): TextFinder {
    this.regex = regex;
    return this;
  }

  /** Accepted for compatibility; Thai text has no diacritics to fold here. */
  ignoreDiacritics(_ignore: boolean): TextFinder {
    return this;
  }

  private matcher(): (s: string) => boolean {
    const flags = this.caseSensitive ? 'u' : 'iu';
    const body = this.regex ? this._text : this._text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(this.entireCell ? `^(?:${body})$` : body, flags);
    return (s) => re.test(s);
  }

  findAll(): Range[] {
    const r = this._range;
    const model = r._sheet._model;
    const test = this.matcher();
    const r0 = r._row - 1;
    const c0 = r._col - 1;
    const inside = (i: number, j: number) => i >= r0 && i < r0 + r._numRows && j >= c0 && j < c0 + r._numCols;
    const hits: [number, number][] = [];
    // Formula cells are few and stored sparsely: look at them first, by their formula text.
    const formulaCells = new Set<number>();
    if (this.inFormulas) {
      for (const [i, j, formula] of model.formulas.cells()) {
        if (!inside(i, j)) continue;
        formulaCells.add(i * COLS + j);
        if (test(formula)) hits.push([i, j]);
      }
    }
    const numFmt = model.formats.numFmt;
    // Numbers and dates repeat (the same amounts, the same collection days): format and test each
    // once per number format.
    const seen = {
      number: new Map<string | undefined, Map<number, boolean>>(),
      date: new Map<string | undefined, Map<number, boolean>>(),
    };
    const matches = (v: number | boolean | Date, fmt: string | undefined): boolean => {
      if (typeof v === 'boolean') return test(v ? 'TRUE' : 'FALSE');
      const cache = typeof v === 'number' ? seen.number : seen.date;
      const key = typeof v === 'number' ? v : v.getTime();
      let byFmt = cache.get(fmt);
      if (!byFmt) cache.set(fmt, (byFmt = new Map()));
      let hit = byFmt.get(key);
      if (hit === undefined) {
        hit = test(displayValue(v, fmt));
        if (byFmt.size < 100000) byFmt.set(key, hit);
      }
      return hit;
    };
    // each column's number-format runs, walked down as the rows go (rows are visited in order)
    const fmtRuns = Array.from({ length: r._numCols }, (_, k) => numFmt.cols.get(c0 + k));
    const fmtPtr = new Int32Array(r._numCols);
    const fmtAt = (i: number, k: number): string | undefined => {
      const runs = fmtRuns[k];
      if (!runs) return undefined;
      let p = fmtPtr[k];
      while (p < runs.length && runs[p].end <= i) p++;
      fmtPtr[k] = p;
      const run = runs[p];
      return run && run.start <= i ? run.value : undefined;
    };
    for (let i = r0; i < r0 + r._numRows; i++) {
      const line = model.rows[i];
      if (!line) continue;
      for (let j = c0; j < c0 + r._numCols; j++) {
        const v = line[j];
        if (v === '' || v === undefined || v === null) continue;
        if (formulaCells.size > 0 && formulaCells.has(i * COLS + j)) continue;
        // Text is its own display value; numbers and dates are shown through their format.
        if (typeof v === 'string' ? test(v) : matches(v, fmtAt(i, j - c0))) hits.push([i, j]);
      }
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this._ctx.meter.read(hits.length);
    return hits.map(([i, j]) => r._sheet.getRange(i + 1, j + 1));
  }
}

instrument(TextFinder);
