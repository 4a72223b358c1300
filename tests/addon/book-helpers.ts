/**
 * Helpers for the workbook-layer tests: a full snapshot of a workbook as a user would compare it
 * (values, formulas, formats, colours, bold, notes, dropdowns, widths, frozen rows, protections),
 * read through the ordinary Apps Script API of the offline runtime.
 */
import type { Runtime } from '../../src/local/runtime';

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnySheet = any;

export function sheetSnapshot(sheet: AnySheet): Record<string, unknown> {
  const rows = sheet.getMaxRows();
  const cols = sheet.getMaxColumns();
  const all = sheet.getRange(1, 1, rows, cols);
  const widths: number[] = [];
  for (let c = 1; c <= cols; c++) widths.push(sheet.getColumnWidth(c));
  const protections = ['SHEET', 'RANGE'].flatMap((type) =>
    sheet.getProtections(type).map((p: any) => ({
      type,
      range: p.getRange().getA1Notation(),
      description: p.getDescription(),
      warningOnly: p.isWarningOnly(),
    })),
  );
  return {
    name: sheet.getName(),
    maxRows: rows,
    maxColumns: cols,
    frozenRows: sheet.getFrozenRows(),
    values: all.getValues(),
    formulas: all.getFormulas(),
    numberFormats: all.getNumberFormats(),
    backgrounds: all.getBackgrounds(),
    fontWeights: all.getFontWeights(),
    notes: all.getNotes(),
    wraps: all.getWraps(),
    validations: all.getDataValidations().map((row: any[]) =>
      row.map((v) =>
        v
          ? {
              type: v.getCriteriaType(),
              values: v.getCriteriaValues(),
              allowInvalid: v.getAllowInvalid(),
              help: v.getHelpText(),
            }
          : null,
      ),
    ),
    widths,
    protections,
  };
}

export function bookSnapshot(rt: Runtime): Record<string, unknown>[] {
  return (rt.spreadsheet as any).getSheets().map(sheetSnapshot);
}

/** The used values of a sheet by name (header included); [] when empty. */
export function usedValues(rt: Runtime, name: string): unknown[][] {
  const sheet = (rt.spreadsheet as any).getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const r = sheet.getLastRow();
  const c = sheet.getLastColumn();
  return r === 0 || c === 0 ? [] : sheet.getRange(1, 1, r, c).getValues();
}

/** The alerts an operation showed (title and text). */
export function alerts(result: { ui: { type: string }[] }): { title: string; prompt: string }[] {
  return result.ui.filter((e): e is { type: 'alert'; title: string; prompt: string } => e.type === 'alert');
}
